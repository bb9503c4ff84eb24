"""holdout1025: builds the ten blind held-out draft contracts of this folder from the sources below, writes their
.json labels and checks them (lengths, threshold scan, labels against thresholds, rules derived from the labels
against the design list, coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市养犬管理服务平台建设项目合同
P:合同编号：LJGA-ZFCG-2026-0417
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市公安局
P:乙方（供应商）：临江宠安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就临江市养犬管理服务平台（以下简称“平台”）的软件许可与定制开发订立本合同。本合同采用甲方提供的合同文本，招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供养犬管理服务平台软件永久使用许可一套，包括犬只登记、年审、免疫信息、犬牌管理、流浪犬收容、执法处置和统计分析七个子系统，许可范围为甲方及其所属分局、派出所，不限用户数和终端数。
P:1.2 乙方按需求规格说明书完成定制开发：与农业农村部门的狂犬病免疫系统对接，与市民服务热线工单系统对接，开发犬主线上办证小程序，以及犬只电子标识芯片读取接口。
P:1.3 乙方负责平台在甲方指定的公安信息网及政务云环境中的部署、历史养犬数据迁移、系统联调和对甲方人员的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零陆万元整（¥2,060,000），其中：平台软件许可费¥1,180,000，定制开发费¥736,000，实施部署费¥118,000，培训费¥26,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、部署、数据迁移、培训、质保期内服务、税费及乙方为履行本合同发生的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后，甲方支付合同总价的45%。
P:3.3 平台终验合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署并提交初验申请，初验合格后进入为期三个月的试运行，试运行结束后十五日内组织终验。
P:4.2 乙方应在开工前提交实施方案、进度计划和人员名单，经甲方确认后执行；项目经理未经甲方同意不得更换。
P:4.3 乙方应在初验前完成对甲方系统管理员、各分局业务骨干和窗口工作人员的分批培训，培训不少于六期，并提供操作手册、管理员手册和培训视频。培训效果以甲方组织的上机考核为准，考核不合格的人员由乙方免费补训。
H:第五条 验收
P:5.1 初验标准：需求规格说明书列明的功能全部实现；历史数据迁移后经全量比对无差错；各接口连续十日稳定运行；在五百个并发用户下，常用查询响应时间不超过两秒；第三方安全测评机构出具合格报告。
P:5.2 终验标准：试运行期间未发生一级故障，二级故障均在约定时限内修复，问题清单全部关闭，技术文档与源代码交付完毕，并经甲方组织的验收小组书面确认。
P:5.3 平台上线运行、甲方实际使用或甲方付款，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为三年，自终验合格之日起算。质保期内乙方免费提供软件修复、版本升级、远程和现场技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），且该价格在质保期满后两年内不得上调。维护服务另行签订合同，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告；国家或本省养犬管理政策调整导致业务规则变化的，乙方应在三十日内完成相应的配置调整，不另收费。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 一级故障（平台整体不可用或核心业务无法办理）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、次日内修复；一般问题在三个工作日内解决。
P:7.3 响应或修复每超时一小时，甲方扣减¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。上述款项从尾款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 定制开发成果（包括小程序、接口程序、源代码、数据库设计和技术文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.2 平台通用软件的知识产权仍归乙方所有，甲方享有第一条约定的永久使用许可。乙方保证所交付的软件不侵犯第三方权利。
H:第九条 数据安全
P:9.1 平台数据（包括犬主个人信息、犬只信息、免疫记录和执法记录）均属甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及公安机关的相关规定，落实等级保护第三级要求；运维人员须通过堡垒机访问，禁止将数据拷贝出甲方网络。
P:9.3 发生数据泄露或安全事件的，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成的损失及行政处罚由乙方全部承担。
P:9.4 合同终止或质保期满时，乙方应删除其因运维可能持有的全部甲方数据副本，并向甲方出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的警务信息、网络架构、账号口令及甲方的其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其泄密行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成初验或终验的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合约定的，应负责修复或更换，并赔偿甲方由此遭受的损失。
P:11.3 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，终验合格后转为质保金；质保期满且无未了责任的，甲方在十五个工作日内无息退还。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，也不得将任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收款项中未履行部分的价款并赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:13.3 合同解除后，乙方应在十五日内移交已完成的开发成果、源代码、技术文档及全部平台数据，并配合甲方完成系统切换。
H:第十四条 适用法律与争议解决
P:14.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 附件：需求规格说明书、分项报价表、验收方案、保密承诺书。
P:15.3 双方的通知应以书面形式送达本合同首部所列地址；一方变更地址的，应提前五日书面通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：临江市公安局        乙方（盖章）：临江宠安信息技术有限公司
P:签订日期：2026年   月   日
"""

Z02 = """T:蒸烤箱生产线控制系统改造合同
P:合同编号：BL-SB-2026-112
P:甲方（买方）：佛山市焙乐电器制造有限公司
P:乙方（卖方）：广东智控自动化工程有限公司
P:甲方为提升蒸烤箱总装线、老化测试线的自动化水平，委托乙方对其四条生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责甲方一号至四号生产线控制系统的改造，包括PLC控制柜更换、人机界面升级、伺服与变频驱动更换、老化测试工位温控模块、产线数据采集网关及SCADA监控软件的供货、安装、编程、调试和培训。
P:1.2 乙方应根据甲方的产品工艺，定制开发PLC控制程序和上位机监控画面，实现蒸汽发生器压力、腔体温度、门体密封检测等工序的自动判定与数据追溯。
P:1.4 乙方负责拆除旧控制柜及线缆，按甲方要求分类整理后交还甲方，并负责现场的清理和恢复。
P:1.3 改造须利用甲方的计划停线时间分线实施，每条线的停线切换时间不得超过七十二小时。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾壹万元整（¥1,810,000），分项价格见下表。
TB:序号|项目|规格及数量|金额（元）
TB:1|PLC控制柜改造|西门子S7-1500系列，8套|468,000
TB:2|工业触摸屏人机界面|15英寸，24台|168,000
TB:3|伺服与变频驱动|伺服驱动器36套，变频器20台|296,000
TB:4|老化测试工位温控模块|96路温度与压力采集|214,000
TB:5|产线数据采集网关|16台|86,000
TB:6|SCADA监控软件许可|永久许可，四条线不限点数|236,000
TB:小计|软硬件小计||1,468,000
TB:7|PLC程序及监控画面定制开发|四条线|142,000
TB:8|安装调试（含停线切换）|四条线|176,000
TB:9|操作与维护培训|两期|24,000
TB:合计|||1,810,000
P:2.2 上述价格为含税固定总价，包括设备、软件、运输、保险、安装调试、培训及质保期内的全部服务费用。
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方凭乙方开具的收据支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的45%。到货签收及安装完毕仅表示数量核对无误，不视为质量验收。
P:3.3 四条生产线全部通过终验后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后四十五日内完成全部设备到货，并在甲方通知的停线窗口内依次完成各线改造。全部改造应在合同生效后一百二十日内完成。
P:4.2 乙方应派驻具有电气工程师资格的项目经理常驻现场，实施期间遵守甲方的安全生产和动火作业管理制度。
P:4.3 乙方应在每条线停线切换前五日提交切换方案和回退方案，经甲方生产部门书面确认后方可实施；切换失败的，乙方应立即按回退方案恢复原有系统，保证甲方按计划复产。
P:4.4 乙方所供设备应为原厂全新产品，附有合格证、装箱单和原厂质保证明；设备到货时双方共同开箱清点，发现短缺或损坏的，乙方应在七日内补齐或更换。
H:第五条 验收
P:5.1 每条线改造完成后，双方按验收方案进行单线验收：各工位动作符合工艺要求；腔体温度控制偏差不超过正负二摄氏度；连续生产七十二小时无因控制系统导致的停线；数据采集完整并能追溯到每台产品的序列号。
P:5.2 四条线单线验收全部合格并连续稳定运行三十日后进行终验，由甲方生产、设备和质量部门共同签署终验报告。
P:5.3 任何一项指标不合格的，乙方应在七日内整改并重新验收；甲方在试生产中使用改造后的产线，不视为验收合格。
P:5.4 乙方应在终验前向甲方移交电气原理图、接线图、PLC程序及监控画面源文件、参数清单、操作及维护手册各两套，以及电子版一套。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供产线控制系统年度维保服务，包括定期巡检、备件更换、程序优化和软件升级。年度维保费为软硬件小计的28%，即每年人民币411,040元，该费用在质保期满后三年内固定不变，按年签订维保协议，不自动续期。
P:6.3 质保期和维保期内，一级故障（整线停机）乙方应在30分钟内响应、2小时内到场；二级故障（单工位故障）2小时内响应、当日到场。每超时一小时，乙方向甲方支付800元。
P:6.4 质保期内乙方每半年对四条生产线的控制系统进行一次预防性巡检，并提交巡检报告和备件更换建议；乙方应在甲方所在地设立备件库，常用备件的储备清单作为本合同附件。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的PLC程序、监控画面、配方管理模块及其源程序的知识产权归甲方所有，甲方有权自行修改或委托他人修改。
P:7.2 SCADA软件及设备内置软件的知识产权归其权利人所有，甲方享有永久使用权。
P:7.3 乙方保证所供设备和软件不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全与保密
P:8.1 生产数据、工艺参数和产品配方均属甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方应将改造后的控制网络与办公网络隔离；远程维护须经甲方逐次审批，并在甲方的审计记录下进行。发生数据泄露或网络安全事件的，乙方应在两小时内通知甲方，并对因其原因造成的损失承担赔偿责任。
P:8.3 双方对在履行本合同过程中知悉的对方技术秘密和商业秘密负有保密义务，该义务在合同终止后三年内继续有效。
P:8.4 乙方人员不得在甲方的控制系统上安装与本项目无关的软件，不得使用未经查杀的移动存储介质。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 因乙方原因导致甲方停线超出约定时间的，乙方应赔偿甲方的直接损失。
P:9.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成的损失除外。
P:9.4 乙方交付的设备或软件存在缺陷、经两次维修仍不能正常运行的，甲方有权要求乙方更换同型号新品，由此产生的费用由乙方承担。
H:第十条 分包
P:10.1 乙方不得转包本合同。电缆敷设等辅助工作如需分包，须事先取得甲方的书面同意，乙方对分包方的行为承担连带责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:11.2 因不可抗力导致本合同无法履行的，受影响一方应在三日内通知对方，并在十日内提供证明，双方协商延期履行或解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交佛山仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:13.2 本合同附件包括技术协议、设备清单、验收方案及备件储备清单，附件与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:13.3 乙方人员在甲方厂区内应遵守甲方的安全生产制度，因乙方人员违章作业造成的人身伤害和财产损失由乙方承担。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：2026年   月   日
"""

