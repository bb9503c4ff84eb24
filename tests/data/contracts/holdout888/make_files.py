"""holdout888: builds the ten held-out draft contracts, writes their .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). The .txt/.md files are written from the
sources below as they are; the .docx/.pdf are built with ../word_pdf.py (PDF paragraphs pre-wrapped at word
boundaries). Then every built file is read back (python-docx paragraphs plus table rows; pypdf text; file text),
its length is checked against the brief's range, a threshold regex (self-tested) scans it raw, whitespace-collapsed
and whitespace-free, the labels are checked against the policy thresholds, each draft's rules are derived from its
labels and compared with the design list, and the coverage of all 20 CR rules is asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H888Z01 = """T:画舫游船运营监管平台建设项目合同
P:合同编号：WLJ-ZC-2027-0318　采购项目编号：公开招标 GK2027-046
P:甲方（采购人）：某市文化和旅游局
P:乙方（供应商）：江南智航信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就画舫游船运营监管平台（以下简称"平台"）的软件许可与定制开发事宜，在平等自愿的基础上签订本合同。招标文件、投标文件及澄清承诺均为本合同的组成部分。
H:第一条　项目内容
P:1.1 乙方向甲方提供画舫游船运营监管平台软件（含船舶档案、航线管理、票务对账、安全巡查四个标准模块）的永久使用许可，部署于甲方政务云，不限用户数。
P:1.2 乙方按甲方需求定制开发以下功能：船舶北斗定位与轨迹回放接入、码头客流统计与限流预警、恶劣天气停航联动、应急调度指挥模块，以及与市智慧文旅平台、海事部门船舶动态系统的数据接口。
P:1.3 乙方负责系统集成部署、数据初始化、安全加固及对甲方和各游船公司管理人员的培训。
H:第二条　合同价款
P:2.1 合同总价为人民币壹佰玖拾肆万陆仟元整（¥1,946,000），为固定总价，包含软件许可费1,160,000元、定制开发费642,000元、集成部署费118,000元、培训费26,000元，以及税费、差旅和乙方完成本项目所需的全部费用。
P:2.2 除甲方书面变更需求外，合同总价不作调整。需求变更的费用按投标报价中的人天单价由双方另行书面确认。
P:2.3 平台运行所需的政务云资源、网络带宽及电子政务外网接入由甲方负责提供，乙方应提前提交资源需求清单。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的55%。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条　交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署并提交初步验收申请，初步验收后进入为期三个月的试运行。
P:4.2 乙方应指定具有同类项目经验的项目经理常驻甲方现场，未经甲方同意不得更换；乙方应每周提交项目周报，如实反映进度、风险和需甲方配合的事项。
P:4.3 乙方应提交需求规格说明书、设计文档、接口文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
H:第五条　验收
P:5.1 验收标准：功能符合招标文件技术要求及经甲方确认的需求规格说明书；北斗定位数据延迟不超过10秒；客流数据与闸机记录差异率不超过1%；在500个并发用户下页面响应不超过3秒；通过第三方安全测评，无高危漏洞。
P:5.2 初步验收由甲方组织，最终验收由甲方会同财政、审计及游船公司代表按上述标准进行，形成书面验收报告。验收不合格的，乙方应在十五日内整改并重新提交验收。
P:5.3 系统上线使用、甲方付款或签收文档，均不视为验收合格。
H:第六条　服务水平
P:6.1 质保期内，平台月度可用率不低于99.5%（计划内维护不计入，且应提前三日通知甲方）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或定位监管中断）30分钟内响应、2小时内到场；二级故障1小时内响应、8小时内解决；三级故障次工作日处理。
P:6.3 乙方响应或到场超时的，每超时1小时向甲方支付1,000元；月度可用率每低于承诺值0.1个百分点，扣减2,000元，从应付款或履约保证金中扣除。
P:6.4 乙方每月向甲方提交运行月报，列明可用率、故障处理及巡检情况。
H:第七条　知识产权
P:7.1 平台标准产品的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、数据接口、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用，乙方不得向第三方提供。
H:第八条　数据安全
P:8.1 平台采集和产生的船舶、航线、客流、票务及游客个人信息等数据均属于甲方，乙方仅为履行本合同处理，不得用于其他任何目的，不得留存副本。
P:8.2 乙方应按等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，全程记录操作日志。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任，并配合有关部门调查。
P:8.4 合同终止或履行完毕后，乙方应在甲方指定期限内将其掌握的全部甲方数据移交甲方，并彻底删除其自有环境中的副本，出具书面删除确认书。
H:第九条　保密
P:9.1 乙方对在履行本合同中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 本条义务在合同终止后三年内继续有效。
H:第十条　质量保证与后续维护
P:10.1 质保期为最终验收合格之日起二十四个月，期间乙方免费提供缺陷修复、版本升级和技术支持。
P:10.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过软件许可费的8%（即92,800元），且自质保期满之日起三个年度内不上调。维护合同另行签订，不自动续期。
H:第十一条　分包
P:11.1 乙方可将现场布线、设备安装等非主体、非关键性工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。乙方对分包部分向甲方承担全部责任。
H:第十二条　违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:12.2 乙方交付的系统存在重大缺陷，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十三条　合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十四条　适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条　履约保证金与不可抗力
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还；乙方违约应支付的违约金和扣款，甲方可从中扣除。
P:15.2 任何一方因不可抗力不能履行合同的，应及时通知对方，并在十日内提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条　其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。合同附件包括：需求规格说明书、功能清单、接口清单、培训计划及乙方投标报价明细表。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并报同级财政部门备案。
P:甲方（盖章）：某市文化和旅游局　　乙方（盖章）：江南智航信息技术有限公司
P:签订日期：2027年3月18日
"""

H888Z02 = """T:咖啡机生产线控制系统改造合同
P:合同编号：KFJ-SB-2027-027
P:甲方：宁波某咖啡机制造有限公司
P:乙方：甬创自动化工程有限公司
P:甲方现有半自动、全自动咖啡机总装及测试生产线共六条，控制系统老化、故障频发且无法采集生产数据。经比选，甲方委托乙方对上述产线的控制系统进行改造，提供设备、软件及施工调试服务。双方经协商一致，订立本合同。
H:第一条　改造范围
P:1.1 更换六条产线的PLC控制柜及I/O模块，更换输送、压装及打包工位的伺服驱动器和电机；在冲泡测试、外观检查工位加装视觉检测单元；更换各工位HMI触摸屏。
P:1.2 提供产线监控与数据采集软件的永久许可，采集设备状态、节拍、产量、测试结果和报警信息，并开发配方管理功能及与甲方ERP、质量追溯系统的接口程序。
P:1.3 负责旧系统拆除、安装布线、程序编写、单机及联机调试、试生产配合及操作维修人员培训。改造应分线进行，每条产线停线时间不超过十天，不影响其余产线正常生产。
H:第二条　合同价款
P:2.1 合同总价为人民币1,534,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|6套|468,000
TB:2|伺服驱动器及电机|48套|312,000
TB:3|视觉检测单元|4套|196,000
TB:4|HMI触摸屏|12台|84,000
TB:5|产线监控与数据采集软件许可|1套|260,000
TB:|软硬件小计||1,320,000
TB:6|改造施工及调试|1项|168,000
TB:7|配方管理及接口程序开发|1项|46,000
TB:|合同总价||1,534,000
P:2.2 乙方应于每期付款前开具相应金额的增值税专用发票，甲方收到发票并确认付款条件满足后付款。
P:2.3 上述价款包含设备、软件、运输、保险、安装、调试、培训及税费，除甲方书面变更外不作调整。
H:第三条　付款方式
P:3.1 合同签订后十日内，甲方支付合同总价的20%，即306,800元，作为预付款。
P:3.2 全部设备到货并完成安装、单机调试后，甲方支付合同总价的55%，即843,700元。到货签收和安装完成不视为验收。
P:3.3 六条产线全部通过最终验收后十五日内，甲方支付合同总价的25%，即383,500元。
H:第四条　交货与工期
P:4.1 乙方应在合同签订后六十日内将全部设备运抵甲方工厂，并在设备到货后七十五日内完成六条产线的改造和调试。
P:4.2 设备应为全新原厂正品，附合格证、说明书和原厂质保证明。
P:4.3 乙方应在进场前提交分线改造方案、停线计划、施工安全措施和回退方案，经甲方生产、设备和安全部门会签后实施。每条产线切换前，乙方应完成模拟调试，确保切换失败时能在八小时内恢复原系统运行。
P:4.4 乙方施工人员应遵守甲方厂区安全、消防、食品接触区卫生等管理制度，动火、登高、带电作业须办理作业许可。因乙方违反上述制度造成人身或财产损失的，由乙方承担责任。
P:4.5 乙方应分别对甲方操作人员和设备维修人员进行培训，内容包括日常操作、配方切换、报警处理、常见故障排除和程序备份恢复，培训后经考核合格的人员不少于三十名。
H:第五条　甲方配合
P:5.1 甲方应按改造方案安排停线窗口，提供施工用电、临时存放场地和必要的现场配合人员，并在乙方提出要求后五个工作日内提供现有设备图纸、工艺参数和ERP接口说明。
P:5.2 甲方未按约定提供配合条件导致工期延误的，工期相应顺延，乙方不承担逾期责任。
H:第六条　验收
P:6.1 每条产线改造完成后连续试生产十五个工作日，作为该线的验收试运行期。
P:6.2 验收标准：控制功能符合技术协议；产线节拍不低于改造前的110%；视觉检测漏检率不高于0.2%、误判率不高于1%；采集数据与现场仪表读数及ERP、追溯系统记录逐项核对一致；试运行期内未发生因控制系统导致的停线。
P:6.3 六条产线均达到上述标准后，由甲方组织最终验收并签署验收报告。安装完成、试生产或甲方开始使用，均不视为验收合格。
H:第七条　质量保证与维保
P:7.1 质保期为最终验收合格之日起十八个月。质保期内乙方免费维修、更换故障部件并提供软件升级。
P:7.2 故障响应：一级故障（产线停线）乙方应在1小时内响应，8小时内到场处理；二级故障2小时内响应、次日到场；三级故障三个工作日内处理。
P:7.3 乙方响应或到场超时的，每超时1小时向甲方支付500元，从质保期满后的维保费中抵扣或由乙方另行支付。
P:7.4 质保期满后，乙方提供年度维保服务（含备件、巡检和软件升级），年度维保费按软硬件小计的28%计取，即每年369,600元，维保合同有效期内不作调整。年度维保合同每年签订一次。
P:7.5 乙方应随设备提供易损件及关键备件清单，并保证在本合同签订后八年内持续供应所提供设备的备品备件；设备停产的，乙方应提前告知并提供兼容替代方案。
H:第八条　知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、配方管理功能及接口程序，其知识产权归甲方所有，乙方应交付源程序及注释文档，甲方可自行修改和使用。
P:8.2 第三方设备内置软件和数据采集软件的知识产权归其权利人，甲方取得永久使用许可。
H:第九条　数据安全
P:9.1 产线采集的生产数据、配方参数和质量数据均属于甲方，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方书面批准，使用甲方提供的专用账号并接受操作审计，不得在控制网络中接入未经检测的设备或存储介质。
P:9.3 因乙方原因导致数据丢失、篡改、泄露或控制系统遭受网络攻击的，乙方应立即报告甲方并承担恢复费用和由此造成的损失。
P:9.4 调试及维保过程中乙方取得的甲方数据，应在工作完成后交还或删除，不得带离甲方厂区。
H:第十条　违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:10.2 设备或软件经两次维修仍不能正常工作的，乙方应免费更换同型号或更高性能的设备。
P:10.3 因改造施工导致其他产线停产的，乙方赔偿甲方由此造成的直接损失。
P:10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条　分包
P:11.1 乙方不得将本合同主体工作分包。电气布线等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条　合同解除
P:12.1 乙方严重违约，或逾期超过三十日仍未完成改造的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 合同解除后，乙方应配合甲方恢复原有产线控制系统或将已完成部分移交甲方，并交付已完成部分的程序和资料。
P:12.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，按影响程度部分或全部免除责任；致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条　适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交宁波仲裁委员会仲裁，仲裁裁决是终局的。
H:第十四条　其他
P:14.1 双方的通知应以书面形式送达合同首页载明的地址，或发送至双方指定的电子邮箱，发出后次日视为送达。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、改造进度计划。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2027年4月9日
"""

H888Z03 = """独轮车培训门店预约与会员管理系统服务合同

