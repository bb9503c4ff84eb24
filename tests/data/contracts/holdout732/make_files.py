"""holdout732: builds the ten blind held-out drafts and their .json labels, and asserts the brief's checks.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). The .txt/.md files are written from the
sources below as they are; the .docx/.pdf files are built with ../word_pdf.py (PDF paragraphs pre-wrapped at word
boundaries). Then every label is written, each draft's rules are derived from its labels with my reading of policy
section 3 and compared with the design list, the coverage of all 20 CR rules is checked, text lengths are read back
from the built files, and no label value and no text may state a policy threshold figure.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """
T:游乐设施检验管理平台采购合同
P:合同编号：TJS-ZC-2025-0617
P:甲方（采购人）：江州市儿童游乐设施监督检验所（以下简称“特检所”）
P:乙方（供应商）：杭州衡检信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就游乐设施检验管理平台（以下简称“平台”）的软件许可及定制开发事项，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供检验管理平台标准软件的永久使用许可（不限用户数，部署于甲方机房），并按甲方需求完成定制开发，包括：大型游乐设施、滑梯、蹦床及水上游乐设施的检验任务受理、排程派工、现场检验移动端录入、检验报告自动生成与电子签章、设备档案与定检到期提醒、隐患整改跟踪，以及与市场监管部门特种设备安全监管平台的数据对接。
P:1.2 乙方负责平台部署、历史检验数据迁移（约八万六千份检验报告及对应设备档案）和用户培训。
P:1.3 详细功能和性能要求以附件一《需求规格说明书》为准，附件与本合同具有同等效力。
P:1.5 主要技术要求：冲床送料步距重复精度不低于±0.02毫米；模具保护检测在异常时于一个冲程内停机；网带炉各温区控温精度±3℃，淬火油温控制精度±2℃；温度、碳势数据每十秒采集一次并保存不少于三年；视觉检测工位检测节拍与生产线节拍匹配，误判的刀片可人工复核。
P:1.6 乙方应提供电气原理图、接线图、PLC程序清单、设备操作规程和维护手册各两套（纸质及电子版），并在安装调试完成时一并移交。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾捌万贰仟元整（¥1,282,000.00），含增值税，为固定总价，包括软件许可、定制开发、部署实施、数据迁移、培训、差旅及质保期内全部服务费用，甲方不再另行支付其他费用。
P:2.2 价款构成如下：
TB:序号|项目|金额（元）
TB:1|平台标准软件许可（永久）|620,000
TB:2|定制开发（检验业务模块及监管平台接口）|548,000
TB:3|部署实施及历史数据迁移|96,000
TB:4|用户培训（管理员及检验员）|18,000
TB:合计||1,282,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的25%作为预付款，即¥320,500。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的50%，即¥641,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的25%，即¥320,500。
P:3.4 乙方每次请款前应开具等额增值税专用发票。甲方通过国库集中支付方式付款。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成部署和数据迁移并申请初步验收，一百五十日内完成全部定制开发并申请最终验收。
P:4.2 乙方应指派具备特种设备信息化项目经验的项目经理驻场，未经甲方同意不得更换。乙方每两周向甲方提交项目进度报告。
P:4.3 甲方负责提供部署所需的服务器、操作系统和网络环境，提供历史检验系统的数据结构说明和导出文件，并协调监管平台的接口联调。因甲方原因造成的延误，工期相应顺延。
P:4.4 甲方负责提供施工所需的电源、压缩空气接口和设备基础，并安排设备科人员配合停线切换。因甲方原因导致停线计划推迟的，乙方工期相应顺延。
P:4.5 乙方拆除的原控制柜、仪表及电缆归甲方所有，由乙方清点后移交甲方仓库。
H:第五条 验收
P:5.1 初步验收标准：（1）附件一所列功能全部实现；（2）迁移后的检验报告与源系统逐项核对，记录数、附件数一致，抽查内容无差错；（3）移动端离线录入的数据在联网后完整上传，无丢失；（4）在200个并发用户下，常用页面响应时间不超过3秒。
P:5.2 初步验收后平台试运行六十日。试运行期间未发生一级故障，且与监管平台的数据对接连续稳定的，乙方方可申请最终验收。
P:5.3 最终验收由甲方组织，可邀请第三方测评机构进行功能、性能和安全测试，测试报告不得存在高危漏洞。验收合格的，双方签署最终验收报告。平台上线运行或甲方实际使用，均不视为验收合格。
H:第六条 质量保证与服务
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程支持和现场服务。
P:6.2 服务水平：平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。一级故障（平台整体不可用或检验报告无法生成）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，下一工作日内解决。
P:6.3 乙方未达到6.2约定的，一级故障响应每超时1小时扣减500元，月度可用率每低于约定值0.01个百分点扣减1,000元，从履约保证金或应付款项中扣除。
P:6.4 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台标准软件许可价格的8%（即每年不超过¥49,600），且自质保期满起三年内不上调。维护服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、报表模板及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时完整交付源代码，甲方有权自行或委托第三方修改、使用和再开发。
H:乙方人员在园区作业时应注意游客安全，维修闸机、自助售票机等设备时应设置警示标志，必要时安排专人疏导游客。节假日高峰期间，乙方值守人员应在售票大厅及主要检票口巡查，发现设备异常立即处理。

第八条 数据安全
P:8.1 平台中的检验数据、设备档案、使用单位信息及其衍生数据均属于甲方，乙方仅为履行本合同之目的处理，不得用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求；远程运维须经甲方审批并通过甲方堡垒机进行，操作全程留痕；不得将任何数据拷贝至甲方网络以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失及相应法律责任。
H:（四）服务期满或合同解除时，乙方应删除其持有的全部甲方数据副本，并出具书面删除确认。

