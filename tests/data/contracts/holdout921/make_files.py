"""holdout921: builds the ten draft contracts from the sources below, writes their .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx / .pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:老字号保护传承服务平台建设项目合同
P:合同编号：SW-ZC-2027-0316
P:采购人（甲方）：某市商务局
P:供应商（乙方）：杭州鼎承信息技术有限公司
P:采购方式：公开招标（政府采购），项目编号 ZFCG-2027-0458
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。本合同采用甲方提供的合同文本，乙方已逐条阅读并确认。
H:第一条 项目内容
P:1.1 乙方向甲方提供"老字号保护传承服务平台"软件许可，包括老字号档案库、技艺传承人管理、品牌保护预警、展销活动管理四个模块。许可为永久许可，用户数不限，部署于甲方指定的政务云环境。
P:1.2 乙方按甲方需求完成定制开发：老字号认定申报与复核在线流程、与市场监管部门商标数据的接口、消费券核销数据接口、面向公众的展示门户及移动端页面。
P:1.3 乙方负责历史档案数据整理与迁移（约1,600家企业的纸质及电子材料），并完成系统部署、联调、用户培训及上线保障。
P:1.4 乙方应组建不少于八人的项目团队，项目经理须具有同类项目经验，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾陆万元整（¥2,160,000），其中：平台软件许可费¥1,180,000；定制开发费¥736,000；数据整理与迁移费¥158,000；实施及培训费¥86,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、部署、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后十个工作日内，甲方支付合同总价的20%作为预付款，计¥432,000。
P:3.2 系统完成部署、通过初步验收后，甲方支付合同总价的45%，计¥972,000。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，计¥756,000。
P:3.4 甲方按照政府采购资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限与实施要求
P:4.1 乙方应于合同签订后一百二十日内完成部署及定制开发，并提交初步验收申请；数据迁移应于初步验收前完成。
P:4.2 乙方应在合同签订后十日内提交项目实施计划、需求规格说明书及数据迁移方案，经甲方确认后执行。实施过程中乙方每周提交进度报告。
P:4.3 乙方应对甲方指定的系统管理员及各区县商务部门业务人员进行培训，培训不少于六个批次，并提供操作手册、运维手册等技术文档。
H:第五条 验收
P:5.1 初步验收标准：全部功能符合招标文件技术要求及双方确认的需求规格说明书；迁移数据与原始材料逐项比对，错漏率不高于千分之二；各接口连续运行十个工作日无错误；在300个并发用户下页面平均响应时间不超过2秒；系统通过第三方安全测评及商用密码应用安全性评估。
P:5.2 初步验收后系统试运行九十日。试运行期间未发生一级故障、二级故障累计不超过三次的，乙方可申请最终验收。甲方组织专家按招标文件及本合同进行最终验收，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，并每季度进行一次系统巡检。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），该价格自质保期满起三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日通知甲方并安排在非工作时间）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或核心数据错误）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，1个工作日内解决；三级故障（一般问题或咨询）2个工作日内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超时一小时扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,000。扣减款项在甲方应付款项中抵扣，不足部分由乙方另行支付。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其提供的软件不侵犯任何第三方的合法权利。
P:8.2 为本项目定制开发的功能模块、接口程序、门户页面及其源代码、技术文档，知识产权归甲方所有，乙方应在最终验收时一并交付源代码。甲方有权自行或委托第三方使用、修改及再开发。
H:第九条 数据安全
P:9.1 平台中的老字号档案、企业信息、传承人个人信息及全部业务数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，采取访问控制、加密存储、操作日志审计等措施；乙方人员须经甲方授权并通过堡垒机访问系统，不得将数据复制至甲方环境以外。
P:9.3 发生数据泄露、丢失或篡改等安全事件时，乙方应立即采取补救措施并于2小时内书面报告甲方；因乙方原因造成的损失及行政处罚，由乙方承担全部责任。
H:第十条 保密
P:10.1 双方对履行本合同过程中知悉的对方商业秘密、工作秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额的万分之三每日支付违约金。
P:11.4 乙方提供的软件或开发成果被第三方主张侵权的，由乙方负责处理并承担全部费用；甲方因此遭受损失的，乙方应予赔偿。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同的任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律和争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方，并在十日内提供有关证明。双方根据影响程度协商延期履行或部分免除责任。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:日期：2027年  月  日    日期：2027年  月  日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：JF-GZ-2027-021
P:甲方：南通锦羽家纺被业有限公司
P:乙方：苏州汇控自动化工程有限公司
P:甲方为提升被子生产线（绗缝、充绒、包边、包装共四条产线）的自动化水平，委托乙方对产线控制系统进行改造。双方经友好协商，就设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除四条产线原有继电器控制柜，提供并安装PLC控制柜、伺服驱动及电机、触摸屏人机界面、称重充绒控制模块，并提供产线监控软件许可一套（永久许可，含二十个客户端）。
P:1.2 乙方负责编写PLC程序及人机界面画面，开发产线监控软件与甲方ERP系统之间的工单及产量数据接口，并完成全部安装、接线、调试及试生产。
P:1.3 改造分两批实施，每批停产时间不得超过七日，乙方应利用甲方生产淡季及周末安排施工，尽量减少对生产的影响。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾万元整（¥1,700,000），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、电气元件）|6套|540,000
TB:2|伺服驱动器及伺服电机|48套|368,000
TB:3|触摸屏人机界面|12台|96,000
TB:4|称重充绒控制模块|8套|214,000
TB:5|产线监控软件许可（永久）|1套|180,000
TB:|设备及软件小计||1,398,000
TB:6|安装调试及试生产|1项|156,000
TB:7|PLC程序及接口开发|1项|124,000
TB:8|操作及维修培训|1项|22,000
TB:|合同总价||1,700,000
P:2.2 上述价格为含税价，包含运输、保险、安装材料及质保期内的全部服务费用。
P:2.3 合同履行期间，因甲方书面要求增加产线或功能的，双方另行签订补充协议，单价参照上表执行。
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款，计¥340,000。
P:3.2 全部设备到货、安装调试完成并经甲方签收后，甲方支付合同总价的55%，计¥935,000。到货签收及调试记录不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%，计¥425,000。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票。
H:第四条 交货及工期
P:4.1 乙方应在合同生效后四十五日内完成第一批两条产线的改造，七十五日内完成全部改造。
P:4.2 乙方进场施工应遵守甲方的安全生产及消防管理规定，动火、登高作业须事先办理审批手续，乙方人员的人身安全由乙方负责。
P:4.3 乙方应在合同生效后十五日内提交详细施工方案、停产切换计划及安全措施，经甲方生产部、设备部会签后实施。每批改造前，乙方应对原有控制程序及参数进行完整备份，确保改造失败时能够在当班内恢复原有生产。
P:4.4 设备到货时，双方共同开箱检验，核对型号、数量、合格证及原产地证明，并签署到货清单。到货清单仅确认数量及外观，不代表设备质量合格。
P:4.5 乙方应派驻具有电气作业资格的项目经理及调试工程师，改造期间每日向甲方设备部报告施工进度，并参加甲方组织的生产协调会。
P:4.6 每批改造完成后，乙方应清理施工现场，回收拆除的旧控制柜及线缆并按甲方要求分类堆放，拆除物资归甲方所有。改造期间造成的车间地面、墙面及桥架损坏，由乙方负责修复。
H:第五条 验收
P:5.1 验收标准：各产线连续试生产十五个班次无停机故障；充绒重量误差不超过设定值的±1.5%；绗缝速度达到改造前的1.2倍以上；产量与工单数据与ERP核对一致；监控软件能实时显示设备状态、报警及能耗数据。
P:5.2 满足上述标准后，甲方在七个工作日内组织最终验收并签署验收报告。设备投入试生产或甲方签收货物，均不代表验收合格。
P:5.3 验收不合格的，乙方应在十日内整改后重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备质量或安装原因出现的故障，乙方免费维修或更换。
P:6.2 质保期内乙方提供技术支持，接到甲方通知后及时安排人员进行处理。乙方每半年对控制系统进行一次预防性检查，并提交检查报告。
P:6.3 质保期满后，乙方提供有偿维保服务，年度维保费按设备及软件小计的7%计取，即每年¥97,860，该费用自质保期满起三年内固定不变。维保合同按年签订，不自动续期。
P:6.4 乙方保证备品备件在本合同签订后八年内持续供应，价格不高于同期市场价格。
P:6.5 乙方应对甲方设备维修人员进行不少于三次的操作及维修培训，使其能够独立完成日常点检、参数修改、程序备份和常见故障排除，并提交培训记录。
P:6.6 乙方应为每条产线建立设备档案，记录控制柜、伺服及称重模块的型号、序列号、固件版本、程序版本及维修记录，并在每次维修或程序修改后更新，档案电子版同步提交甲方设备部。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、人机界面画面、接口程序及其源代码、电气图纸，知识产权归甲方所有，乙方应在验收时交付全部源程序及图纸。甲方有权自行修改或委托他人维护。
P:7.2 产线监控软件的著作权归乙方所有，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、配方及产量数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程访问控制系统须经甲方逐次审批，通过甲方提供的VPN及账号登录，访问记录由甲方留存；乙方不得在控制网络中接入未经甲方同意的设备，不得将数据拷贝带离现场。
P:8.3 因乙方原因导致数据丢失、泄露或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，采取补救措施并承担由此造成的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工艺配方、生产数据、客户信息等商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至该信息公开之日止。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成改造的，每逾期一日，乙方应向甲方支付违约金人民币伍佰元。
P:10.2 因乙方施工原因造成甲方设备损坏的，乙方应负责修复或照价赔偿。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.4 乙方违约金不足以弥补甲方实际损失的，甲方有权要求乙方赔偿差额部分。
H:第十一条 分包
P:11.1 乙方不得转包本合同。电气安装中的辅助工作如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 一方严重违反本合同且在收到对方书面通知后十五日内未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交南通仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因不可抗力导致任何一方不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 其他
P:15.1 本合同附件（设备技术规格书、产线布置图、施工计划）与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：              乙方（盖章）：
P:授权代表：                  授权代表：
"""

