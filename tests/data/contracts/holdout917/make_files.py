"""holdout917: ten blind held-out draft contracts (ordinary drafts, no tricks), written before any run.

Builds every contract file of this folder from its source below (.docx / .pdf through ../word_pdf.py, .txt / .md
written as they are), writes the .json labels, and asserts: each draft's rules as derived from its labels with my
reading of policy section 3 equal the design list; all 20 CR rules are covered; the risk levels; the text lengths as
read back from the built files; no label value on a policy threshold; no threshold figure in any text (raw,
whitespace-collapsed and whitespace-free, with a self-tested regex); TCO shares not within 2 points of the threshold.

Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r'''T:校医与学生健康管理平台采购合同
P:合同编号：JYJ-ZFCG-2027-0146
P:采购人（甲方）：某市教育局
P:供应商（乙方）：某市康学信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“校医与学生健康管理平台”软件的永久使用许可，覆盖全市中小学校医室、区县教育局和市局三级用户，不限用户数。
P:1.2 乙方根据甲方需求说明书完成定制开发，包括学生体检数据导入与对接、晨午检及传染病因病缺课上报、校医工作站、视力与近视防控档案、心理健康筛查台账和统计驾驶舱等模块。
P:1.3 乙方负责将现有各校电子健康档案迁移至新平台，并完成部署、联调、试运行及培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾捌万陆仟元整（¥1,986,000），包括：平台软件许可费¥1,160,000；定制开发费¥632,000；数据迁移费¥98,000；实施及培训费¥96,000。
P:2.2 上述价款为固定总价，已包括乙方履行本合同所需的全部费用及税费，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行预付款保函，甲方在收到保函及合法发票后十五个工作日内支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收并经甲方出具书面验收报告后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订之日起九十日内完成定制开发和部署，一百二十日内完成数据迁移并提交初步验收申请。
P:4.2 乙方应按周向甲方报告项目进度，重大风险应在发现后两个工作日内书面报告。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有同类教育信息化项目经验，未经甲方同意不得更换；甲方认为乙方人员不胜任的，有权要求更换。
P:4.4 培训：乙方应分批为市、区两级管理人员及全市校医提供操作培训，每名校医培训不少于六学时，并提供操作手册和视频教程；培训效果以甲方组织的上机考核为准。
P:4.5 甲方负责提供政务云资源、网络接入、接口协调及需求确认，并指定项目联系人；甲方未按时提供条件导致工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：需求说明书所列功能全部实现；历史健康档案迁移后经全量比对，记录数量和关键字段一致；与市学生体检系统、卫健部门传染病报告接口连续十个工作日运行无差错；并发用户三百人时页面平均响应时间不超过2秒。
P:5.2 初步验收通过后平台试运行九十日，期间未发生一级故障且二级故障均已闭环，并取得第三方机构出具的安全测评报告后，甲方组织最终验收。
P:5.3 乙方应在验收前提交系统设计说明、数据库设计、接口规范、部署手册、运维手册和测试报告，文档不全的不予组织验收。
P:5.4 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），且质保期满后三个年度内不上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知并安排在非在校时段。
P:7.2 故障分为三级：一级故障（平台整体不可用或健康数据无法上报）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个版本中解决。
P:7.3 一级故障每超过响应或恢复时限1小时，甲方扣减维护费或质保金人民币500元；月度可用率每低于承诺值0.01个百分点，扣减人民币1,000元。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、报表、文档及其源代码的知识产权归甲方所有，乙方应在最终验收时移交完整源代码和技术文档，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台内全部学生健康数据、体检数据、日志和统计结果均属于甲方，乙方仅为履行本合同处理，不得用于任何其他目的，不得向任何第三方提供。
P:9.2 平台部署于甲方指定的政务云，乙方应按网络安全等级保护第三级要求落实访问控制、加密存储、操作审计；运维须经甲方审批并通过堡垒机进行，不得将数据拷出。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、学生个人信息及未公开资料负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且逾期未整改的，甲方有权拒绝验收并要求乙方赔偿损失。
P:11.3 乙方在质保期内未按第七条履行服务义务，经甲方书面通知后五日内仍未改正的，甲方可另行委托第三方处理，所需费用由乙方承担，并可从应付款项中直接扣除。
P:11.4 甲方无正当理由逾期付款的，应按逾期金额每日万分之三向乙方支付违约金，但因财政资金拨付原因造成的除外。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 逾期违约金累计达到合同总价的10%的，甲方可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在事件发生后三日内通知对方，并在十五日内提供证明，可根据影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。
P:15.2 不可抗力持续超过六十日致使合同目的不能实现的，任何一方可书面通知解除合同，已完成部分按实际结算。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。合同附件包括：需求说明书、功能清单、分项报价表、项目实施计划及验收方案。
P:16.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
'''

Z02 = r'''T:包装生产线控制系统改造合同
P:合同编号：SD-GZ-2027-018
P:甲方（买方）：某省恒固防汛物资有限公司（沙袋厂）
P:乙方（卖方）：某市智衡自动化工程有限公司
P:甲方为提高编织袋灌装、称重、缝包生产线的自动化水平，委托乙方对厂内六条生产线的电气控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造范围
P:（一）拆除六条生产线原有继电器控制柜及老旧仪表，新装可编程控制器（PLC）控制柜、伺服称重灌装控制单元、缝包机联动控制模块和触摸屏操作终端。
P:（二）部署生产线监控软件，实现各线产量、称重偏差、设备状态、停机原因的实时采集与统计，并开发配方管理和班组计数报表功能。
P:（三）完成车间工业网络敷设、设备安装调试、旧系统拆除及操作人员培训。
P:（四）技术要求：控制系统应支持编织袋、吨袋两类产品切换，单线灌装能力不低于每小时一千二百袋；所有控制柜防护等级不低于IP54，适应车间粉尘环境；急停回路独立于PLC程序，符合机械安全相关国家标准。
P:（五）乙方应提供改造前后电气原理图、接线图、程序清单、设备说明书和备件清单各两套，并随设备提供一批随机备品备件。
H:二、合同价款
P:（一）本合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|6套|128,000|768,000
TB:2|伺服称重灌装控制单元|6套|46,000|276,000
TB:3|缝包机联动控制模块|6套|21,000|126,000
TB:4|工业触摸屏操作终端|12台|9,500|114,000
TB:5|生产线监控软件许可（永久）|1套|156,000|156,000
TB:6|工业交换机及网络材料|1批|58,000|58,000
TB:|软硬件小计|||1,498,000
TB:7|安装调试及旧系统拆除|1项|138,000|138,000
TB:8|配方管理及报表程序开发|1项|92,000|92,000
TB:9|操作及维修培训|1项|12,000|12,000
TB:|合同总价|||1,740,000
P:（二）合同总价含设备、软件、运输、保险、安装、调试、培训及税费。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的25%作为预付款。
P:（二）全部设备到货并安装调试完成后，甲方支付合同总价的50%。到货签收和安装调试记录不视为验收。
P:（三）最终验收合格后十个工作日内，甲方支付合同总价的25%。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、工期
P:（一）乙方应在合同生效后六十日内完成设备供货，改造按产线分批进行，每条线停产改造时间不超过七日，全部改造于合同生效后一百一十日内完成。
P:（二）改造时间须避开甲方汛期备货高峰，具体排产由双方书面确认。
P:（三）乙方进场施工应遵守甲方安全生产管理制度，办理动火、临时用电和高处作业审批，施工人员须持证上岗；因乙方违反安全规定造成事故的，由乙方承担全部责任。
P:（四）甲方负责提供施工用电、临时堆放场地和停产窗口，并指派现场协调人员。
H:五、验收
P:（一）每条生产线改造完成后，乙方提交调试记录，双方进行单线测试：连续运行七十二小时无故障；单袋称重偏差不超过±0.2千克；缝包联动无漏缝；监控软件采集数据与现场计数一致。
P:（二）六条线全部通过单线测试并连续稳定运行三十日后，甲方组织最终验收，签署验收证书。
P:（三）验收不合格的，乙方应在十日内整改后重新验收，费用由乙方承担。
H:六、质量保证与售后服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:（二）故障响应：整线停机的一级故障，乙方30分钟内远程响应，3小时内到达现场，8小时内恢复生产；单机故障的二级故障24小时内修复。
P:（三）乙方未按时响应或到场的，每超时1小时，甲方可从质保金或应付款中扣除人民币800元。
P:（四）质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的28%计取，即每年人民币419,440元，维保服务期内费用不予上调。维保内容包括定期巡检、备件更换、软件升级及故障维修。
P:（五）乙方应为甲方培训操作人员和电气维修人员各不少于十人，内容包括设备操作、配方切换、常见故障处理和程序备份恢复，培训结束后由甲方组织考核，考核不合格人员由乙方补训。
P:（六）乙方承诺在最终验收后八年内持续供应本项目所用控制器、伺服单元和触摸屏的备件或兼容替代品，并提前六个月书面通知停产型号。
P:（七）乙方每季度对各生产线控制系统进行一次预防性巡检，提交巡检报告，列明发现的问题、处理情况和整改建议；重大隐患应立即书面告知甲方生产部门。
H:七、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:（三）乙方提供的设备或软件不符合合同约定规格的，甲方有权要求更换，由此延误的工期按本条第（一）项计算违约金。
P:（四）因乙方原因造成甲方设备损坏或人身伤害的，乙方应赔偿实际损失。
P:（五）违约金不足以弥补甲方损失的，乙方应补足差额。
H:八、知识产权
P:（一）监控软件的著作权归原权利人，甲方取得永久使用许可。
P:（二）为本项目编写的PLC程序、触摸屏组态、配方管理及报表程序（含源程序和注释）归甲方所有，甲方可自行修改或交由他人维护。
H:九、数据安全
P:（一）生产数据、配方参数、产量记录均属甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方提供的专用通道进行并保留操作日志，不得在控制网络中接入未经批准的设备或移动存储介质。
P:（三）因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应在2小时内通知甲方并承担赔偿责任。
H:十、保密
P:乙方对甲方的工艺参数、客户信息、产能数据等商业秘密承担保密义务，期限至本合同终止后三年。乙方应要求参与本项目的人员遵守同等保密义务，人员离职或调岗不免除乙方责任。
H:十一、分包
P:电气安装中的桥架敷设工作，乙方经甲方书面同意后可以分包，乙方对分包工作向甲方负责。其他工作不得分包。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同并要求赔偿损失。
P:合同解除后，乙方应配合甲方完成已安装设备的交接和程序备份移交，甲方按已验收部分的价格结算，未验收部分乙方退还已收款项；因乙方违约解除的，乙方还应承担甲方另行委托第三方完成改造而增加的合理费用。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:十四、不可抗力
P:因不可抗力致使合同无法按期履行的，受影响方应及时通知对方并提供证明，工期相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:十五、其他
P:本合同附件包括技术规格书、设备清单、施工组织方案、验收方案和培训计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
'''

Z03 = r'''预约与会员管理SaaS服务及实施合同

合同编号：XQ-IT-2027-007
甲方：某市雪橇犬文化旅游发展有限公司（“冰原犬橇”连锁品牌）
乙方：某市云途软件科技有限公司

甲方在全国经营三十家狗拉雪橇体验门店，需要统一的在线预约、会员、储值及门店排班系统。乙方提供其“云途预约”SaaS平台服务及相应实施服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方全部三十家门店开通“云途预约”平台的预约、会员、储值卡、优惠券、犬只与雪橇场次排班、导游（驭手）排班和门店经营报表模块。
2. 平台提供微信小程序、门店收银端和总部管理后台，账号数量不限。
3. 服务期为两个服务年度：第一个服务年度自平台上线验收通过之日起算，第二个服务年度紧随其后。
（二）实施服务
1. 将甲方现有约八万名会员的资料、储值余额和积分迁移至平台；
2. 按甲方品牌规范定制小程序首页、场次选择和保险须知页面，对接甲方现有的景区票务系统和电子发票系统；
3. 为各门店店长和总部运营人员提供上线培训，并在旺季开始前提供两周驻场支持。

二、服务费用
（一）订阅费按门店计收，每家门店每个服务年度人民币7,800元，三十家门店每个服务年度合计人民币234,000元，两个服务年度共计人民币468,000元。
（二）实施费为一次性费用人民币86,000元。
（三）本合同总价为人民币554,000元。新增门店的订阅费按同一单价并按剩余服务期折算。
（四）短信、支付通道手续费由甲方按第三方实际价格另行承担，不计入合同总价。

三、付款方式
（一）实施费在上线验收通过后十五个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（三）乙方收款前应开具合法增值税发票。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、定制开发和对接，并提交上线验收申请。
（二）上线验收标准：
1. 会员资料、储值余额和积分全量比对一致，差额为零；
2. 小程序预约、支付、退改签及电子发票全流程在十家试点门店连续运行十日无一级故障；
3. 高峰期每分钟三百笔预约请求下，下单页面响应时间不超过3秒；
4. 票务系统对接数据与平台记录逐笔核对一致。
（三）验收通过后甲方签署上线验收单。试点门店试用不视为验收通过。

（四）验收未通过的，乙方应在七日内完成整改并重新申请验收；因甲方未按时提供接口文档或会员数据导致延误的，期限相应顺延。
（五）乙方应在验收前提交数据迁移报告、接口说明、门店操作手册和管理员手册，并为每家门店至少两名员工完成培训，培训记录由门店店长签字确认。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间并提前两日通知。
（二）一级故障（小程序无法预约或支付）乙方应在30分钟内响应、2小时内恢复；二级故障2小时内响应、次日内解决；三级问题五个工作日内答复。
（三）月度可用率低于承诺值的，按当月订阅费的5%向甲方提供服务抵扣；一级故障恢复每超时1小时，再抵扣人民币500元。服务抵扣在下一期订阅费中扣除，服务期结束时以现金退还。

（四）乙方提供七乘二十四小时客服热线和在线工单渠道，每月向甲方提交服务报告，列明可用率、故障清单、处理时长和抵扣金额；雪季旺季（每年十二月至次年二月）期间，乙方应安排专人值守甲方服务群。
（五）服务期内乙方对平台进行的常规版本升级不另行收费，升级不得减少甲方已使用的功能；涉及小程序界面重大变化的，应提前十日通知甲方并提供门店培训材料。

六、数据归属与使用
（一）甲方会员信息、预约记录、交易记录及门店经营数据归甲方所有。
（二）甲方同意，乙方可将前述数据去标识化、汇总后用于冰雪旅游行业分析报告、平台功能改进和向其他客户提供的行业基准比较，该使用权在合同终止后继续有效。

七、数据安全
（一）平台部署于境内云服务，已通过网络安全等级保护第二级备案。会员个人信息加密存储，后台按角色授权，所有导出操作留痕。
（二）乙方发生数据泄露、丢失或被篡改的，应在24小时内通知甲方，配合甲方履行对会员和监管部门的告知义务，并承担因此给甲方造成的损失。
（三）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除平台中的甲方数据。

八、保密
双方对在合作中获悉的对方商业秘密、价格、经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方应与参与本项目的员工签订保密承诺，不得利用甲方的门店经营信息为甲方的竞争对手提供咨询。

（四）乙方工作人员访问甲方生产数据须经甲方运营负责人批准，仅限处理故障和完成甲方委托的事项，访问记录每月随服务报告一并提交甲方。

九、知识产权
（一）云途预约平台及其通用功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、票务及发票对接程序归甲方所有，乙方应在上线验收后交付源程序，甲方可自行修改或委托他人使用。

十、违约责任
（一）乙方未按第四条第（一）项期限提交上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
（三）因乙方原因造成甲方会员储值数据错误的，乙方应负责更正并赔偿甲方实际损失。

（四）乙方按本条支付的违约金累计不超过合同总价的10%；违约金达到上限的，甲方可以解除合同。

十一、续期
本合同服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权调整订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前以邮件通知甲方。

十二、分包
乙方不得将实施服务分包给第三方，确需分包的须事先取得甲方书面同意。

十三、合同解除
任何一方严重违约，经对方书面催告后十五日内未纠正的，守约方有权解除合同。因乙方原因解除的，乙方应退还未使用服务期的订阅费，并协助甲方完成数据迁出。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十五、甲方责任
（一）甲方负责提供门店清单、会员原始数据、票务系统接口文档及品牌素材，并指定总部项目负责人；
（二）甲方应督促门店妥善保管后台账号，因甲方人员泄露账号造成的损失由甲方自行承担；
（三）甲方新增、关闭或迁移门店的，应提前十日书面通知乙方，关闭门店的剩余订阅费按比例抵扣下一期费用。

十六、不可抗力
因自然灾害、政府管制等不可抗力或基础电信网络大面积故障导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率考核；不可抗力持续超过三十日的，甲方可以解除合同，乙方退还未使用期间的订阅费。

十七、其他
本合同附件为门店清单、功能清单和实施计划。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
'''

Z04 = r'''课后服务考勤管理系统运维服务合同

项目编号：JYJ-CS-2027-021（竞争性磋商）
甲方（采购人）：某市教育局
乙方（成交供应商）：某市启明信息服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就课后服务考勤管理系统运维服务事项，经协商一致订立本合同。磋商文件、响应文件、成交通知书及服务考核办法为本合同组成部分。

第一条 服务范围
1. 运维对象为甲方建设的“课后服务考勤管理系统”，包括教师端、家长端小程序、学校管理端、区县及市局监管端，以及与学籍系统、统一身份认证平台、财政收费平台的接口，覆盖全市二百一十六所中小学。
2. 服务内容包括：系统日常监控与巡检；故障处理；数据库维护与备份；接口联调与数据核对；学期初课后服务课程、班级、教师数据的批量初始化；小版本功能优化（全年不超过二百人天）；学校及家长使用咨询；等保测评及安全检查配合。
3. 乙方应派驻两名工程师在甲方指定地点驻场，工作日八时至十八时在岗；每学期开学前后两周增派一名工程师。

4. 小版本功能优化由甲方提出需求，乙方评估工作量后报甲方确认，完成后由甲方组织测试确认上线；超出本合同约定人天的，双方另行协商。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止，不自动续期；新旧运维单位的交接期间，乙方应继续保障系统正常运行；甲方如需继续采购，依法另行组织采购程序。

第三条 合同价款与支付
1. 本合同总价为人民币叁拾陆万捌仟元整（¥368,000），为服务期内全部运维服务的固定费用，含人员、差旅、工具、税费等全部费用。
2. 服务费按季度支付。每季度结束后，甲方依据服务考核办法进行考核，考核结果确定后十五个工作日内支付该季度服务费人民币92,000元，并按第六条扣减相应款项。
3. 本合同不设预付款。乙方应在每次付款前开具合法发票。

第四条 服务交接与进场
1. 乙方应在合同签订后十日内完成与原运维单位的交接，包括系统文档、账号权限、运维记录、未结问题清单。
2. 交接完成后，乙方应提交交接报告和本期运维方案，经甲方审核确认后视为服务进场验收通过。
3. 服务进场验收标准：全部服务器、数据库和接口的监控覆盖率达到清单要求；备份任务已验证可恢复；应急预案已经甲方审定并完成一次演练；运维人员已取得甲方系统访问授权。

4. 进场验收未通过的，乙方应在五日内补正并重新提交；补正期间乙方仍应履行故障处理职责，不得以交接未完成为由拒绝服务。

第五条 服务水平
1. 系统月度可用率不低于99.95%（不含经甲方同意的计划内维护时间）。
2. 故障等级与时限：
（1）一级故障（全市或整区无法签到签退、家长无法查看考勤）：20分钟内响应，2小时内恢复；
（2）二级故障（单校或单项功能异常）：1小时内响应，8小时内解决；
（3）三级问题（咨询、优化建议）：一个工作日内答复。
3. 乙方应于每月五日前提交上月运维月报，内容包括可用率统计、故障及处理、巡检结果、数据备份情况和优化建议。

4. 重大保障：开学首周、学期末收费结算期及甲方通知的其他重要时段，乙方应制定专项保障方案，安排工程师二十四小时值守，并在每日放学高峰前完成系统健康检查。
5. 乙方每学期至少组织一次面向各校管理员的系统操作培训，培训可采用线上方式，并向甲方提交培训签到表和课件。

第六条 服务考核与扣款
1. 甲方按季度依据考核办法对乙方评分，满分一百分，八十五分以上为合格。
2. 一级故障未按时恢复的，每超时1小时扣减当季服务费人民币800元；月度可用率每低于承诺值0.01个百分点，扣减人民币600元。
3. 季度考核低于八十五分的，扣减当季服务费的5%；连续两个季度低于七十分的，甲方有权解除合同。

第七条 数据归属与数据安全
1. 系统中的学生、家长、教师信息及考勤、收费记录均属于甲方，乙方仅为履行运维职责使用，不得用于其他任何目的。
2. 乙方运维操作须通过甲方堡垒机进行，账号专人专用，禁止将数据库导出至甲方网络以外；确需导出用于排查的，须经甲方书面审批并在使用后销毁。
3. 乙方应落实等级保护第三级的安全运维要求，每季度开展一次漏洞扫描并完成整改。
4. 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，按应急预案处置；因乙方原因造成的，乙方承担全部赔偿责任和相应法律责任。

5. 乙方应每日对业务数据库进行增量备份、每周进行全量备份，备份数据存放于甲方指定的存储设备，每季度进行一次恢复演练并形成记录。

第八条 知识产权
运维期间形成的脚本、配置、优化代码、文档和报告归甲方所有，乙方应随月报一并提交。乙方不得在上述成果中设置任何限制甲方使用的技术措施。

第九条 人员管理
1. 驻场人员须具有三年以上同类系统运维经验，名单及资质证明作为本合同附件；乙方更换驻场人员应提前十日报甲方同意。
2. 乙方可将本合同项下的驻场值守及学期初数据初始化工作交由第三方服务机构承担，但应提前五个工作日书面告知甲方，并对第三方的工作质量负责。

第十条 违约责任
1. 乙方未按第四条约定期限完成交接进场的，每逾期一日，按合同总价的千分之一支付违约金。
2. 乙方驻场人员缺岗的，每人每日扣减服务费人民币400元。
3. 因乙方运维不当造成甲方系统数据损失的，乙方负责恢复并赔偿损失。

4. 乙方支付违约金或被扣减服务费，不免除其继续履行运维服务和整改的义务。

第十一条 合同解除
1. 乙方严重违约，经甲方书面通知后七日内未改正的，甲方有权解除合同，并按实际服务期结算费用。
2. 合同解除或期满时，乙方应配合甲方或新的运维单位完成交接，交接期不少于十五日，期间不另收费。乙方应移交全部运维记录、脚本、账号清单和未结问题，并在甲方确认后注销其运维账号。

第十二条 甲方责任
1. 甲方负责提供驻场办公场所、网络环境和必要的系统访问权限，协调学籍、统一身份认证和财政收费平台的管理单位配合接口维护。
2. 甲方应及时组织季度考核并书面通知考核结果；对考核结果有异议的，乙方可在五个工作日内提出复核申请。
3. 甲方按时支付服务费；因财政资金拨付流程造成的合理延迟，不视为甲方违约。

第十三条 不可抗力
因自然灾害、公共卫生事件等不可抗力导致服务中断的，受影响一方应及时通知对方，并尽力采取措施减少损失；不可抗力期间的可用率和考核指标相应调整。

第十四条 廉洁约定
乙方不得向甲方及各学校工作人员提供任何形式的礼品、礼金或其他不正当利益；违反本条的，甲方有权解除合同，并报请有关部门依法处理。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式四份，甲方三份，乙方一份，经双方签字盖章后生效。

甲方（盖章）：              乙方（盖章）：
代表：                      代表：
日期：                      日期：
'''

Z05 = r'''# 针迹工序追踪系统软件许可及定制开发合同

**线织科技标准合同文本 V3.0**

合同编号：XZ-2027-0315

甲方（客户）：某市暖针棒针编织工作室有限公司

乙方（服务商）：某市线织科技有限公司

甲方拟在其编织工作室及两处外协加工点使用乙方“针迹”工序追踪系统，对毛衣、围巾等手工棒针编织产品从领线、起针、编织、缝合、定型到质检的全过程进行记录和追踪。双方经协商，按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“针迹”工序追踪系统标准版软件的永久使用许可，许可站点数为八个，包括工作室本部六个站点及外协加工点两个站点。

1.2 乙方按双方确认的需求清单进行定制开发（需求清单以乙方需求调研后出具、甲方签字确认的版本为准），内容包括：花型图解及针数表导入、编织进度看板、按件计件工资统计、订单与线材批次关联追溯。

1.3 乙方负责系统安装部署及操作培训。

1.4 甲方增加站点的，应另行向乙方购买站点许可，单价按乙方届时报价执行。许可仅限甲方自身使用，不得转授权给外协加工点以外的任何第三方。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾贰万捌仟元整（¥328,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “针迹”工序追踪系统标准版软件许可（八站点，永久） | 186,000 |
| 2 | 定制开发（图解导入、进度看板、计件统计、批次追溯） | 124,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 328,000 |

2.2 上述价格不含甲方自行采购的扫码枪、平板电脑及标签打印机等硬件。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币213,200元。

3.2 系统上线运行后五个工作日内，无论甲方是否已开始使用，，甲方支付合同总价剩余的35%，即人民币114,800元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。甲方需要增值税专用发票的，应在付款前提供开票信息。

## 第四条 交付

4.1 乙方在收到首期款后开始开发工作，预计在九十日内完成部署上线。因需求变更、甲方配合不及时等原因，交付时间相应顺延。

4.2 乙方交付的内容为系统安装程序、账号及操作手册电子版。定制功能以可执行程序形式交付，不交付源代码。

4.3 甲方应在合同签订后十日内提供全部花型图解样本、针数表、员工名单、计件单价表及订单样例，并指定一名联系人负责需求确认。甲方提供资料不完整或不及时的，乙方有权暂停开发。

4.4 需求清单经双方签字确认后，甲方提出的新增或变更需求视为需求变更，乙方有权另行报价并调整交付时间，变更费用按每人天人民币二千八百元计算。

4.5 系统运行环境：服务器由甲方自备，操作系统、数据库及网络环境须符合乙方《部署环境要求》。因甲方环境不符合要求导致的故障，不属于乙方维护范围。

## 第五条 上线与验收

5.1 系统安装部署完成后，乙方通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后如发现问题，可以工单方式提交乙方，乙方将在后续版本中酌情处理，但不影响验收结论及付款义务。

## 第六条 免费维护及售后服务

6.1 乙方自系统上线之日起提供三个月免费维护服务，内容为远程答疑和缺陷修复。

6.2 问题分级及响应：一级问题（系统无法登录或全部站点无法扫码报工）乙方在24小时内响应；二级问题在三个工作日内响应；其他问题在后续版本中统一处理。

6.3 乙方将尽力在上述时限内响应，但对响应或修复的延迟不承担扣款、赔偿或违约金责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价目表执行。未签订维护协议的，乙方不再提供任何技术支持和升级。

6.5 乙方提供一次集中操作培训，培训时长不超过一天，地点为甲方工作室。额外培训按乙方收费标准另行计费。

6.6 乙方发布的新版本是否向甲方提供由乙方决定；甲方擅自修改系统配置、使用非授权硬件或第三方软件造成的问题，乙方不承担维护义务。

## 第七条 知识产权

7.1 “针迹”系统及乙方为本合同开发的全部定制功能、程序、数据模板、报表和相关文档的知识产权均归乙方所有。

7.2 甲方在许可站点范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或交由第三方维护。

7.3 乙方有权将本项目中开发的通用功能纳入标准产品向其他客户提供。

7.4 甲方委托其他公司对系统进行二次开发或对接的，应事先取得乙方书面许可，并按乙方要求支付接口授权费用。

## 第八条 数据

8.1 甲方在系统中录入的订单、花型、员工及计件工资等数据归甲方所有，乙方仅在提供技术支持时按甲方授权访问，不得用于其他目的。

8.2 乙方采取访问控制、传输加密、每日备份等安全措施保护甲方数据。因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后48小时内通知甲方，协助恢复并承担相应赔偿责任。

8.3 合同终止后，甲方如需导出系统中的全部数据，应提前三十日书面申请，乙方按标准格式提供一次数据导出，导出服务按乙方收费标准另行计费。

## 第九条 保密

双方对在合作过程中知悉的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露。乙方在宣传材料中列举甲方为客户的，不视为违反本条。本条在合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方因本合同承担的全部赔偿责任，无论基于违约、侵权或其他原因，累计不超过本合同总价的20%。

10.2 乙方对甲方的间接损失、利润损失、商誉损失及数据恢复费用不承担责任。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应当承担相应的违约责任。

11.2 乙方未能按第四条预计时间完成上线的，甲方可以书面催告，乙方应调配人员尽快完成，并向甲方说明延迟原因及新的上线计划。

11.3 因甲方原因导致项目暂停超过三十日的，乙方有权按已完成工作量结算，已收款项不予退还。

## 第十二条 合同解除

任何一方严重违反本合同，经对方书面通知后三十日内仍未纠正的，守约方可以书面通知解除本合同。

合同因任何原因解除的，甲方已支付的许可费用不予退还；已完成的定制开发工作量由乙方核定后结算，甲方应在十个工作日内付清。

## 第十三条 不可抗力

因不可抗力、网络运营商故障、第三方云服务中断、病毒或黑客攻击等乙方无法控制的原因，导致乙方不能履行或迟延履行本合同的，乙方不承担责任。

## 第十四条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方签字盖章后生效。本合同一式两份，双方各执一份。

15.2 本合同附件：需求清单、报价单。

甲方（盖章）：________ 乙方（盖章）：________

签订日期：________
'''

E01 = r'''T:Software Licence and Services Agreement
P:Agreement No. CL-2027-0412
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangnan Precision Moulds Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer"), and Antietam Ridge Software, Inc., a Maryland corporation with its principal place of business at 40 West Washington Street, Hagerstown, Maryland 21740, United States (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's mould design and production scheduling software, MoldTrack Enterprise, together with implementation, data migration and training services. The Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means MoldTrack Enterprise version 8, in object code, with its documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, workflow configurations, scripts and documents that the Vendor creates specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP and CAD vault.
P:1.3 "Customer Data" means all data entered into, uploaded to, generated by or stored in the Software by or for the Customer, including part drawings, tooling records, production schedules and personnel data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users and 6 production sites of the Customer and its affiliates in mainland China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery without additional fees.
P:2.3 The Software and the Vendor's pre-existing tools remain the property of the Vendor.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 2,068,000, consisting of: Licence Fee CNY 1,420,000; implementation and interface development CNY 486,000; data migration CNY 124,000; training CNY 38,000.
P:3.2 The price is fixed and includes all taxes, travel and expenses of the Vendor. Prices are stated and payable in Chinese Yuan (CNY).
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the total price after Go-Live of the Software at the first production site. Go-Live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.4 Each payment is due against a valid VAT invoice. The Vendor may appoint its Shanghai representative office to issue invoices on its behalf.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and data migration and submit the Software for acceptance testing within 150 days after signature, in accordance with the project plan in Annex 2.
P:5.2 Acceptance criteria: (a) every function in the requirements specification in Annex 1 passes the agreed test scripts; (b) migrated tooling records and schedules match the source system record by record; (c) the ERP and CAD vault interfaces run for 20 consecutive working days without a Severity 1 or Severity 2 defect; (d) scheduling runs for all 6 sites complete within 90 seconds.
P:5.3 When the criteria are met, the Customer shall issue a written Final Acceptance certificate within 10 working days. Installation, Go-Live, productive use of the Software or payment of any instalment does not constitute acceptance.
P:5.4 If the criteria are not met, the Vendor shall correct the defects within 15 days at its own cost and resubmit the Software for testing.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor provides support, defect correction and all new versions free of charge.
P:6.2 Severity 1 (the Software is down or scheduling cannot run at any site): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, correction within 3 working days. Severity 3: response within one working day.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Customer may deduct CNY 1,000 from any amount due to the Vendor.
P:6.4 After the Warranty Period the Customer may order annual support at a fee of 11% of the Licence Fee per year (CNY 156,200). This fee is fixed for the three years following the Warranty Period. Support is ordered by separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.2 The Vendor shall defend and indemnify the Customer against third-party claims that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Software is installed in the Customer's data centre in Ningbo. The Vendor's remote access requires the Customer's approval for each session, multi-factor authentication and logging. The Vendor shall not copy or transfer Customer Data outside the Customer's systems or outside mainland China.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Customer of any security incident affecting Customer Data within 12 hours of discovery, and is liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the Software for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 The Vendor's aggregate liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 7.2 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.
P:12.2 The Customer may also terminate if delay damages under Article 10.1 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered work.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Maryland, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute shall be resolved exclusively by the state or federal courts located in Washington County, Maryland, and each party submits to their jurisdiction.
H:Article 14 Project Organisation
P:14.1 Each party shall appoint a project manager within 10 days after signature. The Vendor's project manager and lead consultant named in Annex 2 shall not be replaced without the Customer's consent, which shall not be unreasonably withheld. The Vendor shall provide weekly written progress reports and attend a steering meeting every month.
P:14.2 The Customer shall provide servers, network access, test data and timely decisions as set out in Annex 2. If the Customer's delay in providing them delays the project, the dates in Article 5.1 are extended accordingly.
P:14.3 Training shall cover system administrators, planners and shop-floor supervisors at each site, in Chinese, with Chinese-language manuals supplied in electronic form.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (requirements specification), Annex 2 (project plan) and Annex 3 (test scripts), is the entire agreement between the parties.
P:16.2 Any amendment must be in writing and signed by authorised representatives of both parties. Notices shall be sent by courier or e-mail to the addresses in the signature page and take effect on receipt.
P:16.3 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that assumes all obligations under it.
P:16.4 This Agreement is signed in English in two originals, one for each party, and takes effect on the date of the later signature.
P:For the Customer: ____________________    For the Vendor: ____________________
'''

E02 = r'''# ORDER FORM — SkillHarbor Learning Cloud

**Order Form No. SH-CN-2027-0088**

This Order Form is entered into between **Chengdu Tianfu Home Retail Co., Ltd.**, a company incorporated in the People's Republic of China ("Customer"), and **SkillHarbor Learning, Inc.**, a Delaware corporation with its office at 116 Savannah Road, Lewes, Delaware 19958, United States ("SkillHarbor"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

SkillHarbor Learning Cloud, Enterprise Edition, comprising the course catalogue and authoring tools, learning paths, assessments and certificates, live-class scheduling, mobile app, manager dashboards and the standard reporting module, for up to 6,500 active learners (Customer's store, warehouse and head-office employees). The Service is hosted for Customer in a mainland China region of the hosting provider named in A5.

### A2. Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance under A4. The Subscription Term ends at the end of the second Subscription Year and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 6,500 active learners, annual | 396,000 |
| Subscription Fee, Subscription Year 2 | 6,500 active learners, annual | 396,000 |
| Onboarding (SSO integration, HR data feed, catalogue migration, admin training) | one-time | 64,000 |
| **Total Fees** | | **856,000** |

Additional learners beyond 6,500 are charged per learner at the rate in the SkillHarbor price sheet attached to this Order Form and are not included in the Total Fees. All amounts are in Chinese Yuan (CNY) and include VAT.

### A4. Invoicing, Payment and Go-Live

1. SkillHarbor invoices the Subscription Fee for each Subscription Year at the start of that Subscription Year. Customer pays each invoice within 30 days of receipt.
2. The Onboarding fee is invoiced after Go-Live Acceptance and paid within 30 days of the invoice.
3. SkillHarbor shall complete onboarding and make the Service available for Go-Live Acceptance within 60 days after the signature of this Order Form.
4. Go-Live Acceptance criteria: (a) single sign-on with Customer's identity system works for all test accounts; (b) the daily HR data feed creates, updates and deactivates learner accounts correctly for 10 consecutive days; (c) the 1,240 migrated courses open and record completions correctly on a sample of 200 courses selected by Customer; (d) the mobile app passes Customer's test script on iOS and Android. Customer shall sign a Go-Live Acceptance certificate within 5 working days after the criteria are met. Use of the Service by pilot stores before that certificate does not constitute acceptance.
5. If SkillHarbor fails to make the Service available for Go-Live Acceptance within the period in A4.3 for reasons attributable to it, SkillHarbor shall pay Customer liquidated damages of CNY 700 for each day of delay, up to CNY 42,000.

### A5. Hosting Provider and Subcontractors

Customer approves the hosting provider, Chengdu CloudStack Data Services Co., Ltd., which operates the Service infrastructure in mainland China on behalf of SkillHarbor. Any other subcontractor requires Customer's prior written consent under Part B Section 9.

### A6. Contacts

Customer: Head of Learning and Development, Chengdu head office. SkillHarbor: Customer Success Manager for Greater China. Notices under this Order Form shall be sent by e-mail and by courier to the addresses on the signature page.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including updates SkillHarbor makes generally available.
1.2 "Customer Data" means all data submitted to the Service by or for Customer, including employee records, course content uploaded by Customer, learning records and assessment results.
1.3 "Customer Materials" means courses, learning paths, assessments, certificates, templates and report designs created by or for Customer in the Service, including those created by SkillHarbor during onboarding.

### 2. Use of the Service

2.1 SkillHarbor grants Customer and its affiliates in mainland China a non-exclusive right to access and use the Service during the Subscription Term for their internal training purposes.
2.2 Customer is responsible for its users' compliance with this Order Form and shall keep its login credentials secure.
2.3 Customer shall not upload content that infringes third-party rights or violates applicable law, and shall not attempt to reverse engineer the Service or interfere with its operation.

### 3. Availability and Support

3.1 SkillHarbor will use commercially reasonable efforts to make the Service available and to schedule maintenance outside Customer's store opening hours where practicable.
3.2 SkillHarbor provides support by e-mail and through its online help centre during business hours in Beijing time, Monday to Friday. SkillHarbor will handle support requests in the order received and will use reasonable efforts to resolve them promptly.
3.3 SkillHarbor will notify Customer of planned maintenance by e-mail in advance and will publish service status on its status page.

### 4. Customer Data

4.1 Customer Data belongs to Customer. SkillHarbor processes Customer Data only to provide the Service to Customer and for no other purpose, and does not use it, in identifiable or aggregated form, for its own products or for other customers.
4.2 On expiry or termination, SkillHarbor shall make all Customer Data and Customer Materials available for export in standard formats for 60 days and shall then delete them and confirm the deletion in writing.

### 5. Data Security

5.1 SkillHarbor shall keep Customer Data in mainland China, shall protect it by encryption in transit and at rest, role-based access, multi-factor authentication for administrative access and logging of all administrative actions, and shall maintain the Service's MLPS level 2 filing.
5.2 SkillHarbor shall comply with the PRC Personal Information Protection Law and Data Security Law in processing employee personal information.
5.3 SkillHarbor shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, shall take all necessary remedial steps and shall be responsible for the losses that Customer suffers as a result of a security incident caused by SkillHarbor or its hosting provider.

### 6. Confidentiality

6.1 Each party shall keep confidential all non-public information received from the other party in connection with this Order Form, use it only to perform this Order Form and not disclose it to any third party except to its employees and advisers who need to know it and are bound by equivalent obligations. These obligations continue for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 SkillHarbor retains all rights in the Service and its software.
7.2 Customer Materials belong to Customer. Customer may use, copy, modify and let others use them freely, within or outside the Service, during and after the Subscription Term.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect, consequential or special damages, or for loss of profits.
8.2 SkillHarbor's total liability arising out of or relating to this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer under this Order Form in the six months preceding the event giving rise to the claim.
8.3 The limits in this Section do not apply to Customer's payment obligations or to either party's liability for fraud.

### 9. Subcontracting

9.1 Except for the hosting provider approved in A5, SkillHarbor shall not subcontract any part of the Service without Customer's prior written consent. SkillHarbor remains responsible for its subcontractors as for its own acts.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice of it.
10.2 If Customer terminates under 10.1, SkillHarbor shall refund the prepaid Subscription Fee for the remaining part of the Subscription Year and shall assist with the export of Customer Data under 4.2.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.
11.2 Any dispute arising from or in connection with this Order Form shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time of application. The award is final and binding on both parties.

### 12. General

12.1 This Order Form is the entire agreement between the parties on its subject and supersedes all prior proposals. Terms printed on Customer's purchase orders do not apply.
12.2 Amendments must be in writing and signed by both parties.
12.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, government action or a general failure of public telecommunications networks, provided that it gives prompt notice and uses reasonable efforts to resume performance.
12.4 Neither party may assign this Order Form without the other party's written consent, except in a merger or reorganisation of which notice is given.

Signed for **Chengdu Tianfu Home Retail Co., Ltd.**: ____________________ Date: __________

Signed for **SkillHarbor Learning, Inc.**: ____________________ Date: __________
'''

E03 = r'''T:Supply Contract for Cold-Room Monitoring Sensors and Monitoring Software
P:Contract No. BCL-IT-2027-031
P:This Contract is made between Wuhan Beichen Cold-Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered address in Dongxihu District, Wuhan, Hubei Province (the "Buyer"), and New River Sensing Technologies, LLC, a Virginia limited liability company with its principal office at 1800 Kraft Drive, Blacksburg, Virginia 24060, United States (the "Supplier").
P:The Buyer operates refrigerated and frozen warehouses in Wuhan, Xiaogan and Jingzhou and wishes to replace its manual temperature logging with a wireless monitoring system. The Buyer has issued this Contract on its standard terms for equipment and software purchases, and the Supplier has accepted them.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 3.
P:1.2 "Software" means the Supplier's ColdSentry monitoring software, with its documentation and updates.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all temperature, humidity and door-event readings, alarms, reports, user records and other data collected or generated by the System.
P:1.5 "Final Acceptance" means the Buyer's signed certificate under Clause 6.3.
H:2. Scope
P:2.1 The Supplier shall supply, deliver, install, calibrate and commission the Equipment at the Buyer's three sites, install the Software on the Buyer's servers in Wuhan, integrate the System with the Buyer's warehouse management system (WMS) and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software for all Equipment supplied under this Contract and for up to 1,500 sensors in total, without limit on the number of users.
P:2.3 Each sensor shall have a measuring range of -40 °C to +60 °C, an accuracy of ±0.3 °C, a reading interval configurable from 1 to 10 minutes and local storage of at least 30 days of readings. Each sensor shall be supplied with a calibration certificate traceable to national standards.
H:3. Price
P:3.1 The total Contract Price is CNY 1,870,000, itemised in the table below. It includes delivery to the sites, import duties, insurance, installation, calibration, integration, training and all taxes.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, cold-room grade|640|1,150|736,000
TB:2|LoRa gateway with battery backup|32|9,800|313,600
TB:3|Door-open sensor|180|620|111,600
TB:4|ColdSentry monitoring software, perpetual licence|1|420,000|420,000
TB:|Hardware and Licence Subtotal|||1,581,200
TB:5|Installation, calibration and commissioning|1 lot|168,000|168,000
TB:6|Integration with the Buyer's WMS|1 lot|96,800|96,800
TB:7|Training|1 lot|24,000|24,000
TB:|Contract Price|||1,870,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 working days after receiving the Supplier's invoice and an advance-payment guarantee of the same amount from a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price within 15 working days after the Supplier has delivered and installed all Equipment at all sites and the parties have signed an installation record. The installation record is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the sites within 60 days after signature and complete installation, calibration and integration within 100 days after signature.
P:5.2 Installation work inside cold rooms shall follow the Buyer's site safety rules, including cold-protection equipment, work permits and the presence of a Buyer supervisor. The Supplier shall not interrupt refrigeration or move stored goods without the Buyer's approval.
P:5.3 The Supplier shall train at least 40 of the Buyer's warehouse supervisors, duty officers and IT staff, in Chinese, covering daily monitoring, alarm handling, calibration checks, battery replacement and report generation, and shall hand over Chinese-language manuals.
H:6. Acceptance
P:6.1 After installation the Supplier shall notify the Buyer in writing that the System is ready for acceptance testing.
P:6.2 Acceptance criteria: (a) during a 30-day trial run, every sensor reports to the Software and no sensor misses more than 20 consecutive readings; (b) a sample of 10% of sensors, chosen by the Buyer, is within ±0.3 °C of a reference thermometer; (c) alarms reach the duty officer's phone within 60 seconds of a threshold being exceeded in a simulated test at each site; (d) readings and alarms appear correctly in the WMS for every monitored room.
P:6.3 When all criteria are met the Buyer shall sign a Final Acceptance certificate within 10 working days. If any criterion is not met, the Supplier shall correct the defect within 15 days and repeat the relevant tests. Delivery, installation, use of the System or payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During that period it shall repair or replace defective Equipment, correct Software defects and provide all Software updates free of charge, including replacement of sensor batteries that fail before their rated life. Replaced or repaired Equipment carries the remaining warranty period, and the Supplier shall keep a stock of spare sensors and gateways in Wuhan so that replacements can be made without waiting for imports.
P:7.2 Fault handling during the warranty period: Severity 1 (a site or a cold room has stopped reporting, or alarms are not delivered): remote response within 1 hour and, where a site visit is needed, arrival within 24 hours; Severity 2 (individual sensors or gateways faulty): response within one working day and repair within 3 working days.
P:7.3 For each full hour of delay beyond a Severity 1 response time, and for each full day of delay in a site visit, the Buyer may deduct CNY 600 from the amounts due to the Supplier or from the performance guarantee.
P:7.4 After the warranty period, the Supplier shall offer annual support at 8% of the Hardware and Licence Subtotal per year (CNY 126,496). This fee is fixed for the two years following the warranty period. Support is ordered by a separate purchase order for each year.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier, subject to the licence in Clause 2.2.
P:8.2 The WMS integration code, configurations, room layouts, alarm rules and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely. The Supplier shall deliver their source code at Final Acceptance.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may process it only to perform this Contract and shall not use it for any other purpose.
P:9.2 The Supplier's remote access to the System shall be approved by the Buyer for each session and made through the Buyer's VPN with individual accounts. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:9.3 The Supplier shall notify the Buyer within 12 hours of discovering any security incident affecting the System or Buyer Data, shall cooperate in remedying it and is liable for the Buyer's losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, stored goods and business that it receives under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination for five years.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation and integration within the period in Clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum.
P:13.2 On termination under Clause 13.1, the Supplier shall refund the amounts paid for work not accepted and compensate the Buyer's additional costs of completing the work.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:15. Miscellaneous
P:15.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and provides evidence. If force majeure lasts more than 60 days, either party may terminate this Contract by written notice.
P:15.2 The annexes (technical specification, site plans, acceptance test plan and training plan) form part of this Contract. Amendments must be made in writing and signed by both parties.
P:15.3 This Contract is made in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
'''

E04 = r'''# MANAGED IT SERVICES AGREEMENT

**Agreement No. BR-MSA-2027-014**

This Managed IT Services Agreement (the "Agreement") is made between:

- **Shenzhen Lianhe Circuit Technology Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Bao'an District, Shenzhen, Guangdong Province ("Customer"); and
- **Blue Ridge Managed Solutions, Inc.**, a Virginia corporation with its principal office at 310 First Street SW, Roanoke, Virginia 24011, United States, acting through its service delivery centre in Shenzhen ("Provider").

Customer wishes to outsource its end-user IT support, device management and on-site support for its head office and two manufacturing plants, and Provider has agreed to provide these services for a fixed term of 36 months on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.
1.2 "Service Levels" means the performance levels and service credits set out in Schedule 2.
1.3 "Transition" means the takeover of the services from Customer's internal team and its current contractor, as described in Schedule 3.
1.4 "Service Commencement Date" means the date on which Customer signs the Transition acceptance certificate under Section 4.3.
1.5 "Customer Data" means all data of Customer, its employees and its customers that Provider receives, accesses or handles in performing the Services, including user accounts, device inventories, tickets and files on end-user devices.
1.6 "Term" means the period of 36 months starting on the Service Commencement Date.

## 2. Services

2.1 Provider shall perform the Services from the Service Commencement Date to the end of the Term with suitably qualified staff, in accordance with the Service Levels and Customer's IT policies notified to Provider in writing.
2.2 Provider shall staff the on-site support positions listed in Schedule 1 with employees fluent in Mandarin and able to communicate in English with Customer's overseas colleagues.
2.3 Customer shall provide office space, network access, accounts and access to its systems reasonably required by Provider, and shall inform Provider in advance of planned changes that affect the Services.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 1. The total contract value is CNY 2,160,000, consisting of 36 monthly charges of CNY 58,000 and a one-time Transition charge of CNY 72,000.
3.2 The Transition charge is invoiced after the Service Commencement Date. The monthly charge is invoiced at the end of each month in arrears, after deduction of any service credits earned in that month.
3.3 Customer shall pay each correct VAT invoice within 30 days of receipt. No advance payment is due under this Agreement.
3.4 The charges are fixed for the Term. Additional devices beyond the baseline quantities in Schedule 1 are charged at the unit rates in Schedule 1 and are not part of the total contract value.

## 4. Transition and Acceptance

4.1 Provider shall carry out the Transition in accordance with Schedule 3 and shall be ready for Transition acceptance within 45 days after signature of this Agreement.
4.2 Acceptance criteria: (a) all open tickets, knowledge articles and device records have been transferred and reconciled with the outgoing contractor's records; (b) every on-site position is staffed and the staff have completed Customer's site induction; (c) the service desk has handled live calls for 10 consecutive working days in shadow mode meeting the Service Levels; (d) the operations manual has been approved by Customer's IT manager.
4.3 When the criteria are met, Customer shall sign a Transition acceptance certificate within 5 working days. Shadow-mode operation does not constitute acceptance.
4.4 If Provider is not ready for Transition acceptance by the date in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 1,800 for each day of delay, up to CNY 108,000.

## 5. Service Levels and Reporting

5.1 Provider shall meet the Service Levels in Schedule 2. If it fails to meet a Service Level in a month, the service credits in Schedule 2 shall be deducted from that month's charge.
5.2 Provider shall submit a monthly service report by the fifth working day of each month, showing performance against each Service Level, major incidents, root-cause analyses, device counts and improvement actions, and shall attend a monthly service review with Customer.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only for the purpose of performing the Services and for no other purpose, and shall not use it to develop products or services for itself or others.
6.2 At the end of the Term, Provider shall return all Customer Data in its possession to Customer in the format Customer reasonably requests.

## 7. Confidentiality

7.1 Each party shall treat as confidential all non-public information received from the other party under this Agreement, including Customer's product designs, customer lists and pricing, and shall not disclose it to any third party without the other party's prior written consent, except to employees and approved subcontractors who need to know it and are bound by equivalent obligations.
7.2 This Section survives the end of the Agreement for five years.

## 8. Intellectual Property

8.1 Provider's pre-existing tools and methods remain Provider's property.
8.2 Knowledge articles, scripts, device images, runbooks, reports and other materials created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to a successor service provider.

## 9. Personnel and Subcontracting

9.1 Provider shall not replace the service delivery manager named in Schedule 1 without Customer's consent, not to be unreasonably withheld.
9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for its subcontractors as for itself.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profits.
10.2 Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury, wilful misconduct or breach of Section 7.

## 11. Term and Termination

11.1 This Agreement begins on signature and continues until the end of the Term. It expires at the end of the Term and does not renew automatically; any extension requires a written amendment signed by both parties.
11.2 Customer may not terminate this Agreement before the end of the Term. If Provider fails to perform, Customer's remedies are the service credits under Schedule 2, the delay damages under Section 4.4 and damages under Section 10.
11.3 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 60 days after a written reminder.
11.4 On expiry or termination, Provider shall cooperate for up to 60 days in the orderly handover of the Services to Customer or its new provider at the rates in Schedule 1.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Any dispute arising out of or relating to this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
13.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to resume performance.

## Schedule 1 — Services and Charges

| Service element | Scope | Baseline quantity | Monthly charge (CNY) |
|---|---|---|---|
| Service desk | Mandarin and English, 07:00–22:00 every day, phone, portal and chat | 1,900 users | 21,500 |
| On-site support | 3 engineers at head office, 2 engineers at each plant, Monday to Saturday | 7 engineers | 24,800 |
| Device management | Patching, software distribution, imaging and asset tracking for laptops and desktops | 1,650 devices | 8,200 |
| Service management | Service delivery manager (Ms. Liu Jia), reporting, reviews | 1 | 3,500 |
| **Total monthly charge** | | | **58,000** |
| Transition (one-time) | As described in Schedule 3 | 1 | 72,000 |

Additional devices: CNY 5 per device per month. Additional on-site engineer: CNY 13,500 per engineer per month, on 30 days' written request.

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Resolution time | Service credit if missed |
|---|---|---|---|---|
| P1 | A plant production line, a whole site or a senior executive cannot work | 15 minutes | 6 hours | CNY 2,000 per incident, plus CNY 500 per further hour |
| P2 | A department or a business-critical application is impaired | 30 minutes | 8 working hours | CNY 800 per incident |
| P3 | A single user cannot work | 2 working hours | 2 working days | CNY 50 per incident above 5 misses in a month |
| Service desk | Calls answered within 60 seconds | at least 90 % of calls in the month | — | CNY 1,500 per month |

Total service credits in a month are limited to 20 % of that month's charge.

## Schedule 3 — Transition Plan

| Phase | Activities | Target (days after signature) |
|---|---|---|
| Knowledge transfer | Workshops with Customer's IT team and outgoing contractor; review of open tickets and documentation | 1–20 |
| Set-up | Tool configuration, accounts, telephony, on-site staffing and induction | 10–30 |
| Shadow mode | Provider handles live calls under supervision; Service Level measurement | 30–44 |
| Transition acceptance | Check of the criteria in Section 4.2; acceptance certificate | 45 |
'''

E05 = r'''DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CWA-CN-2027-006

This Data and API Subscription Agreement (the "Agreement") is made between Heilongjiang Beidahuang Golden Seed Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin, Heilongjiang Province ("Customer"), and Catoctin Weather Analytics, LLC, a Maryland limited liability company with its principal office at 5 East Patrick Street, Frederick, Maryland 21701, United States ("Provider").

Customer plans its seed production, field trials and grower advisory services using weather and soil information. Provider operates a weather and agronomic data platform with historical observations, high-resolution forecasts and soil-moisture estimates delivered through application programming interfaces. The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the weather observations, forecasts, soil-moisture estimates, growing-degree-day indices and other datasets made available by Provider through the API.
1.2 "API" means Provider's AgriWeather application programming interfaces, their documentation and the API keys issued to Customer.
1.3 "Customer Data" means field boundaries, coordinates, crop and variety information, trial results, grower lists and all other data that Customer submits to the API or that Provider receives from Customer, together with the query logs associated with Customer's API keys.
1.4 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first beginning on the date of Integration Acceptance.
1.5 "Custom Deliverables" means the integration adapters, data transformation scripts, field-level report templates and documentation that Provider prepares for Customer under Section 3.

2. SUBSCRIPTION

2.1 Provider grants Customer and its affiliates in mainland China a non-exclusive, non-transferable right during the Subscription Term to access the API and to use Provider Data for their internal business, including advice to the growers with whom Customer contracts.
2.2 The subscription covers up to 3,000,000 API calls per Subscription Year, daily forecasts for up to 18,000 fields and 20 years of historical observations for the provinces of Heilongjiang, Jilin, Liaoning and Inner Mongolia.
2.3 Customer may keep and continue to use reports and derived results it created with Provider Data during the Subscription Term after the Subscription Term ends, but may not resell Provider Data as a dataset.
2.4 The Subscription Term consists of two Subscription Years and ends automatically at the end of the second Subscription Year. Any renewal requires a new written agreement.

3. INTEGRATION SERVICES

3.1 Provider shall develop adapters connecting the API to Customer's field management system and data warehouse, map Customer's field and variety codes, configure alerts for frost, drought stress and heavy rain, and train Customer's agronomists and IT staff.
3.2 Provider shall make production API access and the Custom Deliverables available for Integration Acceptance within 50 days after signature of this Agreement (the "Target Date").
3.3 Integration Acceptance criteria: (a) forecasts and observations for all 18,000 fields load into Customer's data warehouse every day for 14 consecutive days without a failed run; (b) a comparison of 300 sampled historical values with the records of the provincial meteorological service shows no unexplained difference; (c) frost and heavy-rain alerts reach the responsible agronomists in a simulated test; (d) Customer's IT staff confirm that the adapter documentation allows them to operate and modify the adapters.
3.4 Customer shall issue an Integration Acceptance certificate within 5 working days after the criteria are met. Test use of the API before that certificate does not constitute acceptance.

4. FEES AND PAYMENT

4.1 The fees under this Agreement are:
    Subscription Fee, Subscription Year 1 .......... CNY 486,000
    Subscription Fee, Subscription Year 2 .......... CNY 486,000
    Integration Services (one-time) ................ CNY 58,000
    Total Fees ..................................... CNY 1,030,000
4.2 API calls above the annual allowance in Section 2.2 are charged at CNY 0.02 per call and are not included in the Total Fees.
4.3 Provider shall invoice the Subscription Fee for each Subscription Year at the beginning of that Subscription Year and the Integration Services fee after Integration Acceptance. Customer shall pay each correct invoice within 30 days of receipt. All fees include VAT and are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 3 days in advance and carried out between 01:00 and 05:00 Beijing time.
5.2 Incident priorities: Priority 1 (the API is unavailable, or daily forecasts have not been delivered by 06:00 Beijing time): response within 30 minutes and restoration within 3 hours; Priority 2 (degraded performance or missing data for some fields): response within 2 hours and correction within one working day; Priority 3: response within 2 working days.
5.3 If monthly availability falls below the level in Section 5.1, Customer receives a service credit of 5% of one twelfth of the current Subscription Fee for each 0.1 percentage point or part of it below that level, up to 50% of that monthly amount. If a Priority 1 response or restoration time is missed, Customer receives an additional credit of CNY 1,000 per incident. Credits are deducted from the next invoice or paid at the end of the Subscription Term.
5.4 Provider shall send Customer a monthly service report showing availability, incidents, data delivery times and credits.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and services under this Agreement and shall not use it for any other purpose, including for building or improving datasets or products for others, whether in identifiable or aggregated form.
6.2 Provider shall host Customer Data and serve Customer's API calls from a data centre in mainland China, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, log all access and keep logs for at least 180 days.
6.3 Provider shall comply with the PRC Data Security Law and Personal Information Protection Law and shall not transfer Customer Data outside mainland China.
6.4 Provider shall notify Customer within 24 hours of discovering any security incident affecting Customer Data, shall take immediate remedial measures and shall compensate Customer for losses caused by an incident attributable to Provider or its subcontractors.
6.5 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data to Customer and then delete it from its systems, and shall confirm the deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business, technical and pricing information received under this Agreement, including Customer's variety codes and trial results, and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for five years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Provider Data, the API and Provider's platform remain the property of Provider and its licensors.
8.2 The Custom Deliverables belong to Customer from their creation. Provider shall deliver their source code at Integration Acceptance, and Customer may use, modify and license them freely, including after the end of the Subscription Term.

9. SUBCONTRACTORS

9.1 Provider may engage subcontractors, including its data centre operator in mainland China, regional data suppliers and integration consultants, to perform any part of this Agreement. Provider shall inform Customer in writing of each new subcontractor at least 10 days before it starts work.
9.2 Provider remains responsible for the performance of its subcontractors and for their compliance with Sections 6 and 7.

10. DELAY AND LIABILITY

10.1 If Provider fails to make production API access and the Custom Deliverables available for Integration Acceptance by the Target Date for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.
10.2 Neither party is liable for indirect or consequential loss or loss of profits, except for breach of Sections 6 and 7.
10.3 Provider's total liability under this Agreement is limited to 200% of the Total Fees, except for personal injury, wilful misconduct and breach of Sections 6 and 7, which are not limited.

11. TERM AND TERMINATION

11.1 This Agreement begins on signature and ends at the end of the Subscription Term.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.
11.3 If Customer terminates under Section 11.2, Provider shall refund the unused part of the Subscription Fee paid for the current Subscription Year and shall return Customer Data under Section 6.5.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The arbitral award is final and binding on both parties.

13. GENERAL

13.1 Neither party is liable for a delay or failure caused by force majeure, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.
13.2 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.
13.3 This Agreement is made in English in two originals, one for each party.

For Customer: ____________________          For Provider: ____________________
Name and title: __________________          Name and title: __________________
Date: ____________________________          Date: ____________________________
'''

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
TARGETS = {
    "z01": ("h917z01_education_bureau_school_health_platform.pdf", "pdf"),
    "z02": ("h917z02_sandbag_plant_line_control_retrofit.docx", "docx"),
    "z03": ("h917z03_sled_dog_chain_booking_saas.txt", "txt"),
    "z04": ("h917z04_education_bureau_afterschool_attendance_om.txt", "txt"),
    "z05": ("h917z05_knitting_studio_process_tracking_supplier_template.md", "md"),
    "e01": ("h917e01_mould_software_perpetual_licence_maryland_vendor.pdf", "pdf"),
    "e02": ("h917e02_learning_platform_saas_order_form_delaware_vendor.md", "md"),
    "e03": ("h917e03_cold_room_sensors_monitoring_licence_virginia_vendor.docx", "docx"),
    "e04": ("h917e04_managed_end_user_it_services_36_months.md", "md"),
    "e05": ("h917e05_agri_weather_data_api_subscription.txt", "txt"),
}

# ---------------------------------------------------------------- labels (buyer's view, written before any run)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, lang, category, terms in KEYS order, extras, design rules, tco params or None)
# extras: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
LABELS = {
    "z01": ("h917z01_education_bureau_school_health_platform.pdf", "zh", "software",
            [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                 acceptance_deemed_on_delivery=False, contract_value=1986000),
            [], dict(base=1160000)),
    "z02": ("h917z02_sandbag_plant_line_control_retrofit.docx", "zh", "hardware",
            [None, 0.5, True, "buyer", True, True, True, 0.02, None, 25, True, True, 18, 28, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                 acceptance_deemed_on_delivery=False, contract_value=1740000),
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], dict(base=1498000)),
    "z03": ("h917z03_sled_dog_chain_booking_saas.txt", "zh", "cloud",
            [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=554000),
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None),
    "z04": ("h917z04_education_bureau_afterschool_attendance_om.txt", "zh", "services",
            [99.95, 20 / 60, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True,
             True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=368000),
            ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], None),
    "z05": ("h917z05_knitting_studio_process_tracking_supplier_template.md", "zh", "software",
            [None, 24, False, "supplier", True, True, True, None, 20, 65, False, False, 3, None, False, True, None,
             None, G],
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False,
                 acceptance_deemed_on_delivery=True, contract_value=328000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], dict(base=186000)),
    "e01": ("h917e01_mould_software_perpetual_licence_maryland_vendor.pdf", "en", "software",
            [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
             "Maryland", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                 acceptance_deemed_on_delivery=False, contract_value=2068000),
            ["CR-GOVERNING-LAW"], dict(base=1420000)),
    "e02": ("h917e02_learning_platform_saas_order_form_delaware_vendor.md", "en", "cloud",
            [None, None, False, "buyer", True, True, True, 700 / 856000 * 100, 6 / 24 * 100, None, True, None, None,
             None, False, True, False, "PRC", S],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=856000),
            ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None),
    "e03": ("h917e03_cold_room_sensors_monitoring_licence_virginia_vendor.docx", "en", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                 acceptance_deemed_on_delivery=False, contract_value=1870000),
            [], dict(base=1581200)),
    "e04": ("h917e04_managed_end_user_it_services_36_months.md", "en", "services",
            [None, 0.25, True, "buyer", False, True, True, 1800 / 2160000 * 100, 150, None, True, None, None, None,
             False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2160000),
            ["CR-DATA-SECURITY", "CR-TERMINATION"], None),
    "e05": ("h917e05_agri_weather_data_api_subscription.txt", "en", "cloud",
            [99.95, 0.5, True, "buyer", True, True, True, 300 / 1030000 * 100, 200, None, True, None, None, None,
             False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1030000),
            ["CR-LD-LOW", "CR-SUBCONTRACT"], None),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Washington County, Maryland courts
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
               "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}

# policy thresholds (defaults of the shipped pack, policy.md section 3)
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x, tco):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base =
    itemised licence / hardware subtotal. None when the fee is not a stated figure."""
    if tco is None or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * tco["base"] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x, tco):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, tco)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold-figure scan
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b|个百分点)"
ZH_NUM = "零一二三四五六七八九十百千两点"
PATTERNS = [
    r"(?<![\d.,])99\.90*(?!\d)",                                   # availability 99.9
    r"(?<![\d.,])0?\.050*(?!\d)",                                  # LD 0.05 %/day
    r"万分之五(?![十百零一二三四五六七八九点])", r"千分之零?点五", r"百分之零点零五",
    r"(?<![\d.,])(?:100|30|40|15)(?:\.0+)?(?![\d.,]\d)" + PCT,  # cap, prepayment, TCO share, post-warranty fee
    r"百分之(?:一百|百|三十|四十|十五)(?![" + ZH_NUM + "])", r"百分百", r"[三四]成",
    r"\b(?:one\s*hundred|hundred|thirty|forty|fifteen)[\s-]*(?:percent|per\s*cent)",
    r"(?<![\d.,])4\s*-?\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)",     # P1 response 4 hours
    r"(?<![" + ZH_NUM + r"\d])四个?小时", r"\bfour[\s-]*hours?\b",
    r"(?<![\d.,])12\s*-?\s*(?:months?\b|个月)", r"(?<![" + ZH_NUM + r"\d])十二个月",  # warranty 12 months
    r"\btwelve[\s-]*months?\b", r"(?<![" + ZH_NUM + r"\d第每同])一年", r"\b(?:one|1)[\s-]*years?\b",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30.0%", "百分之三十", "4小时", "四小时", "4 hours", "4-hour", "12个月", "十二个月",
            "12 months", "twelve months", "99.9%", "99.90%", "0.05%", "万分之五", "100%", "100 percent", "15%",
            "40%", "forty per cent", "一年", "one year", "four hours", "百分之十五", "40％", "three 15 % fee"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "130%", "99.95%", "0.055%", "万分之五十", "2027年12月31日", "115%",
             "1,500", "30日", "40 of the", "14 hours", "百分之三十五", "十四小时", "2.30%", "5%", "150%",
             "0.08%", "万分之八", "每年十二月", "20 years", "99.5%", "30 days", "十五日", "140%", "1,400%"]
