"""holdout857: builds the ten blind held-out draft contracts of this folder from their sources below, writes their
.json labels and asserts the checks of the brief (design rules = rules derived from the labels, coverage of all 20 CR
rules, text lengths as read back, no label value on a policy threshold, no threshold figure in any text, TCO shares).

Run: /work/main/.venv/bin/python -B make_files.py  (imports ../word_pdf.py for the .docx and .pdf files)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# Sources: Chinese drafts
# ---------------------------------------------------------------------------------------------------------------
Z01 = """T:城市家具与报刊亭管理平台建设项目合同
P:合同编号：CGJ-ZFCG-2026-117　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市城市管理局
P:乙方（供应商）：某市数联城服信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就城市家具与报刊亭管理平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供城市家具与报刊亭管理平台软件（以下简称"平台"）的永久使用许可，授权范围为甲方及其下属各区城管执法分局，不限用户数。
P:1.2 乙方按甲方需求完成以下定制开发：报刊亭设置审批与年检模块、城市家具（座椅、垃圾箱、路名牌、护栏等）台账与巡查移动端、城市家具"一张图"GIS展示、与市数字城管平台及市政务服务平台的接口。
P:1.3 乙方负责存量台账数据（约八万余条）的清洗与迁移，以及部署、联调、培训和试运行保障。
P:1.4 平台部署于甲方指定的市政务云资源，乙方不另行提供服务器等硬件设备，但应提出部署资源配置方案并负责安装中间件。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾捌万肆仟元整（¥1,684,000），其中：平台软件许可费¥736,000；定制开发费¥682,000；数据迁移及接口费¥164,000；实施及培训费¥102,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方测评配合等全部费用，甲方不再另行支付任何费用。
P:2.3 乙方在投标文件中承诺的优惠及增值服务，包括额外的现场培训和数据核查，均不另行收费。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移并通过初验后，甲方支付合同总价的45%。
P:3.3 平台试运行三个月期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款以财政资金到位为前提，乙方应提供合法有效的发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百五十日内完成全部开发、部署和数据迁移，并提交初验申请。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有同类城市管理信息化项目经验，开发期间驻场工作，未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及风险。
P:4.4 乙方应对甲方系统管理员、各分局业务骨干及巡查人员分批开展培训，培训不少于六期，并提供培训教材和操作视频，确保相关人员能够独立使用和日常管理平台。
H:第五条 验收
P:5.1 初验标准：功能符合需求规格说明书及招标文件技术要求；迁移数据经全量比对，差错条数为零；接口连续运行十日无差错；在三百并发用户下，一般查询响应不超过2秒，GIS图层加载不超过3秒。
P:5.2 最终验收标准：试运行期间无一级故障；第三方机构出具的安全测评报告无高危漏洞；全部文档和源代码已移交。
P:5.3 平台上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供的年度维护费不超过平台软件许可费的9%（即每年不超过¥66,240），该标准三年内不上调，维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护除外，计划维护须提前三日通知甲方）。
P:7.2 一级故障（平台整体不可用或数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 质保期内乙方每季度对平台开展一次巡检，提交巡检报告，内容包括运行状况、性能指标、安全漏洞修复情况及优化建议；重大活动、汛期等重要时段，乙方应安排专人值守。
P:7.4 一级故障每迟延响应或迟延恢复一小时，乙方支付违约金¥1,000；月可用率每低于约定值0.01个百分点，扣减当年维护费用或质保金¥2,000。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，甲方依本合同取得永久使用许可。
P:8.2 定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全与数据权属
P:9.1 平台中的全部业务数据、图片、位置信息归甲方所有。乙方不得将其用于本合同以外的任何用途，亦不得以任何方式留存副本。
P:9.2 乙方应落实网络安全等级保护要求，运维操作须经堡垒机并留存日志，不得将数据拷出甲方机房；发生数据安全事件的，应在2小时内报告甲方并采取补救措施。
P:9.3 乙方人员接触甲方数据前应签署安全承诺书，账号按最小权限原则分配，项目结束或人员离场时乙方应配合甲方收回全部账号和权限，并删除其持有的测试数据。
P:9.4 因乙方原因造成数据泄露、毁损或丢失的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、技术资料和网络信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付的平台存在质量问题，经两次整改仍不符合约定的，甲方有权要求乙方更换相关模块或另行委托第三方修复，费用由乙方承担。
P:11.4 乙方逾期超过六十日或验收两次不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目转包，亦不得分包；未经甲方书面同意，不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除本合同。
P:13.2 合同解除后，乙方应在十日内向甲方移交已完成的开发成果、源代码、文档及全部数据，并配合甲方或其指定的第三方完成平台交接，不得以任何理由拒绝或拖延。合同解除不影响甲方依本合同要求乙方支付违约金和赔偿损失的权利。
H:第十四条 不可抗力
P:14.1 因地震、洪水、战争等不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在十日内提供有关证明，双方可根据影响程度协商延期履行、部分履行或解除合同。不可抗力消除后，受影响一方应尽快恢复履行。
H:第十五条 争议解决
P:15.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。合同附件包括：需求规格说明书、报价明细表、项目实施计划、验收方案。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　日期：
"""
Z02 = """T:生产线控制系统改造合同
P:合同编号：BYC-JG-2026-032
P:甲方：某省明帘百叶窗制造有限公司
P:乙方：某市恒控自动化工程有限公司
P:甲方拟对其铝百叶、木百叶及卷帘三条生产线的控制系统进行改造，乙方具备相应的设计、供货和集成能力。双方经协商，就改造所需设备、软件及服务订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线控制系统的设计、供货、安装、编程、调试和培训，包括更换PLC控制柜、伺服驱动、触摸屏，加装在线检测装置，以及部署产线监控软件。
P:1.2 产线监控软件应实现设备状态采集、产量与良品率统计、故障报警、配方管理和班组报表，并与甲方现有ERP系统对接。
P:1.3 乙方提供的设备应为全新原厂正品，PLC、伺服及触摸屏品牌型号以投标文件所列为准，不得以其他品牌替代；如需变更，须经甲方书面同意且性能不低于原型号。
P:1.4 改造须在甲方安排的停产窗口内分线实施，每条线停产时间不超过十日，不得影响其他生产线正常运行。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾陆万捌仟元整（¥2,368,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含控制器、I/O模块）|3套|624,000
TB:2|伺服驱动及电机|42套|546,000
TB:3|工业触摸屏|9台|81,000
TB:4|在线检测装置（宽度、孔距视觉检测）|3套|327,000
TB:5|产线监控软件许可（永久，三条线）|1套|268,000
TB:|设备及软件小计||1,846,000
TB:6|安装、编程与调试|1项|386,000
TB:7|ERP接口开发|1项|92,000
TB:8|培训及技术资料|1项|44,000
TB:|合同总价||2,368,000
P:2.2 上述价格包含运输、保险、税费及安装所需辅材，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并完成安装调试后，甲方支付合同总价的45%。到货签收和安装调试完成均不代表甲方对质量的认可。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方每次付款前，乙方应开具相应金额的增值税专用发票。甲方在收到发票及相应付款条件成就的证明文件后十五个工作日内付款。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后七十五日内将全部设备运至甲方厂区，并在第一条线停产窗口开始前完成程序离线仿真测试。
P:4.2 设备到货时双方共同开箱检验，核对型号、数量及出厂合格证；发现损坏或不符的，乙方应在七日内更换。
P:4.3 乙方应指派一名项目经理常驻现场，负责与甲方生产部、设备部协调停产窗口和施工顺序。每条线改造前，乙方应提交详细施工方案和回退方案，经甲方设备部确认后方可实施；改造后如出现无法在停产窗口内恢复生产的情况，乙方应立即按回退方案恢复原控制系统。
P:4.4 乙方施工人员应遵守甲方安全生产和厂区管理规定，因乙方人员违规造成人身伤害或财产损失的，由乙方承担。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产七十二小时，并达到以下标准方可通过单线验收：生产节拍较改造前提高不低于百分之八；在线检测对宽度和孔距的漏检率低于千分之二；设备状态与产量数据采集完整，监控软件报表与人工统计一致；ERP接口数据准确。
P:5.2 三条线全部通过单线验收并稳定运行三十日后，双方进行最终验收，签署最终验收证书。
P:5.3 试生产、投入使用或支付款项均不视为验收合格。验收不合格的，乙方应在十日内整改，再次验收的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内，乙方免费维修或更换损坏的设备及部件，并免费提供软件缺陷修复。
P:6.2 一级故障（整线停机）乙方应在1小时内响应，6小时内到场，当日内恢复生产；二级故障（单机故障或数据异常）2小时内响应，48小时内解决。
P:6.3 乙方迟延响应或迟延到场的，每迟延一小时向甲方支付¥800；因乙方原因导致整线停机超过二十四小时的，另按每日¥5,000计付。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的18%计取，即每年¥332,280，自质保期满之日起三年内不作调整。维保服务内容包括定期巡检、备件更换、软件升级和故障处理，维保合同每年签订，不自动续期。
P:6.5 乙方应在甲方厂区存放常用备品备件，包括伺服驱动器、I/O模块和触摸屏各不少于两套，备件清单作为本合同附件。质保期内备件消耗由乙方负责补足。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、触摸屏画面、ERP接口程序及其源代码和技术文档的知识产权归甲方所有，甲方可自行修改和使用。
P:7.2 产线监控软件的原有知识产权归乙方或其许可方所有，甲方取得永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、配方及质量数据均归甲方所有，乙方仅可为履行本合同使用，不得复制或用于其他目的。
P:8.2 乙方远程维护须经甲方逐次批准，并通过甲方提供的VPN及审计系统进行。乙方应采取防病毒和访问控制措施，发生数据泄露或网络安全事件的，应在2小时内通知甲方，并承担由此造成的损失。
H:第九条 保密
P:9.1 双方对履约中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后五年。甲方的产品图纸、工艺参数和客户信息属于甲方商业秘密，乙方不得在宣传材料或其他项目中使用。
H:第十条 分包
P:10.1 乙方可将现场电缆敷设、桥架安装等辅助施工分包给具有相应资质的单位，但应在进场前书面告知甲方分包单位名称及人员名单。乙方对分包单位的工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 因乙方改造质量问题导致甲方产品批量报废的，乙方应赔偿甲方的实际损失。
P:11.4 乙方逾期交货累计超过四十五日的，甲方除要求支付违约金外，还有权解除合同。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，受影响一方应及时书面通知对方并提供证明，双方协商延期或解除合同，互不承担违约责任。
H:第十三条 培训与技术资料
P:13.1 乙方应对甲方电气工程师、设备维修人员和班组长分别进行培训，内容包括控制系统原理、程序结构、常见故障处理、配方管理和报表使用，累计培训不少于五日。培训结束后，甲方人员应能独立完成日常维护和一般故障处理。
P:13.2 乙方应在最终验收前提交电气原理图、接线图、程序注释清单、设备说明书、操作规程和维护手册，纸质版与电子版各一套。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。发生争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
"""
Z03 = """门店预约与会员管理系统订阅服务合同