第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、检验信息和使用单位商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因合同的终止或解除而失效，在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成部署、初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；违约金累计不超过合同总价的10%。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 分包与转让
P:本项目不得分包。乙方不得将本合同项下的任何义务转让或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：                乙方（盖章）：
P:签订日期：2025年  月  日
"""

Z02 = """
T:冲裁及热处理生产线控制系统改造及维保合同
P:合同编号：JL-SB-2025-042
P:甲方：阳江市锋利达指甲刀制造有限公司
P:乙方：佛山智衡自动化工程有限公司
P:甲方拟对其二号厂房的指甲刀刀片冲裁线和网带式热处理线进行控制系统改造。乙方经比选确定为承包单位。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务订立本合同。
H:第一条 改造范围
P:1.1 冲裁线：更换四台高速冲床的PLC控制柜，加装伺服送料机与模具保护检测，实现冲次、送料步距和模具寿命的集中设定与记录。
P:1.2 热处理线：网带炉温控系统改造，增加多点温度采集、淬火油温与碳势控制，回火炉温度曲线自动记录，超温自动报警并联锁停带。
P:1.3 质量检测：在热处理出口加装视觉检测工位，对刀片硬度抽检数据与外观缺陷进行记录。
P:1.4 生产数据采集软件：采集上述设备数据，按批次生成生产记录与工艺曲线，并与甲方现有ERP系统对接工单和批次信息。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰零伍万捌仟元整（¥1,058,000），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|冲床PLC控制柜及伺服送料机|4套|368,000
TB:2|网带炉温控系统（含多点测温、碳势仪）|1套|216,000
TB:3|视觉检测工位|1套|124,000
TB:4|生产数据采集软件许可（永久）|1套|158,000
TB:|设备及软件小计||866,000
TB:5|安装、调试及ERP对接|1项|152,000
TB:6|操作及维护培训|1项|40,000
TB:|合计||1,058,000
P:2.2 上述价款包括设备、软件、运输、安装、调试、培训及质保期内的服务费用。
P:2.3 设备的品牌、型号及配置以附件一《设备配置清单》为准。乙方如需变更品牌或型号，应事先取得甲方书面同意，且变更后设备的性能不得低于原配置，价格不得上调。
P:2.4 合同履行期间，如甲方要求增加冲床或温区的改造数量，按本合同同类设备单价计价，另行签订补充协议。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到达甲方厂房并经甲方清点签收后，甲方支付合同总价的55%。
P:3.3 设备安装调试完成后，甲方支付合同总价的25%。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。
H:第四条 交货与施工
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂房，此后二十日内完成安装调试。
P:4.2 为减少停产，冲裁线与热处理线分别改造，每条线停线时间不得超过七日，具体停线计划由双方书面确认。
P:4.3 乙方施工人员应遵守甲方厂区安全管理制度，动火、登高及带电作业须事先办理作业票。
H:第五条 验收
P:5.1 设备安装调试完成后，乙方通知甲方进行试生产。试生产连续运行三日未停机的，即视为甲方验收合格。
P:5.2 甲方在试生产期间提出的问题，乙方应在质保期内处理。
P:5.3 验收合格后，乙方应向甲方移交设备合格证、出厂检验报告、软件安装介质及授权文件、备品备件清单。
P:5.4 试生产期间的刀片产量和合格率记录由甲方质检部门留存，作为日后处理质量争议的依据。
H:第六条 质保
P:6.1 质保期为验收合格之日起二十四个月。质保期内设备及软件的故障，由乙方免费维修或更换。
P:6.2 一级故障（整条生产线停机）乙方应在1小时内远程响应，8小时内到达现场；二级故障（单台设备或软件功能异常）2小时内响应，次日到场处理。
P:6.3 乙方未按6.2约定响应或到场的，每超时1小时向甲方支付300元，从应付款或维保费中扣除。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方按年提供维保服务，包括每季度一次设备巡检、PLC程序与温控参数备份、软件升级和故障维修。
P:7.2 年度维保费为设备及软件小计的7%，即每年¥60,620，在质保期满后三年内保持不变，按年于每个服务年度结束后支付。
P:7.3 维保服务的响应要求同6.2。维保期满前双方另行协商续签，不自动续期。
P:7.4 维保期内乙方每次巡检后应提交巡检报告，列明设备状态、更换的零部件和建议，由甲方设备科签字确认。维保费不包括因甲方操作不当或外力损坏而需更换的零部件，该类零部件按乙方投标时的备件价格表计价。
P:7.5 维保期内乙方应在甲方厂区常备PLC模块、伺服驱动器、热电偶、温控仪表等易损备件，备件清单报甲方设备科备案。乙方停止生产某一型号备件的，应提前六个月通知甲方，并提供兼容的替代型号。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、温控配方管理程序、ERP接口程序及其源代码、电气图纸，知识产权归甲方所有，乙方在安装调试完成时一并交付。
P:8.2 生产数据采集软件的知识产权归乙方所有，甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 设备运行数据、工艺参数、批次记录及产量数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方进行远程维护的，须事先取得甲方书面批准，通过甲方指定的VPN账号登录，每次维护结束后关闭账号；乙方不得拷贝、下载甲方生产数据，不得在控制系统中留存后门程序。
P:9.3 因乙方原因造成数据丢失、被篡改或外泄的，乙方应在2小时内通知甲方，负责恢复，并赔偿甲方全部损失。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之六支付违约金，累计不超过合同总价的8%。
P:10.2 因乙方施工原因造成停线超过约定时间的，每超过一日支付违约金5,000元。
P:10.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
P:10.4 乙方提供的设备存在质量问题，经两次维修仍不能正常使用的，乙方应免费更换同型号新设备；因设备质量问题造成甲方批量产品报废的，乙方应赔偿甲方的直接损失。
H:第十一条 分包
P:电气安装中的桥架敷设可由乙方委托具备资质的单位完成，但须事先取得甲方书面同意；乙方对分包工作承担全部责任。其他工作不得分包。
H:第十二条 解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 乙方逾期超过三十日的，甲方有权解除合同。
H:第十二条之一 安全生产与培训
P:乙方应为施工人员办理工伤保险和意外伤害保险，施工期间发生的人身伤害和财产损失由责任方承担。乙方应对甲方操作工、班组长和设备维修人员进行培训，培训内容包括控制柜操作、温控参数设定、报警处理和日常点检，培训结束后进行实操考核，确保甲方人员能够独立操作和处理常见故障。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，提交阳江仲裁委员会仲裁。
H:第十三条之一 不可抗力
P:因地震、台风、洪水等不可抗力不能按期履行的，受影响方应及时通知对方，并在十日内提供有关证明，履行期限相应顺延。不可抗力持续超过六十日的，双方协商是否继续履行合同。
P:因供电中断等甲方厂区原因导致乙方无法施工的，乙方工期相应顺延，但乙方应及时书面告知甲方。
H:第十三条之二 通知
P:双方的通知以书面形式送达合同首部载明的地址，紧急故障可先以电话通知，事后补充书面记录。
H:第十四条 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                 乙方（盖章）：
"""

Z03 = """连锁门店点餐及会员系统服务合同（SaaS）

合同编号：MX-IT-2025-018
甲方：成都一碗香餐饮管理有限公司
乙方：上海云膳信息科技有限公司

甲方经营“一碗香”连锁拉面品牌，现有直营门店五十家。为统一门店点餐、收银与会员管理，甲方委托乙方提供点餐及会员管理软件服务（以下简称“本服务”）和实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方五十家门店提供以下服务：
1. 扫码点餐与自助点餐机点餐，支持堂食、外带和加面、加料等拉面门店常用规格；
2. 前台收银与后厨出单，厨房显示屏按出餐顺序排单；
3. 会员管理，包括储值、积分、优惠券、会员日活动和消费分析；
4. 总部管理后台，包括菜品与价格统一下发、门店经营日报、原料耗用估算。
（二）实施服务：门店环境调研、系统配置、菜品资料录入、原会员系统约二十六万名会员及储值余额迁移、与甲方财务系统和外卖平台的对接、店长及收银员培训。
（三）新开门店可按本合同单价增加，另行签署补充协议。

（四）乙方应为甲方提供门店使用的点餐机、收银机及打印机的兼容性清单，并协助甲方完成设备调试；上述硬件由甲方自行采购，不包含在本合同内。
（五）乙方应为甲方开通总部管理员账号及各门店账号，账号权限由甲方总部统一分配，乙方人员不得自行开设或变更账号。

二、服务期限
（一）本服务期限为两个服务年度，自全部门店上线验收合格之日起算，每个服务年度按周年计算。
（二）服务期满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期年度的服务费由乙方按其届时公布的标准价格调整，乙方应在续期前通知甲方。

三、合同价款
（一）本合同总价为人民币陆拾肆万贰仟元整（¥642,000），构成如下：
1. 门店点餐收银服务费：每店每年3,960元，五十家门店每年198,000元，两个服务年度合计396,000元；
2. 会员营销模块服务费：每年86,000元，两个服务年度合计172,000元；
3. 实施服务费（一次性）：74,000元。
（二）本服务费按服务年度计算，每个服务年度284,000元。
（三）外卖平台接口调用费、短信费按实际发生另行结算，不计入合同总价。

四、付款方式
（一）年度服务费按季度支付，每季度首月十日前甲方支付该季度服务费71,000元。
（二）实施服务费在全部门店上线验收合格后十五个工作日内一次性支付。
（三）乙方应在收款前开具增值税专用发票。

五、实施与验收
（一）乙方应在合同签订后六十日内完成五十家门店的上线，分三批进行，每批上线前应在甲方指定的试点门店试运行七日。
（二）上线验收标准：
1. 五十家门店全部可正常点餐、收银、出单，合同约定功能全部可用；
2. 点餐提交至后厨出单的时间不超过2秒；
3. 迁移后的会员数量、储值余额、积分与原系统逐一核对一致，差异已查明处理；
4. 与财务系统的日结数据、与外卖平台的订单数据核对一致。
（三）验收由甲方信息部和营运部共同进行，签署验收确认书后方为验收合格。门店开始使用不视为验收合格。

（四）甲方应指定项目负责人，按时提供门店清单、菜品资料、会员数据和财务系统接口文档，并安排门店员工参加培训。因甲方原因造成上线延误的，乙方工期相应顺延。
（五）培训：乙方应在每批门店上线前完成店长和收银员培训，提供操作手册和视频教程；上线后首周，乙方应安排实施人员在每批门店的营业高峰时段现场值守，及时处理使用问题。

六、服务水平
（一）系统月度可用率不低于99.5%，每月计划维护不超过两次，每次安排在凌晨二时至五时之间，并提前三日通知甲方。
（二）故障分级与响应：一级故障（多家门店无法点餐或收银）15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）30分钟内响应，当日恢复；一般问题在两个工作日内答复。
（三）月度可用率低于约定值的，每低0.1个百分点，按当月服务费的5%抵扣，当月抵扣不超过当月服务费的一半；一级故障恢复每超时1小时，抵扣服务费1,000元。

（四）乙方应提供每日七时至二十四时的电话及在线客服支持，并为甲方配备专属客户经理，每月提交服务报告，内容包括可用率统计、故障记录、处理结果及改进措施。
（五）乙方升级云平台版本时，应提前五个工作日通知甲方，升级不得影响门店营业时段的正常使用，不得减少合同约定的功能。