for s in MUST_HIT:
    assert SCAN.search(s), ("must hit", s)
for s in MUST_MISS:
    assert not SCAN.search(s), ("must miss", s, SCAN.search(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    from word_pdf import write
    docs = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, docs, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered, report = set(), []
    for key, (fname, lang, cat, vals, extras, design, tco) in LABELS.items():
        assert fname == TARGETS[key][0], key
        t = dict(zip(KEYS, vals))
        x = dict(extras)
        assert len(vals) == len(KEYS)
        goods = t["contract_kind"] == G
        assert ("post_warranty_fee_capped" in x) == goods, key
        if not goods:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        rules = derive(key, t, x, tco)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == DESIGN_RISK[key], (key, risk)
        # no label value on a threshold
        for k2, th in [("availability_pct", "availability"), ("p1_response_hours", "p1"),
                       ("ld_rate_per_day_pct", "ld"), ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"),
                       ("warranty_months", "warranty"), ("post_warranty_fee_pct", "pwf")]:
            v = t[k2]
            assert v is None or abs(v - TH[th]) > 1e-9, (key, k2, v)
        share = tco_share(t, x, tco) if goods else None
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (key, share)
        # lengths as read back
        text = read_back(OUT / fname)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        # threshold figures anywhere in the text: raw, whitespace-collapsed, whitespace-free
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = SCAN.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(fname).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                         encoding="utf-8")
        report.append((fname, n, risk, rules, None if share is None else round(share, 2)))
    missing = set(SEVERITY) - covered
    assert not missing, missing
    langs = [LABELS[k][1] for k in LABELS]
    assert [k for k in LABELS if not LABELS[k][5]] == ["z01", "e03"]
    assert LABELS["e01"][5] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(LABELS["z05"][5]) <= 10
    assert all(2 <= len(LABELS[k][5]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert langs.count("zh") == 5 and langs.count("en") == 5
    for r in report:
        print("%-66s %5d %-6s tco=%s %s" % (r[0], r[1], r[2], r[4], ", ".join(x[3:] for x in r[3]) or "(none)"))
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    main()
