"""holdout751: builds the ten held-out drafts (.txt/.md written directly, .docx/.pdf through ../word_pdf.py),
writes their .json labels, and asserts lengths, threshold-free values and texts, and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

Z01 = r"""
T:市生态环境局核与辐射应急管理平台建设项目政府采购合同
P:合同编号：SHJ-HF-2026-017    采购方式：公开招标
P:甲方（采购人）：某市生态环境局
P:乙方（供应商）：杭州澄衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方经协商一致，就核与辐射应急管理平台（以下简称“平台”）的软件许可、定制开发、部署实施及维护事宜，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供辐射环境监测与应急指挥平台软件永久使用许可一套，含辐射源在线监控、应急预案管理、应急资源调度、移动执法终端四个模块，不限用户数和终端数。
P:1.2 乙方按甲方确认的需求规格说明书进行定制开发，包括：与省级辐射环境自动监测网的数据接口、放射源全生命周期台账、应急演练推演模块、应急值守“一张图”及领导驾驶舱。
P:1.3 乙方负责平台在甲方政务云资源上的部署、联调、历史数据迁移及用户培训，并提交需求说明、设计文档、测试报告、用户手册、运维手册及定制部分源代码。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾贰万元整（¥2,120,000），为固定总价，已包含税费、差旅费及乙方完成本项目所需的全部费用。
P:2.2 价款构成：软件许可费¥1,180,000；定制开发费¥760,000；部署实施及数据迁移费¥138,000；培训费¥42,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥424,000。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，计¥954,000。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，计¥742,000。
P:3.4 乙方每次收款前应开具合规的增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
P:3.5 乙方应在合同签订后七日内提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第四条 进度要求
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发并提请初步验收；初步验收通过后进入六十日试运行期。
P:4.2 乙方应在合同签订后十日内提交详细实施计划，经甲方确认后执行，并每两周提交一次书面进度报告。
P:4.3 实施期间，乙方应配合甲方组织的核与辐射事故应急演练，按演练脚本保障平台运行，并在演练结束后五日内提交平台运行分析报告。
P:4.4 乙方项目经理应具备同类项目经验，实施期间原则上不得更换；确需更换的，应经甲方书面同意。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现；（2）与省级监测网的数据接口连续十日运行，数据无丢失，延迟不超过60秒；（3）历史数据迁移后经双方逐条核对，发现的差错已全部更正；（4）在300个并发用户下，常用页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；平台通过甲方委托的第三方网络安全等级保护测评（第三级）及商用密码应用安全性评估；文档与定制部分源代码交付齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内，乙方免费提供缺陷修复、版本升级、远程及现场技术支持，并每季度进行一次巡检。
P:6.2 服务水平：平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。一级故障（平台整体不可用或应急指挥功能中断）乙方应在30分钟内响应、2小时内到场；二级故障（部分模块异常）1小时内响应；三级故障次一个工作日内处理完毕。
P:6.3 乙方响应或到场每超时一小时，甲方可扣减¥1,200；月度可用率每低于承诺值0.01个百分点，甲方可扣减¥1,500。上述款项从应付款项或履约保证金中扣除。
P:6.4 质保期满后，如甲方需要，乙方按年度提供维护服务，年度维护费不超过软件许可费的8%（即不超过¥94,400），且质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 定制开发成果（含源代码、接口程序、数据库设计及技术文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和部署。
P:7.2 平台标准软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付的软件不侵犯第三方合法权益，如有侵权，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的监测数据、放射源台账、应急预案及人员信息等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过甲方堡垒机进行运维操作，不得私自拷贝、留存数据或向境外传输数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任，包括赔偿甲方损失及承担监管处罚。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、辐射源分布、应急预案等非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应要求其参与本项目的人员签署保密承诺书。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
P:10.3 乙方交付成果不符合合同约定的，应负责修复或重新交付，并赔偿由此给甲方造成的损失。
H:第十一条 分包
P:本项目不允许分包。乙方不得将合同义务全部或部分转让给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 培训与技术转移
P:14.1 乙方应为甲方系统管理员提供不少于五日的集中培训，为应急值守人员及各区分局用户提供操作培训，并提供培训教材和视频。
P:14.2 最终验收前，乙方应向甲方技术人员完整讲解定制部分的架构、代码结构及部署方法，确保甲方或其委托的第三方能够独立维护。
H:第十五条 不可抗力
P:因地震、洪水等不可抗力致使合同不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，双方协商调整履行期限。不可抗力持续超过六十日致使合同目的无法实现的，任何一方可解除合同。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份、乙方二份，自双方盖章之日起生效。
P:16.2 招标文件、投标文件及澄清材料为本合同的组成部分，与本合同具有同等效力。本合同的变更须经双方书面签署，并按政府采购有关规定办理。
P:甲方（盖章）：              乙方（盖章）：
P:日期：                      日期：
"""

Z02 = r"""
T:内胆焊接及搪瓷生产线控制系统改造合同
P:合同编号：RSQ-ZD-2026-041
P:甲方：广东某热水器有限公司
P:乙方：佛山睿焊自动化科技有限公司
P:鉴于甲方储水式电热水器内胆焊接及搪瓷生产线的现有控制系统老化、工艺数据无法追溯，甲方委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 内胆焊接段：6台焊接机器人控制器升级，环缝、纵缝焊接参数集中管理，新增焊缝视觉检测。
P:1.2 搪瓷段：喷粉房及烧成炉温控系统改造，实现炉温曲线实时采集与超限报警。
P:1.3 生产数据采集软件（MES数据采集模块）：采集设备状态、工艺参数、产量与不良数据，按内胆条码实现全工序追溯，并与甲方现有ERP系统对接。
P:1.4 安装、调试、旧系统拆除、操作及维修人员培训。
P:1.5 技术要求：改造后焊接段生产节拍不低于改造前水平；控制系统预留不少于两成的I/O余量；所有人机界面为中文；关键报警同时推送至车间班组长手机。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰贰拾柒万元整（¥1,270,000），含设备、软件、运输、安装、调试及税费。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|焊接机器人控制器升级套件|6套|68,000|408,000
TB:2|PLC控制柜（含触摸屏）|4套|52,500|210,000
TB:3|烧成炉温控系统|2套|96,000|192,000
TB:4|焊缝视觉检测单元|3套|45,000|135,000
TB:5|MES数据采集软件许可|1套|186,000|186,000
TB: |设备及软件小计| | |1,131,000
TB:6|安装调试及ERP对接|1项|118,000|118,000
TB:7|培训|1项|21,000|21,000
TB: |合计| | |1,270,000
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，计¥127,000。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的55%，计¥698,500。到货签收及安装完毕不代表质量验收。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，计¥444,500。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。因乙方发票不合规导致付款延迟的，甲方不承担逾期付款责任。
H:第四条 工期
P:4.1 改造须利用甲方停产检修窗口分段实施，乙方应在合同生效后七十五日内完成全部安装调试并提请验收。
P:4.2 每段停线时间以甲方书面确认的计划为准。乙方原因造成停线延长的，按第十条承担责任。
P:4.3 合同生效后十五日内，乙方应完成现场勘查并提交详细设计方案，内容包括电气原理图、控制柜布置图、网络拓扑、I/O点表、切换方案及回退预案。设计方案经甲方设备部、工艺部会签后方可施工。
P:4.4 切换前乙方应完成离线仿真测试，切换当日须有乙方电气及软件工程师在现场，确保切换失败时能在停线窗口内恢复原系统运行。
H:第五条 验收
P:5.1 验收标准：（1）焊接电流、电压、速度等参数偏差在工艺文件允许范围内；（2）焊缝视觉检测对标准缺陷样件的检出率不低于98%、误判率不高于2%；（3）烧成炉温度控制精度在±3℃以内；（4）连续生产20个班次，内胆条码追溯数据完整，与ERP产量数据一致；（5）验收期间无一级故障。
P:5.2 甲方按上述标准组织验收并签署验收报告。试生产或投入使用不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 第二次验收仍不合格的，甲方有权要求乙方更换相关设备或软件，或解除合同并要求乙方恢复原控制系统。
H:第六条 质量保证与维保
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费维修、更换故障部件并提供软件升级。
P:6.2 一级故障（整线停产）乙方应在1小时内响应、6小时内到场；二级故障（单工位停机）2小时内响应、次日到场。响应或到场每超时一小时，甲方可从应付款项中扣减¥500。
P:6.3 乙方应在甲方厂区存放常用备品备件（控制器主板、触摸屏、温控模块、视觉相机各一套），质保期内消耗的备件由乙方及时补齐。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费为设备及软件小计的7%，即¥79,170，质保期满后三年内不上调。维保合同逐年签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、机器人作业程序、MES与ERP对接接口及其源代码归甲方所有，甲方可自行修改或委托第三方维护。
P:7.2 MES数据采集软件标准部分的著作权归乙方，甲方获得永久使用许可。
H:第八条 生产数据安全
P:8.1 生产数据、工艺参数及追溯数据归甲方所有，乙方不得用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方设备部书面批准，使用甲方指定的工业网关和账号，操作全程留痕；不得私自拷贝数据或将生产网络接入外部网络。
P:8.3 乙方接入生产网络的调试电脑须经甲方病毒查杀和登记，禁止使用未经登记的移动存储介质；改造完成后乙方应删除其设备中留存的甲方程序备份和工艺数据。
P:8.4 因乙方原因导致数据丢失、篡改或外泄的，乙方应在2小时内通知甲方，负责恢复并赔偿甲方损失。
H:第九条 分包
P:乙方可将现场布线、控制柜安装等辅助工作分包给具备相应资质的单位，但应提前五日书面告知甲方；乙方对分包单位的工作承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成安装调试或提请验收的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
P:10.3 乙方交付的设备或软件不符合约定的，应负责更换或修复，并赔偿甲方由此遭受的停产损失。
H:第十一条 合同解除
P:11.1 乙方违约，经甲方书面通知后十日内未纠正，或逾期完工超过三十日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 合同解除时，乙方已安装的设备经甲方确认可继续使用的，双方按实际完成工作量结算；不能使用的，乙方应自行拆除并恢复原系统。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交佛山仲裁委员会仲裁。
H:第十三条 现场安全
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，执行动火、登高、临时用电及设备挂牌上锁审批程序，正确佩戴劳动防护用品。
P:13.2 因乙方人员违章作业造成人身伤害、设备损坏或火灾事故的，由乙方承担全部责任。
P:13.3 乙方应在施工完毕后清理现场，拆除的旧控制柜、线缆按甲方指定地点堆放，由甲方统一处置。
H:第十四条 培训与技术资料
P:14.1 乙方应对甲方操作人员进行不少于三个班次的现场操作培训，对维修人员进行不少于五日的系统维护培训，培训合格后方可独立上岗。
P:14.2 乙方应在验收前交付竣工图纸、I/O点表、参数清单、程序备份、备品备件清单及操作维护手册，纸质版两套、电子版一套。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，根据不可抗力的影响部分或全部免除责任。
H:第十六条 其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执二份。附件：技术规格书、实施计划、培训计划。本合同的修改和补充须以书面形式作出。
P:甲方（盖章）：              乙方（盖章）：
"""

Z03 = r"""连锁陶艺体验馆预约及会员管理系统服务合同

