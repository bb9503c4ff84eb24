"""holdout455: builds the ten blind ORDINARY draft contracts, their .json labels, and checks lengths, thresholds and
rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Uses ../word_pdf.py for .docx/.pdf."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H455Z01 = """T:国土空间基础信息平台建设项目采购合同
P:合同编号：LZRZ-ZC-2025-117    采购方式：公开招标（政府采购）
P:甲方（采购人）：临州市自然资源和规划局
P:乙方（供应商）：江北数图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临州市自然资源和规划局国土空间基础信息平台建设项目招标文件（项目编号 LZCG2025-0436）、乙方投标文件及中标通知书，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供国土空间基础信息平台软件许可（永久使用许可），并完成国土空间规划“一张图”实施监督应用、规划审查辅助模块、不动产与自然资源确权数据接口的定制开发，以及现状、规划、管理三类数据的整合入库、部署实施和培训。
P:1.2 平台部署于甲方电子政务外网机房，须满足网络安全等级保护第三级要求，并与省级国土空间基础信息平台实现数据汇交对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾捌万元整（¥2,880,000），为含税全包价，包括软件许可、定制开发、数据整合、实施、培训、税费及质保期内全部服务费用，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|国土空间基础信息平台软件许可（永久）|1 套|1,180,000
TB:2|三维分析模块软件许可（永久）|1 套|260,000
TB:—|软件许可小计||1,440,000
TB:3|“一张图”实施监督及规划审查辅助定制开发|1 项|1,036,000
TB:4|三类数据整合入库|1 项|318,000
TB:5|部署实施及培训|1 项|86,000
TB:—|合计||2,880,000
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后 15 个工作日内，甲方支付合同总价的 20% 作为预付款，即 ¥576,000。
P:3.2 系统初验合格后 15 个工作日内，甲方支付合同总价的 45%，即 ¥1,296,000。
P:3.3 系统最终验收合格后 15 个工作日内，甲方支付合同总价的 35%，即 ¥1,008,000。
P:3.4 甲方付款前，乙方应开具合法有效的增值税发票。因财政资金拨付程序造成的合理延迟，不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后 150 日内完成部署和定制开发并提交初验申请，于初验合格后 90 日内完成试运行并提交最终验收申请。
P:4.2 乙方应按甲方确认的实施方案配备项目经理及技术人员，未经甲方同意不得更换项目经理。
H:第五条 验收
P:5.1 初验标准：（1）功能符合招标文件技术需求及双方确认的需求规格说明书；（2）整合入库数据经抽检，抽检差错率不高于千分之二，拓扑错误全部修正；（3）在 300 个并发用户下，常用查询响应时间不超过 3 秒；（4）与省级平台的数据汇交测试连续 10 次成功；（5）第三方机构出具的安全测评报告无高风险问题。
P:5.2 最终验收标准：初验合格后系统连续试运行 60 日，未发生一级故障，初验遗留问题全部整改完毕，乙方提交源代码、部署文档、数据字典和操作手册。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。系统上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质量保证与运行维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供软件升级、缺陷修复、技术支持和现场服务。
P:6.2 服务水平：平台月度可用率不低于 99.95%（计划内维护除外）。一级故障（平台整体不可用或数据汇交中断）乙方应在 30 分钟内响应，2 小时内到达现场，8 小时内恢复；二级故障 2 小时内响应，24 小时内解决。
P:6.3 乙方未达到上述响应或恢复时限的，每超过一小时扣减 ¥2,000；月度可用率每低于约定值 0.01 个百分点，扣减 ¥3,000，从应付款或履约保证金中扣除。
P:6.4 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过软件许可小计的 8%（即不超过 ¥115,200），质保期满后两个维护年度内不上调。
P:6.5 乙方应指定一名项目经理作为甲方的固定联系人，每季度向甲方提交运行分析报告，内容包括故障统计、可用率、性能状况、安全补丁和优化建议。
H:第七条 数据安全
P:7.1 本项目涉及的全部空间数据、业务数据、日志及衍生成果均属甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他项目。
P:7.2 乙方人员须在甲方机房或经甲方审批的堡垒机内作业，全程留痕；严禁将数据拷出甲方网络；测试使用甲方提供的脱密数据。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在 2 小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、数据及技术资料负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 定制开发成果（含源代码、接口程序、数据模型、文档）的知识产权归甲方所有，甲方可自行或委托他人修改、使用。
P:9.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方逾期超过 60 日，或交付成果两次验收不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:10.4 乙方应在合同签订后 7 个工作日内向甲方提交合同总价 5% 的履约保证金（银行保函形式），最终验收合格后无息退还。
H:第十一条 转包与分包
P:11.1 乙方不得转包或分包本合同的任何部分。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后 15 日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，受影响一方应及时通知对方，并在 15 日内提供证明，双方协商变更或解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临州市自然资源和规划局    代表：________    日期：________
P:乙方（盖章）：江北数图信息技术有限公司    代表：________    日期：________
"""

H455Z02 = """T:制粉车间控制系统改造及维保合同
P:合同编号：HF-JX-2025-0832
P:甲方（买方）：豫丰面业有限公司
P:乙方（卖方）：郑州德控自动化工程有限公司
P:甲方制粉车间现有继电器及老式 PLC 控制系统故障频繁，设备联锁与产量统计依赖人工。经比选，甲方委托乙方实施控制系统改造并提供维保服务。双方根据《中华人民共和国民法典》，订立本合同。
H:一、改造范围
P:（一）拆除原有控制柜，新建 PLC 主站及远程 I/O 站，为清理、制粉、打包三个工段的 42 台电机配置变频器，实现设备顺序启停、联锁保护和故障报警。
P:（二）敷设工业以太网光纤环网，配置上位机组态软件及 4 台操作站，实现产量、电耗、水分、粉尘浓度等数据的集中监控与报表。
P:（三）编制并调试 PLC 控制程序、组态画面和生产报表，完成电气安装、布线、单机调试和联动试车，并对甲方人员进行培训。
P:（四）改造完成后，控制系统应能在中控室完成全线一键顺序启停，主要设备故障时自动联锁停机并声光报警，生产报表按班次、日、月自动生成。
H:二、合同价格
P:（一）本合同总价为人民币壹佰零捌万元整（¥1,080,000），含设备、软件、运输、安装、调试、培训及税费。分项价格见下表：
TB:序号|名称|规格及数量|金额（元）
TB:1|PLC 主站及远程 I/O 模块|S7-1500 系列，1 套|286,000
TB:2|变频器及控制柜|42 台变频器，6 面柜|285,600
TB:3|工业交换机及光纤环网|8 台交换机，环网 1 套|48,400
TB:4|上位机组态软件许可|2 服务器 + 4 客户端|132,000
TB:5|操作站工控机|4 台|38,000
TB:6|防爆现场仪表（料位计、粉尘浓度仪、电流变送器）|1 批|86,000
TB:|软硬件小计||876,000
TB:7|控制程序编制及调试|1 项|118,000
TB:8|电气安装及布线|1 项|74,000
TB:9|操作及维护培训|1 项|12,000
TB:|合计||1,080,000
P:（二）上表价格为固定价格，合同履行期间不因材料、人工价格变化而调整。
H:三、付款方式
P:（一）合同签订后 10 个工作日内，甲方支付合同总价的 25%，即 ¥270,000 作为预付款。
P:（二）设备全部到货并经甲方清点签收后 10 个工作日内，支付合同总价的 50%，即 ¥540,000。
P:（三）安装完毕并完成联动试车后 10 个工作日内，支付合同总价的 20%，即 ¥216,000。
P:（四）剩余 5% 即 ¥54,000 作为质保金，质保期满且无质量争议后 10 个工作日内支付。
H:四、工期与停产安排
P:（一）乙方应在合同签订后 45 日内完成设备到货，并在甲方安排的停产检修窗口内完成拆装和试车，停产时间不超过 10 日。
P:（二）乙方应于停产前提交施工方案和安全措施，经甲方生产部门确认后方可进场。
P:（三）乙方施工人员须遵守甲方安全生产和粉尘防爆管理制度，动火作业须办理审批手续，进入车间前接受安全培训。因乙方施工造成人身伤害或财产损失的，由乙方负责。
P:（四）乙方应提供设备合格证、防爆合格证、出厂检验报告、电气原理图、接线图、PLC 程序清单、操作手册和维护手册各两套，并提交电子版。
H:五、安装调试与验收
P:（一）乙方完成安装及单机调试后，组织全线空载联动试车，连续运行 8 小时无停机即为试车完成。
P:（二）联动试车完成后，即视为甲方验收合格，本合同项下设备和软件即告交付。甲方在试车后提出的问题，乙方在质保期内处理。
H:六、质量保证
P:（一）质保期为二十四个月，自联动试车完成之日起计算。质保期内因设备或程序质量问题造成的故障，乙方免费维修或更换。
P:（二）一级故障（导致全线或工段停产）乙方应在 30 分钟内电话响应，2 小时内到达现场，8 小时内恢复生产；二级故障 2 小时内响应，24 小时内处理完毕。
P:（三）乙方未按时响应或到场的，每超时一小时，甲方可从质保金中扣除 ¥500。
H:七、质保期后维保
P:（一）质保期满后，乙方提供年度维保服务，内容包括每季度巡检、程序备份、备件更换指导及故障处理，服务水平同第六条第（二）项。
P:（二）年度维保费不超过软硬件小计的 9%，即每年不超过 ¥78,840，质保期满后三个维保年度内不上调，按年度签订维保确认单，每年度服务结束后支付。
P:（三）维保期间，乙方每季度对控制系统进行一次巡检，检查控制柜、变频器、网络设备和仪表运行状况，备份 PLC 程序和组态文件，并向甲方提交书面巡检报告。
P:（四）乙方应在郑州市内储备常用备件（变频器、I/O 模块、交换机各不少于两件），以保证故障时能及时更换。
H:八、数据与网络安全
P:（一）控制系统运行数据、产量及工艺参数、PLC 程序和组态文件均属甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的 VPN 接入并保留操作日志；不得在控制网络中接入未经检测的移动存储设备。
P:（三）因乙方原因造成控制系统感染病毒、数据泄露或被篡改的，乙方应在 1 小时内报告并立即处置，承担由此造成的全部损失。
H:九、保密
P:（一）乙方对甲方的工艺配方、产量、设备布局等信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后三年内继续有效。
H:十、知识产权
P:（一）乙方为本项目编制的 PLC 控制程序、组态画面、报表及其源文件，知识产权归甲方所有，甲方可自行修改或委托第三方维护。组态软件产品的知识产权归其权利人，甲方获得永久使用许可。
H:十一、分包
P:（一）乙方可将电气安装及布线工程分包给具有相应资质的单位，但应提前 3 个工作日书面通知甲方，乙方对分包工作向甲方承担全部责任。
H:十二、违约责任
P:（一）乙方逾期到货或逾期完成试车的，每逾期一日，按合同总价的万分之八向甲方支付违约金；因乙方原因延长停产时间造成的损失，由乙方另行赔偿。
P:（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:（三）乙方严重违约，经甲方书面催告后 10 日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
P:（四）因不可抗力不能履行合同的，受影响一方应在 3 日内通知对方，并在 15 日内提供有关证明，双方根据影响程度协商延期履行或解除合同。
P:（五）乙方应就本合同项下设备、程序的缺陷修复和维保义务提供持续的技术支持，即使改造项目已经完成，乙方的质量保证和维保义务不因此免除。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交郑州仲裁委员会仲裁。
H:十四、其他
P:（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。合同附件包括设备清单、技术规格书、施工方案和培训计划。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：豫丰面业有限公司（盖章）    代表签字：________    日期：________
P:乙方：郑州德控自动化工程有限公司（盖章）    代表签字：________    日期：________
"""

H455Z03 = """托育园所家校互动及收费管理系统服务合同

