"""holdout841: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- sources

Z01 = """T:林麝保护监测平台采购及定制开发合同
P:合同编号：LYJ-ZFCG-2026-0417
P:采购人（甲方）：××市林业局
P:供应商（乙方）：××生态信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件及乙方投标文件，甲乙双方就林麝保护监测平台采购及定制开发事项，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供林麝保护监测平台软件的永久使用许可，含监测一张图、监测数据中心、预警管理三个模块，不限用户数。
P:1.2 乙方按甲方需求完成定制开发：红外相机影像批量接入与自动筛选、林麝个体识别模型、巡护员移动端应用、栖息地热力分析及年度监测报告模板。
P:1.3 乙方负责平台在甲方政务云资源上的部署、与省级林长制平台的接口对接、历史监测数据迁移，并对甲方管理人员、巡护人员进行操作培训。
P:1.4 红外相机接入范围为甲方现有的326台设备，以及质保期内新增的同类设备。
P:1.5 乙方提供的软件产品应为正版软件，并满足国产化适配要求，支持甲方指定的国产操作系统和数据库。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零玖万元整（¥2,090,000），为固定总价，包含本合同项下全部软件、开发、实施、培训、税费及质保期内的服务费用。
P:2.2 分项价格：平台软件许可费¥1,120,000；定制开发费¥786,000；部署实施及数据迁移费¥148,000；培训费¥36,000。
P:2.3 乙方因履行本合同发生的差旅、住宿及野外作业费用均已包含在合同总价内，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥418,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥940,500。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥731,500。
P:3.4 甲方按财政资金支付程序付款，乙方应在每期付款前提供合法有效的发票。
H:第四条 进度
P:4.1 乙方应于合同生效后90日内完成部署、定制开发及数据迁移，并书面提交初步验收申请。
P:4.2 乙方应指定项目经理常驻甲方，每周提交进度报告；项目经理未经甲方同意不得更换。
P:4.3 乙方应提交以下文档：需求规格说明书、系统设计说明书、测试报告、用户手册、运维手册、源代码及部署说明。文档须为中文，并提供纸质版和电子版各一套。
P:4.4 乙方应为甲方系统管理员提供不少于3天的集中培训，并在各保护站为巡护员开展现场操作培训共8场，培训教材由乙方免费提供。
P:4.5 甲方负责提供政务云资源、历史监测数据及识别测试集，协调省级平台接口开通，并及时组织验收。
H:第五条 验收
P:5.1 初步验收标准：功能清单逐项测试通过；历史监测记录及影像迁移后与原系统逐项核对一致；林麝个体识别模型在甲方提供的测试集上识别准确率不低于90%；平台在200名用户并发访问时页面响应时间不超过3秒。
P:5.2 初验通过后进入为期60日的试运行。试运行期间未发生一级故障、与省级平台的接口数据连续稳定同步，且平台通过甲方委托的第三方安全测评后，由甲方组织最终验收并出具书面验收报告。
P:5.3 平台上线使用、甲方支付款项或签收任何文件，均不视为验收合格。验收未通过的，乙方应在15日内完成整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证及后续服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、识别模型调优及远程和现场技术支持。
P:6.2 质保期内乙方每季度提供一次巡检服务并提交巡检报告；红外相机数据接入异常的，乙方应协助甲方排查原因。
P:6.3 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台软件许可费的7%，即每年不超过¥78,400，且质保期满后三年内不上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护除外；计划内维护应提前3个工作日通知甲方，且不得安排在防火紧要期。
P:7.2 一级故障（平台整体不可用或预警推送失效）乙方应在30分钟内响应，2小时内远程或现场处置，8小时内恢复；二级故障（部分功能或部分相机数据异常）应在2小时内响应，24小时内解决。
P:7.3 乙方每超过响应或恢复时限一小时，向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，甲方从应付款项中扣减¥2,000。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，甲方依本合同取得永久、不可撤销的使用许可。
P:8.2 定制开发成果（含源代码、模型参数、接口程序及技术文档）的知识产权归甲方所有。乙方应在最终验收时移交全部源代码及文档，甲方有权自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全
P:9.1 平台采集、存储的红外影像、林麝分布点位、巡护轨迹等数据归甲方所有。林麝分布点位属于敏感信息，乙方不得将任何数据用于本合同以外的目的，不得留存副本或向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，对分布点位加密存储，运维操作经甲方审批并通过堡垒机进行。发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失，由乙方全额赔偿。
P:9.3 合同终止或质保期届满后，乙方应交还其持有的全部数据，删除全部副本，并向甲方提交书面删除确认。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、保护区资料及其他非公开信息负有保密义务，未经甲方书面同意不得披露，该义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交初验申请或逾期通过最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合约定且经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方违反第九条、第十条约定的，应向甲方支付合同总价10%的违约金；违约金不足以弥补甲方损失的，乙方还应赔偿差额。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，且在甲方书面通知后15日内未予纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同项下的通知应以书面形式送达双方在首页载明的地址，送达即生效；一方地址变更的，应提前书面告知对方。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2026年__月__日
"""

Z02 = """T:便利贴生产线控制系统改造合同
P:合同编号：BLT-GZ-2026-031
P:甲方：××便利贴制品有限公司
P:乙方：××工业自动化工程有限公司
P:甲方拟对其涂布、分切、模切、包装四条便利贴生产线的控制系统实施改造，经比选确定由乙方承接。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。本项目改造目标为提升产线自动化水平、减少非计划停机并实现生产数据的实时采集。
H:第一条 改造范围
P:1.1 乙方负责拆除四条产线原有的继电器控制柜及老旧PLC，提供并安装新的PLC及I/O模块、伺服驱动系统、在线视觉检测单元、HMI触摸屏，以及产线监控软件和MES接口软件。
P:1.2 乙方负责控制程序编写、HMI画面组态、与甲方现有MES系统的数据对接、单机及联机调试、试生产保障，以及操作和维修人员培训。
P:1.3 改造须分线实施，每条产线停线时间不超过7日；停线计划须提前两周报甲方批准，以减少对甲方订单交付的影响。
P:1.4 乙方提供的设备应为原厂全新产品，附合格证及原厂质保证明；主要设备的品牌、型号以附件一《设备清单》为准。
P:1.5 改造完成后，乙方应提交电气原理图、接线图、PLC程序注释版、HMI画面说明、操作规程及维修手册。
P:1.6 乙方施工人员应遵守甲方安全生产管理制度，持证上岗，动火、登高及带电作业须办理作业票；因乙方原因发生安全事故的，由乙方承担全部责任。
P:1.7 乙方应为甲方电气维修人员提供不少于5天的现场培训和2天的编程培训，使其能够独立完成常见故障排查及参数调整。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾壹万元整（¥2,210,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC及I/O模块|4套|586,000
TB:2|伺服驱动及电机|38套|742,000
TB:3|在线视觉检测单元|6套|318,000
TB:4|HMI触摸屏|12台|96,000
TB:5|产线监控软件及MES接口软件许可|1套|264,000
TB:|软硬件小计||2,006,000
TB:6|安装、编程及调试|1项|178,000
TB:7|培训|1项|26,000
TB:|合计||2,210,000
P:2.2 合同总价为含税固定价格，包含设备、软件、运输、保险、安装、调试、培训及质保期内的全部服务费用；除本合同另有约定外，甲方无需再支付其他费用。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后10个工作日内，甲方支付合同总价的35%；到货签收不代表质量验收。
P:3.3 四条产线全部通过最终验收后15个工作日内，甲方支付合同总价的45%。
P:3.4 乙方应在每期付款前向甲方开具合法有效的增值税专用发票，甲方以银行转账方式付款。
H:第四条 验收
P:4.1 每条产线改造完成后连续试生产72小时，达到以下标准为单线验收合格：额定线速度达到每分钟180米；视觉检测对缺胶、错位、污渍缺陷的漏检率低于0.5%；急停、安全门联锁逐一测试有效；MES接口上传的产量、工单数据与现场计数一致。
P:4.2 四条产线均单线验收合格并稳定运行30日后，由甲方组织最终验收并签署书面验收报告。试生产及设备投入使用均不视为验收合格；验收不合格的，乙方应在10日内整改并重新验收。
P:4.3 单线验收前，乙方应就改造前后的产能、能耗及废品率进行对比测试，并提交测试报告。
P:4.4 甲方应在乙方提交验收申请后5个工作日内组织验收；甲方未按期组织的，乙方可书面催告。
P:4.5 试生产所需的原材料由甲方提供，乙方应提前三日提交试生产物料计划。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供程序优化及软件升级。
P:5.2 质保期满后，乙方提供年度维保服务，内容包括驻场工程师一名、常用备品备件、季度预防性维护及程序变更。维保费每年按本合同软硬件小计的26%计取，即每年¥521,560，质保期满后三年内固定不变。维保服务按年签订，不自动续期。
P:5.3 质保期内，乙方每季度对四条产线进行一次预防性检查并提交检查报告；同一部件在质保期内故障两次以上的，乙方应更换为新品。
P:5.4 第5.2条的维保费已包含人工及常用备件费用，乙方不另行收取；备品备件清单见附件二。
H:第六条 服务水平
P:6.1 一级故障（整条产线停机）乙方应在1小时内响应，3小时内到达现场；二级故障（单台设备或检测单元失效）应在2小时内响应，当日到场；三级故障次日处理。
P:6.2 乙方响应或到场每超时一小时，向甲方支付违约金¥800；一级故障超过24小时仍未恢复的，每日另行支付¥5,000。
P:6.3 乙方应在甲方厂区保留常用备件库存，确保一级故障处置不因缺件延误；乙方应建立故障处理记录，每月向甲方提交故障统计。
H:第七条 违约责任
P:7.1 乙方逾期完成改造或逾期通过最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:7.2 因乙方施工或程序缺陷造成甲方设备损坏或停产损失的，乙方应予赔偿。
P:7.3 乙方违反第九条、第十条约定的，应赔偿甲方因此遭受的全部损失。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI组态画面、MES接口程序及其源文件归甲方所有，乙方应在验收时完整移交，甲方可自行修改或委托第三方维护。标准软件许可为永久许可。
P:8.2 乙方保证其提供的设备、软件和程序不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第九条 数据与网络安全
P:9.1 生产工艺参数、配方、产量及质量数据归甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN及工业防火墙接入，并留存操作记录。因乙方原因造成数据泄露、篡改或生产网络安全事件的，乙方应在1小时内报告甲方，并承担由此造成的全部损失。
P:9.3 乙方工程师使用的调试电脑须安装杀毒软件并经甲方检查，不得在生产网络中使用未经检查的移动存储介质。
H:第十条 保密
P:10.1 乙方对甲方的工艺配方、设备布局、客户及订单信息负有保密义务，保密期限至合同终止后五年。
P:10.2 乙方应要求参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担责任。
H:第十一条 分包
P:11.1 乙方如需将电气安装等辅助工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
P:11.2 经甲方同意的分包方应具备相应资质，其人员同样须遵守第1.6条及第十条的约定。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应移交已完成部分的程序和资料，甲方按已验收部分结算。
H:第十三条 不可抗力
P:13.1 因不可抗力致使一方不能履行合同的，应在不可抗力发生后3日内通知对方，并在15日内提供证明；双方根据影响程度协商延期履行或部分免除责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交温州仲裁委员会仲裁。
P:14.2 附件一《设备清单》、附件二《备品备件清单》、附件三《停线改造计划》为本合同组成部分。
P:14.3 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