七、数据权属与数据安全
（一）甲方的门店经营数据、订单数据、会员信息及其衍生数据均归甲方所有。乙方仅为提供本服务使用上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应对会员个人信息进行加密存储，实行最小权限访问并记录操作日志，系统应通过网络安全等级保护第三级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施，承担由此造成的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后彻底删除。

（五）乙方应每日备份甲方数据，备份数据至少保留九十日，并每季度进行一次恢复测试，测试结果书面告知甲方。
（六）甲方有权在合理通知后对乙方的数据安全措施进行检查，或委托第三方机构进行评估，乙方应予以配合。

八、保密
双方对在履行本合同过程中知悉的对方商业秘密，包括甲方的门店经营数据、配方与定价策略，负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、会员活动模板、财务系统接口程序及相关文档，知识产权归甲方所有，甲方可自行修改或委托他人使用。

十、违约责任
（一）乙方未按期完成门店上线的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方的累计赔偿责任以合同总价的200%为限，但数据泄露及故意违约造成的损失不受此限。
（三）甲方逾期付款的，乙方可书面催告，催告后仍未支付的，乙方可暂停新功能开通，但不得中断门店点餐和收银服务。

十一、分包
乙方不得将本服务的任何部分分包给第三方，云资源租用除外；确需分包的，应事先取得甲方书面同意。

十二、合同解除
乙方严重违约，经甲方书面通知后十日内未纠正的，或连续两个月可用率低于约定值的，甲方有权解除合同，乙方应退还已付未使用期间的服务费。

十二之一、不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。云服务所依赖的机房、网络运营商故障，不属于不可抗力。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由甲方所在地人民法院管辖。

十三之一、通知
本合同项下的通知以书面形式送达双方在合同首部载明的地址或指定联系人，以电子邮件发送的，进入对方系统即视为送达。一方变更联系方式的，应在三日内通知对方。

十四、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                      乙方（盖章）：
日期：                              日期："""

Z04 = """滨河公园户外游乐区票务系统年度运维服务合同

甲方：滨河市滨河公园管理处
乙方：南昌景联信息技术服务有限公司
合同编号：BHGY-YW-2025-03

鉴于甲方户外游乐区（秋千、滑梯、攀爬架及水上滑道等项目）使用的票务系统已建成运行，为保障系统稳定，甲方委托乙方提供年度运维服务。双方根据《中华人民共和国民法典》等有关规定，经协商一致，签订本合同。

第一条 运维对象
（一）票务系统软件：线上购票小程序、售票窗口系统、检票管理后台、财务对账模块及数据库。
（二）现场设备：售票窗口终端十二台（含打印机、扫码器）、自助售票机六台、闸机检票通道十六组、游乐项目入口手持验票机二十台、机房服务器三台及网络交换设备。
（三）与园区门禁、游客客流统计平台、银联及第三方支付渠道的接口。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依规定另行组织采购。

第三条 服务内容
（一）日常巡检：每日开园前远程检查售票与检票服务状态；每周一次现场巡检闸机、自助售票机和网络设备，并填写巡检记录。
（二）节假日保障：春节、五一、国庆及暑期周末，乙方派两名工程师驻园值守，开园前完成设备全面检查。
（三）故障处理：负责软件故障排查与修复、设备故障维修及易损件更换（闸机传感器、打印头、扫码模块等易损件费用已包含在服务费中）。
（四）数据维护：每日自动备份数据库，每月进行一次恢复演练；每月出具售检票数据核对报告。
（五）系统优化：根据甲方票种、价格政策调整进行参数配置；配合甲方完成年度等级保护测评整改。
（六）运维报告：每月五日前提交上月运维报告，内容包括巡检情况、故障清单、处理结果和改进建议。

（七）备品备件：乙方应在园区内常备闸机主板、读卡模块、打印头、扫码模块及交换机等备件，备件清单报甲方备案，备件消耗后七日内补齐。
（八）应急保障：乙方应编制票务系统应急预案，包括售票服务中断时的人工售票、纸质票核验和事后补录流程，每半年配合甲方组织一次应急演练，并对演练中发现的问题提出整改措施。
（九）交接：服务开始前，乙方应与原运维单位和甲方共同办理系统交接，核对设备清单、账号权限、运维文档和遗留问题清单，交接完成后由三方签字确认。

第四条 服务水平
（一）故障分级：一级故障指售票或检票服务全部中断、线上支付无法完成；二级故障指部分窗口、闸机或单个支付渠道不可用；三级故障指不影响售检票的一般问题。
（二）响应与处理：一级故障乙方应在6小时内响应并安排工程师到场处理；二级故障在接报当日响应，两个工作日内修复；三级故障在五个工作日内处理完毕。
（三）乙方未按上述时限响应或处理的，应向甲方书面说明原因，并尽快采取措施恢复服务。

（四）服务期内如甲方新增闸机通道、自助售票机或上线新的票种模块，乙方应一并纳入运维范围；新增设备数量不超过原设备总数五分之一的，不另行增加服务费。
（五）乙方每月应对系统日志、账号权限和安全补丁进行一次检查，发现高危漏洞应在三个工作日内完成修补或采取临时防护措施，并书面报告甲方。

第五条 服务费用及支付
（一）本合同服务费为固定总价人民币叁拾捌万陆仟元整（¥386,000），含税，包括人工、差旅、易损件、工具及节假日值守等全部费用。
（二）服务费按季度支付，每季度结束且该季度考核合格后十五个工作日内，甲方支付当季服务费96,500元。
（三）乙方应在每次付款前开具增值税普通发票。

第六条 服务考核与验收
（一）甲方每季度末按附件《运维服务考核表》对乙方进行考核，考核内容包括：巡检记录是否按期完整、故障工单是否全部闭环、数据备份及恢复演练是否按期完成并有记录、月度报告是否按时提交。
（二）考核合格的，甲方签署季度服务验收单；考核不合格的，乙方应在十日内整改，经复核合格后签署验收单。
（三）服务期满时，乙方应提交全部运维文档、系统账号及密码清单，经甲方确认后办理服务终验。

（四）甲方有权随时抽查乙方的巡检记录、工单记录和备份记录，乙方应如实提供并配合核查。

第七条 人员要求
乙方应指定一名项目负责人和不少于三名运维工程师，人员名单报甲方备案；更换人员须提前七日通知甲方并取得同意。乙方人员应遵守园区管理规定，着统一工装并佩戴工作证。

（五）乙方应每月对自助售票机和闸机进行一次清洁保养，检查机械部件、读卡区和显示屏，保养情况记入巡检记录。

第八条 数据安全
（一）票务系统中的游客实名信息、购票记录、财务数据及其他业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
（二）乙方人员应通过甲方堡垒机访问服务器，不得私自导出游客信息；维修更换的硬盘应交甲方统一处理。
（三）发生数据泄露、丢失或被篡改的，乙方应立即报告甲方并采取补救措施，因乙方原因造成的损失由乙方承担。

第九条 保密
乙方对履行合同过程中知悉的甲方票务数据、经营信息及系统账号密码负有保密义务，不得向任何第三方透露。保密义务在本合同终止后继续有效。

第十条 知识产权
乙方在服务期间为甲方编写的配置脚本、报表模板、接口调整程序及运维文档，知识产权归甲方所有。

第十一条 违约责任
（一）乙方未按合同约定提供服务的，甲方有权要求其限期整改；因乙方原因给甲方造成损失的，乙方应赔偿甲方的实际损失。
（二）甲方未按约定付款的，乙方可以书面催告，但不得因此停止运维服务。

（三）因乙方原因导致售票或检票服务中断，造成甲方退票、补偿游客或被上级主管部门通报的，乙方应承担由此产生的费用。

第十二条 转包与分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第十三条 合同解除
乙方严重违反本合同约定，经甲方书面通知后七日内仍未改正的，或季度考核连续两次不合格的，甲方有权解除合同，并按实际服务期间结算费用。

第十三条之一 服务期满的交接
服务期满或合同解除时，乙方应配合甲方或甲方指定的新运维单位办理交接，移交系统账号、密码、配置文档、运维记录和备件清单，并在交接完成前继续履行运维义务，交接期不超过二十日。

第十四条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十四条之一 不可抗力
因台风、暴雨、地震、疫情等不可抗力或政府管制措施导致闭园或无法提供服务的，受影响方应及时通知对方，相应期间的服务费由双方根据实际服务情况协商核减。