合同编号：DLC-IT-2027-011

甲方：成都轮趣体育文化发展有限公司（以下简称"甲方"）
乙方：蓉约云信息科技有限公司（以下简称"乙方"）

甲方在成都、重庆、贵阳等地经营独轮车培训门店三十家，需统一的课程预约、会员管理和收银系统。乙方提供"约课云"SaaS服务及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方三十家门店开通"约课云"SaaS服务，包括课程排期、学员在线预约与签到、会员卡及课时包管理、教练排班与课时统计、储值与收银、家长端微信小程序、经营报表等功能。
2. 每家门店不限前台及教练账号数量，总部账号可查看全部门店数据。
（二）实施服务
1. 乙方负责系统配置、甲方现有会员及课时余额数据迁移、小程序品牌定制（甲方标识、配色和课程介绍页面）、与甲方聚合支付通道的对接。
2. 乙方对每家门店店长和前台进行培训，并提供操作手册及视频教程。
3. 实施工作应在合同签订后四十五日内完成并提交上线验收申请。

（三）持续服务
1. 服务期内，乙方为甲方指定一名客户成功经理，每月回访门店使用情况，每季度向甲方总部提交服务报告，内容包括可用率、故障处理、功能使用率和改进建议。
2. 乙方提供7×24小时在线工单及电话支持渠道，工作日9:00—21:00提供门店操作咨询。
3. 乙方对平台进行版本升级的，应提前五日通知甲方，重大功能变更应提前三十日通知并提供培训；升级不得降低本合同约定的功能和服务水平。

二、服务期限
（一）本合同服务期为两个服务年度，自2027年6月1日起至2029年5月31日止。首个服务年度为2027年6月1日至2028年5月31日，第二个服务年度为2028年6月1日至2029年5月31日。
（二）本合同期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，并可依此类推。续期时，乙方有权根据市场及成本情况调整订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方应在期满前四十五日书面通知甲方调整后的价格。

三、费用及支付
（一）订阅费为每家门店每个服务年度6,800元，三十家门店每个服务年度合计204,000元，两个服务年度合计408,000元。
（二）实施费为56,000元，一次性支付。
（三）本合同总价为464,000元（含6%增值税）。
（四）支付方式
1. 订阅费按季度支付，甲方于每季度首月十日前支付当季订阅费51,000元。
2. 实施费在系统通过上线验收后十五个工作日内支付。
3. 乙方应在收款前开具增值税专用发票。
（五）订阅费已包括平台使用、数据存储、短信通知、版本升级和技术支持费用，除本合同约定外乙方不得另行收取费用。
（六）服务期内新增门店的，按每家门店每个服务年度6,800元按月折算计费。

四、上线验收
（一）验收标准：
1. 全部会员信息、课时余额和储值余额迁移完整，抽查五百名会员与原系统逐条核对无差异；
2. 三十家门店均能完成预约、签到、扣课、收银和退款全流程操作；
3. 小程序通过甲方品牌审核并正式发布，支付对账结果与支付通道账单一致；
4. 门店高峰时段（每日18:00—21:00）页面响应时间不超过2秒。
（二）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十日内整改后重新提交。
（三）系统开始使用或甲方支付订阅费，均不视为上线验收合格。

五、服务水平
（一）乙方保证系统月度可用率不低于99.95%，计划内维护应安排在每日0:00—6:00之间并提前两日通知。
（二）故障等级及响应：
1. 一级故障（系统整体不可用、无法预约或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常、部分门店受影响）：1小时内响应，8小时内解决；
3. 三级故障（一般咨询或轻微问题）：次工作日内答复。
（三）月度可用率低于承诺值的，乙方按当月订阅费的5%至20%向甲方提供服务抵扣；一级故障响应或恢复超时的，每次扣减当月订阅费的2%。

六、数据
（一）甲方在系统中录入和产生的会员、学员、课程、消费及储值数据归甲方所有，甲方可随时通过系统导出。
（二）乙方可在去除姓名、手机号等可识别个人身份的信息后，将甲方的预约、课时消耗及消费数据汇总，用于行业统计分析、乙方产品优化以及乙方对外发布的体育培训行业报告，该等使用在本合同终止后仍可继续。
（三）数据安全
1. 乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、日志审计和每日备份措施，系统应通过网络安全等级保护第三级测评；
2. 学员多为未成年人，乙方应按未成年人个人信息保护的规定处理相关信息，仅限授权人员访问；
3. 发生数据泄露、丢失或篡改的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失。
（四）合同终止后三十日内，乙方应向甲方提供全部数据的完整导出文件，并在甲方确认后删除系统中的甲方数据。

七、知识产权
（一）"约课云"平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、课程介绍模板、品牌素材及数据迁移脚本归甲方所有，甲方可自行或委托他人修改、使用。

八、保密
双方对在合作中获知的对方商业信息、经营数据、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

九、违约责任
（一）乙方未按期完成实施并通过上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第六条第（三）项造成的损失不受此限。
（三）甲方逾期付款超过三十日的，乙方可在书面催告后暂停服务，但不得删除甲方数据。

十、分包
乙方不得将本合同项下的实施或运维工作转包或分包；确需委托第三方承担部分实施工作的，应事先征得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面通知后十五日内仍未纠正的，守约方有权解除合同。
（二）乙方连续两个月月度可用率低于承诺值的，甲方有权解除合同，乙方应退还已预付但未使用期间的订阅费。
（三）甲方门店因经营调整关闭的，可提前三十日书面通知乙方减少订阅门店数量，自次月起按实际门店数量计收订阅费。

十二、甲方义务
（一）甲方应指定总部项目负责人及各门店联系人，配合乙方完成数据整理、配置确认和培训安排。
（二）甲方应妥善保管系统管理员账号，因甲方人员泄露账号口令造成的损失由甲方自行承担。

十三、不可抗力
因不可抗力或基础电信运营商大面积网络故障导致服务中断的，受影响一方应及时通知对方，并在影响消除后尽快恢复服务，相应期间不计入可用率考核，但乙方应尽力减少损失。

十四、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件包括功能清单、门店清单、数据迁移方案和培训计划，附件与本合同具有同等效力。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2027年5月12日
"""

H888Z04 = """大型游乐设施安全监测系统运维服务合同

