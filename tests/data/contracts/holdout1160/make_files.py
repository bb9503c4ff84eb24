"""holdout1160: builds the ten held-out drafts from the sources below, writes their .json labels and checks them
(rules derived from the labels by policy §3, coverage, lengths as read back, no threshold value or figure).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市会展服务平台建设项目合同
P:合同编号：LJHZ-ZFCG-2027-018
P:采购人（甲方）：临江市会展业发展服务办公室
P:供应商（乙方）：杭州展链信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临江市会展服务平台建设项目（项目编号LJCG2027-0412）公开招标文件、乙方投标文件和中标通知书，双方按照甲方提供的合同文本，经协商一致订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供会展服务平台软件许可（含展会报名、展位预订、观众预约、电子票证、现场核验、数据统计六个子系统，不限用户数的永久使用许可），并完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：与市政务服务网统一身份认证对接、与公安人证核验接口对接、会展场馆智能闸机对接、展会数据监测驾驶舱及二十张统计报表，详见附件一《需求规格说明书》。
P:1.3 平台部署于甲方指定的市政务云，乙方负责安装、配置、数据初始化及历史展会数据迁移。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾伍万陆仟元整（¥1,356,000.00），其中：平台软件许可费734,000元；定制开发费512,000元；部署实施费86,000元；培训费24,000元。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额预付款保函后十五个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的50%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的25%。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。资金支付按照财政国库集中支付的规定办理。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成全部定制开发和部署，并申请初步验收。
P:4.2 乙方应组建不少于八人的项目实施团队，项目经理须具有五年以上同类项目经验，未经甲方同意不得更换。
P:4.3 乙方应为甲方管理人员、场馆工作人员及参展服务人员分三批组织培训，培训合计不少于六十人次，并提供培训教材和操作视频。
P:4.4 乙方应提交项目实施方案、进度计划、测试报告、用户手册、运维手册及源代码等交付文档。
H:第五条 验收
P:5.1 初步验收：平台完成部署后，甲方组织对照附件一逐项测试，各子系统功能全部实现，对接接口连续十日运行无差错，并发用户800人时页面响应时间不超过2秒，视为通过初步验收。
P:5.2 最终验收：初步验收后平台试运行六十日，期间未发生一级故障，且通过第三方机构的网络安全等级保护测评及代码安全检测，甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在非展会期间。
P:6.2 一级故障（平台整体不可用或票证核验中断）乙方应在30分钟内响应、2小时内到场、6小时内恢复；二级故障2小时内响应、24小时内解决；其他问题3个工作日内解决。
P:6.3 响应或恢复超时的，每超时一小时乙方支付违约金1,000元；月可用率每低于承诺值0.01个百分点，乙方支付违约金2,000元，可从应付款项中扣除。
P:6.4 大型展会举办期间，乙方应安排不少于两名工程师驻场保障，驻场费用已包含在合同总价中。乙方每月向甲方提交运行报告，载明可用率、故障处理及安全事件情况。
H:第七条 质保及质保期后服务
P:7.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供软件修正、升级、远程及现场技术支持。
P:7.2 质保期满后，甲方可委托乙方提供运维服务，年度服务费不超过平台软件许可费的9%（即每年不超过66,060元），该价格三年内不上调。运维服务合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方应保证平台所含第三方组件均已取得合法授权，并在交付文档中列明组件名称、版本及授权方式。
P:8.2 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.3 本项目定制开发的程序、接口、报表、数据库脚本、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.4 乙方应在最终验收前向甲方移交定制部分的完整源代码、编译环境说明及部署脚本，并保证移交的源代码能够编译生成与运行版本一致的程序。
P:8.5 乙方保证其交付成果不侵犯第三方权利，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的参展商、观众、票证及交易数据均属于甲方，乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，采取加密存储、访问控制、操作审计等措施，远程维护须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 双方对履约中知悉的对方商业秘密、工作秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。
P:10.2 保密义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定且整改后仍不合格的，甲方有权拒收并要求乙方返还已付款项及赔偿损失。
P:11.3 乙方违反第九条、第十条约定的，应赔偿甲方因此遭受的全部损失，包括甲方因此承担的行政处罚及对第三方的赔偿。
P:11.4 甲方无正当理由逾期付款的，按国家有关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 乙方逾期超过四十五日的，甲方有权解除合同。
H:第十四条 适用法律及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 合同履行期间，甲方联系人为会展办信息科负责人，乙方联系人为项目经理。任何一方变更联系人的，应提前五个工作日书面通知对方。
P:15.2 因展会活动安排需要调整实施计划的，双方可书面协商调整，但不影响本合同其他条款的效力。
P:15.3 招标文件、投标文件、中标通知书及附件均为本合同的组成部分。
P:15.4 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件一：需求规格说明书；附件二：分项报价表；附件三：验收方案。
P:甲方（盖章）：____________　乙方（盖章）：____________
"""

Z02 = """T:弯管生产线控制系统改造合同
P:合同编号：JYWG-2027-CG-036
P:甲方：江阴市宏锐电动弯管机制造有限公司
P:乙方：常州智衡工业自动化有限公司
P:甲方为提升数控电动弯管机装配及测试产线的自动化水平，委托乙方对二号厂房两条产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，供应并安装新的折弯控制柜、人机界面终端、工艺数据采集网关、线控服务器及产线控制软件，实现六个工位的设备联动、工艺配方下发、质量数据采集和追溯。
P:1.2 乙方负责开发产线控制系统与甲方现有MES系统、仓储系统的数据接口，并完成安装调试、试生产保障和操作培训。
P:1.3 乙方须对改造后产线的控制逻辑、安全联锁及电气安全负责，改造方案须符合GB 5226.1等相关标准。
P:1.4 改造须在甲方安排的两个停产窗口内完成，每个窗口不超过十日，乙方应确保不影响另一条产线的正常生产。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾万元整（¥1,500,000.00），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|折弯控制柜（含PLC、伺服驱动器）|6套|118,000|708,000
TB:2|人机界面终端|6台|14,500|87,000
TB:3|工艺数据采集网关|8台|9,750|78,000
TB:4|线控服务器及存储|1套|175,000|175,000
TB:5|产线控制软件许可（含工艺配方管理、设备联动模块）|1套|320,000|320,000
TB:|设备及软件小计|||1,368,000
TB:6|拆除及安装调试|1项|88,000|88,000
TB:7|接口定制开发|1项|32,000|32,000
TB:8|操作及维护培训|1项|12,000|12,000
TB:|合计|||1,500,000
P:2.2 上述价格含税、运输、保险、安装辅材及质保期内的全部服务费用。设备均为全新原厂产品，品牌、型号以技术协议为准，乙方不得以其他型号替代。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成、甲方签署到货安装确认单后，甲方支付合同总价的55%。到货安装确认单仅证明设备已到场安装，不视为验收。
P:3.3 系统通过终验后二十个工作日内，甲方支付合同总价的25%。
P:3.4 乙方应在每笔付款前开具合规的增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后六十日内完成设备供货，并在甲方书面通知的停产窗口内完成安装调试。
P:4.2 乙方应在进场前五个工作日提交施工组织方案、停产窗口工作计划及应急回退方案，经甲方生产部和设备部会签后实施。回退方案应保证在改造失败时二十四小时内恢复原控制系统运行。
P:4.3 乙方进场人员应遵守甲方厂区管理制度，电工、焊工等特种作业人员须持证上岗，动火、登高作业须办理审批手续。
P:4.4 乙方应提交电气原理图、接线图、PLC程序及注释、接口说明、操作手册和维护手册。
H:第五条 验收
P:5.1 初验：安装调试完成后，甲方按技术协议逐项测试，包括六个工位联动动作、急停及安全联锁、配方下发准确性、数据采集完整性以及与MES系统的接口数据一致性。
P:5.2 终验：初验合格后两条产线连续试生产三十日，期间产线控制系统原因造成的停线累计不超过三小时，弯管角度合格率不低于改造前水平，质量追溯记录完整，甲方出具终验报告。
P:5.3 终验不合格的，乙方应在十日内完成整改并重新组织终验；两次终验仍不合格的，甲方有权按第十二条处理。
P:5.4 设备到货、安装完成或甲方在试生产中使用系统，均不视为终验合格。
H:第六条 质保与维保
P:6.1 质保期为终验合格之日起十八个月。质保期内设备及软件出现质量问题的，乙方免费维修、更换或升级。
P:6.2 质保期内，一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场；二级故障（单工位停机）2小时内响应，次日内到场处理。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付违约金800元，甲方可从应付款中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，维保年费按设备及软件小计的26%计取，即每年人民币355,680元，在终验后五年内固定不变。维保服务内容包括定期巡检、故障维修、备件更换和软件升级，响应时限同6.2。
P:6.5 乙方应在甲方厂区存放一套关键备件（伺服驱动器、PLC模块、通信模块各一件），质保期内备件消耗由乙方免费补足。
P:6.6 维保服务期间，乙方每季度提交巡检报告，列明设备运行状态、隐患及整改建议；维保年费在每个维保年度结束后凭巡检报告和甲方确认单支付。
H:第七条 知识产权
P:7.1 产线控制软件的标准产品著作权归乙方，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、接口程序及其源代码、工艺配方模板归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 产线运行中产生的工艺参数、质量数据和生产记录均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方提供的专用通道进行并留存日志；乙方不得复制、带离甲方数据。
P:8.3 因乙方原因造成数据泄露、丢失或被篡改的，乙方应在2小时内报告并承担赔偿责任。
H:第九条 保密
P:9.1 乙方对在履约中获知的甲方产品图纸、工艺参数、客户信息等商业秘密负有保密义务，保密期限至该信息公开时止。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。项目结束后，乙方应删除或交还其保存的甲方图纸和资料。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 因乙方原因导致甲方停产时间超出约定窗口的，乙方还应赔偿甲方的直接损失。
P:10.3 乙方提供的设备存在质量缺陷造成甲方设备损坏或人员伤害的，乙方承担全部赔偿责任。
P:10.4 甲方逾期付款的，按未付金额每日万分之三支付违约金。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本合同项下的工作分包给第三方。经同意分包的，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方交付的设备或软件经两次整改仍不能通过终验，或乙方逾期超过三十日仍未交货，或乙方有其他根本违约行为的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 合同解除后，乙方应在甲方指定期限内拆除其设备并恢复原控制系统，费用由乙方承担；已安装且甲方愿意保留的设备，按双方确认的价格结算。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明。双方可根据不可抗力的影响协商延期履行或解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交无锡仲裁委员会仲裁。
H:第十五条 其他
P:15.1 技术协议和附件为本合同不可分割的部分。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
"""