第十四条之二 通知
双方的通知以书面形式送达合同首部载明的地址或指定联系人。紧急故障的通知可以电话或即时通讯方式发出，事后补充书面记录。

第十四条之三 廉洁条款
乙方不得向甲方工作人员提供任何形式的礼金、礼品或其他不正当利益，一经发现，甲方有权解除合同。

第十五条 其他
本合同一式四份，甲乙双方各执两份，经双方法定代表人或授权代表签字并加盖公章后生效。附件《运维服务考核表》为本合同组成部分。

甲方：滨河市滨河公园管理处（盖章）
乙方：南昌景联信息技术服务有限公司（盖章）
签订日期：2025年6月  日"""

Z05 = """# 织网染色生产追溯软件许可及定制开发合同

**锦织云标准合同文本 V3.0（软件类）**

合同编号：JZY-2025-HT-0931

甲方（用户）：临沂鲁南吊床工艺品有限公司

乙方（开发方）：青岛锦织云软件科技有限公司

甲方为吊床及户外编织品生产企业，需对手工及机器打结织网、绞染与浸染工序进行生产过程追溯。乙方拥有“锦织云纺织生产追溯系统”的全部权利。双方经友好协商，就软件许可及定制开发事宜签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“锦织云纺织生产追溯系统”标准版软件许可一套（永久许可，50个并发用户），部署于甲方服务器。

1.2 乙方根据甲方需求进行定制开发，主要内容包括：织网工位扫码报工、网目规格与结头数质检记录、染缸批次与配方记录、色差检测数据录入、成品吊床的一物一码追溯查询，以及与甲方仓储系统的接口。

1.3 定制需求以双方确认的《需求规格说明书》为准。需求确认后甲方提出变更的，乙方有权另行收费并顺延工期。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 锦织云纺织生产追溯系统标准版软件许可 | 780,000 |
| 2 | 定制开发（报工、质检、染色批次、追溯、仓储接口） | 196,000 |
| 3 | 部署实施及培训 | 64,000 |
| | 合计 | 1,040,000 |

合同总价为人民币壹佰零肆万元整（¥1,040,000），含税。甲方所需的服务器、操作系统、数据库及扫码终端由甲方自行采购，不包含在本合同内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的60%，即¥624,000，乙方收到该款项后启动项目。

3.2 系统验收合格后十个工作日内，甲方支付合同总价的35%，即¥364,000。

3.3 免费维护期满且无未解决的一级故障的，甲方支付剩余5%，即¥52,000。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停开发或服务直至甲方付清款项。

## 第四条 项目实施

4.1 乙方在收到首期款后一百二十日内完成部署、定制开发及培训。因甲方需求变更、现场条件不具备或甲方人员配合不到位造成的延误，工期相应顺延。

4.2 甲方应指定项目联系人，及时提供织网、染色工艺资料和测试数据，并组织车间人员参加培训。

4.3 乙方负责系统安装部署、基础数据初始化、打码枪及扫码终端的接入调试，并对甲方车间主任、质检员、染色班组长和系统管理员进行培训。培训以现场授课和上机操作方式进行，乙方提供操作手册。

4.4 甲方应提供满足乙方配置要求的服务器和网络环境，并在车间各织网工位、染缸旁设置扫码点位。甲方提供的环境不满足要求的，乙方有权暂停实施，由此延误的工期不计入乙方逾期。

## 第五条 验收

5.1 系统开发完成后，乙方提交验收申请及测试报告。甲方按《需求规格说明书》所列测试用例进行验收测试，验收标准为：全部功能测试用例通过；扫码报工数据实时上传，单次查询响应时间不超过3秒；染缸批次与成品追溯码可双向查询；与仓储系统的出入库数据核对一致。

5.2 验收合格的，双方签署验收报告。测试中发现的问题，乙方修改后重新提交验收。

## 第六条 免费维护

6.1 乙方自验收合格之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 一级故障（系统无法登录或报工、追溯功能全部不可用）乙方在2小时内响应，二级故障在一个工作日内响应。乙方未按时响应的，每超时1小时向甲方支付200元。

6.3 因甲方操作不当、擅自修改配置、服务器或网络故障造成的问题，不属于免费维护范围。

6.4 免费维护期内，乙方每季度对系统进行一次远程巡检，检查数据库空间、备份情况和系统日志，并将巡检结果通知甲方。甲方要求现场服务的，乙方应派员到场，差旅费用由乙方承担。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，以保证系统正常使用和升级。

7.2 年度维护费为软件许可费的25%，即每年¥195,000，于每个维护年度开始前支付。

7.3 有偿维护服务内容包括缺陷修复、版本升级、远程技术支持以及每年两次的现场巡检。甲方未购买有偿维护服务的，乙方不再提供升级和技术支持。

## 第八条 知识产权

8.1 追溯系统标准版软件及乙方为本项目所作的全部定制开发成果（包括源代码、数据库设计、接口程序和相关文档），知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反编译、修改或提供给第三方使用。

## 第九条 数据

9.1 甲方的生产数据归甲方所有。乙方可在对数据进行脱敏处理后，将其用于产品改进、行业工艺模型训练及行业分析报告。

9.2 乙方对其运维中接触的甲方系统采取访问控制和操作审计措施，远程维护须经甲方同意；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方，采取补救措施并依法承担责任。

9.3 甲方应自行负责服务器、数据库的日常备份和机房安全，因甲方自身原因造成的数据丢失，乙方不承担责任。

## 第十条 保密

双方对因履行本合同而获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。保密期限为合同终止后三年。

## 第十条之一 甲方义务

甲方应按时支付合同款项，提供项目实施所需的工作场地、网络和人员配合，及时确认需求说明书和测试用例，并妥善保管系统账号和密码。因甲方原因导致项目暂停超过三十日的，乙方有权要求甲方支付已完成工作对应的款项。

甲方应指定一名系统管理员负责日常账号管理和数据备份，并将人员变动情况及时告知乙方。

## 第十一条 分包

乙方可根据项目需要，自行将部分开发、实施或培训工作分包给第三方，无需另行取得甲方同意，乙方对分包方的工作质量负责。

## 第十二条 违约责任

12.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

12.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十三条 合同解除

一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除合同。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条之一 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在十五日内提供证明，双方根据影响程度协商延期履行、部分履行或解除合同。

## 第十四条之二 通知

本合同项下的通知应以书面形式送达对方在合同首页载明的地址或联系人电子邮箱。一方变更联系方式的，应提前通知对方，否则按原联系方式送达即视为有效送达。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。

15.2 本合同文本为乙方标准文本，双方另有书面约定的，以书面约定为准。

甲方（盖章）：

乙方（盖章）：