Z03 = """门店预约及会员管理系统订阅服务合同

合同编号：YM-SaaS-2027-0088

甲方（订购方）：上海颜绣职业技能培训连锁有限公司
乙方（服务方）：杭州约客云科技有限公司

鉴于甲方在全国经营三十五家纹绣培训门店，需要统一的课程预约、学员会员、储值卡及营销管理系统，乙方同意以软件即服务（SaaS）方式向甲方提供“约客云”门店预约及会员管理系统，并完成实施工作。双方经协商一致，订立本合同。

一、服务内容

（一）订阅服务
1. 乙方向甲方三十五家门店开通“约客云”系统，包括在线预约、排课与教室管理、学员档案、会员等级与储值卡、课程套餐、营销活动、门店经营报表等模块，每家门店不限账号数量。
2. 乙方提供微信小程序预约端及总部管理后台，并保证系统在服务期内正常运行和持续更新。
3. 乙方提供短信通知通道，每服务年度赠送短信三十万条，超出部分按实际用量另行结算，不计入本合同总价。

（二）实施服务
1. 乙方负责系统配置、三十五家门店的课程及价格体系录入、原有会员及储值余额数据迁移。
2. 乙方负责为总部运营人员及各门店店长、前台进行培训，培训不少于五场，并提供操作手册及视频教程。
3. 乙方负责为甲方定制总部经营分析报表及学员结业证书模板。

（三）系统功能更新
1. 乙方每季度至少发布一次功能更新，更新前五个工作日通知甲方，重大界面变更须提供操作说明。
2. 乙方不得在服务期内删减本合同约定的功能模块；新增的通用功能，甲方可免费使用。

二、服务期限

（一）服务期为两个服务年度。第一个服务年度自2027年3月1日起至2028年2月29日止，第二个服务年度自2028年3月1日起至2029年2月28日止。
（二）实施工作应于2027年2月20日前完成，确保系统于第一个服务年度开始之日起正式启用。

三、合同价款及支付

（一）合同总价为人民币伍拾叁万肆仟元整（¥534,000），其中：
1. 订阅费：每家门店每服务年度¥6,800，三十五家门店每服务年度¥238,000，两个服务年度合计¥476,000；
2. 实施费：¥58,000（一次性）。
（二）实施费在系统通过上线验收后十五个工作日内支付。
（三）订阅费按季度支付，每季度¥59,500，于每季度结束后十五个工作日内凭乙方发票支付。本合同不设预付款。

（四）乙方应在每次收款前向甲方开具合法有效的增值税专用发票，发票信息错误的，甲方付款期限相应顺延。
（五）服务期内新增门店的，按每家门店每服务年度¥6,800的标准，自开通之月起按月折算计费，并纳入季度结算。

四、上线验收

（一）实施完成后，乙方提交上线验收申请。验收标准为：1. 合同约定的全部模块可正常使用；2. 迁移后的会员数量、储值余额与甲方原系统逐店核对一致；3. 小程序预约端在门店高峰时段页面响应时间不超过2秒；4. 定制报表数据与抽查的原始单据一致。
（二）甲方在收到申请后五个工作日内组织验收并出具书面意见。系统开通或甲方试用，不视为验收合格。

（三）甲方应在实施期间指定项目负责人一名，负责需求确认、门店协调及基础资料提供。因甲方资料提供延迟导致实施延期的，实施期限相应顺延。
（四）乙方实施人员应在约定时间到达各门店，按门店营业时间安排培训，不得影响门店正常教学。

五、服务水平

（一）乙方承诺系统月度可用率不低于99.5%，计划内维护须安排在每日凌晨一时至六时之间，并提前两日通知甲方。
（二）故障分级与响应：
1. 一级故障（系统整体无法登录或无法预约、收款）：1小时内响应，3小时内恢复；
2. 二级故障（部分模块不可用）：2小时内响应，次日内解决；
3. 三级故障（一般问题或咨询）：1个工作日内答复。
（三）月度可用率未达到承诺值的，乙方按当月订阅费的5%至20%向甲方提供服务抵扣；一级故障未按时恢复的，每超时一小时扣减¥300。

（四）乙方提供7×24小时故障报修热线，并为甲方总部配备专属客户成功经理，每月提供系统使用情况报告，内容包括可用率、故障记录、各门店活跃度及改进建议。

六、知识产权

（一）“约客云”平台及其通用功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方定制的报表、证书模板及配置方案归甲方所有，甲方有权自由使用、修改并交由第三方使用。

七、数据安全与数据归属

（一）甲方及其学员、会员的个人信息、消费记录、储值余额等全部数据归甲方所有。乙方仅为提供本合同服务之目的处理上述数据，不得用于其他目的，不得向第三方提供或出售。
（二）乙方应将数据存储于中国境内的云服务器，落实网络安全等级保护三级要求，对个人信息进行加密存储，设置访问权限并留存操作日志。
（三）发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除，并出具删除证明。

八、保密

双方对在合作过程中知悉的对方商业秘密、经营数据及学员信息负有保密义务，未经对方书面同意不得披露给第三方。本条在合同终止后三年内继续有效。

九、违约责任

（一）乙方未按约定时间完成实施的，每逾期一日，应向甲方支付违约金¥500。
（二）乙方违反数据安全或保密约定的，应赔偿甲方因此遭受的全部损失。
（三）甲方逾期支付费用的，每逾期一日按逾期金额的万分之三支付违约金。

（四）乙方提供的系统存在严重缺陷导致甲方门店无法正常预约或收款，经甲方通知后仍未修复的，甲方有权委托第三方采取应急措施，相关费用由乙方承担。

十、续订

服务期届满前三十日，任何一方未书面提出不再续订的，本合同自动续订一个服务年度，续订次数不限。每次续订时，乙方有权根据其价格政策上调订阅费，上调幅度不超过上一服务年度费用的8%，乙方将调整后的价格通知甲方即可。

（四）续订期间的服务水平、数据安全及其他条款继续适用本合同的约定。

十一、分包与第三方服务

乙方可将短信通道、数据迁移及部分门店现场培训工作委托第三方完成，但应提前书面通知甲方，并对第三方的工作承担责任。

十二、合同解除

（一）乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还未履行期间已付的订阅费。
（二）连续两个月可用率低于99%的，甲方有权解除合同。

（三）合同解除或终止后，乙方应按第七条第（四）项交付数据，并在甲方完成数据迁移前保持系统只读访问不少于三十日，其间不另收费。

十三、争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向甲方住所地人民法院提起诉讼。

十四、通知

双方往来通知以书面形式送达本合同载明的地址或电子邮箱。一方变更联系方式的，应在三日内通知对方，否则按原地址送达即视为有效送达。

十五、其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：门店清单、功能清单、数据迁移方案。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """学生营养餐配送监管系统运维服务合同

