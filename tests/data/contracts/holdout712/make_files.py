"""holdout712: builds the ten held-out draft contracts (.txt, .md, .docx, .pdf) from the sources below, writes their
.json labels, and asserts the checks of the brief (rules derived from the labels, coverage of all 20 CR rules, text
lengths as read back, no value or text figure on a policy threshold). Run with /work/main/.venv/bin/python -B."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:住房租赁备案服务平台建设项目合同
P:合同编号：ZLFW-ZC-2026-017
P:采购人（甲方）：江城市住房租赁服务中心
P:供应商（乙方）：江城安居数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号JCZC-2026-0342）、乙方投标文件和中标通知书，甲乙双方经协商一致，就住房租赁备案服务平台的软件许可、定制开发和实施部署事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供住房租赁备案服务平台软件许可（永久使用，不限用户数），并完成以下定制开发：租赁合同网签备案模块、房源核验接口、与不动产登记及公安人口信息系统的数据交换接口、租金监管账户对账接口、移动端备案小程序。
P:1.2 乙方负责平台在甲方政务云环境中的安装部署、历史备案数据迁移（约四十二万条）、联调测试、操作培训及验收配合。
P:1.3 具体功能及性能要求以招标文件第五章技术需求和乙方投标文件的技术响应表为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾贰万捌仟元整（¥1,728,000），为含税固定总价，包括：平台软件许可费 ¥860,000；定制开发费 ¥724,000；实施部署及数据迁移费 ¥118,000；培训费 ¥26,000。
P:2.2 除本合同另有约定外，甲方无须另行支付任何费用。乙方为履行本合同所需的差旅、工具及第三方组件费用均已包含在合同总价内。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即 ¥345,600。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即 ¥777,600。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即 ¥604,800。
P:3.4 甲方按照财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 进度要求
P:4.1 乙方应于合同生效后六十日内完成部署和定制开发，九十日内完成数据迁移并申请初步验收。
P:4.2 初步验收通过后进入三个月试运行期，试运行结束后十个工作日内乙方申请最终验收。
P:4.3 乙方应指定一名具有同类项目经验的项目经理常驻甲方现场，未经甲方同意不得更换。乙方应每周提交项目周报，说明进度、问题和风险。
P:4.4 乙方应为甲方业务人员和系统管理员分别组织不少于三期的操作培训和运维培训，并提交培训教材和考核记录。
H:第五条 验收
P:5.1 初步验收标准：招标文件列明的全部功能点逐项测试通过；数据交换接口连续十个工作日运行无差错；在五百个并发用户下，备案提交响应时间不超过二秒，查询响应时间不超过一秒；迁移数据经全量比对，记录数和关键字段一致。
P:5.2 最终验收标准：试运行期内未发生一级故障；第三方测评机构出具的网络安全等级保护测评报告和软件安全测试报告均无高风险问题；乙方提交全部源代码、接口文档、数据库设计说明和运维手册。
P:5.3 验收由甲方组织，并形成书面验收报告，经双方签字后生效。平台上线运行、甲方使用或支付部分款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证期
P:6.1 质量保证期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和远程技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过 ¥77,400），且在质保期满后的三个年度内不上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日通知甲方）。
P:7.2 故障分级及响应：一级故障（备案业务无法办理或数据异常）须在三十分钟内响应，二小时内到场，六小时内恢复；二级故障须在二小时内响应，次日内解决；三级故障在五个工作日内解决。
P:7.3 乙方未达到第7.2款响应或恢复时限的，每超时一小时扣减当期应付款 ¥800；月度可用率每低于承诺值0.01个百分点，扣减 ¥1,500。扣减款项从下一期付款或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 定制开发形成的全部成果（包括源代码、接口程序、数据库脚本及相关文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的备案数据、房源信息、承租人和出租人个人信息及其衍生数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，采取访问控制、加密存储、操作审计等措施；运维人员须经甲方审批后通过堡垒机访问，不得将数据复制至甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在二小时内书面报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第十条 保密
P:10.1 乙方对在履行合同过程中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成第四条所列任一节点的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定且经整改仍不合格的，甲方有权拒绝验收，并要求乙方赔偿由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付逾期付款违约金。
H:第十二条 分包
P:12.1 本项目不允许分包和转包。乙方擅自分包或转包的，甲方有权解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:13.3 合同解除或终止后，乙方应在十个工作日内向甲方移交已完成的全部成果、源代码和文档，协助甲方完成系统交接，并按甲方要求删除其持有的甲方数据，出具书面删除证明。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:15.2 招标文件、投标文件、中标通知书及双方确认的补充协议均为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江城市住房租赁服务中心　　乙方（盖章）：江城安居数智科技有限公司
P:签订日期：2026年3月　日
"""

SRC["z02"] = """T:锻磨生产线控制系统改造及维保合同
P:合同编号：JD-SB-2026-0086
P:甲方（买方）：阳江锋利剪刀厂有限公司
P:乙方（卖方）：佛山精控自动化工程有限公司
P:甲方拟对其二号车间的剪刀锻压及磨刃生产线进行控制系统改造。双方依据《中华人民共和国民法典》，在平等自愿的基础上，就设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责锻压机控制系统更换（六台）、磨刃机伺服驱动改造（八台）、刃口视觉检测站建设（两套），以及产线数据采集软件的部署和与甲方现有ERP系统的对接。
P:1.2 改造应在不影响一号车间正常生产的前提下分段实施，每段停线时间不超过甲方书面确认的停线计划。
P:1.3 甲方负责提供设备基础、电源接入点、压缩空气接口及ERP系统的接口说明，并指定一名生产负责人和一名信息负责人配合乙方工作。甲方提供的条件不满足实施要求的，乙方应书面提出，工期相应顺延。
H:第二条 合同价款
P:2.1 合同价款明细如下表（含税，人民币元）：
TB:序号|项目|数量|单价|金额
TB:1|锻压机PLC控制柜及HMI|6套|78,000|468,000
TB:2|磨刃机伺服驱动及电机|8台|67,000|536,000
TB:3|刃口视觉检测站|2套|107,000|214,000
TB:4|产线数据采集软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,404,000
TB:5|安装调试及ERP对接|1项|126,000|126,000
TB:6|操作及维修培训|1项|18,000|18,000
TB:|合同总价|||1,548,000
P:2.2 合同总价为人民币壹佰伍拾肆万捌仟元整（¥1,548,000），为固定总价，包括设备、软件、运输、保险、安装、调试、培训及税费。
P:2.3 实施中如甲方要求增加改造设备或变更功能，双方应书面确认工作量和价款后实施，单价参照上表执行；未经书面确认的变更，甲方不承担费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完成、经甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方厂区，并在到货后三十日内完成安装调试。
P:4.2 乙方应在停线窗口内完成切换，切换后须保证当班产量不低于改造前同班次的水平。
P:4.3 乙方应在每段切换前三日提交切换方案、回退方案和人员安排，经甲方生产部和安全部确认后实施。切换失败的，乙方应在当班内回退至原控制系统，保证甲方恢复生产。
P:4.4 乙方应提供原厂出具的设备合格证、装箱单、电气原理图、接线图、PLC程序备份及备品备件清单。乙方应随货提供首批易损件，包括伺服编码器线缆、接近开关、光源和镜头保护片各若干。
H:第五条 验收
P:5.1 验收标准：每台锻压机和磨刃机按技术协议完成空载及带载测试；视觉检测站对刃口缺口、卷刃的检出率不低于98%，误判率不高于2%；数据采集软件实时采集节拍、温度、电流和报警信息，与ERP工单数据一致；产线连续生产十五个工作日无停线故障。
P:5.2 验收由甲方组织，双方签署书面验收报告。设备安装完成或甲方投入使用均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
P:5.3 验收时乙方应提交竣工资料，包括设备清单、调试记录、程序源文件、操作手册、维修手册及培训签到记录。资料不全的，甲方可暂缓签署验收报告。
H:第六条 质量保证及维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费更换损坏部件，免费提供软件缺陷修复和升级。
P:6.2 故障响应：产线停机类故障（一级）乙方应在一小时内响应，八小时内到场处理；一般故障在二十四小时内响应。乙方超出一级故障响应时限的，每超时一小时向甲方支付 ¥500。
P:6.3 质保期内，乙方每季度对改造设备进行一次预防性巡检，检查电气柜温升、伺服报警记录和视觉检测标定情况，并向甲方提交巡检报告。乙方应保证备品备件在本地库房有货，常用件在二十四小时内送达。
P:6.4 质保期满后，乙方提供年度维保服务，维保费为软硬件小计的8%，即每年 ¥112,320，该价格在质保期满后的三个年度内固定不变。维保合同每年由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测算法参数配置及ERP对接程序，其知识产权归甲方所有，乙方应在验收时交付源程序和说明文档。
P:7.2 数据采集软件标准产品的知识产权归乙方，乙方授予甲方永久使用许可，甲方可在本厂范围内不限终端数量使用，并可在设备搬迁后继续使用。
H:第八条 数据安全
P:8.1 改造后产生的全部生产数据、工艺参数和质量记录属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN和工控防火墙接入，并保留操作日志。乙方应对其人员的操作负责，因乙方原因导致数据泄露、丢失或生产系统被入侵的，乙方应立即通知甲方、采取补救措施并赔偿全部损失。
P:8.3 乙方交付的控制系统应关闭不必要的端口和服务，默认口令须在交付前修改。乙方使用的移动存储介质须经甲方查毒后方可接入生产网络。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、刃口参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后三年内有效。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架布线和设备搬运工作分包给具备相应资质的第三方，但应提前五个工作日书面通知甲方，并对分包方的工作质量和安全承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方在本合同项下承担的违约金和赔偿责任累计不超过合同总价的60%。
P:11.3 甲方逾期付款的，每日按逾期金额的万分之三支付逾期付款违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 乙方逾期交货超过三十日的，甲方有权解除合同。
P:12.3 合同解除的，乙方应配合甲方将已改造设备恢复至可安全运行的状态，并移交已完成部分的程序和资料；已交付且甲方继续使用的部分，按实际价值结算。
H:第十三条 不可抗力与安全生产
P:13.1 任何一方因不可抗力不能履行合同的，应及时通知对方，并在十五日内提供证明，可根据影响程度部分或全部免除责任。
P:13.2 乙方人员进入甲方厂区应遵守甲方安全生产和动火作业规定，因乙方人员违规造成的人身或财产损失由乙方承担。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交阳江仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2026年4月　日
"""