合同编号：NQ-SaaS-2026-009
甲方：某陶艺文化发展有限公司（旗下“泥趣”手工陶艺体验馆，共40家门店）
乙方：苏州云约网络科技有限公司

甲方拟为其连锁陶艺体验馆统一使用线上预约及会员管理系统。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供“云约”门店预约及会员管理系统的软件即服务（SaaS），包括：线上预约（拉坯、手捏、彩绘、烧制取件）、课程及老师排班、窑位管理、会员储值与积分、次卡、团建及亲子活动订单、门店收银对账、总部经营报表。
（二）开通门店数为40家，总部管理账号不限数量。每家门店可开通不超过十个员工账号，老师端可通过小程序查看排班和学员作品烧制进度。
（三）实施服务：系统配置、门店及老师资料初始化、原有会员数据迁移、与甲方微信小程序和支付通道对接、门店店长及员工培训。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度自该日的周年日起算。
（二）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其届时的价格政策上调订阅费，上调幅度不超过上一服务年度费用的8%。

三、费用及支付
（一）费用构成：
1. 门店订阅费：每家门店每个服务年度¥4,800，40家门店合计每个服务年度¥192,000；
2. 总部管理端订阅费：每个服务年度¥36,000；
3. 实施费（一次性）：¥58,000。
合同总金额为人民币伍拾壹万肆仟元整（¥514,000），即两个服务年度订阅费¥456,000加实施费¥58,000。
（二）实施费在上线验收合格后十个工作日内支付。
（三）每个服务年度的订阅费在该服务年度开始后十个工作日内支付。
（四）服务期内新增门店的，按每店每个服务年度¥4,800按月折算收费。
（五）乙方应在每次收款前开具增值税专用发票。会员在小程序中支付的课程及储值款项通过持牌支付机构直接结算至甲方账户，乙方不经手甲方资金。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部40家门店的上线。
（二）上线验收标准：
1. 40家门店均能完成预约、核销、收银、窑位登记及取件通知的全流程；
2. 原有会员、储值余额及积分迁移后经双方逐户核对一致；
3. 小程序在200人同时在线时，预约页面响应时间不超过2秒；
4. 连续试运行十日无一级故障。
（三）甲方按上述标准出具书面验收意见。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新提请验收，重新验收期间不计入服务年度。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%（计划维护除外）。计划维护应安排在每日22:00至次日8:00，并提前两日通知甲方。
（二）一级故障（全部或多家门店无法预约或收银）乙方应在30分钟内响应、3小时内恢复；二级故障（单店或单一功能异常）1小时内响应、次日修复。
（三）乙方应在每月前五个工作日内向甲方提交上月服务报告，列明可用率、故障记录、处理时长及门店工单情况。
（四）月度可用率每低于承诺值0.1个百分点，按当月订阅费的5%给予服务抵扣；一级故障响应超时的，每次抵扣¥600。抵扣金额在下一期费用中扣除。

六、数据
（一）甲方的会员信息、预约记录及交易数据（以下简称“甲方数据”）归甲方所有。
（二）甲方同意，乙方可对甲方数据进行去标识化处理后汇总，用于编制手工体验行业分析报告、改进产品，以及向其他客户提供经营参考指标；该项权利在合同终止后继续有效。
（三）数据安全：乙方应将甲方数据存储于中国境内，采取加密存储、访问控制和操作日志审计等措施，并通过网络安全等级保护第二级测评；发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）乙方处理会员个人信息应遵守《个人信息保护法》，仅在为甲方提供服务所必需的范围内访问，内部员工访问须经审批并留存日志。
（五）合同终止后三十日内，乙方应按甲方要求导出并移交甲方数据，此后删除其系统中的甲方原始数据。

七、知识产权
（一）“云约”系统平台的知识产权归乙方。
（二）乙方为甲方定制的小程序页面、报表模板及对接程序归甲方所有，甲方可自由使用、修改并许可第三方使用。
（三）甲方的商标、门店名称、课程图片及学员作品照片的权利归甲方或其权利人，乙方仅可在为甲方提供服务时使用。

八、保密
双方对在合作中知悉的对方商业秘密、会员信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

九、违约责任
（一）乙方未按期完成门店上线的，每逾期一日，按合同总金额的千分之一支付违约金。
（二）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
（三）一级故障单次持续超过恢复时限三倍的，除服务抵扣外，乙方还应赔偿甲方门店因此退订课程所产生的直接损失。
（四）任何一方违约给对方造成损失的，应予赔偿。

十、分包
未经甲方书面同意，乙方不得将本合同项下的服务分包或转包给第三方。

十一、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。
（二）月度可用率连续两个月低于98%的，甲方有权解除合同，乙方应按比例退还未使用期间的订阅费。

十二、双方的其他权利义务
（一）甲方应指定项目联系人，及时提供门店信息、课程价目、老师排班规则及原有会员数据，并组织门店人员参加培训。
（二）甲方应妥善保管管理员账号和密码，门店员工离职时及时停用其账号。
（三）乙方应为甲方指定专属客户成功经理，每季度回访门店使用情况，并提出优化建议。
（四）乙方应每日对甲方数据进行备份，备份数据保存不少于三十日，并每季度进行一次恢复演练。
（五）乙方对系统进行重大版本更新的，应提前十日通知甲方，并保证更新不影响门店正常预约和收银；更新导致甲方已使用功能取消或明显降级的，应事先征得甲方同意。
（六）乙方应提供工作日9:00至21:00的在线客服及电话支持，周末及节假日门店营业高峰期间安排值班人员。

十三、服务变更
（一）服务期内甲方关闭门店的，可在下一个服务年度开始前书面通知乙方减少开通门店数，订阅费相应调减。
（二）甲方需要新增定制功能的，双方另行签订补充协议，明确工作内容、费用和完成时间。
（三）乙方调整系统功能收费政策的，不影响甲方在服务期内已订阅的功能和价格。

十四、不可抗力
因不可抗力或基础电信运营商网络故障等非乙方原因导致服务中断的，乙方不承担违约责任，但应及时通知甲方并尽力恢复服务。

十五、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

十六、其他
（一）本合同附件包括：服务功能清单、实施计划、数据迁移方案、服务水平说明。附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
"""

Z04 = r"""青年志愿服务信息系统运维服务合同

项目编号：TSW-CS-2026-03（竞争性磋商）
甲方：共青团某市委员会
乙方：某市启航软件服务有限公司

依据《中华人民共和国政府采购法》、本项目竞争性磋商文件及乙方的响应文件，甲乙双方就“某市青年志愿服务信息系统”（含志愿者注册、活动发布与报名、服务时长记录、积分激励、志愿服务组织管理及微信小程序）的年度运维服务订立本合同。

