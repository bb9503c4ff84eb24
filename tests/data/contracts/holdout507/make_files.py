"""holdout507: builds ten ordinary draft contracts (txt / md written as is; docx / pdf via ../word_pdf.py), writes
their .json labels, derives each draft's expected CR rules from its labels by my own reading of policy.md section 3,
checks them against the design list, checks lengths, and scans every source and every built file for threshold figures.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:安庆市零工市场服务平台建设项目合同
P:合同编号：AQRS-ZC-2025-031　采购方式：公开招标（政府采购）
P:甲方（采购人）：安庆市人力资源和社会保障局
P:乙方（供应商）：合肥云岗信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就安庆市零工市场服务平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供零工市场服务平台软件许可（永久使用，不限用户数），并按甲方需求完成定制开发、部署实施、数据迁移和培训。
P:1.2 定制开发内容包括：零工信息发布与审核、求职者实名登记、岗位智能匹配、零工驿站管理端、用工结算与社保信息对接接口、“安庆就业”微信小程序及数据统计驾驶舱。
P:1.3 平台部署在甲方指定的政务云资源上，运行环境由甲方提供，乙方负责安装、配置和调优。
P:1.4 项目实施地点：安庆市人力资源和社会保障局及全市各县（市、区）零工驿站。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾万元整（¥1,700,000），为含税固定总价，包括软件许可、开发、实施、培训、差旅及质保期内全部服务费用。分项如下：
P:（1）平台软件许可费：¥680,000；
P:（2）定制开发费：¥860,000；
P:（3）部署实施及数据迁移费：¥124,000；
P:（4）培训费：¥36,000。
P:2.2 除本合同另有约定外，甲方不再支付其他任何费用。
P:2.3 合同价款不因人工、材料等价格变化而调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥340,000。
P:3.2 平台完成部署、通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥765,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥595,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付进度
P:4.1 乙方应于合同签订后90日内完成开发和部署并提交初步验收申请，150日内具备最终验收条件。
P:4.2 乙方应每两周向甲方提交进度报告，重大风险应及时书面告知甲方。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具备信息系统项目管理师资格，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与社保、就业信息系统的接口联调通过，数据比对无差异；系统在500个并发用户下，一般查询响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 初步验收后平台试运行60日，期间未发生一级故障且二级故障累计不超过3次的，乙方可申请最终验收。最终验收由甲方组织专家按上述标准及试运行记录进行，并出具书面验收报告。
P:5.3 平台上线使用、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
P:5.4 验收所需测试数据由甲方提供脱敏样本，乙方不得使用真实个人信息进行测试。
H:第六条 质保及维护
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、技术支持及现场服务。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的10%（即每个服务年度不超过¥68,000），质保期满后三个服务年度内不上调。维护服务合同另行签订，不自动续期。
P:6.3 乙方应为甲方培训系统管理员及业务操作人员不少于60人次，并提供操作手册、运维手册和培训视频。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护除外）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或核心业务中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，24小时内解决；三级故障在下一工作日内解决。
P:7.3 乙方每超出响应或恢复时限1小时，向甲方支付¥1,000；月可用率每低于约定值0.01个百分点，扣减¥1,000。上述款项从应付款项中扣除或由乙方另行支付。
P:7.4 乙方应每月向甲方提交运维报告，内容包括可用率、故障处理记录及安全巡检情况。
H:第八条 知识产权
P:8.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序源代码、接口、小程序、文档及数据模型的知识产权归甲方所有，乙方应在最终验收时移交完整源代码。甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台中的求职者信息、用工信息、结算记录等全部数据属于甲方，乙方不得将其用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求实施安全措施，运维操作通过甲方堡垒机进行并全程留痕；处理个人信息应遵守《个人信息保护法》《数据安全法》。
P:9.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施。因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
P:9.4 合同终止或维护服务结束时，乙方应将全部数据完整移交甲方，删除其在任何介质上保留的副本，并出具书面删除确认。
H:第十条 保密
P:10.1 双方对履约中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后继续有效。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并按合同总价的10%支付违约金。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.4 乙方违反第九条约定的，除承担赔偿责任外，甲方有权解除本合同。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同并要求乙方赔偿损失。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：安庆市人力资源和社会保障局　　乙方（盖章）：合肥云岗信息技术有限公司
P:法定代表人或授权代表：　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日
"""

SRC["z02"] = """T:灌装线控制系统升级改造及维保合同
P:合同编号：LDPJ-SB-2025-017
P:甲方（买方）：烟台鲁东啤酒有限公司
P:乙方（卖方）：青岛海控自动化工程有限公司
P:鉴于甲方二号灌装线（瓶装，每小时36,000瓶）控制系统已运行多年，备件停产、故障频发，甲方决定对其进行升级改造。乙方具备相应资质和经验，双方经协商一致，签订本合同。
H:1. 合同标的
P:1.1 乙方负责二号灌装线洗瓶机、灌装压盖机、杀菌机、贴标机及输送系统的控制系统升级，包括硬件供货、控制程序编制、安装调试、停线切换、培训及质保期满后的维保服务。
P:1.2 升级后控制系统应与甲方现有MES系统对接，实现批次、产量、停机原因和能耗数据自动采集。
P:1.3 停线切换须安排在甲方指定的淡季窗口内完成，停线时间不超过10日。
P:1.4 乙方应保证所供设备为原厂全新正品，并提供原产地证明、合格证及出厂检验报告；主要部件品牌、型号以技术协议为准，不得擅自替换。
H:2. 合同价格
P:2.1 本合同总价为人民币¥1,462,000（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及IO模块|5套|97,200|486,000
TB:2|触摸屏HMI|8台|16,000|128,000
TB:3|伺服驱动及电机升级|1批|352,000|352,000
TB:4|SCADA监控及MES接口软件许可|1套|168,000|168,000
TB:|软硬件小计|||1,134,000
TB:5|程序编制与调试|1项|216,000|216,000
TB:6|安装及停线切换|1项|94,000|94,000
TB:7|操作及维修培训|1项|18,000|18,000
TB:|合同总价|||1,462,000
P:2.2 上述价格为固定价格，包括运输、保险、安装、调试及质保期内全部服务费用。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥292,400。
P:3.2 全部设备到达甲方现场并经甲方签收后，甲方支付合同总价的33%，即¥482,460。到货签收仅确认数量和外观，不构成验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的42%，即¥614,040。
P:3.4 余款5%即¥73,100作为质量保证金，质保期满且无未解决问题后支付。
H:4. 交货与工期
P:4.1 乙方应于合同生效后60日内将全部设备运抵甲方厂区，并于设备到货后30日内完成安装、调试和停线切换。
P:4.2 乙方须遵守甲方食品生产区卫生管理和安全生产制度，进入车间人员应穿戴甲方规定的洁净工作服。
P:4.3 乙方应在合同生效后15日内提交详细实施方案，包括停线切换步骤、回退预案、人员分工和每日工作计划，经甲方生产部和设备部书面确认后执行。
P:4.4 停线切换期间，乙方项目经理和主要工程师应全程驻厂，每日与甲方召开协调会，并在当日完成工作记录和问题清单。
H:5. 验收
P:5.1 验收标准：各单机及整线联动功能符合技术协议；灌装线以额定速度连续运行72小时，因控制系统原因导致的停机不超过2次；灌装液位、压盖扭矩控制精度符合技术协议；MES数据采集与人工记录核对一致。
P:5.2 满足上述标准后，双方签署最终验收报告。设备投入生产、甲方付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改并重新组织验收。
P:5.4 乙方应在验收前向甲方移交电气图纸、程序备份、参数清单、备件清单、操作及维护手册各两套（纸质及电子版）。
H:6. 质保及维保
P:6.1 质保期为自最终验收之日起二十四个月。质保期内乙方免费维修或更换故障部件，并免费提供程序修改和技术支持。
P:6.2 质保期满后，乙方提供维保服务，年度维保费为软硬件小计的8%，即每个服务年度¥90,720，质保期满后三个服务年度内不作调整。维保内容包括每季度一次预防性巡检、备件供应和故障维修。
P:6.3 故障分级及响应：一级故障（整线停机）乙方应在30分钟内远程响应，2小时内工程师到场，8小时内恢复生产；二级故障（单机异常但不停线）2小时内响应，24小时内处理完毕。
P:6.4 乙方超出上述响应或到场时限的，每超出1小时向甲方支付¥800。
P:6.5 质保期内及维保期内，乙方应在甲方所在地常备关键备件，保证PLC模块、伺服驱动器等关键部件在24小时内到货更换。
P:6.6 乙方每次维修后应提交维修报告，说明故障原因、处理措施和预防建议。
H:7. 知识产权
P:7.1 乙方为本项目编制的PLC程序（含源程序）、HMI画面、MES接口程序及全部技术文件，其知识产权归甲方所有，甲方可自行修改和使用。
P:7.2 SCADA软件的标准产品知识产权归其权利人，甲方获得永久使用许可。
H:8. 数据安全
P:8.1 控制系统及MES中的配方参数、批次记录、生产和能耗数据均属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方提供的专用VPN并在甲方人员监督下进行，操作全程记录。乙方不得在控制网络中接入未经甲方检测的设备或存储介质。
P:8.3 因乙方原因导致数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，采取补救措施，并承担由此造成的全部损失。
H:9. 保密
P:9.1 乙方对在履约中获知的甲方工艺、配方、产能及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成停线切换的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:11. 分包
P:11.1 乙方不得将本合同项下的主要工作分包。电缆敷设等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:12. 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内未予纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可书面通知解除合同，双方互不承担违约责任，但应及时通知对方并提供证明。
H:13. 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交烟台仲裁委员会仲裁。
H:14. 其他
P:14.1 技术协议为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:14.2 双方联系人及通知地址以合同首页所列为准，变更的应提前书面通知对方。
P:14.3 本合同未尽事宜，由双方另行签订补充协议。
P:甲方：烟台鲁东啤酒有限公司（盖章）　　乙方：青岛海控自动化工程有限公司（盖章）
P:授权代表：　　　　授权代表：
P:日期：2025年　月　日
"""