Z03 = """约课与会员管理系统订阅服务合同

合同编号：MD-IT-2026-031

甲方：上海墨点插画艺术培训有限公司（含其经营的三十家直营门店）
乙方：杭州约课云科技有限公司

甲方在上海、苏州、杭州等地经营三十家插画培训直营门店，现采购乙方的约课与会员管理系统订阅服务及实施服务。双方依据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供约课与会员管理系统（以下简称“系统”）的订阅服务，包括课程排期、学员预约与签到、课时包与会员卡管理、储值与退费、作品集档案、家长端小程序、门店业绩报表等功能。
2. 订阅范围为甲方三十家门店（每店含五个教师账号、两个前台账号）及总部管理模块（跨店调课、统一会员、财务对账、营销活动）。
（二）实施服务
1. 乙方负责系统初始化配置、课程体系和价格体系的录入、原有会员数据（约两万六千名学员）及剩余课时的迁移、小程序的配置与上线。
2. 乙方为各门店店长、前台和教师提供分批培训，并编制操作手册。
（三）运营支持
1. 上线后首个月内，乙方安排专人驻场协助总部和试点门店使用系统，并每周召开一次上线复盘会。
2. 乙方应根据甲方的营销活动需要，配合完成拼团、体验课和转介绍等活动的配置，每个服务年度不少于二十次，不另收费。

二、服务期限
（一）本合同的服务期为两个服务年度。首个服务年度自系统上线验收合格之日起算，第二个服务年度自首个服务年度届满次日起算。
（二）服务期满前三十日内任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其当时的价格政策调整订阅单价，并于续期开始前十五日通知甲方，甲方未提出异议的视为同意。
（三）服务期内甲方可随时登录管理后台查看各门店的使用情况和系统运行状态。

三、费用与支付
（一）费用构成
1. 门店版订阅费：每店每个服务年度人民币5,800元，三十家门店合计每个服务年度174,000元。
2. 总部管理模块订阅费：每个服务年度46,000元。
3. 实施费：一次性68,000元。
4. 本合同两个服务年度的总价为人民币508,000元（订阅费440,000元，实施费68,000元）。
（二）支付方式
1. 实施费在系统上线验收合格后十五日内一次性支付。
2. 订阅费按季度支付，每季度结束后十日内乙方出具该季度账单及可用率报告，甲方核对无误后十五日内付款。
3. 甲方在系统上线验收前无需支付任何款项。乙方每次收款前应开具增值税普通发票。
4. 双方对账单有异议的，应在收到账单后七日内提出，无异议部分按期支付。
（三）订阅期间甲方新开门店的，按每店每个服务年度5,800元的单价按实际服务月份折算增加费用；门店关闭的，自次月起相应减少费用。上述调整不计入本合同总价。

四、上线与验收
（一）乙方应在合同签订后四十日内完成配置和数据迁移，系统具备全部门店上线条件。
（二）上线验收标准：会员、课时和储值余额迁移后逐店核对一致；约课、签到、消课和退费流程在三家试点门店连续运行十日无差错；小程序在高峰时段（周六上午）页面响应时间不超过两秒；甲方书面签署上线验收单。
（三）未经甲方签署上线验收单，系统试运行或甲方门店实际使用均不视为验收合格。
（四）因乙方原因迟延上线的，每迟延一日，乙方向甲方支付违约金400元。
（五）乙方应在上线前提交数据迁移方案和数据核对报告，迁移过程中发现原有数据错误的，应列出清单交甲方确认后处理，不得擅自修改。
（六）上线验收合格后，乙方应将系统管理员账号移交甲方，并协助甲方完成各门店账号和权限的分配。

五、服务水平
（一）系统月度可用率不低于99.5%，乙方提前二十四小时通知的夜间维护时段除外。
（二）一级故障（全部门店无法约课或签到）乙方应在30分钟内响应、两小时内恢复；二级故障（单店或单一功能异常）应在一小时内响应、当日解决。
（三）月度可用率低于约定值的，每低于0.1个百分点，乙方按当月订阅费的百分之三给予服务费抵扣；一级故障响应超时的，每次抵扣500元。抵扣金额在下一季度账单中扣除。
（四）乙方提供工作日九点至二十一点的在线客服和电话支持，周末及节假日提供值班支持。
（五）乙方每季度向甲方提交服务报告，内容包括可用率、故障记录和处理结果。
（六）乙方进行系统升级的，应提前五日通知甲方，升级不得影响已约定的功能，升级后出现的问题按故障等级处理。

六、数据与安全
（一）甲方及其学员、家长在系统中产生的数据（包括个人信息、课时记录、作品图片和交易记录）均属甲方所有。乙方仅为向甲方提供本合同约定的服务而处理上述数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应遵守《个人信息保护法》，将数据存储于中国境内的服务器，采取加密存储、访问权限控制和操作日志审计等安全措施。
（三）发生数据泄露等安全事件的，乙方应在两小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后彻底删除，并出具删除证明。
（五）乙方应每年委托具备资质的第三方机构对系统进行一次安全测评，并向甲方提供测评结论；系统须完成网络安全等级保护第二级以上的备案。

七、知识产权
（一）系统及其云平台的知识产权归乙方所有。
（二）乙方为甲方定制的课程体系配置、报表模板、小程序页面设计和品牌素材，其知识产权归甲方所有，甲方可自由使用、修改。
（三）乙方保证系统及其提供的素材不侵犯第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担赔偿责任。

八、保密
双方对在合作中知悉的对方商业秘密（包括甲方的学员名单、课程定价、门店经营数据）负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。乙方应要求其接触甲方数据的员工签署保密承诺，并对员工的泄密行为承担责任。

九、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方的书面同意。

十、合同解除
（一）乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。
（二）系统连续两个月可用率低于约定值的，甲方有权解除本合同。
（三）合同解除或服务期满不再续约的，乙方应继续提供不少于三十日的过渡服务，保证甲方门店正常约课和消课，直至数据迁移至甲方指定的系统。

十一、不可抗力
因地震、台风、公共卫生事件等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失；不可抗力持续超过三十日的，双方可协商解除合同。

十二、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方住所地人民法院起诉。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括功能清单、服务水平说明、数据迁移方案及门店清单，与本合同具有同等效力。双方的通知以书面或电子邮件方式送达本合同所列联系人。

甲方（盖章）：                    乙方（盖章）：
日期：2026年   月   日
"""