1. 服务内容
1.1 日常运维：应用系统、数据库及中间件巡检，性能监控，日志分析，备份有效性检查，每月5日前提交上月运维报告。
1.2 故障处理：对系统故障进行诊断、修复并提交故障分析报告。
1.3 适应性维护（优化需求经甲方确认后列入需求清单，明确完成时间）：配合志愿服务政策和工作要求调整进行功能优化，全年工作量不超过200人日；每项需求经甲方书面确认后实施。
1.4 重大活动保障：在“学雷锋志愿服务月”、大型赛会等重大活动期间安排专人驻场值守。
1.5 版本适配：小程序随微信平台接口变更及时适配，保证志愿者端正常使用。
1.6 用户支持：为区县团委和志愿服务组织管理员提供工作日热线及在线答疑，每半年组织一次管理员业务培训。
1.7 数据统计：按甲方要求每月提供注册志愿者数、活动数、服务时长等统计报表，配合完成上级团组织的数据报送。
1.8 应急处置：建立系统运维应急预案，每半年组织一次应急演练，演练方案和总结报告报甲方备案。
1.9 服务器与中间件维护：在甲方政务云资源范围内完成操作系统补丁更新、中间件版本升级和证书续期，变更前提交变更方案并经甲方批准。

2. 服务期限
服务期自2026年7月1日起至2027年6月30日止。期满后本合同终止，甲方如需继续采购，另行依法组织采购。

3. 服务费用及支付
3.1 运维服务费为固定总价人民币叁拾捌万陆仟元整（¥386,000），包括人工、差旅、工具及税费。
3.2 服务费按季度支付。每季度结束后，甲方依据第6条考核结果在十五个工作日内支付当季服务费¥96,500（扣除考核扣款后的余额）。
3.3 本合同不设预付款。
3.4 乙方应在每次收款前开具合法有效的发票。甲方因财政资金拨付原因延迟付款的，不视为甲方违约，但应及时告知乙方。

4. 服务水平
4.1 系统月度可用率不低于99.95%（经甲方同意的计划停机除外）。
4.2 一级故障（系统无法访问、志愿者无法注册或签到）：乙方应在20分钟内响应，2小时内恢复；二级故障（部分功能异常）：1小时内响应，8小时内修复；三级故障（一般问题或咨询）：2个工作日内解决。
4.3 乙方安排不少于2名专职运维工程师，重大活动期间驻场人员不少于3名。
4.4 每年“国际志愿者日”、寒暑假青年志愿服务集中时段前，乙方应完成系统压力测试和扩容评估，保证在5,000名志愿者同时在线签到时系统正常运行。
4.5 系统发生一级故障的，乙方应在恢复后三个工作日内提交故障分析报告，说明原因、影响范围、处理过程及防范措施。
4.6 乙方应建立运维工单台账，记录每一故障的发现时间、响应时间、处理过程和恢复时间，作为考核依据。

5. 考核扣款
5.1 一级故障响应或恢复每超时1小时，扣减当季服务费¥800。
5.2 月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,000。
5.3 运维报告迟交、巡检漏项，每次扣减¥300。
5.4 同一故障在一个月内重复发生两次以上的，乙方应提交专项分析报告和整改方案；未提交的，每次扣减¥500。

6. 考核与验收
6.1 每季度末，甲方按《运维服务考核表》对乙方进行考核，考核内容包括故障处理时效、可用率、巡检与报告、适应性维护完成质量及用户满意度，得分80分以上为合格。
6.2 服务期满，甲方组织年度验收。验收标准：各季度考核均合格；适应性维护需求已按确认的需求说明全部上线并经测试通过；运维文档、账号和配置清单移交完整。
6.3 年度验收不合格的，乙方应在二十日内整改，整改期间不另行收费。
6.4 甲方可邀请志愿服务组织和区县团委代表参与满意度评价，评价结果计入季度考核。
6.5 季度考核不合格的，乙方应在十日内提交整改报告；连续两个季度考核不合格的，甲方可约谈乙方负责人，并将考核结果记入供应商履约评价。

7. 知识产权与数据归属
7.1 运维期间乙方开发的功能模块、脚本及文档的知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护。
7.2 系统中的志愿者信息、服务记录等数据归甲方所有，乙方不得用于本合同以外的用途。

8. 保密
8.1 乙方应对在服务中接触的甲方工作信息、志愿者名册及系统账号口令保密，未经甲方书面同意，不得向任何第三方披露。
8.2 乙方应与派驻人员签订保密承诺书。保密义务不因合同终止而解除。

9. 违约责任
9.1 乙方未按甲方确认的时间完成适应性维护需求上线的，每逾期一日，按合同总价的千分之一支付违约金。
9.2 违约金可从当季服务费中扣除，不足部分乙方应另行支付。
9.3 乙方驻场人员无故缺岗的，每人每日扣减¥500。
9.4 甲方逾期支付服务费的，应按同期贷款市场报价利率支付利息。

10. 合同履行
10.1 合同履行期间，除发生不可抗力致使合同目的不能实现外，任何一方均不得解除合同。
10.2 乙方出现违约情形的，甲方可按第5条、第9条扣款，并要求乙方限期整改，合同继续履行。

11. 人员与分包
11.1 乙方不得将本项目分包或转包。
11.2 乙方更换项目负责人或驻场工程师须经甲方书面同意，新人员能力不得低于原人员。
11.3 乙方运维人员应遵守甲方的工作纪律和机房管理制度，服从甲方的工作安排；在重大活动保障期间应服从现场指挥调度。
11.4 乙方应为派驻人员缴纳社会保险，因劳动关系产生的纠纷由乙方自行处理。

12. 甲方的权利义务
12.1 甲方应为乙方运维人员提供必要的办公场所和系统访问权限，及时确认适应性维护需求。
12.2 甲方有权对乙方的服务过程进行监督检查，对不合格事项提出整改要求。
12.3 甲方应按合同约定支付服务费。
12.4 甲方应及时将系统使用中发现的问题通过工单方式告知乙方，并配合乙方进行故障排查。

13. 运维交接
13.1 服务期开始后十日内，乙方应与原运维单位完成交接，核对源代码、数据库、服务器账号、域名及证书清单，并形成交接记录。
13.2 交接中发现的历史遗留问题，乙方应书面报告甲方，并提出处理建议；交接完成前，原有系统的正常运行由乙方负责保障。
13.3 服务期满或合同终止时，乙方应向甲方或甲方指定的单位完整移交源代码、运维文档、配置清单和全部账号，配合完成不少于十五日的过渡期交接。

14. 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方均可向甲方所在地人民法院起诉。

15. 其他
15.1 竞争性磋商文件、乙方响应文件及磋商过程中的书面承诺为本合同组成部分。
15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
15.3 本合同一式五份，甲方三份，乙方二份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
"""

Z05 = r"""# 石语智造生产追溯管理系统软件许可及定制开发合同

（乙方标准合同文本 SY-HT-V3）

甲方：某篆刻印章工艺品有限公司

乙方：杭州石语智造软件有限公司

甲方因印章石料切割、篆刻及打磨工序管理需要，向乙方采购生产追溯管理系统软件许可及定制开发服务。双方本着平等自愿的原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“石语”生产追溯管理系统V3.0软件使用许可（企业版，30个并发用户）。

1.2 定制开发内容：石料入库与产地批次登记、切割排料与损耗统计、篆刻工序派工与扫码报工、打磨抛光及质检记录、成品印章一物一码追溯查询。

1.3 实施服务：系统部署、基础数据导入、用户培训（现场培训两日，培训对象为甲方管理员及班组长）。基础数据由甲方按乙方提供的模板整理，乙方负责导入一次；重复导入另行收费。

1.4 运行环境：甲方应自行准备符合乙方要求的服务器、操作系统、数据库及网络环境。因甲方环境不符合要求导致系统无法正常运行的，乙方不承担责任。

1.5 本合同所称“上线运行”，是指乙方完成系统部署并向甲方开放登录账号。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯管理系统V3.0软件许可费 | 620,000 |
| 2 | 定制开发费 | 186,000 |
| 3 | 实施及培训费 | 54,000 |
| | 合计 | 860,000 |

2.1 合同总价为人民币捌拾陆万元整（¥860,000）。

2.2 上述价格不含扫码枪、标签打印机、工位平板等硬件，亦不含甲方服务器及数据库软件。

2.3 上述价格为含税价格。乙方在收到款项后开具增值税普通发票；甲方需要专用发票的，应在付款前书面提出。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥559,000。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥301,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首期款后九十个工作日内完成软件部署与定制开发。甲方应及时提供基础数据和现场条件，因甲方原因延误的，交付期相应顺延。

4.2 甲方提出需求变更的，乙方有权另行收取费用并相应调整交付期限。需求变更以乙方出具的变更确认单为准。