SRC["z03"] = """芭蕾培训连锁门店约课及会员管理系统订阅服务合同

合同编号：XY-BL-2026-021
甲方（客户）：上海足尖舞蹈艺术培训有限公司
乙方（服务商）：杭州课栈云科技有限公司

甲方在上海、苏州、杭州经营四十家芭蕾培训门店，拟使用乙方的约课及会员管理云服务（以下简称"本服务"）。双方依据《中华人民共和国民法典》及相关法律法规，经友好协商，订立本合同。

一、服务内容
（一）乙方以软件即服务方式向甲方提供本服务，包括：课程排期与约课、会员卡及课时包管理、教师排班与课酬核算、家长端小程序、门店收银对账、经营报表。
（二）服务范围为甲方四十家门店，每店不超过十个后台账号，家长端用户数不限。
（三）乙方负责实施，内容包括：
1. 将甲方现有会员、课时余额和课程记录迁移至本服务，预计会员约三万六千人；
2. 按甲方品牌要求定制家长端小程序页面及门店经营驾驶舱；
3. 对接甲方使用的聚合支付通道和财务软件；
4. 为门店店长、前台和教务人员提供线上及线下培训。
（四）服务期内，乙方提供每日9:00—21:00的在线客服和电话支持，周末及法定节假日安排值班人员；乙方应为甲方指定一名客户成功经理，负责需求对接、问题跟踪和季度回访。
（五）乙方对本服务的常规版本升级不另行收费，升级前应提前五日通知甲方，并保证升级不影响甲方已有数据和已配置的业务规则。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算。每个服务年度自起算日起至次年对应日的前一日止。
（二）服务期满前三十日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。
（三）每次续期时，乙方有权根据市场情况调整订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前三十日通知甲方新的单价。

三、费用及支付
（一）订阅费：每家门店每个服务年度人民币4,800元，四十家门店每个服务年度合计192,000元，两个服务年度合计384,000元。
（二）实施费：人民币52,000元，一次性支付。
（三）本合同总价为人民币436,000元（含税）。
（四）支付方式：
1. 实施费在上线验收合格后十个工作日内支付；
2. 订阅费按季度支付，每季度48,000元，乙方在每季度首月开具发票，甲方收到发票后十五日内支付。
（五）甲方增加门店的，按同一单价按月折算计费；关闭门店的，自次季度起相应减少订阅费。
（六）上述费用已包含云资源、短信通知、地图接口、客服支持等全部费用，乙方不得另行收取。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、小程序上线和门店培训，并向甲方提交上线验收申请。
（二）上线验收标准：
1. 迁移后的会员数量、课时余额与甲方原系统导出数据逐条一致；
2. 约课、签到、消课、退课、转店等业务流程在三家试点门店连续运行十日无错误；
3. 小程序在晚间高峰时段（每日18:00—21:00）约课操作响应时间不超过两秒；
4. 支付对账与财务软件数据一致。
（三）验收时乙方应提交数据迁移核对报告、系统配置说明、门店操作手册和培训记录。
（四）甲方在收到申请后五个工作日内组织验收并出具书面意见。上线使用不等于验收合格；验收不合格的，乙方应在七日内整改后重新提交。

五、服务水平
（一）乙方承诺本服务月度可用率不低于99.5%，计划维护应安排在凌晨0:00—6:00之间并提前两日通知甲方。
（二）故障响应：
1. 一级故障（全部门店无法约课、签到或收银）：三十分钟内响应，三小时内恢复；
2. 二级故障（部分功能或部分门店不可用）：一小时内响应，当日内恢复；
3. 三级故障（一般问题或咨询）：一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，按低于的幅度抵扣当月订阅费，每低0.1个百分点抵扣当月订阅费的2%；一级故障超过恢复时限的，每超时一小时抵扣当月订阅费的1%。当月抵扣总额以当月订阅费为限。

（四）乙方应在每月五日前向甲方提交上月服务报告，列明可用率、故障次数、处理时长和服务补偿金额，经甲方确认后作为抵扣依据。

六、数据权属与数据安全
（一）甲方在本服务中录入和产生的会员信息、学员信息、课程记录、交易流水等业务数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行脱敏和汇总处理，形成不可识别个人身份的统计数据，用于乙方编制舞蹈培训行业报告、改进产品功能和训练推荐算法，该等统计数据在本合同终止后仍可继续使用。
（三）乙方应采取数据加密存储、传输加密、分级授权、操作日志留存等安全措施，并通过网络安全等级保护二级测评。学员中未成年人的个人信息应单独加密并限制访问人员。
（四）发生数据泄露或可能泄露的，乙方应在二十四小时内通知甲方，配合甲方向主管部门报告，并承担因乙方原因造成的损失。
（五）本服务的数据应存储于中国境内的数据中心，乙方每日进行全量备份，备份至少保留三十日，恢复点目标不超过一小时。
（六）合同终止后三十日内，乙方应向甲方提供完整的数据导出文件，并在甲方确认后删除甲方的业务数据。

七、知识产权
（一）本服务平台及其标准功能的知识产权归乙方所有。
（二）乙方按甲方要求定制的小程序页面设计、门店经营驾驶舱及相关素材，知识产权归甲方所有，甲方有权自行修改或交由第三方使用。
（三）乙方保证本服务及交付物不侵犯第三方的知识产权，因此引起的索赔由乙方负责处理并承担全部费用。

八、保密
双方对在合作中获知的对方商业秘密、经营数据及技术信息负有保密义务，未经对方书面同意不得向第三方披露，乙方接触甲方数据的员工应签署保密承诺书。本条在合同终止后两年内继续有效。

九、分包
乙方不得将本合同项下的实施工作分包给第三方；确需分包的，须事先取得甲方书面同意。乙方使用的云基础设施服务商应在本合同附件中列明。

十、违约责任
（一）乙方未按第四条约定期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任不超过合同总价的两倍，但因乙方故意或重大过失造成的数据泄露损失不受此限。
（三）甲方逾期付款的，乙方可书面催告，催告后十五日仍未付款的，乙方可暂停服务，但应提前三日通知甲方。

十一、合同解除
（一）乙方严重违约，或一级故障在一个自然月内发生三次以上的，甲方有权书面通知解除合同，乙方应退还已预收但未提供服务期间的订阅费。
（二）甲方逾期付款超过六十日的，乙方有权解除合同。
（三）合同解除或终止的，乙方应按第六条第（六）项交还数据，并在不超过三十日的交接期内保持服务可用，交接期费用按实际天数折算。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交上海仲裁委员会仲裁。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一《服务功能清单》、附件二《数据迁移方案》为本合同组成部分。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""

SRC["z04"] = """康复管理信息系统年度运维服务合同