Z04 = """清源市公安局电子警察系统运维服务合同

项目编号：QYCG-2026-CS-0388（竞争性磋商）

甲方（采购人）：清源市公安局
乙方（成交供应商）：清源市恒安智能交通工程有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方的响应文件和成交通知书，甲乙双方就清源市电子警察系统运维服务事项，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：全市186个电子警察点位（含闯红灯、违停、不礼让行人抓拍设备）及配套的补光灯、检测器、杆件、机柜和传输设备，电子警察集成管理平台及其服务器、存储设备。
（二）服务内容：前端设备的日常巡检、清洁校准和故障维修；平台的运行监控、数据备份、补丁更新和性能优化；通信链路的维护与协调；备品备件的储备和更换；违法数据上传异常的排查。
（三）乙方应建立运维值班制度，配备不少于十二名专职运维人员，其中平台工程师不少于三名。
（四）乙方应建立运维台账，对每个点位的设备型号、安装时间、维修记录和备件更换情况进行登记，并在服务期满时移交甲方。
（五）乙方应配备高空作业车、专用检测仪器和备用通信设备，满足故障处置的需要。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；后续服务由甲方依法重新采购。
乙方应在服务期开始前十五日内完成与原运维单位的交接，清点设备状况并形成交接清单，经甲方确认后作为服务起始状态的依据。

第三条 合同价款
（一）合同总价为人民币壹佰壹拾陆万肆仟元整（¥1,164,000），其中：前端点位巡检维护费781,200元（每点位每年4,200元），平台运维费168,000元，备品备件费142,800元，通信链路维护费72,000元。
（二）合同总价为固定价格，包含人工、交通、工具、备品备件、税费及乙方履行本合同所需的全部费用。
（三）服务期内新增点位纳入运维范围的，按每点位每年4,200元的单价按实际服务月份折算，由双方另行签订补充协议。

第四条 付款方式
（一）合同价款按季度支付，每季度支付合同总价的四分之一。
（二）每季度结束后十日内，乙方提交季度运维报告，甲方组织季度考核；考核合格后，甲方在二十个工作日内支付该季度费用，考核扣减的款项从当季费用中扣除。
（三）甲方不支付预付款。
（四）乙方应在每次收款前开具合法有效的发票，甲方按财政资金支付程序办理付款。

第五条 服务水平
（一）故障分级：一级故障指平台整体中断或同一路口全部抓拍设备失效；二级故障指单台抓拍设备或单条链路失效；三级故障指图像质量下降、时钟偏差等一般问题。
（二）响应时限：一级故障乙方应在接报后6小时内响应并到场处置，二十四小时内修复；二级故障在接报后八小时内到场，四十八小时内修复；三级故障在三个工作日内处理完毕。
（三）乙方每月对全部点位巡检一次，每季度对抓拍设备进行一次校准，并在雨季和冬季前进行专项检查。
（四）响应或修复超过上述时限的，每超时一小时，甲方从当季费用中扣减500元；同一点位一个季度内重复发生同类故障三次以上的，另扣减2,000元。
（五）乙方应在市区设立备件库，常用备件储备不少于点位设备总数的百分之五，并保持账物相符。
（六）遇重大活动、恶劣天气等情况，乙方应按甲方要求安排专人值守，并在事后两日内提交保障报告。
（七）乙方应每日对平台运行状态和数据上传情况进行检查，发现异常及时处理并记录。

第六条 考核与验收
（一）季度考核标准：巡检和校准记录完整；各级故障均按时修复；抓拍图片清晰可辨、时间误差不超过一秒；违法数据按规定时限上传；季度报告内容真实完整。
（二）服务期满后，甲方依据四个季度的考核结果和乙方提交的年度运维总结进行年度验收，出具验收意见。
（三）季度考核得分低于八十分的为不合格，乙方应在十日内提交整改报告；考核办法和评分细则见本合同附件。
（四）甲方可根据工作需要对运维情况进行不定期抽查，抽查结果计入当季考核。

第七条 甲方的权利和义务
（一）甲方有权对乙方的运维工作进行监督检查，并有权要求乙方更换不称职的人员。
（二）甲方负责协调交通管制、供电和通信运营商等外部单位，为乙方提供必要的工作条件。
（三）甲方应按约定及时支付合同价款，并为乙方人员进入机房和平台提供必要的授权。

第八条 数据安全
（一）电子警察系统采集的过车数据、违法图片、视频和平台日志均属甲方所有，乙方不得复制、留存、泄露或用于运维以外的任何用途。
（二）乙方人员须经甲方背景审查后方可上岗，平台运维须通过甲方指定的运维审计系统进行，严禁使用外接存储介质和私自开设远程通道。
（三）发生数据泄露、篡改或网络安全事件的，乙方应立即处置并在一小时内报告甲方；因乙方原因造成的全部损失和法律责任由乙方承担。
（四）服务期满或合同解除时，乙方应交回全部账号、门禁卡和运维工具，删除其持有的全部数据副本，并出具书面确认。

第九条 保密
乙方对在服务中接触的警务工作秘密、点位布设、网络拓扑和账号口令等信息负有保密义务，不得向任何第三方披露；保密义务不因合同终止而解除。乙方应与全部运维人员签订保密协议。乙方运维人员离岗的，乙方应及时收回其账号权限，并书面告知甲方。

第十条 知识产权
乙方在服务期内编制的巡检记录、运维手册、配置文档和脚本，其全部权利归甲方所有，服务期满时一并移交甲方。乙方保证其提供的运维工具和软件不侵犯第三方的知识产权。

第十一条 辅助工作的委托
乙方可将外场杆件维修、管道疏通、高空作业车租赁等辅助工作交由具备相应资质的第三方实施，但应提前三个工作日书面告知甲方，并对第三方的工作质量和安全负责。

第十二条 违约责任
（一）乙方未按约定日期进场或未按时提交季度运维报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不到位导致违法数据大量丢失或设备损坏的，乙方应负责恢复并赔偿甲方的损失。
（三）乙方人员在道路上作业时，应按规定设置安全警示标志，因乙方原因造成的交通事故、人身伤害或第三方损失由乙方承担。
（四）乙方在服务期内更换项目负责人或平台工程师的，应提前十日书面告知甲方并征得同意。

第十三条 合同解除
乙方连续两个季度考核不合格，或有其他严重违约行为，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务情况结算费用。因不可抗力致使合同无法继续履行的，双方均可解除合同，并按实际服务情况结算。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议期间，除争议事项外，双方应继续履行本合同的其他条款。

第十五条 其他
（一）磋商文件、响应文件、成交通知书及服务承诺为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方的通知以书面形式送达本合同所列地址。

甲方（盖章）：清源市公安局          乙方（盖章）：清源市恒安智能交通工程有限公司
签订日期：2026年   月   日
"""