合同编号：XY-TY-2025-061
甲方（客户）：成都小禾苗托育服务连锁有限公司
乙方（服务商）：成都云雀教育科技有限公司
签订地点：成都市武侯区

鉴于甲方在成都市及周边经营 22 家托育园所，需要统一的家校互动、入托登记、考勤、膳食通知和保育费收费管理平台；乙方提供“云雀托育”SaaS 服务，双方经友好协商，就甲方订阅该服务及乙方提供实施服务事宜订立本合同。

1. 服务内容
1.1 乙方向甲方 22 家园所提供“云雀托育”SaaS 服务，包括家长端小程序、教师端 App、园所管理后台、保育费账单及线上收费、考勤与接送记录、膳食与健康通知、集团经营报表等功能。
1.2 乙方提供一次性实施服务：22 家园所历史幼儿档案和收费台账的迁移、与甲方微信支付和银联商户号的收费对接、集团财务对账报表定制，以及园长、教师和财务人员的培训。
1.3 服务以中国境内的云服务器提供，甲方无需自建机房。

2. 服务期限
2.1 订阅服务期为两个服务年度，自 2025 年 9 月 1 日起至 2027 年 8 月 31 日止。首个服务年度自 2025 年 9 月 1 日起算。
2.2 服务期届满前 60 日，任何一方未书面通知对方不再续订的，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的 8%，乙方应在续期生效前 30 日书面告知新单价。

3. 费用
3.1 订阅费按园所计收，每家园所每个服务年度 ¥9,600，22 家园所每个服务年度合计 ¥211,200，两个服务年度合计 ¥422,400。
3.2 实施费为一次性固定费用 ¥68,000。
3.3 本合同总价为 ¥490,400（订阅费 ¥422,400 + 实施费 ¥68,000），含税。
3.4 甲方新开园所的，按每家园所每个服务年度 ¥9,600 按月折算增加订阅费。

4. 付款
4.1 本合同不设预付款。
4.2 实施费在上线验收合格后 15 个工作日内一次付清。
4.3 每个服务年度的订阅费，在该服务年度开始之日起 20 个工作日内支付。
4.4 乙方应在付款前开具增值税专用发票。

5. 实施与上线验收
5.1 乙方应在 2025 年 8 月 20 日前完成全部 22 家园所的数据迁移、收费对接和培训，具备上线条件。
5.2 上线验收标准：（1）22 家园所幼儿档案、家长信息和历史收费台账全部迁移，抽查 200 条记录与原台账一致；（2）通过微信支付和银联完成的测试账单，收款、退费和对账结果与银行流水一致；（3）集团对账报表按甲方确认的格式出具；（4）连续 10 日试运行无一级故障。
5.3 甲方应在乙方提交上线验收申请后 5 个工作日内组织验收并书面确认结果；不符合标准的，乙方整改后重新验收。系统投入使用不视为验收合格。
5.4 乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金，但累计不超过合同总价的 10%。

6. 服务水平
6.1 乙方保证平台月度可用率不低于 99.5%，计划内维护应安排在夜间 22:00 至次日 6:00 并提前 48 小时通知。
6.2 故障分级及响应：一级故障（全部园所无法登录，或收费、对账功能无法使用）30 分钟内响应，3 小时内恢复；二级故障（部分功能或个别园所无法使用）2 小时内响应，12 小时内恢复；三级故障（一般咨询和使用问题）1 个工作日内答复。
6.3 服务补偿：月度可用率低于约定值的，每低 0.1 个百分点，按当期服务年度订阅费的 1% 给予服务抵扣，每个服务年度累计不超过订阅费的 10%；一级故障超过恢复时限的，每次抵扣 ¥1,000。抵扣金额从下一期订阅费中扣减。

7. 数据安全与个人信息保护
7.1 甲方上传及通过平台产生的幼儿、家长、员工信息和收费数据均属甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于广告推送、用户画像或其他任何目的，不得向第三方提供。
7.2 乙方应遵守《个人信息保护法》及儿童个人信息保护的相关规定，对数据进行加密存储和传输，实施最小权限访问控制，保留操作日志，数据存储于中国境内，平台通过网络安全等级保护第三级测评。
7.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在 2 小时内通知甲方并采取补救措施，配合甲方向监管部门报告和告知家长；因乙方原因造成的，乙方承担全部赔偿责任及甲方因此产生的费用。
7.4 合同终止后 30 日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后删除，出具删除证明。

7.5 乙方应每日对平台数据进行备份，备份数据至少保留 30 日；甲方可随时通过管理后台导出本企业全部数据。

8. 保密
8.1 双方对在合作中获悉的对方商业信息、经营数据、收费标准等负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

9. 知识产权
9.1 “云雀托育”平台及其标准功能的知识产权归乙方所有。
9.2 乙方为甲方定制的集团对账报表、收费对接程序及相关文档，知识产权归甲方所有，甲方有权自行使用、修改或委托第三方使用。

10. 分包
10.1 乙方不得将本合同项下的服务转包；如需将部分实施工作分包，须事先取得甲方书面同意。

11. 违约与赔偿
11.1 任何一方违约，应赔偿对方因此遭受的损失。
11.2 甲方应按约定支付费用，并对上传数据的合法性负责，确保已取得家长对收集幼儿信息的同意。

11.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据安全事件、侵犯知识产权和故意违约造成的损失不受此限。

12. 合同解除
12.1 乙方严重违约（包括连续两个月可用率低于约定值、发生重大数据安全事件），经甲方书面通知后 15 日内未改正的，甲方有权解除合同，乙方退还已付但未提供服务期间的订阅费。

12.2 因不可抗力导致服务中断的，乙方应立即通知甲方并尽快恢复服务，不可抗力持续超过 30 日的，甲方可书面通知解除合同，乙方退还未服务期间的订阅费。

12.3 合同终止或期满不续订的，乙方应配合甲方完成数据迁出，迁出期间不少于 30 日，迁出期间甲方可继续使用平台的查询和导出功能，乙方不另行收费。

13. 争议解决
13.1 本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

14. 其他
14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、实施计划、园所名单。

甲方（盖章）：成都小禾苗托育服务连锁有限公司
授权代表：__________  日期：__________

乙方（盖章）：成都云雀教育科技有限公司
授权代表：__________  日期：__________
"""

H455Z04 = """住房公积金归集管理系统运行维护服务合同（2026 服务年度）

项目名称：住房公积金归集管理系统年度运维服务
项目编号：HSGJJ-CS-2025-09
采购方式：竞争性磋商
甲方（采购人）：河塘市住房公积金管理中心
乙方（成交供应商）：河塘汇信软件服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就住房公积金归集管理系统运行维护服务事项签订本合同。