合同编号：KF-YW-2026-009
甲方：南湖康复医学中心
乙方：武汉康信医疗软件服务有限公司

鉴于甲方使用的康复管理信息系统（含康复评定、治疗排程、康复病历、治疗师工作量统计及与医院HIS、LIS接口）已过原厂质保期，甲方委托乙方提供年度运维服务。双方根据《中华人民共和国民法典》订立本合同。

1 服务范围
1.1 运维对象：康复管理信息系统应用软件、数据库（两台服务器，主备部署）、接口服务及在甲方院内部署的二十六台治疗室终端上的客户端程序。
1.2 服务内容：日常巡检、故障处理、数据库维护与备份检查、接口监控、小版本缺陷修复、报表调整（每季度不超过十张）、用户及权限维护、操作咨询和培训。
1.3 乙方安排一名驻场工程师，工作日8:00—17:30在甲方信息科驻场；非工作时间提供电话和远程支持。
1.4 乙方每季度对系统进行一次全面健康检查，提交健康检查报告，列明数据库容量、性能指标、安全补丁和潜在风险，并提出优化建议。
1.5 乙方每半年为甲方治疗师、护士和信息科人员组织一次系统操作培训，新入职人员可随时预约培训，培训不另收费。
1.6 乙方配合甲方完成等级保护测评、医院信息互联互通评审及电子病历评级中与本系统相关的整改工作，属于配置调整和小版本修复范围内的，不另收费。

2 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止。
2.2 服务期满前两个月，双方协商是否续签；续签应另行订立书面合同，本合同不自动续期。

3 服务费用及支付
3.1 年度运维服务费为人民币贰拾捌万陆仟元整（¥286,000），含驻场人员费用、远程支持、差旅及税费。
3.2 服务费按季度支付，每季度 ¥71,500。每季度结束后，乙方提交季度运维报告，经甲方按第5条考核确认后十五个工作日内付款。
3.3 本合同不设预付款。
3.4 乙方应在每次请款时开具合法有效的增值税发票，发票信息有误的，甲方付款期限相应顺延。

4 服务水平
4.1 故障分级：
（1）一级故障：系统整体不可用，或康复评定、治疗排程等核心功能无法使用，影响全院康复治疗开展；
（2）二级故障：部分功能或部分科室无法使用，有替代办法；
（3）三级故障：个别终端问题、报表显示错误及一般咨询。
4.2 响应及处理时限：一级故障乙方应在十五分钟内响应，驻场工程师立即处理，非工作时间二小时内到场，八小时内恢复；二级故障一小时内响应，二十四小时内恢复；三级故障在两个工作日内处理完毕。
4.3 乙方未达到上述时限的，应向甲方提交书面说明及改进措施。本合同服务费不因响应或恢复超时而调整或扣减，乙方亦不因此承担其他费用。
4.4 乙方每日检查数据库备份是否成功，每月进行一次备份恢复演练，并记录结果。
4.5 乙方应跟踪操作系统、数据库和中间件的安全公告，评估后在七日内提出补丁安装计划，经甲方同意后在业务低峰时段实施，实施前完成备份。

5 服务考核与验收
5.1 每季度末，甲方依据以下标准对乙方服务进行考核验收：巡检记录完整，按计划完成率不低于95%；故障工单全部闭环，并有原因分析；备份检查和恢复演练记录齐全；季度内要求的报表调整已完成并经使用科室确认。
5.2 考核未通过的，乙方应在十个工作日内整改，整改完成并经甲方确认后方可请款。
5.3 服务期满时，乙方应提交年度运维总结、系统配置清单、运维文档和脚本，经甲方确认后完成年度验收。

6 乙方进场交接
6.1 乙方应在合同签订后十日内完成进场交接，包括与原服务商或甲方信息科核对系统账号、服务器配置、接口清单和历史故障记录，并签署交接确认单。
6.2 进场交接完成前产生的故障，乙方仍应按第4条提供支持。
6.3 交接中发现系统存在遗留缺陷、配置缺失或文档不全的，乙方应在交接确认单中列明，并在进场后三十日内提出处理方案，经甲方确认后纳入运维计划。

7 数据安全
7.1 系统中的患者信息、康复评定记录、治疗记录及其他业务数据均属于甲方，乙方仅可为履行运维服务使用，不得复制、留存或用于其他任何目的。
7.2 乙方人员访问系统须使用甲方分配的个人账号，经堡垒机登录，所有操作留存日志；远程访问须事先经甲方信息科批准，并在运维结束后立即关闭。
7.3 乙方应协助甲方制定数据备份策略和应急预案，每半年参与一次应急演练。乙方不得将患者数据导出至甲方网络以外；确需使用数据排查问题的，应在甲方环境内使用脱敏数据。
7.4 发生数据泄露、篡改、丢失或勒索病毒等安全事件的，乙方应在一小时内报告甲方，配合开展应急处置和调查；因乙方原因造成的，乙方承担全部责任及甲方由此受到的行政处罚和赔偿损失。

8 保密
8.1 乙方及其人员对在服务中知悉的患者隐私、医疗信息、甲方内部管理信息和网络拓扑负有保密义务，未经甲方书面同意不得向任何第三方披露。
8.2 乙方驻场人员应签署个人保密承诺书，离岗时交回全部账号和资料。保密义务在合同终止后继续有效。

9 知识产权
9.1 乙方在服务期内为甲方编写的报表、脚本、接口调整程序及运维文档，其知识产权归甲方所有。
9.2 乙方保证其提供的工具软件有合法授权，不侵犯第三方权利，并在服务期满后删除安装在甲方设备上的乙方工具软件。

10 人员与分包
10.1 乙方驻场工程师须具有两年以上医疗信息系统运维经验，乙方更换驻场人员应提前十日书面通知甲方并取得甲方同意，新人员须完成交接后方可上岗。
10.2 乙方不得将本合同项下的服务转包或分包给第三方。
10.3 乙方人员在甲方场所工作期间应遵守医院的院感、消防和安全管理制度，不得进入治疗区域干扰诊疗活动。

11 违约责任
11.1 乙方未在第6.1款约定的期限内完成进场交接的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
11.2 乙方违反第7条、第8条约定的，应赔偿甲方全部损失。
11.3 甲方逾期付款的，应按逾期金额每日万分之二支付违约金。

12 合同的履行与解除
12.1 本合同服务期内，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。
12.2 一方违约的，守约方可以要求违约方继续履行、采取补救措施并赔偿损失，但不得以此为由解除合同。
12.3 服务期满或合同终止时，乙方应配合甲方或甲方指定的新服务商完成交接，交接期不少于十五日，交接期内乙方不另收费用。

13 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

14 其他
14.1 双方指定的联系人及联系方式见附件，任何一方变更联系人的，应提前五日书面通知对方。通知以书面送达或电子邮件发出之日视为送达。
14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
14.3 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：南湖康复医学中心　　　　乙方（盖章）：武汉康信医疗软件服务有限公司
代表签字：　　　　　　　　　　　　　　代表签字：
日期：2026年2月　日
"""

SRC["z05"] = """# 琉璃窑智造生产追溯软件 许可及定制开发合同（标准文本 LZ-2026版）

**合同编号：** LZZZ-2026-0513

**甲方（用户）：** 淄博金烨琉璃工艺品厂

**乙方（供方）：** 淄博琉智软件技术有限公司