Z03 = """门店预约及会员管理SaaS服务合同

合同编号：SQDC-IT-2027-009
甲方：苏州速骑电动车服务连锁有限公司
乙方：南京约修云科技有限公司

甲方在苏州、无锡两地经营32家电动车维修门店，拟统一使用线上预约、工单和会员管理系统。乙方是“约修云”门店管理SaaS平台的运营方。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方32家门店及总部开通“约修云”平台的以下功能：
1. 线上预约：微信小程序预约、到店排队叫号、技师排班；
2. 维修工单：接车检测、报价确认、配件领用、完工交车、电子质保单；
3. 会员管理：会员注册、储值卡、积分、优惠券、会员等级和短信提醒；
4. 总部管理模块：门店经营报表、配件库存汇总、技师绩效统计。
（二）实施服务：乙方负责平台配置、甲方现有会员及储值余额数据迁移、收银设备对接、与甲方配件进销存系统的接口开发，以及门店店长和技师的培训。
（三）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，至次年对应日的前一日止；第二服务年度紧接其后。
（四）培训服务：乙方应在上线前为每家门店的店长、前台和技师提供不少于两次现场或远程培训，并提供操作手册、短视频教程和常见问题解答；上线后首月，乙方安排专人每日在线答疑。
（五）客户成功服务：服务期内乙方指定一名客户成功经理，每季度与甲方召开一次运营复盘会，提交平台使用情况分析和优化建议。

二、费用及支付
（一）合同总价为人民币陆拾壹万柒仟贰佰元整（¥617,200），其中：
1. 门店订阅费：32家门店，每家每服务年度6,800元，两个服务年度合计435,200元；
2. 总部管理模块订阅费：每服务年度48,000元，两个服务年度合计96,000元；
3. 一次性实施费：86,000元。
（二）实施费在上线验收合格后十五个工作日内支付。
（三）订阅费按季度结算，每季度结束后十个工作日内，乙方提交当季服务报告和发票，甲方核对后支付当季订阅费66,400元。
（四）服务期内新增门店的，按每家每服务年度6,800元按月折算，随当季订阅费结算。

三、实施与验收
（一）乙方应在合同签订后四十五日内完成全部实施工作，并书面申请上线验收。
（二）上线验收标准：
1. 附件一所列功能全部可用，32家门店均已开通账号并完成试营业；
2. 会员及储值余额数据迁移后与原系统逐条核对一致，余额差异为零；
3. 收银设备及进销存接口连续七日运行无差错；
4. 门店高峰时段小程序预约页面响应时间不超过2秒。
（三）甲方在收到申请后十个工作日内组织验收，合格的签署上线验收单；不合格的，乙方整改后重新申请。
（四）上线验收前，门店使用平台进行试营业或甲方支付任何款项，均不视为验收合格。
（五）服务期内乙方发布的新版本不得减少附件一所列功能；涉及门店操作流程的重大变更，乙方应提前十五日通知甲方并提供培训。

四、服务水平
（一）平台月可用率不低于99.5%，因计划内维护造成的中断不计入不可用时间，计划内维护应安排在每日零时至六时，并提前三日通知。
（二）故障分级及响应：
1. 一级故障（平台无法登录、无法开单或收银中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能不可用）：2小时内响应，当日解决；
3. 三级问题（咨询、优化需求）：1个工作日内答复。
（三）月可用率每低于承诺值0.1个百分点，乙方按当季订阅费的2%向甲方提供服务抵扣；一级故障恢复超时的，每超时一小时抵扣500元。抵扣金额从下一季度订阅费中扣除。

五、数据
（一）甲方会员信息、储值记录、维修工单及门店经营数据属于甲方。
（二）乙方可对上述数据进行去标识化和汇总处理，用于平台产品优化、电动车维修行业分析，并可向配件厂商等合作方提供汇总后的行业分析报告，该等使用不视为违反本合同。
（三）数据安全：乙方应按照网络安全等级保护第三级要求运行平台，数据存储于境内数据中心，采用加密存储和传输，实行最小权限访问和操作日志审计，每日备份并保留三十日。发生数据泄露或安全事件的，乙方应在2小时内通知甲方，采取补救措施并承担因此给甲方造成的损失，包括甲方对会员的赔偿。
（四）乙方人员仅可在处理甲方提出的服务请求时访问甲方数据，每次访问均应留存记录，甲方有权每半年查阅一次访问记录或委托第三方进行安全审计。
（五）合同终止后三十日内，乙方应将甲方全部数据以通用格式交还甲方，并在甲方确认后删除。

六、知识产权
（一）“约修云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的进销存接口程序、会员等级规则配置和专用报表，知识产权归甲方所有，乙方应交付源代码及说明文档，甲方可自行或委托他人使用、修改。

七、保密
双方对在合作中知悉的对方经营信息、价格信息、技术资料等负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。乙方应要求其参与本项目的员工签署保密承诺，员工违反保密义务的，由乙方向甲方承担责任。依法律规定或监管部门要求披露的，披露方应事先通知对方并仅在必要范围内披露。

八、续期
服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期期间的订阅费按乙方届时公布的标准价格执行，乙方有权根据市场情况调整续期价格，并于续期前通知甲方。

九、违约责任
（一）乙方未按第三条约定期限完成实施并申请上线验收的，每逾期一日向甲方支付违约金600元。
（二）乙方违反第五条数据安全约定的，应赔偿甲方的全部损失。
（三）因乙方原因导致甲方会员储值余额错误的，乙方应在三个工作日内核实更正，并赔偿甲方因此向会员支付的补偿。
（四）甲方逾期支付订阅费超过三十日的，乙方可在书面催告后暂停服务，但不得删除甲方数据。

十、分包
乙方不得将实施服务分包；确需将收银设备上门安装交由第三方完成的，应事先取得甲方书面同意，并对第三方的工作承担责任。

十一、合同解除
（一）乙方严重违约，或平台连续两个月可用率低于承诺值的，甲方有权书面通知解除合同，乙方应退还已收取但未提供服务期间的费用。
（二）合同解除或终止后，乙方应按第五条第（五）项交还数据，并提供不少于三十日的迁移协助。

十二、不可抗力
因地震、洪水、大范围网络中断等不可抗力导致平台无法提供服务的，乙方应及时通知甲方并尽力恢复，受影响期间的订阅费按实际可用天数结算。不可抗力持续超过三十日的，任何一方可书面通知解除合同。

十三、通知
双方往来通知以书面形式送达合同首页所列地址或指定电子邮箱。甲方指定信息部负责人为联系人，乙方指定客户成功经理为联系人，联系人变更应提前五个工作日通知对方。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

十五、其他
本合同附件包括：附件一功能清单，附件二门店清单，附件三实施计划。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """青州市市场监督管理局
农贸市场智慧监管系统运维服务合同