第一部分 服务范围与期限
（1）服务对象：甲方住房公积金归集管理系统，包括单位及个人缴存登记、汇缴补缴、基数调整、转移接续、网上业务大厅及与银行、社保、税务的数据接口，以及其运行所依赖的数据库、中间件和应用服务器。
（2）服务内容：驻场运维（2 名工程师，工作日 8:30—17:30 在甲方机房值守）、7×24 小时远程技术支持、故障处理、数据库及中间件巡检与调优、年度汇缴结息及基数调整期间的保障、应急演练和安全加固、系统小版本补丁的部署。
（3）服务期限：2026 年 1 月 1 日至 2026 年 12 月 31 日。服务期满本合同自然终止，双方如需继续合作，按政府采购程序另行确定。

第二部分 服务费用及支付
（1）本合同总价为人民币陆拾贰万元整（¥620,000），含税。构成如下：驻场运维 2 人，每人每服务年度 ¥216,000，合计 ¥432,000；远程技术支持 ¥96,000；数据库及中间件巡检调优 ¥58,000；应急演练及安全加固 ¥34,000。
（2）服务费按季度支付。每季度结束后，甲方依据第四部分的季度考核结果，在 15 个工作日内支付当季服务费 ¥155,000，考核扣减金额从当季服务费中扣除。
（3）本合同不设预付款。乙方应在每次付款前开具合法发票。

（4）人员要求：驻场工程师须具有三年以上数据库或中间件运维经验，持有相应技术认证，乙方应在合同签订后 5 个工作日内提交人员名单及简历，经甲方确认后方可进场。驻场人员更换须提前 10 个工作日书面报甲方同意，且新人员资质不得低于原人员。
（5）工作记录：乙方应建立运维工作日志，记录日常巡检、变更操作、故障处理和应急响应情况，每月汇总后报甲方信息科审阅。涉及生产环境的变更，须提前提交变更方案，经甲方批准后在非业务时段实施。

第三部分 服务水平
（1）系统可用率：归集管理系统在工作日业务时间内的月度可用率不低于 99.95%。
（2）故障响应：一级故障（系统整体不可用、汇缴或转移接续业务中断、数据错误影响账户余额）驻场工程师 15 分钟内响应，2 小时内恢复业务；二级故障（单项功能异常、接口延迟）30 分钟内响应，8 小时内处理完毕；三级故障（一般咨询、报表调整）1 个工作日内处理。
（3）巡检：每月进行一次全面巡检，每季度提交巡检报告和优化建议；年度结息、基数调整前 10 日完成专项保障方案。
（4）乙方未达到上述指标的，按第四部分进行考核扣减。

第四部分 考核与验收
（1）甲方按季度对乙方服务进行考核，考核内容包括可用率、故障响应及恢复时限、巡检报告、驻场出勤和用户满意度，考核表见附件 2。
（2）扣减标准：一级故障未在时限内响应或恢复的，每次扣减 ¥3,000；月度可用率每低于约定值 0.01 个百分点，扣减 ¥2,000；驻场人员无故缺勤，每人每日扣减 ¥800。每季度扣减总额不超过当季服务费的 20%。
（3）服务期满后 15 个工作日内，甲方组织年度验收，依据本合同服务指标、四个季度的考核结果和乙方提交的年度运维报告、系统配置文档和运维手册，出具书面验收意见。

第五部分 数据安全
（1）系统内全部缴存单位及职工个人信息、账户数据、业务数据和日志均属甲方所有，乙方仅可为履行运维服务而接触。
（2）乙方人员须通过甲方堡垒机进行操作，使用实名账号，禁止共享账号；未经甲方书面批准，不得导出、复制任何业务数据，不得使用个人设备接入甲方网络。
（3）乙方应遵守《数据安全法》《个人信息保护法》及甲方数据安全管理制度。发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方全部损失。

（4）乙方应配合甲方开展网络安全等级保护测评、数据安全检查和审计，对检查中发现的问题在甲方规定的期限内整改完毕。

第六部分 保密
（1）乙方及其人员对服务中接触的甲方数据、系统架构、账号口令和内部文件负有保密义务，驻场人员须签署个人保密承诺书。保密义务不因合同终止而解除。

（5）乙方应每季度组织一次数据备份恢复演练，验证归集业务数据库备份的完整性和可恢复性，演练结果书面报甲方。

第七部分 知识产权与交接
（1）乙方在服务中编写的运维脚本、巡检报告、配置文档和运维手册归甲方所有，甲方可自由使用和修改。
（2）服务期满或合同终止时，乙方应配合甲方向新的服务商完成为期不少于 10 个工作日的交接。

（3）交接内容包括系统运行现状说明、未结事项清单、账号权限清单、运维脚本和全部技术文档，交接完成后由双方及新服务商签字确认。

第八部分 分包
（1）乙方不得将本合同项下服务转包或分包。

第九部分 违约责任
（1）乙方未按约定时间完成服务进场交接、专项保障方案或年度运维报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（2）因乙方原因造成数据安全事件或重大业务中断的，乙方除按第四部分扣减外，还应赔偿甲方由此造成的损失。
（3）甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。

第十部分 合同的变更和终止
（1）本合同签订后，双方不得擅自变更、中止或者终止合同。乙方违约的，甲方有权要求乙方继续履行、采取补救措施、支付违约金或赔偿损失，但不得以此为由解除本合同；确需变更或终止的，由双方协商一致并报同级财政部门备案。

第十部分之二 不可抗力
（1）因不可抗力导致本合同不能履行的，受影响一方应及时通知对方，并在 10 日内提供有关证明，根据影响程度部分或全部免除责任。乙方应在不可抗力消除后立即恢复服务。

第十一部分 争议解决
（1）本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

（2）遇国家或地方公积金政策调整需要系统配合修改的，乙方应在小版本补丁范围内予以配合；涉及较大功能开发的，由双方另行协商。

第十二部分 其他
（1）磋商文件、响应文件、成交通知书及附件为本合同组成部分。本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：河塘市住房公积金管理中心      代表：________  日期：________
乙方（盖章）：河塘汇信软件服务有限公司      代表：________  日期：________
"""

H455Z05 = """# 冷链配送管理软件许可及定制开发合同

**链途科技标准合同文本 LT-2024 版**

合同编号：LT-SW-2025-0219

- 甲方（用户）：湘味坊食品有限公司
- 乙方（供应商）：长沙链途冷链科技有限公司

甲方主要生产卤味熟食，通过自有冷藏车向湖南、湖北两省约 600 家门店配送。为实现订单、排线、装车、在途温控和门店签收的统一管理，甲方向乙方采购“链途 TMS”冷链配送管理软件许可并委托乙方进行定制开发。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“链途 TMS”冷链配送管理平台软件及温控监测模块的永久使用许可，部署在甲方租用的云服务器上。

1.2 乙方按甲方需求进行定制开发，包括：门店订货系统对接、按门店时窗的线路优化、冷藏车温度超限告警及司机 App 签收功能。

1.3 乙方负责部署实施、基础数据初始化和用户培训。

1.4 本合同项下软件许可为永久许可，甲方可在本企业内部使用，不限用户数；车载终端接入数量超过 80 台的，按乙方报价另行购买。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 链途 TMS 冷链配送管理平台软件许可（永久） | 1 套 | 520,000 |
| 2 | 温控监测模块软件许可（永久，含 80 台车载终端接入） | 1 套 | 120,000 |
| | 软件许可小计 | | 640,000 |
| 3 | 定制开发（订货对接、线路优化、温度告警、司机 App 签收） | 1 项 | 268,000 |
| 4 | 部署实施及培训 | 1 项 | 52,000 |
| | 合计 | | 960,000 |

合同总价为人民币玖拾陆万元整（¥960,000），含税。

## 第三条 付款方式

3.1 合同签订后 5 个工作日内，甲方向乙方支付合同总价的 50%，即 ¥480,000，乙方收到该笔款项后开始实施。

3.2 系统上线运行后 10 个工作日内，甲方支付 ¥384,000。

3.3 系统验收合格后 10 个工作日内，甲方支付剩余 ¥96,000。

3.4 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付与验收

4.1 乙方应在收到首笔款项后 90 日内完成部署和定制开发，并通知甲方上线。

4.2 上线后连续试运行 20 日，乙方提交验收申请。验收标准：（1）功能符合双方签字确认的需求说明书；（2）门店订单全部对接成功，对接失败的订单自动重试且可追溯；（3）线路优化结果在 600 家门店、80 台车辆规模下 3 分钟内生成；（4）温度超限告警在 60 秒内推送至调度员和司机。

4.3 甲方应在收到验收申请后 7 个工作日内组织验收并出具书面验收单。

4.4 乙方应向甲方交付安装介质、系统管理手册、用户操作手册和接口说明文档。甲方应为乙方实施人员提供必要的办公场所、网络环境、云服务器账号及业务配合人员，并按乙方要求提供门店、车辆、线路等基础数据。

4.5 因甲方未及时提供基础数据、服务器环境或业务确认导致的延误，交付期限相应顺延，乙方不承担逾期责任。

## 第五条 免费维护期

5.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内，乙方免费修复软件缺陷并提供远程技术支持。