Z05 = """# 云匠工序通软件销售及定制开发合同

（乙方标准合同文本 V3.0）

合同编号：YJ-XS-2026-0716

甲方：嵊州市竹韵鸟笼工艺工作室

乙方：绍兴云匠软件科技有限公司

甲方因竹编鸟笼制作的工序管理需要，向乙方购买“云匠工序通”软件使用许可并委托乙方进行定制开发。双方经协商一致，依据《中华人民共和国民法典》签订本合同，以资共同遵守。

## 第一条 合同标的

1. 乙方向甲方提供“云匠工序通”工序追踪软件（标准版）的永久使用许可，许可用户数为八个，安装于甲方自备的服务器和移动终端。
2. 乙方按双方确认的需求清单进行定制开发，主要内容为：竹料批次登记（产地、砍伐时间、蒸煮和防霉处理记录）；破篾、拉丝、编织、打磨、上漆、阴干等工序的扫码报工；每只鸟笼从竹料到成品的追溯档案；订单进度查询小程序；手工艺人计件工资统计。
3. 乙方负责软件部署、基础数据初始化和对甲方人员的操作培训。
4. 本合同所称定制开发，以双方签字确认的需求清单为准；需求清单以外的功能，不属于本合同的开发范围。
5. 软件支持安卓手机扫码报工，并提供微信小程序供甲方的客户查询订单进度；扫码枪和标签打印机的型号以乙方推荐清单为准。

## 第二条 合同价款

本合同总价为人民币壹拾贰万柒仟陆佰元整（¥127,600），明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 工序通软件许可 | 标准版，永久许可，八用户 | 46,000 |
| 2 | 定制开发 | 竹料批次、工序报工、追溯档案、小程序、计件统计 | 72,000 |
| 3 | 部署实施及培训 | 现场两次，远程不限 | 9,600 |
| | 合计 | | 127,600 |

上述价格含增值税，不含甲方自备的服务器、扫码枪、手机及标签打印机。

乙方提供的标签耗材、短信通知和云备份服务另行计费，不包含在本合同价款内。乙方上门服务超过合同约定次数的，按每人每天一千二百元另行收取差旅及服务费用。

## 第三条 付款方式

1. 本合同签订后五个工作日内，甲方向乙方支付合同总价的60%，即人民币76,560元。
2. 软件部署完成后五个工作日内，甲方支付剩余的合同价款，即人民币51,040元。
3. 甲方逾期付款的，乙方有权暂停开发、部署或技术支持，由此导致的工期延误由甲方承担。
4. 乙方收款后向甲方开具增值税普通发票。甲方需要增值税专用发票的，应在付款前提供开票信息。

## 第四条 交付与验收

1. 乙方在收到首笔款项后六十个工作日内完成定制开发和软件部署。因需求变更、甲方未按时提供资料或其他非乙方原因导致延期的，交付期限相应顺延。
2. 软件在甲方环境中部署完成、乙方向甲方发出部署完成通知之日，即视为甲方验收合格。
3. 甲方在部署完成后提出的修改要求，属于需求变更的，由双方另行协商费用。
4. 甲方应指定一名联系人负责需求确认、资料提供和现场协调，并在乙方要求的时间内提供竹料批次、工序名称、计件单价等基础资料。
5. 乙方根据甲方提供的资料进行基础数据初始化；资料不准确造成的数据错误，由甲方自行修正。
6. 乙方交付的软件包括安装程序、小程序发布版本和操作手册电子版，不包括源代码。

## 第五条 免费维护与后续服务

1. 乙方自部署完成之日起向甲方提供六个月的免费维护，包括软件缺陷修复和操作咨询。
2. 免费维护期内，乙方通过电话、微信及远程协助方式提供技术支持，并尽商业上合理的努力解决甲方反馈的问题。
3. 免费维护期满后，甲方如需继续获得维护服务和版本升级，应按乙方当年公布的服务价格标准购买年度维护服务。乙方有权根据市场情况调整服务价格。
4. 免费维护不包括：甲方硬件设备的维修；因甲方网络、电力或操作不当引起的问题；甲方新增的功能需求；第三方软件的问题。
5. 乙方会不定期发布软件更新，甲方可在免费维护期内免费升级至最新版本。
6. 技术支持服务时间为工作日九点至十八点，节假日期间乙方安排值班人员在线答复。

## 第六条 知识产权

1. 工序通软件及乙方为本合同定制开发的全部程序、小程序、数据库结构、文档及其源代码，知识产权均归乙方所有。
2. 甲方在本合同约定的范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，不得转让或许可他人使用。
3. 乙方有权将定制开发形成的功能模块用于其他客户或纳入乙方的标准产品。
4. 甲方可以在其业务范围内使用软件生成的报表和追溯档案，但不得以任何方式将软件或其任何部分提供给第三方使用。

## 第七条 数据

1. 甲方在软件中录入和产生的业务数据归甲方所有。
2. 甲方同意，乙方可以在对数据进行脱敏处理后，将其用于改进乙方产品、开发行业模型和编制手工艺行业分析报告。
3. 乙方对其可接触的甲方数据采取访问权限控制、传输加密和定期备份等安全措施，仅允许经授权的技术人员访问；发生数据泄露的，乙方应在知悉后二十四小时内通知甲方并协助处置，因乙方过错造成的损失由乙方依法承担。
4. 甲方应自行做好服务器数据的日常备份。因甲方未备份造成的数据丢失，乙方不承担责任。

## 第八条 保密

双方对因本合同知悉的对方技术信息和经营信息（包括甲方的工艺诀窍、客户名单和产品价格）负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。甲方不得将软件截图、操作手册或乙方提供的技术资料提供给乙方的竞争对手。

## 第九条 责任

1. 任何一方违反本合同约定的，应承担相应的违约责任。
2. 乙方不对甲方的间接损失、利润损失、数据丢失或业务中断承担责任。
3. 因甲方使用不当、擅自修改或硬件故障造成的问题，乙方不承担责任。
4. 因甲方原因导致交付延期的，乙方有权要求甲方支付由此增加的人工费用。

## 第十条 合同解除

一方严重违反本合同，经对方书面通知后十五日内仍未改正的，守约方可以书面通知解除本合同。合同解除的，甲方已支付的款项不予退还，但乙方已收款项明显超过已完成工作价值的除外。

## 第十一条 不可抗力

因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。不可抗力包括自然灾害、政府行为、网络运营商故障、第三方云服务中断及其他不能预见、不能避免、不能克服的情况。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

1. 本合同一式两份，双方各执一份，经双方签字盖章后生效。
2. 本合同为乙方标准文本，未尽事宜以乙方官方网站公布的服务条款为准。
3. 双方往来的通知可采用微信、电子邮件或书面形式，发出后即视为送达。
4. 本合同附件包括需求清单、报价单和培训计划，附件与本合同正文不一致的，以正文为准。

## 第十四条 特别提示

1. 甲方在签署本合同前已仔细阅读全部条款，对乙方加粗提示的责任限制和免除条款已充分理解并同意。
2. 本合同的任何修改须经双方书面确认；乙方官方网站公布的服务条款更新后，乙方将在网站上公告。

甲方（盖章）：                    乙方（盖章）：绍兴云匠软件科技有限公司

日期：2026年   月   日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ARS-CN-2026-019
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrui Precision Auto Parts Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer"), and Allegheny Ridge Software, Inc., a Maryland corporation with its principal office at Main Street, Frostburg, Maryland, United States (the "Vendor").
P:The Customer wishes to license the Vendor's QualiTrack quality management software for its three plants and to engage the Vendor to implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrack quality management software in object code, including the modules for document control, supplier quality, nonconformance and corrective action, calibration, audit management and statistical process control, and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the reports, workflows, interfaces, migration scripts and configuration developed by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including inspection records, supplier data and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China for the internal business purposes of the Customer and its affiliates, for up to 350 named users and three plants.
P:2.2 The Customer may make copies of the Software reasonably needed for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except as permitted by applicable law.
P:2.3 Additional users may be licensed at the unit price stated in Article 3.2, which will remain fixed for three years after the Effective Date.
H:Article 3 Fees
P:3.1 The total price of this Agreement is CNY 1,860,000 (the "Contract Price"), inclusive of applicable taxes, made up of: Licence Fees CNY 1,240,000; implementation and configuration services CNY 486,000; data migration CNY 96,000; and training CNY 38,000.
P:3.2 The unit price for each additional named user is CNY 3,400.
P:3.3 The Contract Price is a fixed price. It covers all work, travel and expenses needed to achieve Final Acceptance and the warranty services under Article 6.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within thirty days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price after the Software has been installed, configured and has passed the system test described in Article 5.1.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:4.4 Each payment is due within thirty days after the Customer receives a correct invoice. Payments are made in CNY by bank transfer to the account of the Vendor's authorised agent in Shanghai named in the invoice.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall deliver the implementation in accordance with the project plan attached as Schedule A. The system test must show that all functions listed in the functional specification work as described, that the interfaces with the Customer's ERP and measuring equipment exchange data without error, and that standard reports return within three seconds for 150 concurrent users.
P:5.2 After the system test the Software shall run in live production at all three plants for sixty days. During that period no Severity 1 defect may remain unresolved, all migrated records must reconcile with the legacy system, and the Customer's key users must confirm that the calibration and corrective action workflows operate as specified.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met, the Customer shall sign a Final Acceptance certificate within ten business days. Use of the Software in production, or any payment, does not by itself constitute acceptance.
P:5.4 If the Software fails any criterion, the Vendor shall correct the failure at its own cost and the relevant test shall be repeated.
P:5.5 The Vendor shall deliver the user manuals, administrator guides, interface specifications and a configuration workbook describing every setting made for the Customer, in English and Chinese, no later than the start of the live production period.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide corrections, updates, new releases and technical support free of charge.
P:6.2 Severity 1 means a failure that stops the use of a core module at any plant. The Vendor shall respond to a Severity 1 report within one hour, at any time of day, and shall work continuously until a fix or workaround is in place. Severity 2 reports shall receive a response within eight business hours.
P:6.3 For every full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 1,500 against the next payment or support fee.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fees, that is CNY 136,400 per year, and the Vendor shall not increase it during the first three years of support. Support is ordered by the Customer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables without restriction.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics or product development.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and session logging, shall not copy Customer Data outside the Customer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, shall cooperate in the investigation and remediation, and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.
P:9.2 These obligations continue for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Final Acceptance is delayed beyond the date in Schedule A for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement of intellectual property rights, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties. The licence in Article 2 survives any termination except termination by the Vendor for non-payment of the Licence Fees.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after written notice, or if the liquidated damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the fees paid for services not accepted.
P:12.3 Either party may terminate this Agreement if the other party becomes insolvent or ceases to do business.
P:12.4 On any termination the Vendor shall return or delete Customer Data as instructed by the Customer.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of the State of Maryland, United States, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 The parties submit to the exclusive jurisdiction of the state and federal courts located in Allegany County, Maryland, for any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 Notices shall be in writing and sent to the addresses stated above. This Agreement, with its Schedules, is the entire agreement of the parties and may be amended only in writing signed by both parties.
P:14.2 This Agreement is executed in English in two originals.
P:14.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over its business.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — SafeHarbor EHS Cloud

Order Form No. ACS-OF-2026-0588

## Part A — Order Form

### A1. Parties

**Customer:** Nanjing Jinhe Chemical Distribution Co., Ltd., Jiangbei New Area, Nanjing, Jiangsu Province, People's Republic of China.

**Provider:** Appomattox Cloud Systems, LLC, a Virginia limited liability company, Main Street, Farmville, Virginia, United States, acting for the China service through its hosting and support arrangements described in Part B.

### A2. Subscribed Service

The SafeHarbor EHS Cloud service (the "Service"): incident and near-miss reporting, hazardous chemicals inventory, permit-to-work, inspections and audits, corrective actions, training records and an EHS dashboard, for 420 named users at the Customer's head office, two warehouses and the Lianyungang terminal, with the mobile inspection app and one non-production sandbox.

### A3. Subscription Term

Two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A5; the second starts on its first anniversary. The Order Form ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total (CNY) |
|---|---|---|---|
| Platform subscription | 420 named users | 268,000 | 536,000 |
| Mobile inspection app | all named users | 64,000 | 128,000 |
| Sandbox environment | one instance | 18,000 | 36,000 |
| Onboarding services | one-time | — | 56,000 |
| **Total Fees for the Subscription Term** | | | **756,000** |

All amounts include VAT. Additional named users may be added at CNY 640 per user per Subscription Year, pro rata; these additions are outside the Total Fees.

### A5. Onboarding and Acceptance

The Provider shall configure the Service, load the Customer's chemicals master data and historical incident records, set up single sign-on with the Customer's directory, and train twenty key users, within fifty days after signature. The Provider shall appoint a bilingual project manager for onboarding and hold a weekly progress call with the Customer. Onboarding Acceptance requires that (a) all migrated records reconcile with the Customer's source files, (b) each of the workflows listed in the onboarding plan completes end to end in a test run witnessed by the Customer, and (c) the mobile app works offline at the terminal and synchronises without data loss. The Customer signs an acceptance note when the criteria are met; use of the Service before that note is not acceptance. If Onboarding Acceptance is late for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay.

### A6. Invoicing and Payment

The onboarding fee is invoiced after Onboarding Acceptance. The subscription fees for each Subscription Year are invoiced at the start of that Subscription Year. The Customer pays each correct VAT invoice within thirty days by bank transfer in CNY to the Provider's designated collection account in Shanghai.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means data submitted to the Service by or for the Customer, and data generated in the Service from it, including personal information of the Customer's employees and contractors.

1.2 "Customer Configurations" means the forms, workflows, report templates and dashboards configured for the Customer during onboarding or later at its request.

1.3 "Subprocessor" means any third party that hosts, processes or supports the Service on the Provider's behalf.

### 2. The Service

2.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with this Order Form and the documentation.

2.2 The Provider may improve the Service from time to time, but shall not materially reduce the functions described in A2 during the Subscription Term.

2.3 The Provider shall provide the Customer's administrators with access to a support portal, release notes for each new release at least seven days before deployment, and a named customer success manager for the Subscription Term.

2.4 The Customer is responsible for the accuracy of the data it enters and for keeping its users' login credentials secure.

### 3. Service Levels

3.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding maintenance windows announced at least three days in advance and carried out between 00:00 and 06:00 Beijing time.

3.2 Priority 1 means that the Service is unavailable or incident reporting cannot be used by any user. The Provider shall respond to a Priority 1 incident within thirty minutes, twenty-four hours a day, and keep working on it until service is restored. Priority 2 incidents receive a response within two hours during business hours.

3.3 If monthly availability falls below the committed level, the Customer receives a service credit of 5% of the monthly share of the subscription fees for each 0.1 percentage point, or part of it, below that level. A late Priority 1 response earns a credit of CNY 1,000 per hour of delay. Credits are deducted from the next invoice.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer, and not for any other purpose.

4.2 Customer Data is stored in data centres in mainland China. The Provider shall maintain security measures at least equal to ISO/IEC 27001, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of privileged access, and shall comply with the Personal Information Protection Law and the Data Security Law.

4.3 The Provider shall notify the Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, take the steps needed to contain it, and bear the losses caused by its failure to comply with this Section 4.

4.4 At the end of the Subscription Term the Provider shall make Customer Data available for export in CSV and PDF formats for forty-five days and then delete it, confirming the deletion in writing.

4.5 On request, and not more than once in each Subscription Year, the Provider shall provide the Customer with its current ISO/IEC 27001 certificate, a summary of its latest penetration test and its multi-level protection scheme filing for the China environment.

### 5. Intellectual Property

5.1 The Provider owns the Service and its underlying software.

5.2 Customer Configurations belong to the Customer. The Customer may export them, use them, modify them and let third parties use them for any purpose.

### 6. Confidentiality

Each party shall keep the other party's confidential information secret, use it only under this Order Form and protect it with at least reasonable care. This duty survives for three years after the end of the Subscription Term. Confidential information includes the terms of this Order Form, the Customer's incident records and the Provider's non-public product roadmap.

### 7. Subcontractors and Subprocessors

7.1 The Provider may engage Subprocessors and subcontractors, including its hosting partner in mainland China and its affiliates for second-line support, to perform any part of the Service.

7.2 The Provider keeps a list of current Subprocessors on its trust portal and will notify the Customer by email at least fourteen days before adding a new one. The Provider remains responsible for the performance of its Subprocessors.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 The Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for breach of Section 4 caused by wilful misconduct, or for fraud.

### 9. Term and Termination

9.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within thirty days after receiving notice of it. If the Customer terminates for the Provider's breach, the Provider refunds the prepaid fees for the remaining part of the Subscription Year.

9.3 The Customer may also terminate if availability falls below the committed level in three consecutive months.

9.4 On expiry or termination the Provider shall give the Customer reasonable assistance with the transfer of Customer Data and Customer Configurations to a new system, for up to five working days at no extra charge.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 11. General

11.1 This Order Form, including Part B, is the whole agreement on its subject and prevails over any terms shown on the Provider's website.

11.2 Changes require a written amendment signed by both parties.

11.3 Neither party may assign this Order Form without the other party's written consent, except to an affiliate that takes over the relevant business.

11.4 Notices under this Order Form are given in writing to the addresses in A1, with a copy by email to each party's contract manager.

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

E03 = """T:Purchase Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. JCC-PUR-2026-0742
P:Buyer: Anhui Jiangcheng Cement Co., Ltd., Fanchang District, Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Elk River Sensing, Inc., North Street, Elkton, Maryland, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to monitor the condition of the rotating equipment of its two clinker lines and has selected the Supplier following a competitive tender. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the vibration sensors, gateways, mounting parts and spare parts listed in clause 2.
P:1.2 "Software" means the MachineWatch condition monitoring software licensed under clause 3, installed on the Buyer's servers at the plant.
P:1.3 "Deliverables" means the Equipment, the Software, the analytics models configured for the Buyer, the installation drawings and all documentation.
P:1.4 "Buyer Data" means all measurement data, alarms, asset records and reports collected or produced by the Equipment and the Software at the Buyer's plant.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license and install the Software, configure the analytics models for the kiln drives, raw and cement mills, fans and conveyors, and train the Buyer's staff, as set out in the technical specification attached to this Contract.
P:2.2 The price breakdown is as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor VS-300|420|2,150|903,000
TB:2|Industrial gateway GW-20 with 4G backup|36|8,600|309,600
TB:3|MachineWatch software licence, perpetual, up to 500 assets|1|486,000|486,000
TB:Subtotal|Equipment and Software Licence|||1,698,600
TB:4|Installation, cabling and commissioning|lot||164,000
TB:5|Analytics model configuration|lot||92,400
TB:6|Training of operators and reliability engineers|lot||25,000
TB:Total|Contract Price|||1,980,000
P:2.3 The Contract Price of CNY 1,980,000 is fixed and includes VAT, packing, freight to the plant, insurance, import duties, installation, commissioning, training and all warranty services.
P:2.4 Prices for additional sensors ordered within the warranty period will not exceed the unit prices in the table above.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's plant for up to 500 monitored assets, including for its affiliates that operate the plant.
P:3.2 The Buyer may install the Software on a production server and a standby server and may copy it for backup.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within fifteen business days after signature, against the Supplier's invoice and a bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered to site and installed, and the installation certificate has been signed. The installation certificate records quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance under clause 6.
P:4.4 Each payment is made within thirty days after receipt of a correct VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the plant within seventy days after signature and complete installation and commissioning within forty days after delivery, during the planned kiln shutdown notified by the Buyer.
P:5.2 The Supplier's personnel on site shall follow the Buyer's safety rules, including hot-work permits and lock-out procedures, and the Supplier is responsible for their safety.
P:5.3 The Supplier shall deliver with the Equipment the certificates of origin and conformity, the packing lists, the calibration certificate of each sensor and the installation manuals, in English and Chinese.
H:6. Acceptance
P:6.1 After commissioning the Supplier shall perform the acceptance tests in the agreed test plan. Final Acceptance requires that: (a) every installed sensor reports data to the Software at the agreed sampling interval for thirty consecutive days, without gaps other than those caused by the Buyer's own network; (b) the measured values agree with the reference instrument within the tolerance in the technical specification; (c) alarms for the agreed fault cases are raised in the Software within sixty seconds; and (d) the analytics models have been reviewed and approved by the Buyer's reliability engineers.
P:6.2 When the criteria are met the Buyer shall sign the Final Acceptance certificate within ten days. Use of the Equipment or the Software before that date does not constitute acceptance. If any criterion is not met, the Supplier shall remedy the defect at its own cost and repeat the test.
P:6.3 The Buyer's reliability engineers may attend all tests and receive the raw test records.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months after Final Acceptance. During that period the Supplier shall repair or replace any defective item free of charge, including parts, labour, travel and shipping, and provide Software updates.
P:7.2 Replacement sensors shall be delivered to the plant within five days after a defect is reported.
P:7.3 If the same defect recurs three times in any item during the warranty period, the Supplier shall replace the item with a new one and the warranty for that item restarts.
H:8. Support and Service Levels
P:8.1 A Severity 1 fault is a fault that stops monitoring of a kiln line or of more than twenty assets. The Supplier shall respond to a Severity 1 fault within thirty minutes by telephone or remote session and provide an engineer on site within twenty-four hours if remote repair fails. A Severity 2 fault shall be responded to within two hours.
P:8.2 For each hour by which the Supplier exceeds a response time in clause 8.1, the Supplier shall pay the Buyer CNY 1,000, deducted from any sum due to the Supplier.
P:8.3 After the warranty period, the Buyer may order annual support for the Equipment and the Software. The annual support fee is 7.5% of the Equipment and Software Licence subtotal, that is CNY 127,395 per year, fixed for the first two years of support. Support is ordered by purchase order each year and does not renew automatically.
P:8.4 The Supplier shall keep an agreed stock of spare sensors and gateway parts at the plant during the warranty period, and replenish it within ten days after any use.
H:9. Intellectual Property
P:9.1 The Supplier keeps its rights in the Software and in the firmware of the Equipment.
P:9.2 The analytics models, thresholds, asset configurations, dashboards and reports configured or developed for the Buyer belong to the Buyer. The Buyer may use, modify and license them without restriction, and the Supplier shall hand over all related files at Final Acceptance.
H:10. Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not keep, copy or use it for any other purpose.
P:10.2 The Supplier shall access the Software remotely only through the Buyer's remote-access gateway, with individual accounts, approval for each session and recorded sessions. Gateways shall send data only to the Buyer's servers.
P:10.3 The Supplier shall report any security incident affecting Buyer Data or the plant network within two hours, take immediate measures to limit the damage, and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all technical and commercial information received from the other party, including the Buyer's process data and plant layout, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after this Contract ends.
P:11.2 Each party shall ensure that its employees and advisers who receive such information are bound by the same obligations.
H:12. Liquidated Damages and Liability
P:12.1 If the Supplier fails to deliver the Equipment or to achieve Final Acceptance by the dates in clause 5, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains liable for the acts of any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected Deliverables.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:16. Miscellaneous
P:16.1 This Contract is signed in two originals in English. Amendments must be in writing and signed by both parties.
P:16.2 Neither party may assign this Contract without the prior written consent of the other party. Notices are given in writing to the addresses stated above.
P:16.3 The technical specification, the test plan and the training plan are annexes to this Contract and form part of it. If an annex conflicts with these clauses, these clauses prevail.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. BRM-SX-2026-07