合同编号：XSPS-SAAS-2026-08
甲方：某市笑谈曲艺文化传播有限公司（下称"甲方"，经营相声与评书培训门店共四十家）
乙方：某市云座科技有限公司（下称"乙方"）

鉴于甲方需要统一管理各门店的课程预约、会员储值及学员档案，乙方提供"云座"门店预约与会员管理系统（SaaS），双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店提供云座系统的订阅服务，包括课程排期、学员在线预约、签到、会员卡与储值、课时消耗、教师课酬统计、营销券和经营报表功能。
2. 每家门店开通管理员账号一个、教师账号不超过十个，学员端通过甲方微信小程序使用，学员人数不限。
3. 乙方负责系统的托管、运行、备份、安全防护和版本升级，甲方无须自行采购服务器。
（二）实施服务
1. 乙方负责将甲方现有纸质及表格形式的会员档案、剩余课时和储值余额迁移至系统，并与甲方逐店核对。
2. 乙方按甲方品牌要求定制学员端小程序页面，并开发"师承档案"和"演出报名"两个专属功能及总部经营分析报表。
3. 乙方分区域对甲方店长、前台和教师进行培训，每家门店至少两名人员参加。
（三）技术支持
1. 乙方提供7×24小时客服热线和在线工单渠道，并为甲方指定一名客户成功经理，负责日常需求对接、问题跟踪和季度服务回顾。
2. 乙方每季度向甲方提交服务报告，内容包括系统可用率、故障及处理情况、工单统计和版本更新说明。
3. 系统版本升级涉及门店操作流程变化的，乙方应至少提前七日通知甲方，并提供操作指引；不得因升级删减甲方已使用的功能。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。
（二）实施服务应于合同签订后六十日内完成，逾期按本合同第十条处理。

三、费用及支付
（一）合同总价为人民币肆拾伍万贰仟元整（¥452,000），其中：
1. 订阅费：每店每个服务年度¥4,800，四十家门店每个服务年度合计¥192,000，两个服务年度合计¥384,000；
2. 实施费：¥68,000（含数据迁移、小程序定制、专属功能开发及培训）。
（二）实施费在系统上线验收合格后十五个工作日内一次付清。
（三）每个服务年度的订阅费按季度支付，每季度开始后十个工作日内支付当季费用¥48,000。
（四）服务期内新增门店的，按每店每个服务年度¥4,800按月折算计费；关闭门店的，自次季度起相应减少。
（五）甲方在服务期内提出上述定制内容以外的新功能需求的，双方另行评估工作量并签订补充协议，补充协议签订前乙方不得自行开发并收费。
（六）乙方收款后应向甲方开具增值税专用发票，发票信息以甲方书面提供的为准。

四、上线验收
（一）验收标准：会员档案、剩余课时和储值余额迁移后与甲方核对无差异；四十家门店均已开通并完成培训；预约、签到、储值、课时扣减全流程测试通过；专属功能和报表符合双方确认的需求说明；在五百名学员同时预约时，页面响应时间不超过3秒。
（二）乙方提交上线验收申请后，甲方应在七个工作日内组织验收。试用系统或支付部分款项，均不视为验收合格。
（三）验收不合格的，乙方应在十日内完成整改并重新申请验收；第二次验收仍不合格的，甲方有权解除合同，乙方退还已收取的全部费用。验收合格后双方签署上线验收单，作为服务年度起算和实施费支付的依据。

五、服务水平
（一）系统月度可用率不低于99.5%，每月计划维护不超过两次，且应安排在凌晨零点至六点并提前三日通知。
（二）一级故障（系统整体无法登录、无法预约或储值数据错误）乙方应在30分钟内响应，3小时内恢复；二级故障（单项功能异常）2小时内响应，一个工作日内修复。
（三）月度可用率未达标的，每低于约定值0.1个百分点，乙方按当月订阅费的百分之五给予服务抵扣，单月抵扣以当月订阅费为限；一级故障迟延恢复的，每迟延一小时，乙方支付¥500。

六、知识产权
（一）云座系统及其原有功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、"师承档案"与"演出报名"功能的设计、代码及相关文档，其知识产权归甲方所有，乙方应在服务期满时交付源代码。

七、数据安全与数据使用
（一）乙方应采取加密存储、传输加密、访问控制和操作日志等措施保护甲方数据，数据存储于中国境内，每日备份并保留三十日。
（二）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失。
（三）学员信息、会员储值、课时及交易记录等数据归甲方所有。乙方可对系统中的预约、消费和课程数据进行去标识化处理后，用于行业经营分析、产品改进及向其他客户提供的行业对标报告，该项权利在合同终止后继续有效。
（四）合同终止后三十日内，乙方应向甲方完整导出其数据，并在甲方确认后删除。

八、甲方责任
（一）甲方应指定总部联系人，按时提供门店清单、会员档案、课程体系及品牌素材，并组织门店人员参加培训。
（二）甲方应妥善保管各门店账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担；甲方发现账号异常的，应及时通知乙方冻结。
（三）甲方通过系统向学员发送营销信息的，应取得学员同意，并遵守个人信息保护的相关规定。
（四）甲方应按约定支付费用。甲方对服务质量有异议的，可在季度服务回顾时提出，双方共同分析原因并确定改进措施。

九、保密
双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

十、违约责任
（一）乙方未按期完成实施服务的，每逾期一日，按合同总价的千分之一支付违约金。
（二）甲方逾期支付费用超过三十日的，乙方可书面催告后暂停服务，但应提前五日通知甲方。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、续期
服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期后的订阅费按乙方届时公布的标准价格执行，乙方可据此调整单店订阅费。

十三、合同解除
（一）任何一方严重违约，经对方书面通知后十五日内未改正的，守约方有权解除本合同。
（二）系统连续两个月可用率未达标的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。
（三）合同解除或服务期满不再续约的，乙方应保留甲方账号只读访问六十日，协助甲方将会员档案、剩余课时和储值余额完整迁移至甲方指定的系统，不得以任何理由扣留数据或收取额外的导出费用。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。

十五、不可抗力
因自然灾害、重大公共卫生事件、基础电信网络大面积中断等不可抗力导致服务中断的，受影响一方应及时通知对方，并尽力减少损失；该期间不计入可用率考核，但乙方应在条件恢复后尽快恢复服务。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
"""
Z04 = """公交站牌电子显示系统年度运维服务合同

项目编号：JTJ-CS-2026-045（竞争性磋商）
甲方（采购人）：某市交通运输局
乙方（成交供应商）：某市畅行智能交通科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就公交站牌电子显示系统年度运维服务订立本合同。磋商文件、响应文件和成交通知书是本合同的组成部分。