项目编号：JYJ-CS-2027-012
采购方式：竞争性磋商

采购人（甲方）：某县教育局
供应商（乙方）：合肥智膳信息科技有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就学生营养餐配送监管系统运维服务事宜，经协商一致，订立本合同。

第一条 服务范围

1. 乙方对甲方现有“学生营养餐配送监管系统”提供运维服务，覆盖全县六十八所中小学、五家配餐企业及县教育局监管端，包括：
（1）系统日常运行监控、巡检及故障处理；
（2）配送车辆定位、温控设备及食堂视频接入的维护与数据对接；
（3）食材溯源、留样登记、陪餐记录等功能的小版本优化，全年不超过二十项；
（4）学校及配餐企业用户的账号管理、操作培训和热线答疑；
（5）数据备份、恢复演练及安全加固。
（6）配合甲方完成上级部门的数据报送、统计分析及监督检查工作，按要求提供运行情况说明。
2. 服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止，不自动续期。

第二条 服务费用及支付

1. 本合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括人员、差旅、工具、备件及税费等全部费用。
2. 服务费按季度支付，每季度¥117,000。每季度结束后，甲方按第五条进行季度考核，考核合格后十五个工作日内支付当季服务费。本合同不设预付款。
3. 季度考核扣减的金额在当季服务费中直接扣除。

4. 乙方应在每次收款前向甲方开具合法有效的发票。甲方付款须经财政国库支付程序办理，因审批流程导致的付款时间顺延，不视为甲方违约。

5. 乙方提交的季度运维报告及年度总结应加盖乙方公章，作为甲方考核及付款的依据。

第三条 服务团队

1. 乙方应指派驻场运维工程师二名，工作日在甲方办公地点驻场，另设技术支持热线，服务时间为每日七时至二十时。
2. 驻场人员须经甲方面试同意，更换人员须提前十日书面报甲方同意。

3. 乙方应建立运维值班制度，每学期开学、期末及重大节假日前，对系统、定位终端及温控设备开展专项巡检，并将巡检结果报甲方学生资助与营养办公室。
4. 乙方驻场人员应遵守甲方的考勤、安全及廉政管理规定，因个人原因不能到岗的，乙方应及时安排具备同等能力的人员替岗。

5. 乙方运维人员应具有计算机或相关专业背景，驻场工程师至少一人持有网络安全或系统运维相关职业资格证书，乙方应在进场前向甲方提交人员名单及证书复印件。

第四条 服务水平

1. 系统月度可用率不低于99.95%，每学期开学前两周为保障重点期。
2. 故障响应时限：
（1）一级故障（监管平台整体不可用、配送定位或温控数据中断）：15分钟内响应，1小时内到场，3小时内恢复；
（2）二级故障（单个学校或单家配餐企业无法使用）：30分钟内响应，当日内解决；
（3）三级故障（一般问题）：2个工作日内解决。
3. 每月初五个工作日内，乙方提交上月运维报告，内容包括可用率、故障清单、处理时长及优化事项。

4. 乙方应制定系统应急预案，至少每学期组织一次应急演练，演练方案及总结报甲方备案。遇食品安全突发事件或上级部门检查时，乙方应按甲方要求提供数据查询、报表导出及现场技术保障。
5. 甲方提出的优化需求，乙方应在五个工作日内评估并提交实施计划，经甲方确认后按计划完成。

第五条 考核及验收

1. 甲方按季度对乙方服务进行考核，考核指标包括可用率、故障响应及恢复时限、巡检完成率、用户满意度，考核细则见附件。
2. 响应或恢复每超时一次，扣减当季服务费¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥800。
3. 服务期满前，甲方组织年度验收。验收标准为：全年服务记录完整；全部优化事项上线并经甲方确认；数据备份可成功恢复；运维文档、账号清单移交完整。年度验收合格后支付第四季度服务费。

4. 年度验收不合格的，乙方应在十五日内完成整改并重新申请验收；整改后仍不合格的，甲方按考核细则扣减第四季度服务费。

第六条 数据安全

1. 系统中的学生信息、学校及配餐企业信息、配送及温控记录、视频资料等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的。
2. 乙方应落实网络安全等级保护二级及以上要求，运维操作须通过甲方堡垒机进行，禁止使用个人设备存储系统数据。
3. 发生数据丢失、被篡改或被非法获取等安全事件时，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的损失及行政处罚，由乙方承担。

4. 乙方应每日对业务数据进行增量备份，每周进行全量备份，备份数据存放于甲方指定的政务云存储，并每季度开展一次恢复演练。

第七条 知识产权

乙方在运维期间形成的优化代码、脚本、运维文档及报表模板，知识产权归甲方所有，乙方应在每季度末向甲方移交。

5. 服务期内，乙方应确保系统兼容甲方新采购的定位终端及温控设备，新设备接入由乙方在运维服务范围内完成，不另行收费。

第八条 违约责任

1. 乙方未在服务期开始之日起完成服务接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方服务不符合约定的，除按第五条扣减服务费外，还应在甲方要求的期限内整改。
3. 甲方未按约定付款的，应承担相应的违约责任。

4. 乙方在服务期内累计三次季度考核不合格的，甲方有权将其不良履约情况记入供应商履约评价，并在后续采购中予以参考。

第九条 合同履行

本合同签订后，除因不可抗力致使合同目的不能实现外，双方均不得解除本合同。乙方出现违约情形的，甲方可按本合同第五条、第八条扣减服务费或要求乙方支付违约金、限期整改，但不得以此解除合同，乙方应继续履行至服务期满。

本条所称违约金、扣减款项，甲方可直接从应付服务费中抵扣，不足部分乙方应在收到甲方书面通知后十日内支付。乙方对甲方的扣减有异议的，可在收到通知后五个工作日内提出书面说明。

第十条 分包

乙方不得将本合同服务转包或分包给任何第三方。

第十一条 服务交接

服务期满或合同终止时，乙方应在十五日内配合甲方或甲方指定的新服务商完成交接，移交系统账号与权限、运维文档、配置信息、巡检及故障记录，并协助完成不少于五个工作日的过渡运行。交接完成前，乙方不得停止服务或删除相关资料。

第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方根据影响程度协商延期履行或部分免除责任。

第十三条 争议解决

本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 通知

本合同项下的通知、考核结果及整改要求，以书面形式送达双方在合同中载明的地址，或通过双方确认的电子邮箱发送。

第十五条 其他

1. 磋商文件、响应文件、成交通知书及考核细则为本合同的组成部分。
2. 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
法定代表人或授权代表：          法定代表人或授权代表：
日期：                        日期：
"""

Z05 = """# 墨拓工艺流程管理软件销售及定制开发合同

**（墨拓软件标准合同文本 V3.0）**

合同编号：MT-XS-2027-0219

甲方（买方）：苏州金石拓片艺术工作室

乙方（卖方）：无锡墨拓信息科技有限公司

甲方拟采购乙方“墨拓工艺流程管理软件”，用于拓片制作的接件登记、碑帖信息、上纸捶拓、装裱、题跋、出库全流程跟踪。双方本着平等互利的原则，依据乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方销售“墨拓工艺流程管理软件”V3 专业版软件许可一套（永久许可，含十个并发用户），以及移动扫码端、作品图像库两个扩展模块。

1.2 乙方根据甲方需求进行定制开发，包括：碑帖档案与拓本对应关系管理、工序计件工资统计、客户委托订单在线查询页面、作品图像水印及批量导出功能。

1.3 乙方负责软件安装、基础数据初始化及操作培训。

1.4 乙方交付物包括：软件安装包、许可证书、用户操作手册、定制功能说明及培训记录。

1.5 软件运行所需的服务器、操作系统、数据库及网络环境由甲方自行准备，乙方提供配置建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可（专业版，十个并发用户） | 98,000 |
| 2 | 扩展模块（移动扫码端、作品图像库） | 38,000 |
|  | 软件许可小计 | 136,000 |
| 3 | 定制开发 | 38,000 |
| 4 | 安装实施及培训 | 12,000 |
|  | 合同总价 | 186,000 |

合同总价为人民币壹拾捌万陆仟元整（¥186,000），含增值税。