日期："""

E01 = """
T:Software Licence and Services Agreement
P:Agreement No. NGS-CN-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Nchanga Geosystems Limited, a company incorporated in Zambia with its registered office at Kabundi Road, Chingola, Copperbelt Province, Zambia (the "Vendor"), and Hunan Youse Mining Engineering Design Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Buyer").
P:The Vendor develops and licenses OreBody Studio, a software suite for geological modelling, resource estimation and open-pit and underground mine planning. The Buyer wishes to acquire a perpetual licence of OreBody Studio for its design institute, together with configuration, data migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the OreBody Studio modules listed in Annex 1, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Services" means the configuration, data migration, interface development and training services described in Annex 2.
P:1.3 "Deliverables" means the templates, scripts, report formats, interface programs, converted data sets and documents produced by the Vendor specifically for the Buyer under this Agreement.
P:1.4 "Final Acceptance" means the Buyer's signed certificate issued under Article 5.3.
P:1.5 "Buyer Data" means all drill-hole, assay, survey, block-model and project data of the Buyer and its clients, in any form, including data generated by the Software from it.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for forty named users and six floating users at the Buyer's offices in Changsha and Kunming and on the Buyer's project sites.
P:2.2 The Buyer may make copies for backup, testing and disaster recovery. The Buyer shall not resell the Software or decompile it except as permitted by applicable law.
P:2.3 The Software remains the property of the Vendor and its licensors.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,550,000, inclusive of applicable taxes, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|OreBody Studio perpetual licence (40 named + 6 floating users)|1,180,000
TB:2|Configuration and interface development|236,000
TB:3|Data migration from the Buyer's legacy modelling system|90,000
TB:4|Training (geologists, mining engineers, administrators)|44,000
TB:Total||1,550,000
P:3.2 The price is fixed and includes all travel, accommodation and expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the total price within 20 days after signature, against the Vendor's invoice and an advance payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the total price within 20 days after installation of the Software and completion of data migration, confirmed by an installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account named in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and complete data migration within 60 days after signature, and complete all Services within 120 days after signature.
P:5.2 Acceptance tests shall follow the test plan in Annex 3 and shall show that: (a) every function listed in Annex 1 works as documented; (b) migrated drill-hole and assay records reconcile with the legacy system by count and by value for a sample chosen by the Buyer; (c) block models re-estimated in the Software from the same inputs match the legacy results within the tolerances in Annex 3; (d) the interfaces to the Buyer's document system exchange data without error; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 After the tests succeed and a trial period of 30 days passes without a Severity 1 defect, the Buyer shall issue a Final Acceptance certificate. Use of the Software in production before that date is not acceptance.
P:5.4 The Vendor shall appoint a project manager experienced in mine-planning software, who shall attend weekly progress meetings with the Buyer and shall not be replaced without the Buyer's consent. Changes to the scope of the Services shall be agreed in a written change order stating the effect on price and timetable before any change work starts.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:6.2 A Severity 1 defect is one that prevents the use of the Software for modelling or planning. The Vendor shall respond to a Severity 1 defect within 1 hour, provide a workaround within 8 hours and a permanent correction within 5 days. A Severity 2 defect shall receive a response within 8 business hours.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 defect, it shall pay the Buyer a service credit of CNY 800 for each hour of delay, deducted from any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support at a fee of 9% of the licence price in Article 3.1 item 1, that is CNY 106,200 per year. This fee is fixed for three support years. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Deliverables freely.
P:7.2 The Vendor shall defend the Buyer against any claim that the Software or Deliverables infringe a third party's rights and shall pay any resulting damages and costs.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not retain, analyse or use it for any other purpose, including in aggregated or anonymised form.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with accounts approved for each session, shall not copy Buyer Data outside those systems, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any loss, leak or unauthorised access to Buyer Data caused by it, shall take remedial action at its own cost and shall be liable for the resulting losses.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's resource estimates and client project information, and shall not disclose it to any third party without prior written consent.
P:9.2 This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve installation or Final Acceptance by the dates in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price, except for breach of Articles 8 and 9, infringement, fraud and wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not cure it within 20 days after notice, or if liquidated damages reach their maximum.
P:12.2 On termination by the Buyer under Article 12.1, the Vendor shall refund the amounts paid for Services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Zambia.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration in Lusaka, Zambia, under the Arbitration Act of Zambia, by a single arbitrator. The language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Software modules and users), Annex 2 (Services), and Annex 3 (Acceptance test plan), is the entire agreement of the parties on its subject.
P:14.2 Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:14.3 Neither party is liable for a delay caused by force majeure, meaning an event beyond its reasonable control that it could not foresee or avoid, such as natural disaster, epidemic, war or government action. The affected party shall notify the other within 5 days and resume performance as soon as possible. If force majeure lasts more than 60 days, either party may terminate this Agreement by written notice.
P:14.4 Notices shall be in writing in English and sent by courier or e-mail to the addresses on the signature page. A notice sent by e-mail is received on the next business day.
P:14.5 The Vendor may not assign this Agreement without the Buyer's prior written consent. The Buyer may assign it to an affiliate that takes over its design business.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — SafeShift Permit-to-Work Cloud

**Order Form No. SSW-OF-2025-114**

## Part A — Order Form

### A1. Parties

- **Provider:** Mufulira SafeShift Systems Limited, Plot 88 Kantanshi Road, Mufulira, Copperbelt Province, Zambia.
- **Customer:** Jiangxi Tongjian Mining Contractors Co., Ltd., a company incorporated in the People's Republic of China, registered office in Nanchang, Jiangxi Province.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Services

Provider will provide SafeShift Permit-to-Work Cloud, a hosted service for electronic permits to work, isolation and lock-out records, contractor induction and competency tracking, toolbox talks and incident reporting, for use by Customer at its mine-construction sites in the People's Republic of China. The subscription covers up to 1,800 active workers and 260 supervisor accounts. Onboarding covers configuration of Customer's permit types and approval chains, import of worker records and competency certificates, an interface to Customer's access-control gates, and train-the-trainer sessions.

### A3. Subscription Term

The Subscription Term is 24 months, made up of two subscription years, starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A5. The Agreement ends at the end of the Subscription Term. Any further term requires a new Order Form signed by both parties.

### A4. Fees

| Item | Description | Fee (CNY) |
|---|---|---|
| 1 | Subscription, year 1 (1,800 workers, 260 supervisors) | 288,000 |
| 2 | Subscription, year 2 (1,800 workers, 260 supervisors) | 288,000 |
| 3 | Onboarding (one-time) | 46,000 |
| | Total fees for the Subscription Term | 622,000 |

Fees include VAT and hosting in a mainland China data centre. Workers above the subscribed number are charged at CNY 14 per worker per month, invoiced quarterly in arrears; such usage charges are not part of the total above.

### A5. Invoicing, Payment and Go-Live

1. Each subscription-year fee is invoiced at the start of that subscription year and is payable within 30 days after the invoice date.
2. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days after the invoice date. No amount is payable before Go-Live Acceptance.
3. Provider shall complete onboarding and make the service available for Go-Live Acceptance within 50 days after signature of this Order Form (the "Target Go-Live Date").
4. Go-Live Acceptance tests: (a) all configured permit types, isolation workflows and approval chains run end to end on Customer's test scenarios; (b) imported worker and certificate records reconcile with Customer's source files; (c) the gate interface refuses entry to a worker without valid induction within 5 seconds; and (d) the mobile application works offline for at least one shift and synchronises without loss. Customer signs a Go-Live Acceptance certificate when the tests pass. Use of the service in a pilot is not acceptance.
5. If the Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 46,000 in total.

### A6. Contacts and Signature

Provider contact: Customer Success Manager, success@safeshift.example. Customer contact: Head of HSE Systems, Nanchang.

Signed for Provider: ____________________ Signed for Customer: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, records, documents, images and personal information that Customer or its users submit to the service, and all records the service generates from them.

1.2 "Configurations" means the permit templates, workflows, forms, report layouts and interface mappings built for Customer.

1.3 "Incident" means an event that disrupts the service. A "Priority 1 Incident" is one that prevents the issue or closure of permits at any site.

### 2. Provision of the Service

2.1 Provider shall provide the service in accordance with the documentation and this Agreement, and shall keep it hosted in a data centre located in mainland China.

2.2 Provider may update the service from time to time, provided that an update does not materially reduce its functions or security.

2.3 Customer shall keep user credentials secure, make sure that its users follow the acceptable use policy in the documentation, and tell Provider promptly of any unauthorised use of an account that it becomes aware of.

2.4 Customer is responsible for the accuracy of the worker records and certificates it submits and for the decisions its supervisors take when issuing or closing permits. The service supports Customer's safety management and does not replace the duties of Customer's safety officers under applicable law.

2.5 Customer shall provide the network connections at its sites, the gate controllers named in the onboarding plan and timely access to its staff for configuration workshops. Provider shall tell Customer in writing of any delay caused by Customer within 3 business days, failing which the delay is not excused.

### 3. Service Levels

3.1 Provider shall make the service available 99.95% of each calendar month, excluding scheduled maintenance announced at least 3 days ahead and performed between 01:00 and 05:00 Beijing time.

3.2 Provider shall respond to a Priority 1 Incident within 1 hour, 24 hours a day, and restore the service or provide a workaround within 6 hours. Other incidents receive a response within 8 business hours.

3.3 If availability in a month falls below the level in 3.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point below, up to half of that monthly amount. A late Priority 1 response gives a credit of CNY 500 per hour of delay. Credits are set off against the next invoice.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the service to Customer and for no other purpose, and does not sell, share, analyse or reuse it, including in aggregated or anonymised form.

4.2 Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, log all administrative access, keep daily backups in mainland China, maintain a multi-level protection scheme (MLPS) level 3 filing for the service, and comply with the Personal Information Protection Law and the Data Security Law.

4.3 Provider shall notify Customer within 24 hours after becoming aware of any security breach affecting Customer Data, take immediate remedial action, and bear the costs and losses caused by a breach attributable to it.

4.4 Within 30 days after the end of the Agreement, Provider shall return all Customer Data in a standard format and then delete it, confirming deletion in writing.

### 5. Intellectual Property

5.1 Provider owns the service and its underlying software.