第一条 服务范围
1.1 运维对象：全市主城区公交电子站牌共1,268块（其中落地式LED站牌836块、候车亭嵌入式LCD站牌432块），以及配套的信息发布平台、车辆到站预测服务器、通信网络及供电设施。
1.2 服务内容：日常巡检、故障维修、屏体清洁、备品备件更换、发布平台运行维护、到站预测数据校核、汛期和极端天气保障、重大活动保障及站牌迁移配合。
1.3 设备清单及点位分布见附件一，服务期内站牌数量增减不超过百分之五的，合同价款不作调整。
1.4 服务期开始前十日内，乙方应会同甲方及原服务单位对全部站牌、平台和备件进行清点交接，形成交接清单；交接时已存在的故障，由乙方在服务期开始后二十日内修复，修复费用包含在合同总价内。

第二条 服务期限
服务期限自2027年1月1日起至2027年12月31日止。服务期满合同终止，后续服务由甲方依法重新组织采购，本合同不自动续期。

第三条 合同价款与支付
3.1 合同总价为人民币壹佰贰拾柒万陆仟元整（¥1,276,000），包括人工、车辆、工具、备品备件、耗材、通信费用及税费。
3.2 合同价款按季度支付。每季度结束后，甲方根据第六条考核结果，在十五个工作日内支付当季服务费¥319,000扣除考核扣款后的余额。
3.3 乙方应在每季度结束后五个工作日内提交季度运维报告和考核自评表，作为甲方考核和付款的依据。
3.4 本合同不设预付款。乙方应在甲方付款前开具合法有效的发票，甲方付款资金来源为财政预算资金。

第四条 服务要求
4.1 乙方应组建不少于十八人的运维团队，设项目经理一名、平台运维工程师两名，配备运维车辆四辆，并在主城区设立两个备件库。
4.2 巡检：落地式站牌每月巡检不少于两次，嵌入式站牌每月不少于一次，巡检内容包括显示效果、时间同步、结构安全、防水和用电安全，巡检记录须上传至甲方运维管理系统。
4.3 清洁：屏体及外罩每月清洁一次，遇沙尘、降雪天气后三日内完成全部清洁，清洁不得使用腐蚀性清洗剂。
4.4 乙方应建立7×24小时值班制度，值班电话和平台监控须保持全天有人响应。
4.5 备品备件：乙方应常备LED模组、LCD屏、电源、控制卡、通信模块等备件，数量不少于在用数量的百分之三，备件应与原设备型号一致或经甲方确认兼容。更换下来的旧件由乙方登记后交甲方处置。
4.6 重大活动及恶劣天气保障：在重大节假日、大型活动及台风、暴雨、冰冻等天气期间，乙方应按甲方通知增派人员驻点值守，并在事前对重点线路站牌进行专项检查。
4.7 乙方应配合甲方完成站牌迁移、新增点位接入及线路调整后的信息更新，具体任务由甲方书面下达，并明确完成期限。

第五条 故障处理时限
5.1 一级故障：信息发布平台整体中断、大面积站牌黑屏（同时超过五十块）、显示错误信息或存在结构安全隐患。乙方应在30分钟内响应，1小时内到场处置，3小时内恢复；存在安全隐患的，应立即设置警示并断电。
5.2 二级故障：单块站牌黑屏、花屏、显示内容不更新或到站信息明显偏差。乙方应在2小时内到场，当日内修复。
5.3 三级故障：亮度异常、局部缺字、外观破损等。乙方应在三日内修复。
5.4 故障以甲方运维管理系统派单或平台自动告警的时间为起算时间，以平台显示恢复并经甲方抽查确认为结束时间。

第六条 考核与扣款
6.1 甲方每季度对乙方进行考核，考核内容包括故障处理时限、巡检完成率、清洁质量、投诉处理和资料报送。
6.2 一级故障每超时一小时扣款¥2,000；二级故障每超时一日每块扣款¥300；三级故障每超时一日每块扣款¥100；巡检每缺漏一块次扣款¥50。经核实的有效投诉，每次扣款¥500。
6.3 季度考核扣款累计不超过当季服务费的百分之二十。季度考核得分低于七十分的，甲方可约谈乙方项目负责人并要求限期整改。

第七条 服务验收
7.1 服务期满后十五个工作日内，甲方组织年度服务验收，验收标准为：甲方随机抽查不少于三百块站牌，显示正常、时间同步、结构完好且无安全隐患，四个季度考核均在七十分以上，巡检记录完整，备品备件库存与台账一致，全部运维档案已移交。
7.2 验收不合格的，乙方应在甲方指定期限内整改，整改费用由乙方承担；整改后仍不合格的，甲方可从第四季度服务费中扣减相应费用，并将验收结果记入供应商履约评价。

第八条 数据与网络安全
8.1 信息发布平台中的线路、站点、车辆定位及发布内容数据归甲方所有，乙方仅可为履行本合同使用，不得另作他用。
8.2 乙方应落实网络安全等级保护要求，平台账号实行实名登记和最小权限管理，发布内容须经甲方审核后方可上屏，严禁私自发布任何信息。乙方应每月进行漏洞扫描和补丁更新，平台数据每日备份。
8.3 发生平台被入侵、显示内容被篡改或数据丢失等网络安全事件的，乙方应立即断开相关设备并在1小时内报告甲方，因乙方未履行安全义务造成的损失和不良社会影响，由乙方承担全部责任。

第九条 运维成果归属
乙方在服务期内形成的巡检记录、设备台账、故障分析报告、配置脚本及运维手册归甲方所有，服务期满时乙方应完整移交，甲方可交由后续服务单位使用。

第十条 违约责任
10.1 乙方未按甲方要求的期限完成站牌迁移、新增点位接入或集中整改任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
10.2 乙方擅自停止服务或服务质量严重不符合要求的，甲方有权另行委托第三方完成相关工作，费用由乙方承担。
10.3 甲方逾期付款的，应按逾期金额每日万分之三向乙方支付违约金。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 合同解除
12.1 乙方严重违约，或连续两个季度考核得分低于七十分，经甲方书面通知后十日内仍未改正的，甲方有权解除合同。
12.2 合同解除时，乙方应在七日内移交全部运维资料、备件和平台账号，并配合后续单位完成交接。

第十三条 人员管理
乙方运维人员应统一着装、持证上岗，人员名单报甲方备案。项目经理和平台运维工程师不得擅自更换，确需更换的应提前十日报甲方同意，且继任人员资历不低于原人员。乙方人员违反操作规程的，甲方有权要求更换。

第十四条 安全生产
乙方作业应遵守道路交通和安全生产规定，设置安全警示标志，高处和带电作业人员须持证上岗。因乙方作业造成人身伤害或第三方财产损失的，由乙方承担责任。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
"""
Z05 = """# 软件产品许可及定制开发合同

**蜂巢工坊软件标准合同文本 V3.0**

合同编号：FCGF-2026-0419

甲方（用户）：某市甜艺坊糖塑工作室

乙方（开发方）：某市蜂巢工坊软件有限公司

甲方因订单及制作工序管理需要，购买乙方"蜂巢工序通"生产过程追踪软件并委托乙方进行定制开发。双方在平等自愿的基础上，按照乙方标准合同文本订立本合同，本合同附件为本合同不可分割的部分。

## 第一条 定义

1.1 "软件产品"指乙方拥有著作权的"蜂巢工序通"生产过程追踪软件V5标准版，包括订单管理、工序派工、扫码报工、物料领用、成品入库及统计报表模块。

1.2 "定制开发"指乙方根据甲方糖塑作品制作流程，在软件产品基础上开发的熬糖批次记录、造型工序计时、温湿度录入、作品拍照存档及小程序订单查询功能。

1.3 "上线"指软件安装于甲方电脑及工作室服务器并开始录入业务数据。

1.4 "维护"指乙方对软件运行中出现的问题提供的咨询、远程排查和缺陷修复，不包括新增功能、报表样式调整和数据整理。

## 第二条 合同价款

2.1 本合同总价为人民币壹拾捌万陆仟元整（¥186,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蜂巢工序通V5标准版软件许可（永久，十个并发用户） | 128,000 |
| 2 | 定制开发（熬糖批次、工序计时、温湿度、拍照存档、小程序查询） | 46,000 |
| 3 | 安装部署、数据初始化及培训 | 12,000 |
| | 合计 | 186,000 |

2.2 上述价格不含甲方服务器、扫码枪、平板电脑等硬件设备，如甲方委托乙方代购，费用另计。

2.3 甲方增加并发用户的，按乙方当年价格表另行购买。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方支付合同总价的65%，即¥120,900。乙方收到该款项后开始开发工作。