SRC["z03"] = """连锁健身门店会员及排课管理系统（SaaS）服务合同

合同编号：JXFIT-IT-2025-006
甲方（客户）：成都劲行健身管理有限公司
乙方（服务商）：杭州课栈云科技有限公司

甲方在成都、重庆两地经营30家健身门店，需要统一的会员管理、团课排课、私教预约及门禁对接系统。乙方以软件即服务（SaaS）方式提供“课栈”平台并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方30家门店及总部开通“课栈”平台订阅服务，包括会员档案、会籍卡管理、团课排课、私教预约、教练绩效、储值消费、营销活动及经营报表功能，以及会员端微信小程序。
（二）实施服务：旧系统会员数据迁移、30家门店闸机及人脸门禁对接、与甲方财务系统的收款数据接口、门店人员培训及上线支持。
（三）平台由乙方在境内公有云上部署和运维，甲方及其会员通过互联网使用。
（四）服务范围内的门店增减：甲方新开门店的，按每家门店每个服务年度¥3,600按实际服务月份折算增加订阅费；门店关闭的，自次月起相应减少。
（五）乙方为甲方指定一名客户成功经理，负责需求对接、版本更新说明、季度服务回顾和门店人员的持续培训。
（六）甲方的权利义务：甲方负责门店网络和闸机硬件的正常运行，及时向乙方提供旧系统数据和对接所需的接口资料，并指定总部信息部门为本项目的统一联系窗口。

二、服务期限
（一）订阅服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。
（二）服务期满前30日内双方均未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前书面通知甲方。

三、费用
（一）订阅费：门店端每家门店每个服务年度¥3,600，30家门店合计¥108,000；总部管理端每个服务年度¥48,000。每个服务年度订阅费合计¥156,000，三个服务年度合计¥468,000。
（二）实施费：¥86,000，一次性支付。
（三）本合同总价为¥554,000（含6%增值税）。会员人数、排课次数不另计费。
（四）乙方不得以新增功能模块、接口调用量或存储空间为由在服务期内另行收取费用，甲方书面同意采购的新增模块除外。

四、付款
（一）实施费在上线验收合格后15个工作日内支付。
（二）订阅费按季度结算，甲方在每个季度结束后15个工作日内凭乙方发票支付当季费用。
（三）本合同不设预付款。
（四）乙方应在每次收款前开具合法有效的增值税专用发票。甲方有权从应付款项中直接扣除乙方应支付的服务抵扣及违约金。

五、上线与验收
（一）乙方应于2025年8月25日前完成全部门店上线。
（二）上线验收标准：旧系统会员档案、会籍卡余额及剩余课时全部迁移且逐店抽查核对一致；30家门店闸机、人脸门禁与会籍状态联动正常；团课排课、私教预约、储值扣费流程测试通过；平台连续稳定运行7日无一级故障。
（三）满足上述标准后，甲方出具书面上线验收单。门店开始使用系统不视为验收合格。
（四）上线验收不合格的，乙方应在7日内完成整改并重新提交验收；因此产生的费用由乙方承担。
（五）乙方应在上线前完成全部门店店长、前台及教练的操作培训，每家门店培训不少于2场，并提供操作视频和常见问题手册。

六、服务水平
（一）平台月可用率不低于99.5%（每月计划维护不超过4次且须在凌晨2点至6点之间进行并提前通知）。
（二）一级故障（平台或小程序整体不可用、门禁无法识别会员）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决。
（三）月可用率低于约定值的，按当月订阅费的5%至20%给予服务抵扣，具体比例见附件一；一级故障每超时1小时，扣减¥500。
（四）乙方应于每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及改进措施。
（五）乙方进行版本升级的，应提前7日通知甲方，影响门店营业时间的升级须安排在闭店后进行。

七、数据
（一）甲方会员信息、消费记录、课程及教练数据归甲方所有。
（二）乙方可将甲方会员的运动、签到和消费数据进行脱敏、汇总后，用于编制健身行业分析报告和改进乙方产品，该等使用在合同终止后仍可继续。
（三）合同终止后30日内，乙方应将甲方数据以通用格式完整导出交付甲方，并在交付确认后删除平台中的甲方数据。
（四）甲方会员通过小程序授权提供的个人信息，乙方仅可按甲方的指示和隐私政策处理，不得向会员推送乙方或第三方的广告。

八、数据安全
（一）乙方平台应通过网络安全等级保护第三级测评，对会员个人信息加密存储和传输，实行最小权限访问并保存操作日志不少于180日。
（二）发生会员信息泄露或其他安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方及会员因此遭受的损失。
（三）乙方每个服务年度应至少进行一次渗透测试和数据恢复演练，并将结果书面报告甲方。
（四）乙方应对平台数据每日备份，备份数据保存不少于30日。

九、知识产权
（一）“课栈”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的报表、门禁对接程序及财务接口程序的知识产权归甲方所有，甲方可自行修改或交由第三方使用。

十、保密
双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。

十一、违约责任
（一）乙方未按第五条约定日期完成上线的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）因乙方原因导致会员无法入场、课程预约错乱或储值扣费错误的，乙方除按第六条给予服务抵扣外，还应承担甲方因此向会员退款、补偿所产生的费用。

十二、分包
乙方不得将实施服务分包给第三方；门禁对接现场施工确需委托第三方的，应事先取得甲方书面同意。

十三、合同解除
乙方严重违约，或连续两个月可用率低于约定值，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还已付未使用期间的订阅费。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

十五、不可抗力
因地震、火灾、政府行为等不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任。因网络攻击或云服务商故障导致的中断，不属于乙方的不可抗力。

十六、其他
本合同附件一为《服务水平及抵扣标准》。附件二为《实施计划及门店上线排期》，附件三为《数据迁移范围说明》。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都劲行健身管理有限公司
乙方（盖章）：杭州课栈云科技有限公司
签订日期：2025年　月　日
"""