Z03 = """卡林巴培训连锁门店预约及会员管理SaaS服务合同

合同编号：KLB-SAAS-2026-08
甲方：××音乐教育科技有限公司（经营“××卡林巴”培训连锁门店）
乙方：××云软件有限公司

甲方经营卡林巴（拇指琴）培训连锁门店40家，为统一管理学员预约与会员权益，拟采购乙方的预约及会员管理SaaS服务。双方依据《中华人民共和国民法典》，订立本合同。

一、服务内容
（一）乙方向甲方40家直营门店提供“约课宝”预约及会员管理SaaS服务，包括：
1. 学员在线预约、排课、签到、消课及请假补课；
2. 会员卡、课时包、储值及积分管理；
3. 微信小程序、门店收银端及总部管理后台；
4. 经营数据报表及门店业绩看板；
5. 课程消息提醒及家长端通知；
6. 门店教室及琴房排期管理。
（六）乙方应保证小程序与甲方微信公众号对接，并支持门店二维码签到。
（二）乙方负责实施服务：系统开通与参数配置、甲方原有会员及课时数据迁移、小程序上线、门店店长及前台员工培训。
（三）服务期为两个服务年度，自上线验收合格之日起计算。
（四）乙方提供的服务应满足甲方门店营业需要，门店营业时间为每日9:00至21:30。
（五）服务期内乙方免费提供版本升级、功能优化及7×24小时客服热线支持。

二、费用
（一）SaaS服务年费：每家门店每个服务年度¥7,800，40家门店每个服务年度合计¥312,000，两个服务年度合计¥624,000。
（二）实施及培训费：一次性¥98,000。
（三）合同总金额为人民币柒拾贰万贰仟元整（¥722,000），含税。
（四）服务期内甲方新增门店的，按每家每个服务年度¥7,800按月折算计费，另行结算，不计入合同总金额。
（五）合同总金额包含乙方提供本合同服务的全部费用，除本条第（四）项外，乙方不得另行收费；服务期内年费单价不变。

三、付款
（一）实施及培训费在上线验收合格后15个工作日内一次性支付。
（二）第一个服务年度年费在上线验收合格后15个工作日内支付；第二个服务年度年费在该服务年度开始后15个工作日内支付。
（三）甲方不向乙方支付任何预付款。乙方应在每次收款前开具合法有效的增值税发票。
（四）乙方收款账户以本合同首页载明的账户为准，变更须提前书面通知甲方。

四、实施与验收
（一）乙方应在合同签订后45日内完成系统配置、数据迁移及小程序上线，并书面提交上线验收申请。
（二）验收标准：
1. 会员、课时余额、储值余额数据迁移后与甲方原系统逐条核对一致；
2. 40家门店均能正常完成预约、签到、消课和收款全流程；
3. 模拟500名学员同时预约时，小程序页面响应时间不超过2秒；
4. 功能清单所列功能逐项测试通过；
5. 小程序通过微信平台审核并正式发布。
（三）甲方应在收到申请后10个工作日内组织验收，验收合格后签署上线验收单。系统试用或门店员工使用均不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（五）实施期间，乙方应指派专职项目经理，每周向甲方提交实施进度；数据迁移前应制定迁移方案和回退方案，经甲方确认后实施。
（六）乙方应为每家门店至少2名员工提供线上培训，并在总部开展两场集中培训，提供操作手册和视频教程。
（七）甲方应提供原系统数据导出文件，指定专人负责对接，及时组织验收并按约付款。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，不含提前48小时通知甲方的计划维护。
（二）一级故障（预约或消课功能在全部门店不可用）乙方应在30分钟内响应，3小时内恢复；二级故障（个别门店或个别功能异常）应在2小时内响应，1个工作日内解决。
（三）月度可用率低于承诺值的，乙方按以下标准给予补偿：低于99.5%但不低于99%的，服务期顺延3日；低于99%的，服务期顺延7日，并按当月服务费的10%减免费用。
（四）一级故障响应每超时一小时，乙方减免甲方服务费¥500。
（五）乙方应每月向甲方提供服务报告，列明当月可用率、故障次数及处理情况，并在每个服务年度结束前提交年度服务总结。
（六）乙方的计划维护应安排在每日22:00至次日8:00之间。

六、数据归属与安全
（一）甲方上传及系统生成的学员信息、会员资料、消费记录等数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内，系统应通过网络安全等级保护三级测评；对学员手机号等个人信息加密存储，实行最小权限访问并保留操作日志。
（三）发生数据泄露或其他安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失及学员索赔，由乙方承担。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据，并在甲方确认后彻底删除。
（五）乙方应每日备份数据，备份至少保存30日，并每季度进行一次恢复演练。
（六）甲方有权自行或委托第三方对乙方的数据安全措施进行检查，乙方应予配合；乙方不得在中国境外访问、存储或处理甲方数据。
（七）乙方处理学员个人信息应遵守《中华人民共和国个人信息保护法》，未经甲方同意不得向学员发送营销信息。

七、知识产权
（一）SaaS平台本身的知识产权归乙方所有。
（二）乙方按甲方需求定制的课程套餐规则、积分规则配置及专属报表，知识产权归甲方所有，甲方可自由使用、修改并许可他人使用。
（三）乙方保证其提供的服务不侵犯第三方知识产权，否则由乙方承担全部责任。

八、保密
双方对履行本合同知悉的对方商业秘密、经营数据及学员信息负有保密义务，保密期限至合同终止后三年。乙方应要求其员工遵守本条约定。

九、分包
乙方可将短信通道服务、门店收银硬件安装调试等部分工作委托第三方完成，但应提前书面通知甲方；乙方对第三方的工作承担责任。乙方不得将核心系统开发及数据处理工作委托第三方。

十、续期
服务期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，并可依此连续续期。续期年费由乙方按其届时公布的标准价格确定，乙方有权在续期时上调年费，以书面通知甲方为准。任何一方书面提出不续期的，本合同于服务期满时终止。

十一、合同解除
（一）乙方严重违约，且在甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还未履行服务期对应的费用。
（二）连续两个月月度可用率低于99%的，甲方有权解除合同。
（三）合同解除后，乙方应按第六条第（四）项交还数据，并配合甲方完成系统迁移。
（四）因不可抗力致使合同目的不能实现的，双方均可解除合同。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同。

十三、通知
本合同项下的通知以书面形式送达本合同首页载明的地址或双方指定的电子邮箱，送达即生效；联系方式变更的，应提前书面通知对方。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一《功能清单》、附件二《门店清单》为本合同组成部分。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2026年__月__日
"""