3.2 软件上线后五个工作日内，甲方支付合同总价的35%，即¥65,100。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停开发、安装或技术支持，由此造成的工期延误由甲方负责。

## 第四条 开发与交付

4.1 乙方在收到首期款及甲方提供的完整需求资料后开始开发，预计九十日内完成安装上线。开发期间甲方提出需求变更的，交付时间相应顺延，变更产生的费用另行协商。

4.2 甲方应提供安装所需的服务器、网络环境及操作系统，并指定专人配合乙方测试。因甲方原因造成的延误，乙方不承担责任。

4.3 乙方交付安装程序、用户手册及操作培训。定制开发部分以可执行程序形式交付，乙方不提供源代码。

4.4 甲方如需将历史订单及客户资料导入软件，应按乙方提供的模板整理，乙方负责导入一次；超过五千条的部分或需乙方整理格式的，按实际工作量另行收费。

## 第五条 验收

5.1 软件安装完成并上线后，即视为甲方验收合格。

5.2 甲方在上线后对软件功能有意见的，可在十日内以书面形式向乙方提出，乙方酌情予以修改；逾期未提出的，视为甲方无异议。

## 第六条 免费维护与技术支持

6.1 软件自上线之日起提供六个月免费维护，免费维护期内乙方提供远程技术支持及软件缺陷修复，修复后的程序以远程更新方式提供。

6.2 甲方可通过电话、微信或远程协助方式提出问题，乙方工作时间内安排技术人员处理。因甲方操作不当、硬件故障、病毒或擅自修改造成的问题，不属于免费维护范围。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即每年¥35,840，维护内容包括远程支持、缺陷修复和小版本升级。

6.4 免费维护期内，乙方每季度可应甲方要求安排一次远程系统检查，检查内容包括数据库容量、备份情况和软件运行日志。

## 第七条 培训

7.1 乙方在软件上线前为甲方提供一次集中培训，培训对象为甲方店长、制作师傅及客服人员，培训时长一日，培训地点在甲方工作室。

7.2 乙方提供电子版用户手册和操作视频。甲方新入职人员的培训由甲方自行组织，甲方需要乙方再次现场培训的，按每人天¥1,500另行收费。

## 第八条 甲方的义务

8.1 甲方应按时支付合同款项，提供定制开发所需的工序说明、表单样式、作品分类和历史订单资料，并对资料的真实性负责。

8.2 甲方应指定一名联系人负责需求确认和测试，联系人在需求说明及测试记录上的签字视为甲方的确认。

8.3 甲方应遵守软件许可范围，不得超出许可用户数使用，不得将软件安装于许可场所以外的电脑。

8.4 甲方应为软件运行配备稳定的电源和网络，并安装正版操作系统和杀毒软件，因运行环境不符合要求导致的问题由甲方自行负责。

## 第九条 知识产权

9.1 软件产品的著作权及其他知识产权归乙方所有。

9.2 定制开发部分系在乙方软件产品基础上开发，其著作权及相关知识产权亦归乙方所有。甲方在本合同约定的用户数范围内享有非独占的使用权，不得对软件进行反编译、修改或向第三方提供。

9.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

## 第十条 数据安全

10.1 甲方在软件中录入的订单、客户、作品图片及工序数据归甲方所有，乙方不得用于本合同以外的用途。

10.2 乙方远程维护时，应经甲方同意后登录，操作限于问题处理所需范围，不得复制或带走甲方数据；乙方应对其人员的远程操作行为进行记录，并保障维护通道安全。

10.3 因乙方人员违规操作导致甲方数据泄露、损毁的，乙方应及时通知甲方、协助恢复，并依法承担相应的赔偿责任。甲方应自行做好数据日常备份。

## 第十一条 保密

双方对在合作过程中知悉的对方商业秘密及技术信息负有保密义务，未经对方同意不得向第三方透露。甲方的作品设计、配方及客户名单属于甲方商业秘密。本条义务在合同终止后二年内有效。

## 第十二条 责任限制

12.1 任何情况下，乙方对甲方的累计赔偿责任以合同总价的25%为限，乙方不承担甲方的间接损失、利润损失及数据丢失造成的损失。

12.2 因不可抗力、网络运营商、第三方软件或硬件原因造成的软件无法使用，乙方不承担责任。

## 第十三条 合同解除

任何一方严重违反本合同，经对方书面通知后十五日内仍未改正的，守约方有权解除合同。合同解除后，乙方已完成的工作按实际工作量结算，甲方已支付的软件许可费不予退还。甲方因自身经营原因要求提前解除合同的，应书面通知乙方，并按乙方已完成的工作量支付费用。

## 第十四条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十五条 通知

双方在本合同首页载明的地址、电话及微信号为通知送达方式，任何一方变更联系方式的，应在三日内通知对方，否则按原联系方式送达即视为有效送达。

## 第十六条 其他

16.1 本合同以乙方标准合同文本为准，双方另有书面约定的除外。本合同一式两份，双方各执一份，自双方签字盖章且乙方收到首期款之日起生效。

16.2 本合同附件：附件一 功能清单；附件二 定制开发需求说明；附件三 培训计划。