2.1 上述价格为乙方标准报价，已给予甲方专项折扣。合同签订后，甲方不得以任何理由要求调整价格。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计¥120,900，乙方收到款项后安排开发及实施。

3.2 软件安装完成并上线运行后五个工作日内，甲方支付合同总价的35%，计¥65,100。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取违约金。

3.4 乙方收到款项后向甲方开具增值税普通发票；甲方需要专用发票的，应在合同签订时书面告知。

3.5 合同价款不包括服务器、数据库、扫码设备及打印机等硬件，甲方如需乙方代购，双方另行签订采购协议。

## 第四条 交付

4.1 乙方在收到首期款后六十个工作日内完成软件安装及定制开发。

4.2 因甲方提供资料不及时、需求变更等原因导致延期的，交付期相应顺延。

4.3 乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的5%。

4.4 乙方按双方确认的需求清单进行定制开发，需求清单确认后甲方提出新增或变更需求的，乙方有权另行收费并顺延交付期。

4.5 乙方安排实施工程师到甲方现场一次，现场服务时间不超过五个工作日，超出部分按每人每日人民币贰仟元另行收费。

## 第五条 验收

5.1 软件安装完成并上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后如发现问题，可通过乙方客服系统提交，乙方在后续版本中统一处理。

5.3 甲方应在上线前完成历史资料的整理，并按乙方提供的模板导入；因资料不全或格式错误造成的问题，不影响验收结论。

## 第六条 免费维护

6.1 本软件免费维护期为六个月，自软件上线运行之日起计算。

6.2 免费维护期内，乙方提供远程技术支持及缺陷修复。甲方报告一级故障（系统无法登录或数据无法保存）的，乙方在8小时内响应；其他问题在三个工作日内答复。

6.3 乙方对故障响应时间不作其他承诺，未按时响应或修复的，乙方不承担任何扣款、赔偿或违约金。

## 第七条 维护服务费

7.1 免费维护期满后，甲方应与乙方签订年度维护服务协议，年度维护服务费为软件许可小计的25%，即每年¥34,000。

7.2 未签订维护服务协议的，乙方不再提供远程支持、缺陷修复及版本升级服务。

7.3 维护服务内容包括：远程技术支持、缺陷修复、版本升级及每年一次的远程巡检。现场服务、数据修复及新增功能开发另行收费。

7.4 维护服务费应在每个维护年度开始前一次性支付，甲方逾期支付的，乙方有权暂停维护服务。

## 第八条 知识产权

8.1 软件及其全部扩展模块的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能、页面、报表及相关源代码、文档，知识产权均归乙方所有。甲方仅在本单位内部享有非独占的使用权，不得修改、反编译，不得提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

8.4 甲方不得对软件进行反向工程、破解或二次销售，不得删除软件中的版权标识。甲方违反本条约定的，乙方有权终止许可并要求赔偿。

## 第九条 数据

9.1 甲方录入软件的客户信息、碑帖资料及拓本图像等业务数据归甲方所有。

9.2 乙方在提供服务过程中可访问甲方数据。甲方同意乙方在对数据进行脱敏处理后，将拓本图像、工序数据用于乙方产品改进、算法训练及案例展示，该使用权在合同终止后继续有效。

9.3 乙方应采取防火墙、权限管理及数据备份等必要的安全措施保护甲方数据。因乙方原因发生数据泄露或丢失的，乙方应在二十四小时内通知甲方，协助恢复数据，并承担由此造成的直接损失。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。保密期限为合同终止后两年。

双方在合同履行完毕后，仍应继续遵守本条约定。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失或数据损失承担责任（第9.3条约定的情形除外）。

11.3 因甲方未按约定付款、未提供必要配合或擅自修改软件导致的损失，由甲方自行承担。

## 第十二条 甲方义务

1. 甲方应指定专人负责与乙方的联络，及时确认需求清单、提供业务资料和现场工作条件。

2. 甲方应妥善保管软件许可证书及账号密码，不得将软件安装于许可范围以外的计算机。

3. 甲方应定期备份业务数据。因甲方未备份造成的数据损失，乙方不承担责任。

4. 甲方应为乙方实施人员提供必要的办公场所、网络条件及远程访问通道，并保证所提供的业务资料真实、完整、合法。

## 第十三条 合同解除

一方严重违约，经另一方书面通知后三十日内仍未纠正的，另一方有权解除本合同。合同解除后，甲方已支付的款项中与已交付部分相对应的金额不予退还。

## 第十四条 不可抗力

因不可抗力、网络运营商故障、黑客攻击、病毒等非乙方所能控制的原因导致服务中断或延迟的，乙方不承担责任。

## 第十五条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方官网公布的《墨拓软件服务条款》为准。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
16.3 本合同附件包括：需求清单、软件功能清单、报价单。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。

甲方（签章）：                    乙方（签章）：