5.2 故障响应：一级故障（平台无法登录或无法排线、派车）乙方在接到甲方通知后 8 小时内响应，二级故障在 2 个工作日内响应。乙方按商业上合理的努力尽快排除故障。

5.3 乙方未在上述时限内响应或排除故障的，不承担扣款、赔偿或违约金责任。

## 第六条 年度维护服务

6.1 免费维护期满后，甲方应向乙方购买年度维护服务，内容包括软件升级、缺陷修复和远程技术支持。

6.2 年度维护费按软件许可小计的 28% 计收，即每个维护年度 ¥179,200，于每个维护年度开始前支付。

6.3 年度维护服务内容不包括新增功能开发、接口变更及因甲方业务调整引起的重新配置，该等工作另行按乙方人天单价 ¥2,800 计费。

6.4 甲方未按期支付年度维护费的，乙方有权暂停提供维护服务和软件升级。

## 第七条 知识产权

7.1 “链途 TMS”平台、温控监测模块及乙方为本项目定制开发的全部程序、线路优化模型、接口及文档，知识产权均归乙方所有。

7.2 乙方授予甲方在本企业内部非独占、不可转让的使用权。甲方不得对定制开发成果进行修改、反向工程或交由第三方维护，乙方不提供源代码。

## 第八条 数据

8.1 甲方的门店、订单、车辆轨迹和温度记录等业务数据归甲方所有。乙方应采取访问控制、加密传输和操作日志等安全措施，发生数据泄露的，乙方应在 24 小时内通知甲方，因乙方原因造成的，由乙方承担赔偿责任。

8.2 甲方同意，乙方可将甲方业务数据脱敏后用于乙方线路优化算法的训练、行业分析报告及产品改进，该等使用在合同终止后仍可继续。

8.3 甲方应自行负责云服务器账号、口令的管理，因甲方账号管理不善造成的损失，由甲方自行承担。

## 第九条 保密

9.1 双方对在履行本合同过程中获悉的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露，保密期限为合同终止后三年。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的 5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的 20%。乙方对甲方的间接损失、利润损失不承担责任。

## 第十一条 合同解除

11.1 任何一方严重违约，经守约方书面催告后 15 日内仍未改正的，守约方有权解除本合同。

11.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在不可抗力消除后继续履行；不可抗力持续超过 60 日的，双方可协商解除合同。

11.3 合同解除后，甲方已支付的软件许可费不予退还，乙方已完成的定制开发工作按实际完成比例结算。

## 第十二条 争议解决

12.1 因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

12.2 本合同履行过程中的通知以书面形式送达合同首部载明的地址，任何一方地址变更应及时通知对方。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。需求说明书为本合同附件。

**甲方（盖章）**：湘味坊食品有限公司　　授权代表：________　　日期：________

**乙方（盖章）**：长沙链途冷链科技有限公司　　授权代表：________　　日期：________
"""

H455E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KPS-CN-2025-014
P:This Agreement is made between Suzhou Linmu Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujiang District, Suzhou, Jiangsu Province ("Customer"), and Karoo Planning Systems (Pty) Ltd, a company incorporated in the Republic of South Africa with its registered office in Stellenbosch, Western Cape ("Licensor").
P:Background. Customer manufactures panel and solid-wood furniture in two plants and wishes to replace spreadsheet-based production planning with an advanced planning and scheduling system. Licensor develops the KarooPlan APS software. Customer selected KarooPlan after a competitive tender and a six-week pilot, and the parties now record the terms on which Licensor grants perpetual licences and performs the implementation services.
H:Article 1 Definitions
P:1.1 "Software" means the KarooPlan APS server, the KarooPlan scheduling engine and the KarooPlan client, in the versions listed in Annex A, with their documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, planning rules, data-conversion scripts and configuration created by Licensor specifically for Customer under the Statement of Work in Annex B.
P:1.3 "Go-Live" means the first day on which Customer runs its weekly production plan for both plants in the Software in production.
P:1.4 "Final Acceptance" means Customer's written confirmation under Article 5.3 that the Acceptance Criteria have been met.
P:1.5 "Warranty Period" means the period of eighteen months starting on the date of Final Acceptance. "Support Year" means each consecutive annual period starting on the day after the Warranty Period ends.
P:1.6 "Customer Data" means all data that Customer or its users enter into, or generate with, the Software, including orders, bills of materials, routings, capacities and schedules.
H:Article 2 Licence
P:2.1 Licensor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers in Customer's premises in the People's Republic of China for the internal business of Customer and its affiliates, for one server instance and up to 46 named users.
P:2.2 Customer may make copies for backup, testing and disaster recovery. Customer shall not reverse engineer the Software except to the extent permitted by law.
P:2.3 Additional named users may be ordered at the unit price in Annex A, which is fixed for the Warranty Period.
H:Article 3 Fees
P:3.1 At Customer's request, all fees are stated and invoiced in Chinese Yuan (CNY). The fees are fixed and include all taxes, travel and expenses:
P:(a) perpetual server licence: CNY 420,000;
P:(b) 46 named-user licences at CNY 21,000 each: CNY 966,000;
P:Licence Fees subtotal: CNY 1,386,000;
P:(c) implementation services under Annex B (fixed price): CNY 512,000;
P:(d) training of planners, supervisors and key users: CNY 44,000.
P:3.2 The total Contract Price is CNY 1,942,000.
H:Article 4 Payment
P:4.1 Customer shall pay the Contract Price in three instalments, each within 30 days of receiving a correct invoice:
P:(a) 20% of the Contract Price (CNY 388,400) after signature of this Agreement, against an advance payment guarantee issued by a bank acceptable to Customer;
P:(b) 45% of the Contract Price (CNY 873,900) after Go-Live;
P:(c) 35% of the Contract Price (CNY 679,700) after Final Acceptance.
P:4.2 Go-Live, use of the Software in production and payment of the second instalment do not constitute acceptance.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 Licensor shall deliver the Software within 10 days of signature and shall achieve Go-Live within 20 weeks of signature, following the project plan in Annex B.
P:5.2 Acceptance Criteria: (a) the Software and Custom Deliverables perform as described in Annex B; (b) the interfaces to Customer's ERP and MES systems transfer orders, stock and completions without error in a reconciliation of two consecutive weekly cycles; (c) a full weekly schedule for both plants is calculated in under ten minutes; (d) eight weeks of production use after Go-Live with no open Severity 1 or Severity 2 defect; (e) documentation, source code of the Custom Deliverables and administrator hand-over are complete.
P:5.3 Licensor shall give notice when it considers the Acceptance Criteria met. Customer shall test within 15 working days and either issue a Final Acceptance certificate or list the criteria not met. Licensor shall correct the listed items and the test shall be repeated.
P:5.4 If Licensor fails to achieve Go-Live or Final Acceptance by the dates in Annex B for reasons not caused by Customer, Licensor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Customer may deduct liquidated damages from any payment due.
H:Article 6 Warranty
P:6.1 Licensor warrants that during the Warranty Period the Software and the Custom Deliverables will perform materially in accordance with their documentation and Annex B. Licensor shall correct any defect free of charge, including updates and new releases of the Software.
P:6.2 During the Warranty Period, Licensor shall provide support by telephone, e-mail and remote session, and on site where a defect cannot be resolved remotely. Severity 1 (planning cannot be run for a plant, or interfaces stopped): response within 1 hour, workaround within 8 hours. Severity 2 (a major function impaired): response within 2 hours, correction within 3 working days. Severity 3: response within 1 working day.
P:6.3 If Licensor misses a response or workaround time for a Severity 1 defect, Licensor shall credit CNY 1,000 for each hour of delay, deducted from the next payment or the support fees.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period, Licensor shall provide support and updates on the terms of Article 6 for an annual fee of 11% of the Licence Fees subtotal, that is CNY 152,460 per Support Year, invoiced at the end of each quarter in arrears.
P:7.2 The annual fee stays fixed for the first three Support Years. Any later change must be agreed in writing and may not exceed 3% per Support Year.
P:7.3 Support is ordered by Customer's purchase order for each Support Year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 Licensor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in Customer on payment. Customer may use, modify, copy and license the Custom Deliverables freely, including through third parties, and Licensor shall deliver their source code.
P:8.3 Licensor shall indemnify Customer against third-party claims that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to Customer. Licensor may access Customer Data only to perform this Agreement and for no other purpose.
P:9.2 Licensor's staff shall access Customer's systems only through Customer's VPN with multi-factor authentication, for each session approved by Customer's IT department. Licensor shall not copy Customer Data outside Customer's systems, and shall use only test data prepared by Customer.
P:9.3 Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC, notify Customer within 24 hours of any security incident affecting Customer Data, take remedial action, and be liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including Customer's production data, costs and product designs, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to Articles 8.3, 9 and 10, death or personal injury, or fraud.
H:Article 12 Subcontracting
P:12.1 Licensor shall not subcontract any part of the services without Customer's prior written consent and remains responsible for approved subcontractors.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Licensor commits a material breach that is not cured within 30 days after notice, or if liquidated damages reach their maximum. Licensor shall refund amounts paid for work not accepted.
P:13.2 Licences that have been paid for survive termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of South Africa.
P:14.2 Any dispute shall be finally resolved by arbitration under the rules of the Arbitration Foundation of Southern Africa (AFSA), seated in Johannesburg, in the English language.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, gives evidence within 15 days and takes reasonable steps to limit the effect. If such an event prevents performance for more than 60 days, either party may terminate by written notice.
H:Article 16 General
P:16.1 This Agreement with its Annexes is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Annex A: Software and price list. Annex B: Statement of Work and project plan.
P:Signed for Customer: ____________________  Name and title: __________  Date: __________
P:Signed for Licensor: ____________________  Name and title: __________  Date: __________
"""