甲方（签章）：                乙方（签章）：
"""

# ---------------------------------------------------------------------------------------------------------------
# Sources: English drafts
# ---------------------------------------------------------------------------------------------------------------
E01 = """T:Software Licence and Services Agreement
P:Agreement No. SDS-CN-2026-014
P:This Agreement is made between Inner Mongolia Qingyuan Dairy Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Hohhot (the "Customer"), and Serrana Dairy Systems S.A., a company organised under the laws of the Argentine Republic with its principal office in Tandil, Province of Buenos Aires (the "Vendor").
P:The Customer operates four milk processing plants and wishes to acquire a perpetual licence to the Vendor's plant quality and traceability software, together with implementation, data migration and training services. The Vendor has agreed to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's SerranaTrace plant quality and traceability suite, version 8, including the laboratory, batch genealogy, recall and supplier quality modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations, scripts and documents that the Vendor develops specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP, weighbridge and laboratory instruments.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.4 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Customer Data" means all data entered into, processed by or generated through the Software by or for the Customer, including batch records, test results, supplier records and personal information of employees and farmers.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive and irrevocable licence to install and use the Software at the Customer's four plants and its headquarters, for an unlimited number of named users employed by the Customer and its subsidiaries.
P:2.2 The Vendor shall install and configure the Software on servers provided by the Customer in its data centre in Hohhot, develop the Custom Deliverables, migrate historical batch and laboratory records for the past five years, and train the Customer's staff.
P:2.3 The Project Plan in Annex 2 sets out the milestones. The Vendor shall complete installation within 60 days and submit the system for Final Acceptance testing within 150 days after the Effective Date.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,778,000, made up of: Licence Fee CNY 1,240,000; implementation and Custom Deliverables CNY 386,000; data migration CNY 98,000; training CNY 54,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, living expenses of the Vendor's staff in China and any withholding tax, which the Vendor shall bear.
P:3.3 All amounts are invoiced and paid in Chinese Renminbi. The Customer shall pay into the bank account named in Annex 3.
H:Article 4 Payment
P:4.1 10% of the Contract Price within 30 days after the Effective Date against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Customer.
P:4.2 55% of the Contract Price within 30 days after the Software is installed at all four plants and the data migration has been completed. Installation is not acceptance.
P:4.3 35% of the Contract Price within 30 days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 The Vendor shall submit a test plan for the Customer's approval at least 20 days before testing begins.
P:5.2 The acceptance criteria are: every function listed in Annex 1 performs as specified; the migrated records reconcile in full with the source systems, with no unexplained difference in batch counts or test results; each interface runs for 14 consecutive days without a data error; a forward and backward trace of any batch completes within 10 seconds; and a mock recall exercise at one plant is completed within the time set in Annex 1.
P:5.3 After the tests, the system shall run in production for 45 days without any Severity 1 incident.
P:5.4 When the criteria in Articles 5.2 and 5.3 are met, the Customer shall issue a Final Acceptance certificate within 10 days. Use of the Software in production, installation or payment does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates, upgrades and support free of charge.
P:6.2 Severity 1 incidents (the system is down at any plant, or batch or test data is corrupted) shall be responded to within 1 hour and resolved or worked around within 8 hours. Severity 2 incidents shall be responded to within 2 hours and resolved within 2 business days. Support is given in Chinese, remotely, or on site where remote work cannot resolve the incident.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or resolution time, the Vendor shall pay CNY 1,000 to the Customer, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the Licence Fee per year (CNY 136,400). This fee is fixed for the first three years of paid support. Each year of support requires a separate purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software. The Customer's licence survives any termination of the Vendor's support.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN and privileged access gateway, with individual accounts and multi-factor authentication, and only with the Customer's approval for each session. No Customer Data may be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in handling Customer Data, and shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data.
P:8.4 The Vendor is liable for all loss caused by a security incident attributable to the Vendor or its personnel, including the cost of restoring data and any fine imposed on the Customer.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it without the other party's prior written consent, during this Agreement and for five years after it ends.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to submit the system for Final Acceptance testing by the date in Article 2.3, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 8 or 9, to infringement under Article 7.3, or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Article 10.1 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund amounts paid for work not accepted, and the Customer keeps the licence for any Software already paid for.
H:Article 14 Personnel
P:14.1 The Vendor shall appoint a project manager fluent in Chinese and keep the key personnel named in Annex 2 on the project until Final Acceptance, unless the Customer agrees to a replacement.
P:14.2 The Vendor's staff on site shall follow the Customer's food-safety, hygiene and plant safety rules.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the delay.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Argentine Republic.
P:16.2 Any dispute shall first be discussed by senior representatives of both parties for 30 days. Disputes not settled in that time shall be submitted to the ordinary courts of the city of Tandil, Province of Buenos Aires, Argentina, which shall have exclusive jurisdiction.
H:Article 17 General
P:17.1 This Agreement is written in English and Chinese; both versions have equal force.
P:17.2 Annex 1 (Functional Specification and Acceptance Criteria), Annex 2 (Project Plan and Key Personnel) and Annex 3 (Bank Details) form part of this Agreement.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
E02 = """# Order Form No. MFC-2026-0388

**Misiones Field Cloud S.R.L.** (Posadas, Misiones, Argentina) ("Provider")

**Customer:** Fujian Wuyi Mingcha Tea Industry Co., Ltd., Nanping, Fujian Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Together they form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Service

Provider will provide Customer with access to FieldLeaf, Provider's cloud platform for plantation and field workforce management, including the following modules: plot mapping, picking and pruning task planning, worker attendance and piece-rate recording, fresh-leaf intake and grading, pest and fertiliser records, and the FieldLeaf mobile app for supervisors and pickers (together, the "Service").

### A2. Subscription Term and Users

The Subscription Term is 24 months, starting on the Go-Live Date defined in Part B Section 3, and is divided into Subscription Year 1 and Subscription Year 2. The subscription covers 250 named back-office and supervisor users and an unlimited number of picker app accounts for Customer's six tea gardens and two processing plants.

### A3. Fees

| Item | Charge basis | Amount (CNY) |
|---|---|---|
| FieldLeaf subscription, Subscription Year 1 | 250 named users, annual | 298,000 |
| FieldLeaf subscription, Subscription Year 2 | 250 named users, annual | 298,000 |
| Onboarding (configuration, plot data import, integration with Customer's ERP, training) | one-time, fixed | 54,000 |
| **Total fees for the Subscription Term** | | **650,000** |

Additional named users may be added at CNY 1,192 per user per Subscription Year, pro rated by month. All fees include VAT and are payable in CNY.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance at the start of each quarter of each Subscription Year, in equal instalments of CNY 74,500. The first quarterly invoice is issued on the Go-Live Date.

(b) The onboarding fee is invoiced after Go-Live Acceptance under Part B Section 3.

(c) Customer pays each correct invoice within 30 days after receipt. No amount is payable before the Go-Live Date.

### A5. Hosting and Service Location

The Service is hosted on Alibaba Cloud in the mainland China regions (Shanghai primary, Hangzhou backup). Customer consents to Alibaba Cloud as Provider's hosting provider. No Customer Data is stored or accessed outside mainland China.

### A6. Contacts and Go-Live Date

Provider project lead: Ms. Lucia Benitez. Customer project lead: Mr. Chen Wei, Digital Office. Target Go-Live Date: 75 days after signature of this Order Form.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, files and information that Customer or its users enter into the Service or that the Service generates for Customer, including plot maps, worker records, attendance and payroll inputs, leaf intake records and images.

1.2 "Customer Configurations" means the forms, workflows, grading rules, report templates and ERP integration mappings that Provider builds specifically for Customer during onboarding.

1.3 "Incident" means any failure of the Service to operate in accordance with its documentation.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer and its users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 Provider may improve the Service from time to time, provided no update materially reduces the functionality that Customer uses. Provider shall give Customer 14 days' notice of any change that affects users' daily work and shall provide updated training materials in Chinese.

2.3 Customer shall use the Service only for its own business and that of its affiliates, and is responsible for its users' compliance with this Agreement.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall complete onboarding by the Target Go-Live Date. Onboarding includes configuring the modules, importing plot maps and worker records supplied by Customer, building the Customer Configurations, connecting the ERP integration, and training 40 key users.

3.2 Go-Live Acceptance criteria are: all modules listed in A1 work as described in the documentation; imported records reconcile with Customer's source lists with no missing plots or workers; the ERP integration transfers piece-rate data for a full test week without error; the mobile app works offline in the tea gardens and synchronises when back in coverage; and the 40 key users have completed training.

3.3 Customer shall test within 10 business days after Provider's notice of readiness and either confirm Go-Live Acceptance in writing or list the failures. Provider shall correct listed failures and re-submit. The Go-Live Date is the date of Customer's written confirmation.

3.4 If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 520 for each day of delay, up to CNY 32,500 in total.

### 4. Service Levels and Support

4.1 Provider targets a monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least 3 days in advance and performed between 00:00 and 05:00 Beijing time.

4.2 Provider's support desk operates in Chinese and English. Priority 1 Incidents (the Service is unavailable, or data cannot be saved) will be responded to within 1 hour at any time. Priority 2 Incidents will be responded to within 8 business hours. Priority 3 requests will be responded to within 2 business days.

4.3 Provider will report monthly availability and Incident statistics to Customer by the tenth day of the following month.

4.4 The service levels in this Section 4 are targets. Provider will use reasonable efforts to restore the Service as quickly as possible, but a failure to meet a target does not entitle Customer to any service credit, fee reduction, refund or other compensation.

### 5. Customer Data and Data Security

5.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose, and acquires no right in it.

5.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of all access to production systems, daily backups kept for 30 days, and annual penetration tests by an independent firm. Provider shall comply with the PRC Data Security Law and Personal Information Protection Law.

5.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, cooperate with Customer in the investigation and remediation, and bear the costs and losses caused by a security incident attributable to Provider.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard format and then delete it from its systems, and confirm deletion in writing.

### 6. Intellectual Property

6.1 Provider owns the Service and its underlying software. Customer receives a right to use the Service during the Subscription Term.

6.2 Customer Configurations belong to Customer. Provider shall deliver them in an exportable form on request and at the end of the Subscription Term, and Customer may use, modify and have them used by third parties freely.

### 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. These obligations continue for three years after the Agreement ends.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees actually paid by Customer in the 6 months preceding the event giving rise to the claim. This limit does not apply to Provider's obligations under Section 5 or to wilful misconduct.

### 9. Subcontracting and Assignment

9.1 Provider shall not subcontract any part of the Service, other than hosting by the provider named in A5, without Customer's prior written consent. Provider remains responsible for the acts of its hosting provider and any approved subcontractor.

9.2 Neither party may assign this Agreement without the other party's written consent.

### 10. Term, Renewal and Termination

10.1 This Agreement runs from signature until the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

10.3 If Customer terminates under Section 10.2, Provider shall refund the fees paid for any period after the termination date.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the contacts in A6 by email with a copy by courier.

12.2 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

Signed for Provider: ____________________ Signed for Customer: ____________________
"""
E03 = """T:Supply and Licence Contract for Grain Silo Monitoring Equipment
P:Contract No. JGR-EQ-2026-0027
P:Buyer: Jilin Grain Reserve Logistics Co., Ltd., Changchun, Jilin Province, People's Republic of China (the "Buyer").
P:Supplier: Chaco Sensing Technologies S.A., Resistencia, Province of Chaco, Argentina (the "Supplier").
P:The Buyer operates 32 steel silos and 8 flat warehouses at its Changchun and Siping depots. It wishes to buy temperature and moisture sensing equipment, weather stations and gateways, together with a perpetual licence to the Supplier's monitoring software, installed and commissioned. This Contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, gateways, weather stations and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's SiloWatch monitoring software, version 6, for installation on the Buyer's servers, including the alarm, aeration advice, grain condition history and mobile notification modules.
P:1.3 "Deliverables" means the site-specific configurations, silo models, alarm rules, interfaces to the Buyer's warehouse management system and all documents prepared for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.4.
P:1.5 "Buyer Data" means all readings, alarms, logs, inventory records and other data collected or generated by the Equipment or the Software at the Buyer's sites.
H:2. Scope of Supply
P:2.1 The Supplier shall design, supply, install and commission the Equipment at both depots, install and configure the Software, prepare the Deliverables and train the Buyer's staff.
P:2.2 All Equipment shall be new, of the models stated in the Price Schedule and suitable for operation from minus 40 to plus 50 degrees Celsius. Sensor cables shall carry the explosion-protection certification required for grain dust environments in China.
P:2.3 The Software licence granted under clause 9.2 is perpetual, covers both depots and any further depot the Buyer adds up to 60 silos in total, and allows unlimited users.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 2,360,000 as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point temperature and moisture sensor cables|640|1,850|1,184,000
TB:2|Wireless gateways with backup battery|32|9,600|307,200
TB:3|Automatic weather stations|8|22,400|179,200
TB:4|SiloWatch software licence, perpetual, both depots|1|420,000|420,000
TB:|Hardware and Licence Subtotal|||2,090,400
TB:5|Installation, cabling and commissioning|1 lot|238,600|238,600
TB:6|Training and documentation|1 lot|31,000|31,000
TB:|Contract Price|||2,360,000
P:3.2 The Contract Price is fixed and includes delivery DDP to the Buyer's depots, customs duties, import VAT, insurance, travel and all taxes.
H:4. Payment
P:4.1 10% of the Contract Price within 20 days after signature, against the Supplier's invoice and a bank advance payment guarantee for the same amount.
P:4.2 55% of the Contract Price within 30 days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms completion of installation only and is not acceptance.
P:4.3 35% of the Contract Price within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 90 days and complete installation within 130 days after signature.
P:5.2 Installation inside silos shall be done only when the silo is empty or at a level approved by the Buyer's depot manager, and under the Buyer's confined-space and work-at-height permits.
P:5.3 Risk in the Equipment passes to the Buyer on signature of the installation certificate, and title passes on payment under clause 4.2.
H:6. Acceptance
P:6.1 The Supplier shall submit an acceptance test plan 15 days before testing.
P:6.2 The acceptance criteria are: every sensor point reports to the Software; temperature readings agree with a calibrated reference probe within plus or minus 0.5 degrees Celsius at no fewer than 60 sampled points; moisture readings agree with laboratory results within the tolerance in the technical specification; alarms reach the duty officer's mobile phone within 60 seconds after a reading passes an alarm limit set by the Buyer; the interface to the warehouse management system transfers silo inventories without error for 10 consecutive days.
P:6.3 After the tests, the system shall operate for 45 days with no Severity 1 fault.
P:6.4 When the criteria in clauses 6.2 and 6.3 are met, the Buyer shall issue a Final Acceptance certificate within 10 days. Delivery, installation, use or payment does not constitute acceptance. Failed tests shall be repeated at the Supplier's cost after correction.
H:7. Warranty, Support and Service Levels
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including transport, and shall correct Software defects and supply new versions free of charge.
P:7.2 Faults are classified as follows:
TB:Severity|Description|Response|On site or resolution
TB:Severity 1|Software down, or more than one silo without readings|1 hour|Resolved within 24 hours
TB:Severity 2|A single cable or gateway faulty|2 hours|Repaired within 3 days
TB:Severity 3|Minor or cosmetic fault|1 business day|Next software release
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or resolution time, the Supplier shall pay CNY 800, and for each day by which it exceeds a Severity 2 repair time, CNY 500. The Buyer may deduct these amounts from the retention or any payment due.
P:7.4 The Supplier shall keep spare cables and gateways equal to at least 3% of the installed quantity at its service point in Changchun during the warranty period.
P:7.5 After the warranty period, the Supplier shall provide annual support, if the Buyer orders it, at 8.5% of the Hardware and Licence Subtotal per year (CNY 177,684). This fee is fixed for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
H:8. Training and Documentation
P:8.1 The Supplier shall train the Buyer's depot managers, grain custodians and IT staff at both depots in Chinese, for at least four days in total, covering the operation of the Software, reading of grain condition trends, aeration decisions, basic fault finding, cable replacement and system administration.
P:8.2 Before Final Acceptance, the Supplier shall deliver operating manuals, maintenance manuals, as-built drawings showing every cable and gateway position, calibration certificates and the spare parts list, in Chinese, in two printed copies and in editable electronic form.
H:9. Intellectual Property
P:9.1 The Deliverables belong to the Buyer, which may use, copy, modify and have third parties maintain them without restriction. The Supplier shall hand over the configuration files, interface source code and documents before Final Acceptance.
P:9.2 The Software and the firmware of the Equipment remain the property of the Supplier or its licensors, and the Buyer receives a perpetual, irrevocable licence to use them.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract, and shall not copy, analyse or keep it for any other purpose.
P:10.2 The Software shall run on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's VPN with individual accounts; all sessions are logged.
P:10.3 The gateways shall use encrypted communication and shall not send any data to servers outside the Buyer's network.
P:10.4 The Supplier shall report any security incident affecting Buyer Data or the Buyer's network within 6 hours and shall be liable for the loss it causes.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's depots, grain stocks, security arrangements and business, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for five years after the Contract ends.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to complete delivery and installation by the dates in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Any approved installation subcontractor shall hold the safety qualifications required in China, and the Supplier remains responsible for it.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun. The award is final.
H:16. General
P:16.1 This Contract is signed in English and Chinese, both versions being equally authentic. Annex 1 (Technical Specification) and Annex 2 (Site Drawings) form part of it.
P:16.2 Any amendment must be in writing and signed by authorised representatives of both parties. Notices shall be sent to the addresses stated above, by courier and by email, and take effect on receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed Services Agreement

**Agreement No. PNO-MSA-2026-09**

**Customer:** Shenzhen Haoyun Cross-Border Trade Co., Ltd., Nanshan District, Shenzhen, Guangdong Province, People's Republic of China ("Customer").

**Provider:** Patagonia NetOps S.A., Trelew, Province of Chubut, Argentina ("Provider").

Customer runs an online marketplace that sells Chinese consumer goods to buyers in Latin America. Provider operates a network operations centre in Trelew with staff who work in Spanish, English and Chinese. Customer wishes Provider to take over the day-to-day operation of its marketplace infrastructure for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Managed Platform" means Customer's marketplace web front end, order management system, payment gateway connectors, logistics tracking interfaces and the supporting servers, databases and network components listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer confirms in writing that the transition under Section 3 has been completed.

1.4 "Term" means 36 months from the Service Commencement Date.

1.5 "Customer Data" means all data of Customer or its end customers held on or passing through the Managed Platform, including order, payment, shipment and account data.

## 2. Services

2.1 Provider shall perform the Services from the Service Commencement Date until the end of the Term, in accordance with Schedule 1 and the service levels in Schedule 1 and Schedule 3.

2.2 Provider shall assign a named service delivery manager who attends a monthly service review with Customer in Shenzhen or by video conference, and shall keep the key personnel named in Schedule 1 on the account unless Customer agrees otherwise.

2.3 Provider shall follow Customer's change management procedure. No change to the production environment may be made without an approved change request, except emergency changes to restore service, which shall be reported to Customer within 2 hours.

2.4 Provider shall staff the Services with engineers who hold the qualifications listed in Schedule 1, give them training on the Managed Platform before they join the on-duty rota, and plan the rota so that at least one engineer able to work in Chinese is on duty at all times during Beijing business hours and during Customer's announced sales promotions.

2.5 Provider shall perform the Services remotely from its operations centre and, when needed, through on-site engineers in Shenzhen engaged by Provider.

## 3. Transition and Acceptance

3.1 Provider shall complete the transition of the Services from Customer's current team within 60 days after signature of this Agreement, in accordance with the transition plan agreed by the parties.

3.2 Transition is complete when all of the following have been met: all components of the Managed Platform are under monitoring with agreed alert rules; runbooks for every component have been written and approved by Customer; Provider has handled incidents and changes for 14 consecutive days in parallel with Customer's team without a Priority 1 incident caused by Provider; and Customer's team has confirmed the handover of all knowledge items in the transition plan.

3.3 Customer shall confirm completion in writing within 5 business days after Provider's notice, or list the criteria not met. Provider shall remedy them and give a new notice.

3.4 If the Service Commencement Date has not occurred within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay until the Service Commencement Date.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The total charges for the Term are CNY 2,212,000.

4.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Customer pays undisputed invoices within 30 days after receipt.

4.3 The charges are fixed for the Term and include all taxes, travel and on-site attendance in Shenzhen.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 1. Service Credits apply as set out in Schedule 3 and are deducted from the next monthly invoice.

5.2 Provider shall deliver a monthly report with availability of the Managed Platform, incident statistics, response and resolution times, change statistics, capacity trends and recommendations, by the fifth business day of each month.

## 6. Intellectual Property

6.1 All runbooks, monitoring configurations, alert rules, scripts, automation code and documentation that Provider prepares for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider without restriction.

6.2 Provider's own monitoring tools and know-how existing before this Agreement remain Provider's property.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data solely to perform the Services and acquires no rights in it.

7.2 At the end of the Term Provider shall hand over to Customer or to its successor provider all information Customer needs to continue operating the Managed Platform.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including the terms of this Agreement, Customer's system architecture and business information, and shall not disclose it to any third party without prior written consent, except to its employees and professional advisers who need to know it. This obligation continues for three years after the end of the Term.

## 9. Liquidated Damages and Liability

9.1 The amounts under Section 3.4 are liquidated damages and are not a penalty.

9.2 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term, except for wilful misconduct and breach of Section 8.

9.3 Neither party is liable for loss of profit or indirect loss.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent, including the on-site engineers in Shenzhen referred to in Section 2.5. Provider remains responsible for any approved subcontractor.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically. Any extension requires a written agreement signed by both parties.

11.2 This Agreement is for a fixed Term. Neither party may terminate it before the end of the Term, except that Provider may terminate it by written notice if Customer fails to pay undisputed charges within 60 days after a written reminder. Customer's remedies for poor performance of the Services are the Service Credits under Schedule 3 and its claims for damages under Section 9.

11.3 At the end of the Term, Provider shall provide reasonable exit assistance to Customer and its successor provider for up to 30 days without additional charge. Further assistance requested by Customer is charged at the rate in Schedule 2.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

## 13. General

13.1 Schedules 1 to 3 form part of this Agreement. If they conflict with the Sections, the Sections prevail.

13.2 This Agreement may be amended only in writing signed by authorised representatives of both parties.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 - Services and Service Levels

| Service | Description | Service level |
|---|---|---|
| Monitoring | 24x7 monitoring of all Managed Platform components, with alerts routed to the on-duty engineer | Alert acknowledged within 10 minutes |
| Incident management | Diagnosis, restoration and root-cause analysis of incidents | Priority 1 response within 15 minutes, restoration within 3 hours; Priority 2 response within 1 hour, restoration within 8 hours |
| Change management | Planning and execution of standard and normal changes through Customer's change process | Standard changes within 2 business days |
| Capacity management | Monthly capacity review and forecast for peak sales periods | Report by the fifth business day |
| Service desk | Technical desk for Customer's IT and operations staff in Chinese, Spanish and English | Calls answered within 60 seconds on average |
| Platform availability | Monthly availability of the Managed Platform, excluding agreed maintenance windows | 99.5% |

Key personnel: service delivery manager, two senior platform engineers, one database engineer. Qualifications: Linux and cloud platform certification for platform engineers; database certification for the database engineer.

Priority 1 means the marketplace or the payment gateway connectors are unavailable to end customers. Priority 2 means a major function is degraded.

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, payable after the Service Commencement Date | 124,000 |
| Monthly service charge | CNY 58,000 per month for 36 months | 2,088,000 |
| Total charges for the Term | | 2,212,000 |
| Exit assistance beyond the included 30 days | Per engineer day | 2,600 |

## Schedule 3 - Service Credits

| Service level missed | Service Credit |
|---|---|
| Monthly platform availability below 99.5% but at least 99.0% | 5% of the monthly service charge |
| Monthly platform availability below 99.0% | 10% of the monthly service charge |
| Each Priority 1 response more than 15 minutes late | CNY 1,000 |
| Each Priority 1 restoration more than 3 hours late, per additional hour | CNY 2,000 |

Total Service Credits in a month shall not exceed 20% of the monthly service charge for that month.
"""
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. AGD-2026-CN-031