项目名称：大型游乐设施安全监测系统2027年度运维服务
项目编号：SJJ-CS-2027-009（竞争性磋商）
采购人（甲方）：某市市场监督管理局
供应商（乙方）：安测云智能科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就大型游乐设施安全监测系统运维服务事项订立本合同。磋商文件、响应文件及乙方的书面承诺为本合同的组成部分。

第一条 服务范围
（一）系统概况：监测系统由市级监测平台及部署在全市十四家游乐场所的前端设备组成，覆盖八十六台（套）大型游乐设施，共有振动、位移、载荷、风速及视频等传感器412个、边缘采集网关九十二台。
（二）平台运维：监测平台及数据库的日常运行监控、安全补丁、数据备份与恢复演练、告警规则维护、账号与权限管理、与特种设备安全监察系统的接口维护。
（三）前端运维：每月对全部前端设备现场巡检一次，每季度对传感器进行校准比对，故障设备的维修和更换；游乐设施停运检修期间的设备拆装配合。
（四）专项服务：汛期、节假日前的专项检查，年度监测数据分析报告，一次应急演练及对各场所管理人员的操作培训。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自行终止，不自动续期；甲方如需继续采购，按政府采购程序另行确定供应商。

（五）服务交接：乙方应在服务期开始前十日内完成与原运维单位的交接，包括平台账号、运维文档、备件库存、未关闭故障清单的清点与确认，交接清单经甲方签字确认。
（六）运维报告：乙方每月5日前提交上月运维月报，内容包括平台运行情况、告警统计及处置、巡检和校准记录、故障处理、备件消耗及存在问题和建议；发现设施运行异常趋势的，应立即书面报告甲方。

第三条 合同价款
（一）合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括：平台运维费236,000元，前端设备巡检维护费248,000元，备品备件费62,000元，专项服务费40,000元。
（二）合同总价为固定价格，包含人工、交通、备件、工具、税费等全部费用。单个备件价格超过五千元且不在备件清单内的，经甲方书面确认后另行结算。

第四条 付款方式
（一）运维费按季度支付。每季度考核合格后，甲方在收到乙方发票后十五个工作日内支付当季服务费146,500元。
（二）甲方不向乙方支付预付款。季度考核不合格的，按第八条扣减后支付。
（三）乙方应在合同签订后五个工作日内提交合同总价5%的履约保证金，可采用银行保函形式，年度服务验收合格后无息退还。

第五条 考核与验收
（一）季度考核标准：平台可用率达到第六条承诺值；前端设备故障均在第六条规定时限内处置；巡检记录完整并经场所签字确认；告警处置闭环率达到规定要求；无因乙方原因导致的漏报。
（二）甲方于每季度结束后十个工作日内组织考核，形成书面考核结果。
（三）服务期满前，甲方组织年度服务验收，验收内容包括全年考核结果、运维文档、备件台账、年度分析报告及数据完整性核查。乙方提交的服务记录不视为考核或验收合格。
（四）年度服务验收不合格的，乙方应在十五日内整改；整改后仍不合格的，甲方可从履约保证金中扣除相应款项，并将结果记入供应商履约评价。

第六条 服务水平
（一）监测平台月度可用率不低于99.95%。
（二）故障分级与响应：一级故障（平台不可用、某一场所监测全部中断或重大安全告警无法推送）30分钟内响应，2小时内到达现场；二级故障（单台设施监测中断）1小时内响应，当日到场；三级故障两个工作日内处理。
（三）乙方应安排不少于六名专职运维人员，其中驻场人员两名，人员名单报甲方备案，更换须经甲方同意。
（四）节假日、大型活动及极端天气期间，乙方应按甲方通知实行二十四小时值守，并安排应急小组随时待命。
（五）乙方人员进入游乐场所作业，应遵守场所安全管理规定，高空作业须佩戴防护装备并由场所人员配合，作业前须确认设施处于停机状态。

第七条 备品备件
（一）乙方应在本市设立备件库，常用传感器、网关、电源模块及通信模块的库存不少于在用数量的5%，备件台账每月报甲方。
（二）更换下来的设备由乙方登记后交还甲方处置，乙方不得擅自处理。新换设备应与原设备性能相当，并在更换后完成校准。

第八条 服务扣减
（一）平台月度可用率低于承诺值的，每低0.01个百分点扣减当季服务费1,000元。
（二）一级故障响应或到场每超时1小时扣减800元，二级故障每超时1小时扣减300元。
（三）漏检一台设施的月度巡检，扣减500元。
（四）未经甲方同意更换驻场人员的，每人次扣减2,000元。

第九条 数据安全
（一）监测数据、视频资料、告警记录及场所和设施信息均属于甲方，乙方仅为履行本合同使用，不得向任何第三方提供或用于其他目的。
（二）乙方应遵守网络安全等级保护制度，运维操作须通过甲方堡垒机进行，不得将数据导出至甲方网络以外。
（三）发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并采取处置措施，因乙方原因造成的，乙方承担全部赔偿责任。
（四）服务期满后，乙方应移交全部运维资料并删除其持有的甲方数据。

第十条 保密
乙方对在服务中知悉的甲方监管信息、游乐场所经营信息及系统账号口令负有保密义务，不得以任何方式泄露，保密义务在合同终止后继续有效。

第十一条 知识产权
乙方在服务中形成的运维文档、巡检记录、数据分析报告、告警规则及运维脚本归甲方所有，甲方可自由使用和修改。

第十二条 违约责任
（一）乙方未在服务期开始之日完成交接并进场提供服务的，每逾期一日，按合同总价的千分之一支付违约金。
（二）因乙方原因导致重大安全告警漏报，造成人员伤亡或财产损失的，乙方依法承担赔偿责任。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

第十三条 分包
乙方不得将本合同服务转包或分包。

第十四条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。
（二）合同解除的，乙方应配合甲方或新供应商完成交接，交接期不少于十五日。
（三）因政府机构调整或预算变化需变更、解除合同的，双方协商处理，甲方按实际服务期间结算费用。

第十五条 甲方义务
（一）甲方负责协调各游乐场所为乙方巡检、维修提供进场条件和必要配合，并及时向乙方通报设施停运、改造等情况。
（二）甲方应提供平台运行所需的机房、网络及堡垒机账号，并在三个工作日内答复乙方提出的运维变更申请。

第十六条 不可抗力
因自然灾害、公共卫生事件等不可抗力导致服务无法履行的，受影响一方应及时通知对方并提供证明，相应期间的服务费按实际服务情况结算，双方互不承担违约责任。

第十七条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：2026年12月21日
"""

H888Z05 = """# 匠迹工艺追溯系统软件许可及定制开发合同

> 匠迹软件标准合同文本 V1.4（乙方提供）

合同编号：JJ-HT-2027-0152

甲方：淄博瓷韵刻瓷艺术工作室

乙方：景德镇匠迹软件有限公司

甲方因刻瓷作品生产管理需要，向乙方采购"匠迹工艺追溯系统"软件许可及定制开发服务。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工艺追溯系统V3.0软件许可（10个用户），许可方式为永久许可，部署于甲方自备服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：瓷坯入库登记、刻制工序扫码流转（起稿、刻线、填色、烧制、质检）、作品电子档案及刻制过程图片留存、作品收藏证书及防伪码生成、微信端作品溯源查询页面。

1.3 乙方负责系统安装部署、基础数据初始化及对甲方人员的操作培训。培训以远程视频方式进行，共计两次，每次不超过半天，现场培训须另行收取差旅费用。

1.4 本合同所称"用户"指可同时登录系统的账号数。甲方需增加用户的，按乙方当期报价另行购买。

## 第二条 合同价款

2.1 本合同总价为人民币壹拾柒万肆仟元整（¥174,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工艺追溯系统V3.0软件许可（10用户） | 1套 | 68,000 |
| 2 | 定制开发（工序扫码、作品档案、证书及防伪码、溯源查询页面） | 1项 | 92,000 |
| 3 | 安装部署及培训 | 1项 | 14,000 |
| | 合计 | | 174,000 |

2.2 上述价格含税，乙方在收到每期款项后开具普通发票。服务器、扫码枪、标签打印机等硬件由甲方自行采购。

2.3 甲方在定制开发过程中提出超出本合同1.2款范围的需求的，乙方按每人天2,800元另行收费，并相应顺延工期。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即113,100元。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总价的35%，即60,900元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或技术支持工作，工期相应顺延，且每逾期一日甲方应按应付未付金额的千分之一支付违约金。

## 第四条 交付

4.1 乙方应在收到首期款后六十日内完成定制开发和安装部署。

4.2 乙方向甲方交付系统安装程序、用户手册和管理员手册。定制部分的源代码不属于交付范围。

4.3 甲方应在乙方部署前提供符合要求的服务器、网络环境及基础数据，因甲方原因导致部署延误的，工期顺延。

4.4 系统部署后，甲方发现定制功能与需求确认单不一致的，乙方在免费维护期内予以修改；超出需求确认单的修改，按本合同2.3款另行收费。

## 第五条 验收

5.1 系统安装部署完成，乙方通知甲方后，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，可在部署完成后向乙方反馈，乙方根据产品规划予以改进，但不影响验收结论及付款。

## 第六条 免费维护

6.1 免费维护期为系统部署完成之日起三个月。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（系统无法登录或无法扫码流转）乙方在24小时内响应；二级故障在三个工作日内响应；其他问题在乙方后续版本中统一处理。