项目编号：QZSJ-CS-2027-003（竞争性磋商）
采购人（甲方）：青州市市场监督管理局
供应商（乙方）：潍坊数安信息工程有限公司

根据《中华人民共和国政府采购法》及其实施条例、《政府采购竞争性磋商采购方式管理暂行办法》，甲方以竞争性磋商方式采购农贸市场智慧监管系统运维服务，经磋商小组评审确定乙方为成交供应商。双方根据磋商文件、乙方响应文件和成交通知书，订立本合同。

第一条 服务范围
（一）运维对象为甲方农贸市场智慧监管系统，包括：全市46个农贸市场的食用农产品快检数据上报子系统、摊位及经营户电子档案子系统、进货查验与溯源子系统、市场视频接入子系统、移动执法终端应用，以及部署于市电子政务云的应用服务器、数据库和中间件。
（二）运维内容包括：日常监控与巡检、故障处理、数据维护与备份、系统安全加固、版本升级与小规模功能调整（每季度不超过二十个工作日的开发量）、快检设备数据接入调试、用户培训与咨询。
（三）服务期自2027年1月1日起至2027年12月31日止。
（四）乙方应在服务期开始后二十日内完成与原运维单位的交接，提交系统现状评估报告和运维服务方案，方案经甲方审定后执行。运维服务方案应明确巡检周期、备份策略、升级计划和应急预案。

第二条 服务费用
（一）运维服务费总额为人民币肆拾陆万捌仟元整（¥468,000），为固定总价，包含人员、差旅、工具、备品及税费。
（二）服务费按季度支付，每季度117,000元。每季度结束后，甲方组织季度考核，考核合格后十五个工作日内支付当季服务费；考核扣减的金额从当季服务费中扣除。
（三）本合同不设预付款。

第三条 服务团队
（一）乙方应派驻不少于三名运维工程师在甲方指定场所驻场服务，其中项目负责人须具有信息系统运维相关认证及三年以上政务系统运维经验。
（二）驻场时间为工作日8:30至17:30；节假日及夜间安排专人电话值守，重大活动期间按甲方要求加强保障。
（三）乙方驻场人员应遵守甲方的考勤、保密和办公管理制度，甲方认为驻场人员不能胜任的，有权要求乙方在五个工作日内更换。
（四）乙方更换驻场人员应提前十日书面报甲方同意，并做好交接。

第四条 服务水平
（一）系统月可用率不低于99.95%，计划内维护须提前两个工作日报甲方批准。
（二）一级故障（系统整体不可用、快检数据无法上报或数据库异常）：接报后30分钟内响应，1小时内到场，3小时内恢复；二级故障（单个子系统或部分市场不可用）：1小时内响应，8小时内恢复；三级问题：2个工作日内处理完毕。
（三）乙方每月5日前提交上月运维月报，载明可用率、故障处理、巡检及安全情况。
（四）应急保障：乙方应每半年组织一次数据备份恢复演练和一次安全应急演练，演练方案和结果报甲方备案。遇食品安全专项检查、节假日市场保供等重点时段，乙方应提前制定保障方案并增派人员。
（五）考核扣减：月可用率每低于承诺值0.01个百分点扣减服务费1,000元；一级故障响应或恢复每超时一小时扣减800元；二级故障每超时一小时扣减300元；月报迟交每日扣减200元。

第五条 考核与验收
（一）季度考核：甲方依据附件一《运维服务考核细则》，从可用率、故障处理时效、巡检完成率、安全事件、用户满意度五个方面进行评分，得分不低于85分为合格。考核由甲方信息化科牵头，业务科室和市场管理方代表参加，考核结果书面通知乙方。
（二）年度验收：验收标准为全年季度考核均合格、未发生因乙方原因造成的重大数据安全事件、运维文档齐全准确。服务期满前十五日，乙方提交年度运维总结、系统运行报告、配置变更记录、备份恢复演练记录及全部运维文档，甲方组织验收，验收通过后出具验收意见。
（三）季度考核不合格的，乙方应在十日内提出整改措施并落实；连续两个季度不合格的，甲方可扣减当季服务费的10%。

第六条 违约责任
（一）乙方未按运维服务方案约定的期限完成系统巡检、版本升级或甲方下达的整改任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）因乙方过错造成系统数据丢失或损坏的，乙方应负责恢复，并赔偿甲方由此遭受的损失。
（三）甲方无正当理由逾期支付服务费的，按逾期金额每日万分之二支付违约金。

第七条 数据安全
（一）系统中的全部业务数据、经营户信息、快检结果和视频资料均属于甲方，乙方仅为履行运维职责接触上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
（二）乙方应执行网络安全等级保护第三级的运维要求，运维操作须通过甲方堡垒机进行，高危操作实行双人复核，数据库每日增量备份、每周全量备份。
（三）发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任，包括甲方因此受到的处罚和对第三方的赔偿。

第八条 保密
乙方及其驻场人员对在服务中知悉的执法信息、经营户信息、工作秘密负有保密义务，服务期满后仍须遵守。乙方应与驻场人员签订保密协议并报甲方备案。

第九条 知识产权
乙方在服务期内对系统所作的功能调整须经甲方书面确认需求，完成后提交测试报告并经甲方确认上线。乙方在服务期内编写的运维脚本、配置文件、功能调整程序及其源代码、运维文档，知识产权归甲方所有。乙方使用的第三方工具应具有合法授权，因侵权引起的纠纷由乙方负责。

第十条 分包
乙方不得将本合同项下的服务转包或分包。

第十一条 合同的变更与解除
（一）合同履行期间，任何一方不得擅自变更或者解除合同；确需变更或解除的，应由双方协商一致并签订书面协议。
（二）因不可抗力致使合同目的不能实现的，双方可协商解除合同，已提供的服务按实际服务期结算。

第十二条 服务期满交接
服务期满或合同终止时，乙方应在十五日内向甲方或甲方指定的新运维单位完整移交系统账号、密码、配置、文档、备份介质和未完成事项清单，并提供不少于十个工作日的交接协助，交接费用已包含在合同价款中。交接完成后，乙方应删除其持有的甲方数据副本，并出具书面删除确认。甲方对移交内容核验确认后，双方签署交接确认书。

第十三条 廉洁与安全
乙方不得向甲方工作人员提供任何形式的礼品、礼金或其他不正当利益；乙方人员在甲方场所工作期间应遵守安全管理规定，因乙方人员过错造成的人身或财产损害由乙方承担。

第十四条 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

第十五条 其他
（一）磋商文件、响应文件、成交通知书及附件为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效，并按规定报财政部门备案。

附件一：运维服务考核细则；附件二：系统资产清单；附件三：驻场人员名单。

甲方（盖章）：                乙方（盖章）：
法定代表人或授权代表：        法定代表人或授权代表：
日期：2026年12月  日          日期：2026年12月  日
"""

Z05 = """# 匠迹工序追踪系统软件许可及定制开发合同

（匠迹标准合同文本 V3.0）

合同编号：JJ-XS-2027-0117

**甲方（用户）**：苏州云刻木版画工坊有限公司

**乙方（供应方）**：苏州匠迹软件科技有限公司

甲方拟采购乙方“匠迹工序追踪系统”用于木版画的画稿、刻版、印制、装裱及成品入库全过程管理。双方经协商，依据《中华人民共和国民法典》签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工序追踪系统标准版软件许可一套，许可范围为甲方本部工坊及苏州工艺品展销门店，同时在线用户不超过四十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：雕版、水印套色印刷、装裱三类工序的专用工序模块，版片档案（版片编号、材质、刻工、使用次数）管理，订单系统与库存系统对接，以及工序二维码标签打印。

1.3 乙方负责系统安装部署、基础数据初始化及甲方人员的操作培训。

1.4 系统运行环境要求（服务器配置、操作系统、数据库版本、网络带宽）以乙方出具的《运行环境说明》为准，甲方应在实施开始前按要求准备完毕。

## 第二条 合同金额

2.1 本合同总金额为人民币肆拾肆万元整（¥440,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工序追踪系统标准版软件许可 | 1套 | 168,000 |
| 2 | 定制开发（工序模块、版片档案、订单及库存对接、标签打印） | 1项 | 236,000 |
| 3 | 实施部署及培训 | 1项 | 36,000 |
| | 合计 | | 440,000 |

2.2 上述金额含增值税。甲方需要的服务器、扫码枪、标签打印机等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即人民币286,000元。