BETWEEN

Dalian Beigang Grain and Oilseeds Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dalian, Liaoning Province ("Customer"); and

AgroDatos del Centro S.A., a company incorporated in Argentina, with its principal office in Rio Cuarto, Province of Cordoba ("Provider").

BACKGROUND

Customer imports soybeans, soybean meal and corn from South America. Provider produces crop condition, planted area, yield estimate, weather and logistics data for the main growing regions of Argentina, Brazil, Paraguay and Uruguay, and delivers it through an application programming interface ("API") and a web dashboard. Customer wishes to subscribe to that data for two Subscription Years.

1. DEFINITIONS

1.1 "Provider Data" means the datasets described in clause 2.1, as updated by Provider from time to time.

1.2 "Customer Data" means all data that Customer or its users submit to the Service, including watch lists, supplier and port lists, procurement positions, query histories and annotations, and all outputs generated only for Customer.

1.3 "Service" means access to the Provider Data through the API and the dashboard, the custom deliverables in clause 2.3 and the support services in clause 6.

1.4 "Subscription Year 1" means the period from the Access Date confirmed under clause 3.3 until the day before its first anniversary, and "Subscription Year 2" means the period from that first anniversary until the day before the second anniversary of the Access Date. Together they are the "Subscription Term".

2. SCOPE OF SERVICE