4.3 乙方交付物包括：系统安装程序、用户操作手册、管理员手册及培训课件。

4.4 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。乙方向甲方提交上线确认单，甲方应在收到后三日内签署。

5.2 甲方在上线后七日内未提出书面异议的，亦视为验收合格，此后甲方不得以功能不符为由拒付款项。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持。一级故障（系统无法登录或扫码报工中断）乙方在8小时内响应，其他故障在2个工作日内响应。

6.3 下列情形不属于免费维护范围：甲方操作不当、擅自修改程序或数据、硬件及网络故障、第三方软件问题、甲方新增需求。乙方处理上述问题的，按每人每日¥2,800另行收费。

6.4 乙方将尽力排除故障，但不因响应或修复时间承担任何扣款、赔偿或违约责任。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可费的25%，即每年¥155,000，按年预付。

7.2 维保服务包括软件缺陷修复、小版本升级及远程技术支持，不含新功能开发和现场服务。

7.3 甲方未按期支付维保费的，乙方有权停止技术支持及升级。甲方中断维保后重新购买的，应补缴中断期间的维保费。

7.4 维保服务期间的现场服务按次收费，每次¥3,500（含差旅）。

7.5 维保服务以服务年度为单位，甲方应在每个服务年度开始前付清当年维保费；维保期间乙方提供工作日9:00至17:30的电话及远程支持。

7.6 甲方在免费维护期满后未购买维保服务而后续要求恢复服务的，乙方有权收取系统重新检测费。

## 第八条 知识产权

8.1 本合同项下软件及定制开发成果（含源代码、数据库结构、报表模板及技术文档）的知识产权均归乙方所有。

8.2 甲方仅在本企业内部享有非独占、不可转让的使用权，不得修改、反向工程，亦不得提供给任何第三方使用。

8.3 乙方交付目标代码，源代码不随合同交付。

8.4 乙方有权将本合同项下开发的功能纳入其标准产品，向其他客户销售或提供。

## 第九条 数据

9.1 甲方录入系统的生产、客户及订单数据归甲方所有，乙方仅为履行本合同的目的使用。

9.2 乙方采取必要的技术和管理措施保护甲方数据安全；发生数据泄露的，乙方应及时通知甲方。因乙方原因造成数据泄露或丢失的，乙方承担相应的赔偿责任。

9.3 甲方应自行做好数据备份。因甲方未备份导致的数据损失，乙方不承担责任。

## 第十条 保密

双方对在履约过程中获知的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露，但依法律规定或监管要求披露的除外。本条义务在合同终止后两年内继续有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 甲方未按约定付款的，乙方有权暂停交付、实施及技术支持，交付期限相应顺延，乙方不承担由此产生的任何责任。

11.3 乙方不对甲方的间接损失、利润损失或商誉损失承担责任。

## 第十二条 甲方义务

12.1 甲方应指定专人负责项目对接，及时提供石料品类、工序、工价等基础资料，并保证资料真实、完整。

12.2 甲方应按乙方的操作手册使用系统，不得擅自修改数据库或安装其他可能影响系统运行的软件。因甲方操作不当造成的故障，乙方可提供有偿服务。

12.3 甲方应为乙方远程维护开通必要的网络访问权限。

## 第十三条 不可抗力

因不可抗力、网络运营商故障、第三方软件缺陷、病毒攻击等乙方无法控制的原因导致合同不能履行或系统不能正常运行的，乙方不承担责任。

## 第十四条 合同解除

14.1 一方严重违约，且在收到对方书面通知后三十日内仍未纠正的，守约方可书面通知解除合同。

14.2 甲方在系统上线前要求解除合同的，已支付的款项不予退还。

14.3 合同解除后，甲方应停止使用本合同项下的软件并删除全部副本。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，以乙方官网公布的服务说明为准。

16.3 双方的通知以本合同首页所列地址、电话或电子邮箱送达，发出即视为送达。

16.4 本合同附件：软件功能清单、定制开发需求说明、实施计划。附件与本合同具有同等效力；附件与正文不一致的，以正文为准。

甲方（盖章）：                    乙方（盖章）：
"""
E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BSW-CN-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Chengdu Minjiang Hydropower Engineering Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan (the "Customer"), and Banepa Softworks Pvt. Ltd., a company incorporated in Nepal with its registered office at Araniko Highway, Banepa, Kavrepalanchok District, Nepal (the "Vendor").
P:The Customer operates and maintains small and medium hydropower stations and wishes to acquire a perpetual licence to the Vendor's HydroLedger software for hydrological records, reservoir operation and dam-safety instrumentation, together with configuration, interfaces, data migration and training. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HydroLedger Enterprise Edition, version 6, in object code, with its standard documentation and any corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interface programs, report templates, data-conversion scripts, documents and other work products created by the Vendor specifically for the Customer, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or migrated into the Software by or for the Customer, including gauge readings, seepage and displacement measurements, operating logs and personnel records.
P:1.4 "Go-Live" means the first day on which the Software is used in production at all eleven stations listed in Annex 1.
P:1.5 "Final Acceptance" means the Customer's written certificate issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 150 named users and eleven stations, on servers owned or controlled by the Customer in mainland China, for the Customer's own business purposes.
P:2.2 The Vendor shall configure the Software, build interfaces to the Customer's SCADA historian, the provincial flood-control reporting platform and the Customer's ERP system, migrate historical records from the legacy databases described in Annex 2, and train the Customer's staff.
P:2.3 The Vendor shall deliver installation media, licence keys, user and administrator manuals, interface specifications and the source code of all Custom Deliverables.
H:Article 3 Contract Price and Payment
P:3.1 The Contract Price is CNY 1,800,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 1,260,000; configuration and interfaces CNY 410,000; data migration CNY 96,000; training CNY 34,000.
P:3.2 The Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 360,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 810,000) within 30 days after Go-Live; and (c) 35% (CNY 630,000) within 30 days after Final Acceptance.
P:3.3 Go-Live, installation and production use are not acceptance and do not relieve the Vendor of any obligation under Article 5.
P:3.4 Payments are made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 4 Project Plan and Delay
P:4.1 The Vendor shall achieve Go-Live within 120 days after signature, following the project plan in Annex 3.
P:4.2 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
P:4.3 If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 12 in addition to claiming the liquidated damages.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for a trial period of 45 days.
P:5.2 The acceptance criteria are: (a) every function listed in the functional specification in Annex 4 works as described; (b) the SCADA interface transfers readings from all eleven stations with no data loss over ten consecutive days, with a delay not exceeding 90 seconds; (c) migrated records reconcile with the legacy databases by record count and checksum, and every discrepancy found has been corrected; (d) standard reports open within three seconds with 60 concurrent users; and (e) no Severity 1 fault occurs during the trial period.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within ten working days. If the criteria are not met, the Customer shall list the failures in writing and the Vendor shall correct them within 20 days, after which the relevant tests are repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification for a warranty period of eighteen (18) months from Final Acceptance. During the warranty period the Vendor shall correct all defects and supply all updates and new versions free of charge.
P:6.2 The Vendor shall provide remote support through a ticketing portal and a telephone hotline. For a Severity 1 fault (the Software is unavailable at one or more stations, or dam-safety alarms are not generated), the Vendor shall respond within one (1) hour and provide a workaround within eight hours. Severity 2 faults shall be answered within two hours and Severity 3 faults by the next working day.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Customer CNY 800 against the next payment or support invoice.
P:6.4 After the warranty period, the Vendor shall offer annual support at a fee of 9% of the Licence Fee, being CNY 113,400 per year, which shall not increase during the first three support years. Each support year is ordered separately by purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, copy, modify and sub-license them, and may engage third parties to maintain them. The Vendor shall deliver their source code with each release.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not retain, analyse or disclose it for any other purpose.
P:8.2 The Software is installed in the Customer's data centre. The Vendor shall access it only through the Customer's VPN and bastion host, using named accounts, multi-factor authentication and access approved for each session. The Vendor shall not copy Customer Data outside the Customer's systems or outside mainland China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its work.
P:8.4 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate remedial action and shall be liable for the Customer's losses arising from a breach caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties.
P:9.2 These obligations survive for three years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The total liability of each party under this Agreement shall not exceed 150% of the Contract Price.
P:10.2 The limit in Article 10.1 does not apply to death or personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, or infringement claims under Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, less the value of any Custom Deliverables that the Customer elects to keep.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as earthquake, flood, landslide or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Nepal.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be negotiated in good faith for 30 days. Failing agreement, it shall be finally settled by arbitration administered by the Nepal Council of Arbitration (NEPCA) in Kathmandu, Nepal, by three arbitrators, in the English language. The award is final and binding on both parties.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing in English to the addresses stated above, by courier or by e-mail with confirmation of receipt.
P:15.3 This Agreement is executed in two English originals, one for each party, and takes effect on signature by both parties.
P:Annex 1: Stations. Annex 2: Legacy databases. Annex 3: Project plan. Annex 4: Functional specification.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
E02 = r"""# TicketDesk Cloud — Order Form and General Terms