6.3 乙方将尽力在上述时限内响应，但不因响应或修复超时承担扣款、赔偿或违约金等任何责任。

6.4 免费维护不包括因甲方操作不当、擅自修改配置、硬件故障或第三方软件引起的问题，乙方处理此类问题按人天另行收费。

6.5 乙方技术支持时间为工作日9:00至17:30，法定节假日及周末不提供支持服务。

## 第七条 维护服务

7.1 免费维护期满后，甲方可向乙方购买年度维护服务，年度维护费为软件许可费的22%，即每年14,960元，在每个维护年度开始前支付。

7.2 年度维护服务内容包括远程技术支持、缺陷修复及产品小版本升级。大版本升级须另行购买。

7.3 甲方未购买年度维护服务或中断购买后再次购买的，须补缴中断期间的维护费。未购买维护服务期间，乙方不提供任何技术支持，系统因操作系统或浏览器升级出现的兼容问题由甲方自行承担。

## 第八条 知识产权

8.1 匠迹工艺追溯系统及其相关文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的全部功能模块、页面、证书模板、程序代码及相关文档的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向他人提供。

8.3 乙方有权将定制开发成果纳入标准产品，向其他客户提供。

8.4 甲方不得利用本系统为第三方提供服务，也不得将软件转让、出租或转授权给他人使用。

## 第九条 数据

9.1 甲方在系统中录入的作品信息、工艺记录、图片及客户信息归甲方所有，乙方不得将其用于本合同以外的目的。

9.2 乙方在远程维护时应使用甲方分配的账号，采取必要的安全措施防止数据泄露、丢失或被篡改；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据，并承担相应的赔偿责任。

9.3 甲方应自行做好数据备份，乙方建议甲方每日备份数据库并异地保存。

9.4 为排查故障需要，乙方可经甲方同意后将数据库副本拷贝至乙方环境，问题处理完毕后删除。

## 第十条 保密

双方对在合作中获知的对方商业秘密、技术资料、作品设计及客户信息负有保密义务，未经对方书面同意不得向第三方披露。甲方不得向第三方披露乙方的报价及本合同条款。本条在合同终止后三年内有效。

## 第十一条 违约责任

11.1 乙方逾期完成部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%，且乙方不承担甲方的间接损失、利润损失及数据损失。

11.3 因甲方提供的资料错误、环境不符合要求或确认延迟造成的损失，由甲方自行承担。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后三十日内仍未纠正的，守约方可以书面通知解除合同。

12.2 合同解除的，甲方应支付乙方已完成工作对应的费用，已支付的软件许可费不予退还。

12.3 甲方因自身原因单方提前终止合同的，已付款项不予退还，并应支付剩余未付的合同价款。

## 第十三条 甲方义务

13.1 甲方应指定专人负责与乙方对接，及时确认需求、提供作品分类、工序定义、证书样式等资料，并对乙方提交的需求确认单在三个工作日内签字确认；逾期未确认的，视为甲方同意。

13.2 甲方应按乙方要求配置服务器和网络环境，保证远程维护通道畅通。

## 第十四条 不可抗力

因不可抗力、网络运营商故障、黑客攻击或政策变化导致合同不能履行的，乙方不承担责任。

## 第十五条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，以乙方官网公布的产品服务说明为准。

甲方（盖章）：　　　　　　乙方（盖章）：

日期：2027年6月3日
"""

H888E01 = """T:Software Licence and Services Agreement
P:Agreement No. SMS-CN-2027-014
P:This Agreement is made between Inner Mongolia Hengtai Mining Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Baotou, Inner Mongolia (the "Customer"), and Silverline Mine Systems Pty Ltd, a company incorporated in New South Wales, Australia, with its principal place of business on Argent Street, Broken Hill NSW 2880 (the "Licensor").
P:The Customer operates three underground mines and wishes to acquire a perpetual licence of the Licensor's VentPlan ventilation planning and environmental monitoring software, together with implementation and training services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means VentPlan Enterprise version 8, its server and client components, the documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the mine ventilation models, interface programs, report templates, configuration scripts and other materials created by the Licensor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, collected by or generated by the Software at the Customer's sites, including sensor readings, airflow surveys, gas concentrations, personnel location data and mine plans.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Article 5 have been passed.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its mines in the People's Republic of China for up to 60 concurrent named users and an unlimited number of monitoring points.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer may transfer the licence to an affiliate that takes over the operation of a mine, on written notice to the Licensor.
P:2.3 The Software remains the property of the Licensor. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Services
P:3.1 The Licensor shall install the Software on the Customer's servers, build a calibrated ventilation model for each of the three mines, develop interfaces to the Customer's existing gas monitoring system and personnel positioning system, migrate historical survey data and configure alarms and reports.
P:3.2 The Licensor shall deliver training for up to forty engineers and control-room operators, in Chinese, at the Customer's Baotou office and at each mine.
P:3.3 The Licensor shall appoint a project manager with experience of comparable projects, who shall not be replaced without the Customer's consent, and shall report progress to the Customer every two weeks.
P:3.4 Installation shall be completed within 75 days after the Effective Date and Final Acceptance shall be achieved within 150 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,844,000 (the "Contract Price"), inclusive of applicable taxes, consisting of the Licence Fee of CNY 1,380,000, implementation services of CNY 426,000 and training of CNY 38,000. The Contract Price is fixed and covers travel, accommodation and all other expenses of the Licensor.
P:4.2 The Customer shall pay 20% of the Contract Price (CNY 368,800) within 20 days after signature and receipt of a valid invoice, 45% (CNY 829,800) within 30 days after written confirmation that installation is complete, and 35% (CNY 645,400) within 30 days after Final Acceptance.
P:4.3 Confirmation of installation is not acceptance. All payments shall be made in CNY to the bank account named in the Licensor's invoice.
H:Article 5 Acceptance
P:5.1 The acceptance tests shall verify that: (a) all functions in the agreed specification work as described; (b) the model for each mine reproduces the latest airflow survey within a deviation of 8% at every measured station; (c) sensor data from the gas monitoring system appears in the Software within 10 seconds; (d) alarms reach the control room and the mobile application; and (e) the system runs for 30 consecutive days without a Severity 1 fault.
P:5.2 The Customer shall carry out the tests with the Licensor's assistance and shall issue the Final Acceptance certificate within 10 days after the tests are passed. If a test fails, the Licensor shall correct the defect at its own cost and the test shall be repeated.
P:5.3 Installation, use of the Software in production or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects, supply all updates and new versions and provide technical support free of charge.
P:6.2 Faults shall be handled as follows: Severity 1 (monitoring or alarms unavailable at a mine) response within 1 hour and a workaround within 8 hours; Severity 2 response within 2 hours and resolution within 2 business days; Severity 3 response on the next business day.
P:6.3 For each hour by which the Licensor exceeds a Severity 1 or Severity 2 response or workaround time, the Licensor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period, the Licensor shall offer annual support at 10% of the Licence Fee, being CNY 138,000 per year, and shall not increase this fee for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Licensor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
P:7.2 The Licensor keeps its rights in the Software and in its pre-existing tools and methods, and grants the Customer a perpetual licence to use them to the extent they are embedded in the Custom Deliverables.
P:7.3 The Licensor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay any resulting damages and costs.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 All Customer Data shall remain on the Customer's servers in China. The Licensor shall access the Customer's systems remotely only with the Customer's prior approval for each session, through the Customer's secure access gateway, with all actions logged, and shall not copy Customer Data outside the Customer's systems.
P:8.3 The Licensor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China in performing this Agreement.
P:8.4 The Licensor shall notify the Customer within 2 hours after becoming aware of any security incident affecting Customer Data, shall take all measures necessary to contain it, and shall be liable for the losses caused by any incident attributable to the Licensor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 This obligation continues for three years after the end of this Agreement and does not apply to information that is public or independently developed.
H:Article 10 Delay and Liability
P:10.1 If the Licensor fails to complete installation or to achieve Final Acceptance by the dates in Article 3.4 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, breach of Article 8 or Article 9, or infringement claims under Article 7.3.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Licensor shall not subcontract any part of the services without the Customer's prior written consent. The Licensor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Customer may also terminate this Agreement if the delay damages under Article 10.1 reach their maximum. On termination by the Customer, the Licensor shall refund the amounts paid for services not delivered and the Customer may keep the licence for the Software already paid for.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of New South Wales, Australia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Australian Centre for International Commercial Arbitration under its Arbitration Rules. The seat of arbitration is Sydney and the language is English.
H:Article 15 General
P:15.1 This Agreement, its Annexes and the agreed specification are the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese in two counterparts; both versions have equal effect.
P:Annex 1: Functional specification. Annex 2: Implementation plan. Annex 3: Acceptance test plan.
P:For the Customer: ____________________    For the Licensor: ____________________
"""

H888E02 = """# Pasturelink Order Form

**Order Form No. PL-CN-0427**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this Order Form and to nothing else. If Part A and Part B conflict, Part A prevails.

**Provider:** Pasturelink Limited, a company registered in New Zealand, West Street, Ashburton 7700, Canterbury, New Zealand.

**Customer:** Heilongjiang Beiyuan Dairy Farming Co., Ltd., Qiqihar, Heilongjiang Province, People's Republic of China.

## Part A - Order Details

### A1. Service