Z04 = """××海洋局潮汐能试验电站监控系统年度运维服务合同

项目编号：HYJ-CS-2026-019
采购方式：竞争性磋商
甲方（采购人）：××海洋局
乙方（成交供应商）：××智能运维服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就潮汐能试验电站监控系统年度运维服务事项，依据《中华人民共和国民法典》《中华人民共和国政府采购法》，订立本合同。该电站为××海域潮汐能示范项目，监控系统的稳定运行对机组安全及科研数据采集至关重要。

第一条 服务范围
（一）运维对象：潮汐能试验电站监控系统，包括监控服务器2台、历史数据库服务器1台、操作员站6台、潮位及流速传感器18套、机组状态监测装置4套、视频监控系统及站内通信网络设备。
（二）服务内容：日常巡检、故障处理、数据备份、软件补丁及病毒库更新、传感器校准配合、年度预防性维护、台风期应急保障、运维文档更新及操作人员技术指导。
（三）服务期限：自2027年1月1日起至2027年12月31日止。
（四）运维对象清单详见附件一；服务期内甲方新增的同类传感器纳入运维范围，不另行计费。

第二条 服务费用及支付
（一）年度运维服务费为人民币捌拾陆万捌仟元整（¥868,000），为固定总价，包含人工、工具、交通、常用耗材、单价在2,000元以下的备品备件及税费。
（二）服务费按季度支付。每季度结束后15个工作日内，乙方提交季度运维报告及发票，甲方审核无误后支付当季服务费¥217,000。
（三）本合同不设预付款。
（四）乙方收款账户以合同首页载明的账户为准，变更须书面通知甲方。

第三条 服务要求
（一）乙方派驻2名运维工程师常驻电站，工作日8:30至17:30在岗，其余时间电话值守，接到通知后立即处理。
（二）乙方每日检查一次监控画面、数据采集及告警情况；每周检查服务器及网络设备运行状态并备份数据；每月向甲方提交运维月报。
（三）台风、风暴潮预警期间，乙方应增派人员，实行24小时值守，直至预警撤销。
（四）乙方每年汛期前完成一次全系统预防性维护，包括服务器巡检、传感器清洁与比对、通信链路测试及备份恢复演练，并提交维护报告。
（五）乙方应建立运维台账，记录巡检、故障、变更及备份情况，甲方可随时查阅。
（六）系统变更（含软件补丁、参数修改）须提前提交变更方案，经甲方批准后实施，并做好回退准备。
（七）乙方应为驻场人员配备必要的检测工具和个人防护用品，潮间带作业须遵守甲方安全规定。
（八）乙方应配合甲方完成上级主管部门的检查及网络安全等级保护测评工作，每季度组织一次应急演练，演练方案及总结报告报甲方备案。
（九）乙方应按季度对潮位及流速传感器数据进行比对分析，发现数据漂移及时报告并配合校准。
（十）乙方应对甲方值班人员进行监控系统日常操作指导，每半年组织一次集中培训。

第四条 服务水平
（一）故障分级：一级故障指监控系统整体失效、机组状态数据中断或保护告警无法上传；二级故障指单台服务器、操作员站或部分传感器数据异常；三级故障指其他一般故障。
（二）一级故障乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，24小时内修复；三级故障3个工作日内处理完毕。
（三）监控系统年度可用率不低于99.95%。
（四）甲方每季度对乙方服务情况进行考核，考核结果记入供应商履约档案。
（五）乙方每月提交故障统计分析，对重复发生的故障提出整改建议。
（六）每次故障处理完毕后，乙方应在24小时内提交故障处理报告，说明原因、处理过程及预防措施。

第五条 服务启动与交接
（一）乙方应于服务期开始前完成与原运维单位的交接，包括系统账号、技术文档、备份介质及遗留问题清单，并经甲方书面确认。
（二）乙方未按期完成交接并开始服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（三）服务期满时，乙方应向甲方或甲方指定的单位完成交接，并配合其熟悉系统。
（四）交接期间发现的原有缺陷，乙方应书面告知甲方，并协助制定处理方案。交接前已存在的一级故障由甲方协调原运维单位处理，乙方应予协助。

第六条 验收
（一）服务期满后，甲方依据以下标准组织年度验收：全年巡检记录齐全；全部一级、二级故障均已闭环并有处理报告；年度预防性维护报告经甲方确认；备份数据经抽检可成功恢复；全部文档及账号已移交。
（二）验收合格后，甲方出具书面验收意见；验收不合格的，乙方应在15日内整改。
（三）年度验收时，乙方应提交全年运维总结报告，内容包括系统运行情况、故障统计、备件消耗及下一年度改进建议。

第七条 数据与网络安全
（一）监控系统运行数据、潮位流速监测数据及视频资料归甲方所有，乙方不得复制、外传或用于本合同以外的目的。
（二）乙方运维须遵守电力监控系统安全防护的有关规定，不得擅自接入外部网络或使用未经检查的移动存储介质，远程访问须经甲方逐次批准。
（三）发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的损失，由乙方承担全部赔偿责任。
（四）乙方人员应签署保密及安全承诺书，离场时交回全部账号、门禁卡及资料。
（五）服务期满且交接完成后，乙方应删除其持有的全部甲方数据副本，并出具书面确认。
（六）乙方不得在监控系统主机上安装与运维无关的软件。

第八条 保密
乙方及其人员对履行本合同知悉的电站设计资料、运行数据及其他非公开信息负有保密义务，保密义务在合同终止后继续有效。未经甲方书面同意，乙方不得发布与本项目有关的宣传材料或数据。

第九条 知识产权
乙方在本合同履行中为甲方编制的运维文档、巡检脚本及应急预案，其知识产权归甲方所有。乙方保证其提供的服务及工具不侵犯第三方知识产权。

第十条 人员与分包
（一）乙方更换驻场工程师须提前10日征得甲方同意，新任人员的资质不得低于原人员。驻场工程师应具备电力监控系统或工业控制系统运维经验。
（三）乙方应向甲方提供驻场人员名单、身份证明及社会保险缴纳证明。
（二）乙方不得将本合同项下服务转包或分包给第三方。

第十一条 其他责任
（一）乙方违反第七条、第八条约定的，应赔偿甲方因此遭受的全部损失。
（二）乙方人员在电站内作业应遵守甲方安全管理制度，因乙方人员过错造成人身伤害或设备损坏的，由乙方承担责任。
（三）甲方应为乙方驻场人员提供必要的办公场所和网络条件；乙方应为驻场人员购买意外伤害保险。
（四）甲方应按约定支付服务费，并及时审核乙方提交的各类报告。

第十二条 不可抗力
因台风、风暴潮等不可抗力致使本合同不能按约履行的，受影响方应及时通知对方，并在不可抗力影响消除后继续履行；双方可协商调整服务安排。不可抗力影响消除后，乙方应优先恢复监控系统运行。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
磋商文件、响应文件、成交通知书以及附件一《运维设备清单》、附件二《巡检作业规范》为本合同组成部分。本合同一式四份，甲方三份、乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2026年__月__日
"""