日期：                            日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. INN-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Innwerk Planungssysteme GmbH, a company registered in Germany with its office at Kufsteiner Strasse 71, 83022 Rosenheim, Germany (the "Vendor"), and Changzhou Hengrun Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer").
P:The Customer operates two foundries and three machining workshops and wishes to replace its spreadsheet-based production planning with the Vendor's advanced planning and scheduling software. The Vendor agrees to license the software and to perform the implementation services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's InnPlan APS software, version 9, in object code, including the scheduling engine, the capacity planning module, the shop-floor terminal module and the documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, planning rules, data conversion scripts and other work products created by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software for the Customer, including orders, routings, bills of materials, machine data and personnel data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located at the Customer's premises in the People's Republic of China for up to 60 named planners and 120 shop-floor terminals, for the Customer's internal business purposes and those of its wholly owned subsidiaries.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery purposes.
P:2.3 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Services
P:3.1 The Vendor shall perform the following implementation services: (a) analysis of the Customer's planning processes and preparation of a solution design; (b) configuration of the Software for both foundries and the machining workshops; (c) development of interfaces between the Software and the Customer's ERP system and manufacturing execution system; (d) conversion of master data; (e) training of planners, key users and system administrators; and (f) go-live support on site for three weeks.
P:3.2 The Vendor shall deliver a project plan within 15 days after signature. The Software shall be installed within 45 days and Go-Live shall take place no later than 150 days after signature, unless the parties agree otherwise in writing.
P:3.3 The Vendor's consultants shall comply with the Customer's site safety rules and information security policies while working at the Customer's premises.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,848,000, including all taxes, made up as follows: Software licence fee CNY 1,260,000; implementation and interface services CNY 540,000; training CNY 48,000.
P:4.2 The price is fixed. Travel and accommodation of the Vendor's consultants are included.
P:4.3 Payment shall be made in three instalments: (a) 20% of the contract price within 30 days after signature, against the Vendor's invoice; (b) 45% of the contract price within 30 days after Go-Live; and (c) 35% of the contract price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the bank account designated by the Vendor. Each invoice shall be a valid PRC VAT invoice issued by the Vendor's authorised agent.
P:4.5 If the Customer disputes part of an invoice in good faith, it shall pay the undisputed part and notify the Vendor of the reasons in writing. The parties shall resolve the dispute promptly.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose, and the Customer shall approve, an acceptance test plan before Go-Live.
P:5.2 The acceptance criteria are: (a) all functions listed in the solution design work as specified; (b) a full planning run for both foundries completes in less than ten minutes; (c) data exchanged through each interface reconciles with the ERP system for 20 consecutive working days; (d) no Severity 1 or Severity 2 defect remains open; and (e) planners have used the Software in production for 60 days after Go-Live.
P:5.3 When the criteria are met, the Customer shall issue a written Final Acceptance certificate within ten working days. Installation, Go-Live or productive use of the Software does not by itself constitute acceptance.
P:5.4 If the criteria are not met, the Vendor shall correct the defects at its own cost and repeat the tests within 20 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the solution design for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and provide new releases of the Software.
P:6.2 During the Warranty Period the Vendor shall respond to defects reported through its support hotline as follows: Severity 1 (planning system unavailable or planning results unusable) within 1 hour; Severity 2 (a major function impaired) within 2 hours; Severity 3 (other defects) within one working day. The Vendor shall provide a workaround for a Severity 1 defect within 8 hours.
P:6.3 If the Vendor misses a response time for a Severity 1 defect, it shall pay the Customer CNY 1,000 for each hour of delay, deducted from the next payment due or paid on demand.
P:6.4 After the Warranty Period, the Customer may order annual support at a fee of 11% of the Software licence fee, i.e. CNY 138,600 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance. The Customer may use, modify and license the Custom Deliverables without restriction.
P:7.2 The Vendor shall indemnify the Customer against claims that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's remote access gateway, with individual accounts and after approval for each session. The Vendor shall not copy Customer Data outside the Customer's systems except test extracts approved in writing by the Customer.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Customer within 24 hours of any data security incident caused by the Vendor, cooperate in remedying it and bear the losses caused by it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production data, drawings, prices and know-how, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to a maximum of 10% of the contract price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the contract price. This limitation does not apply to personal injury, wilful misconduct, infringement claims under Article 7.2, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Customer may also terminate this Agreement if the liquidated damages under Article 10.1 reach their maximum. In that case the Vendor shall refund the amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Arbitration Rules of the German Arbitration Institute (DIS). The seat of arbitration is Munich, Germany, and the language of the proceedings is English.
H:Article 14 Miscellaneous
P:14.1 This Agreement, together with the solution design and the acceptance test plan once approved, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is executed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E02 = """# ORDER FORM

**Schussental Cloud Systems GmbH** - Order Form No. SCS-2027-CN-031

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Parties

- **Provider:** Schussental Cloud Systems GmbH, Gartenstrasse 18, 88212 Ravensburg, Germany.
- **Customer:** Foshan Meilong Kitchen Appliances Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China.

### A2. Subscribed Service

FieldLink Service Management, a cloud service for planning and tracking after-sales field service, including work order management, technician dispatch, spare-parts tracking, the FieldLink mobile app and the analytics dashboard. The Service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner.

Scope: 420 technician users, 60 dispatcher users and the customer self-service portal for the Customer's branded service network in China.

### A3. Subscription Term

The Subscription Term is 36 months, starting on 1 April 2027 (the "Subscription Start Date") and ending on 31 March 2030. The Subscription Term does not renew automatically. Any extension requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, year 1 | 480 users, annual | 264,000 |
| Subscription fee, year 2 | 480 users, annual | 264,000 |
| Subscription fee, year 3 | 480 users, annual | 264,000 |
| Onboarding services (configuration, data migration, ERP interface, training) | fixed, one-time | 46,000 |
| **Total fees for the Subscription Term** | | **838,000** |

Additional users may be ordered at the pro rata unit price. All amounts include VAT.

### A5. Invoicing and Payment

1. Subscription fees are invoiced quarterly in arrears, CNY 66,000 per quarter, starting at the end of the first quarter after the Subscription Start Date.
2. The onboarding fee is invoiced after Go-Live Acceptance under A6.
3. The Customer pays each correct invoice within 30 days. No amount is payable before the Subscription Start Date.

### A6. Onboarding and Go-Live Acceptance

1. The Provider shall complete onboarding by 15 March 2027. Onboarding covers configuration of work order types and service areas, migration of open work orders and the installed-base register, the interface to the Customer's ERP system for spare parts and invoicing, and training for dispatchers and key users.
2. Go-Live Acceptance tests: (a) all configured workflows run end to end on 30 test work orders agreed by the parties; (b) migrated installed-base records reconcile with the source data; (c) spare-parts postings appear in the ERP system within five minutes; (d) the mobile app works offline and synchronises on reconnection. When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Use of the Service before that certificate is not acceptance.
3. If onboarding is late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 30,000 in total.

Signed for the Customer: ____________________  Date: __________

Signed for the Provider: ____________________  Date: __________

## PART B - GENERAL TERMS

### 1. Service and Service Levels

1.1 The Provider shall provide the Service in accordance with the documentation and this Order Form.

1.2 Availability. The Service shall be available at least 99.95% of the time in each calendar month, measured at the Provider's internet gateway, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 China Standard Time.

1.3 Support. The Provider shall respond to incidents reported through the support portal or hotline as follows: Priority 1 (the Service or the mobile app unavailable for all users) within 30 minutes, with continuous work until restoration; Priority 2 (a major function impaired) within 2 hours; Priority 3 (other incidents) within one business day. Support is provided in Chinese and English.

1.4 Service Credits. If monthly availability falls below the committed level, the Customer receives a credit of 5% of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that fee. If a Priority 1 response is late, the Customer receives a credit of CNY 500 for each hour of delay. Credits are deducted from the next invoice.

1.5 Changes. The Provider may update the Service from time to time, provided that an update does not materially reduce the functions or the security of the Service. The Provider shall announce material changes at least 30 days in advance and shall give the Customer access to a test environment for the new release.

1.6 Service Reports. The Provider shall provide a monthly service report showing availability, incidents by priority, response and restoration times, and the credits due. The parties shall hold a quarterly review meeting to discuss the reports and planned changes.

### 2. Customer Data

2.1 Customer Data means all data submitted to the Service by or for the Customer, including end-customer names, addresses, telephone numbers, product serial numbers, work orders and photographs. As between the parties, the Customer owns Customer Data.

2.2 The Provider shall process Customer Data to provide the Service and to perform this Order Form.

2.3 The Customer grants the Provider a perpetual, worldwide licence to use Customer Data in aggregated and anonymised form to compile industry benchmarks, to improve and develop the Provider's products and services, and to train the Provider's scheduling models. This licence survives the end of the Subscription Term.

2.4 At the end of the Subscription Term, the Provider shall make Customer Data available for export in a standard format for 60 days and shall then delete it, except as provided in section 2.3.

2.5 The Provider shall not transfer Customer Data to any third party except as required to provide the Service under this Order Form.

### 3. Data Security

3.1 The Provider shall maintain technical and organisational security measures appropriate to the risk, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of administrative access and an information security management system certified to ISO/IEC 27001.

3.2 Customer Data shall be stored and processed in mainland China. The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law and shall support the Customer in handling requests from data subjects.

3.3 The Provider shall notify the Customer without undue delay, and in any event within 24 hours, of any security incident affecting Customer Data, shall take immediate steps to contain it and shall bear the losses and costs resulting from incidents caused by its breach of this section.

### 4. Intellectual Property

4.1 The Provider retains all rights in the Service, the software and the documentation.

4.2 Configurations, workflow definitions, report templates and interface mappings created for the Customer during onboarding belong to the Customer. The Customer may use, modify and license them freely, including with other service providers.

### 5. Confidentiality

Each party shall keep confidential all non-public information disclosed by the other party and use it only for this Order Form. This obligation continues for three years after the end of the Subscription Term.

### 6. Liability

6.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

6.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the nine months preceding the event giving rise to the claim.

6.3 The limitations in this section do not apply to personal injury, fraud or wilful misconduct.

### 7. Subcontracting

The Provider may not subcontract the Service or any part of it without the Customer's prior written consent, except for its hosting partner named in A2, which the Customer approves by signing this Order Form. The Provider is responsible for its subcontractors as for itself.

### 8. Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

8.2 On termination for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### 10. Customer Responsibilities

The Customer shall appoint a project manager for onboarding, provide the data and access to its ERP test system reasonably required by the Provider, and ensure that its users keep their log-in credentials secure. Delays caused by the Customer extend the onboarding date in A6 accordingly.

### 11. General

11.1 Notices must be in writing and sent to the addresses in A1.

11.2 Neither party may assign this Order Form without the other party's prior written consent.

11.3 This Order Form is made in English. It may be signed electronically and in counterparts.
"""