Pasturelink Herd, the Provider's cloud service for dairy herd management, with the Milk Quality Analytics and Feed Planning modules, for the fourteen dairy farms listed in the Annex (the "Service"). The Service includes the web application, the Chinese-language mobile application for farm staff, the standard connectors for rotary milking parlours and the reporting tools.

### A2. Subscription Term

The Subscription Term is 24 months, beginning on 1 September 2027 (the "Subscription Start Date") and ending on 31 August 2029. Each period of the Subscription Term beginning on 1 September is a "Subscription Year". This Order Form does not renew automatically. Any renewal requires a new order form signed by both parties.

### A3. Fees

| Item | Quantity | Fee per Subscription Year (CNY) | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) |
|---|---|---|---|---|
| Herd Management, per farm | 14 farms | 14,000 | 196,000 | 196,000 |
| Milk Quality Analytics module | 1 | 62,000 | 62,000 | 62,000 |
| Feed Planning module | 1 | 28,000 | 28,000 | 28,000 |
| Subscription fees | | | 286,000 | 286,000 |
| Onboarding (one-time) | 1 | | 34,000 | |
| **Total Fees** | | | 320,000 | 286,000 |

The Total Fees for the Subscription Term are CNY 606,000, inclusive of value-added tax. The fees are fixed for the Subscription Term. Farms added during the Subscription Term are charged at CNY 14,000 per farm per Subscription Year, pro rata by month.

### A4. Invoicing and Payment

(a) The subscription fees for each Subscription Year are invoiced on the first day of that Subscription Year and are payable within 30 days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days after receipt of a valid VAT invoice.

(c) Payments are made in CNY by bank transfer to the Provider's account in China named on the invoice.

### A5. Onboarding and Go-Live Acceptance

(a) Onboarding comprises: configuration of the fourteen farms, animal groups and pens; import of the herd register and the last three lactations of milk records from the Customer's current systems; connection of the milking parlours and the two laboratory analysers; Chinese-language training for farm managers, veterinarians and nutritionists; and a pilot run at two farms.

(b) The target date for Go-Live at all farms is 30 November 2027. If Go-Live is delayed, the Provider shall inform the Customer of the reasons and a revised plan.

(c) Go-Live Acceptance tests shall confirm that: all animals in the herd register are present with correct identifiers; milk yields shown in the Service match the parlour records for a sample of 300 cows over 7 days; laboratory results appear in the Service within 15 minutes of analysis; all agreed reports run correctly; and no Severity 1 incident occurs during a 10-day parallel run. The Customer shall sign a Go-Live Acceptance certificate within 5 business days after the tests are passed or give reasons for refusal. Use of the Service in production does not constitute acceptance.

(d) Hosting: the Service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner, Beijing Cloudfield Technology Co., Ltd., which the Customer approves by signing this Order Form.

### A6. Contacts

Provider account manager: Ms Fiona McKenzie. Customer project lead: Mr Zhao Lei, IT Department. Notices under this Order Form are given by e-mail to the addresses in the signature block and are effective on the next business day.

## Part B - General Terms

### 1. Provision of the Service

1.1 The Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with this Order Form and the documentation.

1.2 The Provider may improve and update the Service, provided that no update materially reduces its functionality, security or service levels. The Provider shall give 14 days' notice of any change to the user interface that requires training.

1.3 The Customer is responsible for the accuracy of the data it enters and for keeping its users' passwords secure.

### 2. Service Levels

2.1 The Provider shall ensure that the Service is available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 Incidents are classified and handled as follows: Severity 1 (the Service or milk recording is unavailable at any farm): response within 30 minutes, restoration within 6 hours; Severity 2 (a module is degraded): response within 2 hours, resolution within 2 business days; Severity 3 (other issues): response within 1 business day.

2.3 If monthly availability falls below the level in clause 2.1, the Customer shall receive a service credit of 5% of the monthly share of the subscription fees for each 0.1 percentage point below that level, up to 25% of that monthly share. If a Severity 1 response or restoration time is missed, the Customer shall receive a further credit of 3% of that monthly share for each incident. Credits are deducted from the next invoice.

2.4 The Provider shall send the Customer a monthly service report showing availability, incidents and credits.

### 3. Customer Data and Security

3.1 All data entered into or generated by the Service for the Customer, including herd, health, milk and feed data ("Customer Data"), belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer and for no other purpose.

3.2 The Provider shall store and process Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least 180 days and maintain a Multi-Level Protection Scheme level 3 filing for the Service.

3.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate steps to contain it and shall be responsible for the losses that the Customer suffers as a result of a breach of this clause 3.

3.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard export format and shall then delete it and confirm the deletion in writing.

### 4. Intellectual Property

4.1 The Provider owns the Service and its underlying software. The Customer receives a right to use the Service during the Subscription Term.

4.2 Report templates, data-import scripts and integrations created by the Provider specifically for the Customer belong to the Customer, and the Customer may use, modify and have them used by third parties without restriction.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information confidential, shall use it only for the purposes of this Order Form and shall not disclose it to any third party without prior written consent, except to its employees and advisers who need to know it.

5.2 The obligations in this clause continue for three years after the end of the Subscription Term.

### 6. Subcontracting

6.1 Apart from the hosting partner named in A5(d), the Provider shall not subcontract any part of the Service or engage any subprocessor of Customer Data without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

### 7. Term and Termination

7.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

7.2 The Customer's subscription is for the full Subscription Term and is non-cancellable. The Customer may not terminate this Order Form before the end of the Subscription Term for any reason. The Customer's remedies for any failure of the Service are the service credits in clause 2.3 and the Provider's obligation to correct the failure.

7.3 The Provider may suspend the Service if any undisputed invoice remains unpaid 45 days after its due date and the Provider has given the Customer 10 days' written notice.

7.4 Clauses 3.4, 5 and 9 survive the end of this Order Form.

### 8. Liability

8.1 Each party's total liability arising out of or in connection with this Order Form is limited to 200% of the Total Fees.

8.2 The limit in clause 8.1 does not apply to breach of clause 3 or clause 5, to personal injury or to wilful misconduct.

8.3 Neither party is liable for loss of profit or any indirect loss.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Neither party is liable for any delay or failure caused by events beyond its reasonable control.

10.2 This Order Form is the entire agreement between the parties about the Service. It may be amended only in writing signed by both parties.

Signed for the Provider: ____________________ (fiona.mckenzie@pasturelink.co.nz)

Signed for the Customer: ____________________ (zhaolei@beiyuandairy.cn)