Order Form No. KC-OF-2026-0193

## PART A — ORDER FORM

### A1. Parties

**Provider:** Kankai Cloud Solutions Pvt. Ltd., Mechi Highway, Bhadrapur, Jhapa District, Koshi Province, Nepal.

**Customer:** Hangzhou Qiantang Home Goods E-commerce Co., Ltd., Yuhang District, Hangzhou, Zhejiang Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscription and Term

A2.1 Service: TicketDesk Cloud, Professional Edition, a hosted customer-service platform with omnichannel ticketing (web, e-mail, WeChat and marketplace messaging), routing, macros, reporting, a knowledge base and a self-service chatbot.

A2.2 Quantity: 180 named agent seats and the Knowledge Base and Chatbot module.

A2.3 Subscription Term: two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of the Onboarding Acceptance certificate under A5; the second starts on the first anniversary of that date.

A2.4 Renewal: this Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

A2.5 Hosting: Customer Data is hosted in the Provider's dedicated tenant at a licensed cloud data centre in Hangzhou, mainland China, operated under the Provider's contract with the data-centre operator.

### A3. Fees

| Item | Unit price (CNY) | Quantity | Per Subscription Year (CNY) | Total for term (CNY) |
|---|---|---|---|---|
| Agent seat subscription | 1,150 per seat per year | 180 seats | 207,000 | 414,000 |
| Knowledge Base and Chatbot module | 28,000 per year | 1 | 28,000 | 56,000 |
| Onboarding services (one time) | 36,000 | 1 | — | 36,000 |
| **Total Contract Value** | | | | **506,000** |

All fees are in CNY and include VAT. Fees are fixed for the Subscription Term. Additional seats ordered during the term are charged at CNY 1,150 per seat per year, pro rata to the end of the current Subscription Year.

### A4. Invoicing and Payment

A4.1 The subscription fee for each Subscription Year (CNY 235,000) is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

A4.2 The onboarding fee (CNY 36,000) is invoiced after the Onboarding Acceptance certificate is signed and is payable within 30 days of invoice. No fee is payable before the Service Start Date.

A4.3 The Provider shall issue a valid VAT invoice (fapiao) through its Hangzhou branch for each payment.

### A5. Onboarding and Acceptance

A5.1 The Provider shall configure the tenant, connect the Customer's e-mail domains, WeChat official account and three marketplace stores, migrate 2.4 million historical tickets from the Customer's current system, build routing rules and macros agreed in the onboarding workshop, and train the Customer's team leaders and administrators.

A5.2 The Provider estimates that onboarding will be completed within 45 days after signature. Dates in the onboarding plan are targets and the Provider will keep the Customer informed of progress every week.

A5.3 Acceptance criteria: (a) all channels create, route and close tickets correctly in a test of 500 scripted tickets; (b) the migrated tickets reconcile with the source system by count per channel and per month, and sampled tickets keep their attachments and history; (c) agents can open a ticket view within two seconds with 180 agents logged in; and (d) the chatbot answers the agreed set of 200 test questions from the knowledge base with at least 90% correct answers.

A5.4 When the criteria are met the Customer shall sign the Onboarding Acceptance certificate within five working days. Use of the service for live tickets before that date does not amount to acceptance.

### A6. Service Levels

A6.1 Availability: the Provider shall make the service available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and performed between 00:00 and 06:00 China Standard Time.

A6.2 Support: Priority 1 incidents (the service is unavailable or agents cannot create or answer tickets) shall be responded to within thirty (30) minutes, at any time, and worked on continuously until resolved. Priority 2 incidents shall be responded to within two hours during business hours and Priority 3 incidents within one business day.

A6.3 Service credits: for each 0.1 percentage point, or part of it, by which monthly availability falls below the commitment, the Customer receives a credit of 4% of the monthly equivalent of the annual subscription fee. For each late Priority 1 response, the credit is CNY 1,000. Credits are deducted from the next invoice or, at the end of the term, refunded.

A6.4 The Provider shall send a monthly service report showing availability, incidents and response times.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the service by or for the Customer, including tickets, messages, attachments, end-customer contact details and order references.

1.2 "Customer Configurations" means the routing rules, macros, templates, chatbot flows, knowledge-base articles and reports created for the Customer.

### 2. Use of the Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive right to use the service during the Subscription Term for the Customer's internal business.

2.2 The Customer shall not resell the service or use it to send unlawful or unsolicited messages.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the service under this Agreement and on the Customer's documented instructions, and shall not use it for analytics, product development, model training or any other purpose.

3.2 During the term and for 30 days after it, the Customer may export all Customer Data in CSV and JSON formats. After that period the Provider shall delete Customer Data and confirm deletion in writing.

### 4. Data Security

4.1 The Provider shall maintain an information-security programme certified to ISO/IEC 27001 and shall keep the hosting environment filed at MLPS level 3. Customer Data shall be encrypted in transit and at rest, and access by Provider staff shall be limited to named support engineers, logged and reviewed each month.

4.2 Customer Data shall be stored and processed only in mainland China. Provider staff in Nepal may access the tenant only for support and only through the Provider's Hangzhou bastion host, and shall not download Customer Data.

4.3 The Provider shall notify the Customer within twelve hours after becoming aware of a security incident affecting Customer Data, shall cooperate with the Customer's investigation and any notification to authorities, and shall bear the costs and losses caused by an incident attributable to the Provider.

### 5. Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement, and not disclose it to third parties except to its staff and advisers who need to know it and are bound by similar obligations.

5.2 This section survives for three years after the Agreement ends.

### 6. Intellectual Property

6.1 The service, its software and documentation remain the property of the Provider.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify, export and re-use them on any other platform, and may allow third parties to do so.

### 7. Warranties

7.1 The Provider warrants that the service will perform materially in accordance with its published documentation and that it will perform onboarding with reasonable skill and care.

7.2 The Provider shall remedy any non-conformity reported by the Customer without charge.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or loss of profit.

8.2 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer in the six (6) months immediately preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for fraud, death or personal injury.

### 9. Subcontractors

9.1 The Provider shall not subcontract any part of the service or onboarding, or engage a new sub-processor for Customer Data, without the Customer's prior written consent. The Provider is responsible for its approved subcontractors as for itself. The data-centre operator named in A2.5 is approved by signature of this Order Form.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term unless terminated earlier.

10.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remaining period.

10.3 The Customer may also terminate if monthly availability falls below 99% in two consecutive months.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

### 12. General

12.1 Neither party may assign the Agreement without the other's written consent.

12.2 Notices shall be sent by e-mail to the contacts named in the Order Form and confirmed by courier.