本合同为乙方标准合同文本。甲方拟采购乙方"琉璃窑智造生产追溯软件"，用于熔制、模压、退火及成品检验全过程的批次追溯管理。双方经协商，根据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供琉璃窑智造生产追溯软件（以下简称"本软件"）的永久使用许可，许可范围为甲方厂区内的三座熔炉、十二条模压线和一个成品库。

1.2 乙方按甲方需求进行以下定制开发：熔炉温控数据采集接口（对接甲方现有的温控仪表）、模具寿命看板、批次条码标签打印模板及与甲方财务软件的出入库接口。

1.3 乙方负责本软件的安装部署、基础数据初始化和操作培训。

1.4 本软件的主要功能包括：配料单与熔制批次管理、熔炉温度曲线记录、模压工单派发与报工、模具使用次数及寿命预警、退火窑批次记录、成品检验与等级判定、批次条码追溯查询、生产日报和月度统计报表。具体功能以乙方产品说明书为准。

1.5 本软件按甲方厂区授权，如甲方新增熔炉、模压线或在其他厂区使用，应另行向乙方购买许可。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 熔制批次追溯模块许可 | 420,000 |
| 2 | 模压工单管理模块许可 | 360,000 |
| 3 | 模具寿命管理模块许可 | 260,000 |
| | 软件许可费小计 | 1,040,000 |
| 4 | 定制开发费 | 236,000 |
| 5 | 安装部署及培训费 | 24,000 |
| | 合同总价 | 1,300,000 |

2.1 合同总价为人民币壹佰叁拾万元整（¥1,300,000），含增值税。

2.2 上述价款已包含乙方技术人员在甲方现场实施期间的差旅费用，实施期以外的现场服务费用另计。

2.3 甲方需要的服务器、操作系统、数据库、扫码枪、标签打印机等软硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即 ¥715,000。乙方收到该款项后开始实施。

3.2 本软件安装部署完成后五个工作日内，甲方支付合同总价的45%，即 ¥585,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术支持。

## 第四条 交付与实施

4.1 乙方应在收到首期款后七十五日内完成本软件的安装部署和定制开发。

4.2 甲方应按乙方要求提供服务器环境、网络条件、基础数据和配合人员，并指定一名项目联系人负责需求确认。因甲方原因导致实施延误的，交付期限相应顺延；甲方需求变更的，乙方有权另行报价并调整交付期限。

4.3 乙方为甲方车间主任、班组长、质检员和仓库管理员提供集中培训两次，每次不超过两天，培训地点在甲方厂区。额外培训按乙方收费标准另行计费。

4.4 乙方在甲方指定的服务器上完成本软件安装部署后，向甲方发出书面交付通知。

## 第五条 验收

5.1 本软件安装部署完成并向甲方发出交付通知之日，即视为甲方验收合格。

5.2 甲方对功能有异议的，应在交付通知发出后三日内以书面形式提出；逾期未提出的，视为甲方对本软件及定制开发成果无异议。

## 第六条 免费维护期

6.1 本软件免费维护期为六个月，自本软件安装部署完成之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持，修复本软件自身缺陷。因甲方操作不当、硬件故障、病毒或擅自修改造成的问题，不属于免费维护范围。

6.3 本软件的新版本发布后，免费维护期内的甲方可免费升级一次；免费维护期满后，版本升级仅向已签订维护服务合同的用户提供。

6.4 乙方在接到甲方故障报修后，将尽合理努力安排技术人员处理，具体处理时间视问题的复杂程度而定。需要现场服务的，甲方承担差旅费用。

## 第七条 维护服务费

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护服务合同。

7.2 年度维护服务费为本软件许可费的25%，即每年 ¥260,000，维护服务合同按年度签订。

7.3 未签订维护服务合同的，乙方不再提供任何技术支持，甲方因此产生的损失由甲方自行承担。

## 第八条 知识产权

8.1 本软件的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、看板、标签模板及相关源代码、文档，其知识产权归乙方所有。乙方授予甲方在本厂内非独占、不可转让的使用权，甲方不得自行或委托第三方修改、反编译或向第三方提供。

8.3 乙方有权将定制开发成果纳入本软件的后续版本，向其他客户提供。

## 第九条 数据与安全

9.1 甲方在使用本软件过程中录入和产生的生产数据、工艺参数、质检记录等属于甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方进行远程维护时，应经甲方同意，使用甲方分配的账号登录，并遵守甲方的网络安全管理规定；因乙方人员操作不当造成数据丢失或泄露的，乙方应协助恢复，并承担由此给甲方造成的直接损失。

9.3 甲方负责服务器的日常管理和数据备份。乙方建议甲方每日备份数据库，因甲方未备份造成的数据损失，乙方不承担责任。

9.4 乙方交付的软件不含已知的恶意代码，乙方应在交付前对安装包进行病毒查杀，并向甲方提供安装包的校验值。

## 第十条 保密

双方对在合同履行中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效，双方员工违反保密义务的，由其所属一方承担责任。

## 第十一条 违约责任

11.1 乙方逾期完成安装部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 任何一方违约给对方造成损失的，应承担赔偿责任，但不包括间接损失、利润损失和商誉损失。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，已支付的款项不予退还。

12.3 合同解除后，甲方应停止使用本软件及定制开发成果，并删除已安装的程序；乙方应向甲方提供其生产数据的导出文件。

## 第十三条 不可抗力

因不可抗力导致任何一方不能履行合同的，应及时通知对方，并在十日内提供有关证明，可根据影响程度部分或全部免除责任。不可抗力包括地震、火灾、水灾、疫情、政府行为、电力中断及网络运营商故障等。

## 第十四条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方对条款的修改以补充协议形式另行约定。

**甲方（盖章）：** ____________　　**乙方（盖章）：** ____________

**日期：** 2026年5月　日
"""

SRC["e01"] = """T:Software Licence and Services Agreement - Warehouse Management System
P:Agreement No. KLS-CN-2026-004
P:This Agreement is made between Tianjin Beiyang Cold Chain Logistics Co., Ltd., a company registered in Tianjin, the People's Republic of China (the "Buyer"), and Karas Logic Software (Pty) Ltd, a company registered in Namibia with its principal office at Mittel Street, Keetmanshoop, Namibia (the "Vendor").
P:The Buyer operates three cold-storage warehouses in Tianjin and Langfang and wishes to replace its current warehouse software. The Vendor develops and licenses a warehouse management system for temperature-controlled storage. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ColdTrack WMS, version 7, including the inventory, slotting, picking, temperature logging and yard management modules, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, label layouts, scripts and other work product that the Vendor creates specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
P:1.4 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including inventory records, customer orders, temperature logs and personal information of employees and drivers.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's three warehouses for up to two hundred concurrent users, and to make copies for backup, testing and disaster recovery.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers in Tianjin, build interfaces to the Buyer's ERP system, transport management system and refrigeration controllers, migrate open stock and master data, and train the Buyer's staff, as described in Annex 1.
P:2.3 The Vendor shall perform the services remotely from Namibia and on site in Tianjin as set out in the project plan in Annex 2, and shall provide an English and Chinese speaking project manager.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,758,000, inclusive of all taxes, made up as follows: perpetual Software licence fee CNY 1,120,000; implementation and configuration CNY 386,000; interfaces CNY 214,000; training CNY 38,000.
P:3.2 The price is fixed. It includes travel, accommodation and all other expenses of the Vendor's personnel, and any withholding tax payable in China on the Vendor's income shall be borne by the Vendor.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price as an advance within twenty days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the total price after the Software has been installed and the interfaces have passed integration testing, as recorded in an installation certificate signed by both parties. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within thirty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty-five days and request Final Acceptance within one hundred and twenty days after signature.
P:5.2 The acceptance criteria are: every function listed in Annex 1 passes the agreed test scripts; all interfaces run for ten consecutive working days without data loss or duplication; migrated stock quantities reconcile with the Buyer's physical count by location and batch; a picking transaction completes within two seconds with one hundred and fifty concurrent users; and the system runs for thirty days in production without a Severity 1 incident.
P:5.3 The Buyer shall carry out the acceptance tests with the Vendor's support and shall issue a written Final Acceptance certificate when the criteria are met, or a written list of defects. The Vendor shall correct the defects and the tests shall be repeated. Go-live, production use or any payment by the Buyer does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and Annex 1 for eighteen months after Final Acceptance. During this warranty period the Vendor shall correct all defects, deliver patches and new releases, and provide support free of charge.
P:6.2 Incidents shall be classified by severity. For a Severity 1 incident, meaning that receiving, picking or dispatch at a warehouse has stopped, the Vendor shall respond within one hour, provide a workaround within six hours and a permanent fix within three days. For Severity 2 incidents the Vendor shall respond within two hours, and for Severity 3 incidents within one working day.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 incident, it shall pay the Buyer CNY 1,000 for each hour or part of an hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Vendor shall offer annual support at 11% of the Software licence fee, that is CNY 123,200 per year, fixed for the first three years after the warranty period. Support shall be ordered each year by a separate purchase order and shall not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors, subject to the licence granted in Article 2.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code with each release, and the Buyer may use, modify and license them to third parties without restriction.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 Buyer Data shall remain on the Buyer's servers in China. The Vendor's personnel may access it only through the Buyer's jump server, with an individual account, multi-factor authentication and session recording, and only after the Buyer has approved the session. The Vendor shall not copy Buyer Data outside the Buyer's environment and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:8.3 The Vendor shall notify the Buyer within six hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all necessary remedial steps and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.
P:9.2 This Article survives termination of this Agreement for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to request Final Acceptance by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the total price. This limit does not apply to liability under Articles 7.3, 8 and 9, to personal injury or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination the Vendor shall deliver all completed Custom Deliverables and return or destroy Buyer Data at the Buyer's choice. The licence granted in Article 2 survives termination if the licence fee has been paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Namibia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between senior managers of the parties. If it is not resolved within thirty days, it shall be finally settled by arbitration in Windhoek, Namibia, under the Arbitration Act of Namibia, before a single arbitrator. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Scope and Acceptance Tests) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions have equal force.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