Z05 = """# 彩绘玻璃工艺流程追踪系统软件许可及定制开发合同

（××智造软件有限公司 标准合同文本 V3.0）

- 甲方（用户）：××彩绘玻璃艺术工作室
- 乙方（供应商）：××智造软件有限公司
- 合同编号：ZZ-HT-2026-0712
- 甲方地址：__________　联系人：______　电话：______
- 乙方地址：__________　联系人：______　电话：______
- 乙方开户行：__________　账号：__________

甲方因业务发展需要，向乙方采购工艺流程追踪系统软件并委托乙方进行定制开发。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“琉光”工艺流程追踪系统软件永久使用许可（8个并发用户）。

1.2 乙方按甲方需求进行定制开发，包括：订单及图稿管理；切割、描绘、窑烧、铅条镶嵌、清洗各工序的流转看板；窑烧曲线记录；玻璃原片及铅条库存管理；单件作品成本核算；客户报价单生成；作品照片存档。

1.3 乙方负责系统部署及一次基础操作培训。

1.4 系统运行环境：甲方自行提供服务器一台（配置要求见附件），操作系统及数据库由甲方自行采购。

1.5 定制开发需求以双方确认的《需求说明书》为准。需求确认后甲方提出变更的，乙方有权另行收费并顺延交付期限。

1.6 培训为一次不超过半天的线上培训；甲方另需培训的，按每人每天¥1,500另行收费。

1.7 本合同项下的软件许可仅限甲方在中国境内的单一经营场所使用；甲方增设经营场所的，须另行购买许可。

## 第二条 价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（永久，8个并发用户） | 168,000 |
| 2 | 定制开发费 | 236,000 |
| 3 | 部署实施及培训费 | 36,000 |
| | 合计 | 440,000 |

合同总价为人民币肆拾肆万元整（¥440,000），含税。上述价格为乙方标准优惠价，仅适用于本合同。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，即¥286,000。

3.2 系统部署上线后7日内，甲方支付合同总价的35%，即¥154,000。

3.3 乙方收到款项后开具增值税普通发票。

3.4 甲方未按期支付第3.1条款项的，交付期限相应顺延。

3.5 合同价款不含服务器硬件、操作系统、数据库及第三方软件费用。

3.6 各期款项以银行转账方式支付至乙方指定账户。

## 第四条 交付与验收

4.1 乙方在收到第3.1条款项后60个工作日内完成定制开发，并在甲方工作室完成系统部署上线。

4.2 系统安装部署完成，即视为甲方验收合格。

4.3 甲方在使用过程中发现的问题，乙方在免费维护期内予以解决。

4.4 甲方应在系统上线前完成基础数据的整理和录入，因甲方数据问题导致的延误不视为乙方逾期。

4.5 需要乙方上门服务的，甲方承担乙方人员的差旅费用。

4.6 乙方交付内容为系统安装程序及用户操作手册（电子版），源代码不属于交付内容。

4.7 甲方应在系统上线后六十日内完成全部业务数据的迁移，逾期产生的额外工作，乙方另行收费。

## 第五条 知识产权

5.1 本系统软件以及乙方为甲方定制开发的全部功能模块、源代码和相关文档，其知识产权均归乙方所有。

5.2 甲方仅享有在本单位内部使用的非独占、不可转让的使用权，不得自行或委托他人修改、反编译，也不得提供给第三方使用。

5.3 乙方有权将为甲方开发的功能模块纳入其标准产品，向其他客户销售。

5.4 甲方如需取得定制模块源代码，须另行协商并支付源代码许可费。

5.5 甲方在使用中提出的改进建议，乙方可无偿采纳并用于其产品。

## 第六条 技术支持与维护

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 乙方将尽合理努力及时处理甲方提出的问题，具体处理时间视问题的复杂程度确定。

6.3 免费维护期满后，甲方如需继续维护，年度维护费为软件许可费的10%，即每年¥16,800，前三年不调价。维护服务按年订购，甲方未订购的，乙方不再提供维护。

6.4 维护服务内容包括远程问题解答、缺陷修复及补丁发放，不包括新增功能开发、数据修复及现场服务。

6.5 因甲方误操作、擅自修改系统或运行环境变化导致的问题，不属于免费维护范围。

## 第七条 数据

7.1 甲方录入系统的订单、客户、图稿及工艺数据归甲方所有。

7.2 甲方同意，乙方可对上述数据进行脱敏处理后，用于乙方产品改进、行业分析及算法训练。

7.3 乙方对系统采取访问控制、传输加密和定期备份措施。因乙方原因发生数据泄露的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。

7.4 甲方应自行做好数据的本地备份，乙方不对因甲方未备份导致的数据丢失承担责任。

7.5 合同终止后，乙方保留甲方数据九十日，期满后予以删除。

7.6 甲方保证其录入系统的数据来源合法，因数据来源问题产生的纠纷由甲方自行承担。

## 第八条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。乙方可将甲方名称及标志作为客户案例用于宣传。保密义务不适用于已公开的信息及依法须披露的信息。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

9.3 乙方不对甲方的间接损失、利润损失承担责任。

9.4 甲方逾期付款的，乙方有权暂停交付及技术支持。

9.5 因甲方原因导致项目暂停超过60日的，乙方有权按已完成工作量结算，并要求甲方支付相应款项。

9.6 任何一方违约给对方造成损失的，应赔偿对方的直接损失，但应受第9.2条的限制。

9.7 乙方对第三方软件、网络及云服务的故障不承担责任。

## 第十条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方已支付的款项不予退还，但乙方违约的除外。

## 第十一条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。不可抗力包括自然灾害、政府行为、网络运营商故障及大规模网络攻击等。

## 第十二条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力，仲裁费用由败诉方承担。

## 第十三条 甲方义务

13.1 甲方应指定专人负责项目对接，及时提供需求资料和业务数据。

13.2 甲方应按乙方要求提供系统运行所需的网络环境和服务器。

13.3 甲方应妥善保管系统账号和密码，因账号泄露造成的损失由甲方自行承担。

13.4 甲方不得将系统账号转借他人，或用于本合同约定以外的经营场所。

## 第十四条 通知

双方的通知以电子邮件或书面形式发送至本合同载明的联系方式，发送即视为送达。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同附件包括《需求说明书》《系统配置清单》，附件与本合同具有同等效力。本合同的任何修改须经双方书面确认。本合同未尽事宜，以乙方官网公布的《用户服务协议》为准。

甲方（签章）：　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. VLS-CN-2026-114
P:This Software Licence and Services Agreement (the "Agreement") is made on ____ 2026 between:
P:(1) Vidarbha Logic Systems Private Limited, a company incorporated in India with its registered office at Civil Lines, Nagpur 440001, Maharashtra, India (the "Vendor"); and
P:(2) Hefei Qingyuan Pharmaceutical Packaging Co., Ltd., a company established in the People's Republic of China with its registered address in the Hefei Economic and Technological Development Area, Anhui Province (the "Customer").
P:The Customer wishes to replace its spreadsheet-based maintenance planning with a computerised maintenance management system. The Vendor has agreed to license its system and to implement it at the Customer's two plants on the terms set out below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintaPlan CMMS, version 7, in object code, together with its documentation and all updates and new releases supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data-migration scripts, configuration workbooks and other work products prepared by the Vendor specifically for the Customer under this Agreement, in source and object form.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software about the Customer's equipment, work orders, spare parts, suppliers, personnel and operations.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.4 that the Software and the Custom Deliverables meet the Acceptance Criteria.
P:1.5 "Severity 1 Incident" means an incident that makes the Software unavailable to users at either plant, or prevents the creation, approval or closing of work orders.
P:1.6 "Go-Live Date" means the date on which the Software is first used in production at both plants.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 150 named users at the Customer's plants in Hefei and Wuhu, including use by its affiliates in the People's Republic of China for their internal purposes.
P:2.2 The Vendor shall provide the following services: (a) installation of the Software on the Customer's servers; (b) configuration of asset hierarchies, preventive maintenance plans, calibration schedules and approval workflows; (c) interfaces with the Customer's ERP system for purchase requisitions, spare-parts stock and cost centres, and with its energy metering system; (d) migration of about 18,000 asset records and five years of work-order history; and (e) training of key users and administrators.
P:2.3 The services shall be performed partly on site in Hefei and Wuhu and partly remotely from Nagpur, in accordance with the project plan in Annex 2.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,902,000, inclusive of all taxes, composed of: Licence Fee CNY 1,260,000; implementation services CNY 420,000; interfaces CNY 184,000; and training CNY 38,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and visa costs of the Vendor's personnel are included, and no other charge is payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price as follows: (a) 10% within 30 days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Customer; (b) 55% within 30 days after the Vendor's written notice that installation, configuration and data migration are complete, which notice shall not constitute acceptance; and (c) the balance of 35% within 30 days after Final Acceptance.
P:4.2 Payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and migration within 16 weeks after signature, and the Go-Live Date shall occur within 20 weeks after signature.
P:5.2 The Acceptance Criteria are: (a) every function in the agreed functional specification passes the agreed test scripts; (b) migrated asset and work-order records reconcile with the source files by record count and by spare-parts value; (c) the ERP interfaces run for 15 consecutive working days without a failed transfer; (d) screen response time stays under 3 seconds with 80 concurrent users; and (e) there is no open Severity 1 Incident.
P:5.3 After the Go-Live Date the Software shall run in production for a trial period of 45 days.
P:5.4 At the end of the trial period the parties shall carry out the final acceptance tests. If the Acceptance Criteria are met, the Customer shall issue a Final Acceptance certificate within ten working days. Use of the Software in production, any payment, or the signing of a delivery note shall not be deemed acceptance. If a test fails, the Vendor shall correct the defect and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the functional specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new releases, and provide support free of charge.
P:6.2 During the Warranty Period the Vendor shall respond to a Severity 1 Incident within one hour, around the clock, and shall provide a workaround within 8 hours. Severity 2 incidents shall be answered within one business day and Severity 3 incidents within three business days.
P:6.3 For each hour by which the Vendor exceeds the Severity 1 response time or the workaround time, the Vendor shall grant a service credit of CNY 1,500, deducted from the next payment or paid by the Vendor within 30 days.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Licence Fee, that is CNY 138,600 per year. This price is fixed for the first three years after the Warranty Period. Each year of support is ordered by a separate purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All Custom Deliverables belong to the Customer from their creation. The Vendor shall hand over their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely, including by engaging third parties.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all resulting costs and damages.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process it only to perform this Agreement and shall not use, copy or disclose it for any other purpose.
P:8.2 The Software shall be installed on the Customer's own servers in the People's Republic of China. The Vendor shall not transfer Customer Data out of the People's Republic of China.
P:8.3 Remote access shall be made only through the Customer's VPN with multi-factor authentication, approved for each session by the Customer's IT department and logged. The Vendor shall keep no copy of Customer Data after a session ends.
P:8.4 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall cooperate in containing it, and shall be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including process documentation, drawings and prices, and shall use it only for the purposes of this Agreement.
P:9.2 These obligations continue for five years after this Agreement ends and do not apply to information that is public or independently developed.
H:Article 10 Delay and Liability
P:10.1 If the Go-Live Date does not occur within the period stated in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination under Article 12.1 the Vendor shall refund the payments received for the parts of the work that have not been accepted, and shall hand over all Custom Deliverables completed so far.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of India.
P:14.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of both parties. If it is not resolved within 30 days, it shall be finally settled by arbitration under the Arbitration and Conciliation Act, 1996, by a sole arbitrator. The seat of arbitration shall be Nagpur, and the language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Scripts), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

E02 = """# QualiTrack Cloud: Order Form and General Terms