This Managed IT Services Agreement (the "Agreement") is entered into between:

- **Shaoxing Huamei Textile Printing and Dyeing Co., Ltd.**, Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China (the "Customer"); and
- **Blue Ridge Managed IT, Inc.**, a Virginia corporation, Chester Street, Front Royal, Virginia, United States (the "Provider"), which performs the on-site work in China through its engineers seconded to the Customer's sites.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 3, and "Service Credits" the credits set out there.

1.3 "Sites" means the Customer's head office in Keqiao and its two dyeing plants in Binhai and Paojiang.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or can access in performing the Services.

1.5 "Service Commencement Date" means the date on which the Customer signs the transition acceptance note under Section 3.3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Agreement ends when the Term expires. Any extension must be agreed in writing, including its price; there is no automatic renewal.

2.3 The Customer shall provide the Provider's on-site engineers with desks, network access, badges and parking at each Site at no charge.

## 3. Transition

3.1 During the transition the Provider shall take over the service desk, document all devices, network equipment and applications in scope, install its monitoring agents, and set up the ticketing tool and knowledge base for the Customer.

3.2 The Provider shall complete the transition within sixty days after signature. If the transition acceptance note is not signed by that date for reasons attributable to the Provider, the Provider shall pay CNY 1,800 for each day of delay.