H455E02 = """# ORDER FORM — TourDesk Tour Operations Platform

**Order Form No. TD-OF-2025-0387**, issued under the TourDesk General Terms set out below.

| | |
|---|---|
| **Vendor** | Kalahari Cloud Works (Pty) Ltd, registered in Namibia, 14 Independence Avenue, Windhoek |
| **Customer** | Xi'an Silk Road Horizon International Travel Service Co., Ltd., Yanta District, Xi'an, Shaanxi Province, PRC |
| **Service** | TourDesk: itinerary builder, supplier contracting, group booking, guide and vehicle allocation, invoicing and reporting |
| **Subscription Term** | Two Subscription Years: 1 October 2025 to 30 September 2027 |
| **Hosting** | A public cloud region in mainland China (Shanghai) |
| **Currency** | Chinese Yuan (CNY), at the Customer's request |

## A. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| TourDesk Professional user subscription, per user per Subscription Year | 60 users × 2 Subscription Years | 3,600 | 432,000 |
| Onboarding: data migration from Customer's current booking tool, configuration of 40 itinerary templates, set-up of 3 invoice formats, training of 60 users (one-time) | 1 | 38,000 | 38,000 |
| **Total Order Value** | | | **470,000** |

Annual subscription fees are CNY 216,000 per Subscription Year. Additional users may be added at CNY 3,600 per user per Subscription Year, pro rata.

## B. Invoicing and payment

1. Subscription fees are invoiced quarterly in arrears, at the end of each calendar quarter, for the users active in that quarter. Each quarterly invoice is CNY 54,000 for 60 users.
2. The onboarding fee is invoiced after Go-Live Acceptance under item C.3.
3. No amount is payable in advance. Invoices are payable within 30 days of receipt of a valid fapiao issued by Vendor's appointed Chinese reseller or, if Customer agrees, of a commercial invoice.

## C. Onboarding

1. Vendor will complete onboarding in the 8 weeks before the start of the Subscription Term, according to the onboarding plan agreed at the kick-off meeting.
2. Vendor will use reasonable efforts to meet the target go-live date of 1 October 2025. No liquidated damages, penalties or other delay damages apply to the onboarding timetable or to any other obligation under this Order Form; the service credits in clause 4 of the General Terms are Customer's only monetary remedy relating to the Service.
3. Go-Live Acceptance: Customer will test the Service within 10 working days after Vendor's notice that onboarding is complete. Criteria: (a) all active bookings and supplier contracts migrated and reconciled against Customer's export; (b) the 40 itinerary templates and 3 invoice formats work as agreed; (c) a test group booking runs end-to-end from quotation to invoice. Customer will sign a Go-Live Acceptance certificate or list the failed criteria for correction. Use of the Service before signature is not acceptance.

## D. Renewal

The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

Signed by the parties' authorised representatives. This Order Form and the General Terms form one agreement (the "Agreement"); the Order Form prevails if they conflict.

For Customer: ____________________ Date: __________
For Vendor: ____________________ Date: __________

---

# TOURDESK GENERAL TERMS (version 3.1)

## 1. Definitions

1.1 "Service" means the TourDesk platform described in the Order Form, including updates Vendor makes generally available.

1.2 "Customer Data" means data entered into the Service by or for Customer, including traveller names, passport details, booking records, supplier rates and invoices.

1.3 "Customer Configurations" means the itinerary templates, invoice formats, workflows and reports configured for Customer during onboarding or later at Customer's request.

1.4 "Subscription Year" means each consecutive annual period of the Subscription Term starting on its start date or an anniversary of that date.

## 2. Use of the Service

2.1 Vendor grants Customer and its users a non-exclusive right to use the Service during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for its users' conduct and for keeping log-in credentials secure.

2.3 Customer may export its Customer Data at any time in CSV format through the administration console, and may request a full export by e-mail at no extra charge once in each Subscription Year.

## 3. Vendor obligations

3.1 Vendor will provide the Service in accordance with the Order Form, these General Terms and the documentation, with reasonable skill and care.

3.2 Vendor will not materially reduce the functionality of the Service during the Subscription Term.

## 4. Service levels

4.1 Availability: the Service will be available 99.95% of the time in each calendar month, measured at the load balancer and excluding scheduled maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 Beijing time.

4.2 Support: Priority 1 incidents (Service unavailable, or bookings or invoicing cannot be processed for all users) — response within 1 hour, 24 hours a day, and continuous work until restored; Priority 2 (a main function impaired) — response within 3 hours during business hours; Priority 3 — response within 2 business days. Support is given in English and Chinese.

4.3 Service credits: if availability in a month falls below the level in 4.1, Customer receives a credit of 5% of that month's subscription fees for each 0.1 percentage point (or part) below that level, up to 25% of that month's fees. If a Priority 1 response is late, Customer receives a credit of CNY 1,000 for each hour late. Credits are deducted from the next invoice.

## 5. Customer Data and security

5.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the Service and on Customer's documented instructions, and will not sell, analyse or use it for any other purpose.

5.2 Vendor will host Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least 180 days, and maintain ISO/IEC 27001 certification for the Service.

5.3 Vendor will notify Customer within 24 hours of becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it, assist Customer with notifications required by the Personal Information Protection Law, and is responsible for the losses and costs caused to Customer by an incident resulting from Vendor's breach of this clause 5.

5.4 Within 30 days after the end of the Agreement, Vendor will return Customer Data in CSV format and then delete it, and will confirm the deletion in writing.

## 6. Subcontractors and sub-processors

6.1 Vendor may use subcontractors and sub-processors, including hosting providers and support partners, to perform the Agreement. Vendor will inform Customer by email of any new subcontractor or sub-processor; Customer's consent is not required. Vendor remains responsible for their performance.

## 7. Confidentiality

7.1 Each party will keep confidential the other party's non-public business, technical and commercial information, use it only for the Agreement and disclose it only to staff and advisers who need it. This obligation lasts for three years after the end of the Agreement.

## 8. Intellectual property

8.1 Vendor owns the Service and all its underlying software.

8.2 Customer Configurations belong to Customer, including any templates that Vendor builds at Customer's request after onboarding. Customer may use, modify and copy them freely and may give them to a successor provider.

## 9. Limitation of liability

9.1 Each party's total aggregate liability arising out of or in connection with the Agreement is limited to the subscription fees paid by Customer in the 6 months immediately before the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss or loss of profit. Clause 9.1 does not limit liability for fraud, death or personal injury, or Customer's obligation to pay fees.

## 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

10.2 Customer may also terminate if the availability level in clause 4.1 is missed in three consecutive months. On termination by Customer under this clause 10, Vendor refunds any fees paid for the period after termination.

## 11. Governing law and disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be settled by negotiation within 30 days will be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.

## 12. Force majeure

12.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, gives evidence within 15 days and takes reasonable steps to limit the effect. If such an event prevents performance for more than 60 days, either party may terminate by written notice. Service credits do not apply to unavailability caused by such an event.

## 13. General

13.1 Neither party may assign the Agreement without the other's written consent. Notices must be in writing and sent to the addresses in the Order Form. These General Terms may be amended only in writing signed by both parties.
"""