**Order Form No. MCW-OF-2026-0931**

## PART A: ORDER FORM

### A1. Parties

- **Provider:** Malwa Cloudworks Private Limited, a company incorporated in India, registered office at Vijay Nagar, Indore 452010, Madhya Pradesh, India.
- **Customer:** Changzhou Hengrun Auto Parts Co., Ltd., a company established in the People's Republic of China, registered office in the Wujin High-Tech Industrial Zone, Changzhou, Jiangsu Province.

This Order Form is placed under, and incorporates, the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

### A2. Service

QualiTrack Cloud, the Provider's supplier quality management service, Enterprise edition, with the following modules: supplier audits, incoming inspection, non-conformance and 8D reports, PPAP document control, and supplier scorecards. The Service is hosted for the Customer in a data centre in mainland China (Shanghai region).

Named users: 260. Customer sites covered: Changzhou plant, Yancheng plant and the Shanghai purchasing office.

### A3. Subscription Term

The Initial Term is 24 months, made up of two Subscription Years, starting on the Service Start Date. The Service Start Date is the date of Onboarding Acceptance under Part B Section 3. The target date for Onboarding Acceptance is 10 weeks after the signature of this Order Form.

### A4. Fees

| Item | Basis | Quantity | Amount (CNY) |
|---|---|---|---|
| Subscription Fee, Subscription Year 1 | CNY 1,150 per named user | 260 users | 299,000 |
| Subscription Fee, Subscription Year 2 | CNY 1,150 per named user | 260 users | 299,000 |
| Onboarding Fee (one-time) | fixed price | 1 | 64,000 |
| **Total Order Value** | | | **662,000** |

All amounts include VAT. Additional named users during the Initial Term are charged at CNY 1,150 per user per Subscription Year, pro rata, and are not part of the Total Order Value.

### A5. Invoicing and Payment

- The Onboarding Fee is invoiced on Onboarding Acceptance.
- The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year; the first invoice is issued on the Service Start Date.
- Invoices are payable within 30 days of receipt by bank transfer in CNY to the Provider's account in mainland China. No amount is payable before the Service Start Date.

### A6. Special Terms

- The Provider's project lead for onboarding is named in the onboarding plan. Workshops are held in Changzhou with a Chinese interpreter provided by the Provider.
- Data migration covers the Customer's supplier master data (about 1,400 suppliers) and open non-conformance reports.

Signed for the Provider: ____________________ Date: ________

Signed for the Customer: ____________________ Date: ________

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and images that the Customer or its users upload to, or create in, the Service, including supplier information, inspection results and audit records.

1.2 "Customer Configurations" means the workflows, forms, report templates, scorecard formulas and integration scripts that the Provider develops or configures specifically for the Customer.

1.3 "Priority 1 Incident" means an incident that makes the Service unavailable to all users, or prevents the recording of incoming inspections at any plant.

1.4 "Subscription Year" means each successive annual period of the Subscription Term starting on the Service Start Date or an anniversary of it.

### 2. The Service

2.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with the documentation and this Order Form.

2.2 The Provider may improve the Service from time to time, but shall not materially reduce the functions ordered in Part A.

2.3 The Customer shall use the Service only for its internal business and shall keep its user credentials secure.

### 3. Onboarding and Acceptance

3.1 The Provider shall configure the Service, build the Customer Configurations, migrate the data listed in A6, connect the Service to the Customer's ERP system for purchase orders and goods receipts, and train key users.

3.2 Onboarding Acceptance takes place when all of the following criteria are met: (a) the test cases in the onboarding plan pass; (b) migrated supplier records reconcile with the Customer's source files by count and key fields; (c) the ERP interface processes purchase orders and goods receipts for ten consecutive working days without error; and (d) the Customer confirms acceptance in writing. Use of the Service before that confirmation is not acceptance.

3.3 If Onboarding Acceptance is delayed beyond the target date in A3 for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay, deducted from the Onboarding Fee or the first Subscription Fee invoice.

### 4. Service Levels

4.1 The Provider shall ensure that the Service is available 99.95% of the time in each calendar month, measured at the Provider's hosting boundary, excluding scheduled maintenance announced five days in advance and performed between 22:00 and 06:00 China Standard Time.

4.2 The Provider shall respond to a Priority 1 Incident within 30 minutes and restore the Service or provide a workaround within 6 hours. Priority 2 incidents are answered within two hours and Priority 3 incidents within one business day.

4.3 If monthly availability falls below the commitment in Section 4.1, the Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each 0.1 percentage point of shortfall or part of it, up to half of the monthly share. For each hour by which a Priority 1 response or restoration time is exceeded, the Customer receives a credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, analyse or share it.

5.2 The Provider shall store and process Customer Data only in mainland China, shall encrypt it in transit and at rest, shall restrict access to authorised personnel with multi-factor authentication, and shall keep access logs for at least six months.

5.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate remedial action, and is liable for losses caused by its failure to comply with this Section 5.

5.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

### 6. Intellectual Property

6.1 The Service, its software and documentation remain the property of the Provider.

6.2 Customer Configurations belong to the Customer. The Provider shall deliver them in an exportable form on request, and the Customer may use, modify and license them freely, including with another service provider.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received in connection with this Order Form and shall use it only to perform or receive the Service. This obligation survives for three years after the Subscription Term ends.

### 8. Subcontractors

The Provider may engage subcontractors and sub-processors, including its hosting provider in Shanghai and its support partner, to perform any part of the Service. The Provider shall notify the Customer of any new subcontractor by updating the list on its customer portal at least 14 days in advance. The Provider remains responsible for the acts of its subcontractors.

### 9. Liability

9.1 Each party's total liability arising out of or in connection with this Order Form shall not exceed the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss or loss of profit. Section 9.1 does not limit liability for personal injury, fraud or wilful misconduct.

### 10. Term, Renewal and Termination

10.1 After the Initial Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

10.2 The Provider may increase the Subscription Fee for any renewal term to its then-current list price by giving notice at least 75 days before the renewal term begins.

10.3 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the period after termination.

### 11. Governing Law and Disputes

11.1 This Order Form and the General Terms are governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent.