3.3 Transition acceptance requires that: (a) the asset register is complete and reconciled with a physical count at each Site; (b) every device in scope reports to the monitoring system; (c) the service desk has handled live tickets for ten working days in parallel with the Customer's team without missing a response time; and (d) the runbooks listed in Schedule 1 have been approved by the Customer's IT manager.

3.4 The Customer's current IT team will work alongside the Provider during the transition, and the Provider shall train two of the Customer's staff to act as local coordinators.

## 4. Services and Service Levels

4.1 The Provider shall perform the Services with qualified staff, in accordance with Schedule 1, good industry practice and the Customer's site rules.

4.2 The Provider shall meet the Service Levels in Schedule 3. Service Credits are calculated monthly and deducted from the next invoice.

4.3 The Provider shall deliver a monthly service report with ticket volumes, response and resolution times, credits and recommended improvements, and shall attend a monthly review meeting with the Customer.

4.4 The Provider shall keep at least two engineers on site at the head office during business hours and one engineer at each plant during the day shift.

4.5 The Provider shall propose improvements each quarter, such as automation of routine tasks or replacement of ageing devices, with their costs and benefits, for the Customer's decision.

4.6 Changes to the Services, the volumes or the Service Levels require a written change note signed by both parties, stating any effect on the charges.

4.7 The Provider shall follow the Customer's change management procedure and shall not make changes to the production network outside the agreed change windows except to restore service in a P1 incident.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total value of this Agreement over the Term is CNY 2,190,000, including the one-time transition fee.

5.2 The transition fee is invoiced after transition acceptance. The monthly service charge is invoiced quarterly in arrears. The Customer pays each correct VAT invoice within thirty days.

5.3 The charges are fixed for the Term. Additional devices above the volumes in Schedule 2 are charged at the unit rates stated there and are not part of the total value.