2.1 The subscription covers: weekly crop condition indices by department or municipality; planted area and yield estimates updated every two weeks during the season; daily weather observations and 15-day forecasts on a 5 km grid; river draft levels on the Parana and Paraguay waterways; and truck and rail arrivals at the main export terminals.

2.2 Customer may make up to 2 million API calls per month and may give dashboard access to 25 named users in its trading, risk and research teams.

2.3 Provider shall build for Customer a sourcing risk dashboard and a daily data feed into Customer's risk management system in the format agreed during onboarding (the "Custom Deliverables").

2.4 Provider shall publish a methodology note for each dataset, describing its sources, update schedule and known limitations, and shall inform Customer in writing of any material change in methodology at least 14 days before it takes effect, or as soon as practicable where the change is caused by a source outside Provider's control.

2.5 Customer may use the Provider Data for its internal trading, procurement and risk decisions and may include limited extracts in internal reports. Customer shall not resell the Provider Data.

3. ONBOARDING AND ACCEPTANCE

3.1 Provider shall provide API credentials and dashboard access, build the Custom Deliverables and train Customer's users within 30 days after receiving the payment under clause 4.2.

3.2 The acceptance criteria for onboarding are: all datasets in clause 2.1 are available through the API with documented fields; a test of 10 consecutive business days shows each daily dataset delivered before 08:00 Beijing time; the daily feed loads into Customer's risk management system without rejected records; the dashboard reproduces the agreed sample views; and at least 20 users have been trained.

3.3 Customer shall confirm acceptance in writing within 5 business days after the test period or list the failures. The date of Customer's confirmation is the "Access Date".

3.4 If the Access Date is delayed beyond the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay.

4. FEES AND PAYMENT

4.1 The fees are:
(a) onboarding and Custom Deliverables fee: CNY 58,000, one-time;
(b) subscription fee for Subscription Year 1: CNY 264,000;
(c) subscription fee for Subscription Year 2: CNY 264,000.
Total fees for the Subscription Term: CNY 586,000.

4.2 Provider invoices the onboarding fee and the subscription fee for Subscription Year 1 together on signature of this Agreement, and Customer pays them within 10 days after receipt of the invoice. Provider starts onboarding after receipt of this payment.

4.3 Provider invoices the subscription fee for Subscription Year 2 at the start of Subscription Year 2, payable within 30 days.

4.4 All fees are in CNY, include all taxes, and are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 API availability: at least 99.95% in each calendar month, excluding scheduled maintenance announced 5 days ahead and performed on Sundays between 02:00 and 06:00 Beijing time.

5.2 Data timeliness: daily datasets delivered before 08:00 Beijing time, with late delivery on no more than two business days in any calendar month.

5.3 Incident response: Priority 1 incidents (API or dashboard unavailable, or a daily dataset missing) shall be responded to within 1 hour, 24 hours a day, and resolved within 6 hours. Priority 2 incidents shall be responded to within 8 business hours.

5.4 Service credits: for each 0.1 percentage point by which monthly availability falls below the level in clause 5.1, Customer receives a credit of 3% of the monthly equivalent of the annual subscription fee; for each month in which timeliness falls below the level in clause 5.2, a credit of 5%; for each hour by which a Priority 1 resolution is late, CNY 600. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

6. SUPPORT

6.1 Provider shall provide support by email, telephone and an online ticket system in Chinese and English during Beijing business hours, and in English at all other times for Priority 1 incidents.

6.2 Provider shall hold a quarterly review with Customer on data quality, coverage changes and new datasets, and shall give 30 days' notice before removing any field from the API.

6.3 Customer shall name two technical contacts for the API, keep its API credentials secure, and inform Provider without delay if it suspects that credentials have been disclosed, so that Provider can issue new credentials. Customer shall ensure that its users comply with the usage limits in clause 2.2; if Customer regularly exceeds those limits, the parties shall discuss in good faith a suitable adjustment of the subscription for the remaining term.

7. INTELLECTUAL PROPERTY

7.1 Provider Data and Provider's software remain the property of Provider. Customer receives a non-exclusive licence to use them during the Subscription Term as set out in clause 2.5.