5.2 Configurations belong to Customer. Customer may use, copy, modify and let third parties use them without restriction, including with another provider.

### 6. Confidentiality

Each party shall keep confidential the non-public information of the other party received under this Agreement, use it only for the Agreement and not disclose it to third parties without the other party's written consent. This obligation lasts for three years after the Agreement ends.

### 7. Subcontractors

Provider shall not subcontract any part of the service, including hosting, without Customer's prior written consent. Provider remains responsible for approved subcontractors.

### 8. Suspension and Termination

8.1 Provider may suspend the service if Customer fails to pay an undisputed invoice within 30 days after a written reminder, and may terminate the Agreement if the failure continues for a further 30 days.

8.2 The Subscription Term is non-cancellable. Customer's remedies for any failure of the service are the service credits in section 3 and the delay payments in A5, and Customer may not terminate the Agreement or withhold fees on account of any breach by Provider.

8.3 On expiry, sections 4.4, 6 and 9 survive.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to breach of section 4 or section 6.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

10.3 Pending the outcome of any dispute, both parties shall continue to perform their undisputed obligations under this Agreement.

### 11. General

11.1 Neither party may assign the Agreement without the other's written consent.

11.2 Notices are given in writing to the contacts in A6.

11.3 Neither party is liable for failure caused by force majeure. The affected party shall notify the other promptly and resume performance as soon as possible."""

E03 = """
T:Supply and Licence Contract for Conveyor Condition Monitoring
P:Contract No. HXC-PUR-2025-0388
P:Buyer: Anhui Huaxin Cement Group Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wuhu, Anhui Province (the "Buyer").
P:Supplier: Roan Sensing Technologies Limited, a company incorporated in Zambia, with its office at Independence Avenue, Luanshya, Copperbelt Province, Zambia (the "Supplier").
P:The Buyer operates limestone crushing and clinker conveyor systems at its Wuhu and Tongling plants. This Contract, on the Buyer's standard form, sets out the terms on which the Supplier supplies wireless vibration and temperature sensors, gateways and a perpetual licence of its monitoring software, and installs and commissions the system.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Table in clause 3.
P:1.2 "Software" means the RoanWatch condition monitoring software, including its server, web and mobile components and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the two plants.
P:1.4 "Final Acceptance" means the signed certificate issued by the Buyer under clause 6.4.
P:1.5 "Buyer Data" means all measurements, alarms, asset records and reports collected or generated by the System, and any other data of the Buyer that the Supplier handles.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 320 wireless tri-axial vibration and temperature sensors for the idlers, pulleys, gearboxes and motors of 46 belt conveyors, and 24 industrial gateways with dual network links.
P:2.2 The Supplier shall grant the Software licence in clause 4, install the Software on the Buyer's servers, configure asset hierarchies, alarm thresholds and dashboards, and connect the System to the Buyer's plant DCS historian and maintenance management system.
P:2.3 The Supplier shall install all Equipment, working in the plants' scheduled stoppages, and train the Buyer's maintenance engineers and reliability analysts.
H:3. Price
P:3.1 The Contract Price is CNY 1,520,000, inclusive of VAT, customs duties, freight to site and insurance, as set out in the Price Table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor with mounting kit|320|2,150|688,000
TB:2|Industrial gateway with dual network links|24|9,800|235,200
TB:3|RoanWatch perpetual software licence (320 monitoring points)|1|412,000|412,000
TB:|Equipment and Licence Subtotal|||1,335,200
TB:4|Installation and integration with DCS historian and maintenance system|1|148,600|148,600
TB:5|Commissioning and training|1|36,200|36,200
TB:|Contract Price|||1,520,000
P:3.2 The Contract Price is fixed and covers all work and costs needed to complete the System.
H:4. Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at the Wuhu and Tongling plants for up to 320 monitoring points, and to make copies for backup and testing.
P:4.2 The Software remains the Supplier's property. Additional monitoring points may be ordered at the unit licence price in the Price Table.
H:5. Payment
P:5.1 20% of the Contract Price is payable within 15 business days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:5.2 55% of the Contract Price is payable within 30 days after delivery and installation of all Equipment, confirmed by an installation certificate signed by both parties. The installation certificate is not acceptance of the System.
P:5.3 25% of the Contract Price is payable within 30 days after Final Acceptance.
H:6. Delivery, Installation and Acceptance
P:6.1 The Supplier shall deliver all Equipment to the two plants within 60 days after signature and complete installation within 45 days after delivery, following the stoppage plan agreed with each plant.
P:6.2 Acceptance tests shall show that: (a) every sensor reports to the Software at the configured interval; (b) vibration readings agree with a calibrated portable analyser within the tolerance in the technical specification; (c) alarms reach the Buyer's control rooms and mobile users within 60 seconds; (d) readings and alarms are written to the DCS historian and create work requests in the maintenance system; and (e) the gateways keep data during a simulated network loss and send it on recovery.
P:6.3 After the tests pass, the System shall run for 30 days without a Severity 1 fault.
P:6.4 The Buyer shall then issue a Final Acceptance certificate. Operation of the System before Final Acceptance is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software against defects in design, materials and workmanship for 36 months after Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, including sensor batteries that fail early, and supply Software updates free of charge.
P:7.2 A Severity 1 fault is one that stops monitoring of any conveyor line. The Supplier shall respond to a Severity 1 fault within 30 minutes, give a remote diagnosis within 2 hours and, where needed, have an engineer on site within 24 hours. Other faults receive a response within 1 business day.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 500, deducted from any amount due or from the performance guarantee.
P:7.4 After the warranty the Buyer may buy annual support, covering repair of Equipment, Software updates and remote support with the service levels of clause 7.2, at 6.5% of the Equipment and Licence Subtotal per year, that is CNY 86,788 per year. This fee is fixed for four years after the warranty ends. Support is ordered by a separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The alarm rules, dashboards, interface programs and reports configured or written for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source files at Final Acceptance.
P:8.2 The Supplier indemnifies the Buyer against claims that the Equipment or Software infringes third-party rights.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, including training of models or benchmarking, in any form.
P:9.2 The System is installed on the Buyer's own network. Remote access by the Supplier requires the Buyer's approval for each session and shall use the Buyer's bastion host. The Supplier shall not copy Buyer Data out of the Buyer's network.
P:9.3 The Supplier shall report any data leak, loss or unauthorised access caused by it within 2 hours, take remedial action at its cost and compensate the Buyer for the resulting losses.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information of the Buyer received under this Contract, including plant layouts, process data and network settings, and shall not disclose it to a third party without the Buyer's prior written consent.
P:10.2 This obligation continues for five years after completion or termination of this Contract.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery, installation or Final Acceptance beyond the dates in clause 6 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, property damage at the plants, breach of clauses 9 and 10, and wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Scaffolding and lifting work at site may be subcontracted only to a company approved in writing by the Buyer.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages reach their maximum.
P:13.2 On such termination the Supplier shall refund payments for the part of the System not accepted and compensate the Buyer's losses.
H:14. Site Safety
P:14.1 The Supplier's staff shall follow the Buyer's plant safety rules, including lock-out of conveyors before work, permits for work at height and hot work, and personal protective equipment at all times.
P:14.2 The Supplier shall provide a method statement and risk assessment for each installation area before work starts, and shall remove all packaging and waste from the plants at its own cost. Any damage to the Buyer's equipment or buildings caused by the Supplier's staff shall be repaired by the Supplier at its own cost.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai.
H:16. General
P:16.1 This Contract is made in English and Chinese, both versions being equally valid. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Infrastructure Services Agreement

**Agreement No. KTS-MS-2025-021**

**Customer:** Zhejiang Haitong Cold-Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, registered office in Ningbo, Zhejiang Province ("Customer").

**Provider:** Chibuluma Technical Services Limited, a company incorporated in Zambia, with its office at Chibuluma Road, Kalulushi, Copperbelt Province, Zambia ("Provider").

Customer operates eleven cold-storage warehouses and a transport fleet managed from its Ningbo head office. Customer wishes to outsource the operation of its servers, storage, backup, network and end-user support to Provider, which will deliver the services from its support centre and through a resident team in Ningbo. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and service credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under clause 3.3.

1.5 "Customer Data" means all data of Customer and its clients held in or passing through the systems covered by the Services.