SRC["z04"] = """地震台网监测系统运行维护服务合同

项目编号：GSDZ-CS-2025-09　采购方式：竞争性磋商（政府采购）
甲方（采购人）：甘肃省天水市地震局
乙方（成交供应商）：兰州陇源地震技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就天水市地震台网监测系统运行维护服务事宜订立本合同。

第一条 服务范围
（1）全市86个测震及强震动台站的设备巡检、维护维修，包括地震计、数据采集器、供电系统（蓄电池、太阳能板）、避雷接地及台站通信设备。
（2）台网中心数据处理服务器、存储、地震速报及预警软件平台的日常运维、系统备份和安全加固。
（3）台站至台网中心的数据传输链路监测，配合通信运营商处理链路故障。
（4）震情发生时的应急保障：乙方应派员驻守台网中心，协助甲方开展流动观测和设备抢修。
（5）设备台账管理：建立并更新全部台站设备台账，记录设备型号、序列号、安装日期、维修及更换情况。
（6）配合甲方完成上级业务部门组织的台网运行质量评比、数据质量检查和年度技术考核。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。乙方应在服务期开始前完成与原运维单位的交接，清点台站设备和备件，交接清单经三方签字确认。期满后本合同终止，不自动续期；甲方如需继续采购，另行依法组织采购。

第三条 服务费用
（1）台站巡检维护费：86个台站，每个台站¥4,800，合计¥412,800；
（2）台网中心系统运维费：¥186,000；
（3）备品备件包干费：¥96,000（服务期内更换的常用备件由乙方承担，单价超过¥8,000的主要设备更换另行报批）；
（4）应急保障费：¥48,000。
合同总价为¥742,800（含税），为固定总价。
上述费用包括乙方人员工资、差旅、车辆、工具仪表、常用备件及税费等全部费用，服务期内不因物价变化调整。

第四条 付款方式
（1）服务费按季度支付，每季度结束后甲方组织考核，考核合格后15个工作日内支付当季服务费¥185,700。
（2）本合同不设预付款。乙方请款时应提交季度运维报告和发票。
（3）季度考核不合格的，甲方可暂缓支付当季服务费，待乙方整改并重新考核合格后支付，并按第五条扣减相应费用。

第五条 服务要求
（1）乙方应在服务期内对每个台站至少完成两次全面巡检，对重点台站每季度巡检一次，巡检记录须附现场照片和设备参数。
（2）台网中心核心系统（数据汇集、速报及预警软件）月可用率不低于99.95%。
（3）故障分级：一级故障指台网中心核心系统中断或同一片区3个以上台站同时中断数据；二级故障指单个台站中断数据或数据质量异常；三级故障指不影响数据传输的一般故障。
（4）一级故障乙方应在6小时内响应并开始处置，24小时内恢复；二级故障24小时内响应，3日内恢复；三级故障在下次巡检时处理完毕。
（5）乙方未达到上述时限的，每超时1小时扣减服务费¥500；核心系统月可用率低于约定值的，每低0.01个百分点扣减¥1,000。
（6）乙方应建立值班制度，工作日安排专人在台网中心值守，节假日保持电话畅通；发生破坏性地震或有感地震时，乙方技术人员应在接到甲方通知后立即到岗。
（7）乙方每月应提交运维月报，内容包括台站运行情况、故障处理记录、备件消耗、存在问题及下一步工作计划。

第六条 考核与验收
（1）甲方每季度按第五条及附件《运维考核细则》进行考核，考核内容包括巡检完成情况、故障处置时效、系统可用率及文档记录，考核得分低于80分的为不合格，乙方应整改后重新考核。
（2）服务期满，乙方提交年度运维总结、设备台账及全部运维文档，甲方组织验收并出具验收意见。
（3）验收标准：全部台站巡检任务按计划完成且记录完整；服务期内各季度考核均已合格或经整改合格；设备台账与现场核对一致；运维文档齐全并已移交甲方；遗留问题已处理完毕或已形成双方确认的处理方案。

第七条 人员
乙方应配备不少于6名专职运维人员，其中常驻台网中心2人，项目负责人应具有地球物理或电子信息类中级以上职称。人员变更须事先经甲方同意。
乙方人员进入台站及台网中心应遵守甲方安全管理制度，野外作业应配备必要的安全防护用品，乙方自行承担其人员的人身意外风险并为其购买保险。
服务期内乙方应组织不少于2次面向甲方技术人员的业务培训，内容包括台站设备常见故障判断和台网软件日常操作。

第八条 分包
对于交通不便的偏远台站，乙方可委托台站所在县区具备相应能力的单位承担日常巡检工作，但应提前5个工作日书面通知甲方，并对受托单位的工作质量负责。

第九条 数据安全与保密
（1）地震监测波形数据、台站参数、台网配置及速报结果均属于甲方，乙方不得留存、复制或用于本合同以外的任何目的。
（2）乙方远程运维须通过甲方堡垒机进行并全程审计；不得在业务网络中使用未经甲方检测的计算机和存储介质。
（3）发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
（4）乙方对在服务中知悉的甲方未公开信息、台站位置资料和震情信息负有保密义务，未经甲方书面同意不得对外发布或披露，本款在合同终止后继续有效。

第十条 知识产权
乙方在服务期内编写的运维文档、巡检记录、配置脚本及设备台账归甲方所有。乙方应在服务期满时将上述资料的电子版和纸质版完整移交甲方，不得留存副本。甲方可将其提供给后续运维单位使用。

第十一条 违约责任
（1）乙方未按约定时间完成服务交接或阶段巡检任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方连续两个季度考核不合格的，甲方有权解除本合同。
（3）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
（4）因乙方维护不当造成甲方设备损坏或丢失的，乙方应负责修复或按原值赔偿。
（5）乙方人员擅自对外发布震情信息或台站资料的，甲方有权要求乙方立即更换相关人员，并追究乙方责任。

第十二条 合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内未改正的，甲方有权解除本合同，并要求乙方赔偿由此造成的损失。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 不可抗力
因地震、泥石流、暴雪等不可抗力导致乙方不能按时完成巡检或维修的，乙方应及时通知甲方，并在不可抗力影响消除后尽快恢复服务，相应时限可顺延。

第十五条 其他
磋商文件、响应文件、成交通知书及《运维考核细则》为本合同组成部分。本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：甘肃省天水市地震局
乙方（盖章）：兰州陇源地震技术服务有限公司
签订日期：2025年　月　日
"""