Annex: List of farms and milking parlours.
"""

H888E03 = """T:Supply Contract for Grain Storage Monitoring Sensors and Software
P:Contract No. HY-CG-2027-0088
P:Buyer: Jiangsu Huaiyu Grain Reserve Co., Ltd., Huai'an, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Southern Ocean Sensing Pty Ltd, Dempster Street, Esperance WA 6450, Australia (the "Supplier").
P:The Buyer is replacing the temperature monitoring of its grain reserve depots with a digital system that measures temperature, moisture and carbon dioxide inside each storehouse. Following a competitive procurement, the Buyer has selected the Supplier. This Contract is made on the Buyer's standard terms for equipment and software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, cables, gateways, weather stations and accessories listed in clause 3.
P:1.2 "Software" means the SiloWatch monitoring software, including its server, web and mobile components and its documentation.
P:1.3 "Deliverables" means the Equipment, the Software and all designs, configurations, dashboards, interface programs and documents supplied under this Contract.
P:1.4 "Buyer Data" means all measurements, alarms, storehouse records and other data collected or generated by the Equipment and the Software.
P:1.5 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 6.
H:2. Scope
P:2.1 The Supplier shall supply, install and commission the Equipment in 36 storehouses at the Buyer's six depots, install the Software on the Buyer's servers, connect it to the Buyer's grain management platform and train the Buyer's staff.
P:2.2 The Supplier shall deliver the Equipment to the depots within 60 days after signature and complete installation and commissioning within 50 days after delivery.
P:2.3 The Supplier shall provide a detailed installation plan for each depot, agreed with the depot manager, so that installation does not interfere with grain intake or fumigation.
P:2.4 The Supplier shall deliver as-built drawings showing the position of every cable and probe, the configuration of each gateway, an operation manual in Chinese and a maintenance manual, in paper and electronic form.
H:3. Price
P:3.1 The Contract Price is CNY 1,682,000, inclusive of VAT, delivery to the depots, customs clearance, insurance, installation, commissioning and training, as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital grain temperature cables|1,260|620|781,200
TB:2|Moisture and CO2 probes|180|1,450|261,000
TB:3|Wireless gateways|36|5,800|208,800
TB:4|Depot weather stations|6|9,000|54,000
TB:5|SiloWatch monitoring software, perpetual licence|1|181,000|181,000
TB:|Subtotal, Equipment and Software|||1,486,000
TB:6|Installation and commissioning|1|172,000|172,000
TB:7|Training|1|24,000|24,000
TB:|Contract Price|||1,682,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rates, freight or any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 168,200) within 15 business days after signature, against an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 925,100) within 30 days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 588,700) within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice for the amount due.
H:5. Delivery and Installation
P:5.1 Equipment shall be new, of the models stated in the Supplier's tender, and shall be delivered with certificates of origin, calibration certificates and manuals.
P:5.2 The Supplier's installers shall follow the Buyer's safety rules for work in storehouses, including the rules on fumigation, confined spaces and work at height.
P:5.3 Risk in the Equipment passes to the Buyer on delivery to each depot; title passes on payment under clause 4.2.
P:5.4 The Supplier shall train at least 30 of the Buyer's staff, including depot keepers and IT administrators, in the use of the Software, the interpretation of alarms, routine checks of the Equipment and replacement of failed probes.
H:6. Acceptance
P:6.1 After installation, the Equipment and Software shall run for a trial period of 30 days. Final Acceptance requires that: (a) every sensor reports to the Software and each reading is within 0.5 degrees Celsius of a calibrated reference at 20 sample points per depot; (b) moisture and CO2 readings match laboratory samples within the tolerances in the technical specification; (c) alarms for temperature rise are delivered to the depot console and the mobile application within 60 seconds; (d) data is transferred correctly to the grain management platform; and (e) no Severity 1 fault occurs during the trial period.
P:6.2 The Buyer shall carry out the acceptance tests with the Supplier and shall sign the acceptance certificate within 10 days after all criteria are met. If any criterion is not met, the Supplier shall correct the defect and the relevant tests shall be repeated.
P:6.3 Use of the Equipment or the Software during the trial period does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period the Supplier shall repair or replace any defective Equipment, correct Software defects and supply all Software updates free of charge.
P:7.2 Faults shall be handled as follows: Severity 1 (monitoring unavailable for a whole depot) response within 30 minutes and engineer on site within 48 hours; Severity 2 (a storehouse or a group of sensors not reporting) response within 2 hours and repair within 5 days; Severity 3 response within 2 business days.
P:7.3 If the Supplier misses a Severity 1 or Severity 2 response or on-site time, it shall pay the Buyer CNY 1,000 for each hour of delay, which the Buyer may deduct from any payment due.
P:7.4 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace failed units within the times in clause 7.2.
P:7.5 After the warranty period the Supplier shall provide annual maintenance, if the Buyer orders it, for 9% of the Subtotal for Equipment and Software, being CNY 133,740 per year. This fee is fixed for the first two maintenance years. Maintenance is ordered for each year separately and does not renew automatically.
H:8. Intellectual Property
P:8.1 All designs, configurations, dashboards, alarm rules and interface programs prepared by the Supplier for the Buyer belong to the Buyer. The Supplier shall deliver their source files, and the Buyer may use, modify and license them freely.
P:8.2 The Software and the firmware in the Equipment remain the property of the Supplier or its licensors. The Supplier grants the Buyer a perpetual, irrevocable licence to use them for the Buyer's operations.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 Buyer Data shall be stored only on the Buyer's servers. The gateways shall communicate only with the Buyer's servers, using encrypted connections. The Supplier shall have remote access only with the Buyer's approval for each session and through the Buyer's bastion host.
P:9.3 The Supplier shall report any security incident affecting Buyer Data or the Deliverables to the Buyer within 2 hours, shall take all necessary remedial measures and shall be liable for the Buyer's losses caused by an incident for which the Supplier is responsible.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's depots, grain stocks, storage conditions and systems that it receives under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation continues for three years after the end of the warranty period.
H:11. Delay and Liability
P:11.1 If the Supplier delays delivery or completion of installation and commissioning, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for any approved subcontractor as for itself.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under clause 11.1 reach their maximum.
P:13.2 On termination under clause 13.1, the Supplier shall refund the amounts paid for undelivered or rejected Deliverables and compensate the Buyer's additional costs of completing the work.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing. The award is final.
H:15. Force Majeure
P:15.1 A party prevented from performing by an event beyond its reasonable control, such as natural disaster or epidemic, shall notify the other party promptly with evidence and is excused for the period of the event, provided it takes reasonable steps to limit its effect.
H:16. Miscellaneous
P:16.1 Notices shall be given in writing to the addresses above or by e-mail to the project contacts named in the installation plan.
P:16.2 This Contract is made in Chinese and English; both versions have equal effect. Annexes: Technical specification; Depot list; Installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H888E04 = """# Managed Meeting Room Services Agreement

**Agreement No. BAV-CQ-2027-03**

**Customer:** Chongqing Jialing Pharmaceutical Co., Ltd., Yubei District, Chongqing, People's Republic of China ("Customer").

**Supplier:** Barkly AV Services Pty Ltd, Paterson Street, Tennant Creek NT 0860, Australia, acting in China through its registered representative office in Chongqing ("Supplier").

**Background.** Customer operates 48 meeting rooms and video-conference rooms at its headquarters, research centre and two plants. Customer wishes to outsource the operation, support and upkeep of the audio-visual and video-conference equipment in these rooms to Supplier for 36 months on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Rooms" means the meeting rooms listed in Schedule 1, as changed under clause 3.3.

1.3 "Service Commencement Date" means the date on which Customer confirms in writing that the transition tests in clause 4.2 have been passed.

1.4 "Term" means the period of 36 months starting on the Service Commencement Date.

1.5 "Charges" means the charges set out in Schedule 3.

## 2. Services

2.1 Supplier shall provide the Services for all Rooms during the Term in accordance with this Agreement and with the service levels in Schedule 2.

2.2 Supplier shall keep at least two qualified technicians on site at Customer's headquarters during business hours and shall provide remote monitoring of all Rooms through its operations centre.

2.3 Supplier shall carry out preventive maintenance of every Room once per month, test all equipment before each board meeting scheduled by Customer, and keep an up-to-date register of all equipment, firmware versions and faults.

2.4 Supplier shall provide meeting support staff for up to eight major events per year, such as shareholder meetings and product launches, with at least five business days' notice from Customer.

2.5 Supplier shall operate a service desk reachable by telephone, e-mail and the booking panels in every Room, from 07:30 to 21:00 on business days and on call at other times. Every call shall receive a ticket number, and Customer shall have online access to the status of all tickets and to the monthly service report.

## 3. Equipment and Changes

3.1 The equipment in the Rooms is owned by Customer. Supplier shall repair or replace faulty parts under the manufacturers' warranties where available and otherwise from the spare parts stock described in Schedule 1.

3.2 Supplier shall recommend replacement of equipment that has reached the end of its supported life, with a quotation, at least 90 days before support ends.

3.3 Customer may add or remove Rooms on 30 days' written notice. The Monthly Service Charge shall be adjusted by the per-Room rate in Schedule 3.

## 4. Transition and Service Commencement

4.1 Supplier shall complete the transition of the Services from Customer's current provider within 45 days after signature of this Agreement. Transition includes an inspection of every Room, a baseline report on equipment condition, set-up of the remote monitoring system, and training for Customer's reception and IT staff.

4.2 The transition tests shall confirm that: every Room is recorded in the monitoring system; each Room can hold a video conference with Customer's standard platform with clear audio and video; the booking panels show correct schedules; and the service desk receives and logs test calls in Chinese and English. Customer shall confirm Service Commencement in writing within 5 business days after all tests are passed, or state which tests failed. Starting to use the Services does not constitute confirmation.

4.3 If Supplier fails to achieve Service Commencement within the period in clause 4.1 for reasons attributable to it, Supplier shall pay Customer liquidated damages of 0.1% of the Contract Value for each day of delay, up to 5% of the Contract Value.

## 5. Charges and Payment

5.1 The Contract Value is CNY 2,190,000, being the total of the Monthly Service Charges for the Term and the Transition Charge, as set out in Schedule 3. The Charges include VAT and all of Supplier's costs, including travel, tools and spare parts stock.

5.2 The Monthly Service Charge is invoiced monthly in arrears and payable within 30 days after receipt of a valid VAT invoice, less any service credits due under Schedule 2.

5.3 The Transition Charge is invoiced after the Service Commencement Date and payable within 30 days after receipt of a valid VAT invoice.

5.4 The Charges are fixed for the Term.

## 6. Customer Information

6.1 Meeting recordings, room booking records, usage reports and all other information produced through the Services belong to Customer, and Supplier shall use them only to perform the Services.

## 7. Intellectual Property

7.1 Room control programs, user interface layouts, configuration files and user guides prepared by Supplier for Customer belong to Customer, and Customer may use, modify and pass them to any future service provider.

7.2 Supplier retains ownership of its monitoring tools and methods. Supplier grants Customer a licence to use any such tool needed to operate the Rooms after the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential the information of the other party that it receives under this Agreement, including the content of any meeting that Supplier's staff attend or support, and shall not disclose it to any third party without the other party's prior written consent.

8.2 Supplier shall ensure that each of its staff working at Customer's sites signs a confidentiality undertaking in the form provided by Customer.

8.3 These obligations continue for three years after the end of this Agreement.

## 9. Liability

9.1 Supplier's total aggregate liability under or in connection with this Agreement shall not exceed the Charges paid or payable in the six months immediately preceding the event giving rise to the claim.

9.2 The limit in clause 9.1 does not apply to personal injury or death, damage to Customer's property caused by Supplier's staff, or wilful misconduct.

9.3 Neither party is liable for indirect or consequential loss.

## 10. Subcontracting

10.1 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier remains responsible for the performance of any approved subcontractor.

## 11. Term, Renewal and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not remedy it within 30 days after notice, or if Supplier misses Priority 1 service levels in three consecutive months.

11.3 On expiry or termination, Supplier shall co-operate in the transfer of the Services to Customer or a new provider for up to 60 days, and shall hand over the equipment register, configuration files and all documentation.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing. The award is final and binding.

## 13. General

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it gives prompt notice and takes reasonable steps to resume performance.

13.2 This Agreement and its Schedules are the entire agreement of the parties. Changes must be in writing and signed by both parties.

## Schedule 1 - Rooms and Scope of Services

| Site | Rooms | Room types | Scope |
|---|---|---|---|
| Headquarters, Yubei | 22 | Boardroom, executive rooms, training rooms | On-site technicians, event support, monthly maintenance |
| Research Centre, Liangjiang | 14 | Laboratory meeting rooms, video-conference rooms | Remote monitoring, on-site visits within service levels |
| Plant 1, Changshou | 7 | Production meeting rooms | Remote monitoring, monthly maintenance |
| Plant 2, Fuling | 5 | Production meeting rooms | Remote monitoring, monthly maintenance |

Spare parts stock: Supplier shall keep at the headquarters at least two spare codecs, four cameras, six microphones, four touch panels and two displays of the installed models.

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | On site | Resolution | Credit for each missed target |
|---|---|---|---|---|---|
| Priority 1 | Boardroom or any Room unusable during a scheduled meeting | 15 minutes | 1 hour (headquarters), 3 hours (other sites) | 8 hours | 2% of the Monthly Service Charge |
| Priority 2 | Room partly usable (for example, no video) | 1 hour | next business day | 2 business days | 1% of the Monthly Service Charge |
| Priority 3 | Minor fault or request | 1 business day | as agreed | 5 business days | none |

Credits in any month are limited to 20% of that month's Monthly Service Charge. Supplier shall report service levels and credits to Customer every month.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | 48 Rooms, per month | 58,500 |
| Monthly Service Charges for the Term | 36 months x 58,500 | 2,106,000 |
| Transition Charge | one-time, after Service Commencement | 84,000 |
| Contract Value | | 2,190,000 |
| Per-Room rate for added or removed Rooms | per Room per month | 1,200 |

Signed for Customer: ____________________ Signed for Supplier: ____________________
"""