SRC["e02"] = """# Order Form and General Terms - FieldLift Service Cloud

Order Form No. SRW-OF-2026-118

## Part A - Order Form

### A1. Parties

- **Provider:** Serowe Cloud Works (Pty) Ltd, a company registered in Botswana, Plot 2314, Serowe, Botswana.
- **Customer:** Guangzhou Yunti Elevator Maintenance Co., Ltd., a company registered in Guangzhou, the People's Republic of China.

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Subscribed Service

The Provider will provide its FieldLift Service Cloud, a software-as-a-service platform for scheduling, dispatching and recording lift maintenance work, with the following modules: work orders and dispatch, preventive maintenance plans, technician mobile app, spare parts inventory, customer portal and the statutory inspection calendar. The subscription covers 180 named users. The customer portal is available to the Customer's building-owner clients without a user limit.

### A3. Subscription Term

The Subscription Term is two Subscription Years starting on the Subscription Start Date, which is the date on which the Customer signs the Go-Live Certificate under Section B3. The first Subscription Year ends on the day before the first anniversary of the Subscription Start Date, and the second Subscription Year ends on the day before the second anniversary. The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 180 users x CNY 1,150 | 207,000 |
| Subscription fee, Subscription Year 2 | 180 users x CNY 1,150 | 207,000 |
| Implementation and onboarding (one-time) | fixed price | 68,000 |
| **Total contract value** | | **482,000** |

All amounts include VAT. Additional named users may be added at CNY 1,150 per user per Subscription Year, prorated by month. Those additions are not part of the total contract value.

### A5. Invoicing and Payment

1. The Provider will invoice the implementation fee and the subscription fee for Subscription Year 1, together CNY 275,000, on signature of this Order Form. The Customer shall pay that invoice within fifteen days and before the Provider starts the implementation work.
2. The Provider will invoice the subscription fee for Subscription Year 2 thirty days before the start of that year. The Customer shall pay it within thirty days of the invoice date.
3. Payments are made in CNY by bank transfer to the Provider's account at its Chinese collection agent named on the invoice.

### A6. Implementation Plan

The Provider will configure the platform, import the Customer's asset register of about 9,600 lifts and 22 months of maintenance history, set up the technician app for the Customer's devices, build an interface to the Customer's Kingdee finance system and train twelve key users and all technicians. The Provider targets go-live within sixty days after the Customer's payment under A5.1. Dates in the implementation plan are estimates and the Provider will use reasonable efforts to meet them.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## Part B - General Terms

### B1. Definitions

1.1 "Customer Data" means all data that the Customer or its users enter into the service, or that the service generates for the Customer, including lift records, work orders, photographs, inspection reports, customer contact details and technicians' location data.

1.2 "Customer Configurations" means workflows, forms, report templates, checklists and interface mappings created specifically for the Customer.

1.3 "Incident" means a failure of the service to operate in accordance with its documentation.

### B2. Provision of the Service

2.1 The Provider shall make the service available to the Customer's users over the internet in accordance with the documentation and this Agreement.

2.2 The service is hosted in data centres located in mainland China operated by a cloud infrastructure provider listed in the Order Form annex. The Provider shall not move the hosting of Customer Data out of mainland China.

2.3 The Provider may improve the service from time to time, provided that no change materially reduces the functions subscribed in A2.

### B3. Go-Live Acceptance

3.1 When implementation is complete the Provider shall notify the Customer, and the Customer shall run the go-live tests described in the implementation plan within ten working days.

3.2 The go-live criteria are: all imported lifts and open work orders reconcile with the Customer's export by record count and key fields; work orders can be created, dispatched, completed and signed off on the mobile app in each of the Customer's five branches; the finance interface posts spare-parts issues correctly for a test period of five working days; and page response in the web application is under three seconds for ninety-five out of one hundred sampled operations.

3.3 If the criteria are met, the Customer shall sign a Go-Live Certificate. If they are not met, the Customer shall list the failures and the Provider shall correct them and repeat the tests. Use of the service before the Go-Live Certificate is not acceptance.

### B4. Service Levels

4.1 The Provider shall make the service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 For a Priority 1 Incident, meaning that the service or the mobile app is unavailable to all users or dispatch cannot be performed, the Provider shall respond within thirty minutes at any time of day and restore the service within three hours. For a Priority 2 Incident the Provider shall respond within two hours during business hours, and for a Priority 3 Incident within one business day.

4.3 If monthly availability falls below the commitment in 4.1, the Provider shall credit 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall. If a Priority 1 response or restoration time is missed, the Provider shall credit 2% of the monthly equivalent for each started hour. Credits are deducted from the next invoice or paid back at the end of the Subscription Term.

4.4 The Provider shall publish a monthly service report showing availability, incidents and credits.

### B5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the service and shall not use it for any other purpose, including analytics, benchmarking or product training, whether or not it is aggregated or anonymised.

5.2 The Provider shall maintain an information security programme that includes encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging of administrative actions, daily backups kept for thirty days and annual penetration tests. The service shall hold a valid MLPS level 3 filing throughout the Subscription Term.

5.3 The Provider shall notify the Customer within twelve hours after becoming aware of any security breach affecting Customer Data, shall cooperate with the Customer and the authorities, and is liable for losses caused by its breach of this Section.

5.4 Within thirty days after the end of the Agreement the Provider shall return all Customer Data in a standard export format and then delete it, and confirm the deletion in writing.

### B6. Intellectual Property

6.1 The service and the Provider's software remain the property of the Provider.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify and provide them to any third party, including a future service provider, and the Provider shall export them on request.

### B7. Confidentiality

Each party shall keep confidential all non-public information of the other party received in connection with this Agreement and shall use it only to perform this Agreement. This obligation continues for three years after the Agreement ends.

### B8. Subcontracting

The Provider shall not subcontract any part of the implementation or support services without the Customer's prior written consent. The hosting provider named in the Order Form annex is approved. The Provider remains responsible for all subcontractors.

### B9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value in A4.

9.2 The limit does not apply to breach of Section B5 or B7, infringement of intellectual property rights, personal injury or fraud.

### B10. Term and Termination

10.1 The Agreement runs from signature until the end of the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after receiving notice of it. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remaining period.

10.3 The Customer may also terminate if the availability commitment is missed in any three months of a Subscription Year.

### B11. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The arbitration shall be conducted in Chinese and English.

### B12. General

Notices must be in writing and sent to the addresses in A1. Neither party may assign the Agreement without the other's written consent. The Agreement is signed in English and Chinese, which have equal force.
"""