SRC["z05"] = """# 仓储管理系统软件许可及定制开发合同

> 仓智软件标准合同文本 V3.0（乙方提供）

合同编号：CZ-WMS-2025-0412

- 甲方（用户）：广州金禧月食品有限公司
- 乙方（供应商）：佛山仓智软件有限公司

甲方主要生产月饼、糕点等焙制食品，中秋旺季出货量大、批次多，需要对原料库、包材库和成品库进行信息化管理。目前甲方仓库主要依靠纸质单据和电子表格管理，旺季经常出现先进先出执行不到位、临期产品发现不及时等问题。乙方向甲方许可使用“仓智WMS”仓储管理软件，并按甲方需求进行定制开发。双方经友好协商，签订本合同。

## 第一条 合同内容

1.1 乙方向甲方提供仓智WMS标准版、PDA手持终端模块及批次追溯模块的永久使用许可，用于甲方番禺工厂的三个仓库。

1.2 定制开发内容：中秋旺季波次拣货策略、原料及成品保质期预警、经销商订单分仓发货、与甲方ERP系统（采购、销售、库存）的数据接口。

1.3 实施服务：安装部署、基础数据初始化、库位编码规划、关键用户培训及上线支持。

1.4 甲方应提供满足乙方要求的服务器、数据库、网络及PDA硬件环境，并指定项目负责人和关键用户配合实施。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓智WMS标准版软件许可（含PDA终端模块、批次追溯模块） | 780,000 |
| 2 | 定制开发（波次拣货、保质期预警、分仓发货、ERP接口） | 300,000 |
| 3 | 实施及培训 | 48,000 |
| | 合同总价 | 1,128,000 |

合同总价为人民币壹佰壹拾贰万捌仟元整（含税）。PDA硬件、服务器及数据库由甲方自行采购。

乙方可根据甲方需要推荐PDA终端及服务器配置，但不对第三方硬件的质量承担责任。乙方报价已包含软件介质、授权文件及安装费用，不含甲方人员差旅费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥564,000，乙方收到款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付剩余50%，即¥564,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，并且乙方有权暂停实施和技术支持服务。

## 第四条 实施进度

4.1 乙方计划于收到首期款后75个工作日内完成系统上线，具体以双方确认的实施计划为准。

4.2 因甲方需求变更、基础数据提供延迟或硬件环境未就绪导致进度延后的，工期相应顺延，乙方不承担责任。

4.3 乙方将尽力按计划推进实施，如出现延误，乙方将增派人员加快进度。

4.4 甲方应在乙方提出需求确认、测试确认等事项后3个工作日内予以答复，逾期未答复的，视为甲方确认。

## 第五条 上线与验收

5.1 乙方完成安装部署和定制开发后，通知甲方上线。

5.2 上线前，乙方将协助甲方完成库位盘点和期初库存导入，甲方应安排足够人员参与盘点。

5.3 系统上线运行即视为甲方验收合格。甲方在上线后提出的问题，由乙方在免费维护期内按第六条处理。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持和软件缺陷修复，现场服务按乙方标准收取差旅费用。

6.3 乙方服务时间为工作日9:00至18:00，节假日及中秋旺季的驻场保障需另行约定。

6.4 故障响应：一级故障（系统无法登录或无法出入库作业）乙方在接到通知后8小时内响应；二级故障在2个工作日内响应；三级故障在下一版本中统一处理。

6.5 乙方将尽合理努力解决故障，但不对故障处理时限作出保证，亦不因响应或处理延迟承担扣款、赔偿或违约金。

6.6 因甲方操作不当、擅自修改系统配置、硬件故障或第三方软件原因引起的问题，不属于免费维护范围，乙方可按人天单价¥2,800另行收费。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应购买年度维护服务，年度维护费为软件许可费的28%，即每个服务年度¥218,400，在每个服务年度开始前支付。

7.2 年度维护服务包括远程支持、缺陷修复和标准版本升级，不含新增定制开发。甲方未购买年度维护服务的，乙方不再提供任何支持。

7.3 甲方中断年度维护服务后重新购买的，应补缴中断期间的维护费。

7.4 甲方需要新增功能或修改定制功能的，双方另行签订开发协议，费用按乙方报价确定。

## 第八条 知识产权

8.1 仓智WMS软件及其全部模块的知识产权归乙方所有。

8.2 乙方为本项目进行定制开发所形成的程序、源代码、接口及文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第九条 数据及数据安全

9.1 甲方录入和系统生成的库存、批次、客户及订单数据归甲方所有，乙方仅为提供本合同服务而接触和使用。

9.2 乙方远程维护须经甲方许可并使用甲方指定的账号，乙方人员应遵守甲方信息安全制度，不得复制或带离甲方数据。

9.3 因乙方人员违规操作导致甲方数据泄露、丢失或损坏的，乙方应立即通知甲方，协助恢复数据，并赔偿甲方由此造成的直接损失。

9.4 甲方应自行负责数据库的日常备份，乙方可协助甲方制定备份策略。

## 第十条 保密

双方对在合作中获知的对方技术资料、商业信息和经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 责任限制

11.1 任何一方违约的，应承担相应的违约责任。

11.2 乙方在本合同项下的全部赔偿责任累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。

合同解除的，甲方应支付乙方已完成工作对应的费用，已支付的软件许可费不予退还。

## 第十三条 不可抗力

因不可抗力导致任何一方不能履行本合同的，受影响方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。

## 第十四条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

14.1 本合同附件为《定制开发需求说明》和《实施计划》。

14.2 乙方向甲方提供的用户手册、培训材料仅供甲方内部使用。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：广州金禧月食品有限公司　　　乙方（盖章）：佛山仓智软件有限公司

签订日期：2025年　月　日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CPS-FS-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Linmu Furniture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong Province (the "Customer"), and Cordillera Planning Systems S.A., a company incorporated in the Republic of Costa Rica with its principal office in Heredia, Costa Rica (the "Vendor").
P:Background. The Customer manufactures panel and solid-wood furniture in three plants in Foshan and wishes to replace its spreadsheet-based production planning with an advanced planning and scheduling system. The Vendor develops and licenses the "Cordillera APS" software and provides the related implementation and support services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Cordillera APS software in object code, including the planning engine, the scheduling board, the shop-floor reporting module and all updates delivered under this Agreement.
P:1.2 "Services" means the configuration, integration, data migration, training and go-live support described in Annex 1.
P:1.3 "Deliverables" means the ERP integration adapters, custom reports, configuration files, scripts and documentation prepared by the Vendor specifically for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
P:1.5 "Support Year" means each consecutive period after the end of the Warranty Period for which the Customer orders support under Article 7.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliated companies in mainland China, for up to 60 named users and one production server with one standby server.
P:2.2 The Customer may make backup copies and may move the Software to replacement hardware without additional fees.
P:2.3 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 1,170,000, inclusive of all taxes applicable in China, and is made up as follows:
P:(a) Named user licences, 60 users at CNY 9,800 each: CNY 588,000;
P:(b) Planning engine server licence (production and standby): CNY 154,000;
P:Licence Fee subtotal (a) + (b): CNY 742,000;
P:(c) Configuration, ERP integration and data migration: CNY 386,000;
P:(d) Training of key users and administrators: CNY 42,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff in China are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 14% of the Contract Price (CNY 163,800) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 47% of the Contract Price (CNY 549,900) within 20 days after the Vendor has installed the Software and completed the configuration and integration, as confirmed in a signed installation record. The installation record is not acceptance.
P:4.3 The Customer shall pay the remaining 39% of the Contract Price (CNY 456,300) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and complete the Services so that the system is ready for acceptance testing within 120 days after signature.
P:5.2 Acceptance testing shall show that: (a) all functions listed in Annex 2 work as specified; (b) the ERP adapters exchange sales orders, bills of material, stock levels and work-order confirmations without errors over ten consecutive working days; (c) a full weekly schedule for all three plants is calculated in less than ten minutes; and (d) schedule adherence reports reconcile with the shop-floor records.
P:5.3 When the tests are passed, the Customer shall sign a Final Acceptance certificate within ten working days. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:5.4 Use of the Software in production before Final Acceptance, or any payment, does not amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Deliverables will perform substantially in accordance with the documentation and Annex 2 for eighteen (18) months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct all defects free of charge, provide all new releases of the Software and give remote and, where needed, on-site support.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support. The support fee is 11% of the Licence Fee subtotal, that is CNY 81,620 per Support Year, and is fixed for the first three Support Years. Any later change requires written agreement and may not exceed 3% per Support Year.
P:7.2 Support is ordered by a purchase order for each Support Year. There is no automatic renewal.
P:7.3 Support includes defect correction, new releases, remote assistance and the service levels in Article 8.
H:Article 8 Service Levels
P:8.1 Severity 1 means the planning engine or the scheduling board is unavailable or a plant cannot release work orders. Severity 2 means a major function is impaired but a workaround exists. Severity 3 means any other fault or question.
P:8.2 The Vendor shall respond to Severity 1 incidents within one hour, at any time, and work continuously until a workaround is in place; Severity 2 incidents within eight business hours; Severity 3 incidents within two business days.
P:8.3 For each full hour by which the Vendor exceeds the Severity 1 response time, it shall pay the Customer CNY 1,000, deducted from the next payment or support fee.
H:Article 9 Intellectual Property
P:9.1 The Deliverables and all intellectual property rights in them belong to the Customer from creation. The Vendor shall hand over their source code and documentation at Final Acceptance. The Customer may use, modify and license the Deliverables freely, including to other suppliers.
P:9.2 The Vendor warrants that the Software and the Deliverables do not infringe third-party rights and shall defend and indemnify the Customer against any such claim.
H:Article 10 Customer Data and Data Security
P:10.1 All production, order, inventory and personnel data processed with the Software ("Customer Data") belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not keep copies after the task is done.
P:10.2 The Software runs in the Customer's data centre. The Vendor shall access it only through the Customer's VPN with individual accounts approved by the Customer, shall follow the Customer's information security rules and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 The Vendor shall notify the Customer within 24 hours of any unauthorised access to or loss of Customer Data caused by its staff or tools, take remedial measures and compensate the Customer for all resulting losses.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including product designs, prices, customer lists and production volumes, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 12 Delay Damages and Liability
P:12.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 10 and 11, infringement claims, wilful misconduct or personal injury.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:14.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Costa Rica.
P:15.2 Any dispute shall be settled by arbitration administered by the Conciliation and Arbitration Centre of the Costa Rican Chamber of Commerce in San Jose, Costa Rica, in English, before a sole arbitrator.
H:Article 16 General
P:16.1 Annex 1 (Scope of Services) and Annex 2 (Functional Specification and Acceptance Tests) form part of this Agreement. In case of conflict, this Agreement prevails.
P:16.2 This Agreement is signed in two English originals, one for each party, and takes effect on signature by both parties.
P:For the Customer: Foshan Linmu Furniture Co., Ltd.    Name / Title: ____________    Date: ________
P:For the Vendor: Cordillera Planning Systems S.A.    Name / Title: ____________    Date: ________
"""