12.2 Notices shall be given in writing to the addresses in A1 or to the e-mail addresses named in the onboarding plan.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR A VIBRATION MONITORING SYSTEM
P:Contract No. GJP-EQ-2026-0583
P:Buyer: Jiangxi Ganjiang Paper Co., Ltd., a company established in the People's Republic of China, with its registered office in Jiujiang, Jiangxi Province (the "Buyer").
P:Supplier: Narmada Sensing Technologies Private Limited, a company incorporated in India, with its registered office at Arera Hills, Bhopal 462011, Madhya Pradesh, India (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer operates two paper machines and a pulp line at its Jiujiang mill and wishes to monitor the condition of its rotating equipment continuously. The Supplier has offered wireless vibration sensors, gateways, edge servers and its monitoring software, and the parties agree as follows.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, edge servers and Monitoring Software listed in Clause 2, installed and configured at the mill.
P:1.2 "Monitoring Software" means the Supplier's VibraSense condition-monitoring software, including its analytics engine, dashboards and mobile application.
P:1.3 "Buyer Data" means all measurements, waveforms, alarms, asset records and reports collected or generated by the System.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 5.3.
P:1.5 "Severity 1 Fault" means a fault that stops data collection from an entire paper machine or the pulp line, or stops the alarm function.
H:2. Scope of Supply and Price
P:2.1 The Supplier shall supply, install, configure and commission the System, train the Buyer's staff, and provide the warranty services in Clause 6. The price list is as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|2,600|1,092,000
TB:2|Industrial wireless gateway|36|9,500|342,000
TB:3|Edge server with redundant power supply|2|68,000|136,000
TB:4|VibraSense Monitoring Software, perpetual licence for 420 points|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||2,056,000
TB:5|Installation, configuration and commissioning|1|238,000|238,000
TB:6|Training (operators and reliability engineers)|1|22,000|22,000
TB:|Contract Price|||2,316,000
P:2.2 The Contract Price of CNY 2,316,000 is fixed and includes VAT, packing, transport to the mill, insurance, import formalities, installation, commissioning, training, documentation and all services during the Warranty Period.
P:2.3 The Supplier shall provide the Monitoring Software in a Chinese-language version. The licence is perpetual and irrevocable and allows the Buyer to monitor up to 420 measurement points at the mill.
H:3. Payment
P:3.1 The Buyer shall pay: (a) 10% of the Contract Price within 30 days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China; (b) 55% within 30 days after the Installation Certificate under Clause 4.3; and (c) 35% within 30 days after Final Acceptance.
P:3.2 The Installation Certificate only records that the equipment has been delivered and installed. It is not acceptance of the System.
P:3.3 All payments are made in CNY against a valid VAT invoice issued by the Supplier's authorised agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the mill within 10 weeks after signature and complete installation within 6 further weeks. Installation shall be carried out during the planned shutdowns notified by the Buyer.
P:4.2 The Supplier's personnel shall follow the Buyer's safety rules, including lock-out procedures, hot-work permits and the wearing of protective equipment.
P:4.3 When installation is complete the parties shall sign an Installation Certificate listing the installed items.
P:4.4 The Supplier shall provide a packing list with each shipment and shall replace any item damaged in transport within 14 days at its own cost.
H:5. Acceptance
P:5.1 After installation the System shall be tested against the following criteria: (a) every sensor reports data to the Monitoring Software at the configured interval; (b) data loss on each gateway is below 0.5% over 14 days; (c) alarms configured for each asset are triggered correctly in a simulated test; (d) measurements on ten reference points agree with the readings of a calibrated portable analyser within the tolerance stated in Annex 1; and (e) the interface to the Buyer's maintenance system creates work orders from alarms.
P:5.2 After the tests are passed, the System shall run for 60 days without a Severity 1 Fault.
P:5.3 When the criteria in Clauses 5.1 and 5.2 are met, the Buyer shall sign a Final Acceptance certificate. Use of the System, payment, or the signing of the Installation Certificate does not mean acceptance. If a test fails, the Supplier shall remedy the defect at its own cost and the test shall be repeated.
H:6. Warranty and Service
P:6.1 The Warranty Period is 36 months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace any defective equipment free of charge, including batteries of sensors that fail before their rated life, and shall supply software updates and new versions of the Monitoring Software.
P:6.2 Fault handling during the Warranty Period is as follows:
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Data collection stopped for a whole machine or line, or alarm function lost|30 minutes|8 hours
TB:Severity 2|Single gateway or group of sensors without data|2 hours|2 business days
TB:Severity 3|Other faults and questions|1 business day|10 business days
P:6.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,000. For each hour by which a Severity 2 time is exceeded, the Supplier shall pay CNY 300. The Buyer may deduct these amounts from any payment due.
P:6.4 The Supplier shall keep a stock of spare sensors and one spare gateway at the mill during the Warranty Period. It shall send the Buyer a quarterly warranty report listing faults, repairs, battery replacements and open issues.
P:6.5 After the Warranty Period, the Buyer may order annual support covering repairs, software updates and remote support at 8% of the Hardware and Licence Subtotal, that is CNY 164,480 per year. This price is fixed for the three years after the Warranty Period. Support is ordered by the Buyer year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Monitoring Software remains the property of the Supplier.
P:7.2 The dashboards, asset models, alarm rules and integration programs developed for the Buyer under this Contract belong to the Buyer. The Supplier shall deliver them with their source files at Final Acceptance, and the Buyer may use, modify and license them freely.
P:7.3 The Supplier warrants that the System does not infringe any third party's rights and shall indemnify the Buyer against any such claim.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall not use Buyer Data for any purpose other than performing this Contract and shall not transfer it out of mainland China.
P:8.2 The System shall run on the edge servers in the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's remote-access gateway, with approval for each session, and all sessions are recorded.
P:8.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within 12 hours, shall help to contain it, and shall compensate all losses caused by its breach of this Clause 8.
P:8.4 At the end of the Warranty Period, and whenever the Buyer asks, the Supplier shall delete any Buyer Data held on its own devices and confirm this in writing.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's mill, processes, equipment and production received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to deliver the equipment or to complete installation within the periods in Clause 4.1, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, or breach of Clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Any local installation contractor proposed by the Supplier must be approved in writing by the Buyer, and the Supplier remains responsible for its work.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Clause 10.1 reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for items not accepted and shall remove them from the mill at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang. The award is final and binding.
H:14. General
P:14.1 Annex 1 (Technical Specification and Test Tolerances) and Annex 2 (Installation Plan) form part of this Contract.
P:14.2 This Contract is made in English and Chinese in four originals, two for each party. Both versions have equal force. Notices shall be given in writing to the addresses above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. VIS-MSA-2026-027**

This Managed IT Services Agreement (the "Agreement") is made on ____ 2026 between:

- **Vaigai Infotech Services Private Limited**, a company incorporated in India with its registered office at Anna Nagar, Madurai 625020, Tamil Nadu, India (the "Provider"); and
- **Shaoxing Huaxin Textile Co., Ltd.**, a company established in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer").

The Customer operates a weaving plant, a dyeing and finishing plant and a sales office in Shanghai. It wishes to outsource its IT service desk, end-user support and server operations to the Provider for a fixed term of 36 months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date of Transition Acceptance under Section 3.3.

1.5 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses, stores or handles in performing the Services.

1.6 "Priority 1 Incident" means an incident that stops production planning, dyeing recipe management or order processing at any plant, or makes the ERP system unavailable.

## 2. Term

2.1 This Agreement starts on signature and continues until the end of 36 months after the Service Commencement Date (the "Service Term").

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, with the charges agreed at that time.

## 3. Transition

3.1 The Provider shall carry out the transition of the Services from the Customer's internal IT team in accordance with the transition plan agreed at signature. Transition includes the inventory of all devices and servers, the set-up of the service desk tools, knowledge transfer sessions and the preparation of runbooks for every server.

3.2 The target date for Transition Acceptance is 8 weeks after signature.

3.3 Transition Acceptance occurs when all of the following criteria are met and the Customer confirms this in writing: (a) the asset inventory covers all devices and servers listed in Schedule 1; (b) runbooks exist for all servers and have been tested by the Customer's IT manager; (c) the service desk has handled all tickets for ten consecutive working days in parallel run without a missed Priority 1 response; and (d) backup and restore of each production server has been demonstrated. Use of the Services before that confirmation is not acceptance.

3.4 If Transition Acceptance is not reached by the target date, the Provider shall continue the transition with additional resources at no extra charge until the criteria are met.

## 4. Services and Service Levels

4.1 From the Service Commencement Date the Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Provider shall keep two engineers on site in Keqiao during the Customer's working hours. Other Services may be delivered remotely from the Provider's service centre.

4.3 The Provider shall send the Customer a monthly service report showing performance against each Service Level, tickets by category, open problems and planned changes. A service review meeting is held each month.

4.4 If the Provider fails to meet a Service Level, the service credits in Schedule 2 apply. Service credits are deducted from the next monthly invoice.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3.

5.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the first full month after the Service Commencement Date.

5.3 Invoices are payable within 30 days in CNY by bank transfer to the account of the Provider's branch office in Hangzhou. No advance payment is made under this Agreement.

5.4 The Charges are fixed for the Service Term. They cover up to 380 end users and 46 servers; changes in volume beyond 10% are handled through the change procedure.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and for no other purpose.

6.2 At the end of the Service Term the Provider shall return to the Customer all Customer Data, runbooks and documentation in its possession.

## 7. Intellectual Property

7.1 Tools and software owned by the Provider before this Agreement remain the Provider's property. The Provider grants the Customer a free licence to use them during the Service Term and the exit period.

7.2 Runbooks, scripts, knowledge articles and documentation created by the Provider for the Customer under this Agreement belong to the Customer. The Customer may use, modify and license them freely, including with a replacement provider.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including information on products, dyeing recipes, customers, prices and IT systems, and shall use it only to perform this Agreement.

8.2 The Provider shall ensure that its staff working on the Services have signed confidentiality undertakings. These obligations continue for five years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 The Provider shall not replace the on-site engineers or the service delivery manager without giving the Customer two weeks' notice and an opportunity to interview the replacement.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Each party's total liability under this Agreement shall not exceed 150% of the total Charges for the Service Term.

10.2 This limit does not apply to personal injury, fraud or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

## 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider misses the same Service Level in three consecutive months.

11.2 Either party may terminate this Agreement if the other becomes insolvent.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days, including knowledge transfer to the Customer or a replacement provider, at the rates in Schedule 3.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding on both parties.

## 13. General

This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above.

Signed for the Provider: ____________________

Signed for the Customer: ____________________

## Schedule 1: Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail and portal, in Chinese and English; ticket logging, first-line resolution and escalation | 07:00 to 23:00, every day |
| End-user support | Desk-side support for 380 users at the two plants; PC and printer set-up, moves and changes | Working hours, on site |
| Server operations | Monitoring of 46 servers, operating system updates, capacity reporting, start-up and shutdown procedures | 24 x 7 remote monitoring |
| Backup administration | Daily backup jobs, restore tests each quarter, media handling | Daily |
| ERP and plant systems support | First-line support for the ERP system and the dyeing recipe system, coordination with software vendors | Working hours, on call outside |
| Asset management | Inventory of hardware and software licences, updated monthly | Monthly |

## Schedule 2: Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 Incident response | 15 minutes | CNY 1,000 for each hour or part of an hour of delay |
| Priority 1 Incident restoration | 6 hours | CNY 2,000 for each hour or part of an hour of delay |
| Priority 2 Incident response | 1 hour | CNY 300 for each hour of delay |
| Availability of managed production servers | 99.95% per month | 3% of the Monthly Service Charge for each 0.1 percentage point below target |
| Service desk calls answered within 30 seconds | 90% per month | 2% of the Monthly Service Charge |
| Restore tests completed each quarter | all production servers | 2% of the Monthly Service Charge |

Total service credits in a month shall not exceed one fifth of the Monthly Service Charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, fixed | 72,000 |
| Monthly Service Charge | CNY 58,000 per month for 36 months | 2,088,000 |
| **Total Charges for the Service Term** | | **2,160,000** |
| Exit assistance (Section 11.3) | per engineer day, only if used | 2,400 |
| Additional work by request | per engineer day, only if ordered | 2,400 |

All Charges include VAT.
"""

E05 = """AGRO-METEOROLOGICAL DATA API SUBSCRIPTION AGREEMENT

Agreement No. KGA-API-2026-0218

PARTIES

Kaveri Geodata Analytics Private Limited, a company incorporated in India with its registered office at Vijayanagar, Mysuru 570017, Karnataka, India ("Vendor").

Anhui Hefeng Seed Industry Co., Ltd., a company established in the People's Republic of China with its registered office in Hefei, Anhui Province ("Customer").

BACKGROUND

The Customer breeds and sells maize, rice and wheat seed and runs variety trials in eleven provinces. It wishes to subscribe to the Vendor's agro-meteorological data and crop-model API to support trial planning, variety recommendations and advice to growers. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Vendor's application programming interface through which the Customer retrieves Vendor Data and model outputs.

1.2 "Vendor Data" means the gridded weather observations and forecasts, soil moisture estimates, growing degree days, crop-stage predictions and other data sets made available through the API.

1.3 "Customer Data" means the field boundaries, trial plot records, yield results, variety information and query parameters that the Customer submits to the API or uploads to the Vendor's platform, and any results calculated only from them.

1.4 "Subscription Year" means each of the two consecutive annual periods starting on the Service Start Date and on its first anniversary.

1.5 "Service Start Date" means the date of Onboarding Acceptance under Clause 4.3.

1.6 "Custom Feeds" means the data feeds, field-level reports and integration scripts that the Vendor builds specifically for the Customer under Clause 4.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Vendor Data for the Customer's internal research, breeding, trial management and advice to growers who buy its seed.

2.2 The subscription covers the Customer's trial sites and sales regions in mainland China, up to 2,000,000 API calls per month and up to 30 named developer accounts.

2.3 The Customer shall not resell the Vendor Data as a data product of its own. Reports and recommendations that the Customer prepares for growers may include Vendor Data in the normal course of its business.

2.4 The API is served to the Customer from a cloud region in mainland China operated under the Vendor's account.

2.5 The Vendor shall inform the Customer of material changes to data sources, model versions and endpoints at least 30 days in advance, and shall keep the previous API version running for at least 90 days after a new version is released.

3. TERM

3.1 The Subscription Term is two Subscription Years from the Service Start Date.

3.2 This Agreement does not renew automatically. Any further subscription requires a new order agreed in writing by both parties.

4. ONBOARDING AND ACCEPTANCE

4.1 The Vendor shall, within 6 weeks after signature: (a) provision the production and test environments; (b) load the Customer's trial site list and field boundaries; (c) build the Custom Feeds described in Annex 1, including a daily field-level feed for each trial site and a weekly crop-stage report by variety; and (d) support the Customer's IT team in connecting the API to its trial management system.

4.2 The acceptance criteria are: (a) all endpoints listed in Annex 1 return valid responses for every trial site; (b) the Custom Feeds are delivered on schedule for ten consecutive days; (c) the median API response time is under 800 milliseconds during a load test of 50 requests per second; and (d) weather observations for twenty reference stations chosen by the Customer match the national meteorological records within the tolerances in Annex 1.

4.3 When the criteria are met, the Customer shall confirm Onboarding Acceptance in writing. Use of the API before that confirmation is not acceptance.

4.4 If Onboarding Acceptance is not reached within the period in Clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer 0.1% of the Total Fees for each day of delay, up to 8% of the Total Fees.

5. FEES AND PAYMENT

5.1 The fees are:

Item                                         Amount (CNY)
Subscription Fee, Subscription Year 1            386,000
Subscription Fee, Subscription Year 2            386,000
Onboarding and Custom Feed Fee (one-time)         58,000
Total Fees                                       830,000

5.2 The Vendor shall invoice the Onboarding and Custom Feed Fee together with the Subscription Fee for Subscription Year 1 upon signature. The Customer shall pay that invoice within 15 days after receipt. The Vendor is not obliged to provision the production environment before it receives this payment.

5.3 The Subscription Fee for Subscription Year 2 is invoiced on the first anniversary of the Service Start Date and payable within 30 days.

5.4 API calls above the monthly allowance in Clause 2.2 are charged at CNY 0.02 per call, invoiced monthly in arrears. These usage charges are not part of the Total Fees.

5.5 All fees include VAT and are paid in CNY by bank transfer.

6. SERVICE LEVELS

6.1 The Vendor shall make the API available 99.95% of the time in each calendar month, excluding scheduled maintenance announced three days in advance and performed between 01:00 and 05:00 China Standard Time.

6.2 Incidents are classified as follows: Priority 1, the API is unavailable or returns wrong data for all sites; Priority 2, some endpoints or sites are affected; Priority 3, other issues. The Vendor shall respond to a Priority 1 incident within one hour and restore the API within 6 hours, and to a Priority 2 incident within 3 hours.

6.3 If monthly availability falls below the level in Clause 6.1, the Customer is entitled to a service credit of 5% of the monthly share of the Subscription Fee for each 0.1 percentage point of shortfall. For each hour by which a Priority 1 response or restoration time is exceeded, the Customer is entitled to a credit of CNY 600. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

6.4 If a Custom Feed is delivered late, the Vendor shall deliver it as soon as possible and report the cause.

6.5 The Vendor shall send the Customer a monthly report showing availability, response times, incidents and the delivery of each Custom Feed.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the API and the Custom Feeds to the Customer, and shall not use it to improve its models, to create data products or for any other purpose.

7.2 The Vendor shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named staff using multi-factor authentication, and keep access logs for at least one hundred and eighty days.

7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take immediate steps to contain it, and shall be liable for all losses caused by its failure to comply with this Clause 7.

7.4 Within 30 days after the Subscription Term ends, the Vendor shall return all Customer Data in a standard format, delete it from its systems and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The API, the Vendor Data and the Vendor's models remain the property of the Vendor and its licensors.

8.2 The Custom Feeds belong to the Customer. The Vendor shall deliver their scripts and specifications at Onboarding Acceptance, and the Customer may use, modify and license them freely, including with another data provider.

8.3 The Vendor warrants that the Customer's use of the API and Vendor Data in accordance with this Agreement does not infringe any third party's rights.

9. SUBCONTRACTING

9.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The cloud provider named in Annex 2 is approved by the signature of this Agreement. The Vendor remains responsible for every approved subcontractor.

10. LIABILITY

10.1 The Vendor's total liability under this Agreement is limited to 200% of the Total Fees. This limit does not apply to personal injury, fraud, wilful misconduct or breach of Clause 7.

10.2 Neither party is liable for loss of profit or indirect loss, except as stated in Clause 10.1.

11. TERMINATION

11.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the Vendor misses the availability level in Clause 6.1 in three consecutive months.

11.2 If the Customer terminates under Clause 11.1, the Vendor shall refund the Subscription Fee for the part of the Subscription Year after termination.

12. FORCE MAJEURE

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final and binding.

14. GENERAL

14.1 Annex 1 (Endpoints, Custom Feeds and Tolerances) and Annex 2 (Hosting) form part of this Agreement.

14.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses stated above.

SIGNATURES

For the Vendor: ____________________  Date: __________

For the Customer: ____________________  Date: __________
"""

# ---------------------------------------------------------------- targets and labels

FILES = {
    "z01": ("h841z01_forestry_musk_deer_monitoring_platform.pdf", "zh", Z01),
    "z02": ("h841z02_sticky_note_plant_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h841z03_kalimba_school_chain_booking_saas.txt", "zh", Z03),
    "z04": ("h841z04_ocean_bureau_tidal_plant_monitoring_om.txt", "zh", Z04),
    "z05": ("h841z05_stained_glass_studio_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h841e01_cmms_perpetual_licence_nagpur_vendor.pdf", "en", E01),
    "e02": ("h841e02_quality_saas_order_form_indore_vendor.md", "en", E02),
    "e03": ("h841e03_paper_mill_vibration_sensors_bhopal_vendor.docx", "en", E03),
    "e04": ("h841e04_textile_managed_it_services_madurai_vendor.md", "en", E04),
    "e05": ("h841e05_agro_weather_data_api_mysuru_vendor.txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# one row per draft, values in KEYS order, then the extras
L = {
    #       avail  p1    remedy ip         dsec  owns   conf  ld                  cap          prepay                   acc   final  warr pwf  auto   term   sub    law      kind
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 7, False, True, False, "PRC", "goods_or_licence"],
            dict(category="software", sla_clause=True, ld_stated=True, capped=True, deemed=False, value=2090000)),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, False, "PRC", "goods_or_licence"],
            dict(category="hardware", sla_clause=True, ld_stated=True, capped=True, deemed=False, value=2210000)),
    "z03": ([99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, True, "PRC", "service"],
            dict(category="cloud", sla_clause=True, ld_stated=True, deemed=False, value=722000)),
    "z04": ([99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False, False, "PRC", "service"],
            dict(category="services", sla_clause=True, ld_stated=True, deemed=False, value=868000)),
    "z05": ([None, None, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 10, False, True, None, None, "goods_or_licence"],
            dict(category="software", sla_clause=False, ld_stated=True, capped=True, deemed=True, value=440000)),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False, "India", "goods_or_licence"],
            dict(category="software", sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1902000)),
    "e02": ([99.95, 0.5, True, "buyer", True, True, True, 500 / 662000 * 100, 6 / 24 * 100, None, True, None, None, None, True, True, True, "PRC", "service"],
            dict(category="cloud", sla_clause=True, ld_stated=True, deemed=False, value=662000)),
    "e03": ([None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False, "PRC", "goods_or_licence"],
            dict(category="hardware", sla_clause=True, ld_stated=True, capped=True, deemed=False, value=2316000)),
    "e04": ([99.95, 0.25, True, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", "service"],
            dict(category="services", sla_clause=True, ld_stated=False, deemed=False, value=2160000)),
    "e05": ([99.95, 1, True, "buyer", True, True, False, 0.1, 200, (386000 + 58000) / 830000 * 100, True, None, None, None, False, True, False, "PRC", "service"],
            dict(category="cloud", sla_clause=True, ld_stated=True, deemed=False, value=830000)),
}

# TCO inputs for goods_or_licence drafts: (fee base = itemised licence/hardware subtotal, fee %, warranty months)
TCO_IN = {"z01": (1120000, 7, 24), "z02": (2006000, 26, 18), "z05": (168000, 10, 6), "e01": (1260000, 11, 24),
          "e03": (2056000, 8, 36)}
FORUM_OUTSIDE = {k: False for k in FILES}  # no draft sends disputes outside mainland China (e01: Nagpur, with Indian law)

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "e05": ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy §3 thresholds (defaults of the shipped pack)
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)


def tco_share(key):
    if key not in TCO_IN:
        return None
    base, pct, warr = TCO_IN[key]
    value = L[key][1]["value"]
    fee = base * pct / 100
    post_years = max(0.0, 5 - warr / 12)
    service = fee * post_years
    return service / (value + service) * 100, value + service, fee


def derive(key, t, x):
    """Rules from the labels, as I read policy §3 and its reading notes."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s[0] > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE[key]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, lang, _ = FILES[key]
    vals, ex = L[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": ex["sla_clause"], "ld_stated": ex["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = ex["capped"]
    x["acceptance_deemed_on_delivery"] = ex["deemed"]
    x["contract_value"] = ex["value"]
    return {"file": name, "language": lang, "category": ex["category"], "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------- threshold scan

TH_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.,])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九点])",
    r"(?<![\d.])4\s*-?\s*(?:小时|个小时|hours?|hrs?\b|h\b)",
    r"(?<![十\d])四个?小时",
    r"(?<![\w-])four[\s-]*hours?",
    r"(?<![\d.])0?\.050*\s*(?:%|％)",
    r"万分之五(?![十])",
    r"千分之零点五",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?)",
    r"十二个月",
    r"(?<![\w-])twelve[\s-]*months?",
    r"一年质保|质保期为?一年|one[\s-]year\s+warranty|warranty\s+(?:period\s+)?of\s+one\s+year",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "30%", "40 %", "15％", "100%", "15 per cent", "百分之三十", "百分之十五", "4小时",
            "4 hours", "4-hour", "四小时", "四个小时", "four hours", "four-hour", "0.05%", "0.050 %", "万分之五",
            "12 months", "12个月", "十二个月", "twelve months", "一年质保", "质保期为一年"]