7.2 The Custom Deliverables, including their configuration and source files, belong to Customer, which may use, modify and have them maintained by third parties without restriction.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to Customer. Provider shall use it only to provide the Service to Customer and shall not use it, alone or combined with other data, for any other purpose, including product development or reports to other customers.

8.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication, logging of all access and annual independent security audits.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take immediate remedial steps and compensate Customer for the loss caused by a breach of this clause 8.

8.4 At the end of the Subscription Term, Provider shall return Customer Data on request and then delete it.

9. CONFIDENTIALITY

9.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. Customer's watch lists, procurement positions and query histories are Customer's confidential information. This clause survives for five years after the end of the Agreement.

10. SUBCONTRACTING

10.1 Provider may engage subcontractors, including field survey partners, satellite image processors and cloud hosting providers, to perform any part of the Service, by giving Customer written notice 10 days before the subcontractor starts. Provider remains responsible for its subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for breach of clauses 8 and 9 and wilful misconduct.

11.2 Provider does not guarantee that crop estimates and forecasts will prove accurate, but shall compile them with the skill and care of a professional agricultural data provider.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; a further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The award is final and binding.

14. GENERAL

14.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Notices shall be given in writing to the addresses above, with a copy by email to the contacts named in the onboarding plan.

SIGNED for Customer: ____________________

SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, formats and labels
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h857z01": ("h857z01_city_furniture_kiosk_platform.pdf", "pdf", "zh", Z01),
    "h857z02": ("h857z02_blinds_factory_line_control_retrofit.docx", "docx", "zh", Z02),
    "h857z03": ("h857z03_crosstalk_school_booking_saas.txt", "txt", "zh", Z03),
    "h857z04": ("h857z04_bus_stop_display_om_service.txt", "txt", "zh", Z04),
    "h857z05": ("h857z05_sugar_art_studio_tracking_supplier_template.md", "md", "zh", Z05),
    "h857e01": ("h857e01_dairy_traceability_perpetual_licence_tandil.pdf", "pdf", "en", E01),
    "h857e02": ("h857e02_plantation_saas_order_form_posadas.md", "md", "en", E02),
    "h857e03": ("h857e03_grain_silo_sensors_monitoring_licence_resistencia.docx", "docx", "en", E03),
    "h857e04": ("h857e04_marketplace_managed_services_trelew.md", "md", "en", E04),
    "h857e05": ("h857e05_crop_data_api_subscription_rio_cuarto.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value,
#       fee base for TCO (itemised licence/hardware subtotal) or None, forum outside mainland China)
LABELS = {
    "h857z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9,
                              False, True, False, None, G), True, True, True, False, 1684000, 736000, False),
    "h857z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 18,
                              False, True, True, "PRC", G), True, True, True, False, 2368000, 1846000, False),
    "h857z03": ("cloud", T(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                           True, True, False, "PRC", S), True, True, None, False, 452000, None, False),
    "h857z04": ("services", T(None, 0.5, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None,
                              False, True, False, "PRC", S), True, True, None, False, 1276000, None, False),
    "h857z05": ("software", T(None, None, False, "supplier", True, True, True, None, 25, 65, False, False, 6, 28,
                              False, True, None, None, G), False, False, True, True, 186000, 128000, False),
    "h857e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11,
                              False, True, False, "Argentina", G), True, True, True, False, 1778000, 1240000, True),
    "h857e02": ("cloud", T(99.95, 1, False, "buyer", True, True, True, 520 / 650000 * 100, 6 / 24 * 100, None,
                           True, None, None, None, False, True, False, "PRC", S), True, True, None, False, 650000,
                None, False),
    "h857e03": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8.5,
                              False, True, False, "PRC", G), True, True, True, False, 2360000, 2090400, False),
    "h857e04": ("services", T(99.5, 0.25, True, "buyer", False, True, True, 1800 / 2212000 * 100, 150, None, True,
                              None, None, None, False, False, False, "PRC", S), True, True, None, False, 2212000,
                None, False),
    "h857e05": ("cloud", T(99.95, 1, True, "buyer", True, True, True, 400 / 586000 * 100, 150,
                           (58000 + 264000) / 586000 * 100, True, None, None, None, False, True, True, "PRC", S),
                True, True, None, False, 586000, None, False),
}

DESIGN = {
    "h857z01": [],
    "h857z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "h857z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h857z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "h857z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h857e01": ["CR-GOVERNING-LAW"],
    "h857e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "h857e03": [],
    "h857e04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h857e05": ["CR-PREPAYMENT", "CR-SUBCONTRACT"],
}
DESIGN_RISK = {"h857z01": "low", "h857z02": "high", "h857z03": "medium", "h857z04": "medium", "h857z05": "high",
               "h857e01": "low", "h857e02": "medium", "h857e03": "low", "h857e04": "high", "h857e05": "medium"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy §3 thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, fee_base, value):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or fee_base is None:
        return None
    years = max(0.0, HORIZON - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * fee_base * years
    return fees / (value + fees) * 100


def derive(t, sla, ld_stated, capped, fee_base, value, forum_out):
    r = set()
    goods = t["contract_kind"] == G
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, fee_base, value)
        if sh is not None and sh > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold-figure scan (self-tested)
# ---------------------------------------------------------------------------------------------------------------
CN_DIGIT = "零一二三四五六七八九十百点"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)\s*(?:%|％|percent|per\s*cent)",
    r"百分之九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?(?![a-z])|h(?![a-z]))",
    r"(?i:\bfour\s*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?)",
    r"(?<!十)四\s*个?\s*小时",
    r"(?<![\d.])0?\.05(?!\d)\s*(?:%|％|percent|per\s*cent)",
    r"万分之五(?![" + CN_DIGIT + "])",
    r"千分之零点五(?![" + CN_DIGIT + "])",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一百|百)(?![" + CN_DIGIT + "])",
    r"(?i:\b(?:thirty|fifteen|forty|one\s*hundred|hundred)\s*(?:%|percent|per\s*cent))",
    r"(?<![\d.])12\s*(?:个月|months?)",
    r"(?<![\d.])12\s*-\s*months?",
    r"十二\s*个\s*月",
    r"(?i:twelve\s*(?:\(12\)\s*)?-?\s*months?)",
    r"(?i:\b(?:one|1)\s*-?\s*year\s*warranty)",
    r"质保期?[为是]?\s*(?:一|1)\s*年",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS))
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "四个小时", "within 4 hrs", "four hours", "0.05%",
            ".05 %", "万分之五", "千分之零点五", "30%", "15 %", "40%", "100%", "100.0%", "百分之三十", "百分之十五",
            "百分之四十", "百分之百", "thirty percent", "12 months", "12个月", "十二个月", "twelve months", "12-month",
            "twelve (12) months", "质保期一年", "one year warranty", "fifteen per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "0.055%", "万分之五十",
             "万分之三", "130%", "150%", "115%", "20%", "2030年", "2027年12月31日", "18 months", "112 months",
             "百分之三十五", "百分之五", "百分之四十五", "七十二小时", "4 Hardware", "Article 4 Hardware", "1,240,000",
             "36 months", "45%", "35%", "1.4 hours"]


def scan_self_test():
    for s in MUST_HIT:
        assert SCAN.search(s), "scan misses %r" % s
        assert SCAN.search(re.sub(r"\s+", "", s)), "scan misses (no ws) %r" % s
    for s in MUST_MISS:
        assert not SCAN.search(s), "scan wrongly hits %r: %r" % (s, SCAN.search(s))
        assert not SCAN.search(re.sub(r"\s+", "", s)), "scan wrongly hits (no ws) %r" % s


def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    name, kind, lang, _ = FILES[key]
    cat, t, sla, ld_stated, capped, deemed, value, fee_base, forum_out = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = derive(t, sla, ld_stated, capped, fee_base, value, forum_out)
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    scan_self_test()
    sources, targets = {}, {}
    for key, (name, kind, lang, src) in FILES.items():
        if kind in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, kind)
        else:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    seen = set()
    for key, (name, kind, lang, _) in FILES.items():
        lab = label(key)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        seen.update(rules)
        t, value = lab["expected_terms"], lab["expected_extra"]["contract_value"]
        for k, th in TH.items():
            v = t[k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        sh = tco_share(t, LABELS[key][7], value)
        assert sh is None or abs(sh - TCO_SHARE_TH) > 2, (key, sh)
        text = read_back(OUT / name, kind)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = SCAN.search(variant)
            assert not m, (key, "threshold figure in text", variant[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
            unit = "characters (no whitespace)"
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
            unit = "words"
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%-66s %5d %s  risk %-6s  tco %s  rules %s" % (name, n, unit, risk(rules),
                                                            "-" if sh is None else "%.1f%%" % sh, rules))
    missing = [r for r in ALL_RULES if r not in seen]
    assert not missing, missing
    assert sum(1 for k in FILES if not DESIGN[k]) == 2
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