5.4 The Provider shall not charge for travel between the Sites or for the time its engineers spend on reporting and meetings.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term the Provider shall return all Customer Data and documentation in its possession to the Customer.

## 7. Intellectual Property

7.1 The Provider keeps its tools, monitoring software and methods that existed before this Agreement.

7.2 The runbooks, knowledge articles, scripts, network diagrams and configurations created for the Customer under this Agreement belong to the Customer, which may use and modify them and let any successor provider use them freely.

7.3 When the Term ends, the Provider shall hand over all runbooks, diagrams and configurations in editable form and give a successor provider a handover of up to ten working days.

## 8. Confidentiality and Liability

8.1 Each party shall keep the other party's non-public business and technical information confidential and shall not disclose it to any third party without written consent, during the Term and for three years afterwards.

8.2 The Provider's total liability under this Agreement is limited to 150% of the total value stated in Section 5.1. Neither party is liable for indirect loss or loss of profit.

8.3 The Provider shall hold public liability insurance and employer's liability insurance for its staff at the Sites throughout the Term.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any subcontractor approved by the Customer.

## 10. Term Commitment and Remedies

10.1 Both parties commit to the full Term. Neither party may terminate this Agreement before the Term expires, except that either party may terminate it with immediate effect if the other party becomes insolvent, enters liquidation or ceases to carry on business.

10.2 If the Provider fails to meet the Service Levels or otherwise breaches this Agreement, the Customer's remedies are the Service Credits in Schedule 3, the delay payment in Section 3.2 and damages under Section 8, and the Provider shall submit and carry out a remediation plan within ten working days.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing. The award is final and binding on both parties.

## 12. General

12.1 Notices must be in writing and delivered to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

12.2 Amendments must be in writing and signed by both parties.

12.3 Neither party may assign this Agreement without the prior written consent of the other party.

12.4 If a Schedule conflicts with the clauses of this Agreement, the clauses prevail. The Agreement is signed in two originals in English.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, email and portal support in Chinese and English for 640 users | 08:00–20:00 Monday to Saturday; on-call otherwise |
| End-user devices | 560 laptops and desktops, 90 printers and 140 handheld terminals: imaging, patching, repairs, moves and changes | Business hours |
| Network | Core and access switches, Wi-Fi, firewalls and site links at the three Sites: monitoring, changes, vendor coordination | Monitoring around the clock |
| Servers | 38 virtual and physical servers: monitoring, patching, backup checks | Monitoring around the clock |
| Runbooks | Onboarding, offboarding, backup restore, plant network outage and printer fleet procedures | Created during transition |
| Joiners and leavers | Account creation, device issue and return, access removal on the last working day | Business hours |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 84,000 |
| Monthly service charge | 36 months × CNY 58,500 | 2,106,000 |
| Total value over the Term | | 2,190,000 |
| Additional laptop or desktop | per device per month | 95 |
| Additional server | per server per month | 620 |

## Schedule 3 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service Credit |
|---|---|---|---|---|
| P1 | A plant production network, the ERP connection or the head office network is down | 15 minutes | 6 hours | CNY 2,000 per hour late |
| P2 | A department or a critical user cannot work | 1 hour | 8 business hours | CNY 600 per hour late |
| P3 | A single user or device is affected, with a workaround | 2 business hours | 3 business days | CNY 150 per ticket late |
| P4 | Requests and questions | 1 business day | 5 business days | none |

Service Credits in any month are limited to the monthly service charge for that month.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - PORTPULSE VESSEL AND PORT CALL DATA API

Agreement No. CRD-QD-2026-114

PARTIES

Customer: Qingdao Haitong International Freight Forwarding Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China (the "Customer").

Provider: Chester River Data Services, Inc., a Maryland corporation, High Street, Chestertown, Maryland, United States (the "Provider").

The Customer wishes to subscribe to the Provider's vessel position, port call and schedule data through the PortPulse API for use in its shipment tracking and customer notification systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the vessel positions, port call events, estimated and actual arrival and departure times, berth data and vessel particulars made available through the API.

1.2 "API" means the PortPulse application programming interface, its documentation and the developer portal.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the date of Integration Acceptance under clause 4.3 and the second on the first anniversary of that date.

1.4 "Customer Data" means the vessel lists, booking references, container numbers, queries, API keys and other data that the Customer or its users submit to the API, and the results generated for the Customer from them.

1.5 "Integration Components" means the adapter, data mappings, scripts and test cases that the Provider develops for connecting the API to the Customer's transport management system.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Licensed Data within its own business, including showing vessel positions and arrival estimates to its own shippers and consignees in its customer portal and notifications.

2.2 The Customer may make up to three million API calls in each Subscription Year. Calls above that volume are charged at the overage rate in clause 3.2.

2.3 The Customer shall not resell the Licensed Data as a data product or use it to build a competing vessel tracking service.

2.5 The Customer may create up to ten user accounts on the developer portal and may give access to its system integrator for the purpose of maintaining the Integration Components.

2.4 The Subscription Term consists of two Subscription Years. This Agreement does not renew automatically. Any renewal shall be agreed in a written amendment that states the fees for the renewal period.

3. FEES AND PAYMENT