H888E05 = """CROP AND WEATHER DATA SUBSCRIPTION AGREEMENT

Agreement No. OVA-XJ-2027-06

BETWEEN

Xinjiang Tianmu Seed Industry Co., Ltd., Changji, Xinjiang Uygur Autonomous Region, People's Republic of China ("Customer"); and

Ord Valley Agri-Data Pty Ltd, Konkerberry Drive, Kununurra WA 6743, Australia ("Provider").

BACKGROUND

Customer breeds and multiplies cotton, maize and wheat seed on its own farms and with contract growers in Xinjiang and Gansu. Provider operates a platform that combines satellite imagery, weather station networks and crop models to deliver field-level crop and weather data through an application programming interface (API). Customer wishes to subscribe to Provider's data for two Subscription Years and to integrate it with its breeding and field management systems.

1. DEFINITIONS

1.1 "API" means Provider's ClimaField API and the documentation published for it.

1.2 "Data Products" means the datasets delivered through the API, namely daily weather observations and forecasts, vegetation indices, evapotranspiration estimates, soil moisture estimates and crop stage and yield forecasts, for the fields registered by Customer.

1.3 "Customer Inputs" means field boundaries, planting dates, variety and trial information, irrigation records, yield measurements and any other data that Customer uploads to or sends through the API.

1.4 "Subscription Year" means each of the two consecutive periods set out in clause 2.1.

1.5 "Integration Acceptance" means Customer's written confirmation that the tests in clause 5.2 have been passed.

2. TERM

2.1 This Agreement covers two Subscription Years: the first from 1 March 2028 to 28 February 2029 and the second from 1 March 2029 to 28 February 2030.

2.2 This Agreement ends at the end of the second Subscription Year. It does not renew automatically. Any further subscription requires a new written agreement.

3. SUBSCRIPTION

3.1 Provider grants Customer a non-exclusive, non-transferable right during the Term to access the API and to use the Data Products for its internal business purposes, including its breeding programmes, seed production, and advice to its contract growers.

3.2 The subscription covers up to 9,000 registered fields and up to 1.5 million API calls per month. Customer may register new fields and remove fields at any time within this limit.

3.3 Customer may keep and continue to use Data Products received during the Term after the Term ends, but may not resell them as a data product.

3.4 Provider shall provide Customer with access to a test environment with sample data and shall publish release notes for each change to the API at least 30 days before the change takes effect.

3.5 Customer shall keep its access keys secure, shall ensure that only its employees and contract growers authorised by it use the Data Products, and shall provide field boundaries and planting information in the formats described in the API documentation. Customer is responsible for the accuracy of the Customer Inputs it provides.

4. FEES AND PAYMENT

4.1 The Subscription Fee is CNY 318,000 for each Subscription Year. The Integration Support Fee is CNY 22,000, payable once. The total fees under this Agreement are CNY 658,000, inclusive of value-added tax.

4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after Customer receives a valid VAT invoice.

4.3 The Integration Support Fee is invoiced after Integration Acceptance and is payable within 30 days after Customer receives a valid VAT invoice.

4.4 API calls above the monthly allowance are charged at CNY 60 per 10,000 calls, invoiced quarterly in arrears. Provider shall warn Customer by e-mail when 80% of the monthly allowance has been used.

4.5 The fees are fixed for the Term.

5. ACTIVATION AND INTEGRATION

5.1 Provider shall activate production API access for Customer, load the historical Data Products for the registered fields back to 2018, and provide up to 25 person-days of integration support to connect the API with Customer's breeding database and field management application, by 1 March 2028 (the "Activation Date").

5.2 Integration Acceptance tests shall confirm that: all registered fields return Data Products for every data type in clause 1.2; daily weather data for each field is available by 06:00 China Standard Time; the historical data set is complete for the agreed period; forecasts for a sample of 200 fields compared with the nearest national meteorological stations fall within the accuracy bands in the Annex; and Customer's systems import the Data Products without errors for 14 consecutive days.

5.3 Customer shall confirm Integration Acceptance in writing within 5 business days after the tests are passed or state which tests failed. Using the Data Products in Customer's operations does not constitute Integration Acceptance.

5.4 If Provider fails to achieve the Activation Date for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

6. SUPPORT AND AVAILABILITY

6.1 Provider will use commercially reasonable efforts to keep the API available at all times, except for maintenance, which Provider will try to schedule outside the period from 06:00 to 20:00 China Standard Time.

6.2 Customer may report problems with the API or the Data Products by e-mail or through Provider's support portal. Provider will use commercially reasonable efforts to respond to and resolve reported problems promptly, having regard to their effect on Customer.

6.3 Provider will notify Customer through the support portal of any known outage of the API and of its expected duration.

6.4 Provider shall name a technical account manager for Customer, who will hold a review meeting with Customer at least once in each quarter to discuss data quality, planned changes and Customer's new requirements.

7. CUSTOMER INPUTS AND DATA USE

7.1 Customer retains ownership of Customer Inputs.

7.2 Customer grants Provider a licence to use Customer Inputs to provide the API and the Data Products to Customer.

7.3 Customer also grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and de-identified form, combined with data from other sources, to calibrate and improve Provider's crop models and to develop and sell Provider's data products to other customers. This licence continues after the end of this Agreement. Provider shall not disclose Customer Inputs in a form that identifies Customer, its farms or its contract growers.

8. DATA SECURITY

8.1 Provider shall store Customer Inputs and all data relating to Customer's registered fields on servers located in mainland China, operated by a hosting provider holding a Multi-Level Protection Scheme level 3 filing.

8.2 Provider shall protect the API with individual access keys and encrypted connections, restrict access to Customer Inputs to named staff, keep access logs for at least one hundred and eighty days and test its security measures at least once in each Subscription Year.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Inputs, shall take immediate steps to contain it and shall compensate Customer for losses caused by a security incident for which Provider is responsible.

8.4 Within 30 days after the end of this Agreement, Provider shall return Customer Inputs in their original formats and delete the identifiable copies from its systems.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the API, the platform and the Data Products, subject to Customer's rights under clause 3.3.

9.2 Integration scripts, data mappings and report templates developed by Provider specifically for Customer belong to Customer, which may use, modify and license them freely.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, including Customer's variety and trial information and Provider's pricing, and shall use it only for this Agreement.

10.2 This clause continues for three years after the end of this Agreement.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 4.1.

11.2 The limit does not apply to breach of clause 8 or clause 10, to infringement of the other party's intellectual property, or to wilful misconduct.

11.3 Provider does not warrant that forecasts will be accurate for any particular field, and Customer remains responsible for its agronomic decisions.

12. SUBCONTRACTING

12.1 Provider shall not subcontract the provision of the API or the processing of Customer Inputs to any third party, other than the hosting provider identified in the Annex, without Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the part of the Subscription Fee relating to the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force.

15. GENERAL

15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including satellite outages not caused by Provider.

15.2 This Agreement may be amended only in writing signed by both parties. It is made in English and Chinese, and both texts are equally authentic.

ANNEX: Registered fields at signature; accuracy bands for forecasts; hosting provider.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

FILES = {  # key -> (file name, format, language, source)
    "h888z01": ("h888z01_tourism_bureau_pleasure_boat_supervision_platform.pdf", "pdf", "zh", H888Z01),
    "h888z02": ("h888z02_coffee_machine_plant_line_control_retrofit.docx", "docx", "zh", H888Z02),
    "h888z03": ("h888z03_unicycle_school_chain_booking_saas.txt", "txt", "zh", H888Z03),
    "h888z04": ("h888z04_market_regulator_amusement_ride_monitoring_om.txt", "txt", "zh", H888Z04),
    "h888z05": ("h888z05_porcelain_carving_studio_tracking_supplier_template.md", "md", "zh", H888Z05),
    "h888e01": ("h888e01_mine_ventilation_software_licence_nsw_vendor.pdf", "pdf", "en", H888E01),
    "h888e02": ("h888e02_dairy_herd_saas_order_form_nz_vendor.md", "md", "en", H888E02),
    "h888e03": ("h888e03_grain_depot_sensors_monitoring_licence.docx", "docx", "en", H888E03),
    "h888e04": ("h888e04_managed_meeting_room_services_36_months.md", "md", "en", H888E04),
    "h888e05": ("h888e05_crop_weather_data_api_two_subscription_years.txt", "txt", "en", H888E05),
}

T = True
F = False
N = None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: category, terms (in TERM_KEYS order), sla_clause, ld_stated, capped (goods only), deemed, contract value,
#      fee base for TCO (itemised licence / hardware subtotal; goods only), forum outside mainland, design rules
DESIGN = {
    "h888z01": ("software", [99.5, 0.5, T, "buyer", T, T, T, 0.08, N, 10, T, T, 24, 8, F, T, T, "PRC", G],
                T, T, T, F, 1946000, 1160000, F, ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h888z02": ("hardware", [N, 1, T, "buyer", T, T, F, 0.1, N, 20, T, T, 18, 28, F, T, F, "PRC", G],
                T, T, T, F, 1534000, 1320000, F,
                ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h888z03": ("cloud", [99.95, 0.5, T, "buyer", T, F, T, 0.1, 150, N, T, N, N, N, T, T, F, "PRC", S],
                T, T, N, F, 464000, N, F, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h888z04": ("services", [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S],
                T, T, N, F, 586000, N, F, []),
    "h888z05": ("software", [N, 24, F, "supplier", T, T, T, 0.02, 25, 65, F, F, 3, 22, F, T, N, N, G],
                T, T, T, T, 174000, 68000, F,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h888e01": ("software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 10, F, T, F, "New South Wales", G],
                T, T, T, F, 1844000, 1380000, T, ["CR-GOVERNING-LAW"]),
    "h888e02": ("cloud", [99.95, 0.5, T, "buyer", T, T, T, N, 200, N, T, N, N, N, F, F, F, "PRC", S],
                T, F, N, F, 606000, N, F, ["CR-LD-MISSING", "CR-TERMINATION"]),
    "h888e03": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 9, F, T, F, "PRC", G],
                T, T, T, F, 1682000, 1486000, F, []),
    "h888e04": ("services", [N, 0.25, T, "buyer", F, T, T, 0.1, 6 / 36 * 100, N, T, N, N, N, F, T, F, "PRC", S],
                T, T, N, F, 2190000, N, F, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h888e05": ("cloud", [N, N, F, "buyer", T, F, T, 500 / 658000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
                F, T, N, F, 658000, N, F, ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
DESIGN_RISK = {"h888z01": "medium", "h888z02": "high", "h888z03": "medium", "h888z04": "low", "h888z05": "high",
               "h888e01": "low", "h888e02": "high", "h888e03": "low", "h888e04": "high", "h888e05": "high"}


def label(key):
    name, fmt, lang, _ = FILES[key]
    cat, vals, sla, ld_stated, capped, deemed, value, _, _, _ = DESIGN[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(derive_rules(key, terms, extra))}


def tco(key, terms):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. Returns (tco, share %) or None when not computable / not applicable."""
    base = DESIGN[key][7]
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or terms["warranty_months"] is None:
        return None
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = terms["post_warranty_fee_pct"] / 100 * base * years
    total = DESIGN[key][6] + fees
    return total, fees / total * 100