12.3 This Agreement is the entire agreement of the parties and replaces any online terms referred to in the service.
"""
E03 = r"""
T:Supply Contract for Cold-Chain Temperature Sensors and Monitoring Software
P:Contract No. YF-PUR-2026-0412
P:Buyer: Chongqing Yufeng Cold Chain Logistics Co., Ltd., Shapingba District, Chongqing, People's Republic of China (the "Buyer").
P:Supplier: Lahan Instruments & Systems Pvt. Ltd., East-West Highway, Lahan, Siraha District, Madhesh Province, Nepal (the "Supplier").
P:The Buyer operates six cold stores and a fleet of refrigerated trucks and is required by its pharmaceutical and food customers to record storage and transport temperatures continuously. Following the Buyer's request for quotation and the Supplier's offer, the parties agree on the Buyer's standard terms below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table.
P:1.2 "Software" means the Supplier's ColdWatch Server monitoring software, licensed for 1,000 measuring points, including its mobile application and alarm module.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all measurements, alarms, audit trails, user records and reports generated by or stored in the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment at the six cold stores and in 96 refrigerated trucks, install the Software on the Buyer's servers in its Chongqing data room, and integrate the System with the Buyer's warehouse management system and transport management system.
P:2.2 The System shall record temperature and humidity at intervals of one minute in cold stores and two minutes in trucks, store the readings for at least three years, keep an audit trail that cannot be altered by users, and send alarms by SMS, WeChat and telephone call.
P:2.3 Truck sensors shall be mounted so that they do not obstruct loading, shall withstand vibration and washing, and shall buffer at least seven days of readings when the truck is out of network coverage, uploading them automatically when coverage returns.
P:2.4 Each sensor shall be delivered with a calibration certificate traceable to national standards, covering three points across its measuring range.
H:3. Price
P:3.1 The Contract Price is CNY 1,274,000, fixed and inclusive of VAT, customs duties, freight to site, insurance, installation and all other costs of the Supplier:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, with calibration certificate|620|860|533,200
TB:2|LoRa gateway with 4G backhaul and battery backup|48|6,250|300,000
TB:3|ColdWatch Server perpetual licence, 1,000 points|1|268,000|268,000
TB: |Hardware and Licence Subtotal| | |1,101,200
TB:4|Installation, calibration and commissioning|1 lot|146,000|146,000
TB:5|Training|1 lot|26,800|26,800
TB: |Contract Price| | |1,274,000
P:3.2 Spare sensors ordered during the warranty period shall be supplied at the unit price in the Price Table.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 127,400) within 30 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 700,700) within 30 days after the Installation Certificate is signed for all sites. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the balance of 35% (CNY 445,900) within 30 days after the Final Acceptance Certificate is signed.
P:4.4 All payments are made in CNY to the Supplier's account stated in its invoice, against valid VAT invoices issued by the Supplier's appointed importer in China.
H:5. Delivery and Delay
P:5.1 The Supplier shall complete installation and commissioning at all sites within 75 days after signature.
P:5.2 The Supplier is responsible for export from Nepal, import into China, customs clearance and delivery to each site. Title and risk pass to the Buyer when the Installation Certificate for the relevant site is signed.
P:5.3 If the Supplier fails to meet this date, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 30 days.
P:6.2 The acceptance criteria are: (a) every sensor reads within ±0.5 °C of a reference thermometer in a three-point check at each cold store; (b) the readings of all points arrive on the server with no more than 0.2% missing over the trial period; (c) alarms reach the nominated mobile phones within 60 seconds in twenty test events; (d) the interfaces to the warehouse and transport systems exchange data without errors for ten consecutive days; and (e) the audit trail and electronic signatures meet the Buyer's GSP validation protocol.
P:6.3 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Installation, trial use and payment do not amount to acceptance. Failed tests shall be corrected by the Supplier and repeated at its cost.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, supply Software corrections and updates, and recalibrate every sensor once a year.
P:7.2 Faults are classified as follows:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Monitoring or alarms fail for a whole cold store or for five or more trucks|1 hour|8 hours
TB:Severity 2|Individual sensors or gateways fail, or reports cannot be produced|2 hours|2 working days
TB:Severity 3|Questions and minor defects|1 working day|Next release
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Supplier shall provide annual support, including recalibration, at a fee of 6% of the Hardware and Licence Subtotal, being CNY 66,072 per year, fixed for the first two support years. Support is ordered year by year and does not renew automatically.
H:8. Training
P:8.1 The Supplier shall train up to 40 warehouse supervisors and dispatchers in the use of the System and up to six IT staff in its administration, backup, restoration and sensor replacement, at the Buyer's premises in Chongqing and in Chinese or with an interpreter provided by the Supplier.
P:8.2 Training materials and recorded sessions become the Buyer's property and may be used for its internal training without limit.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, non-exclusive licence to use it for its own operations, including any later sites it adds within the licensed number of points.
P:9.2 Interface programs, reports, configuration files and documents made specifically for the Buyer belong to the Buyer, which may use and modify them and have them maintained by third parties.
H:10. Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy it or disclose it to anyone.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session and shall be made only through the Buyer's VPN with named accounts. No Buyer Data may leave mainland China.
P:10.3 The Supplier shall report any breach of security affecting Buyer Data within twelve hours, take immediate remedial action, and bear the losses caused by a breach attributable to it.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's business and technical information, including the Buyer's customer lists, site layouts and prices, and shall not disclose it without prior written consent. This obligation continues for three years after the Contract ends.
H:12. Liability
P:12.1 The total liability of the Supplier under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's importer for customs clearance and the installation company named in the offer are approved by signature. The Supplier remains responsible for all subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay under clause 5 exceeds 45 days.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for any part of the System that the Buyer does not keep.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes that cannot be settled by negotiation shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing.
H:16. General
P:16.1 This Contract is signed in two originals in English and Chinese, and both versions have equal effect.
P:16.2 Neither party is liable for a delay caused by force majeure, such as earthquake, flood or government action, if it notifies the other party within five days and takes reasonable steps to limit the effect. The delivery date is extended by the duration of the event.
P:16.3 The Supplier shall insure the Equipment until title passes and shall hold public liability insurance for its installation work.
P:16.4 Annexes: technical specification, site list, installation plan and acceptance test protocol.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = r"""# Managed IT Services Agreement

Agreement No. HX-ITS-2026-015

**Customer:** Xiamen Haixi Garment Group Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China.

**Supplier:** Saptakoshi IT Services Pvt. Ltd., Main Road, Rajbiraj, Saptari District, Madhesh Province, Nepal.

**Background.** The Customer designs, manufactures and distributes garments from its head office in Xiamen, a factory in Jinjiang and a distribution warehouse in Quanzhou. It wishes to outsource its IT service desk, end-user support, endpoint management and network monitoring for a fixed term of 36 months. The Supplier operates a multilingual service centre and has offered to deliver the services described in this Agreement.

## Section 1. Definitions and Interpretation

1.1 "Services" means the services described in Schedule 1, delivered to the Service Levels in Schedule 2 for the Charges in Schedule 3.

1.2 "Service Commencement Date" means the date stated in the Transition Acceptance certificate under Section 3.

1.3 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Supplier accesses, processes or stores in providing the Services, including tickets, device inventories, logs and user directories.

1.4 "Deliverables" means the runbooks, scripts, knowledge articles, configuration baselines, reports and documents produced by the Supplier for the Customer.

1.5 The Schedules form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 The Agreement does not renew automatically. The parties may agree an extension in writing at least 90 days before expiry.

## Section 3. Transition

3.1 The Supplier shall take over the Services from the Customer's current provider according to the transition plan agreed in the first two weeks after signature, and shall complete transition within 60 days after signature.

3.2 Transition acceptance criteria: (a) all 1,150 users and 1,420 endpoints are recorded in the service management tool with correct owners and locations; (b) the monitoring platform covers all switches, firewalls, wireless controllers and servers listed in Schedule 1; (c) the service desk has handled live calls in a 14-day shadow period with at least 95% of tickets correctly categorised; (d) runbooks for the 40 most frequent requests are approved by the Customer; and (e) the Customer's current provider has handed over all credentials and these have been rotated.

3.3 When the criteria are met, the Customer shall sign a Transition Acceptance certificate within five working days; that date is the Service Commencement Date.

3.4 If transition is not complete within the period in Section 3.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay, and shall continue to support the Customer's current provider at no charge.

## Section 4. Service Delivery

4.1 The Supplier shall deliver the Services from its service centre and through on-site engineers at the Customer's three sites, in Mandarin and English, and shall keep the staffing levels set out in Schedule 1.

4.2 The Supplier shall use the Customer's service management and monitoring platform, hosted in the Customer's Xiamen data room, and shall not move tickets or monitoring data to its own systems.

4.3 The Supplier shall meet the Service Levels in Schedule 2, report performance monthly, and hold a service review with the Customer each month and a governance review each quarter.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,160,000.

5.2 The Monthly Service Charge is invoiced monthly in arrears and is payable within 30 days of a correct invoice, less any service credits earned in the month.

5.3 The transition fee is invoiced after Transition Acceptance and payable within 30 days. The Customer makes no advance payment.

5.4 The Charges are fixed for the term and include all taxes, travel and tools. The Supplier shall issue valid VAT invoices through its registered agent in Xiamen.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer and may be used by the Supplier only to provide the Services.

6.2 The Supplier shall access the Customer's systems only through the Customer's bastion host, using named accounts with multi-factor authentication and the least privilege needed. All sessions are recorded. Customer Data shall remain in mainland China and shall not be copied to the Supplier's systems or devices.

6.3 The Supplier shall follow the Customer's information-security policies, comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and ensure that its personnel complete security training before receiving access.

6.4 The Supplier shall report any security incident affecting Customer Data within two hours after becoming aware of it, contain it, support the investigation, and compensate the Customer for losses caused by an incident attributable to the Supplier or its subcontractors.

## Section 7. Confidentiality

7.1 Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to personnel who need it and are bound by written confidentiality obligations. These obligations last for three years after the Agreement ends.

## Section 8. Intellectual Property

8.1 The Deliverables belong to the Customer, which may use, modify and share them with any later service provider.

8.2 The Supplier's own tools and know-how remain the Supplier's. To the extent they are embedded in Deliverables, the Supplier grants the Customer a perpetual, royalty-free licence to use them with the Deliverables.

## Section 9. Subcontracting

9.1 The Supplier may engage subcontractors, including local IT service companies for on-site support at the Customer's sites, by giving the Customer written notice at least ten days before the subcontractor starts work. The Supplier remains responsible for the acts and omissions of its subcontractors.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Supplier's total aggregate liability under this Agreement shall not exceed the Charges paid by the Customer in the eight (8) months preceding the event that gave rise to the claim.

10.3 Section 10.2 does not apply to liability for death or personal injury, fraud or wilful misconduct.

## Section 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach that is not remedied within 30 days after notice, or if the Supplier misses the same Critical Service Level in three consecutive months.

11.2 On expiry or termination, the Supplier shall provide exit assistance for up to 60 days at the Monthly Service Charge pro rata, return all Customer Data and credentials, and hand over all Deliverables to the Customer or a successor provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The language of the arbitration is Chinese.

## Section 13. General

13.1 Neither party may assign this Agreement without the other's written consent.

13.2 Notices shall be in writing and sent to the addresses above by courier or by e-mail with confirmation.

Signed for the Customer: ____________________    Signed for the Supplier: ____________________

## Schedule 1 — Services and Sites

| Service | Scope | Hours | Staffing |
|---|---|---|---|
| Service desk | Telephone, WeChat and portal support for 1,150 users; password resets, access requests, how-to questions | Mon–Sat 07:30–21:00 China Standard Time; on-call outside these hours | 6 agents at the service centre |
| End-user support | Desktops, laptops, printers, scanners and mobile devices at the three sites | Site working hours | 2 engineers in Xiamen, 2 in Jinjiang, 1 in Quanzhou |
| Endpoint management | Patching, antivirus, software distribution and asset inventory for 1,420 endpoints | Monthly patch cycle; urgent patches within 72 hours | Shared |
| Network monitoring | Switches, firewalls, wireless controllers and the WAN links between the three sites; first-line fault handling and carrier escalation | Around the clock | Shared |
| Reporting | Monthly service report, quarterly governance pack, asset and licence reports | Monthly / quarterly | Service delivery manager |

## Schedule 2 — Service Levels and Credits

| Service Level | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (a site, the ERP system or production line scanning is down) — response | 15 minutes | CNY 1,500 per late incident |
| Priority 1 incident — restoration or workaround | 3 hours | CNY 1,000 per hour late |
| Priority 2 incident — response | 1 hour | CNY 300 per late incident |
| Service desk calls answered within 30 seconds | 90% per month | 2% of the Monthly Service Charge |
| Availability of the monitoring and service desk platform managed by the Supplier | 99.5% per month | 3% of the Monthly Service Charge for each 0.1 point below target |
| Customer satisfaction (closed-ticket survey) | 4.3 of 5 | 2% of the Monthly Service Charge |

Priority 1 response, Priority 1 restoration and platform availability are Critical Service Levels. Service credits in a month shall not exceed 20% of that month's Monthly Service Charge and do not limit the Customer's other rights.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One time, after Transition Acceptance | 72,000 |
| Monthly Service Charge | 36 months × CNY 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,160,000** |
| Additional users above 1,265 | Per user per month, from the following month | 48 |
| Additional on-site engineer day | Per day, on request | 1,600 |
"""
E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. DHD-SUB-2026-022