1.6 "Incident" means an unplanned interruption or reduction in quality of a covered system. A "P1 Incident" is an Incident that stops warehouse management, temperature monitoring or fleet dispatch at any site.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of that period. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 Provider shall complete the transition of the Services within 75 days after signature, following the transition plan agreed at signature. The transition includes discovery and documentation of all covered systems, installation of monitoring tools, transfer of knowledge from Customer's current staff and set-up of the service desk.

3.2 Transition acceptance criteria: (a) every system in Schedule 1 is recorded in the configuration database and monitored; (b) backup jobs for all covered systems run successfully for 14 consecutive days and a test restore of each critical system succeeds; (c) the service desk handles calls in Chinese and English and logs every call in the ticketing tool; and (d) runbooks for all critical systems are approved by Customer's IT manager.

3.3 When the criteria are met Customer signs a transition acceptance certificate. The start of monitoring or of service desk operation before that date is not acceptance.

3.4 If the Service Commencement Date is later than the end of the 75-day period for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 58,000.

## 4. Services and Service Levels

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall give Customer a monthly service report showing performance against each Service Level, Incidents, changes, capacity trends and recommended improvements, and shall attend a monthly service review meeting.

4.3 Service credits are deducted from the next monthly invoice. Service credits do not limit Customer's other rights under this Agreement.

4.4 Provider shall keep a resident team of two engineers at Customer's Ningbo head office on business days and shall name a service delivery manager who is Customer's single point of contact. Key personnel named in the transition plan shall not be replaced without Customer's consent, which shall not be unreasonably withheld.

4.5 All changes to covered systems follow Customer's change management process. Provider shall submit a change request with a risk assessment and a rollback plan for every change except pre-approved standard changes, and shall not make changes to warehouse management systems during the peak loading hours agreed with each site.

4.6 Provider shall propose improvements each quarter, including capacity upgrades, software versions approaching end of support and recurring Incidents, with an estimate of cost and benefit for Customer's decision.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears; the transition charge is invoiced after the Service Commencement Date.

5.2 Customer shall pay each correct invoice within 30 days after receiving it. No amount is payable before the Service Commencement Date.

5.3 The Charges are fixed for the term. Additional systems or sites are charged at the unit rates in Schedule 3.

5.4 Provider shall keep records supporting its invoices and Service Level reports for the term and for two years afterwards, and Customer may inspect them on reasonable notice.

5.5 Provider shall give Customer a forecast of any additional charges for the next quarter together with the monthly service report, so that Customer can plan its budget.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services, and shall not use it for any other purpose.

6.2 At the end of the Agreement Provider shall return all Customer Data and documentation to Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including Customer's client lists, contract terms and network details, and shall not disclose it to any third party without the other party's written consent.

7.2 This clause survives the end of this Agreement for three years.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration records, reports and other materials prepared by Provider specifically for Customer belong to Customer, which may use, modify and share them freely, including with a successor provider.

8.2 Provider's own tools and know-how remain Provider's. Provider grants Customer a free licence to use any of them embedded in the materials in clause 8.1.

## 9. Subcontracting

9.1 Provider may subcontract any part of the Services, including on-site hardware repair and out-of-hours monitoring, by giving Customer written notice at least 10 days before the subcontractor starts work.

9.2 Provider remains responsible for the acts and omissions of its subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total Charges in Schedule 3, except for wilful misconduct, personal injury and breach of clause 7.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the same P1 Service Level in three consecutive months.

11.2 On expiry or termination Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3 so that the Services can be transferred to Customer or a successor without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 13. General

13.1 Changes to this Agreement must be in writing and signed by both parties.

13.2 Neither party is liable for delay caused by force majeure, provided it informs the other party promptly.

## Schedule 1 — Services

| Service | Scope | Main activities |
|---|---|---|
| Server and storage operations | 64 virtual servers, 8 hosts, 2 storage arrays | Monitoring, patching, capacity management, health checks |
| Backup and recovery | All covered systems | Daily backups, weekly off-site copies, quarterly restore tests |
| Network operations | 11 warehouse sites, head office, SD-WAN links | Monitoring, configuration changes, carrier management |
| Service desk | About 620 users | Calls, e-mail and portal, 24 x 7, Chinese and English |
| On-site support | Ningbo head office and nearby warehouses | Resident team of two engineers on business days |

## Schedule 2 — Service Levels

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of warehouse management and temperature monitoring systems | 99.95% per month | 3% of the monthly charge for each 0.1 point below |
| P1 Incident response | 15 minutes | CNY 800 per hour of delay |
| P1 Incident restoration | 3 hours | CNY 1,500 per hour of delay |
| P2 Incident response | 1 hour | CNY 300 per hour of delay |
| Failed backup jobs | Rerun successfully on the same day | 2% of the monthly charge for each job not rerun |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time | 58,000 |
| Monthly service charge | 36 months x CNY 46,500 | 1,674,000 |
| Total Charges | | 1,732,000 |
| Additional virtual server | Per server per month | 260 |
| Exit assistance | Per engineer day | 2,400 |"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. MWA-DS-2025-0046

This Data Subscription Agreement (the "Agreement") is made between:

Mwinilunga AgriData Limited, a company incorporated in Zambia, with its office at Boma Road, Mwinilunga, North-Western Province, Zambia ("Provider"); and

Guangxi Nanfeng Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Nanning, Guangxi Zhuang Autonomous Region ("Customer").

Provider compiles crop-condition, weather, farm-gate price and export-logistics data for honey, pineapple, cassava, soya and other agricultural commodities in Southern and Central Africa, and makes it available through a web application programming interface (the "API") and bulk files. Customer buys and imports agricultural products and wishes to use the data in its sourcing and pricing decisions. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the data sets listed in Annex A, as updated by Provider from time to time, delivered through the API or as bulk files.

1.2 "Subscription Year" means each period of one year starting on the Subscription Start Date or on an anniversary of it.

1.3 "Subscription Start Date" means the date of Integration Acceptance under clause 4.3.

1.4 "Customer Query Data" means the queries, watch lists, portfolio lists, account details and usage records that Customer or its users submit to or generate in the API.

1.5 "Adapters" means the interface programs and data mappings that Provider builds to load the Data into Customer's pricing and procurement systems.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right, during the Subscription Term, to access the API, download the Data and use it internally for Customer's business, for up to 60 named users and two system accounts.

2.2 Customer may include limited extracts of the Data in internal reports and in documents sent to its own customers, with attribution to Provider, but may not resell the Data or make it available as a data service.

2.3 The API allows up to 400,000 calls per month. Calls above that number are charged at CNY 0.08 each, invoiced quarterly in arrears; such charges are not part of the Subscription Fees.

3. TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years.

3.2 At the end of the initial term and of each renewal term, the Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 For each renewal Subscription Year Provider may increase the Subscription Fee by up to 9% over the fee of the preceding Subscription Year by giving notice at least 75 days before the renewal date.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall deliver API credentials, a ten-year historical data set and the Adapters within 40 days after signature (the "Integration Date").

4.2 Integration acceptance tests shall show that: (a) each data set in Annex A is available through the API with the fields and update frequency stated there; (b) the historical data set loads completely into Customer's systems and reconciles with Provider's record counts; (c) the Adapters load a full daily update without manual work; and (d) queries from Customer's systems return correct results for the test cases in Annex B.

4.3 When the tests pass Customer signs an Integration Acceptance certificate. Use of the API before that date is not acceptance.

4.4 If Integration Acceptance is delayed beyond the Integration Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 22,000 in total.

5. FEES AND PAYMENT

5.1 The fees for the initial term are:

Subscription Year 1 fee: CNY 340,000
Subscription Year 2 fee: CNY 340,000
Integration and Adapter fee (one-time): CNY 22,000
Total fees for the initial term: CNY 702,000

5.2 Each Subscription Year fee is invoiced at the start of that Subscription Year and is payable within 30 days after the invoice. The Integration and Adapter fee is invoiced after Integration Acceptance. No amount is payable before Integration Acceptance.

5.3 All fees are in CNY and include VAT. Customer pays by bank transfer to the account in Provider's invoice.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to update the Data on the schedule in Annex A, but does not guarantee that the API will be uninterrupted or error-free or that any update will be published on a particular day.

6.2 Provider offers support by e-mail on Zambian business days. Provider will try to answer support requests promptly but does not commit to any response or resolution time.

6.3 Provider may carry out maintenance on the API at any time and will try to announce planned maintenance on its status page.

7. QUALITY OF DATA

7.1 Provider shall compile the Data with reasonable skill and care from the sources described in Annex A and shall correct errors reported by Customer in the next regular update.