SRC["e02"] = """# ORDER FORM

**Order Form No. IDC-CN-2025-0088**, under the General Terms of Istmo Dental Cloud set out below.

| Item | Details |
|---|---|
| Provider | Istmo Dental Cloud, S.A., Calle 50, Panama City, Republic of Panama |
| Customer | Chengdu Baiya Dental Clinic Management Co., Ltd., Wuhou District, Chengdu, Sichuan, PRC |
| Service | IstmoDent practice management platform (software as a service) |
| Clinics covered | 42 dental clinics of the Customer in Sichuan and Chongqing, plus the head office |
| Subscription Term | 1 October 2025 to 30 September 2028 (three Subscription Years) |
| Currency | Chinese yuan (CNY), at the Customer's request |

## Fees

| Fee item | Basis | Amount (CNY) |
|---|---|---|
| Clinic subscription | 42 clinics x CNY 2,400 per Subscription Year | 100,800 per Subscription Year |
| Head-office analytics and reporting | per Subscription Year | 36,000 per Subscription Year |
| Subscription fees, total per Subscription Year | | 136,800 |
| Subscription fees over the Subscription Term | 3 x 136,800 | 410,400 |
| Onboarding (one-time) | data migration, imaging bridge, training | 58,000 |
| **Total Order Value** | | **468,400** |

## Invoicing and payment

1. Subscription fees are invoiced quarterly in arrears, at the end of each calendar quarter, and are payable within 30 days of invoice.
2. The onboarding fee is invoiced after Onboarding Acceptance under Section 3.2 and is payable within 30 days of invoice.
3. No amount is payable in advance.

## Onboarding

The Provider shall complete onboarding for all 42 clinics by 20 September 2025 (the "Go-Live Date"). Onboarding covers migration of patient records, appointment history and treatment plans from the Customer's current system, connection of the intraoral imaging devices through the IstmoDent imaging bridge, configuration of fee schedules and the training of two super-users per clinic.

Signed for the Provider: ____________  Signed for the Customer: ____________  Date: ____________

# GENERAL TERMS

## Section 1 Definitions

1.1 "Customer Data" means all data, including patient personal information, appointment, treatment, imaging and billing records, entered into or generated in the Service by or for the Customer.

1.2 "Service" means the IstmoDent platform described in the Order Form, including its mobile apps and the patient booking mini-program.

1.3 "Subscription Year" means each period from 1 October to 30 September within the Subscription Term.

## Section 2 Service

2.1 The Provider shall provide the Service to the Customer's authorised users during the Subscription Term. The Service is hosted on a public cloud in mainland China.

2.2 The Provider may improve and update the Service, provided that it does not materially reduce its functions during the Subscription Term.

2.3 The Customer is responsible for its users' accounts and passwords and for the accuracy of the data it enters.

2.4 The Provider shall provide support in Chinese and English through a support portal, email and a hotline staffed from 08:00 to 22:00 Beijing time every day, with an on-call engineer for Priority 1 incidents at all other times.

2.5 The Provider shall give the Customer at least 30 days' notice of any change to the Service that affects clinic workflows, and shall provide updated user guides and short training videos in Chinese before the change is released.

2.6 The Customer may add clinics during the Subscription Term at the per-clinic fee in the Order Form, pro rata for the remaining months, and may remove up to four clinics per Subscription Year if they close, with a corresponding reduction of fees from the next quarter.

## Section 3 Onboarding and Acceptance

3.1 The Provider shall carry out onboarding as described in the Order Form, in cooperation with the Customer's project team.

3.2 Onboarding is accepted when: (a) the patient records and appointment history of each clinic have been migrated and reconciled by record counts and a sample check of fifty records per clinic; (b) imaging devices in every clinic transfer images into patient files; (c) booking, charting, billing and reporting pass the agreed test scripts; and (d) the Service has run for five consecutive business days without a Priority 1 incident. The Customer shall then sign an Onboarding Acceptance certificate. Go-live or use of the Service alone is not Onboarding Acceptance.

3.3 If onboarding is not completed by the Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

3.4 The Customer shall give the Provider timely access to its current system exports, provide a project manager and make clinic staff available for training according to the onboarding plan agreed at kick-off.

## Section 4 Service Levels

4.1 The Service shall be available 99.95% of the time in each calendar month, excluding planned maintenance announced five days in advance and carried out between 00:00 and 06:00 Beijing time.

4.2 Priority 1 means the Service is unavailable or clinics cannot book, chart or bill. The Provider shall respond to a Priority 1 incident within 30 minutes and restore the Service within three hours. Priority 2 incidents receive a response within two hours and Priority 3 incidents within one business day.

4.3 If monthly availability falls below the level in Section 4.1, the Customer receives a service credit of 10% of the monthly subscription fee for each 0.1 percentage point (or part) below that level, up to 50% of the monthly fee. Each late Priority 1 response earns a credit of CNY 300. Credits are deducted from the next invoice.

4.4 The Provider shall send the Customer a monthly service report showing availability, incidents, response and restoration times and credits due.

## Section 5 Customer Data

5.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer and shall not sell, disclose or otherwise use it for any other purpose.

5.2 At the end of the Subscription Term the Provider shall, on request made within 30 days, export the Customer Data in CSV and DICOM formats.

## Section 6 Intellectual Property

6.1 The Provider owns the Service and all improvements to it.

6.2 Fee schedules, templates, reports and other configurations made for the Customer, and the migrated Customer Data, belong to the Customer, who may use, modify and pass them to any other provider.

## Section 7 Confidentiality

7.1 Each party shall keep confidential the non-public information it receives from the other party under this Agreement, and shall disclose it only to its employees and advisers who need it for this Agreement and are bound by similar duties. These duties last for three years after the end of the Subscription Term.

## Section 8 Fees and Taxes

8.1 The fees in the Order Form are fixed for the Subscription Term and include all taxes applicable in China. The Provider shall issue valid Chinese VAT invoices through its local billing agent.

8.2 Late payments bear interest at 0.02% per day after written reminder.

## Section 9 Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profits or loss of goodwill, except in case of wilful misconduct or gross negligence.

9.2 The Provider shall indemnify the Customer against third-party claims alleging that the Service infringes intellectual property rights.

## Section 10 Term and Termination

10.1 The Order Form takes effect on signature and continues until the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form with fees agreed in writing.

10.2 The Subscription Term is non-cancellable. The Customer may not terminate the Order Form before the end of the Subscription Term for any reason, including a breach by the Provider; the Customer's remedies for a breach by the Provider are the service credits under Section 4.3 and damages under Section 9.

10.3 The Provider may suspend the Service if undisputed fees remain unpaid for more than 60 days after written reminder.

## Section 11 Subcontracting

11.1 The Provider shall not subcontract any part of the Service, including hosting, support or onboarding, without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Section 12 Governing Law and Disputes

12.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## Section 13 General

13.1 The Order Form and these General Terms form the entire agreement. If they conflict, the Order Form prevails. Changes must be in writing and signed by both parties.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters or government action, provided it notifies the other party promptly and resumes performance as soon as possible.

13.3 Notices must be given in writing to the addresses in the Order Form. This Agreement is signed in English and Chinese; both versions have equal effect.
"""