3.1 The fees are:
(a) subscription fee: CNY 386,000 per Subscription Year, CNY 772,000 for the two Subscription Years;
(b) integration support (one-time, for the Integration Components and onboarding of the Customer's developers): CNY 38,000.
The total fees for the Subscription Term are CNY 810,000 (the "Total Fees"), including VAT.

3.2 Overage is charged at CNY 90 per thousand API calls above the annual volume, invoiced at the end of each Subscription Year. Overage is not part of the Total Fees.

3.3 The integration support fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The Customer shall pay each correct VAT invoice within thirty days after receipt.

3.4 The fees are fixed for the Subscription Term and do not change with exchange rates.

3.5 Each invoice shall show the Subscription Year or service to which it relates and the applicable VAT rate.

4. INTEGRATION AND ACCEPTANCE

4.1 Within forty-five days after signature the Provider shall deliver the Integration Components, set up production and test API keys, and run two workshops for the Customer's developers.

4.2 If the Integration Components are delivered late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.

4.3 Integration Acceptance requires that: (a) the Provider's test suite and the Customer's acceptance test cases pass in the Customer's test environment; (b) for a sample of 200 recent voyages agreed by the parties, port call events delivered by the API match the terminal records within the tolerance stated in the documentation; and (c) the adapter processes a full day of production traffic without errors. The Customer shall sign an acceptance certificate within five working days after the criteria are met. Use of the API before that certificate is not acceptance.

4.4 The Provider shall keep the Integration Components compatible with new versions of the API during the Subscription Term and give the Customer at least ninety days' notice before retiring any API version.

5. SERVICE LEVELS

5.1 The Provider targets API availability of 99.95% in each calendar month, measured at the Provider's gateway, excluding announced maintenance of no more than two hours per month.

5.2 A Priority 1 incident means that the API is unavailable or returns no position updates for more than thirty minutes. The Provider shall respond to a Priority 1 incident within one hour, at any time, and provide status updates every hour until it is resolved. Other incidents receive a response within one business day.

5.3 The Provider publishes monthly availability figures on the developer portal.

5.4 The Provider's sole obligation if it does not meet the service levels in this clause 5 is to use reasonable efforts to restore the API and to report the cause. No service credits, fee reductions or other compensation apply to a failure to meet these service levels.

6. DATA QUALITY

6.1 The Provider compiles the Licensed Data from satellite and terrestrial AIS receivers, port authority feeds and carrier schedules. It shall apply its documented validation processes and correct errors reported by the Customer in the next data release.

6.2 The Provider does not warrant that every vessel position is complete or that every estimated arrival time is accurate.

6.3 The Provider shall publish a data dictionary describing each field, its source and its update frequency, and shall notify the Customer at least thirty days before removing any field.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API and the integration support to the Customer and shall not use it for any other purpose, including the improvement of the Licensed Data or the creation of aggregated products.

7.2 Customer Data is processed and stored in the Provider's hosting environment in mainland China. The Provider shall protect it with encryption in transit and at rest, access restricted to named staff, multi-factor authentication and access logging, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, take the measures needed to contain it, and compensate the Customer for losses caused by the Provider's failure to meet this clause 7.

7.4 At the end of the Subscription Term the Provider shall delete Customer Data within thirty days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the API and the Licensed Data, subject to the rights granted in clause 2.

8.2 The Integration Components belong to the Customer. The Provider shall deliver their source code with Integration Acceptance, and the Customer may use, modify and license them freely.

8.3 The Customer may display the Provider's attribution notice in its portal as required by the documentation.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss.

9.2 The Provider's total liability under this Agreement is limited to two times the Total Fees. This limit does not apply to breach of clause 7 caused by wilful misconduct or gross negligence.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the integration support or the hosting of Customer Data without the Customer's prior written consent. Data sources under clause 6.1 are not subcontractors.

11. TERMINATION

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after notice. The Provider shall then refund the subscription fees paid for the rest of the current Subscription Year.

11.2 The Provider may suspend access if an undisputed invoice remains unpaid forty-five days after its due date and the Customer does not pay within fifteen days after a reminder.

11.3 On expiry or termination the Customer shall stop using the API and delete cached Licensed Data that is not part of its own shipment records.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.

13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above, with a copy by email to the contacts in the developer portal.

13.2 This Agreement is the entire agreement of the parties on its subject. Amendments require a written document signed by both parties.

13.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

13.4 If either party is prevented from performing by force majeure, its performance is suspended for the duration, and either party may end this Agreement if the event lasts longer than sixty days.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# targets, labels, design

TARGETS = {
    "h1025z01": ("h1025z01_police_dog_management_platform", "pdf", Z01),
    "h1025z02": ("h1025z02_steam_oven_line_control_retrofit", "docx", Z02),
    "h1025z03": ("h1025z03_illustration_school_booking_saas", "txt", Z03),
    "h1025z04": ("h1025z04_police_traffic_camera_om_service", "txt", Z04),
    "h1025z05": ("h1025z05_bamboo_birdcage_tracking_supplier_template", "md", Z05),
    "h1025e01": ("h1025e01_qms_perpetual_licence_maryland_vendor", "pdf", E01),
    "h1025e02": ("h1025e02_ehs_saas_order_form_virginia_vendor", "md", E02),
    "h1025e03": ("h1025e03_cement_vibration_sensors_monitoring", "docx", E03),
    "h1025e04": ("h1025e04_textile_managed_it_services_36_months", "md", E04),
    "h1025e05": ("h1025e05_vessel_data_api_subscription", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: language, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped or None,
# acceptance_deemed_on_delivery, contract_value), TCO fee base (itemised licence / hardware subtotal) or None
L = {
    "h1025z01": ("zh", "software",
                 [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False,
                  "PRC", G], (True, True, True, False, 2060000), 1180000),
    "h1025z02": ("zh", "hardware",
                 [None, 0.5, True, "buyer", True, True, True, 0.03, 150, 20, True, True, 18, 28, False, True, False,
                  "PRC", G], (True, True, True, False, 1810000), 1468000),
    "h1025z03": ("zh", "cloud",
                 [99.5, 0.5, True, "buyer", True, True, True, 400 / 508000 * 100, None, None, True, None, None, None,
                  True, True, False, "PRC", S], (True, True, None, False, 508000), None),
    "h1025z04": ("zh", "services",
                 [None, 6, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, True,
                  None, S], (True, True, None, False, 1164000), None),
    "h1025z05": ("zh", "software",
                 [None, None, False, "supplier", True, False, True, None, None, 60, False, False, 6, None, False, True,
                  None, "PRC", G], (False, False, False, True, 127600), 46000),
    "h1025e01": ("en", "software",
                 [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 11, False, True, False,
                  "Maryland", G], (True, True, True, False, 1860000), 1240000),
    "h1025e02": ("en", "cloud",
                 [99.95, 0.5, True, "buyer", True, True, True, 500 / 756000 * 100, 6 / 24 * 100, None, True, None,
                  None, None, False, True, True, "PRC", S], (True, True, None, False, 756000), None),
    "h1025e03": ("en", "hardware",
                 [None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7.5, False, True, False,
                  "PRC", G], (True, True, True, False, 1980000), 1698600),
    "h1025e04": ("en", "services",
                 [None, 0.25, True, "buyer", False, True, True, 1800 / 2190000 * 100, 150, None, True, None, None,
                  None, False, False, False, "PRC", S], (True, True, None, False, 2190000), None),
    "h1025e05": ("en", "cloud",
                 [99.95, 1, False, "buyer", True, True, False, 600 / 810000 * 100, 200, None, True, None, None, None,
                  False, True, False, "PRC", S], (True, True, None, False, 810000), None),
}

DESIGN = {
    "h1025z01": [],
    "h1025z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h1025z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h1025z04": ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h1025z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h1025e01": ["CR-GOVERNING-LAW"],
    "h1025e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h1025e03": [],
    "h1025e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h1025e05": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"h1025z01": "low", "h1025z02": "high", "h1025z03": "medium", "h1025z04": "medium", "h1025z05": "high",
        "h1025e01": "low", "h1025e02": "medium", "h1025e03": "low", "h1025e04": "high", "h1025e05": "medium"}

# policy thresholds (defaults of §3) per term; no label value may equal one of them
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TH_ALL = set(TH.values()) | {40}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, x, base):
    """Share (%) of post-warranty fees in TCO over the horizon from acceptance; None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3, applied to the labels."""
    r = set()
    goods = t["contract_kind"] == G
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
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
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > TCO_SHARE_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    stem, ext, _ = TARGETS[key]
    lang, cat, vals, (sla, ld, capped, deemed, cv), base = L[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    rules = derive(terms, extra, base)
    return {"file": f"{stem}.{ext}", "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------------------------------------------------------
# threshold scan

NUM = r"(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.十])(?:4|四)\s*-?\s*个?\s*(?:hours?|hrs?|h(?![a-z])|小时|钟头)",
    r"(?<!twenty)(?<!twenty-)four\s*-?\s*hours?",
    r"(?<![\d.])0?\.050*\s*" + NUM, r"万分之五(?![十点])", r"千分之零?点五", r"百分之零点零五",
    r"(?<![\d.,])100(?:\.0+)?\s*" + NUM, r"百分之(?:一)?百", r"one\s*hundred\s*" + NUM,
    r"(?<![\d.,])30(?:\.0+)?\s*" + NUM, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty\s*" + NUM,
    r"(?<![\d.,])15(?:\.0+)?\s*" + NUM, r"百分之十五(?![点])", r"fifteen\s*" + NUM,
    r"(?<![\d.,])40(?:\.0+)?\s*" + NUM, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*" + NUM,
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月)", r"(?<![一二三四五六七八九十])十二个月", r"twelve\s*-?\s*months?",
    r"(?<![\d.,])(?:1|one)\s*-?\s*years?(?![a-z])", r"(?<![第每])[一壹]年", r"(?<![\d.,])1\s*年",
]
RX = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "百分之九十九点九", "4 hours", "4小时", "四小时", "4-hour", "four hours", "4h",
            "0.05%", ".05 %", "万分之五", "千分之零点五", "100%", "100 per cent", "百分之百", "30%", "30 percent",
            "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12 months", "12个月", "十二个月", "twelve-month",
            "one year", "1 year", "一年", "壹年", "1年"]
MUST_MISS = ["99.95%", "99.99%", "199.9", "24 hours", "二十四小时", "24小时", "14 hours", "twenty-four hours",
             "48 hours", "0.055%", "10.05%", "万分之五十", "万分之八", "1100%", "200%", "130%", "3.0%", "30 days",
             "百分之三十五", "115%", "1.5%", "0.15%", "140%", "120 months", "12月31日", "2027年1月1日",
             "第二个服务年度", "每年", "2031年", "第一年", "45%", "35%", "20%"]


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    covered = set()
    for key, (stem, ext, src) in TARGETS.items():
        path = OUT / f"{stem}.{ext}"
        if ext in ("docx", "pdf"):
            write({key: src}, {key: (path.name, ext)}, OUT, wrap_words=True)
        else:
            path.write_text(src.strip() + "\n", encoding="utf-8")
            print("wrote", path.name)
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        risk = "high" if set(lab["expected_rules"]) & HIGH else (
            "medium" if set(lab["expected_rules"]) - LOW else "low")
        assert risk == RISK[key], (key, risk)
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, v)
        for k in TH:
            assert t[k] is None or all(abs(t[k] - v) > 1e-9 for v in TH_ALL), (key, k, t[k])
        share = tco_share(t, lab["expected_extra"], L[key][4])
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (key, share)
        text = read_back(path)
        hits = scan(text)
        assert not hits, (key, hits)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, "words", n)
        (OUT / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"  {key}: length {n}, rules {lab['expected_rules']}, risk {risk}, tco share "
              f"{'-' if share is None else round(share, 2)}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