H455E03 = """T:SUPPLY AND INSTALLATION CONTRACT — GREENHOUSE ENVIRONMENTAL SENSOR NETWORK
P:Contract No. SGV-PUR-2025-0412
P:Buyer: Shouguang Green Valley Vegetable Cooperative Co., Ltd., Shouguang, Weifang, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Okavango Sensing Technologies (Pty) Ltd, Plot 64518, Fairgrounds, Gaborone, Botswana (the "Supplier").
P:Recitals. The Buyer operates 48 solar greenhouses and a seedling centre on its Dongcheng site. Following a request for quotation, the Buyer accepted the Supplier's offer for a wireless network of soil, climate and CO2 sensors with a monitoring software licence, installed and calibrated on the site. This Contract is issued on the Buyer's standard purchasing terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2 (the "System") at the Buyer's Dongcheng site, train the Buyer's staff and provide warranty support.
P:1.2 The System shall measure soil moisture and temperature in every greenhouse bay, air temperature, humidity and light at 24 climate stations, and CO2 concentration in all 48 greenhouses, transmit the readings over LoRaWAN to on-site gateways, and present them in the monitoring software on the Buyer's server with alarms by text message.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Yuan (CNY). The Contract Price is fixed and includes delivery to the site (DAP Shouguang), import duties, taxes, installation, calibration and training.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probe, 3 depths|180|1,450|261,000
TB:2|Climate station (air temperature, humidity, PAR light)|24|8,600|206,400
TB:3|NDIR CO2 sensor, greenhouse grade|48|2,300|110,400
TB:4|LoRaWAN outdoor gateway with solar backup|6|12,800|76,800
TB:5|GreenWatch monitoring software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||750,600
TB:6|Installation, calibration and commissioning|1|68,400|68,400
TB:7|Training of growers and maintenance staff|1|11,000|11,000
TB:|Contract Price|||830,000
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 83,000) as an advance within 15 working days after signature, against the Supplier's invoice and a bank advance payment guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 456,500) within 15 working days after all items are delivered and installed and the Buyer signs the Installation Certificate. The Installation Certificate confirms quantities only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 290,500) within 15 working days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all items to the site within 10 weeks after signature and complete installation within 4 weeks after delivery, working around the Buyer's planting calendar.
P:4.2 Delay damages: if the Supplier misses the delivery date or the date for Final Acceptance for reasons not caused by the Buyer, it shall pay 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
P:4.3 The Supplier's staff shall follow the Buyer's site rules on biosecurity, greenhouse access, plant protection products and working at height, and shall repair any damage to greenhouse films, frames or crops caused during installation at its own cost.
P:4.4 The Supplier shall supply the items new, of current production, with CE or CCC marking where required, and in packaging suitable for sea and road transport. Risk passes to the Buyer on signature of the Installation Certificate; title passes on payment of the second instalment.
H:Section 5 Acceptance
P:5.1 Acceptance tests: (a) every sensor reports to the software at its configured interval; (b) each probe and station is checked against the Buyer's calibrated reference instruments and is within the tolerance in the technical specification (soil moisture ±3% volumetric, air temperature ±0.5 °C, CO2 ±50 ppm); (c) gateway coverage is confirmed by a continuous 14-day run in which no sensor is offline for more than 30 minutes; (d) alarms reach the duty grower's mobile phone within 2 minutes; (e) manuals, the as-built sensor map and training are complete.
P:5.2 When the tests are passed, the Buyer shall sign a Final Acceptance Certificate within 7 working days. Failed items shall be corrected and retested. Delivery, installation, use of the System and any payment do not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The Warranty Period is 36 months from Final Acceptance. During it the Supplier shall repair or replace any defective item free of charge, including parts, labour, shipping and recalibration, and provide software updates.
P:6.2 Faults are classified as follows:
TB:Severity|Description|Response|Resolution
TB:Critical|Gateway failure, software down, or loss of data from a whole greenhouse block|30 minutes (remote)|Next working day on site
TB:Major|Failure of single sensors or of alarm delivery|2 hours|3 working days
TB:Minor|Questions, reports, display issues|1 working day|10 working days
P:6.3 If the Supplier misses a Critical response or resolution time, the Buyer may deduct CNY 500 for each hour of delay from the warranty retention or any amount due. The Supplier shall keep a stock of spare probes and one spare gateway in Shouguang.
P:6.4 After the Warranty Period, the Supplier shall offer annual support on the same service levels for 7% of the Hardware and Licence Subtotal, that is CNY 52,542 per year, fixed for two years after the Warranty Period. Support is ordered each year by purchase order and does not renew automatically.
P:6.5 The Supplier shall provide a list of recommended spare parts with prices valid for two years after the Warranty Period, and shall keep spare parts for the supplied models available for at least seven years after Final Acceptance.
H:Section 7 Data
P:7.1 All sensor readings, alarms, maps, crop records and other data collected or generated by the System are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The software runs on the Buyer's server. The Supplier shall access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, with activity logged, and shall not copy the Buyer's data off the Buyer's systems.
P:7.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the System or the Buyer's data, take remedial action, and be liable for all loss caused by a breach of this Section 7.
H:Section 8 Confidentiality
P:8.1 Each party shall keep confidential the other party's non-public information, including the Buyer's yields, crop plans and site layout, and shall not disclose it without prior written consent. This obligation survives for three years after the end of this Contract.
H:Section 9 Intellectual Property
P:9.1 Firmware and the standard GreenWatch software remain the Supplier's property; the Buyer receives a perpetual licence to use them with the System.
P:9.2 The site-specific configuration, dashboards, alarm rules and sensor map created for the Buyer belong to the Buyer, which may use and modify them freely and hand them to any third party for maintenance.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 8, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund amounts paid for items not accepted.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:Section 14 Force Majeure
P:14.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, gives evidence within 15 days and takes reasonable steps to limit the effect. If such an event prevents performance for more than 60 days, either party may terminate by written notice.
H:Section 15 Insurance and Compliance
P:15.1 The Supplier shall hold public liability insurance covering its work on the site and shall comply with Chinese import, customs, radio and product-safety rules, including the registration of the LoRaWAN gateways for the frequency band used.
H:Section 16 Training and Notices
P:16.1 The Supplier shall train up to 20 growers and 4 maintenance staff on site in Chinese, covering daily use, alarm handling, battery replacement, probe cleaning and recalibration, and shall hand over training materials. Notices under this Contract must be in writing and delivered by hand, by courier or by e-mail with confirmation of receipt to the addresses and contact persons named by each party at signature. A party that changes its address or contact person shall inform the other party in writing within five working days.
H:Section 17 General
P:17.1 Annex 1: Technical specification. Annex 2: Site plan. Annex 3: Acceptance test plan. This Contract is made in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""

H455E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. ZMS-CN-2025-022**

**Between**

**Nanning Baicao Pharmaceutical Distribution Co., Ltd.**, Qingxiu District, Nanning, Guangxi Zhuang Autonomous Region, People's Republic of China ("**Customer**"); and

**Zambezi Managed Services Limited**, a company registered in Zambia, Plot 2374, Thabo Mbeki Road, Lusaka ("**Provider**").

**Background**

(A) Customer distributes medicines to hospitals and pharmacies from a head office, two warehouses and 18 branch offices, with about 420 computers and 60 warehouse handheld terminals.

(B) Customer wishes to outsource its service desk, endpoint management, server monitoring and network monitoring to Provider, which operates a Mandarin- and English-speaking service centre and an engineering team in Nanning.

(C) The parties agree as follows.

## 1. Definitions and Term

1.1 "Services" means the managed services described in Schedule 1. "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under clause 3.3.

1.2 "Customer Data" means all data of Customer, its customers and employees that Provider accesses, processes or stores in performing the Services, including tickets, device inventories, logs and monitoring data.

1.3 "Initial Term" means 24 months from the Service Commencement Date. The Agreement ends at the end of the Initial Term unless the parties sign a written extension; it does not renew automatically.

## 2. Charges and Payment

2.1 At Customer's request, all Charges are in Chinese Yuan (CNY) and include taxes. The Charges are set out in Schedule 2.

2.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after the Service Commencement Date. No Charges are payable in advance.

2.3 Customer pays correct invoices within 30 days of receipt. Service credits under Schedule 3 are deducted from the next invoice.

## 3. Transition and Service Commencement

3.1 Provider shall carry out the transition in Schedule 1, part B, within 8 weeks after signature.

3.2 If Service Commencement has not occurred by the date in the transition plan for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to a total of CNY 60,000.

3.3 Service Commencement tests: (a) all 420 computers and 60 handheld terminals enrolled in the endpoint management tool and reporting; (b) monitoring in place for every server, firewall and branch link listed in Schedule 1; (c) service desk telephone line, e-mail and portal live and tested with 30 sample tickets; (d) runbooks for the top 20 incident types approved by Customer; (e) a 10-day shadow run in which the Service Levels in Schedule 3 are met. Customer signs the Service Commencement Certificate when the tests are passed. Use of any part of the Services before then is not acceptance.

## 4. Provision of the Services

4.1 Provider shall perform the Services in accordance with this Agreement, good industry practice and Customer's IT policies notified to Provider.

4.2 Provider shall assign a named service manager, hold monthly service reviews and deliver a monthly report on Service Levels, tickets, patches and capacity.

4.3 Provider shall keep at least two engineers based in Nanning and attend branch offices on site when remote resolution fails.

4.4 Provider shall follow Customer's change management procedure: changes to servers, firewalls and warehouse systems require an approved change request, and emergency changes must be reported to Customer's IT manager within one business day.

## 5. Service Levels and Credits

5.1 Provider shall meet the Service Levels and pay the service credits set out in Schedule 3.

5.2 Service credits are a price adjustment and do not limit Customer's other rights.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider shall process Customer Data to perform the Services.

6.2 Customer agrees that Provider may compile aggregated and anonymised statistics from Customer Data, including ticket volumes, incident types, device performance and resolution times, and may use them to benchmark its services, to develop its tools and in reports to other clients, during and after the term of this Agreement.

6.3 Customer remains responsible for the security of its systems and Customer Data, including backups and access rights. Provider's obligations concerning Customer Data are limited to this clause 6 and clause 7.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including Customer's customer lists, prices, network design and passwords, and use it only for this Agreement. The obligation continues for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Provider's tools and pre-existing materials remain Provider's property, and Customer may use them during the term.

8.2 Runbooks, scripts, configuration baselines, documentation and reports prepared for Customer belong to Customer, which may use, modify and give them to any successor provider.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 2, except for death, personal injury, fraud and breach of clause 7.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after notice, or if Provider fails the Priority 1 resolution level in three consecutive months.

11.2 On expiry or termination Provider shall give exit assistance for up to 60 days at the rates in Schedule 2 and hand over all runbooks, documentation and Customer Data.

## 12. Force Majeure

12.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, gives evidence within 15 days and takes reasonable steps to limit the effect. If such an event prevents performance for more than 60 days, either party may terminate by written notice.

## 13. Personnel and Compliance

13.1 Provider shall vet all staff assigned to the Services, ensure they follow Customer's site rules and Good Supply Practice requirements for medicine warehouses, and replace any person that Customer reasonably asks to be removed.

13.2 Each party shall comply with applicable anti-bribery laws. Provider shall not offer gifts or payments to Customer's staff in connection with this Agreement.

## 14. Notices and Reviews

14.1 Notices under this Agreement must be in writing and delivered by hand, by courier or by e-mail with confirmation of receipt to the addresses and contact persons named by each party at signature. A party that changes its address or contact person shall inform the other party in writing within five working days. The parties shall hold a service review each quarter to discuss service performance, improvement plans, forecast device numbers and any changes to Customer's sites.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Mandarin and English, telephone, e-mail and portal, 07:00–22:00 every day; out-of-hours on-call for Priority 1 |
| A2 | Endpoint management | 420 computers and 60 handheld terminals: patching, antivirus, software distribution, asset inventory |
| A3 | Server and network monitoring | 26 servers, 21 firewalls, 20 branch links: 24×7 monitoring, alert handling, monthly capacity report |
| A4 | On-site support | Nanning head office and warehouses next business day; other branches within 2 business days |
| B | Transition | Inventory, tool deployment, knowledge transfer from the current supplier, runbooks, shadow run |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | 58,500 per month × 24 months | 1,404,000 |
| Transition Charge | One-time, after Service Commencement | 76,000 |
| **Total Contract Value** | | **1,480,000** |
| Additional devices | Per device per month, above 500 devices | 95 |
| Exit assistance | Per engineer day | 2,400 |

## Schedule 3 — Service Levels and Credits

| Measure | Service Level | Credit if missed (per month) |
|---|---|---|
| Monitoring and service desk platform availability | 99.95% per month | 3% of the Monthly Service Charge |
| Priority 1 (warehouse system or network down, dispatch stopped) | Response within 15 minutes; restore within 3 hours | CNY 2,000 per incident late |
| Priority 2 (a branch or key application impaired) | Response within 1 hour; restore within 8 hours | CNY 600 per incident late |
| Priority 3 (single user) | Response within 2 business hours; resolve within 2 business days | CNY 100 per ticket resolved late |
| Critical patches | Installed on all reachable endpoints within 14 days | CNY 50 per endpoint not patched in time |

Credits in a month are capped at 20% of the Monthly Service Charge.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
"""