3.2 系统上线运行后五个工作日内，甲方向乙方支付合同总金额的35%，即人民币154,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停后续工作直至甲方付清款项，工期相应顺延。

## 第四条 实施周期

4.1 乙方在收到甲方首笔款项后开始实施，计划实施周期为七十五个工作日。

4.2 甲方应按乙方要求及时提供需求资料、工序样本、版片清单及历史订单数据，并指定专人配合。因甲方原因造成的延误，实施周期相应顺延。

4.3 乙方交付物包括：系统安装程序、用户操作手册、管理员手册及培训课件。定制开发部分以可执行程序形式交付，源代码不属于交付范围。

4.4 甲方应为乙方实施人员提供必要的办公场所、网络环境及服务器访问权限，并保证所提供资料的真实性和完整性。

4.5 实施周期为乙方的计划安排，因需求变更、第三方系统配合等原因导致的延期，乙方不承担责任。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在系统上线后七日内未以书面形式提出异议的，亦视为验收通过。甲方提出的问题属于需求变更的，按第八条另行计费。

## 第六条 知识产权

6.1 匠迹工序追踪系统及其全部组成部分的著作权、专利权等知识产权归乙方所有。

6.2 乙方为甲方定制开发的工序模块、版片档案模块、接口程序、标签模板及相关源代码、文档，其知识产权同样归乙方所有。乙方授予甲方在本合同约定范围内非独占、不可转让的使用权，甲方不得对其进行修改、反向工程，不得提供给任何第三方使用。

6.3 乙方有权将本项目中形成的通用功能纳入其标准产品向其他客户提供。

## 第七条 售后服务

7.1 系统上线之日起六个月为免费维护期，免费维护期内乙方提供远程技术支持和程序缺陷修复。

7.2 维护期内的故障分为两级：一级故障（系统无法登录或工序数据无法录入），乙方在接到甲方通知后8小时内响应；二级故障，乙方在2个工作日内响应。乙方以远程方式处理为主，确需现场服务的，由双方另行约定时间。

7.3 免费维护期满后，甲方如需乙方继续提供维护服务，双方另行签订维护协议，维护费用按乙方届时公布的服务价格标准收取。

7.4 下列情况不属于免费维护范围：甲方擅自修改系统或数据库、甲方硬件及网络故障、甲方操作不当造成的问题、新增功能需求。

7.5 免费维护期内乙方为甲方新入职人员提供远程培训，每季度不超过一次；超出部分及现场培训按每人日1,800元收费。

## 第八条 需求变更

8.1 合同签订后甲方提出的新增或变更需求，经乙方评估后按每人日1,800元另行收费，实施周期相应顺延。

8.2 需求变更应以书面形式提出，经双方签字确认后生效。未经书面确认的口头需求，乙方有权不予实施。变更费用在变更内容上线后一次性支付。

## 第九条 数据

9.1 甲方在系统中录入和产生的订单、工序、版片及客户数据归甲方所有，乙方仅为提供实施和维护服务使用，不用于其他目的。

9.2 乙方承诺采取必要的技术和管理措施保障甲方数据安全，远程维护时使用甲方提供的账号并遵守甲方的安全要求。因乙方过错造成甲方数据泄露或丢失的，乙方应及时通知甲方并采取补救措施，依法承担相应责任。

9.3 甲方应自行做好数据备份，乙方建议甲方每日备份数据库。因甲方未备份造成的数据损失，乙方不承担责任。

9.4 合同终止后，甲方可在三十日内自行导出其数据，期满后乙方不再保留远程维护账号。

## 第十条 保密

10.1 双方对在合作过程中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面许可不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部责任（无论基于违约、侵权或其他原因）累计不超过本合同总金额的20%。

11.2 因第三方软件、操作系统或数据库产品缺陷造成的问题，乙方协助甲方联系相关厂商处理，但不承担责任。

11.3 乙方不对甲方的间接损失、利润损失、商誉损失、数据恢复费用承担责任。

11.4 乙方不保证系统完全无缺陷或不间断运行，但将尽力修复发现的缺陷。

## 第十二条 合同解除

12.1 一方严重违反本合同且在收到对方书面通知后三十日内未予纠正的，守约方有权书面通知解除本合同。

12.2 合同解除后，甲方已支付的款项，乙方可扣除已完成工作的费用后退还余额；已交付的软件许可不予退款。

12.3 甲方逾期付款超过三十日的，乙方有权解除合同并收回软件许可。

## 第十三条 不可抗力

13.1 因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方并在合理期限内提供证明。

## 第十四条 法律适用及争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，双方可另行签订补充协议。本合同文本为乙方标准文本，双方签字盖章即视为已充分理解并同意全部条款。

甲方（盖章）：　　　　　　　　乙方（盖章）：

代表签字：　　　　　　　　　　代表签字：