SRC["e03"] = """T:SUPPLY AND INSTALLATION CONTRACT FOR GREENHOUSE MONITORING SENSORS
P:Contract No. SGLY-PUR-2025-052 (Buyer's standard purchase contract)
P:Buyer: Shouguang Lvyuan Greenhouse Vegetables Co., Ltd., Shouguang, Weifang, Shandong Province, PRC (the "Buyer").
P:Supplier: Altiplano Sensores S.A., Quetzaltenango, Republic of Guatemala, acting in China through its service office in Weifang (the "Supplier").
P:The Buyer operates 24 glass and film greenhouses growing tomatoes, cucumbers and sweet peppers. It wishes to monitor soil moisture, electrical conductivity, air temperature, humidity, light and carbon dioxide in every greenhouse and to control irrigation on the basis of these readings. The Supplier makes and installs agricultural sensors and the related monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, climate stations, gateways and accessories listed in Clause 2.
P:1.2 "Platform" means the Supplier's AgroVista monitoring software, licensed perpetually to the Buyer and installed on the Buyer's server.
P:1.3 "System" means the Equipment and the Platform installed, calibrated and connected at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System in all 24 greenhouses, integrate it with the Buyer's irrigation controllers and train the Buyer's staff. All prices are in Chinese yuan (CNY) and include VAT, packing, transport to site, import duties and insurance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and EC sensor|240|1,150|276,000
TB:2|Greenhouse climate station (temperature, humidity, light)|24|6,800|163,200
TB:3|Carbon dioxide sensor|48|1,450|69,600
TB:4|LoRaWAN gateway with solar power kit|12|5,600|67,200
TB:5|AgroVista platform licence, perpetual, on-premises|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||672,000
TB:6|Installation, calibration and irrigation integration|1|88,000|88,000
TB:7|Training of operators and agronomists|1|14,000|14,000
TB:|Contract Price|||774,000
P:2.2 The Contract Price of CNY 774,000 is fixed and covers everything needed to deliver a working System, including cables, mounting poles and spare batteries for the warranty period.
P:2.3 The Supplier shall not charge any further amount for licences, software updates, user accounts or data storage on the Platform during the warranty period, whatever the number of users or sensors connected.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 77,400) within 15 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price (CNY 425,700) within 15 days after the Buyer signs the Delivery and Installation Certificate. That certificate confirms quantities and installation only and is not acceptance of the System.
P:3.3 Final payment: 35% of the Contract Price (CNY 270,900) within 15 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's site within 60 days after signature and complete installation within 30 days after delivery.
P:4.2 Installation work shall be scheduled with the Buyer's production manager so that planting, spraying and harvesting are not disturbed. The Supplier's staff shall follow the Buyer's hygiene and safety rules inside the greenhouses.
P:4.3 Before shipment the Supplier shall give the Buyer a packing list, certificates of origin, factory test reports for each sensor batch and the calibration certificates of its reference instruments. Equipment shall be new, of current production and of the makes and models in the technical specification.
P:4.4 The Supplier is responsible for customs clearance and import formalities for the Equipment and bears the risk of loss or damage until the Equipment is delivered to the Buyer's site. Title passes to the Buyer on delivery.
P:4.5 The Buyer shall provide mains power points in each greenhouse, space in its server room for the Platform server and a contact person for each greenhouse during installation.
H:5. Delay Damages
P:5.1 If the Supplier fails to complete installation by the date in Clause 4.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay.
P:5.2 Delay damages are capped at 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate this Contract under Clause 14.
H:6. Acceptance
P:6.1 After installation the parties shall carry out acceptance tests together. The System passes when: (a) every sensor reading is within the accuracy in the technical specification when compared with a calibrated reference instrument at ten sample points per greenhouse; (b) all sensors report to the Platform over a 14-day trial run with no data gap longer than 30 minutes at any sensor; (c) the irrigation controllers start and stop correctly on the Platform's moisture thresholds in every greenhouse; and (d) alarms for high temperature and low carbon dioxide reach the duty phones within two minutes.
P:6.2 When the tests are passed the Buyer shall sign a Final Acceptance certificate within seven working days. Failed tests shall be repeated after correction at the Supplier's cost.
P:6.3 Delivery, installation, use of the System in production or any payment does not count as acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for twenty-four (24) months after Final Acceptance. During this period it shall repair or replace faulty Equipment, correct Platform defects, recalibrate sensors that drift out of specification and provide software updates, all free of charge.
P:7.2 Sensors shall be recalibrated on site at least twice during the warranty period. Replaced parts become the Supplier's property only after the Buyer's data has been removed from them.
P:7.3 The Supplier shall keep a stock of spare sensors and one spare gateway at its Weifang service office throughout the warranty period.
H:8. Support after Warranty
P:8.1 After the warranty the Buyer may order support for up to three further years at 7% of the Hardware and Licence Subtotal per year, that is CNY 47,040 per year. This fee is fixed and may not be increased during those three years.
P:8.2 Support is ordered by the Buyer's written purchase order for each year and does not renew automatically.
H:9. Service Levels
P:9.1 A Severity 1 fault is a failure of the Platform, of a gateway or of the irrigation integration that stops monitoring or irrigation control in a greenhouse. Other faults are Severity 2.
P:9.2 For Severity 1 faults the Supplier shall respond within one hour by telephone or remote session and have an engineer on site within 24 hours. For Severity 2 faults it shall respond within eight working hours and fix the fault within five working days.
P:9.3 For each hour by which the Supplier exceeds a Severity 1 response or on-site time, it shall pay the Buyer CNY 600.
H:10. Intellectual Property
P:10.1 The Platform remains the Supplier's property and is licensed to the Buyer under Clause 1.2.
P:10.2 The greenhouse layouts, sensor maps, irrigation rules, dashboards, reports and integration scripts made for the Buyer belong to the Buyer, which may use and modify them freely and hand them to other contractors.
H:11. Data and Data Security
P:11.1 All sensor readings, crop records and irrigation data collected by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, sell or pass them to anyone else.
P:11.2 The Platform runs on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN. The Supplier shall keep gateways and the Platform patched and shall change all default passwords before commissioning.
P:11.3 The Supplier shall report any security incident affecting the System to the Buyer within 12 hours, help to contain it and compensate the Buyer for losses caused by its breach of this Clause.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other party's non-public information obtained under this Contract, including growing methods, yields and prices, for three years after the end of this Contract.
P:12.2 Neither party is liable for delay caused by force majeure, such as floods, typhoons or epidemics, if it notifies the other party within five days and takes reasonable steps to limit the effect. Periods for performance are extended accordingly.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 11 and 12, which are not limited.
H:14. Subcontracting and Termination
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
P:14.2 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:16. Signatures
P:This Contract is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED NETWORK SERVICES AGREEMENT

Agreement No. BRN-XM-2025-003

**Between** Xiamen Haiyue Hotel Management Co., Ltd., Siming District, Xiamen, Fujian Province, PRC (the "Customer"), which operates nine hotels in Xiamen and Quanzhou,

**and** Barrier Reef Networks Ltd., a company registered in Belize with its office in Belize City, Belize (the "Provider"), which provides managed network services to hotel groups and serves Chinese customers through its technical centre in Xiamen.

The Customer wishes to outsource the design, operation and support of the guest Wi-Fi, staff network and internet links of its nine hotels. The Provider has agreed to provide those services on the terms below.

## 1. DEFINITIONS

1.1 "Services" means the managed network services described in Schedule 1.

1.2 "Hotels" means the nine hotels listed in Schedule 1, and "Site" means any one of them.

1.3 "Service Commencement" means the date on which the Customer signs the Service Commencement Certificate for all Sites under Clause 4.

1.4 "Monthly Charge" means the monthly charge in Schedule 2.

1.5 "Term" means the period from 1 November 2025 to 31 October 2028 (36 months).

## 2. SERVICES

2.1 The Provider shall take over, operate, monitor and support the guest and staff networks of all Hotels, including access points, switches, firewalls, the guest login portal, the property management system interface and the internet links, and shall replace failed equipment supplied by it.

2.2 The Provider shall monitor all Sites around the clock from its network operations centre in Xiamen and keep a field engineer available within reach of each Hotel.

2.3 The Provider shall supply, own and maintain the network equipment listed in Schedule 1. Title to that equipment stays with the Provider.

2.4 The Provider shall manage moves, adds and changes requested by the hotels, such as new event networks or changes to guest bandwidth, within two business days of a request, up to twenty requests per month at no extra charge.

2.5 The Customer shall give the Provider's engineers escorted access to equipment rooms and provide power and rack space at each Hotel.

## 3. CHARGES AND PAYMENT

3.1 All charges are stated and paid in Chinese yuan (CNY) at the Customer's request and include VAT. The charges are set out in Schedule 2.

3.2 The Monthly Charge is invoiced monthly in arrears and is payable within 30 days of a correct invoice. No charges are payable in advance.

3.3 The one-time Transition Charge is invoiced after Service Commencement and is payable within 30 days.

3.4 The charges are fixed for the Term.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall complete the transition of all Sites by 31 October 2025. Transition includes a survey of each Hotel, installation of the new equipment, migration of the guest portal and a cut-over plan agreed with each hotel manager.

4.2 A Site is ready for Service Commencement when: (a) the signal survey shows coverage of all guest rooms, meeting rooms and public areas at the levels in Schedule 1; (b) guests can log in through the portal with room number and surname, checked against the property management system; (c) staff and guest networks are separated and tested by the Customer's IT manager; and (d) the Site has run for seven days without a Priority 1 incident.

4.3 The Customer shall sign a Service Commencement Certificate when all Sites meet these criteria. Use of the network by guests before that is not acceptance.

4.4 If Service Commencement has not occurred by 31 October 2025 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the service levels in Schedule 3.

5.2 If a service level is missed, the Customer receives the service credits in Schedule 3, deducted from the next invoice.

5.3 The Provider shall send a monthly service report with availability, incidents, response times and guest usage statistics.

## 6. CUSTOMER DATA AND DATA PROTECTION

6.1 Guest login records, device identifiers, staff account data, network logs and reports ("Customer Data") belong to the Customer. The Provider shall process Customer Data only on the Customer's instructions and only to provide the Services.

6.2 The Provider shall keep Customer Data on servers in mainland China, retain guest login records for the period required by PRC law, encrypt Customer Data in transit and at rest, limit access to named engineers using multi-factor authentication and keep access logs.

6.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and with the public security authorities' requirements for public Wi-Fi in hotels.

6.4 The Provider shall notify the Customer within six hours of any security incident affecting Customer Data, take all necessary remedial steps and compensate the Customer for fines, claims and other losses caused by a breach of this Clause 6.

6.5 At the end of the Term the Provider shall return Customer Data to the Customer and then delete all copies, confirming deletion in writing.

## 7. INTELLECTUAL PROPERTY

7.1 Network designs, site surveys, configurations, portal pages with the Customer's branding and reports prepared for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

7.2 The Provider's own tools and monitoring software remain its property.

## 8. SUBCONTRACTING

8.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. Internet links supplied by the basic telecom carriers named in Schedule 1 are approved by signature of this Agreement.

## 9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss.

9.2 The Provider's total liability in connection with this Agreement is limited to the Monthly Charges paid by the Customer in the six months before the event giving rise to the claim.

## 10. TERM AND TERMINATION

10.1 This Agreement runs for the Term and ends at its expiry without automatic renewal. Any extension must be agreed in writing.

10.2 The Customer may terminate this Agreement, in whole or for any Site, by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if the availability target is missed at the same Site in three consecutive months.

10.3 On expiry or termination the Provider shall cooperate for up to 60 days in the transfer of the Services to the Customer or a new provider at no extra charge.

## 11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 12. GENERAL

12.1 The Schedules form part of this Agreement. Changes must be in writing and signed by both parties.

12.2 Neither party is liable for delay caused by events beyond its reasonable control, including typhoons and failures of the public power grid, provided it informs the other party promptly.

Signed for the Customer: ____________    Signed for the Provider: ____________    Date: ____________

## SCHEDULE 1 - SITES AND SCOPE

| Site | Hotel | Rooms | Access points |
|---|---|---|---|
| 1 | Haiyue Grand Hotel, Siming, Xiamen | 320 | 410 |
| 2 | Haiyue Bay Hotel, Huli, Xiamen | 210 | 260 |
| 3 | Haiyue Gulangyu Inn, Xiamen | 86 | 110 |
| 4 | Haiyue Airport Hotel, Xiamen | 180 | 220 |
| 5 | Haiyue Jimei Hotel, Xiamen | 150 | 180 |
| 6 | Haiyue Tong'an Hotel, Xiamen | 120 | 150 |
| 7 | Haiyue City Hotel, Quanzhou | 200 | 240 |
| 8 | Haiyue Harbour Hotel, Quanzhou | 160 | 200 |
| 9 | Haiyue Jinjiang Hotel, Quanzhou | 140 | 170 |

Coverage level: at least -67 dBm and 50 Mbps per device in every guest room. Approved carriers: China Telecom and China Mobile local branches.

## SCHEDULE 2 - CHARGES

| Charge | Amount (CNY) |
|---|---|
| Monthly Charge, all nine Hotels | 52,000 per month |
| Monthly Charges over the Term (36 x 52,000) | 1,872,000 |
| Transition Charge (one-time) | 68,000 |
| Total contract value | 1,940,000 |

## SCHEDULE 3 - SERVICE LEVELS AND CREDITS

| Service level | Target | Credit if missed |
|---|---|---|
| Network availability per Site per month | 99.95% | 5% of that Site's share of the Monthly Charge for each 0.1 percentage point below target, up to 50% |
| Priority 1 response (Site or guest portal down) | 15 minutes | CNY 500 per 30 minutes late |
| Priority 1 restoration | 3 hours | CNY 1,000 per hour late |
| Priority 2 response (floor or function degraded) | 1 hour | CNY 200 per hour late |
| Guest complaint about Wi-Fi handled | same day | none |
"""