BETWEEN

Chengdu Xuefeng Engineering Consulting Co., Ltd., Wuhou District, Chengdu, Sichuan Province, People's Republic of China (the "Customer"); and

Dhaulagiri Hydromet Data Pvt. Ltd., Baglung Bazaar, Baglung Municipality, Gandaki Province, Nepal (the "Provider").

BACKGROUND

The Customer designs and supervises hydropower and road projects in the Himalayan region and needs reliable hydrological and meteorological data for design studies, flood estimates and construction planning. The Provider operates a network of river-gauging and weather stations in the Kali Gandaki, Myagdi and Seti catchments, maintains historical records, and publishes the data and short-range forecasts through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the station observations, historical series, rating curves, derived discharge series and forecasts made available through the API or delivered in files under this Agreement.

1.2 "Custom Datasets" means the catchment-specific series, flood-frequency tables and synthetic flow records prepared by the Provider specifically for the Customer's projects under clause 4.

1.3 "Customer Inputs" means project locations, design drawings, site coordinates, query parameters and any other information supplied by the Customer.

1.4 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of it.

1.5 "Start Date" means the date on which the Provider issues the Customer's production API credentials, which shall be no later than 10 days after signature.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right, during the Subscription Term, to access the API, download the Licensed Data and use it for the Customer's internal engineering work, including reports and drawings delivered to the Customer's clients and public authorities for its projects.

2.2 The subscription covers: (a) near-real-time observations from 46 stations at intervals of 15 minutes; (b) historical daily series since the start of each station's record; (c) 72-hour river-flow and precipitation forecasts updated every six hours; and (d) up to 2,000,000 API calls per Subscription Year, with 25 named user accounts for the web portal.

2.3 The Customer shall not resell the Licensed Data or make it available as a data product to third parties, and shall cite the Provider as the source in published documents.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term consists of two Subscription Years starting on the Start Date.

3.2 At the end of the Subscription Term, and at the end of each renewal year, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the then-current year.

3.3 Fees for any renewal year are charged at the Provider's list price in force at the start of that year. The Provider may change its list price at any time by publishing it on its website and will notify the Customer of the renewal fee with the renewal invoice.

4. HISTORICAL BACKFILL AND INTEGRATION

4.1 Within 30 days after the Start Date, the Provider shall (a) deliver the Custom Datasets for the four project sites listed in Annex A, with a method statement describing the stations, gap-filling and rating curves used; and (b) assist the Customer's developers in connecting the API to the Customer's hydrological modelling platform, including sample code, a test environment and two remote workshops.

4.2 Acceptance criteria for the backfill and integration: (a) each Custom Dataset covers the agreed period with no gap longer than five consecutive days that is not explained in the method statement; (b) a sample of 200 values per dataset reconciles with the Provider's station archive; (c) the Customer's platform retrieves observations and forecasts for all 46 stations through the API in a test run of seven consecutive days; and (d) the method statement is reviewed and accepted by the Customer's chief hydrologist.

4.3 The Customer shall confirm acceptance in writing within ten working days after the Provider reports completion, or shall list the deficiencies, which the Provider shall correct within ten days.

4.4 If the Provider does not deliver the Custom Datasets and integration support ready for acceptance within the period in clause 4.1, for reasons within its control, it shall pay the Customer CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:

   Subscription Year 1 fee ............................ CNY 348,000
   Subscription Year 2 fee ............................ CNY 348,000
   Historical backfill and integration (one time) ..... CNY 24,000
   Total Contract Value ............................... CNY 720,000

5.2 The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice.

5.3 The backfill and integration fee is invoiced after acceptance under clause 4.3 and payable within 30 days.

5.4 Fees include all taxes. Calls above the annual allowance are charged at CNY 0.08 per call and invoiced quarterly in arrears.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API and the web portal available and to publish observations promptly after they are received from the stations. Availability may be affected by station outages, network failures in remote areas, monsoon damage and maintenance.

6.2 The Provider will answer support requests sent by e-mail to its support desk during its business hours in Nepal, in the ordinary course of business.

6.3 The Provider will keep an online status page showing stations that are offline and the expected date of their repair, and will send the Customer a monthly summary of station outages during the monsoon season.

6.4 The Provider will give at least seven days' notice of planned changes to the API that are not backward compatible.

7. DATA QUALITY

7.1 The Provider shall operate its stations and process the Licensed Data in accordance with the World Meteorological Organization guidance it applies to its network, and shall flag estimated, provisional and corrected values in the data.

7.2 Where the Provider corrects historical values after a rating-curve revision or station audit, it shall publish the corrected values through the API and notify the Customer of any correction that changes a monthly mean by more than the tolerance stated in Annex B.

7.3 The Licensed Data are measurements and forecasts of natural phenomena. The Customer remains responsible for its own engineering judgement in using them.

8. INTELLECTUAL PROPERTY

8.1 The Licensed Data and the API remain the property of the Provider.

8.2 The Custom Datasets and the method statements belong to the Customer upon delivery. The Customer may use, modify and publish them and license them to its clients and partners without restriction. The Provider may continue to use its own underlying station records.

9. CUSTOMER INPUTS AND DATA SECURITY

9.1 Customer Inputs belong to the Customer. The Provider shall use them only to provide the services under this Agreement and shall not disclose them, combine them with other customers' data or use them for any other purpose.

9.2 The Provider shall protect Customer Inputs with access control limited to named staff, encryption in transit and at rest, and logging of all access. Customer Inputs shall not be stored outside the Provider's primary servers without the Customer's written approval.

9.3 The Provider shall notify the Customer within 48 hours after discovering any unauthorised access to or loss of Customer Inputs, take remedial measures, and compensate the Customer for losses caused by a breach attributable to the Provider.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party, including Customer Inputs, project information, credentials and the terms of this Agreement, and shall use it only for this Agreement. This obligation survives for three years after termination.

11. LIABILITY

11.1 The total liability of each party under this Agreement shall not exceed 150% of the Total Contract Value.

11.2 Clause 11.1 does not apply to breach of clauses 9 or 10, fraud or wilful misconduct.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 The Provider shall not subcontract the services under clause 4, or any processing of Customer Inputs, without the Customer's prior written consent.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the unused part of the prepaid subscription fee for the current Subscription Year.

13.3 On termination the Customer may keep and continue to use Licensed Data downloaded before termination for the projects for which it was obtained.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force at the time. The arbitration shall be conducted in English.

15. GENERAL