H455E05 = """DATA SUBSCRIPTION AGREEMENT - VESSEL POSITION AND PORT CALL API

Agreement reference: MDL-API-2025-0093

PARTIES

Mascarene Data Labs Ltd, a company incorporated in the Republic of Mauritius, with its office at Cybercity, Ebene, Mauritius ("Provider").

Qingdao Haitong International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its office in Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

Provider collects terrestrial and satellite AIS messages and port records and offers vessel positions, estimated arrival times and port call histories through an application programming interface (the "API"). Customer books ocean freight for importers and exporters and wishes to show live vessel positions and arrival estimates in its customer portal and its internal operations system. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel positions, vessel particulars, estimated times of arrival, port call records and related information made available through the API.

1.2 "Subscription Year" means each consecutive annual period of the Subscription Term, the first starting on the Start Date.

1.3 "Start Date" means 1 November 2025. "Subscription Term" means two Subscription Years from the Start Date, that is until 31 October 2027, and any renewal under clause 4.

1.4 "Customer Query Data" means the vessel lists, booking references, container numbers, port pairs and user details that Customer sends to the API or uploads to Provider.

1.5 "Historical Dataset" means the one-time extract of port call histories for the 3,500 container vessels and the 60 ports listed in Annex 1, covering calls from 1 January 2022 to the Start Date.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API and to use the Data in Customer's operations system and to display Data to Customer's own clients in its customer portal, with Customer's branding.

2.2 The subscription includes up to 2,000,000 API calls per calendar month, 25 named user accounts for Provider's web console, and daily file delivery of arrival estimates for Customer's watch list.

2.3 Customer shall not resell the Data as a data feed, build a competing data product, or remove attribution notices from the web console.

3. FEES AND PAYMENT

3.1 At the Customer's request all fees are priced and invoiced in Chinese Yuan (CNY):
(a) subscription fee: CNY 186,000 per Subscription Year, CNY 372,000 for the two Subscription Years;
(b) Historical Dataset and integration support (one-time): CNY 26,000;
Total contract value: CNY 398,000.

3.2 API calls above the monthly allowance are charged at CNY 0.02 per 100 calls, invoiced monthly in arrears.

3.3 The subscription fee is invoiced quarterly in arrears, CNY 46,500 per quarter. The one-time fee is invoiced after acceptance of the Historical Dataset under clause 5. No fee is payable in advance. Customer shall pay within 30 days of receipt of a correct invoice.

4. RENEWAL

4.1 At the end of the Subscription Term the subscription renews for a further Subscription Year at the same fees and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. Fees for any renewal period are not increased.

5. HISTORICAL DATASET AND ACCEPTANCE

5.1 Provider shall deliver the Historical Dataset in CSV and Parquet formats with a data dictionary within 30 days after signature.

5.2 Acceptance criteria: (a) the dataset covers all vessels and ports in Annex 1 for the whole period; (b) it follows the schema in the data dictionary; (c) a sample of 200 port calls chosen by Customer matches the port authorities' published records for vessel, port and date. Customer shall test within 10 working days and confirm acceptance in writing or list the defects; Provider shall correct them and redeliver.

5.3 If Provider delivers the Historical Dataset late, Provider shall pay Customer CNY 280 for each day of delay, up to CNY 8,000.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and the Data current. The API and the Data are provided without any service level, guaranteed availability, response time or service credit.

6.2 Customer may report problems by e-mail to Provider's support desk, which is staffed on Mauritian business days. Provider will address reported problems in the order it considers appropriate.

6.3 Provider may suspend the API for maintenance and upgrades and will try to announce planned maintenance on its status page.

6.4 Provider publishes API documentation, code samples and a change log on its developer portal and will give at least 90 days' notice before withdrawing an API version that Customer uses.

7. CUSTOMER QUERY DATA AND SECURITY

7.1 Customer Query Data belongs to Customer. Provider shall process it only to provide the API and the web console to Customer and shall not use it for any other purpose, including enriching the Data, and shall not disclose it to third parties.

7.2 Provider shall protect Customer Query Data with encryption in transit and at rest, access limited to named staff with multi-factor authentication, and logging of all access. Customer Query Data that includes personal information shall be stored on servers located in mainland China.

7.3 Provider shall notify Customer within 48 hours of becoming aware of any unauthorised access to or loss of Customer Query Data, take remedial action, and is responsible for Customer's losses caused by a breach of this clause 7.

7.4 On expiry of the Subscription Term Provider shall delete Customer Query Data within 30 days and confirm the deletion in writing.

8. INFORMATION AND PUBLICITY

8.1 Except for Customer Query Data under clause 7, neither party undertakes any obligation of confidentiality under this Agreement, and information exchanged between the parties is not treated as confidential.

8.2 Neither party may use the other party's name or logo in advertising without its consent, except for the attribution notices in clause 2.3.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data, the API and the web console.

9.2 The integration adapter, field mappings and geofences for Customer's ports of interest that Provider develops for Customer under the one-time integration support belong to Customer, which may use, modify and license them freely.

10. WARRANTIES

10.1 Provider warrants that it has the right to grant the rights in clause 2 and that the Historical Dataset will meet clause 5.2. Apart from this, the Data is provided on an "as is" basis and Customer is responsible for the decisions it takes using the Data.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total contract value in clause 3.1, except for fraud, death or personal injury, breach of clause 7, and Customer's payment obligations.

11.2 Neither party is liable for loss of profit or indirect loss.

12. SUBCONTRACTING

12.1 Provider may use its hosting provider named in Annex 2. Provider shall not otherwise subcontract any part of its obligations without Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after notice.

13.2 On termination by Customer under clause 13.1, Provider shall refund the fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute that the parties cannot settle by negotiation shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

15. FORCE MAJEURE

15.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, gives evidence within 15 days and takes reasonable steps to limit the effect. If such an event prevents performance for more than 60 days, either party may terminate by written notice.

16. COMPLIANCE

16.1 Each party shall comply with the sanctions, export control and anti-bribery laws that apply to it. Provider confirms that the Data is collected from lawful sources and that its display in Customer's portal does not require any licence from Customer under the laws of Mauritius.

16.2 Customer shall keep records of the users of its web console accounts and shall inform Provider promptly if an account is misused.

17. NOTICES

17.1 Notices under this Agreement must be in writing and delivered by hand, by courier or by e-mail with confirmation of receipt to the addresses and contact persons named by each party at signature. A party that changes its address or contact person shall inform the other party in writing within five working days. Operational messages about the API, such as maintenance announcements and version changes, may be sent to the technical contact by e-mail or shown on Provider's status page.

18. GENERAL

18.1 This Agreement, with Annex 1 (vessel and port list) and Annex 2 (approved hosting provider), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Notices may be given by e-mail to the addresses below.

SIGNATURES

For Mascarene Data Labs Ltd: ____________________ Name: ______________ Date: __________

For Qingdao Haitong International Freight Forwarding Co., Ltd.: ____________________ Name: ______________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets. .docx / .pdf are built by ../word_pdf.py from the markup above; .txt / .md are written as they stand.
STEMS = {
    "h455z01": "h455z01_land_space_platform_licence_development",
    "h455z02": "h455z02_flour_mill_control_system_retrofit",
    "h455z03": "h455z03_childcare_chain_family_fee_saas",
    "h455z04": "h455z04_housing_fund_collection_system_annual_om",
    "h455z05": "h455z05_braised_food_cold_chain_tms_supplier_template",
    "h455e01": "h455e01_aps_perpetual_licence_south_africa_vendor",
    "h455e02": "h455e02_tour_operations_saas_order_form_namibia",
    "h455e03": "h455e03_greenhouse_sensor_network_botswana",
    "h455e04": "h455e04_managed_it_services_zambia",
    "h455e05": "h455e05_vessel_data_api_subscription_mauritius",
}
FORMATS = {"h455z01": "pdf", "h455z02": "docx", "h455z03": "txt", "h455z04": "txt", "h455z05": "md",
           "h455e01": "pdf", "h455e02": "md", "h455e03": "docx", "h455e04": "md", "h455e05": "txt"}
TEXTS = {"h455z01": H455Z01, "h455z02": H455Z02, "h455z03": H455Z03, "h455z04": H455Z04, "h455z05": H455Z05,
         "h455e01": H455E01, "h455e02": H455E02, "h455e03": H455E03, "h455e04": H455E04, "h455e05": H455E05}
SOURCES = {k: v for k, v in TEXTS.items() if FORMATS[k] in ("docx", "pdf")}
TARGETS = {k: (STEMS[k] + "." + FORMATS[k], FORMATS[k]) for k in SOURCES}

# ---------------------------------------------------------------------------------------------------------------
# Labels (buyer's view; conventions as holdout18/19 and the brief).
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
T, F, N = True, False, None
LABELS = {
    #                 avail  p1    rem ip        dsec own  conf ld    cap   prep acc final warr pwf auto term sub  law    kind
    "h455z01": ("zh", "software", terms(99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 8, F, T, F, "PRC", G),
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=2880000)),
    "h455z02": ("zh", "hardware", terms(N, 0.5, T, "buyer", T, T, T, 0.08, N, 25, F, F, 24, 9, F, T, T, "PRC", G),
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=T,
                     contract_value=1080000)),
    "h455z03": ("zh", "cloud", terms(99.5, 0.5, T, "buyer", T, T, T, 0.1, 200, N, T, N, N, N, T, T, F, "PRC", S),
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=490400)),
    "h455z04": ("zh", "services", terms(99.95, 0.25, T, "buyer", T, T, T, 0.02, N, N, T, N, N, N, F, F, F, "PRC", S),
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=620000)),
    "h455z05": ("zh", "software", terms(N, 8, F, "supplier", T, F, T, 0.02, 20, 50, T, T, 6, 28, F, T, N, N, G),
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=960000)),
    "h455e01": ("en", "software", terms(N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 11, F, T, F, "South Africa",
                                        G),
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1942000)),
    "h455e02": ("en", "cloud", terms(99.95, 1, T, "buyer", T, T, T, N, 6 / 24 * 100, N, T, N, N, N, F, T, T, "PRC", S),
                dict(sla_clause=T, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=470000)),
    "h455e03": ("en", "hardware", terms(N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7, F, T, F, "PRC", G),
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=830000)),
    "h455e04": ("en", "services", terms(99.95, 0.25, T, "buyer", F, F, T, 1200 / 1480000 * 100, 150, N, T, N, N, N, F,
                                        T, F, "PRC", S),
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=1480000)),
    "h455e05": ("en", "cloud", terms(N, N, F, "buyer", T, T, F, 280 / 398000 * 100, 200, N, T, N, N, N, F, T, F, "PRC",
                                     S),
                dict(sla_clause=F, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=398000)),
}

# Design-only facts the labels do not carry: TCO fee base (itemised licence / hardware subtotal) and forums abroad.
TCO_BASE = {"h455z01": 1440000, "h455z02": 876000, "h455z05": 640000, "h455e01": 1386000, "h455e03": 750600}
FORUM_OUTSIDE_MAINLAND = {"h455e01"}  # AFSA, Johannesburg

DESIGN = {
    "h455z01": [],
    "h455z02": ["CR-ACCEPTANCE", "CR-SUBCONTRACT"],
    "h455z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h455z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "h455z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h455e01": ["CR-GOVERNING-LAW"],
    "h455e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h455e03": [],
    "h455e04": ["CR-DATA-OWNERSHIP", "CR-DATA-SECURITY"],
    "h455e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, value):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = horizon - warranty (pro rata)."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None or key not in TCO_BASE:
        return None
    fee = t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    service = fee * post_years
    return service / (value + service) * 100


def derive_rules(key, t, x):
    """My own reading of policy.md §3."""
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x["contract_value"])
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Thresholds: no label on a threshold, no threshold figure in any text.
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)" + PCT, r"百分之九十九点九(?![\d一二三四五六七八九])",
    r"(?<![\d.,])4\s*-?\s*(?:个小时|小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?\b",
    r"(?<![\d.,])240\s*(?:分钟|minutes?)",
    r"(?<![\d.,])0\.05(?!\d)" + PCT, r"万分之五(?![十百千\d零一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.,])100(?![\d.,])" + PCT, r"百分之百", r"百分之一百", r"\bone\s+hundred\s+per\s*cent",
    r"(?<![\d.,])30(?![\d.,])" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty\s+per\s*cent",
    r"(?<![\d.,])12\s*-?\s*(?:个月|months?\b)", r"十二\s*个\s*月", r"\btwelve[\s-]*months?\b", r"一年",
    r"\bone[\s-]*year\b",
    r"(?<![\d.,])15(?![\d.,])" + PCT, r"百分之十五(?![点])", r"\bfifteen\s+per\s*cent",
    r"(?<![\d.,])40(?![\d.,])" + PCT, r"四成", r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s+per\s*cent",
    r"(?<![\d.,])5\s*-?\s*(?:年|years?\b)", r"(?<![十])五\s*年", r"\bfive[\s-]*years?\b",
    r"(?<![\d.,])60\s*-?\s*(?:个月|months?\b)", r"六十\s*个\s*月", r"\bsixty[\s-]*months?\b",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "240分钟", "0.05%",
            "0.05 per cent", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月",
            "十二个月", "twelve months", "12 months", "12-month", "一年", "one year", "15%", "百分之十五", "40%", "四成",
            "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月", "sixty months", "forty per cent"]
MUST_MISS = ["24小时", "24 小时", "24 hours", "48 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "1,100%",
             "2025年", "2025 年", "万分之五十", "服务年度", "12 小时", "二十四小时", "0.08%", "200%", "25%", "130%",
             "Subscription Year", "45 days", "14 hours", "0.5%", "1.5%", "2015年"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RE:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


THRESHOLDS = {"availability_pct": [99.9], "p1_response_hours": [4], "ld_rate_per_day_pct": [0.05],
              "liability_cap_pct": [100], "prepayment_pct": [30], "warranty_months": [12],
              "post_warranty_fee_pct": [15]}


# ---------------------------------------------------------------------------------------------------------------
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


def main():
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    self_test()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, text in TEXTS.items():
        if FORMATS[k] in ("txt", "md"):
            (OUT / (STEMS[k] + "." + FORMATS[k])).write_text(text, encoding="utf-8")
            print("wrote", STEMS[k] + "." + FORMATS[k])

    fired = set()
    problems = []
    summary = []
    for k in STEMS:
        lang, cat, t, x = LABELS[k]
        rules = derive_rules(k, t, x)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "rules", rules, sorted(DESIGN[k])))
        fired |= set(rules)
        for key, ths in THRESHOLDS.items():
            if t[key] is not None and any(abs(t[key] - th) < 1e-9 for th in ths):
                problems.append((k, "label on threshold", key))
        share = tco_share(k, t, x["contract_value"])
        if share is not None and abs(share - 40) <= 2:
            problems.append((k, "TCO share near 40", share))
        label = {"file": STEMS[k] + "." + FORMATS[k], "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (STEMS[k] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        path = OUT / label["file"]
        back = read_back(path)
        for src_name, src in (("source", TEXTS[k]), ("built", back)):
            for h in threshold_hits(src):
                problems.append((k, "threshold text in " + src_name, h))
        if lang == "zh":
            n, n_ns = len(back), len(re.sub(r"\s+", "", back))
            ok = 2750 <= n <= 3000
            length = "%d chars (%d without whitespace)" % (n, n_ns)
        else:
            n = len(back.split())
            ok = 1450 <= n <= 1650
            length = "%d words" % n
        if not ok:
            problems.append((k, "length", length))
        summary.append((label["file"], lang, length, rules, risk(rules),
                        None if share is None else round(share, 2)))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(("coverage", missing))
    for row in summary:
        print(*row, sep=" | ")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        raise SystemExit(1)
    print("all checks passed; all %d rules fire at least once" % len(ALL_RULES))


if __name__ == "__main__":
    main()