SRC["e05"] = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CAD-YN-2025-019

Provider: Cuscatlan Agro Data S.A. de C.V., Santa Tecla, La Libertad, Republic of El Salvador ("Provider").
Customer: Yunnan Pu'er Shanlan Coffee Co., Ltd., Simao District, Pu'er, Yunnan Province, PRC ("Customer").

Background: The Customer buys, processes and exports green coffee and imports specialty lots from Central America. It needs reliable market and origin data inside its own purchasing and risk systems. The Provider collects green coffee prices, differentials, origin weather, harvest progress and shipping information from Central and South America and delivers them through a data API. The parties agree as follows.

Clause 1. Definitions
1.1 "API" means the Provider's CoffeeLine REST application programming interface and the related data feeds.
1.2 "Data" means the prices, indices, differentials, weather observations, harvest reports, port and shipping schedules and other content delivered through the API.
1.3 "Customer Inputs" means the query parameters, watch lists, purchase contract details and positions that the Customer sends to the API or uploads to the Provider's portfolio tools.
1.4 "Subscription Year" means each of the two periods from 1 December to 30 November within the Subscription Term.
1.5 "Subscription Term" means 1 December 2025 to 30 November 2027.

Clause 2. Subscription
2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive right to access the API with up to three production keys and two test keys, and to use the Data internally in Pu'er and Kunming for purchasing, pricing, hedging and management reporting.
2.2 The plan is "Origin Pro", which includes daily price and differential data for eight origins, hourly weather observations for 140 growing regions, weekly harvest reports, vessel schedules for the main coffee export ports and the portfolio tools. The plan includes 600,000 API calls per Subscription Year.
2.3 The Customer may show the Data to its employees and auditors and may include it in internal reports. It may not resell the Data or publish it outside its group.
2.4 The Provider shall provide API documentation in English and Chinese, a test environment with sample data and at least thirty days' notice of any change that would break the Customer's integration. Deprecated API versions shall remain available for at least six months after notice.
2.5 The Customer may change the origins in its plan once per Subscription Year at no charge, provided the number of origins stays the same.

Clause 3. Fees
3.1 At the Customer's request all fees are in Chinese yuan (CNY) and include all applicable taxes.
3.2 Subscription fee: CNY 148,000 per Subscription Year, CNY 296,000 for the Subscription Term.
3.3 Onboarding and integration support (one-time): CNY 24,000, covering the connection of the API to the Customer's purchasing system, the mapping of contract fields and the training of six users.
3.4 Total contract value: CNY 320,000.
3.5 API calls above the included volume are charged at CNY 80 per 1,000 calls and invoiced quarterly in arrears.
3.6 The fees are fixed for the Subscription Term. The Provider may not introduce new charges for data sets already included in the plan, and any additional data set will be added only by a written amendment signed by both parties.

Clause 4. Invoicing and Payment
4.1 The subscription fee is invoiced quarterly in arrears, CNY 37,000 per quarter, payable within 30 days of invoice.
4.2 The onboarding fee is invoiced after the Activation Acceptance in Clause 5.3.
4.3 The Customer pays nothing before the production keys are activated.

Clause 5. Activation and Acceptance
5.1 The Provider shall issue production keys and complete onboarding by 25 November 2025 (the "Activation Date").
5.2 If activation is late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay, deducted from the first invoice.
5.3 Activation is accepted when: (a) all data sets in the plan are returned for every origin in the plan; (b) ten consecutive business days of prices reconcile with the Provider's published daily reports; (c) the integration with the Customer's purchasing system loads the daily data without manual work; and (d) the Customer's users have been trained. The Customer then signs an Activation Acceptance note. Receipt of keys alone is not acceptance.

Clause 6. Service and Support
6.1 The Provider will use commercially reasonable efforts to keep the API available and to publish the Data on its normal schedule, and will try to announce planned maintenance in advance.
6.2 The Customer may report problems by email or through the support portal. The Provider will respond to support requests promptly and will use reasonable efforts to correct errors in the Data once it becomes aware of them.
6.3 The Provider does not warrant that the API will be uninterrupted or that the Data will be free of errors, and no credits or refunds apply to interruptions or delays.

Clause 7. Customer Inputs and Use of Data
7.1 Customer Inputs remain the property of the Customer, and the Provider shall use them to provide the API and the portfolio tools.
7.2 The Provider may also use Customer Inputs, including purchase prices, volumes and origins, in aggregated and de-identified form, combined with inputs from other customers, to calculate and publish its market indices and to improve its products. This right continues after the end of this Agreement.
7.3 The Data and the Provider's databases remain the property of the Provider and its sources.

Clause 8. Data Security
8.1 The Provider shall protect Customer Inputs and the Customer's account data with industry-standard security measures, including encryption in transit and at rest, role-based access and logging, and shall store them in a data centre certified to ISO 27001.
8.2 The Provider shall notify the Customer within 48 hours of becoming aware of any unauthorised access to Customer Inputs, take steps to limit the harm and be responsible for the losses that its breach of this Clause causes to the Customer.
8.3 The Customer shall keep its API keys secure and shall inform the Provider at once if a key may have been disclosed.
8.4 On termination or expiry the Provider shall, at the Customer's choice, return or delete the Customer Inputs held in the portfolio tools and confirm deletion in writing within 30 days.

Clause 9. Intellectual Property
9.1 The integration code, field mappings, reports and models that the Customer or the Provider builds for the Customer on top of the Data belong to the Customer, which may use, modify and license them freely.
9.2 The Provider shall indemnify the Customer against claims that the API or the Data, used in accordance with this Agreement, infringe the rights of a third party.

Clause 10. Confidentiality
10.1 Each party shall keep confidential the other party's non-public information received under this Agreement and use it only for this Agreement. This duty lasts for three years after the end of the Subscription Term.

Clause 11. Liability
11.1 Neither party is liable for indirect loss or loss of profit, including trading losses from decisions taken on the basis of the Data.
11.2 Each party's total liability under this Agreement is limited to twice the total contract value, except for wilful misconduct and breach of Clauses 8 and 10.

Clause 12. Subcontracting
12.1 The Provider shall not subcontract the hosting, delivery or support of the API without the Customer's prior written consent. Its independent data sources are not subcontractors.

Clause 13. Term, Renewal and Termination
13.1 This Agreement ends at the end of the Subscription Term. Any renewal must be agreed in writing, with fees agreed at that time.
13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund any fees paid for the period after termination.
13.3 After termination or expiry the Customer may keep and continue to use, for internal purposes, Data already downloaded into its systems and reports made before that date.

Clause 14. Force Majeure
14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, war and failures of public telecommunication networks, if it notifies the other party promptly and resumes performance as soon as possible.

Clause 15. Governing Law and Disputes
15.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