15.1 This Agreement, with Annex A (project sites) and Annex B (API documentation), is the entire agreement between the parties.

15.2 Amendments must be in writing and signed by both parties.

15.3 Notices shall be sent by e-mail to the addresses named by each party and confirmed by courier.

SIGNED

For the Customer: ____________________        For the Provider: ____________________
Name and title:                               Name and title:
Date:                                         Date:
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels, design list and checks
# ---------------------------------------------------------------------------------------------------------------
OUT = Path(__file__).resolve().parent

FILES = {
    "z01": ("h751z01_eco_bureau_radiation_emergency_platform.pdf", Z01),
    "z02": ("h751z02_water_heater_tank_line_control_retrofit.docx", Z02),
    "z03": ("h751z03_pottery_studio_chain_booking_saas.txt", Z03),
    "z04": ("h751z04_youth_league_volunteer_system_om.txt", Z04),
    "z05": ("h751z05_seal_carving_tracking_supplier_template.md", Z05),
    "e01": ("h751e01_hydro_records_perpetual_licence_banepa_vendor.pdf", E01),
    "e02": ("h751e02_helpdesk_saas_order_form_bhadrapur_vendor.md", E02),
    "e03": ("h751e03_cold_chain_sensors_monitoring_lahan_vendor.docx", E03),
    "e04": ("h751e04_managed_it_services_rajbiraj_vendor.md", E04),
    "e05": ("h751e05_hydromet_data_api_subscription_baglung_vendor.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# key: (category, contract value, terms in TERM_KEYS order, sla_clause, ld_stated, capped (goods only),
#       acceptance_deemed_on_delivery)
T, F, N = True, False, None
LABELS = {
    "z01": ("software", 2120000,
            [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 8, F, T, F, "PRC", "goods_or_licence"],
            T, T, T, F),
    "z02": ("hardware", 1270000,
            [N, 1, T, "buyer", T, T, F, 0.1, N, 10, T, T, 24, 7, F, T, T, "PRC", "goods_or_licence"],
            T, T, T, F),
    "z03": ("cloud", 514000,
            [99.5, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", "service"],
            T, T, N, F),
    "z04": ("services", 386000,
            [99.95, 20 / 60, T, "buyer", F, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", "service"],
            T, T, N, F),
    "z05": ("software", 860000,
            [N, 8, F, "supplier", T, T, T, 0.02, N, 65, F, F, 6, 25, F, T, N, "PRC", "goods_or_licence"],
            T, T, T, T),
    "e01": ("software", 1800000,
            [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 9, F, T, F, "Nepal", "goods_or_licence"],
            T, T, T, F),
    "e02": ("cloud", 506000,
            [99.95, 0.5, T, "buyer", T, T, T, N, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", "service"],
            T, F, N, F),
    "e03": ("hardware", 1274000,
            [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 6, F, T, F, "PRC", "goods_or_licence"],
            T, T, T, F),
    "e04": ("services", 2160000,
            [99.5, 0.25, T, "buyer", T, T, T, 1800 / 2160000 * 100, 8 / 36 * 100, N, T, N, N, N, F, T, T, "PRC",
             "service"],
            T, T, N, F),
    "e05": ("cloud", 720000,
            [N, N, F, "buyer", T, T, T, 500 / 720000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", "service"],
            F, T, N, F),
}

# Design list, written before deriving anything: expected rules, forum outside mainland China, and TCO inputs
# (fee base = itemised licence / hardware subtotal, warranty months, post-warranty fee % of the base).
DESIGN = {
    "z01": (set(), F, (1180000, 36, 8)),
    "z02": ({"CR-CONFIDENTIALITY", "CR-SUBCONTRACT"}, F, (1131000, 24, 7)),
    "z03": ({"CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"}, F, None),
    "z04": ({"CR-DATA-SECURITY", "CR-TERMINATION"}, F, None),
    "z05": ({"CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"}, F, (620000, 6, 25)),
    "e01": ({"CR-GOVERNING-LAW"}, T, (1260000, 18, 9)),
    "e02": ({"CR-LD-MISSING", "CR-LIABILITY-CAP"}, F, None),
    "e03": (set(), F, (1101200, 36, 6)),
    "e04": ({"CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"}, F, None),
    "e05": ({"CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"}, F, None),
}
DESIGN_RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "high", "z05": "high",
               "e01": "low", "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
            "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high",
            "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium",
            "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}

# Policy thresholds (policy.md §3 defaults); no label value may sit on one.
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(cv, tco):
    base, wm, pct = tco
    post_years = max(0.0, HORIZON - wm / 12)
    fees = base * pct / 100 * post_years
    return fees / (cv + fees) * 100


def derive(key, lab):
    """My reading of policy §3, applied to the label values."""
    cat, cv, terms, sla, ld_stated, capped, deemed = lab
    t = dict(zip(TERM_KEYS, terms))
    _, forum_outside, tco = DESIGN[key]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(cv, tco) > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label_json(key):
    name = FILES[key][0]
    cat, cv, terms, sla, ld_stated, capped, deemed = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    d = {"file": name, "language": "zh" if key[0] == "z" else "en", "category": cat, "expected_terms": t,
         "expected_extra": extra, "expected_rules": sorted(derive(key, LABELS[key]))}
    return json.dumps(d, indent=1, ensure_ascii=False)


# ---- threshold scan --------------------------------------------------------------------------------------------
def _pct(num, zh, word):
    return [r"(?<![\d.])%s(?:\.0+)?\s*(?:%%|％|percent|per\s*cent)" % num,
            r"百分之%s(?![一二三四五六七八九十点])" % zh,
            r"(?<![a-z])%s\s*(?:\(%s\)\s*)?(?:percent|per\s*cent|%%)" % (word, num)]


PATTERNS = (_pct("30", "三十", "thirty") + _pct("15", "十五", "fifteen") + _pct("40", "四十", "forty")
            + _pct("100", "一百", "one\s*hundred") + [
    r"百分之百",
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![〇零一二三四五六七八九])",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十〇零一二三四五六七八九])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])4\s*(?:hours?|hrs?|小时|个小时)", r"(?<![〇零一二三四五六七八九十两])四\s*个?\s*小时",
    r"four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|个自然月)", r"(?<![〇零一二三四五六七八九十百])十二\s*个\s*月",
    r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?:质保|保修)期?\s*为?\s*(?:一|1)\s*年", r"(?:one|1)[\s-]*year\s*warranty",
    r"warranty\s*(?:period\s*)?of\s*(?:one|1)\s*year",
    r"(?<![\d.])5\s*-?\s*(?:years?|年)", r"(?<![〇零一二三四五六七八九十百])五\s*年", r"five\s*(?:\(5\)\s*)?-?\s*years?",
    r"(?<![\d.])60\s*-?\s*(?:months?|个月)", r"六十\s*个\s*月",
])
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["预付款为合同总价的30%", "30 %", "百分之三十", "thirty percent", "15%", "百分之十五", "40 %", "forty per cent",
            "100%", "百分之百", "one hundred percent", "99.9%", "百分之九十九点九", "0.05%", "万分之五", "千分之零点五",
            "4小时", "四小时", "4 hours", "four (4) hours", "12个月", "十二个月", "12 months", "twelve (12) months",
            "质保期一年", "one-year warranty", "5年", "五年", "five years", "60 months", "六十个月", "within4hours"]
MUST_MISS = ["99.95%", "99.5%", "24小时内", "2 hours", "14 hours", "0.08%", "0.055%", "130%", "115%", "1,000",
             "万分之八", "2026年7月1日", "二〇二六年", "three years", "36个月", "18 months", "6 months", "45%", "35%",
             "20%", "1 hour", "CNY 1,150", "0.5 °C", "48 hours", "fourteen hours", "十四小时"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def selftest_scan():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---- building and reading back ---------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    for key in FILES:
        stem = FILES[key][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label_json(key), encoding="utf-8")


def check():
    selftest_scan()
    fired = set()
    for key, (name, _) in FILES.items():
        lab = LABELS[key]
        cat, cv, terms, *_ = lab
        t = dict(zip(TERM_KEYS, terms))
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        rules = derive(key, lab)
        assert rules == DESIGN[key][0], (key, sorted(rules ^ DESIGN[key][0]))
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        tco = DESIGN[key][2]
        share = tco_share(cv, tco) if tco else None
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        fired |= rules
        text = read_back(OUT / name)
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        js = json.loads((OUT / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
        assert js["expected_rules"] == sorted(rules)
        print("%s %-58s len=%d %s risk=%s rules=%s tco=%s" % (key, name, n, "ok" if ok else "OUT OF RANGE",
              risk(rules), ",".join(sorted(rules)) or "-", "%.2f%%" % share if share is not None else "-"))
        assert ok, (key, n)
    assert fired == set(SEVERITY), sorted(set(SEVERITY) - fired)
    assert sum(1 for k in FILES if not DESIGN[k][0]) == 2
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    build()
    check()