SRC["e03"] = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. JXCS-EQ-2026-031
P:Buyer: Jiangxi Guixi Copper Smelting Co., Ltd., Guixi, Jiangxi Province, the People's Republic of China (the "Buyer").
P:Supplier: Otavi Sensing Systems (Pty) Ltd, Erf 412, Main Road, Tsumeb, Namibia (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to monitor the vibration and temperature of fans, pumps, conveyors and converters at its smelter, and the Supplier offers wireless sensors, gateways and condition monitoring software for heavy industry.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting hardware and spare parts listed in the Price Schedule.
P:1.2 "Software" means the Supplier's MineSense Condition Monitoring software, version 5, including the analysis server, web client, alarm engine and the mobile app.
P:1.3 "Deliverables" means the Equipment, the Software and all services, drawings, configurations, alarm rules and documents to be delivered under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed Final Acceptance Certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, install and configure the system at the Buyer's smelter, connect it to the Buyer's distributed control system through a read-only OPC UA interface, and train the Buyer's maintenance engineers.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software for up to six hundred monitoring points on the Buyer's servers. The Buyer may make copies for backup and testing.
P:2.3 The technical specification in Annex A forms part of this Contract.
P:2.4 The Supplier shall appoint a project manager who speaks Chinese or works with a qualified interpreter, and shall submit a detailed installation plan, a risk assessment for work in hazardous areas and a list of personnel for the Buyer's approval before starting site work.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 1,382,000 including VAT, customs duties, packing, insurance and delivery to the Buyer's site, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX rated|320|1,450|464,000
TB:2|Wireless surface temperature sensor|180|620|111,600
TB:3|Industrial gateway with LTE and Ethernet backhaul|24|9,800|235,200
TB:4|MineSense software licence, perpetual, 600 points|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,196,800
TB:5|Installation, mounting and cabling|1 lot|148,000|148,000
TB:6|Commissioning, alarm configuration and training|1 lot|37,200|37,200
TB:|Contract Price|||1,382,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate or other adjustment.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within thirty days after signature, against an invoice and a bank guarantee for the same amount valid until delivery.
P:4.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed and both parties have signed an installation record. The installation record confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's site, DAP Guixi, within seventy days after signature and shall complete installation within thirty days after delivery.
P:5.2 Installation work inside the smelter shall be carried out during maintenance windows agreed with the Buyer, and the Supplier's staff shall follow the Buyer's safety rules, including hot-work permits and gas detection.
P:5.3 The Supplier is responsible for export clearance in Namibia and the Buyer shall assist with import formalities in China. Title and risk pass to the Buyer on signature of the installation record.
P:5.4 The Supplier shall deliver as-built drawings, sensor location lists, calibration certificates and operation and maintenance manuals in Chinese and English.
H:6. Acceptance
P:6.1 Final Acceptance tests shall show that: every sensor reports to the Software at its configured interval; no more than two sensors in any area lose data for more than one hour in a thirty-day trial run; vibration readings agree with a reference portable analyser within 5% on twenty sample points; alarms reach the control room and the mobile app within ten seconds; and the OPC UA interface delivers running status from the control system without errors.
P:6.2 The Buyer shall issue a Final Acceptance Certificate within ten working days after the tests are passed, or a written list of defects. The Supplier shall remedy the defects and repeat the tests at its own cost.
P:6.3 Delivery, installation, commissioning or use of the system by the Buyer does not constitute acceptance.
H:7. Warranty and After-Sales Service
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four months from Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, including batteries that fail before their rated life, and shall provide Software patches, updates and remote support free of charge.
P:7.2 The Supplier shall keep spare sensors and gateways in stock in China and ship a replacement within two working days after a fault is reported. Sensor batteries shall be rated for at least three years of operation at the configured measurement interval, and the Supplier shall tell the Buyer in each quarterly health report which batteries are expected to need replacement in the next two quarters, so that replacements can be planned for scheduled shutdowns.
P:7.3 Faults are classified in three severities. For a Severity 1 fault, meaning the Software server is down or alarms are not transmitted, the Supplier shall respond remotely within thirty minutes and restore alarm transmission within eight hours. Severity 2 faults shall be answered within two hours and Severity 3 faults within one working day.
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 600, deductible from any payment due.
P:7.5 After the warranty period, the Supplier shall provide annual support at 7% of the Hardware and Licence Subtotal, that is CNY 83,776 per year. This fee shall not be increased for the first three years after the warranty period. Support is ordered by the Buyer each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier, subject to the licence in clause 2.2.
P:8.2 The alarm rules, dashboards, equipment models, interface configuration and reports prepared for the Buyer belong to the Buyer, which may use, modify and license them to others freely.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Deliverables infringe third-party rights.
H:9. Data Security
P:9.1 All measurement data, alarm records and plant information collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep copies or use them for any other purpose.
P:9.2 The system shall run on the Buyer's servers inside the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN and jump server, with logging of all actions.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data or control network within two hours, cooperate in the investigation and bear the losses caused by its fault.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all technical and business information of the Buyer, including plant layouts, process data and network configurations, and shall not disclose it to any third party without the Buyer's written consent. This obligation survives termination.
H:11. Liquidated Damages
P:11.1 If the Supplier delays delivery or installation for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or if delay damages reach their maximum.
P:13.2 On termination the Supplier shall refund payments for Deliverables not accepted, after deduction of the value of Equipment the Buyer chooses to keep.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:15. Force Majeure
P:15.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it informs the other party within five days and provides evidence. If such an event lasts longer than sixty days, either party may terminate the unperformed part of the Contract by written notice.
H:16. Miscellaneous
P:16.1 This Contract is made in Chinese and English. Both versions have equal effect. Annex A (Technical Specification) and Annex B (Installation Plan) are part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

Agreement No. KMS-SZ-2026-07

**Customer:** Suzhou Hengrun Textile Machinery Co., Ltd., No. 88 Suhong Road, Suzhou Industrial Park, Jiangsu, the People's Republic of China ("Customer").

**Provider:** Kavango Managed IT (Pty) Ltd, a company registered in Namibia, Eenhana Street, Rundu, Namibia, acting in China through its service centre in Suzhou ("Provider").

The Customer wishes to outsource its service desk, end-user support and server operations. The Provider offers managed IT services to manufacturing companies. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Completion Certificate under Section 4.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or can access in performing the Services.

1.5 "Incident" means an unplanned interruption or reduction in the quality of an IT service supported by the Provider.

## 2. Services

2.1 The Provider shall provide the Services set out in Schedule 1 for the Customer's head office and two plants in Suzhou and Wuxi, covering about 1,150 users, 1,300 end-user devices and 64 servers.

2.2 The Provider shall perform the Services in accordance with the service levels in Schedule 2, good industry practice and the Customer's IT policies notified to it.

2.3 The Provider shall assign a named service delivery manager who meets the Customer's IT manager monthly to review performance, incidents, changes and improvement actions.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total contract value for the Term is CNY 2,550,000, made up of the one-time transition fee of CNY 84,000 and thirty-six monthly service charges of CNY 68,500.

3.2 The transition fee is payable within thirty days after the Service Commencement Date. Monthly service charges are invoiced at the end of each month and payable within thirty days of the invoice. No advance payment is due.

3.3 The monthly charge covers up to 1,400 devices and 70 servers. Additional devices or servers are charged at the unit rates in Schedule 3, which are fixed for the Term.

## 4. Transition and Acceptance

4.1 The Provider shall complete transition within sixty days after signature. Transition includes knowledge transfer from the Customer's IT team, documentation of all supported systems, set-up of the service desk tools, and a two-week parallel run.

4.2 The Customer shall sign a Transition Completion Certificate when the following criteria are met: all supported systems are documented in the configuration database with owners and support procedures; the service desk answers ninety-five of every hundred calls within sixty seconds during the parallel run; all open tickets have been migrated; and runbooks for server backup, patching and user administration have been tested and approved by the Customer.

4.3 If the criteria are not met, the Customer shall give the Provider a written list of the gaps, which the Provider shall close before asking again for the certificate. Starting the Services before the certificate is signed is not acceptance.

4.4 If the Service Commencement Date is later than sixty days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2. Performance is measured monthly from the service desk tool and reported by the fifth working day of the following month.

5.2 If a service level is missed, the Provider shall grant the service credit set out in Schedule 2. Credits are deducted from the next invoice. Service credits in a month are limited to 20% of that month's service charge and do not limit the Customer's other rights.

5.3 If the same service level is missed in three consecutive months, the Provider shall submit a remediation plan within ten working days and carry it out at its own cost.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell it, use it for its own purposes or provide it to third parties except as needed to perform the Services.

6.2 On expiry or termination the Provider shall return Customer Data and documentation held by it to the Customer.

## 7. Intellectual Property

7.1 Runbooks, scripts, configuration records, knowledge articles and reports prepared by the Provider for the Customer belong to the Customer, which may use, modify and give them to any successor provider.

7.2 The Provider's service desk tools and methods remain the Provider's property. The Provider grants the Customer a licence to use any of them embedded in the deliverables for the Customer's internal purposes.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, including the Customer's designs, prices, customer lists and network diagrams, and shall not disclose it to third parties without prior written consent, except to employees and subcontractors who need to know it for this Agreement.

8.2 This obligation continues for three years after the end of the Agreement.

## 9. Subcontracting

9.1 The Provider may engage subcontractors for on-site desk-side support, hardware repair and cabling at the Customer's plants, by giving the Customer written notice at least ten days before the subcontractor starts work. The notice shall state the subcontractor's name and the work concerned.

9.2 The Provider remains responsible for the performance of its subcontractors as for its own.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

10.2 The limit does not apply to breach of Sections 6 or 8, personal injury, or wilful misconduct.

## 11. Term, Renewal and Termination

11.1 The Agreement starts on signature and ends at the end of the Term. It does not renew automatically. The parties may agree an extension in writing at least ninety days before the end of the Term.

11.2 The Customer may terminate the Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after notice, or if service credits reach the monthly limit in three months of any six-month period.

11.3 On expiry or termination the Provider shall provide exit assistance for up to ninety days, including handover of documentation, knowledge transfer to the Customer or a successor provider and continued Services at the monthly rate, pro rata.

## 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall first be escalated to the parties' senior managers. If not resolved within twenty days, they shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 13. General

13.1 The Schedules form part of the Agreement. If a Schedule conflicts with the main body, the main body prevails.

13.2 The Agreement is signed in English and Chinese, both of equal force.

For the Customer: ____________________    For the Provider: ____________________

## Schedule 1 - Service Description

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English, ticket logging and first-line resolution | 07:00-22:00, seven days |
| Desk-side support | Two resident engineers at the head office, one at each plant; installation, moves and repairs of end-user devices | Plant shift hours |
| Server operations | Monitoring, patching, backup checks and restore tests for 64 servers, capacity reports | 24 x 7 monitoring |
| Identity administration | Joiners, movers and leavers, password resets, group and mailbox changes | Service desk hours |
| Asset management | Device inventory, software licence records, disposal records | Business days |
| Reporting | Monthly performance report, quarterly service review | Monthly and quarterly |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 Incident response (site or plant production systems down) | 15 minutes, any time | 3% of the monthly charge |
| Priority 1 Incident restoration | 6 hours | 5% of the monthly charge |
| Priority 2 Incident response | 1 hour during service hours | 1% of the monthly charge |
| Calls answered within sixty seconds | 92 of every 100 calls | 1% of the monthly charge |
| First-line resolution rate | 70 of every 100 tickets | no credit; improvement plan |
| Backup success, server estate | 99 of every 100 jobs, failures rerun the same day | 2% of the monthly charge |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement | 84,000 |
| Monthly service charge | 36 months x CNY 68,500 | 2,466,000 |
| Total contract value | | 2,550,000 |
| Additional device above 1,400 | per device per month | 38 |
| Additional server above 70 | per server per month | 420 |
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT - AGRIGEO SATELLITE CROP DATA API

Agreement No. PGD-2026-CN-015

PARTIES

Customer: Henan Zhongyuan Agricultural Insurance Co., Ltd., Zhengzhou, Henan Province, the People's Republic of China ("Customer").

Provider: Palapye GeoData (Pty) Ltd, a company registered in Botswana, Plot 1187, Palapye, Botswana ("Provider").

BACKGROUND

The Customer insures crops for farmers and cooperatives in Henan and Anhui and needs field-level satellite data to assess planting, crop condition and losses. The Provider operates the AgriGeo platform, which delivers processed satellite imagery, crop classification and vegetation indices through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's AgriGeo REST API, version 3, and its documentation.

1.2 "Data Products" means the imagery, crop type maps, vegetation index series, weather overlays and loss assessment layers delivered through the API.

1.3 "Customer Inputs" means field boundaries, policy numbers, claim locations and any other data the Customer sends to the API or uploads to the platform.

1.4 "Subscription Year" means each of the two consecutive periods starting on the Service Start Date and on its first anniversary, each ending on the day before the next anniversary.

1.5 "Service Start Date" means the date on which the Customer signs the Integration Acceptance Note under clause 4.3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Data Products for its insurance underwriting, claims handling, reinsurance reporting and reporting to regulators.

2.2 The subscription covers up to 2.4 million hectares of monitored fields and up to 600,000 API calls per month. Calls above that volume are charged at the overage rate in clause 3.4.

2.3 The Customer may show Data Products to its policyholders, reinsurers, loss adjusters and government agencies in connection with its insurance business.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 298,000 for each Subscription Year, CNY 596,000 for both Subscription Years.

3.2 The one-time onboarding fee for integration support, boundary import and training is CNY 22,000. The total contract value is CNY 618,000.

3.3 The subscription fee is invoiced quarterly at the start of each quarter of a Subscription Year, CNY 74,500 per quarter, payable within thirty days of invoice. The onboarding fee is invoiced after the Integration Acceptance Note is signed and is payable within thirty days.

3.4 API calls above the monthly volume are charged at CNY 0.08 per call, invoiced quarterly in arrears. Overage charges are not part of the total contract value.

3.5 All fees include VAT. Payments are made in CNY to the Provider's collection account in China named on the invoice.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within forty-five days after signature, the Provider shall import the Customer's existing field boundaries (about 310,000 fields), configure the Customer's crop calendar, provide test credentials and support the Customer's developers in integrating the API with its underwriting and claims systems.

4.2 The integration acceptance criteria are: all imported field boundaries match the Customer's source files in number and area within 0.5% per county; crop type maps for the test counties reach the accuracy stated in Annex 1 against the Customer's ground-truth sample; vegetation index series are returned for every imported field; and the API answers ninety-five of every hundred test calls within two seconds during a five-day load test.

4.3 When the criteria are met the Customer shall sign an Integration Acceptance Note. If they are not met, the Customer shall list the failures in writing and the Provider shall correct them and repeat the tests. Use of the API before the note is signed is not acceptance.

4.4 If the Provider has not made the API ready for the acceptance tests within the period in clause 4.1 for reasons within its control, it shall pay the Customer liquidated damages of 0.1% of the total contract value for each day of delay, up to 8% of the total contract value.

5. SERVICE LEVELS

5.1 The Provider shall keep the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified seventy-two hours in advance and carried out on weekends between 00:00 and 06:00 China Standard Time.

5.2 New imagery shall be processed and made available through the API within forty-eight hours after acquisition by the satellite, except where cloud cover prevents a usable image.

5.3 Priority 1 issues are those where the API is unavailable or returns wrong data for all or most fields. The Provider shall respond to a Priority 1 issue within two hours at any time, and restore service or correct data within twelve hours. Priority 2 issues shall be answered within one business day.

5.4 If availability falls below the commitment in clause 5.1, the Provider shall credit 10% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to the whole monthly equivalent. If a Priority 1 response time is missed, the Provider shall credit CNY 1,500 for each started hour of delay. Credits are set off against the next invoice.

5.5 During the annual summer loss assessment season (June to September) the Provider shall provide a named support engineer reachable by telephone seven days a week.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs, and all results that identify the Customer's policyholders, fields or claims, belong to the Customer. The Provider shall process them only to provide the subscription and shall not use them for any other purpose, including training its models, improving its products or offering data to others, whether or not the data is aggregated or anonymised.

6.2 The Provider shall host Customer Inputs in data centres in mainland China, encrypt them in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months and comply with the Personal Information Protection Law and the Data Security Law of the PRC.

6.3 API keys shall be issued per system and may be revoked by the Customer at any time. The Provider shall store them only in hashed form.

6.4 The Provider shall notify the Customer within twelve hours after it becomes aware of any unauthorised access to, disclosure of, or loss of Customer Inputs, shall take immediate remedial action and shall be responsible for the losses caused by its breach of this clause.

6.5 Within thirty days after the end of the Agreement the Provider shall return Customer Inputs in the format received and delete all copies, and certify the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The API, the platform, the Provider's models and the standard Data Products remain the property of the Provider and its licensors. Imagery from third-party satellite operators is licensed to the Customer on the terms in Annex 2.

7.2 Custom layers produced for the Customer from Customer Inputs, such as county loss maps and claim-level damage estimates, belong to the Customer, which may use, modify and license them without restriction.

7.3 The Provider shall defend the Customer against any claim that the API or the Data Products infringe third-party rights and shall pay the resulting damages and costs.

8. SUBCONTRACTING

8.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent, except for the cloud hosting provider and the satellite imagery suppliers listed in Annex 2, which the Customer approves by signing this Agreement.

8.2 The Provider remains liable for all subcontractors and suppliers.

9. LIABILITY

9.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

9.3 The limits in this clause do not apply to personal injury, fraud or wilful misconduct.

10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. A renewal requires a new written agreement.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

10.3 If the Customer terminates for the Provider's breach, the Provider shall refund the subscription fees paid for the period after termination.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be settled by negotiation within thirty days shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

12. GENERAL

12.1 Annex 1 (Data Product Specifications) and Annex 2 (Third-Party Imagery Terms and Approved Suppliers) form part of this Agreement.

12.2 Notices shall be in writing and sent to the addresses of the parties set out above.

12.3 This Agreement is signed in English and Chinese, and both versions have equal force.

For the Customer: ____________________

For the Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h712z01_rental_registration_platform.pdf", "zh"),
    "z02": ("h712z02_scissor_factory_line_retrofit.docx", "zh"),
    "z03": ("h712z03_ballet_chain_booking_saas.txt", "zh"),
    "z04": ("h712z04_rehab_centre_system_om.txt", "zh"),
    "z05": ("h712z05_glassworks_tracking_supplier_template.md", "zh"),
    "e01": ("h712e01_wms_perpetual_licence_namibia.pdf", "en"),
    "e02": ("h712e02_field_service_saas_order_form.md", "en"),
    "e03": ("h712e03_smelter_sensors_monitoring_licence.docx", "en"),
    "e04": ("h712e04_managed_it_services_36_months.md", "en"),
    "e05": ("h712e05_crop_data_api_subscription.txt", "en"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")
G = "goods_or_licence"
# key: (category, term overrides, extra overrides, contract value, TCO inputs (licence/hardware base) or None,
#       forum outside mainland China, design rules)
DESIGN = {
    "z01": ("software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                             prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                             post_warranty_fee_pct=9, contract_kind=G),
            dict(post_warranty_fee_capped=True), 1728000, 860000, False, []),
    "z02": ("hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=60, prepayment_pct=10,
                             final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=8,
                             subcontract_without_consent=True, contract_kind=G),
            dict(post_warranty_fee_capped=True), 1548000, 1404000, False, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": ("cloud", dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                          ld_rate_per_day_pct=0.1, liability_cap_pct=200, auto_renewal_price_increase=True),
            {}, 436000, None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", dict(p1_response_hours=0.25, sla_remedy=False, ld_rate_per_day_pct=0.2,
                             termination_for_breach=False),
            {}, 286000, None, False, ["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "z05": ("software", dict(sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02, prepayment_pct=55,
                             acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                             post_warranty_fee_pct=25, subcontract_without_consent=None, governing_law=None,
                             contract_kind=G),
            dict(sla_clause=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True), 1300000,
            1040000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=20,
                             final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                             governing_law="Namibia", contract_kind=G),
            dict(post_warranty_fee_capped=True), 1758000, 1120000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", dict(availability_pct=99.95, p1_response_hours=0.5, liability_cap_pct=150,
                          prepayment_pct=275000 / 482000 * 100),
            dict(ld_stated=False), 482000, None, False, ["CR-LD-MISSING", "CR-PREPAYMENT"]),
    "e03": ("hardware", dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7,
                             contract_kind=G),
            dict(post_warranty_fee_capped=True), 1382000, 1196800, False, []),
    "e04": ("services", dict(p1_response_hours=0.25, data_security_clause=False,
                             ld_rate_per_day_pct=2000 / 2550000 * 100, liability_cap_pct=150,
                             subcontract_without_consent=True),
            {}, 2550000, None, False, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("cloud", dict(availability_pct=99.95, p1_response_hours=2, confidentiality=False,
                          ld_rate_per_day_pct=0.1, liability_cap_pct=6 / 24 * 100),
            {}, 618000, None, False, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (and the §4 horizon)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE, HORIZON = 40, 5


def tco_share(t, x, base):
    if t["contract_kind"] != G or base is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    return post / (x["contract_value"] + post) * 100


def derive(t, x, base, forum_out):
    """My reading of policy §3 (with its 'Where rules apply' notes) applied to a label."""
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.])"
PATTERNS = [
    r"99\.90*(?!\d)",
    NUM + r"4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?|h\b|个?小时)", r"(?<![a-z-])four\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![十\d])四个?小时",
    NUM + r"0\.050*(?!\d)", r"万分之五(?![十\d])", r"千分之零点五",
    NUM + r"100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之一?百", r"one\s*hundred\s*(?:per|%)",
    NUM + r"30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九\d])", r"thirty\s*(?:per|%)",
    NUM + r"40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九\d])", r"forty\s*(?:per|%)",
    NUM + r"15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?![\d])", r"fifteen\s*(?:per|%)",
    NUM + r"12\s*(?:-\s*)?(?:months?|个月|月)", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"十二个月", r"一年",
    r"(?<![a-z])(?:one|1)\s*(?:-\s*)?years?\b", r"一周年",
    NUM + r"5\s*(?:-\s*)?(?:years?|年)", r"(?<![a-z])five\s*(?:\(5\)\s*)?(?:-\s*)?years?", r"(?<![二〇零\d十])五年",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "4小时", "四小时", "4 hours", "four hours", "99.9%", "99.90", "万分之五",
            "0.05%", "12个月", "十二个月", "12 months", "twelve months", "100%", "百分之百", "15%", "40%", "百分之四十",
            "五年", "5 years", "five years", "一年", "one year", "1-year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "130%", "115%", "150%",
             "0.055%", "万分之八", "2026年", "3.5 years", "14 hours", "40 days", "首年", "300%", "0.5%", "22 months",
             "十八个月", "CNY 0.08", "99 of every 100"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {}
    for key, (name, lang) in FILES.items():
        kind = name.rsplit(".", 1)[1]
        if kind in ("docx", "pdf"):
            write({key: SRC[key]}, {key: (name, kind)}, OUT, wrap_words=True)
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
        built[key] = read_back(OUT / name)
    covered = set()
    for key, (name, lang) in FILES.items():
        cat, tov, xov, value, base, forum_out, design = DESIGN[key]
        t = dict(BASE, **tov)
        x = dict(sla_clause=True, ld_stated=t["ld_rate_per_day_pct"] is not None)
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = True
        x["acceptance_deemed_on_delivery"] = False
        x["contract_value"] = value
        x.update(xov)
        x = {k: x[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                               "contract_value"] if k in x}
        if t["contract_kind"] != G:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(t, x, base)
        assert share is None or abs(share - TCO_SHARE) > 2, (key, share)
        rules = derive(t, x, base, forum_out)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        text = built[key]
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": {k: t[k] for k in KEYS},
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print(key, name, "len", n, "rules", rules, "risk", risk(rules),
              "tco %.2f" % share if share is not None else "")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed")


if __name__ == "__main__":
    main()