E03 = """T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. HSC-EQ-2027-077
P:Buyer: Anhui Huashan Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Donautal Messtechnik GmbH, Moehringer Strasse 40, 78532 Tuttlingen, Germany (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment. The Buyer wishes to monitor the condition of kiln drives, raw mills, cement mills and fans at its Wuhu plant, and the Supplier agrees to supply vibration and temperature sensors, gateways and a monitoring software licence and to install and commission them.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's DTM Monitor condition monitoring software, including the analysis server, the web client and the alarm module, licensed under clause 8.
P:1.3 "Plant Data" means all measurement data, alarms, reports, asset lists and configurations produced by the Equipment or the Software at the Buyer's plant.
P:1.4 "Final Acceptance" means acceptance under clause 5.3.
P:1.5 "Working day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
H:2. Scope of Supply
P:2.1 The Supplier shall deliver the Equipment and the Software, install the sensors on 140 machines, mount and connect the gateways, install the Software on the Buyer's servers, configure alarm limits for each machine, integrate the Software with the Buyer's distributed control system and train the Buyer's maintenance staff.
P:2.2 The Supplier shall deliver the Equipment to the Buyer's plant in Wuhu, DDP, no later than 70 days after signature, and shall complete installation and commissioning no later than 120 days after signature.
P:2.3 The Supplier shall supply the Buyer with installation drawings, wiring diagrams, user and maintenance manuals in Chinese and English, and a spare-parts list.
P:2.4 The Supplier shall appoint a project manager who speaks Chinese or shall provide a qualified interpreter at its own cost. The project manager shall attend weekly progress meetings at the plant during installation and commissioning.
P:2.5 Installation work shall be coordinated with the Buyer's kiln and mill shutdown schedule. The Buyer shall give the Supplier access to each machine during the planned shutdowns, and the Supplier shall comply with the Buyer's rules on permits to work, lock-out and tag-out, work at height and personal protective equipment.
P:2.6 Before shipment, the Supplier shall perform a factory test of each batch of sensors and gateways and send the test certificates to the Buyer. The Buyer may witness the factory test at its own cost.
H:3. Contract Price
P:3.1 The contract price is CNY 1,970,000, inclusive of VAT, delivery, installation and all services during the warranty period, itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial vibration and temperature sensor, ATEX version|420|2,350|987,000
TB:2|Wireless gateway with industrial housing|36|9,800|352,800
TB:3|DTM Monitor software licence, perpetual, 500 measuring points|1|416,000|416,000
TB:|Equipment and software subtotal|||1,755,800
TB:4|Installation, commissioning and DCS integration|1 lot|186,400|186,400
TB:5|Training of maintenance staff|1 lot|27,800|27,800
TB:|Contract price|||1,970,000
P:3.2 The contract price is fixed and shall not be adjusted for exchange rate changes, material prices or customs duties.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the contract price within 20 days after signature, against an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the contract price within 30 days after delivery of all Equipment and completion of installation, as confirmed by an installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the contract price within 30 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid VAT invoice.
H:5. Acceptance
P:5.1 After commissioning, the Supplier shall carry out a 30-day trial run. The acceptance criteria are: (a) all 420 sensors transmit data with a packet loss below 0.5%; (b) each alarm limit has been tested by simulation; (c) the measured vibration values deviate by no more than 5% from a reference measurement made with a calibrated portable instrument on ten machines selected by the Buyer; (d) alarms appear in the distributed control system within ten seconds; (e) no Severity 1 fault occurs during the trial run.
P:5.2 The Supplier shall give the Buyer a test report. The Buyer shall inspect the results within ten working days.
P:5.3 If all criteria are met, the Buyer shall sign a Final Acceptance certificate. Delivery, installation, commissioning or use of the Equipment or the Software is not acceptance. If a criterion is not met, the Supplier shall remedy the defect and repeat the trial run at its own cost.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge and correct defects in the Software, including by new releases.
P:6.2 Faults are classified in the following table:
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Analysis server down or more than 10% of sensors not reporting|2 hours|24 hours
TB:Severity 2|A single machine not monitored or alarm module impaired|8 hours|3 working days
TB:Severity 3|Other faults and questions|1 working day|10 working days
P:6.3 If the Supplier misses a response or restoration time for a Severity 1 or Severity 2 fault, the Supplier shall pay the Buyer CNY 800 for each hour of delay.
P:6.4 After the warranty period, the Supplier shall offer annual support, including spare parts, software updates and remote diagnosis, for a fee of 6% of the equipment and software subtotal, i.e. CNY 105,348 per year. This fee is fixed for five years after the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 Installation designs, alarm limit settings, configuration files, the DCS interface program and reports made for the Buyer belong to the Buyer, which may use, modify and have them maintained by third parties freely.
P:7.2 The Software and the firmware of the Equipment remain the property of the Supplier. The Supplier grants the Buyer a perpetual licence to use them at the Wuhu plant.
H:8. Software Licence
P:8.1 The licence covers 500 measuring points and an unlimited number of users at the Buyer's Wuhu plant. Additional measuring points may be ordered at the unit price in clause 3.
H:9. Plant Data and Data Security
P:9.1 Plant Data belongs to the Buyer. The Supplier may use Plant Data only to perform this Contract.
P:9.2 The Software is installed on the Buyer's servers. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's remote access system. The Supplier shall not transfer Plant Data outside the Buyer's network.
P:9.3 The Supplier shall keep the Equipment and the Software free of known vulnerabilities and shall notify the Buyer of any security incident within 24 hours. The Supplier is liable for losses caused by security incidents attributable to it.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the non-public information of the other party, including process data, drawings and prices, and shall not disclose it to third parties without prior written consent. This obligation lasts for five years after the end of this Contract.
H:11. Delay
P:11.1 If the Supplier fails to complete delivery or commissioning by the dates in clause 2.2, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the contract price. This limit does not apply to personal injury, wilful misconduct or gross negligence.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages reach their maximum.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhu Arbitration Commission for arbitration.
H:16. Force Majeure
P:16.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event continues for more than 90 days, either party may terminate this Contract by written notice.
H:17. Miscellaneous
P:17.1 This Contract is made in English and Chinese. Both versions have equal force.
P:17.2 Annexes: Annex 1 Technical Specification; Annex 2 Machine List and Sensor Positions; Annex 3 Acceptance Test Procedure. The Annexes form part of this Contract. In case of conflict, the clauses of this Contract prevail.
P:17.3 Amendments to this Contract are valid only if made in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No. ALG-MS-2027-009**

**Between**

Allgaeu Systemhaus Betriebs GmbH, Bahnhofstrasse 9, 87700 Memmingen, Germany (the "Supplier")

**and**

Qingdao Haiyue Foods Co., Ltd., Chengyang District, Qingdao, Shandong Province, People's Republic of China (the "Customer")

The Customer operates three food-processing plants in Shandong and wishes to outsource the operation of its plant servers, plant networks and end-user support to the Supplier. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer and its employees, suppliers and customers that the Supplier receives or can access in performing the Services, including production, quality and personnel data.

1.5 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under clause 3.3.

## 2. Term

2.1 This Agreement starts on signature. The Services shall be provided for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by written agreement of both parties, signed before its expiry. There is no automatic renewal.

## 3. Transition

3.1 Within 75 days after signature, the Supplier shall take over the Services from the Customer's internal IT team in accordance with a transition plan agreed by the parties.

3.2 Transition includes inventory of all servers, network devices and end-user devices in scope, documentation of the current configurations, set-up of monitoring and the service desk, and knowledge transfer from the Customer's staff.

3.3 Transition Acceptance criteria: (a) all items in Schedule 1 are recorded in the configuration database and monitored; (b) the service desk has handled tickets for 14 consecutive days in parallel with the Customer's team within the Service Levels; (c) runbooks for all critical systems have been delivered and reviewed; (d) a restore test of backups for each plant has succeeded. When the criteria are met, the Customer signs a Transition Acceptance certificate. Starting the Services before that date is not acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Services and Service Levels

4.1 The Supplier shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Supplier shall report monthly on Service Level performance, incidents, changes and capacity, and shall attend a monthly service review with the Customer.

4.3 If a Service Level is missed, the Supplier shall grant the service credits set out in Schedule 2. Credits are deducted from the next invoice and do not limit the Customer's other rights.

4.4 The Supplier shall maintain a service desk knowledge base, keep the configuration database up to date and propose improvements that reduce incidents or costs. Agreed improvements are implemented through the change process.

4.5 The Customer shall provide the Supplier with access to its sites, systems and documentation as reasonably required, and shall name a service manager who is the Supplier's main contact.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Service Term are CNY 2,144,000, inclusive of VAT.

5.2 The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after Transition Acceptance. No amount is payable in advance.

5.3 The Customer shall pay correct invoices within 30 days of receipt.

5.4 The Charges are fixed for the Service Term. Changes in the number of users, servers or devices of up to ten per cent do not change the Charges; larger changes are handled through the change process and priced at the rates in Schedule 3.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only to perform the Services and shall not sell it, disclose it or use it for its own purposes.

6.2 On termination or expiry, the Supplier shall return all Customer Data in its possession to the Customer.

6.3 The Supplier shall follow the Customer's reasonable instructions regarding Customer Data.

## 7. Intellectual Property

7.1 Runbooks, scripts, configuration documentation and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and hand them to any successor provider.

7.2 The Supplier's monitoring and ticketing tools remain the property of the Supplier and its licensors.

## 8. Confidentiality

8.1 Each party shall keep confidential all information received from the other party that is marked confidential or should reasonably be understood to be confidential, including recipes, production figures, prices and personnel matters.

8.2 Confidential information may be disclosed only to employees and advisers who need to know it and are bound by equivalent obligations. This clause survives for five years after the end of this Agreement.

## 9. Subcontracting

9.1 The Supplier may subcontract any part of the Services to its affiliates or to third-party service providers in China or elsewhere, provided that it informs the Customer in writing at least 15 days before the subcontractor starts work.

9.2 The Supplier remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Service Term.

10.2 The limitation does not apply to personal injury, wilful misconduct or gross negligence.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach, including repeated failure to meet a Service Level in three consecutive months, and does not remedy it within 30 days after notice.

11.2 The Supplier may terminate this Agreement if the Customer fails to pay undisputed invoices for more than 60 days after a written reminder.

11.3 On expiry or termination, the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3, including handover of documentation and knowledge transfer to the Customer or a successor provider.

11.4 Neither party is liable for delay or failure caused by force majeure events, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to resume performance.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.

## 13. General

13.1 The Schedules form part of this Agreement. If they conflict with the clauses, the clauses prevail.

13.2 Changes to this Agreement must be in writing and signed by both parties.

Signed for the Supplier: ____________________

Signed for the Customer: ____________________

## Schedule 1 - Service Description

| No. | Service | Scope | Hours |
|---|---|---|---|
| 1 | Service desk | Single point of contact for 1,150 users in Chinese, by phone, e-mail and portal | 07:00-22:00, 7 days |
| 2 | Server operations | 64 physical and virtual servers at three plants: monitoring, patching, backup, restore | 24x7 monitoring |
| 3 | Network operations | 210 switches, 96 wireless access points, 3 firewalls: monitoring, configuration, firmware | 24x7 monitoring |
| 4 | End-user support | Desktop support on site at each plant, device imaging, moves and changes | Working days, 08:00-18:00 |
| 5 | Change management | Planning and execution of changes under the Customer's change process | As scheduled |
| 6 | Reporting | Monthly service report and quarterly capacity review | Monthly |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service credit if missed |
|---|---|---|
| Availability of production servers | 99.95% per month | 5% of the monthly service charge per started 0.1 percentage point below target, up to 25% |
| Priority 1 incident (a plant production system or plant network down) | Response within 15 minutes, restoration within 6 hours | CNY 2,000 per hour of delay |
| Priority 2 incident (a major function or a production line impaired) | Response within 1 hour, restoration within 8 hours | CNY 800 per hour of delay |
| Priority 3 incident | Response within 1 working day | - |
| Service desk calls answered | 90% within 60 seconds | 2% of the monthly service charge |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 74,000 |
| Monthly service charge | 36 months x CNY 57,500 | 2,070,000 |
| Total Charges for the Service Term | | 2,144,000 |
| Additional work and exit assistance | per consultant day | 3,600 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. TRV-DS-2027-0142

PARTIES

Traunsee Holzmarktdaten GmbH, Esplanade 12, 4810 Gmunden, Austria (the "Provider").

Zhejiang Anji Yuzhu Furniture Co., Ltd., Anji County, Huzhou, Zhejiang Province, People's Republic of China (the "Customer").

BACKGROUND

The Provider compiles price, volume and trade-flow data for European sawn timber, panels and hardwood markets and makes it available through a web portal and an application programming interface (API). The Customer sources timber and board materials from Europe and wishes to integrate the data into its purchasing and planning systems.

1. DEFINITIONS

1.1 "Data" means the market price series, indices, trade statistics, reports and forecasts made available by the Provider under this Agreement.

1.2 "API" means the Provider's REST interface through which the Data is delivered, including its documentation.

1.3 "Subscription Year" means each of the two consecutive periods covered by this Agreement, the first starting on 1 July 2027 and ending on 30 June 2028, the second starting on 1 July 2028 and ending on 30 June 2029.

1.4 "Customer Data" means the queries, watch lists, purchase volumes, supplier names and other information the Customer enters into the portal or sends through the API.

1.5 "Integration Acceptance" means the acceptance of the integration work under clause 4.3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Years, a non-exclusive, non-transferable right to access the Data through the portal and the API and to use the Data for the Customer's internal purchasing, planning and reporting.

2.2 The subscription covers the Premium Europe data package: daily prices for 180 product series, weekly indices, monthly trade statistics for 27 countries, quarterly market forecasts and up to 200,000 API calls per day.

2.3 The Customer may show the Data to its employees and to its group companies in China. The Customer shall not resell the Data or make it publicly available.

3. FEES AND PAYMENT

3.1 The fees are:

   Subscription fee, first Subscription Year ........ CNY 318,000
   Subscription fee, second Subscription Year ....... CNY 318,000
   Integration set-up fee (one-time) ................ CNY 24,000
   Total fees ....................................... CNY 660,000

3.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 79,500, each at the end of the quarter concerned.

3.3 The integration set-up fee is invoiced after Integration Acceptance.

3.4 All fees include VAT and are payable within 30 days of invoice. Invoices shall be issued through the Provider's authorised reseller in China.

3.5 Additional API calls above the daily volume in clause 2.2 are charged at the Provider's published rate for the relevant month and invoiced quarterly in arrears. Such usage charges are not part of the total fees in clause 3.1.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall set up API credentials, a dedicated access point reachable from mainland China and data mappings to the Customer's product codes, and shall train the Customer's purchasing and IT staff.

4.2 The Provider will use reasonable efforts to complete the integration before the start of the first Subscription Year. The dates in the project plan are estimates.

4.3 Integration Acceptance tests: (a) all 180 product series are delivered through the API and mapped to the Customer's product codes; (b) a sample of 50 data points checked by the Customer matches the Provider's published reports; (c) the daily update is available by 09:00 China Standard Time on five consecutive working days; (d) the Customer's planning system loads the Data without manual correction. When the tests are passed, the Customer signs an acceptance certificate. Access to the portal before that date is not acceptance.

4.4 The Provider shall provide the Customer with API documentation in English, sample code and a test environment with delayed data for the Customer's developers throughout the Subscription Years.

5. SERVICE LEVELS

5.1 The API and the portal shall be available 99.95% of the time in each calendar month, excluding scheduled maintenance announced 72 hours in advance.

5.2 The Provider shall respond to incidents reported by the Customer's designated contacts as follows: Priority 1 (API or portal unavailable, or daily update not delivered) within 2 hours at any time of day; Priority 2 (incorrect or incomplete data) within one business day; Priority 3 (questions) within three business days.

5.3 The Provider shall report monthly availability to the Customer on request.

5.4 The service levels in this clause are targets. The Provider's sole obligation if a service level is missed is to investigate the cause and use reasonable efforts to prevent recurrence. No service credits, fee reductions, refunds or other compensation are payable for missed service levels.

5.5 Scheduled maintenance shall be performed outside the Customer's business hours in China wherever practicable, and the Provider shall keep the number of maintenance windows to a minimum.

6. RENEWAL

6.1 After the second Subscription Year, this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

6.2 The Provider may increase the subscription fee for any renewal Subscription Year by up to 9% by written notice to the Customer at least 90 days before that year begins.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data and the API to the Customer and shall not disclose it to other customers, combine it with other data or use it for analysis, benchmarking or product development.

7.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named support staff, multi-factor authentication and logging of access.

7.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain and remedy the incident, and shall be liable for the losses caused to the Customer by incidents resulting from its breach of this clause.

7.4 On expiry or termination, the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7.5 Customer Data is hosted on servers operated by the Provider in the European Union. The Customer is responsible for deciding what information it sends to the Provider.

8. INTELLECTUAL PROPERTY

8.1 The Data, the API and the portal are the property of the Provider and its licensors.

8.2 The data mappings, transformation scripts and adapters created for the Customer during integration belong to the Customer. The Customer may use, modify and license them without restriction, and the Provider shall deliver their source code with the acceptance certificate.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party, including Customer Data, prices and the terms of this Agreement, and shall not disclose it to third parties without the other party's prior written consent.

9.2 This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the provision of the Data, the API or the integration work without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential damage or lost profit.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1. This limit does not apply to wilful misconduct, gross negligence or breach of clause 7 or clause 9.

11.3 The Provider does not warrant that the Data is complete or free of errors, but shall correct errors promptly when notified.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund the fees paid for any period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The language of the arbitration is English.

13.3 Pending the outcome of any dispute, each party shall continue to perform its obligations that are not in dispute.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses stated above.

14.2 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing.

14.3 Neither party may assign this Agreement without the prior written consent of the other party, except to a successor of its entire business.

14.4 The Provider shall comply with the export control and sanctions laws that apply to it. The Customer confirms that it will not use the Data for any unlawful purpose.

SIGNATURES

For the Provider: ____________________   Date: __________

For the Customer: ____________________   Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (stem, ext, source)
    "z01": ("h921z01_heritage_brands_platform_licence", "pdf", Z01),
    "z02": ("h921z02_quilt_factory_line_control_retrofit", "docx", Z02),
    "z03": ("h921z03_beauty_training_chain_booking_saas", "txt", Z03),
    "z04": ("h921z04_school_meal_supervision_system_om", "txt", Z04),
    "z05": ("h921z05_rubbing_studio_tracking_supplier_template", "md", Z05),
    "e01": ("h921e01_aps_perpetual_licence_rosenheim_vendor", "pdf", E01),
    "e02": ("h921e02_field_service_saas_order_form", "md", E02),
    "e03": ("h921e03_cement_condition_monitoring_sensors", "docx", E03),
    "e04": ("h921e04_plant_it_managed_services_36_months", "md", E04),
    "e05": ("h921e05_timber_market_data_api_subscription", "txt", E05),
}

# ---------------------------------------------------------------- labels
def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, lds, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": lds}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": ("zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False,
              "PRC", G), X(True, True, True, False, 2160000)),
    "z02": ("zh", "hardware",
            T(None, None, False, "buyer", True, True, True, 500 / 1700000 * 100, None, 20, True, True, 24, 7, False,
              True, False, "PRC", G), X(False, True, True, False, 1700000)),
    "z03": ("zh", "cloud",
            T(99.5, 1, True, "buyer", True, True, True, 500 / 534000 * 100, None, None, True, None, None, None, True,
              True, True, "PRC", S), X(True, True, None, False, 534000)),
    "z04": ("zh", "services",
            T(99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
              False, "PRC", S), X(True, True, None, False, 468000)),
    "z05": ("zh", "software",
            T(None, 8, False, "supplier", True, False, True, 0.1, None, 65, False, False, 6, 25, False, True, None,
              None, G), X(True, True, True, True, 186000)),
    "e01": ("en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
              "Germany", G), X(True, True, True, False, 1848000)),
    "e02": ("en", "cloud",
            T(99.95, 0.5, True, "buyer", True, False, True, 600 / 838000 * 100, 9 / 36 * 100, None, True, None, None,
              None, False, True, False, "PRC", S), X(True, True, None, False, 838000)),
    "e03": ("en", "hardware",
            T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False, "PRC",
              G), X(True, True, True, False, 1970000)),
    "e04": ("en", "services",
            T(99.95, 0.25, True, "buyer", False, True, True, 1800 / 2144000 * 100, 150, None, True, None, None, None,
              False, True, True, "PRC", S), X(True, True, None, False, 2144000)),
    "e05": ("en", "cloud",
            T(99.95, 2, False, "buyer", True, True, True, None, 150, None, True, None, None, None, True, True, False,
              "PRC", S), X(True, False, None, False, 660000)),
}

# my design list (written before deriving)
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # DIS, Munich
# TCO inputs for goods / licence drafts: fee base (itemised licence / hardware subtotal), fee per year
TCO_IN = {"z01": (1180000, 106200), "z02": (1398000, 97860), "z05": (136000, 34000), "e01": (1260000, 138600),
          "e03": (1755800, 105348)}
# price sums (asserted)
SUMS = {
    "z01": [1180000, 736000, 158000, 86000], "z02": [540000, 368000, 96000, 214000, 180000, 156000, 124000, 22000],
    "z03": [35 * 6800 * 2, 58000], "z04": [4 * 117000], "z05": [98000, 38000, 38000, 12000],
    "e01": [1260000, 540000, 48000], "e02": [3 * 264000, 46000], "e03": [420 * 2350, 36 * 9800, 416000, 186400, 27800],
    "e04": [74000, 36 * 57500], "e05": [318000, 318000, 24000],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy §3 thresholds
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH = 40


def tco_share(key, t, x):
    base, fee = TCO_IN[key]
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, key
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    return post / (x["contract_value"] + post) * 100


def derive(key):
    _, _, t, x = LABELS[key]
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            sh = tco_share(key, t, x)
            assert abs(sh - TCO_TH) > 2, (key, sh)
            if sh > TCO_TH:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)

RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "low", "e04": "high", "e05": "high"}

# ---------------------------------------------------------------- threshold scan
NL = r"(?<![\d.,])"
CL = r"(?<![一二三四五六七八九十百千零〇两])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    NL + r"99\.90*(?!\d)",
    NL + r"4\s*-?\s*(?:hours?|hrs?|h(?![a-z]))", r"(?<![a-z])four\s*-?\s*hours?", CL + NL + r"(?:4|四)\s*个?\s*小时",
    NL + r"12\s*-?\s*months?", r"(?<![a-z])twelve\s*-?\s*months?", CL + NL + r"(?:12|十二)\s*个\s*月",
    NL + r"1\s*-?\s*years?(?![a-z])", r"(?<![a-z])one\s*-?\s*year(?!s)", r"(?<![每第任逐同前后上下])" + CL + r"一年(?![度级])",
    NL + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![零一二三四五六七八九十])", r"(?<![a-z])one\s*hundred" + PCT,
    NL + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"(?<![a-z])thirty" + PCT,
    NL + r"15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])", r"(?<![a-z])fifteen" + PCT,
    NL + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"(?<![a-z])forty" + PCT,
    NL + r"0?\.050*" + PCT, r"万分之五(?![十零一二三四五六七八九点])", r"千分之零点五", NL + r"0?\.5\s*‰",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4-hour", "four hours", "4小时", "四小时", "4 个小时", "12 months",
            "12-month", "twelve months", "12个月", "十二个月", "one year", "1 year", "质保期一年", "100%", "100 per cent",
            "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "fifteen percent", "40%",
            "百分之四十", "forty per cent", "0.05%", ".05 %", "万分之五", "千分之零点五", "0.5‰"]
MUST_MISS = ["99.95%", "24 hours", "24小时", "14小时", "二十四小时", "112 months", "CNY 1,000", "130%", "0.15%", "1.5%",
             "百分之三十五", "万分之五十", "每一年", "第一年", "24x7", "2 hours", "二十四个月", "一年度", "310%", "0.055%",
             "1,500%", "years"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGE = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (stem, ext, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (stem, ext, src) in FILES.items():
        lang, cat, t, x = LABELS[key]
        assert sum(SUMS[key]) == x["contract_value"], key
        rules = derive(key)
        if rules != sorted(DESIGN[key]):
            problems.append((key, "rules", rules, DESIGN[key]))
        risk = "high" if HIGH & set(rules) else ("medium" if rules and set(rules) - {"CR-GOVERNING-LAW"} else
                                                ("low" if not rules or rules == ["CR-GOVERNING-LAW"] else "medium"))
        if risk != RISK[key]:
            problems.append((key, "risk", risk, RISK[key]))
        covered |= set(rules)
        for k, th in TH.items():
            v = t[k]
            if v is not None and abs(v - th) < 1e-9:
                problems.append((key, "threshold value", k, v))
        text = read_back(OUT / (stem + "." + ext))
        n = size(text, lang)
        lo, hi = RANGE[lang]
        if not lo <= n <= hi:
            problems.append((key, "length", n, RANGE[lang]))
        h = hits(text)
        if h:
            problems.append((key, "threshold text", sorted(set(h))))
        extra = ""
        if key in TCO_IN:
            extra = " TCO share %.2f%%" % tco_share(key, t, x)
        print("%s %-52s %5d %s %s%s" % (key, stem + "." + ext, n, risk, ",".join(r[3:] for r in rules) or "-", extra))
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
    if covered != set(ALL_RULES):
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    mix = {k: len(DESIGN[k]) for k in DESIGN}
    assert [k for k in mix if mix[k] == 0] == ["z01", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= mix["z05"] <= 10
    assert sorted(k for k in mix if 2 <= mix[k] <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "see PROBLEM lines"
    print("all checks passed")


if __name__ == "__main__":
    main()