Clause 16. General
16.1 This Agreement is the whole agreement of the parties on its subject. Changes must be in writing and signed by both parties. Notices may be given by email to the addresses below and are effective on receipt.

For the Provider: ____________________   Name / Title / Date
For the Customer: ____________________   Name / Title / Date
"""

NAMES = {
    "z01": ("h507z01_hrss_gig_market_platform.pdf", "zh", "software"),
    "z02": ("h507z02_brewery_filling_line_control_upgrade.docx", "zh", "hardware"),
    "z03": ("h507z03_fitness_chain_membership_saas.txt", "zh", "cloud"),
    "z04": ("h507z04_earthquake_bureau_network_om.txt", "zh", "services"),
    "z05": ("h507z05_mooncake_factory_wms_supplier_template.md", "zh", "software"),
    "e01": ("h507e01_aps_software_licence_costa_rica.pdf", "en", "software"),
    "e02": ("h507e02_dental_saas_order_form_panama.md", "en", "cloud"),
    "e03": ("h507e03_greenhouse_sensors_guatemala.docx", "en", "hardware"),
    "e04": ("h507e04_hotel_managed_network_belize.md", "en", "services"),
    "e05": ("h507e05_coffee_data_api_el_salvador.txt", "en", "cloud"),
}
G, S = "goods_or_licence", "service"
# terms in API order, then kind; extra; TCO design (fee base, fee per year) for goods
T = {
 "z01": dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20,
             acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
             auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
             governing_law="PRC", contract_kind=G),
 "z02": dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03, liability_cap_pct=50, prepayment_pct=20,
             acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
             auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
             governing_law="PRC", contract_kind=G),
 "z03": dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
             acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
             auto_renewal_price_increase=True, termination_for_breach=True, subcontract_without_consent=False,
             governing_law="PRC", contract_kind=S),
 "z04": dict(availability_pct=99.95, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
             acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
             auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
             governing_law="PRC", contract_kind=S),
 "z05": dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=50,
             acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28,
             auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
             governing_law=None, contract_kind=G),
 "e01": dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=14,
             acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
             auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
             governing_law="Costa Rica", contract_kind=G),
 "e02": dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=500 / 468400 * 100, liability_cap_pct=None,
             prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
             post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
             subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
 "e03": dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
             acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7,
             auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
             governing_law="PRC", contract_kind=G),
 "e04": dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=1500 / 1940000 * 100,
             liability_cap_pct=6 / 36 * 100, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
             termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
 "e05": dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=300 / 320000 * 100, liability_cap_pct=200,
             prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
             post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
}
VALUE = {"z01": 680000 + 860000 + 124000 + 36000, "z02": 1134000 + 216000 + 94000 + 18000, "z03": 3 * 156000 + 86000,
         "z04": 86 * 4800 + 186000 + 96000 + 48000, "z05": 780000 + 300000 + 48000, "e01": 588000 + 154000 + 386000 + 42000,
         "e02": 3 * 136800 + 58000, "e03": 672000 + 88000 + 14000, "e04": 36 * 52000 + 68000, "e05": 2 * 148000 + 24000}
EXPECT_VALUE = {"z01": 1700000, "z02": 1462000, "z03": 554000, "z04": 742800, "z05": 1128000, "e01": 1170000,
                "e02": 468400, "e03": 774000, "e04": 1940000, "e05": 320000}
FEE_BASE = {"z01": 680000, "z02": 1134000, "z05": 780000, "e01": 742000, "e03": 672000}
X = {k: dict(sla_clause=(k != "e05"), ld_stated=(k != "z05")) for k in T}
for k in T:
    if T[k]["contract_kind"] == G:
        X[k]["post_warranty_fee_capped"] = True
    X[k]["acceptance_deemed_on_delivery"] = (k == "z05")
    X[k]["contract_value"] = VALUE[k]
FOREIGN_FORUM = {"e01"}

DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-LIABILITY-CAP"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(k):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t = T[k]
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * FEE_BASE[k] * t["post_warranty_fee_pct"] / 100
    return fees / (VALUE[k] + fees) * 100


def derive_rules(k):
    t, x, r = T[k], X[k], set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x.get("post_warranty_fee_capped") or p > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(k)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or k in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---- threshold scan -------------------------------------------------------------------------------------------
ND = r"(?<![\d.])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
CN = "一二三四五六七八九十"
BAD = [
    ND + r"99\.9(?!\d)", r"ninety-nine point nine",
    ND + r"4\s*-?\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"(?<![十" + CN + r"])四\s*(?:个)?小时", r"\bfour[\s-]*hours?",
    ND + r"240\s*(?:分钟|minutes?)",
    ND + r"0\.05(?!\d)", r"万分之五(?![十百" + CN + r"])", r"千分之零点五",
    ND + r"100" + PCT, r"百分之百", r"one hundred" + PCT,
    ND + r"30" + PCT, r"百分之三十(?![" + CN + r"])", r"三成", r"thirty" + PCT,
    ND + r"12\s*(?:个月|months?|-month)", r"十二个月", r"(?<![十])一年", r"\btwelve[\s-]*(?:\(12\)\s*)?months?",
    r"\bone[\s-]*years?\b", ND + r"1\s*-?\s*years?\b",
    ND + r"15" + PCT, r"百分之十五", r"fifteen" + PCT,
    ND + r"40" + PCT, r"百分之四十(?![" + CN + r"])", r"四成", r"forty" + PCT,
    ND + r"5\s*-?\s*(?:年(?!度)|years?\b)", r"(?<![十" + CN + r"])五年", r"\bfive[\s-]*years?", ND + r"60\s*(?:个月|months?)",
    r"六十个月", r"\bsixty months",
]
BAD_RE = re.compile("|".join("(?:%s)" % b for b in BAD), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240分钟",
            "0.05%", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "一年", "twelve months", "one year", "12 months", "15%", "15 %", "百分之十五", "40%", "百分之四十", "四成",
            "5年", "五年", "five years", "60 months", "5 years", "thirty per cent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours",
             "130%", "0.30%", "1,115%", "Subscription Year", "25年", "百分之三十五", "二十四个月", "48小时", "0.5 hours",
             "0.055%", "99.5%", "5年度", "3 years", "12 months later"[3:]]


def self_test():
    for s in MUST_HIT:
        assert BAD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not BAD_RE.search(s), "must miss: %s -> %s" % (s, BAD_RE.search(s))


def scan(name, text):
    hits = []
    for label, t in (("raw", text), ("collapsed", re.sub(r"\s+", " ", text)), ("nows", re.sub(r"\s+", "", text))):
        for m in BAD_RE.finditer(t):
            hits.append((label, t[max(0, m.start() - 15):m.end() + 15]))
    assert not hits, (name, hits)


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(k):
    name, lang, cat = NAMES[k]
    return {"file": name, "language": lang, "category": cat, "expected_terms": T[k], "expected_extra": X[k],
            "expected_rules": derive_rules(k)}


def check_labels():
    thresholds = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
                  "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k in T:
        assert VALUE[k] == EXPECT_VALUE[k], k
        for key, th in thresholds.items():
            assert T[k][key] is None or abs(T[k][key] - th) > 1e-9, (k, key)
        s = tco_share(k)
        assert s is None or abs(s - 40) > 2, (k, s)
        assert derive_rules(k) == sorted(DESIGN[k]), (k, derive_rules(k), DESIGN[k])
    fired = set(r for k in T for r in derive_rules(k))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    counts = sorted(len(derive_rules(k)) for k in T)
    assert sum(1 for k in T if not derive_rules(k)) == 2
    assert sum(1 for k in T if 2 <= len(derive_rules(k)) <= 3) == 6
    assert len(derive_rules("z05")) >= 8 and derive_rules("e01") == ["CR-GOVERNING-LAW"]


def plain(src):
    return "\n".join(l.partition(":")[2] for l in src.splitlines() if l.strip())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    check_labels()
    bin_src, bin_tgt = {}, {}
    for k, (name, lang, cat) in NAMES.items():
        scan(k + " source", SRC[k])
        if name.endswith((".docx", ".pdf")):
            scan(k + " source text", plain(SRC[k]))
            bin_src[k], bin_tgt[k] = SRC[k], (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    write(bin_src, bin_tgt, OUT, wrap_words=True)
    for k, (name, lang, cat) in NAMES.items():
        text = read_back(OUT / name)
        scan(name, text)
        n = len(text) if lang == "zh" else len(text.split())
        nows = len(re.sub(r"\s", "", text))
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        rules = derive_rules(k)
        s = tco_share(k)
        print("%-52s %s %5d %s nows=%d risk=%s tco=%s %s" % (name, lang, n, "OK " if ok else "BAD", nows, risk(rules),
              None if s is None else round(s, 2), ",".join(r[3:] for r in rules) or "(none)"))
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