日期：　　年　　月　　日　　　日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NSL-CN-2027-014
P:This Agreement is made between Zhejiang Hengfeng Paper Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Chenghe Road, Jiaxing, Zhejiang Province (the "Buyer"), and Nidderdale Systems Limited, a company registered in England and Wales with its registered office at 14 Market Place, Knaresborough, North Yorkshire HG5 8AL, United Kingdom (the "Vendor").
P:Background: the Buyer wishes to replace its spreadsheet-based maintenance records with the Vendor's TrackWell computerised maintenance management system. The Vendor has agreed to license TrackWell to the Buyer and to configure, implement and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the TrackWell Enterprise edition, version 9, in object code, including the mobile work-order application and the condition-monitoring connector, together with updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, data-migration scripts, templates and documentation created by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Go-Live" means the first day on which the Buyer uses the Software in production at all sites. "Final Acceptance" has the meaning given in Article 5.
P:1.4 "Contract Price" means the total price set out in Article 4.1.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users and 40 concurrent mobile users at the Buyer's sites in Jiaxing and any future site of the Buyer or its affiliates in mainland China.
P:2.2 The Software shall be installed on servers owned by the Buyer in its own data centre. The Vendor shall not host any part of the system.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services in accordance with the Implementation Plan in Schedule 1: (a) installation and configuration of the Software; (b) configuration of asset hierarchies for approximately 9,600 assets, maintenance plans and spare-parts catalogues; (c) development of interfaces with the Buyer's ERP system (purchasing and stores) and with its distributed control system historian; (d) migration of five years of work-order history and spare-parts master data; (e) training of administrators, planners and technicians.
P:3.2 The Vendor shall complete the services so that the system is ready for Final Acceptance within 150 days after the date of this Agreement.
P:3.3 The Vendor shall appoint a project manager fluent in English and Mandarin and shall provide a Mandarin-speaking consultant on site in Jiaxing during configuration, testing and Go-Live.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,750,000, inclusive of all applicable taxes, made up of: licence fees CNY 1,184,000; implementation services CNY 436,000; data migration CNY 92,000; training CNY 38,000. The Contract Price is fixed and includes travel and living expenses.
P:4.2 The Buyer shall pay the Contract Price as follows: (a) 20% within 30 days after signature of this Agreement against the Vendor's invoice; (b) 45% within 30 days after Go-Live, which payment does not signify acceptance; (c) 35% within 30 days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 After Go-Live the Buyer shall carry out acceptance tests in accordance with the Acceptance Test Plan in Schedule 2. The acceptance criteria are: (a) all functions listed in the functional specification operate as described; (b) migrated work-order and spare-parts records reconcile with the source data with no unexplained differences; (c) the ERP and historian interfaces run for 20 consecutive working days without a failed transaction; (d) the mobile application completes a work order within 3 seconds per screen on the Buyer's wireless network; (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 When all criteria are met, the Buyer shall issue a Final Acceptance Certificate within ten working days. If any criterion is not met, the Vendor shall correct the defects and the tests shall be repeated.
P:5.3 Go-Live, productive use of the Software or any payment shall not by itself constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the functional specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 The Vendor shall provide a support desk staffed in Mandarin and English. The Vendor shall respond to a Severity 1 incident (the system is unavailable or work orders cannot be created at any site) within 1 hour of notification at any time, and provide a workaround or fix within 8 hours; Severity 2 incidents shall receive a response within 2 hours during business hours and a fix within 3 business days.
P:6.3 If the Vendor fails to meet a response or fix time in Article 6.2, it shall pay the Buyer service credits of CNY 1,000 for each full hour of delay for Severity 1 and CNY 300 for each full hour of delay for Severity 2, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support on the same service levels. The annual support fee is 11% of the licence fees, namely CNY 130,240 per year, and shall not increase during the first five years after Final Acceptance. Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver the source code of the interfaces and scripts with their documentation, and the Buyer may use, modify and license them to third parties freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data and Security
P:8.1 All data entered into or generated by the system, including asset records, maintenance history and personal data of the Buyer's employees ("Buyer Data"), belongs to the Buyer. The Vendor may process Buyer Data only as necessary to perform this Agreement and shall not use it for any other purpose, nor retain it after completing the work.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access gateway provided by the Buyer, with multi-factor authentication and a session approved by the Buyer each time. Buyer Data shall not be transferred outside mainland China. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours of becoming aware of it, shall cooperate in remedying it, and shall be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement and shall use it only for this Agreement. This obligation continues for five years after termination.
H:Article 10 Delay Damages
P:10.1 If the system is not ready for Final Acceptance by the date set in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Payment of delay damages does not release the Vendor from its obligation to complete the work.
H:Article 11 Limitation of Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement of intellectual property rights, or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the acts of any subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:13.2 The Buyer may also terminate by written notice if delay damages reach their maximum under Article 10.1.
P:13.3 On termination before Final Acceptance due to the Vendor's breach, the Vendor shall refund all amounts paid for work not accepted.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate by written notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement shall be governed by and construed in accordance with the laws of England and Wales.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Article 16 General
P:16.1 This Agreement, with Schedule 1 (Implementation Plan), Schedule 2 (Acceptance Test Plan) and Schedule 3 (Functional Specification), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — Quality Hub Subscription

Order Form No. TCW-OF-2027-0231

## Part A — Order Form

### A1. Parties

**Provider:** Teesdale Cloud Works Limited, a company registered in England and Wales (company no. 09874412), registered office 27 Galgate, Barnard Castle, County Durham DL12 8BG, United Kingdom.

**Customer:** Foshan Lianyi Home Appliances Co., Ltd., a company incorporated in the People's Republic of China, registered office No. 6 Gongye Avenue, Shunde District, Foshan, Guangdong Province.

This Order Form (Part A) and the General Terms (Part B) together form the Agreement. If they conflict, Part A prevails.

### A2. Subscribed Service

Quality Hub, the Provider's cloud service for supplier quality management, covering incoming-inspection records, non-conformance and 8D reports, supplier audits and scorecards, corrective-action tracking and the Supplier Portal through which the Customer's suppliers upload certificates and respond to corrective-action requests. The Service is hosted for the Customer in a mainland China region of Alibaba Cloud operated under the Provider's local hosting agreement.

Scope: 120 named Customer users; up to 400 supplier accounts in the Supplier Portal; storage up to 2 TB.

### A3. Subscription Term

The Subscription Term is two Subscription Years starting on the Service Start Date, which is the date of Onboarding Acceptance under A5. The first Subscription Year runs from the Service Start Date to the day before its first anniversary, and the second Subscription Year immediately follows. The Agreement expires at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Fee per Subscription Year (CNY) | Total for Subscription Term (CNY) |
|---|---|---|---|---|
| Quality Hub subscription, named users | 120 | 1,450 per user per Subscription Year | 174,000 | 348,000 |
| Supplier Portal module | 1 | 36,000 per Subscription Year | 36,000 | 72,000 |
| Onboarding services (one-time) | 1 | 58,000 | — | 58,000 |
| **Total Contract Value** | | | | **478,000** |

All fees are in CNY and include VAT. Subscription fees are fixed for the Subscription Term.

### A5. Onboarding and Payment

Onboarding covers tenant set-up, configuration of the Customer's inspection plans, defect codes and approval workflows, import of 1,150 active supplier records and open non-conformance reports, single sign-on with the Customer's identity system, an interface to the Customer's ERP for goods-receipt data, and train-the-trainer sessions for 16 key users.

The Provider shall complete onboarding and request Onboarding Acceptance within 60 days after signature. Onboarding Acceptance is given in writing by the Customer when: (a) the configured workflows pass the test scripts agreed in the onboarding plan; (b) imported supplier records reconcile with the Customer's export with no missing records; (c) single sign-on and the ERP interface run for ten working days without errors; and (d) training is completed.

The onboarding fee is payable within 30 days after Onboarding Acceptance. Subscription fees are invoiced quarterly in arrears, CNY 52,500 per quarter, and are payable within 30 days after receipt of a valid VAT invoice.

### A6. Contacts and Signature

Provider contact: Customer Success Lead, Asia. Customer contact: Head of Supplier Quality. Both parties confirm that they have read Part B.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and records uploaded to or generated in the Service by or for the Customer, its users and its suppliers.

1.2 "Service Levels" means the commitments in Section 4.

1.3 "Documentation" means the Provider's user guides and administrator guides for the Service, as updated from time to time.

### 2. Access and Use

2.1 The Provider grants the Customer and its users a non-exclusive, non-transferable right to use the Service during the Subscription Term in accordance with the Documentation.

2.2 The Customer shall keep passwords secure and is responsible for the activities of its users. The Customer shall not resell the Service or use it to build a competing product.

2.3 The Provider may update the Service from time to time provided that no update materially reduces the functions described in A2.

2.4 The Provider may suspend a user account only where that account poses an immediate security threat to the Service, and shall then notify the Customer without delay, explain the reason and restore the account as soon as the threat is removed. Suspension of the whole Service requires thirty days' written notice of an unpaid undisputed invoice.

### 3. Onboarding Delay

3.1 If the Provider fails to request Onboarding Acceptance within the period stated in A5 for reasons attributable to it, the Provider shall pay the Customer liquidated damages of CNY 400 for each day of delay, up to a maximum of CNY 24,000. The Customer may deduct such damages from the onboarding fee.

### 4. Service Levels

4.1 Availability. The Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least 72 hours in advance and carried out between 22:00 and 06:00 Beijing time.

4.2 Support. The Provider's support desk operates in Mandarin and English. The Provider shall respond to Priority 1 incidents (the Service is unavailable or no user can record an inspection) within 1 hour, 24 hours a day, and shall work continuously until the Service is restored. Priority 2 incidents shall receive a response within 3 business hours and Priority 3 requests within two business days.

4.3 Reporting. The Provider shall publish monthly availability figures in the administration console.

4.4 Exclusive remedy. If the Provider fails to meet a Service Level, its sole obligation is to use diligent efforts to restore the Service and to provide a root-cause report on request. No service credits, fee reductions or other compensation are payable for failure to meet a Service Level.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, aggregate or analyse it for its own benefit.

5.2 The Provider shall store Customer Data only in mainland China and shall protect it by encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging of all administrative actions and daily backups kept for 30 days. The hosting environment holds an MLPS level 3 record, and the Provider maintains ISO 27001 certification.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take all necessary remedial steps, and bear the costs and losses resulting from an incident caused by its breach of this Section 5.

5.4 Within 30 days after expiry or termination, the Provider shall make Customer Data available for export in standard formats and shall then delete it and confirm deletion in writing.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service and the Documentation.

6.2 Workflows, inspection templates, report layouts and interface mappings configured specifically for the Customer during onboarding or the Subscription Term belong to the Customer, which may export, use, modify and license them freely.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and commercial information, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives for three years after the Agreement ends.

### 8. Fees and Taxes

8.1 The Provider shall invoice in CNY through its authorised reseller in Guangzhou, which issues PRC VAT invoices. Undisputed amounts not paid when due bear interest at 0.02% per day.

### 9. Liability

9.1 Each party's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by the Customer in the six months immediately preceding the event giving rise to the claim.

9.2 Section 9.1 does not limit liability for death or personal injury, fraud, or a party's wilful misconduct. Neither party is liable for indirect or consequential loss.

### 10. Subcontracting

10.1 The Provider may not subcontract the performance of the Service or onboarding, other than to its hosting provider named in A2, without the Customer's prior written consent. The Provider remains responsible for all subcontractors.

### 11. Term and Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

11.2 On termination by the Customer under Section 11.1, the Provider shall refund any fees already paid for the period after termination and provide the export under Section 5.4.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules in force at the time of application. The award is final and binding on both parties.

### 13. General

13.1 Neither party may assign the Agreement without the other's written consent. Notices shall be given in writing to the contacts in A6. The Agreement is executed in English and Chinese, both versions having equal effect.
"""

E03 = """T:Supply Contract for Wireless Condition-Monitoring Sensors and Monitoring Software
P:Contract No. WJC-EQ-2027-052
P:Buyer: Wuhu Jiangwan Cement Co., Ltd., No. 18 Binjiang Road, Fanchang District, Wuhu, Anhui Province, People's Republic of China.
P:Supplier: Ecclesbourne Sensing Limited, a company registered in England and Wales, registered office The Old Tannery, Coldwell Street, Wirksworth, Derbyshire DE4 4FB, United Kingdom.
P:This Contract is made on the Buyer's standard form for equipment purchases. The Buyer wishes to monitor the vibration and temperature of the main drives, fans, mills and kiln drive on its two clinker lines, and the Supplier has agreed to supply, install and commission the system described below.
H:1. Definitions
P:1.1 "Equipment" means the wireless sensors, gateways and accessories listed in the Price Schedule.
P:1.2 "Software" means the Supplier's EcclesView monitoring software, including its analytics and alarm modules, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 240 triaxial wireless vibration and temperature sensors, 16 industrial gateways, mounting hardware and the Software, and shall install, configure and commission the System, set alarm thresholds for each monitored machine with the Buyer's maintenance engineers, integrate the System with the Buyer's distributed control system and its maintenance management system, and train the Buyer's staff.
P:2.2 All Equipment shall be new, of the models stated in the Technical Specification, and certified for use in dusty industrial environments with an ingress protection rating of at least IP67. Sensors and gateways used in classified areas shall carry valid PRC explosion-proof certificates.
P:2.3 The Software shall be installed on servers provided by the Buyer at its plant. No Buyer data shall be sent to any cloud service.
P:2.4 The Supplier shall provide, in Chinese and English, installation drawings, a sensor location list, user and administrator manuals, and a maintenance guide for the Equipment. Training shall cover at least 24 of the Buyer's maintenance and reliability staff in two sessions at the plant and shall include the interpretation of vibration spectra, alarm handling and battery replacement.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 300 monitored asset points at the Buyer's Wuhu plant, and to make copies for backup and testing.
P:3.2 The licence continues after any expiry of support and may be transferred to an affiliate of the Buyer that takes over the plant.
H:4. Price
P:4.1 The Contract Price is CNY 1,410,000, inclusive of VAT, delivery to the Buyer's plant, insurance, installation materials and all services under this Contract, as set out in the Price Schedule:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration and temperature sensor|240|3,150|756,000
TB:2|Industrial wireless gateway|16|11,800|188,800
TB:3|EcclesView monitoring software, perpetual licence, 300 asset points|1|312,000|312,000
TB:|Equipment and Software Subtotal|||1,256,800
TB:4|Installation, configuration, integration and commissioning|1 lot|128,400|128,400
TB:5|Training of maintenance and reliability staff|1 lot|24,800|24,800
TB:|Contract Price|||1,410,000
P:4.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes, duties or other costs.
H:5. Payment
P:5.1 10% of the Contract Price within 30 days after signature, against an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:5.2 65% of the Contract Price within 30 days after delivery and installation of all Equipment, confirmed by an installation certificate signed by the Buyer. The installation certificate confirms delivery only and is not acceptance.
P:5.3 25% of the Contract Price within 30 days after Final Acceptance.
P:5.4 Each payment requires a valid PRC VAT invoice issued by the Supplier's appointed distributor in Shanghai.
H:6. Delivery, Installation and Acceptance
P:6.1 The Supplier shall deliver all Equipment within 70 days after signature and complete installation and commissioning within 40 days after delivery, working during the plant's scheduled maintenance stops where required.
P:6.2 After commissioning, the System shall run for a trial period of 45 days. Final Acceptance requires that: (a) all 240 sensors report data at the configured interval with a packet loss below 1% per gateway over the trial period; (b) the sensor battery life is verified against the Technical Specification using the manufacturer's test data; (c) vibration readings on ten reference machines agree with measurements taken by the Buyer's portable analyser within the tolerance in the Technical Specification; (d) alarms reach the control room and the maintenance management system within 60 seconds; and (e) all documentation and training are completed.
P:6.3 If a criterion is not met, the Supplier shall remedy the defect at its own cost and the tests shall be repeated. Installation, commissioning, use of the System during the trial period or any payment shall not be deemed Final Acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System against defects in design, materials and workmanship for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail before their specified life, and provide Software updates free of charge.
P:7.2 The Supplier shall keep a stock of spare sensors and one spare gateway at the Buyer's plant during the warranty period.
H:8. Service Levels
P:8.1 Faults are classified as follows: Critical means that a gateway or the Software is down so that monitoring of a clinker line is lost; Major means that more than ten sensors do not report; Minor means any other fault.
P:8.2 The Supplier shall respond to Critical faults within 30 minutes, 24 hours a day, and restore monitoring within 8 hours; Major faults within 2 hours with restoration within two days; Minor faults within one business day.
P:8.3 For each full hour by which the Supplier exceeds a response or restoration time for a Critical fault, it shall pay the Buyer CNY 1,500; for a Major fault, CNY 500. The Buyer may deduct these amounts from any payment due.
H:9. Support after Warranty
P:9.1 After the warranty period the Supplier shall, if the Buyer so orders, provide support on the terms of clauses 7 and 8 for an annual fee of 8% of the Equipment and Software Subtotal, namely CNY 100,544 per year. This fee is fixed for the fourth to eighth years after Final Acceptance. Each year of support is ordered separately and does not renew automatically.
H:10. Delay Damages
P:10.1 If the Supplier fails to deliver the Equipment or to complete installation and commissioning by the dates in clause 6.1, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under clause 15.
H:11. Intellectual Property
P:11.1 The Software and the firmware in the Equipment remain the property of the Supplier, subject to the licence in clause 3.
P:11.2 Alarm configurations, machine models, integration programs, reports and documentation prepared specifically for the Buyer belong to the Buyer, which may use, modify and license them to others without restriction. The Supplier shall deliver the source code of the integration programs.
H:12. Buyer Data and Security
P:12.1 All measurement data, alarm history and plant information collected by the System belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, retain or disclose it.
P:12.2 Remote access by the Supplier is permitted only through the Buyer's approved remote-access gateway, with prior approval for each session and logging of all actions. The Supplier shall ensure that the gateways meet the Buyer's industrial network security requirements and shall apply security patches within the time agreed with the Buyer.
P:12.3 The Supplier shall report any security incident affecting the System or Buyer data within 12 hours and shall compensate the Buyer for all losses caused by the Supplier's breach of this clause 12.
H:13. Confidentiality
P:13.1 The Supplier shall keep confidential all technical, production and commercial information of the Buyer obtained under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for five years after the Contract ends.
H:14. Liability
P:14.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except that there is no limit for personal injury, wilful misconduct, or breach of clauses 12 and 13.
H:15. Subcontracting and Termination
P:15.1 The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
P:15.2 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or in the case described in clause 10.2.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
P:Annex 1: Technical Specification. Annex 2: Installation and Acceptance Plan. Annex 3: List of Monitored Machines.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. SVM-CD-2027-007

This Agreement is made between:

**Chengdu Rongxin Precision Bearings Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office at 212 Xingguang Road, Xindu District, Chengdu, Sichuan Province (the "Customer"); and

**Sow Valley Managed IT Limited**, a company registered in England and Wales, with its registered office at 9 High Street, Eccleshall, Stafford ST21 6BZ, United Kingdom, acting through its engineering team in Chengdu (the "Provider").

## 1. Definitions and Interpretation

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses or handles in providing the Services.

1.5 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition has been completed in accordance with clause 3.

1.6 The Schedules form part of this Agreement. If there is a conflict, the clauses prevail over the Schedules.

## 2. Term

2.1 This Agreement starts on signature. The Services are provided for 36 months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by written agreement of both parties. There is no automatic renewal.

## 3. Transition

3.1 The Provider shall take over the Services from the Customer's in-house team within 75 days after signature in accordance with the transition plan agreed by the parties. The transition includes discovery and documentation of all in-scope devices, installation of the Provider's monitoring tools, knowledge transfer from the Customer's staff, set-up of the service desk and parallel running.

3.2 The transition is complete when: (a) all in-scope devices listed in Schedule 1 are under monitoring with agreed alert thresholds; (b) the configuration database has been reconciled with a physical check at each site; (c) runbooks for all critical systems have been approved by the Customer; (d) the service desk has operated in parallel with the Customer's team for 14 days and met the Service Levels in that period; and (e) backup and restore of the ERP database has been tested successfully.

3.3 If the transition is not completed by the date in clause 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to a maximum of CNY 150,000.

## 4. Provision of the Services

4.1 The Provider shall provide the Services with the skill and care of a competent provider of managed IT services, in accordance with the Service Levels and ITIL-aligned processes.

4.2 The Provider shall maintain a dedicated service delivery manager who speaks Mandarin and English and who shall meet the Customer's IT manager monthly to review performance, incidents, changes and improvement actions.

4.3 The Provider shall not make changes to the Customer's production systems without approval through the Customer's change process, except emergency changes needed to restore a Priority 1 incident, which shall be reported within one business day.

4.4 The Customer shall give the Provider access to its sites, systems and personnel as reasonably required and shall inform the Provider of planned business changes affecting the Services.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges set out in Schedule 3. The Monthly Service Charge is payable monthly in arrears within 30 days after receipt of a valid PRC VAT invoice. The Transition Charge is payable within 30 days after the Service Commencement Date.

5.2 The Charges are fixed for the Term. Devices added or removed beyond a variation of 5% of the device count in Schedule 1 shall be priced at the unit rates in Schedule 3.

5.3 Service Credits shall be deducted from the next invoice.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to the extent necessary to perform the Services and for no other purpose, and shall return it to the Customer at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including designs, prices, customer lists and network information, and shall not disclose it to any third party without the other party's prior written consent, except to its employees and professional advisers who need to know it. This obligation survives for five years after expiry or termination.

## 8. Intellectual Property

8.1 Each party retains its pre-existing intellectual property. The Provider's monitoring tools remain the Provider's property and will be removed at the end of the Term.

8.2 Runbooks, scripts, configurations and documentation created by the Provider specifically for the Customer belong to the Customer, which may use, modify and license them freely, including to a replacement provider.

## 9. Personnel and Subcontracting

9.1 The Provider shall ensure that its personnel are suitably qualified and comply with the Customer's site rules, including health and safety rules in the production areas.

9.2 The Provider may subcontract any part of the Services, including on-site support at the Deyang and Meishan plants, to third parties by giving the Customer written notice of the subcontractor's name and the subcontracted services. The Provider remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges payable over the Term. This limit does not apply to death or personal injury, fraud, wilful misconduct or breach of clause 7.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach which is not remedied within 30 days after written notice, or if the Provider misses the same critical Service Level in three consecutive months.

11.2 Either party may terminate if the other party becomes insolvent.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the unit rates in Schedule 3, handing over all documentation, credentials and Customer Data to the Customer or a replacement provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The arbitral award is final and binding.

## 13. General

13.1 Neither party may assign this Agreement without the other's written consent. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, both versions being equally authentic.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact for 1,350 users at headquarters and three plants, by telephone, portal and WeChat; Mandarin and English | 24 x 7 |
| End-user device management | 1,120 laptops and desktops: imaging, patching, antivirus, software deployment, asset tracking | Business hours, on site at each plant |
| Network management | 86 switches, 12 firewalls, 210 wireless access points and the SD-WAN links between sites: monitoring, configuration, fault management | 24 x 7 monitoring |
| Server and storage management | 64 virtual servers, 6 hosts, 2 storage arrays at the Xindu data room: monitoring, patching, capacity management | 24 x 7 monitoring |
| Backup management | Daily backup of servers and ERP database, monthly restore test | Daily |
| Reporting | Monthly service report and quarterly service review | Monthly |

## Schedule 2 — Service Levels

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of managed network and server infrastructure | 99.95% per calendar month, excluding approved maintenance | 2% of the Monthly Service Charge for each 0.02 percentage point or part below the level |
| Priority 1 incident (a site, the ERP or production scheduling system is unavailable) | Response within 15 minutes; restoration within 3 hours | CNY 1,500 per hour or part beyond either time |
| Priority 2 incident (a department or key application degraded) | Response within 1 hour; restoration within 8 hours | CNY 500 per hour or part beyond either time |
| Priority 3 incident (single user) | Response within 2 business hours; resolution within 2 business days | None; reviewed monthly |
| Backup success | 99% of scheduled jobs successful per month | 1% of the Monthly Service Charge if missed |

Total Service Credits in a month are limited to 20% of the Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Amount (CNY, incl. VAT) | Basis |
|---|---|---|
| Transition Charge (one-time) | 124,000 | Payable after the Service Commencement Date |
| Monthly Service Charge | 68,500 per month | 36 months, monthly in arrears: 2,466,000 |
| Total Contract Value | 2,590,000 | Transition Charge plus Monthly Service Charges over the Term |
| Additional end-user device | 48 per device per month | Beyond the variation in clause 5.2 |
| Exit assistance | 3,200 per engineer day | Clause 11.3 |
"""

E05 = """MARKET DATA AND API SUBSCRIPTION AGREEMENT

Agreement reference: SVD-SUB-2027-118

PARTIES

(1) Swift Valley Data Limited, a company registered in England and Wales (company number 11502736), whose registered office is at Unit 4, Bitteswell Road, Lutterworth, Leicestershire LE17 4EW, United Kingdom ("Provider").

(2) Ningbo Haishun International Logistics Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at 1560 Mingzhou Road, Beilun District, Ningbo, Zhejiang Province ("Customer").

BACKGROUND

The Provider compiles container freight rates, port congestion indicators, vessel schedules and bunker price data from carriers, ports and its own survey panel, and makes them available through a web dashboard and an application programming interface. The Customer wishes to use this data in its quotation and routing systems.

1. DEFINITIONS

1.1 "API" means the Provider's REST application programming interface through which the Data is delivered.

1.2 "Data" means the freight-rate, port, schedule and bunker datasets listed in Schedule A, as updated by the Provider.

1.3 "Customer Data" means the account information, user details, query logs, shipment lists and any other information uploaded to or generated through the Customer's use of the API and dashboard.

1.4 "Production Access" means the issue of production API keys and dashboard accounts for all named users, with the Data feeds in Schedule A enabled.

1.5 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and then the period from that anniversary to the day before the second anniversary; "Subscription Period" means the first and second Subscription Years together.

1.6 "Start Date" means 1 March 2027.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Period, a non-exclusive, non-transferable licence to access the Data through the API and dashboard and to use it within the Customer's business for quotation, routing, budgeting and customer reporting.

2.2 The Customer may display extracts of the Data to its own customers in quotations and reports, provided the extracts are not supplied in bulk or in a form that allows a third party to rebuild the datasets.

2.3 The subscription includes up to 35 named dashboard users and up to 600,000 API calls per Subscription Year. Calls above this volume are charged at the overage rate in Schedule B.

2.4 The Customer shall keep its API keys and passwords secure, shall ensure that each named user account is used by one person only, and shall notify the Provider promptly if it suspects misuse. The Provider may reset a compromised key after informing the Customer, and shall issue a replacement key on the same business day.

3. INTEGRATION SERVICES

3.1 The Provider shall build a connector that loads the Data into the Customer's quotation system and its transport management system, including mapping of port codes, carrier codes and container types to the Customer's master data, and shall provide a test environment.

3.2 Integration Acceptance occurs when the Customer confirms in writing that: (a) the connector has loaded all Data feeds in Schedule A into both systems daily for ten consecutive business days without failed loads; (b) a sample of 200 rate records reconciles with the dashboard; (c) code mappings cover all ports and carriers in the Customer's master data; and (d) the connector documentation and source code have been delivered.

3.3 If Production Access is not provided by the Start Date, or Integration Acceptance is not reached within 45 days after the Start Date, for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay, up to a maximum of CNY 27,000.

4. FEES AND PAYMENT

4.1 The fees are set out in Schedule B. The total contract value is CNY 570,000.

4.2 The Subscription Fee is invoiced quarterly in arrears, CNY 67,000 per quarter, and is payable within 30 days after receipt of a valid PRC VAT invoice issued by the Provider's authorised agent in Shanghai.

4.3 The Integration Fee is payable within 30 days after Integration Acceptance.

4.4 The Subscription Fee is fixed for the Subscription Period.

5. SERVICE

5.1 The Provider will use commercially reasonable efforts to make the API and dashboard available and to update the Data at the frequencies described in Schedule A. The Provider does not guarantee that access will be uninterrupted or error-free, and no service levels apply to availability or to the timeliness of updates.

5.2 Support is provided by email to the Provider's data services team during UK business hours. The Provider will deal with support requests as soon as practicable.

5.3 The Provider may carry out maintenance at any time and will try to give notice of planned maintenance through the dashboard.

6. DATA ACCURACY

6.1 The Provider compiles the Data with reasonable skill and care from sources it considers reliable. Freight rates are indicative market rates and not offers by any carrier. The Customer remains responsible for the quotations it gives to its customers.

6.2 If the Customer reports a material error in the Data, the Provider shall investigate it and, where confirmed, correct the Data within five business days.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API, the dashboard and the integration services to the Customer, and shall not use it for any other purpose, including to compile, enrich or benchmark its own datasets.

7.2 The Provider shall store Customer Data on servers located in mainland China operated by its hosting provider, protect it by encryption in transit and at rest, restrict access to named support staff with multi-factor authentication, log all access, and apply security patches promptly. Customer Data shall not be transferred outside mainland China.

7.3 The Provider shall notify the Customer of any unauthorised access to or loss of Customer Data within 24 hours after becoming aware of it, shall take all steps necessary to contain and remedy the incident, and shall be liable for the losses the Customer suffers as a result of an incident caused by the Provider's failure to comply with this clause 7.

7.4 Within 30 days after the end of the Subscription Period, the Provider shall return Customer Data in a standard format and then delete it and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider and its licensors retain all rights in the Data, the API and the dashboard.

8.2 The connector, code mappings, scripts and documentation developed for the Customer under clause 3 belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code.

8.3 The Provider shall defend the Customer against any claim that the Customer's use of the Data in accordance with this Agreement infringes a third party's rights and shall pay any damages awarded.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value stated in clause 4.1.

9.2 The limit in clause 9.1 does not apply to death or personal injury, fraud, wilful misconduct, the indemnity in clause 8.3, or the Provider's liability under clause 7.

9.3 Neither party is liable for loss of profit or indirect loss, except for the Provider's liability under clause 7.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 The Provider shall not subcontract any part of the integration services or the hosting of Customer Data to a party other than the hosting provider named in Schedule A without the Customer's prior written consent.

10.2 Neither party may assign this Agreement without the other party's written consent.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

11.2 The parties may agree to renew the subscription by signing a new order before the end of the Subscription Period. There is no automatic renewal.

11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.4 On termination by the Customer under clause 11.3, the Provider shall refund any fees already paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo in accordance with its rules. The award is final and binding on both parties.

13. GENERAL

13.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses stated above.

SCHEDULE A - DATA FEEDS

1. Container spot rates for 48 trade lanes from Ningbo, Shanghai and Shenzhen, updated daily.
2. Contract rate index for 20 trade lanes, updated weekly.
3. Port congestion indicators for 60 ports, updated every six hours.
4. Vessel schedules and schedule reliability for the main carriers, updated daily.
5. Bunker prices for 25 ports, updated daily.
Hosting provider: the Provider's hosting partner in the Alibaba Cloud Hangzhou region.

SCHEDULE B - FEES

Subscription Fee, first Subscription Year: CNY 268,000.
Subscription Fee, second Subscription Year: CNY 268,000.
Integration Fee (one-time): CNY 34,000.
Total contract value: CNY 570,000.
Overage: CNY 0.20 per API call above the annual volume, invoiced quarterly.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
NAMES = {
    "z01": ("h1160z01_expo_service_platform_licence", "pdf", Z01),
    "z02": ("h1160z02_pipe_bender_line_control_retrofit", "docx", Z02),
    "z03": ("h1160z03_ebike_repair_chain_booking_saas", "txt", Z03),
    "z04": ("h1160z04_farmers_market_supervision_om", "txt", Z04),
    "z05": ("h1160z05_woodblock_workshop_tracking_supplier_template", "md", Z05),
    "e01": ("h1160e01_cmms_perpetual_licence_services", "pdf", E01),
    "e02": ("h1160e02_quality_hub_saas_order_form", "md", E02),
    "e03": ("h1160e03_condition_monitoring_sensors_licence", "docx", E03),
    "e04": ("h1160e04_managed_it_services_36_months", "md", E04),
    "e05": ("h1160e05_freight_data_api_subscription", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# availability, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwfee, auto, term, sub, law, kind
TERMS = {
    "z01": [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 25, T, T, 24, 9, F, T, F, "PRC", G],
    "z02": [N, 1, T, "buyer", T, T, T, 0.1, N, 20, T, T, 18, 26, F, T, F, "PRC", G],
    "z03": [99.5, 0.5, T, "buyer", T, F, T, 600 / 617200 * 100, N, N, T, N, N, N, T, T, F, "PRC", S],
    "z04": [99.95, 0.5, T, "buyer", T, T, T, 0.02, N, N, T, N, N, N, F, F, F, N, S],
    "z05": [N, 8, F, "supplier", T, T, T, N, 20, 65, F, F, 6, N, F, T, N, "PRC", G],
    "e01": [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "England and Wales", G],
    "e02": [99.95, 1, F, "buyer", T, T, T, 400 / 478000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
    "e03": [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8, F, T, F, "PRC", G],
    "e04": [99.95, 0.25, T, "buyer", F, T, T, 2000 / 2590000 * 100, 150, N, T, N, N, N, F, T, T, "PRC", S],
    "e05": [N, N, F, "buyer", T, T, F, 450 / 570000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (T, T, T, F, 1356000), "z02": (T, T, T, F, 1500000), "z03": (T, T, N, F, 617200),
    "z04": (T, T, N, F, 468000), "z05": (T, F, F, T, 440000), "e01": (T, T, T, F, 1750000),
    "e02": (T, T, N, F, 478000), "e03": (T, T, T, F, 1410000), "e04": (T, T, N, F, 2590000),
    "e05": (F, T, N, F, 570000),
}
FEE_BASE = {"z01": 734000, "z02": 1368000, "z05": 168000, "e01": 1184000, "e03": 1256800}  # itemised licence/hardware
FORUM_OUTSIDE_MAINLAND = {"e01"}  # London seat
PRICE_SUMS = {"z01": [734000, 512000, 86000, 24000], "z02": [708000, 87000, 78000, 175000, 320000, 88000, 32000, 12000],
              "z03": [32 * 6800 * 2, 48000 * 2, 86000], "z04": [117000 * 4], "z05": [168000, 236000, 36000],
              "e01": [1184000, 436000, 92000, 38000], "e02": [174000 * 2, 36000 * 2, 58000],
              "e03": [240 * 3150, 16 * 11800, 312000, 128400, 24800], "e04": [124000, 68500 * 36],
              "e05": [268000, 268000, 34000]}
DESIGN = {
    "z01": [], "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"], "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], "e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(k, t, x):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base itemised."""
    if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[k]
    return fees / (x["contract_value"] + fees) * 100


def derive(k, t, x):
    """My reading of policy §3, applied to the labels."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(k, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    NUM + r"99\.90*(?!\d)",                                   # availability
    NUM + r"4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<!十)四\s*个?\s*小时", r"(?<![a-z-])four\s*-?\s*hours?",
    NUM + r"0\.050*" + PCT, r"万分之五(?![十])", r"千分之零点五", NUM + r"0\.00050*(?!\d)",  # LD per day
    NUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百",                            # cap
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",  # prepayment
    NUM + r"12\s*-?\s*(?:months?|个月)", r"十二个月", r"twelve\s*-?\s*months?", r"(?<![第每次])一年", r"(?<!\d)1\s*年",
    r"(?<![a-z])one\s*-?\s*years?", r"壹年",                                       # warranty
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s*per\s*cent",           # post-warranty fee
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十", r"forty\s*per\s*cent",             # TCO share
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "4 hours", "4小时", "四小时", "4-hour", "four hours", "99.9%", "99.90", "0.05%",
            "万分之五", "100%", "100 per cent", "12 months", "12个月", "十二个月", "twelve months", "one year", "一年",
            "15%", "百分之十五", "40 per cent", "40%", "百分之四十", "0.0005"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "130%", "300%", "2027年12月31日", "0.055%", "万分之五十",
             "115%", "140%", "3.30%", "1,500", "24 hours a day", "first anniversary", "第一年", "每年", "1,356,000",
             "120 named users", "0.15%", "14 hours"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        out = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                out.append(" ".join(c.text for c in row.cells))
        return "\n".join(out)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for k, (stem, ext, src) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[k], targets[k] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for k, (stem, ext, src) in NAMES.items():
        assert sum(PRICE_SUMS[k]) == EXTRA[k][4], (k, sum(PRICE_SUMS[k]))
        t = dict(zip(TERM_KEYS, TERMS[k]))
        sla, lds, capped, deemed, value = EXTRA[k]
        x = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        for key, th in THRESH.items():
            assert t[key] is None or t[key] != th, (k, key)
        share = tco_share(k, t, x) if t["contract_kind"] == G else None
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        rules = derive(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        lang = "zh" if k[0] == "z" else "en"
        label = {"file": stem + "." + ext, "language": lang, "category": CATEGORY[k], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        print("%s %-58s %5d %-6s %s%s" % (k, stem + "." + ext, n, risk(rules), ", ".join(rules) or "(none)",
                                          "" if share is None else "  TCO share %.2f%%" % share))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    n_ok = [k for k in NAMES if not DESIGN[k]]
    assert len(n_ok) == 2 and {k[0] for k in n_ok} == {"z", "e"}
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["e01"]) == "low"
    assert 8 <= len(DESIGN["z05"]) <= 10
    assert sorted(len(v) for k, v in DESIGN.items() if k not in ("z05", "e01") and v) == [2, 2, 2, 2, 3, 3]
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