def derive_rules(key, t, x):
    """My reading of policy §3 applied to the labels."""
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or DESIGN[key][8]:
        r.add("CR-GOVERNING-LAW")
    res = tco(key, t)
    if res and res[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return r


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan

_PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"(?i)ninety[\s-]*nine\s*point\s*nine",
    r"(?i)(?<![\d.])4\s*(?:-\s*)?(?:个?小时|hours?|hrs?\b)", r"(?<![十\d])四\s*个?\s*小时", r"(?i)(?<![a-z-])four\s*-?\s*hours?",
    r"(?<![\d.])0\.050*" + _PCT, r"万分之五", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100" + _PCT, r"百分之(?:百|一百)", r"(?i)one\s*hundred" + _PCT,
    r"(?<![\d.,])30" + _PCT, r"百分之三十(?![一二三四五六七八九])", r"(?i)(?<![a-z-])thirty" + _PCT,
    r"(?<![\d.,])15" + _PCT, r"百分之十五", r"(?i)(?<![a-z-])fifteen" + _PCT,
    r"(?<![\d.,])40" + _PCT, r"百分之四十(?![一二三四五六七八九])", r"(?i)(?<![a-z-])forty" + _PCT,
    r"(?i)(?<![\d.,])12\s*-?\s*(?:个月|months?)", r"十二个月", r"(?i)twelve\s*-?\s*months?",
    r"一年", r"(?<![\d.,])1\s*年", r"(?i)(?<![a-z])one\s*-?\s*years?", r"(?i)(?<![\d.,])1\s*-?\s*years?(?![a-z])",
    r"五年", r"(?<![\d.,])5\s*年", r"(?i)(?<![\d.,])5\s*-?\s*years?", r"(?i)(?<![a-z])five\s*-?\s*years?",
    r"(?i)(?<![\d.,])60\s*-?\s*(?:个月|months?)", r"六十个月", r"(?i)sixty\s*-?\s*months?",
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%", "0.050 %",
            "万分之五", "千分之零点五", "100%", "100 per cent", "百分之百", "one hundred per cent", "30%", "30 %",
            "百分之三十", "thirty per cent", "15%", "百分之十五", "fifteen percent", "40%", "百分之四十",
            "forty percent", "12个月", "十二个月", "12 months", "12-month", "twelve months", "一年", "one year",
            "1 year", "五年", "5 years", "five years", "60 months", "六十个月"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.08%", "0.5%", "万分之八",
             "万分之三", "150%", "115%", "35%", "130%", "第十五条", "十五日", "15 minutes", "36 months", "24 months",
             "2027年", "2025年", "第十二条", "2027-12-31", "三个月", "每年", "Subscription Year 1 (CNY)",
             "within 1 business day", "one hundred and eighty days"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in variants:
        for p in THRESHOLD_PATTERNS:
            hits += [m.group(0) for m in re.finditer(p, v)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("regex hits", s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------
# Read back

def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------------------------------------------------------

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    # price and payment sums as stated in the texts
    assert 1160000 + 642000 + 118000 + 26000 == 1946000 and 0.08 * 1160000 == 92800
    assert 468000 + 312000 + 196000 + 84000 + 260000 == 1320000 and 1320000 + 168000 + 46000 == 1534000
    assert 306800 + 843700 + 383500 == 1534000 and round(0.28 * 1320000) == 369600
    assert 30 * 6800 * 2 + 56000 == 464000 and 4 * 51000 == 30 * 6800
    assert 236000 + 248000 + 62000 + 40000 == 586000 and 4 * 146500 == 586000
    assert 68000 + 92000 + 14000 == 174000 and 113100 + 60900 == 174000 and round(0.22 * 68000) == 14960
    assert 1380000 + 426000 + 38000 == 1844000 and 368800 + 829800 + 645400 == 1844000
    assert 14 * 14000 == 196000 and 196000 + 62000 + 28000 == 286000 and 2 * 286000 + 34000 == 606000
    assert 1260 * 620 + 180 * 1450 + 36 * 5800 + 6 * 9000 + 181000 == 1486000
    assert 1486000 + 172000 + 24000 == 1682000 and 168200 + 925100 + 588700 == 1682000
    assert round(0.09 * 1486000) == 133740
    assert 36 * 58500 + 84000 == 2190000 and 2 * 318000 + 22000 == 658000
    sources, targets = {}, {}
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    problems = []
    for key, (name, fmt, lang, src) in FILES.items():
        lab = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (key, n, lo, hi))
        hits = threshold_hits(text)
        if hits:
            problems.append("%s threshold text %r" % (key, sorted(set(hits))))
        t, x = lab["expected_terms"], lab["expected_extra"]
        for k, th in THRESHOLDS.items():
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append("%s %s on threshold" % (key, k))
        res = tco(key, t)
        if res and 38 <= res[1] <= 42:
            problems.append("%s TCO share %.2f within 2 points of 40" % (key, res[1]))
        design = sorted(DESIGN[key][9])
        if lab["expected_rules"] != design:
            problems.append("%s derived %s != design %s" % (key, lab["expected_rules"], design))
        if risk(lab["expected_rules"]) != DESIGN_RISK[key]:
            problems.append("%s risk %s != design %s" % (key, risk(lab["expected_rules"]), DESIGN_RISK[key]))
        if str(x["contract_value"]) not in re.sub(r"[,\s]", "", text):
            problems.append("%s contract value not in text" % key)
        covered |= set(lab["expected_rules"])
        print("%s %-4s %5d %s %s %s" % (key, lang, n, risk(lab["expected_rules"]),
                                         "TCO %.0f share %.1f%%" % res if res else "", lab["expected_rules"]))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    compliant = [k for k in FILES if not DESIGN[k][9]]
    assert sorted(compliant) == ["h888e03", "h888z04"], compliant
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, problems
    print("all checks passed")