7.2 The Data supports Customer's own decisions. Provider is not responsible for trading, pricing or sourcing decisions that Customer takes on the basis of the Data.

7.3 Provider shall tell Customer in advance of any change in the sources, methods or definitions used for a data set that materially affects comparability with earlier data, and shall describe the change in the release notes of the next update.

7.4 Customer may report a suspected error in the Data through the support e-mail address. Provider shall confirm receipt and, where the error is confirmed, publish a correction with the next regular update and inform Customer which records were affected.

8. CUSTOMER QUERY DATA AND SECURITY

8.1 Customer Query Data belongs to Customer. Provider shall use it only to provide the API to Customer and shall not use it for any other purpose, including in aggregated or anonymised form, nor disclose it to any third party.

8.2 Provider shall protect Customer Query Data with encryption in transit and at rest, access limited to named staff, logging of administrative access and regular security testing, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China where they apply.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any security breach affecting Customer Query Data, take immediate remedial action, and be liable for the losses caused by a breach attributable to it.

8.4 Within 30 days after the end of the Agreement Provider shall delete Customer Query Data and confirm the deletion in writing.

8.5 Customer may, on reasonable notice and not more than once a year, ask Provider to complete a security questionnaire and to provide summaries of its most recent security test results.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data, the API and its underlying databases.

9.2 The Adapters belong to Customer. Provider shall deliver their source code at Integration Acceptance and Customer may use, modify and license them freely.

10. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's watch lists and trading plans and Provider's methods, and shall not disclose it to any third party without the other party's prior written consent. This obligation lasts for three years after the Agreement ends.

11. SUBCONTRACTING

Provider shall not subcontract the hosting of the API, the handling of Customer Query Data or the development of the Adapters without Customer's prior written consent, and remains responsible for any approved subcontractor.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss or loss of profit.

12.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial term, except for breach of clauses 8 and 10, infringement and wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the fees paid for the unused part of the current Subscription Year.

13.3 Clauses 8, 10 and 12 survive termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate taking over the relevant business.

15.2 Notices shall be in writing and sent to the addresses above by courier or e-mail.

15.3 Neither party is liable for failure caused by force majeure if it informs the other party promptly and resumes performance as soon as possible.

15.4 Annex A (Data sets and update schedule) and Annex B (Integration test cases) form part of this Agreement.

Signed for Provider: ____________________

Signed for Customer: ____________________"""


# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design lists
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "z01": ("h732z01_ride_inspection_platform.pdf", "pdf", Z01),
    "z02": ("h732z02_nail_clipper_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h732z03_noodle_chain_ordering_membership_saas.txt", "txt", Z03),
    "z04": ("h732z04_park_playground_ticketing_om.txt", "txt", Z04),
    "z05": ("h732z05_hammock_net_dyeing_tracking_supplier_template.md", "md", Z05),
    "e01": ("h732e01_mine_planning_perpetual_licence_chingola.pdf", "pdf", E01),
    "e02": ("h732e02_permit_to_work_saas_order_form_mufulira.md", "md", E02),
    "e03": ("h732e03_conveyor_sensors_monitoring_licence_luanshya.docx", "docx", E03),
    "e04": ("h732e04_managed_it_services_36_months_kalulushi.md", "md", E04),
    "e05": ("h732e05_agri_data_api_subscription_mwinilunga.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# design: language, category, terms, extra (sla_clause, ld_stated, capped or None, deemed, value), fee base for TCO,
# forum outside mainland, design rule list
D = {
    "z01": ("zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 24, 8, False, True, False,
              "PRC", G),
            (True, True, True, False, 1282000), 620000, False, []),
    "z02": ("zh", "hardware",
            T(None, 1, True, "buyer", True, True, False, 0.06, None, 20, False, False, 24, 7, False, True, False,
              "PRC", G),
            (True, True, True, True, 1058000), 866000, False, ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY"]),
    "z03": ("zh", "cloud",
            T(99.5, 0.25, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, False,
              "PRC", S),
            (True, True, None, False, 642000), None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services",
            T(None, 6, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True, False,
              "PRC", S),
            (True, False, None, False, 386000), None, False, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"]),
    "z05": ("zh", "software",
            T(None, 2, True, "supplier", True, False, True, 0.02, 20, 60, True, True, 6, 25, False, True, True,
              None, G),
            (True, True, True, False, 1040000), 780000, False,
            ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 9, False, True, False,
              "Zambia", G),
            (True, True, True, False, 1550000), 1180000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud",
            T(99.95, 1, True, "buyer", True, True, True, 600 / 622000 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, False, False, "PRC", S),
            (True, True, None, False, 622000), None, False, ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "e03": ("en", "hardware",
            T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 6.5, False, True, False,
              "PRC", G),
            (True, True, True, False, 1520000), 1335200, False, []),
    "e04": ("en", "services",
            T(99.95, 0.25, True, "buyer", False, True, True, 1200 / 1732000 * 100, 150, None, True, None, None, None,
              False, True, True, "PRC", S),
            (True, True, None, False, 1732000), None, False, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("en", "cloud",
            T(None, None, False, "buyer", True, True, True, 500 / 702000 * 100, 150, None, True, None, None, None,
              True, True, False, "PRC", S),
            (False, True, None, False, 702000), None, False, ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# thresholds of policy section 3 (default pack), for the label check
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_LIMIT = 40


def tco_share(t, e, base):
    """Share (%) of post-warranty fees in the 5-year TCO, or None when not computable / not applicable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (e["contract_value"] + fees) * 100


def derive(t, e, base, forum_out):
    """My reading of policy section 3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, e, base)
    if share is not None and share > TCO_LIMIT:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan (self-tested)
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"99\.90*(?!\d)",                                              # availability 99.9
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"four[\s-]*hours?", r"(?<!十)四个?小时",
    r"(?<![\d.,])240\s*(?:minutes|分钟)",                           # P1 response 4 hours
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])0\.0005(?!\d)",
    r"(?<![\d.])0\.350*" + PCT,                                     # LD 0.05 %/day (and per week)
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百(?!分)", r"one\s+hundred\s+per\s*cent",   # cap 100 %
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s+per\s*cent",  # prepayment 30 %
    r"(?<![\d.,])12\s*-?\s*(?:个月|months?)", r"十二个月", r"twelve[\s-]*months?",             # warranty 12 months
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s+per\s*cent",                     # post-warranty 15 %
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s+per\s*cent",  # TCO 40 %
]
SCAN = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "可用率99.9%", "within 4 hours", "4-hour", "four hours", "4小时", "四小时",
            "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十",
            "0.35%", "240 minutes"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "1.4 hours", "0.055%", "0.5%",
             "万分之五十", "200%", "1,100%", "100,000", "130%", "3.0%", "0.30%", "30日", "30 days", "112 months",
             "12 hours", "2025年12月", "1.5%", "115%", "0.15%", "140%", "0.40%", "百分之三十五", "四十五日",
             "二十四个月", "36 months", "25%", "6.5%"]
for s_ in MUST_HIT:
    assert SCAN.search(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not SCAN.search(s_), ("must miss", s_, SCAN.search(s_))


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # 1. build the files
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n"), encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    # 2. labels, rules, checks
    covered = set()
    problems = []
    for key, (name, fmt, src) in FILES.items():
        lang, cat, terms, ex, base, forum_out, design = D[key]
        assert name.startswith("h732" + key + "_")
        extra = {"sla_clause": ex[0], "ld_stated": ex[1]}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = ex[2]
        else:
            assert ex[2] is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = ex[3]
        extra["contract_value"] = ex[4]
        rules, share = derive(terms, extra, base, forum_out)
        assert rules == sorted(design), (key, rules, sorted(design))
        covered |= set(rules)
        for k, th in THRESH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k, terms[k])
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (key, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = SCAN.search(variant)
            if m:
                problems.append("%s: threshold figure %r near %r" % (key, m.group(0),
                                variant[max(0, m.start() - 30):m.end() + 30]))
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (key, n, lo, hi))
        print("%s %-62s %-5s len %5d  risk %-6s tco %s  %s" % (key, name, fmt, n, risk(rules),
              "-" if share is None else "%.1f%%" % share, ", ".join(r[3:] for r in rules) or "(none)"))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    assert [risk(D[k][6]) for k in ("z01", "e03", "e01")] == ["low"] * 3
    assert len(D["z05"][6]) in range(8, 11)
    assert all(len(D[k][6]) in (2, 3) for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    for p_ in problems:
        print("PROBLEM", p_)
    assert not problems
    print("all checks passed")