MUST_MISS = ["99.95%", "99.99", "99.5%", "130%", "0.15%", "35%", "150%", "115%", "百分之三十五", "24小时",
             "24 hours", "14 hours", "二十四小时", "十四小时", "twenty-four hours", "fourteen hours", "0.055%",
             "0.5%", "0.08%", "万分之八", "18 months", "24个月", "112 months", "十八个月", "30日", "15日", "40家"]


def self_test():
    for s in MUST_HIT:
        assert TH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not TH_RE.search(s), ("must miss", s)


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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: src for k, (name, lang, src) in FILES.items() if name.endswith((".docx", ".pdf"))}
    targets = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, lang, src) in FILES.items():
        lab = label(k)
        t = lab["expected_terms"]
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        assert risk(rules) == DESIGN_RISK[k], (k, risk(rules))
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != TH["availability"] and t["p1_response_hours"] != TH["p1"]
        assert t["ld_rate_per_day_pct"] != TH["ld"] and t["liability_cap_pct"] != TH["cap"]
        assert t["prepayment_pct"] != TH["prepay"] and t["warranty_months"] != TH["warranty"]
        assert t["post_warranty_fee_pct"] != TH["pwf"]
        sh = tco_share(k)
        if sh is not None:
            assert abs(sh[0] - TH["tco"]) > 2, (k, sh)
        # built file as read back: length and threshold figures
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = TH_RE.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        print("%s %-62s %s %5d %-6s %s%s" % (k, name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                            "" if sh is None else "  TCO %.1f%% (%.0f, fee %.0f)" % sh))
    assert len(covered) == 20 and covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    # payment splits and price sums
    assert 418000 + 940500 + 731500 == 2090000 and 1120000 + 786000 + 148000 + 36000 == 2090000
    assert 586000 + 742000 + 318000 + 96000 + 264000 == 2006000 and 2006000 + 178000 + 26000 == 2210000
    assert 312000 * 2 + 98000 == 722000 and 40 * 7800 == 312000 and 217000 * 4 == 868000
    assert 168000 + 236000 + 36000 == 440000 and 286000 + 154000 == 440000
    assert 1260000 + 420000 + 184000 + 38000 == 1902000
    assert 299000 * 2 + 64000 == 662000 and 260 * 1150 == 299000
    assert 420 * 2600 + 36 * 9500 + 2 * 68000 + 486000 == 2056000 and 2056000 + 238000 + 22000 == 2316000
    assert 58000 * 36 + 72000 == 2160000 and 386000 * 2 + 58000 == 830000
    print("all checks passed; rules covered:", len(covered))
