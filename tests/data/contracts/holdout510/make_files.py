"""holdout510 generator: writes the ten contracts (txt/md directly, docx/pdf through ../word_pdf.py), reads every built
file back, measures its length, scans it for threshold figures, derives the expected rules from the labels by my own
reading of policy.md section 3, and writes the ten .json labels. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:不动产登记服务平台建设项目合同
P:合同编号：LZRJ-2026-ZC-017
P:采购项目编号：LZCG2026-0318（公开招标）
P:甲方（采购人）：临州市自然资源局
P:乙方（供应商）：江苏衡图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就临州市不动产登记服务平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供不动产登记服务平台软件许可（市级部署，不限用户数，永久使用），并完成下列定制开发：一窗受理模块、“互联网+不动产登记”在线申请、电子证照接口、与税务及住建部门的数据共享接口。
P:1.2 乙方负责历史登记数据的对接与迁移、系统部署、联调测试及甲方业务人员和系统管理员的培训。
P:1.3 平台部署在甲方政务云，由甲方提供云资源，乙方负责应用及中间件的安装配置。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾陆万元整（¥2,160,000），含税，为固定总价，明细如下：
P:平台软件许可  ¥1,160,000
P:定制开发（四项）  ¥742,000
P:数据对接与迁移  ¥188,000
P:实施及培训  ¥70,000
P:合计  ¥2,160,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥432,000。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥972,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥756,000。
P:3.4 本项目资金来源为财政资金，付款按国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后120日内完成全部开发、部署，并书面申请初验。
P:4.2 初验通过后平台试运行九十日，试运行期满后乙方申请最终验收。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；一窗受理平均办件录入时长不超过3分钟；在500个并发用户下查询响应时间不超过2秒；电子证照接口与省级平台连续联调10个工作日无差错。
P:5.2 最终验收标准：试运行期间无一级故障；历史登记数据迁移经全量比对一致；第三方机构出具的软件测评报告及网络安全等级保护测评报告结论为合格。
P:5.3 验收由甲方组织，可邀请专家参加，验收合格后双方签署验收报告。平台上线、甲方使用或付款均不视为验收合格。
H:第六条 质保期及后续维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供后续维护服务，年度维护费不超过平台软件许可费的8%（即不超过¥92,800），质保期满后三个年度内不得上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（经甲方书面同意的计划停机除外）。
P:7.2 一级故障（平台整体不可用或登记业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，乙方支付¥2,000。上述款项甲方可从应付款中直接扣除。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，甲方在本项目范围内享有永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方可自行修改或委托第三方维护，乙方应在最终验收时一并交付源代码。
H:第九条 数据安全
P:9.1 平台中的登记数据、权利人信息及业务日志均属于甲方所有，乙方不得将其用于本合同以外的任何目的，不得以任何形式留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，实施过程中仅通过甲方指定的堡垒机访问系统，所有操作留存审计日志；测试数据须经甲方脱敏后提供。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:乙方对在履行本合同中知悉的甲方工作秘密、系统架构及账户口令承担保密义务，保密期限不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日按合同总价的千分之一支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方违约给甲方造成损失的，应当予以赔偿。
H:第十二条 分包
P:乙方不得将本项目的任何部分分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或平台经两次验收仍不合格，或乙方严重违反本合同第九条的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 一方严重违约，经另一方书面催告后十五日内仍未改正的，守约方有权解除本合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有不动产登记项目经验的项目经理，项目经理及核心开发人员在项目实施期间不得更换；确需更换的，须经甲方书面同意，且接替人员的资历不低于原人员。
P:15.2 乙方每周向甲方提交项目周报，说明进度、问题及风险；甲方可随时检查乙方的开发进度和质量。
H:第十六条 培训与文档
P:16.1 乙方应对甲方登记窗口人员、审核人员及系统管理员分批进行培训，培训不少于八期，每期培训后进行考核。
P:16.2 乙方应交付需求规格说明书、设计说明书、数据库设计文档、接口说明、部署手册、运维手册及用户手册，文档应为中文并与最终交付的系统一致。
H:第十七条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方可根据影响程度协商延期履行或部分免除责任。
H:第十八条 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益；违反的，甲方有权解除合同并报政府采购监督管理部门处理。
H:第十九条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临州市自然资源局　　乙方（盖章）：江苏衡图信息技术有限公司
P:代表：__________　　代表：__________
P:日期：2026年__月__日
"""

Z02 = """T:密炼机控制系统改造及维保合同
P:合同编号：SDLT-SB-2026-042
P:甲方（买方）：山东隆泰轮胎有限公司
P:乙方（卖方）：青岛恒控自动化工程有限公司
P:鉴于甲方炼胶车间两台GK400型密炼机的原控制系统已运行多年，备件停产，故障频发，甲方决定对其控制系统进行改造；乙方具备相应的设计、供货和施工能力。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:1. 合同标的
P:1.1 乙方负责两台密炼机及配套上辅机系统的控制系统改造，包括PLC控制柜、上辅机自动称量系统、温度/压力/功率传感器、工控机与操作站的供货、安装、编程、调试，以及配方及工艺管理软件的许可和部署。
P:1.2 乙方负责将新系统与甲方MES系统对接，实现配方下发和炼胶数据上传。
P:1.3 改造应在甲方安排的停机窗口内完成，每台密炼机停机时间不超过十八日。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰柒拾贰万肆仟元整（¥1,724,000），含13%增值税，包括设备、软件、运输、安装、调试、培训及质保期内服务的全部费用。明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含控制柜、I/O模块）|2套|548,000
TB:2|上辅机自动称量系统（炭黑、油料、小料）|2套|326,000
TB:3|温度/压力/功率传感器及变送器|1批|162,000
TB:4|工控机及操作站|4台|118,000
TB:5|配方及工艺管理软件许可（永久）|1套|332,000
TB:|软硬件小计||1,486,000
TB:6|安装改造及调试（含MES对接）|1项|214,000
TB:7|操作及维护培训|1项|24,000
TB:|合同总价||1,724,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款（¥172,400）。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的55%（¥948,200）。到货及安装不视为验收。
P:3.3 系统最终验收合格后，甲方支付合同总价的35%（¥603,400）。
P:3.4 乙方每次请款前应开具等额增值税专用发票。
H:4. 交货与施工
P:4.1 乙方应在合同生效后75日内将全部设备运抵甲方炼胶车间，并提交装箱单及出厂检验报告。
P:4.2 乙方施工人员应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。
P:4.3 乙方应在改造前完成现场勘测，提交改造方案及停机施工计划，经甲方工艺、设备部门会签后方可实施；因乙方方案缺陷造成返工的，费用由乙方承担。
H:5. 验收
P:5.1 单机调试完成后进行带料试车，每台密炼机连续正常生产72小时。
P:5.2 最终验收标准：称量精度炭黑±0.3%、油料±0.2%、小料±0.1%；排胶温度控制偏差不超过±2℃；配方下发及炼胶数据上传与MES核对一致；连续运行30日无因控制系统原因的停机。
P:5.3 验收合格后双方签署最终验收证书。设备投入生产使用不视为验收合格。
H:6. 质保与维保
P:6.1 质保期二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修和更换非人为损坏的部件，免费提供软件升级。
P:6.2 质保期满后，乙方按年度提供维保服务，年度维保费为软硬件小计的9%（¥133,740），质保期满后三个年度内固定不变。维保合同逐年签订，不自动续期。
P:6.3 乙方保证停产备件的供应期不少于八年。
H:7. 服务水平
P:7.1 一级故障（密炼机因控制系统原因停机）：乙方应在1小时内响应，6小时内到达现场，12小时内恢复生产。
P:7.2 二级故障（单项功能异常但不影响生产）：2小时内响应，48小时内解决。
P:7.3 乙方超时的，每超时一小时向甲方支付¥800，从维保费或应付款中扣除。
H:8. 数据安全
P:8.1 配方数据、工艺参数及生产数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、带离现场或提供给任何第三方。
P:8.2 乙方远程维护须经甲方书面批准，通过甲方设置的工业防火墙和堡垒机接入，操作全程记录；调试用笔记本电脑须经甲方查杀病毒后方可接入控制网络。
P:8.3 因乙方原因导致配方或生产数据泄露、丢失，或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:9. 知识产权
P:9.1 PLC程序、上位机组态工程、MES接口程序及其源代码和技术文档，由乙方为甲方专门编制，知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:9.2 配方及工艺管理软件的著作权归其权利人所有，甲方获得永久使用许可。
H:10. 分包
P:10.1 乙方可将电气安装、桥架敷设及线缆施工分包给具备资质的施工单位，但应在进场前三个工作日书面通知甲方。
P:10.2 乙方对分包单位的工作质量和安全承担全部责任。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的0.08%支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的0.03%支付违约金。
P:11.3 因乙方施工造成甲方设备损坏或停产的，乙方应予赔偿。
H:12. 合同解除
P:乙方逾期交货超过三十日，或系统经两次调试仍达不到第5.2条标准的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:13. 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交青岛仲裁委员会仲裁。
H:14. 施工安全
P:14.1 乙方应为进场人员办理意外伤害保险，进场前接受甲方的安全教育，施工期间服从甲方安全管理人员的指挥。
P:14.2 乙方在施工中造成人身伤害或第三方财产损失的，由乙方承担责任；因违反甲方安全制度被处罚的，由乙方承担。
H:15. 技术资料与培训
P:15.1 乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序及组态工程备份、MES接口说明、操作规程及维护手册，资料为中文纸质版和电子版各两套。
P:15.2 乙方应对甲方操作工、电气维修工及工艺人员分别进行培训，使其能够独立完成日常操作、配方维护和一般故障处理；培训效果经甲方考核确认。
H:16. 不可抗力
P:因不可抗力致使一方不能按期履行的，该方应在事件发生后五日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:17. 廉洁条款
P:乙方不得向甲方采购、设备、生产部门的人员提供回扣、礼品或其他不正当利益；违反的，甲方有权解除合同，并将乙方列入甲方供应商黑名单。
H:18. 通知
P:与本合同有关的通知应以书面形式送达合同首页所载地址；工程联系单、调试记录经双方现场负责人签字即生效。一方变更地址或现场负责人的，应提前三个工作日书面通知对方。
H:19. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：山东隆泰轮胎有限公司（盖章）　　乙方：青岛恒控自动化工程有限公司（盖章）
P:授权代表：________　　授权代表：________
P:签订日期：2026年3月____日
"""

Z03 = """连锁门店订货及配送管理系统（SaaS）服务合同

合同编号：MXF-IT-2026-005
甲方（客户）：苏州麦香坊食品有限公司
乙方（服务商）：杭州云订科技有限公司

鉴于：甲方经营“麦香坊”连锁烘焙门店60家及中央工厂1座，需要一套线上订货、生产计划及配送管理系统；乙方为“云订”SaaS平台的运营方，具备提供该项服务的能力。双方依据《中华人民共和国民法典》，经协商一致，订立本合同，共同遵守。

（1）服务内容
乙方向甲方开通“云订”连锁订货及配送管理SaaS服务，包括：门店订货、中央工厂生产计划、配送排线、门店收货与差异处理、损耗报表及总部看板。乙方同时提供实施服务：基础资料初始化、与甲方金蝶ERP之间的订单及结算接口开发、门店店长及中央工厂计划员的操作培训。

（2）服务期限
服务期为两个服务年度，自系统上线验收合格之日起算，预计为2026年4月1日至2028年3月31日。

（3）费用
项目 | 单价 | 数量 | 金额（元）
门店订货模块年费 | 1,980元/店/服务年度 | 60店×2个服务年度 | 237,600
中央工厂及总部模块年费 | 46,000元/服务年度 | 2个服务年度 | 92,000
实施及培训费（一次性） | — | 1项 | 58,000
ERP接口开发及数据初始化（一次性） | — | 1项 | 12,400
合计 | | | 400,000
合同总价为人民币肆拾万元整（¥400,000），含税。服务期内新开门店的，按1,980元/店/服务年度按月折算计费。

（4）付款
1）一次性实施费及接口开发费合计¥70,400，在系统上线验收合格后15个工作日内支付。
2）每个服务年度的年费¥164,800，在该服务年度开始后15个工作日内支付。
3）乙方应在每次收款前开具增值税专用发票。

（5）实施与上线验收
乙方应在合同签订后45日内完成实施并书面申请上线验收。上线验收标准：60家门店均通过系统完成连续3个订货周期的订货；配送单与中央工厂出库记录核对一致；ERP接口传输的订单及结算数据与系统一致；总部看板数据与门店收货数据一致。验收合格后双方签署上线验收单。门店试用或甲方付款均不视为验收合格。

（6）系统运行与技术支持
乙方将尽合理努力保障系统稳定运行，并在工作日通过在线客服及电话提供技术支持。系统出现故障时，乙方应及时处理。乙方进行系统升级维护的，应提前通知甲方，并尽量安排在门店营业时间以外进行。

（7）数据归属与数据安全
甲方及门店在系统中录入或产生的订货、配送、销售、会员及供应商数据均属于甲方所有，乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他目的，不得向任何第三方提供。乙方应将数据存储于中国境内的云服务器，采取加密存储、访问权限控制、操作日志审计和每日备份等措施，并保持平台网络安全等级保护三级备案有效。发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。服务终止时，乙方应在30日内按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

（8）保密
双方对在合作中知悉的对方商业秘密，包括甲方的门店经营数据、产品配方、价格及供应商信息，负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。

（9）知识产权
“云订”平台的知识产权归乙方所有。乙方为甲方专门开发的ERP接口程序、定制报表及其源代码、文档归甲方所有，甲方可自行修改、使用或交由第三方维护。

（10）违约责任
乙方未按第（5）条约定期限申请上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。任何一方违约给对方造成损失的，应予赔偿。

（11）续期
本合同服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权根据市场情况上调年费，上调幅度不超过上一服务年度年费的8%，以乙方书面通知为准。

（12）分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

（13）合同解除
任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。系统连续停止服务超过三日的，甲方有权解除合同，乙方应退还未履行服务期对应的年费。

（14）法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。

（15）甲方的义务
甲方应指定项目负责人，及时提供门店、商品、配方BOM、配送线路及供应商等基础资料，并保证资料真实、完整；组织门店人员参加培训；按约定支付费用。甲方未按实施计划提供资料导致上线延误的，乙方的实施期限相应顺延。

（16）培训与上线支持
乙方应为甲方门店店长、中央工厂计划员、仓库及配送人员分别提供培训，并提供操作手册和培训视频。系统上线首周，乙方安排两名实施顾问在甲方中央工厂现场支持，协助处理订货、排线及收货差异问题。

（17）功能变更
甲方需要增加附件一以外功能的，双方另行协商费用和工期，并签订书面补充协议。乙方对平台标准功能进行升级的，不得降低甲方已使用功能的水平，且不另行收费。

（18）不可抗力
因不可抗力或电信运营商网络故障等非乙方原因导致服务中断的，乙方应及时通知甲方并尽快恢复服务，双方互不承担违约责任。

（19）通知
与本合同有关的通知应以书面形式送达对方指定的联系人。甲方联系人为信息部经理，乙方联系人为客户成功经理。一方变更联系人的，应提前三个工作日书面通知对方。电子邮件发送至对方指定邮箱即视为送达。

（20）廉洁合作
乙方不得向甲方员工提供回扣、礼品、宴请或其他不正当利益。甲方员工索取不正当利益的，乙方可向甲方审计部门举报。

（21）服务终止后的安排
本合同终止或服务期满不再续期的，乙方应在终止后30日内保持甲方账号的只读访问，便于甲方查询和导出历史订货、配送及结算记录；乙方应配合甲方将数据迁移至甲方指定的系统，并提供数据字典及字段说明，不另收费。

（22）账号与权限管理
甲方管理员可在系统中自行开通、停用门店及总部用户账号，并设置各岗位的操作权限。乙方不得擅自以甲方用户身份登录系统；因排查故障确需登录的，应事先取得甲方管理员同意，并在操作完成后告知甲方。

（23）其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。附件一：功能清单；附件二：实施计划。

甲方：苏州麦香坊食品有限公司（盖章）
乙方：杭州云订科技有限公司（盖章）
日期：2026年3月  日
"""

Z04 = """免疫规划信息系统年度运维服务合同

合同编号：NJCDC-2026-YW-03
采购方式：竞争性磋商（项目编号：NJZC2026-C-0112）
甲方（采购人）：南江市疾病预防控制中心
乙方（成交供应商）：湖南卫信科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

一、服务内容
（一）服务对象：甲方免疫规划信息系统，含预防接种管理、疫苗追溯、冷链监测及接种单位客户端接口，覆盖全市各县区共186个接种单位。
（二）服务内容：应用系统运维、数据库及中间件运维、安全运维、驻场服务（两名工程师，工作日驻场）、接种高峰期及疫苗集中配送期间的保障、数据质量核查、与省级平台数据交换的监控。
（三）服务期：2026年4月1日至2027年3月31日。期满不自动续期。
（四）服务地点：甲方机房及甲方办公场所；远程运维须经甲方批准并通过甲方堡垒机进行。

二、服务费用
（一）服务费总额为人民币伍拾捌万陆仟元整（¥586,000），固定包干，明细如下：
1．应用运维：¥186,000；
2．数据库及中间件运维：¥104,000；
3．安全运维：¥88,000；
4．驻场服务（两人）：¥208,000。
（二）上述费用包括人工、差旅、工具软件等全部费用，甲方不再另行支付。
（三）服务期内新增接种单位、系统功能小版本升级或接口数量小幅增加的，乙方应纳入运维范围，服务费不作调整。

三、付款方式
服务费按季度支付。每季度末经甲方考核合格后15个工作日内，甲方支付当季服务费¥146,500，考核扣款从当季服务费中扣除。本合同不设预付款。

四、服务水平
（一）系统月可用率不低于99.5%（经甲方同意的计划停机除外）。
（二）一级故障（系统整体不可用，接种登记或疫苗出入库无法进行）：乙方应在15分钟内响应，1小时内到场，3小时内恢复。二级故障：30分钟内响应，8小时内解决。三级问题：2个工作日内解决。
（三）乙方每月10日前提交上月运维报告，内容包括可用率、故障处理及数据质量情况。

五、服务考核与扣款
（一）月可用率每低于承诺值0.1个百分点，扣减当季服务费的2%。
（二）一级故障响应或恢复超时的，每超时30分钟扣减¥1,000。
（三）乙方未按时提交运维报告的，每次扣减¥500。
（四）季度扣款累计不超过当季服务费的20%；超过的，甲方可按第十一条处理。

六、服务启动
乙方应在合同签订后10日内完成驻场人员到位、运维交接及系统全面巡检，并提交交接报告。乙方逾期的，每逾期一日按合同总价的万分之二向甲方支付违约金。

七、验收
（一）每季度由甲方按第四条、第五条所列指标进行考核，形成季度考核记录，双方签字确认。
（二）服务期满后，乙方提交年度运维总结、更新后的系统文档及全部运维记录，甲方组织终验，以全年可用率、故障处理记录和数据质量核查结果为验收依据。
（三）终验不合格的，乙方应在三十日内整改后重新验收，整改期间乙方应继续提供服务，不另收费用。

八、数据安全
（一）系统中的受种者个人信息、接种记录及疫苗流通数据均属于甲方，乙方仅可为运维目的接触，不得下载、复制、留存或向任何第三方提供。
（二）乙方人员须签署个人承诺书，通过甲方堡垒机访问系统，按最小权限原则授权；禁止使用未经登记的存储介质。
（三）发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

九、保密
乙方及其人员对履行合同中知悉的甲方工作信息、系统口令和网络结构负有保密义务，该义务在合同终止后继续有效。

十、知识产权
乙方在服务中为甲方编写的运维脚本、应急预案及系统文档归甲方所有，甲方可自由使用和修改。

十一、违约与解除
（一）乙方严重违反第八条，或连续两个季度考核不合格的，甲方有权书面通知解除合同，按实际服务期结算，并要求乙方赔偿损失。
（二）任何一方违约，经对方书面催告后十日内仍未纠正的，守约方有权解除合同。

十二、分包
乙方不得将本合同项下的服务分包或转包。

十三、争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

十四、乙方人员要求
（一）驻场工程师应具有三年以上医疗卫生信息系统运维经验，其中至少一人持有数据库专业认证；乙方更换驻场人员须提前十日书面征得甲方同意。
（二）乙方人员应遵守甲方的工作制度、安全制度和考勤制度，甲方认为不胜任的，乙方应在五个工作日内更换。

十五、甲方的义务
甲方为驻场人员提供办公场所、网络接入及必要的系统账号，及时协调省级平台、接种单位及网络运营商配合乙方工作，并按约定支付服务费。

十六、应急保障
（一）乙方应制定系统故障、网络攻击、数据异常等应急预案，报甲方审定后执行，每半年组织一次应急演练。
（二）在流感疫苗等集中接种期间及国家免疫规划疫苗集中配送期间，乙方应增派一名工程师驻场，所需费用已包含在合同价款中。

十七、服务交接
服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商移交全部运维文档、账号口令、配置信息和未完成的工单，并提供不少于二十日的交接支持，交接期间不得降低服务水平。

十八、不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但乙方应尽力采取措施减少损失。

十九、廉洁条款
乙方不得以任何形式向甲方工作人员行贿或提供不正当利益；违反的，甲方有权解除合同，并报政府采购监督管理部门处理。

二十、运维工具与资产
（一）乙方为履行本合同自带的运维监控工具，部署前须经甲方安全审查，服务期满后由乙方负责卸载并清除其中的甲方数据，甲方确认后方可撤出。
（二）甲方提供的办公设备、门禁卡及账号，乙方应妥善保管，服务期满或人员更换时及时交还或注销。

二十一、服务质量改进
乙方应每季度对故障和工单进行统计分析，提出系统优化、数据质量改进和安全加固建议，经甲方同意后实施；涉及系统变更的，应先在测试环境验证，并制定回退方案，变更须在非接种时段进行。

二十二、通知
本合同项下的通知以书面形式送达对方在合同首页载明的地址，或通过双方确认的电子邮箱发送。日常运维工作通过甲方运维工单系统流转，工单记录作为考核依据。

二十三、其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。本合同未尽事宜，按政府采购有关规定执行，或由双方另行签订补充协议。

甲方（盖章）：南江市疾病预防控制中心
乙方（盖章）：湖南卫信科技有限公司
签订日期：2026年3月  日
"""

Z05 = """# 能源管理系统软件许可及定制开发合同

（能控云标准合同文本 V3.0）

甲方：佛山市禾香酱油酿造有限公司
乙方：深圳能控云科技有限公司

甲方为提高酿造及包装环节的能源管理水平，拟采购乙方的能源管理系统。双方经友好协商，签订本合同。

## 第一条 合同标的

乙方向甲方提供“能控云EMS”能源管理系统软件许可，并根据甲方需求进行定制开发，内容包括：蒸汽、电、天然气、水及压缩空气的计量采集；制曲、发酵罐区及蒸煮车间的能耗分析；能效看板；与甲方ERP及锅炉房控制系统的接口。系统采用B/S架构，部署在甲方本地服务器，支持电脑端和手机端访问。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 能控云EMS软件许可（永久，含120个计量点） | 780,000 |
| 2 | 定制开发（能耗分析模型、能效看板、接口） | 356,000 |
| 3 | 实施部署及培训 | 64,000 |
| | 合计 | 1,200,000 |

合同总价为人民币壹佰贰拾万元整（¥1,200,000），含税。

## 第三条 付款方式

3.1 合同签订后7日内，甲方支付合同总价的50%，即¥600,000。

3.2 系统上线后7日内，甲方支付剩余50%，即¥600,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金。

## 第四条 交付与上线

4.1 乙方在收到首期款后90日内完成系统部署。

4.2 系统部署完成并上线运行后，即视为甲方验收合格。

4.3 系统部署内容包括软件安装、数据采集配置、报表和看板配置，以及与甲方ERP及锅炉房控制系统的接口联调。

## 第五条 免费维护期

5.1 免费维护期为六个月，自系统上线之日起计算。

5.2 免费维护期内乙方提供远程技术支持：一级故障（系统无法登录或数据采集全部中断）8小时内响应；其他问题2个工作日内响应。

5.3 上述响应时间为乙方的服务目标，乙方不因未达到上述时限承担扣款、赔偿或违约责任。

## 第六条 后续维护

6.1 免费维护期满后，甲方应按年度购买维护服务，年度维护费为软件许可费的28%，即¥218,400。

6.2 甲方未购买维护服务的，乙方不再提供升级及技术支持。

6.3 维护服务内容包括远程技术支持、软件缺陷修复及版本升级，不包括新增功能开发和现场服务。

## 第七条 知识产权

7.1 能控云EMS软件及乙方为本项目开发的能耗分析模型、能效看板、接口程序及其源代码的知识产权均归乙方所有。

7.2 甲方在本项目范围内获得非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。

## 第八条 数据

8.1 甲方的能耗数据及生产数据归甲方所有。

8.2 乙方采取访问控制、传输加密和定期备份等措施保护数据安全；发生数据泄露的，乙方在48小时内通知甲方，并对因乙方过错造成的直接损失承担赔偿责任。

8.3 甲方同意，乙方可将经脱敏处理的能耗数据用于行业能效对标、产品改进及乙方的其他业务，该使用权在合同终止后继续有效。

## 第九条 保密

双方对在合作中获知的对方商业秘密负有保密义务，保密期限至合同终止后三年。

## 第十条 违约责任

10.1 乙方逾期完成部署的，每逾期一日按合同总价的万分之二支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任总额以合同总价的50%为限，且乙方不承担任何间接损失、利润损失或停产损失。

## 第十一条 合同解除

一方严重违约，且在收到对方书面通知后30日内仍未改正的，另一方可以书面通知解除本合同。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 甲方的义务

13.1 甲方应为乙方提供现场工作条件，包括办公场地、网络接入、服务器及操作系统、数据库软件。

13.2 甲方负责计量仪表、采集网关的采购和安装，并保证其通讯正常；因甲方仪表或网络原因导致数据采集不完整的，乙方不承担责任。

13.3 甲方应指定项目联系人，及时确认需求、提供资料并组织人员参加培训。因甲方原因导致部署延误的，乙方的交付期限相应顺延。

## 第十四条 培训

乙方为甲方提供一次集中培训，培训对象为甲方能源管理员及系统管理员，人数不超过十人，培训地点在甲方现场。额外培训按乙方人员每人每日3,800元另行收费。

## 第十五条 需求变更

15.1 双方以乙方出具的《需求确认书》作为开发依据。甲方在需求确认后提出的新增或变更需求，乙方评估工作量后另行报价，经甲方书面确认后实施。

15.2 因需求变更导致的工期延长，不视为乙方逾期。

## 第十六条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十七条 合同变更与转让

17.1 本合同的任何变更须经双方书面确认。

17.2 未经对方书面同意，任何一方不得将本合同项下的权利义务转让给第三方，但乙方将应收账款转让给其关联公司或金融机构的除外。

## 第十八条 交付物

乙方向甲方交付的内容包括：软件安装介质、软件许可证书、用户手册、系统管理员手册及接口说明文档。定制开发的源代码不属于交付物，由乙方保存。

## 第十九条 系统环境

19.1 系统运行所需的服务器、操作系统、数据库及网络设备由甲方自行采购并承担费用，乙方提供配置建议。

19.2 甲方擅自变更系统运行环境、修改系统配置或安装其他软件导致系统故障的，乙方的维护义务相应免除，由此产生的修复工作按乙方人员每人每日3,800元另行收费。

19.3 乙方对系统进行版本升级前，应提前通知甲方，甲方应配合安排升级时间。

## 第二十条 验收资料

乙方在系统上线后向甲方提交上线报告，说明已部署的功能模块、已接入的计量点数量及接口联调情况。甲方应在收到上线报告后签字确认；甲方未在五个工作日内签字的，视为确认。

## 第二十一条 廉洁合作

双方应遵守国家有关反商业贿赂的规定，任何一方不得向对方工作人员提供回扣、礼品或其他不正当利益。

## 第二十二条 通知

本合同项下的通知以书面形式发送至合同首页所载地址或双方指定的电子邮箱，电子邮件发出即视为送达。

## 第二十三条 其他

本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

附件：《需求确认书》《报价单》

甲方（盖章）：佛山市禾香酱油酿造有限公司

乙方（盖章）：深圳能控云科技有限公司

日期：2026年  月  日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KS-CN-2026-0147
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Foshan Linmu Home Furnishing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong (the "Customer"); and
P:(2) Kiso Planning Systems K.K., a company incorporated in Japan with its registered office in Naka-ku, Nagoya, Aichi (the "Licensor").
P:Recitals: (A) The Customer manufactures panel furniture and upholstered furniture in two plants in Foshan and wishes to replace its spreadsheet-based production scheduling. (B) The Licensor develops and licenses the KISO APS advanced planning and scheduling software and provides implementation services. (C) The parties wish to set out the terms on which the Licensor grants perpetual licences and performs the related services.
H:Article 1 Definitions
P:1.1 "Software" means the KISO APS software, version 8, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP and MES interfaces, custom scheduling rules, reports and all other work product created by the Licensor specifically for the Customer, including their source code.
P:1.3 "Final Acceptance" means the Customer's signature of the final acceptance certificate under Article 5.
P:1.4 "Customer Data" means all production orders, routings, bills of material, capacity data and other data supplied by or generated for the Customer.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for 60 named planners and unlimited read-only users at the Customer's plants in Foshan and any site of its affiliates in mainland China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The total price is CNY 1,920,000, inclusive of applicable taxes, made up as follows:
P:Software licence fee (60 named planners, perpetual)  CNY 1,280,000
P:Implementation services (fixed price)  CNY 420,000
P:ERP and MES interfaces (fixed price)  CNY 186,000
P:Training (planners and key users)  CNY 34,000
P:Total  CNY 1,920,000
P:3.2 The price is fixed and includes all travel, living and other expenses of the Licensor's personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price (CNY 384,000) within 20 days after signature of this Agreement and receipt of the Licensor's invoice.
P:4.2 The Customer shall pay 45% of the total price (CNY 864,000) within 20 days after go-live of the Software at both plants. Go-live is not acceptance.
P:4.3 The Customer shall pay 35% of the total price (CNY 672,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Licensor's account with a bank in mainland China designated in writing.
H:Article 5 Delivery and Acceptance
P:5.1 The Licensor shall deliver the Software and complete implementation so that the Customer can request Final Acceptance within 150 days after signature.
P:5.2 Final Acceptance requires that: (a) all functions in the agreed specification work as described; (b) the Software produces a feasible weekly schedule for both plants within 10 minutes; (c) orders, routings and completions are exchanged with the ERP and MES without error for 20 consecutive working days; and (d) no Severity 1 defect remains open.
P:5.3 The Customer shall run the acceptance tests within 15 working days after the Licensor's written request. Go-live, productive use or any payment does not constitute acceptance.
P:5.4 If the Software fails the tests, the Licensor shall correct the defects and the tests shall be repeated.
H:Article 6 Warranty
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for 18 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Licensor shall correct all defects free of charge and provide all updates and new versions of the Software at no charge.
H:Article 7 Support after the Warranty
P:7.1 After the Warranty Period the Licensor shall, if the Customer so orders, provide annual support at a fee of 11% of the software licence fee, that is CNY 140,800 per support year. This fee shall not be increased for the first three support years.
P:7.2 Support is ordered by a separate purchase order for each support year and does not renew automatically.
H:Article 8 Service Levels
P:8.1 During the Warranty Period and any support year the Licensor shall respond to a Severity 1 incident (scheduling not possible at a plant) within one hour and provide a workaround within eight hours. Severity 2 incidents are answered within two hours and resolved within three working days.
P:8.2 For each full hour by which a response or workaround is late, the Licensor shall pay the Customer CNY 1,000 as a service credit, which the Customer may set off against any amount due.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Licensor.
P:9.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Licensor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:10.2 The Software is installed on the Customer's servers in Foshan. The Licensor shall access them only through the Customer's VPN with individual accounts, shall keep no copies of Customer Data outside the Customer's systems and shall comply with the Data Security Law and the Personal Information Protection Law of the PRC.
P:10.3 The Licensor shall notify the Customer of any security incident affecting Customer Data within 24 hours and shall be liable for all losses caused by its breach of this Article 10.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 12 Delay and Liability
P:12.1 If the Licensor fails to make the Software ready for Final Acceptance by the date in Article 5.1, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:12.2 The Licensor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Articles 10 and 11, wilful misconduct or personal injury.
H:Article 13 Subcontracting
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:14.2 The Customer may also terminate if the delay damages under Article 12.1 reach their maximum. The licences paid for survive termination.
H:Article 15 Governing Law and Arbitration
P:15.1 This Agreement is governed by the laws of Japan.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Commercial Arbitration Rules of the Japan Commercial Arbitration Association. The seat of arbitration is Tokyo and the language is English.
H:Article 16 Project Management
P:16.1 Each party shall appoint a project manager. The Licensor's project manager shall speak Chinese or work with an interpreter provided by the Licensor at its own cost.
P:16.2 The Licensor shall submit a weekly progress report and attend a steering meeting with the Customer every two weeks, at which open issues, risks and changes are recorded.
P:16.3 The Licensor shall not replace its project manager or lead consultant without the Customer's prior written consent, which shall not be unreasonably withheld.
P:16.4 The Customer shall provide servers, database licences, network access and key users as set out in the implementation plan, and shall make decisions on open issues within five working days.
H:Article 17 Force Majeure
P:Neither party is liable for a delay caused by an event beyond its reasonable control, such as earthquake, typhoon, epidemic or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement by written notice, and the Licensor shall refund any amounts paid for services not performed.
H:Article 18 General
P:18.1 This Agreement is made in English in two originals. Amendments must be in writing and signed by both parties.
P:18.2 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business. Notices shall be in writing and sent by courier or email to the addresses above.
P:18.3 Annex 1: Functional specification. Annex 2: Implementation plan. Annex 3: Acceptance test plan.
P:For the Customer: ____________________    For the Licensor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E02 = """# Order Form No. HB-2026-0392

**Provider:** Hanbit Retail Cloud Co., Ltd., Pangyo-ro, Bundang-gu, Seongnam, Gyeonggi-do, Republic of Korea ("Provider")

**Customer:** Hangzhou Qingyan Cosmetics Retail Co., Ltd., Gongshu District, Hangzhou, Zhejiang, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the General Terms set out below. The Customer operates 140 cosmetics stores in East China and orders the Provider's store-operations platform for its store staff, area managers and head-office merchandising team.

## 1. Subscribed Service

1.1 Service: HanbitStore store-operations platform (store task management, planogram compliance with photo checks, promotion execution, stock counts, area-manager visit reports and the head-office dashboard).

1.2 Users: up to 420 store users and 60 head-office users.

1.3 Hosting: Provider's cloud environment operated for it by a licensed data-centre operator in Shanghai.

## 2. Subscription Term

2.1 The Subscription Term is two Subscription Years, from the Subscription Start Date. The Subscription Start Date is the date of Go-Live Acceptance under item 5, expected to be 1 June 2026.

2.2 This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## 3. Fees

At the Customer's request, all fees are stated and paid in CNY.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 480 users | 268,000 |
| Subscription Fee, Subscription Year 2 | 480 users | 268,000 |
| Onboarding (configuration, data import, ERP interface, training) | one-time, fixed | 36,000 |
| Total Contract Value | | 572,000 |

Additional users may be added at CNY 560 per user per Subscription Year, pro rata.

## 4. Invoicing and Payment

4.1 The onboarding fee is invoiced on Go-Live Acceptance.

4.2 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. The first Subscription Year begins on the Subscription Start Date.

4.3 Invoices are payable within 30 days. No amount is payable before Go-Live Acceptance.

## 5. Onboarding and Go-Live Acceptance

5.1 Provider shall complete onboarding within 60 days after signature of this Order Form.

5.2 Go-Live Acceptance takes place when: (a) all store and user master data are imported and reconciled with the Customer's ERP; (b) a pilot of 20 stores has used task, planogram and stock-count functions for 10 business days without a Priority 1 incident; (c) the ERP interface has transferred stock-count results correctly for 10 business days; and (d) the Customer signs the acceptance certificate. Use of the service in the pilot is not acceptance.

5.3 If Provider does not reach Go-Live Acceptance by the date in 5.1 for reasons attributable to it, Provider shall pay CNY 400 for each day of delay.

## 6. Customer Responsibilities

6.1 The Customer shall name a project lead, provide store, product and staff master data in the agreed templates, and make 20 pilot stores available for the pilot.

6.2 The Customer is responsible for the devices and mobile network access its store staff use, and for the accuracy of the data it enters. Store users need a supported smartphone with a camera for the planogram photo checks.

## 7. Implementation Plan

7.1 Week 1 to 2: kick-off, data templates and configuration workshops. Week 3 to 5: configuration, data import and ERP interface build. Week 6 to 7: pilot in 20 stores. Week 8: Go-Live Acceptance and roll-out to all stores.

7.2 Each party shall keep the named project roles staffed and its resources available as set out in the plan and inform the other of any expected delay without undue delay.

## 8. Contacts

Provider: customer success manager, cs-china@hanbit-retail.example. Customer: IT director, Hangzhou head office.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

# General Terms

## Section 1. Service and Service Levels

1.1 Provider shall make the service available to the Customer in accordance with the Order Form and the documentation.

1.2 Provider shall ensure monthly availability of the production service of at least 99.95%, excluding maintenance announced at least 48 hours in advance and carried out between 00:00 and 06:00 China Standard Time.

1.3 Provider shall respond to a Priority 1 incident (service unavailable for all users, or data loss) within 30 minutes, 24 hours a day, and restore service within six hours. Priority 2 incidents are answered within two hours and resolved within two business days.

1.4 If monthly availability falls below the commitment, Provider shall credit 10% of the monthly portion of the Subscription Fee for each started 0.1 percentage point of shortfall. If a Priority 1 response or restoration is late, Provider shall credit CNY 1,000 for each started hour of delay. Credits are deducted from the next invoice.

1.5 Provider shall report availability and incidents to the Customer every month.

## Section 2. Customer Data

2.1 "Customer Data" means all data entered into the service by or for the Customer, including store, product, staff and photo data. As between the parties, Customer Data belongs to the Customer.

2.2 Provider may process Customer Data to provide the service.

2.3 The Customer grants Provider a perpetual, worldwide licence to use usage data and Customer Data in aggregated and de-identified form to improve and develop Provider's products, to train its image-recognition models for planogram checks, and to publish retail benchmarks, during and after the Subscription Term.

2.4 At the end of the Subscription Term Provider shall make Customer Data available for export for 30 days and then delete it.

## Section 3. Data Security

3.1 Provider shall maintain an information security programme certified to ISO/IEC 27001, keep the service's MLPS level-3 filing valid, encrypt Customer Data in transit and at rest, and restrict access to named personnel with multi-factor authentication.

3.2 Customer Data is stored and processed in mainland China and is not transferred abroad without the Customer's prior written consent and completion of the procedures required by PRC law.

3.3 Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all steps to contain it and bear the losses and costs the Customer suffers from an incident caused by Provider's breach of this Section 3.

## Section 4. Confidentiality

4.1 Each party shall keep the other party's confidential information secret, use it only for this agreement and disclose it only to its personnel and advisers who need to know it and are bound by equivalent duties.

4.2 These duties last for three years after the end of the Subscription Term.

## Section 5. Intellectual Property

5.1 Provider owns the service, the platform and all improvements to them.

5.2 Configurations, report templates, the ERP interface mapping and other work product made specifically for the Customer during onboarding belong to the Customer, which may use, modify and have them used by third parties freely.

## Section 6. Subcontracting

Provider shall not subcontract the performance of the service or the onboarding to any third party other than the data-centre operator named in the Order Form without the Customer's prior written consent. Provider remains responsible for its subcontractors.

## Section 7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Provider's total liability arising out of or in connection with this agreement shall not exceed the fees paid by the Customer in the six months before the event giving rise to the claim.

## Section 8. Term and Termination

8.1 This agreement runs for the Subscription Term.

8.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

8.3 The Customer may also terminate if monthly availability is below 99.5% in two consecutive months. On such termination Provider shall refund the fees paid for the period after termination.

## Section 9. Governing Law and Disputes

9.1 This agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

## Section 10. General

10.1 The Order Form prevails over these General Terms where they conflict.

10.2 Notices must be in writing and sent to the contacts named in the Order Form.

10.3 Neither party may assign this agreement without the other party's written consent.

10.4 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a failure of public telecommunications networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

10.5 Provider shall comply with the anti-bribery laws that apply to it and shall not offer any benefit to the Customer's employees.

10.6 This Order Form and these General Terms are the entire agreement on their subject and replace all earlier proposals. They may be signed in counterparts and by electronic signature.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT - COLD-STORE MONITORING SENSORS
P:Contract No. WHLL-2026-EQ-022
P:Buyer: Wuhan Lianlong Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei, People's Republic of China (the "Buyer").
P:Supplier: Belait Instruments Sdn Bhd, Jalan Bunga Raya, Kuala Belait, Brunei Darussalam (the "Supplier").
P:Background: The Buyer operates a 42,000 square metre cold store with frozen, chilled and ambient chambers. It requires wireless temperature and humidity monitoring that meets GSP requirements for pharmaceutical storage and its food-safety obligations. The Supplier was selected by the Buyer's tender No. WHLL-T-2026-07. The Buyer's tender documents and the Supplier's bid form part of this Contract.
H:1. Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the monitoring system described in Clause 2, integrate it with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:1.2 The Supplier shall provide all mounting materials, cabling for the gateways and tools. The Buyer provides power outlets and network ports at the agreed points.
H:2. Price
P:2.1 At the Buyer's request the price is stated and paid in CNY. The Contract Price is CNY 770,000, including taxes, duties, delivery to the site, insurance and all other costs:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C, calibrated|420|680|285,600
TB:2|LoRa gateway with 4G backup|36|4,200|151,200
TB:3|Door-open sensor|24|950|22,800
TB:4|Edge server, redundant pair|2|46,000|92,000
TB:5|Monitoring software, perpetual site licence|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||669,600
TB:6|Installation, calibration, mapping study and WMS integration|1|84,400|84,400
TB:7|Training|1|16,000|16,000
TB:|Contract Price|||770,000
H:3. Payment
P:3.1 10% of the Contract Price (CNY 77,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 423,500) within 15 days after delivery and installation of all items at the site, as confirmed by the Buyer's installation certificate. The installation certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 269,500) within 15 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall complete delivery and installation within 70 days after signature and request Final Acceptance within 100 days after signature.
P:4.2 For each day of delay in either date, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reading is within plus or minus 0.5 C of a calibrated reference at three test points; (b) a temperature mapping study of each chamber is completed and approved by the Buyer's quality department; (c) alarms reach the duty officer by SMS and telephone within 60 seconds; (d) readings are transferred to the WMS every five minutes without gaps for 14 consecutive days; and (e) all documents in Clause 11 are delivered.
P:5.2 Use of the system by the Buyer before Final Acceptance, or any payment, is not acceptance.
P:5.3 If the tests fail, the Supplier shall correct the defects within 10 days and the tests are repeated at its cost.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace any defective item free of charge, recalibrate all sensors annually and supply software updates.
P:6.2 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal (CNY 46,872 per year). This fee is fixed for the first two support years. Support does not renew automatically.
H:7. Service Levels
P:7.1 Severity 1 (loss of monitoring for a whole chamber or of alarm delivery): remote response within one hour and a technician on site within eight hours. Severity 2 (single sensors or gateways): response within two hours and repair within two business days.
P:7.2 For each hour by which a Severity 1 response or attendance is late, the Supplier shall pay CNY 500.
P:7.3 The Supplier shall keep a local stock of spare sensors and gateways in Wuhan.
H:8. Buyer Data
P:8.1 All readings, alarms, logs and reports are Buyer Data and belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The edge servers are installed in the Buyer's server room. Remote access by the Supplier is allowed only through the Buyer's VPN with approval for each session, and no copies of Buyer Data may be taken off site.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and is liable for the Buyer's losses caused by its breach of this Clause 8.
H:9. Intellectual Property
P:9.1 The monitoring software remains the property of its licensor; the Buyer's licence is perpetual.
P:9.2 The WMS interface, dashboards, reports and mapping study made for the Buyer belong to the Buyer, which may use and modify them freely.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract and shall not disclose it without prior written consent. This duty continues for three years after the Contract ends.
H:11. Documents
P:The Supplier shall deliver calibration certificates for every sensor, the mapping study report, as-built drawings, the WMS interface description and the operation and maintenance manuals in Chinese.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 10.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:14. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:15. Packing, Transport and Customs
P:15.1 The Supplier shall pack all items for air or sea transport and delivery to a cold-store site, and is responsible for import clearance, duties and transport to the site. Risk passes to the Buyer on signature of the installation certificate.
P:15.2 Every item shall carry a serial number and be recorded in the delivery list handed over with the installation certificate.
H:16. Site Rules and Insurance
P:16.1 The Supplier's staff shall follow the Buyer's site rules, including cold-room safety, hygiene and forklift-area rules, and wear the protective clothing provided by the Buyer.
P:16.2 The Supplier shall insure its staff and its equipment on site and hold third-party liability insurance for the duration of the installation.
H:17. Force Majeure
P:A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly and the time for performance is extended accordingly. If the event lasts more than 60 days, the parties shall agree how to proceed.
H:18. Spare Parts and Calibration
P:18.1 The Supplier shall keep spare sensors and gateways equal to at least 3% of the installed quantities in its Wuhan stock during the warranty period, and shall guarantee the supply of spare parts for eight years after Final Acceptance.
P:18.2 The Supplier shall recalibrate every sensor against a reference traceable to national standards once in each warranty year and deliver new calibration certificates, at no charge.
H:19. Anti-Bribery
P:The Supplier shall not offer any payment, gift or other benefit to any employee of the Buyer. If it does, the Buyer may terminate this Contract and claim its losses.
H:20. Project Management and Training
P:20.1 The Supplier shall appoint a project manager who speaks Chinese and is present at the site during installation and acceptance, and shall submit a weekly progress report with the installed quantities, open issues and the updated schedule.
P:20.2 The Supplier shall train the Buyer's quality staff, duty officers and IT administrators in the use of the monitoring software, alarm handling, sensor replacement and report generation, and shall hand over training materials in Chinese.
H:21. Changes
P:The Buyer may order additional sensors or gateways at the unit prices in Clause 2 during the warranty period, and the Supplier shall install them within 20 days after the order on the terms of this Contract. Any other change to the scope, the price or the schedule requires a written change order signed by both parties before the work starts.
H:22. Notices
P:Notices shall be in writing, in Chinese or English, and sent by courier or email to the addresses above. A party that changes its address or contact person shall inform the other party in writing without delay.
H:23. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** KD-MSA-2026-011

**Provider:** Khangai Digital LLC, Peace Avenue, Sukhbaatar District, Ulaanbaatar, Mongolia ("Provider")

**Customer:** Erlian Hengtong International Logistics Co., Ltd., Erenhot, Inner Mongolia, People's Republic of China ("Customer")

**Background.** The Customer runs cross-border trucking and warehousing between Erenhot and Ulaanbaatar, with offices and yards in Erenhot, Zamyn-Uud, Sainshand and Ulaanbaatar. It wishes to outsource day-to-day IT operations at these four sites to the Provider, which operates a service desk and field engineering teams in Mongolia and Inner Mongolia.

## Clause 1. Services

1.1 The Provider shall provide the managed services described in Schedule 1 (the "Services") at the sites listed in Schedule 1 from the Service Commencement Date.

1.2 The Services are: a bilingual (Chinese and Mongolian) service desk; management of 310 laptops and desktops, 46 printers and 28 handheld scanners; monitoring and management of the site networks, firewalls and Wi-Fi; patching and anti-virus; backup of the site file servers; and on-site support by field engineers.

## Clause 2. Term

2.1 The Initial Term is 24 months from the Service Commencement Date, expected to be 1 May 2026.

2.2 This Agreement ends at the end of the Initial Term unless the parties sign a written extension.

## Clause 3. Charges

3.1 At the Customer's request, the charges are stated and paid in CNY and are set out in Schedule 2.

3.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Service Acceptance. No charge is payable in advance.

3.3 Invoices are payable within 30 days.

## Clause 4. Transition and Service Acceptance

4.1 The Provider shall complete transition (asset inventory, monitoring set-up, knowledge transfer from the Customer's current staff, runbooks) within 45 days after signature.

4.2 Service Acceptance occurs when: (a) all assets in Schedule 1 are recorded in the Provider's asset register and reconciled with the Customer's list; (b) all network devices report to the monitoring system; (c) the service desk has handled tickets for 10 business days in parallel with the Customer's staff and met the response targets in Schedule 3; and (d) the Customer signs the Service Acceptance certificate.

4.3 If Service Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,000 for each day of delay.

## Clause 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 3 and report on them monthly.

5.2 If a service level is missed, the Provider shall give the service credits set out in Schedule 3, deducted from the next invoice.

## Clause 6. Customer Data

6.1 All data on the Customer's devices, servers and networks, including shipment, customs and staff data ("Customer Data"), belongs to the Customer.

6.2 The Provider may use Customer Data only for the purpose of providing the Services and shall not sell or otherwise exploit it.

## Clause 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that it receives in connection with this Agreement, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent.

7.2 This Clause 7 survives for three years after the end of this Agreement.

## Clause 8. Intellectual Property

8.1 The Provider's tools and monitoring software remain the Provider's property.

8.2 Runbooks, network documentation, configurations and scripts prepared for the Customer belong to the Customer, which may use and modify them freely and hand them to any successor provider.

## Clause 9. Personnel and Subcontracting

9.1 The Provider shall use trained personnel and shall replace any engineer on the Customer's reasonable request.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## Clause 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term set out in Schedule 2.

10.2 Neither party is liable for indirect loss or loss of profit.

## Clause 11. Term Commitment and Termination

11.1 Neither party may terminate this Agreement before the end of the Initial Term, except where force majeure prevents performance for more than 90 days.

11.2 If the Provider fails to perform the Services, the Customer's remedies are the service credits under Schedule 3 and damages within the limit of Clause 10. A failure by the Provider does not entitle the Customer to terminate this Agreement.

11.3 On expiry, the Provider shall hand over all runbooks, passwords and documentation and support transition to a new provider for up to 30 days.

## Clause 12. Customer Responsibilities

12.1 The Customer shall give the Provider's engineers access to the sites, administrator accounts and the documents they need, and shall name a service owner for the Agreement.

12.2 The Customer shall keep its software licences valid and shall approve planned changes within the times set out in the change procedure.

## Clause 13. Governance and Reporting

13.1 The Provider shall send a monthly service report with ticket volumes, service-level results, credits, open problems and recommended improvements.

13.2 The parties shall hold a monthly service review and a quarterly management review, alternately in Erenhot and Ulaanbaatar or by video conference.

## Clause 14. Transition at Expiry

14.1 Within the last three months of the Initial Term the Provider shall prepare an exit plan listing all assets, accounts, open tickets and documents to be handed over.

14.2 The Provider shall cooperate with the Customer and any successor provider in good faith, attend handover meetings and answer questions from the successor, without additional charge for the first 30 days after expiry.

## Clause 15. Service Improvement

15.1 The Provider shall propose at least two service improvements each quarter, such as automation of recurring tasks, replacement of unreliable devices or better monitoring coverage, with their expected effect and cost.

15.2 Changes to the Customer's systems follow a change procedure agreed during transition: each change is recorded, assessed for risk, approved by the Customer's service owner and tested where possible, and emergency changes are reported within one business day.

## Clause 16. Security Screening of Personnel

16.1 Engineers who work at the Customer's sites shall carry identity cards issued by the Provider and follow the Customer's visitor, yard-safety and customs-area rules.

16.2 The Provider shall give the Customer a list of the engineers assigned to the Services and keep it up to date.

## Clause 17. Anti-Bribery and Compliance

The Provider shall comply with the anti-bribery laws of Mongolia and the People's Republic of China and with the Customer's supplier code of conduct, and shall not offer any benefit to the Customer's employees.

## Clause 18. Force Majeure and Notices

18.1 Neither party is liable for a delay caused by events beyond its reasonable control, including border closures, severe weather or epidemics, provided it notifies the other party promptly.

18.2 Notices shall be in writing, in Chinese or English, and sent by courier or email to the addresses of the parties above.

## Clause 19. Governing Law and Disputes

19.1 This Agreement is governed by the laws of the People's Republic of China.

19.2 Any dispute shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.

## Schedule 1. Sites and Scope

| Site | Users | End-user devices | Network devices | On-site cover |
|---|---|---|---|---|
| Erenhot head office and yard | 120 | 150 | 34 | engineer on site, business days |
| Zamyn-Uud yard | 45 | 62 | 14 | visit within one business day |
| Sainshand depot | 20 | 28 | 8 | visit within two business days |
| Ulaanbaatar office | 55 | 70 | 16 | engineer on site, business days |

## Schedule 2. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Service Acceptance | 46,000 |
| Monthly Service Charge | 24 months x CNY 58,500 | 1,404,000 |
| Total charges for the Initial Term | | 1,450,000 |

## Schedule 3. Service Levels and Credits

| Priority | Definition | Response | Resolution or workaround | Credit if missed |
|---|---|---|---|---|
| P1 | site network, firewall or file server down; customs declaration impossible | 30 minutes | 6 hours | 3% of the Monthly Service Charge per incident |
| P2 | several users or one business application affected | 1 hour | 1 business day | 1% of the Monthly Service Charge per incident |
| P3 | single user or device | 8 business hours | 3 business days | none |
| Network availability | per site per month, excluding planned work | at least 99.95% | | 5% of the Monthly Service Charge per 0.1 point below |

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. TD-API-2026-031

BETWEEN

Tasi Marine Data, Lda., a company registered in Timor-Leste, with its office at Avenida de Portugal, Dili, Timor-Leste ("Provider"); and

Zhoushan Haifeng Ocean Fisheries Co., Ltd., a company registered in the People's Republic of China, with its office in Shenjiamen, Putuo District, Zhoushan, Zhejiang ("Customer").

BACKGROUND

The Customer operates a fleet of 38 distant-water fishing vessels and two carrier vessels in the Western Pacific and the Indian Ocean. The Provider compiles marine weather forecasts, sea-surface temperature and chlorophyll data, and vessel position data from satellite and terrestrial sources, and makes them available through an application programming interface (the "API"). The Customer wishes to use the API in its fleet-management system to plan fishing grounds and routes.

DEFINITIONS

"Start Date" means 1 July 2026 or, if later, the date of Integration Acceptance.
"Subscription Year 1" means the period from the Start Date to 30 June 2027, and "Subscription Year 2" the period from 1 July 2027 to 30 June 2028.
"Data Products" means the datasets listed in the Schedule.
"Customer Data" means the vessel list, fishing-ground definitions, query parameters and any other data the Customer supplies to the Provider or sends through the API.

1. SUBSCRIPTION

1.1 The Provider grants the Customer, for the Subscription Years, a non-exclusive, non-transferable right to call the API and to use the Data Products within the Customer's group for its own fishing and shipping operations, including display on board its vessels.

1.2 The subscription includes up to 2,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.06 per call and are invoiced quarterly in arrears.

1.3 The Customer shall not resell the Data Products or make them available to third parties as a data service.

2. FEES

2.1 At the Customer's request, all fees are stated and paid in CNY.

2.2 The fees are:
Subscription Fee, Subscription Year 1 ........ CNY 196,000
Subscription Fee, Subscription Year 2 ........ CNY 196,000
Integration support (one-time, fixed) ........ CNY 18,000
Total ........................................ CNY 410,000

2.3 Each Subscription Fee is invoiced in four equal quarterly instalments of CNY 49,000 at the end of each quarter of the Subscription Year. The integration support fee is invoiced after Integration Acceptance. No amount is payable before the Start Date.

2.4 Invoices are payable within 30 days after receipt.

3. INTEGRATION AND ACCEPTANCE

3.1 The Provider shall help the Customer's IT team connect its fleet-management system to the API, including field mappings, a test environment and two days of remote workshops.

3.2 Integration Acceptance occurs when: (a) the Customer's system has retrieved forecasts, sea-surface temperature and vessel position data for all its fishing areas for 10 consecutive days; (b) the data match the Provider's web portal for a sample of 200 records; (c) the average API response time measured by the Customer is below 800 milliseconds; and (d) the Customer confirms acceptance in writing.

3.3 The Provider shall use reasonable efforts to reach Integration Acceptance by 1 July 2026.

4. SERVICE LEVELS

4.1 The Provider targets monthly API availability of 99.95%, excluding maintenance announced at least 72 hours in advance.

4.2 The Provider targets a response to a Priority 1 incident (API unavailable, or data not updated for more than six hours) within one hour, at any time, and a response to other incidents within one business day.

4.3 The service levels in this Clause 4 are targets. No service credits, refunds, deductions or other compensation apply if they are not met.

4.4 The Provider shall publish monthly availability figures on its web portal.

5. CUSTOMER DATA AND DATA SECURITY

5.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API to the Customer and shall not disclose it or use it for any other purpose.

5.2 The Provider shall protect Customer Data with encryption in transit and at rest, access control limited to named staff, logging of all access and daily backups, and shall delete Customer Data within 30 days after the end of this Agreement.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in the investigation, and be responsible for the losses the Customer suffers from an incident caused by the Provider's breach of this Clause 5.

6. CONFIDENTIALITY

6.1 Each party shall keep confidential the non-public information of the other party, in particular the Customer's fishing grounds, vessel schedules and catch data, and shall not disclose it to any third party without prior written consent.

6.2 This obligation continues for three years after this Agreement ends.

7. INTELLECTUAL PROPERTY

7.1 The Provider and its data sources own the Data Products and the API.

7.2 Field mappings, scripts and documentation prepared by the Provider specifically for the Customer during integration belong to the Customer, which may use and modify them freely.

8. SUBCONTRACTING

The Provider shall not subcontract any part of its obligations, other than the hosting of the API by the cloud provider named in the Schedule, without the Customer's prior written consent.

9. LIABILITY

9.1 Neither party is liable to the other for indirect or consequential loss, loss of catch or loss of profit.

9.2 Each party's total liability under this Agreement is limited to twice the total fees under Clause 2.2.

10. TERM, RENEWAL AND TERMINATION

10.1 This Agreement starts on signature and ends on 30 June 2028.

10.2 This Agreement does not renew automatically. A renewal requires a written agreement signed by both parties.

10.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.4 On termination the Customer shall stop calling the API and pay the fees for the period until termination.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.

12. CUSTOMER OBLIGATIONS

12.1 The Customer shall keep its API keys secret, shall use the API only within the rate limits in the documentation, and shall inform the Provider promptly of any unauthorised use it detects.

12.2 The Customer is responsible for the decisions it takes on the basis of the Data Products; forecasts are estimates and are provided for planning.

13. SUPPORT

13.1 The Provider shall provide support by email and telephone in English and Chinese, and an online status page.

13.2 The Provider shall announce changes to the API at least 60 days in advance and keep the previous version available during that period.

14. DATA QUALITY AND CHANGES TO SOURCES

14.1 The Provider shall check incoming source data for gaps and errors, flag records of lower quality in the API response, and correct known errors in the next update.

14.2 If a data source used for the Data Products is discontinued, the Provider shall inform the Customer promptly and replace it with a source of comparable coverage and quality where one is available.

15. ANTI-BRIBERY

Each party shall comply with the anti-bribery laws that apply to it and shall not offer any benefit to the employees of the other party.

16. USAGE REPORTS AND OVERAGE

16.1 The Provider shall send the Customer a monthly usage report showing the number of API calls by endpoint and by vessel group.

16.2 The Provider shall warn the Customer by email when its usage reaches 80% and 90% of the included calls for the Subscription Year, so that the Customer can limit its calls or agree a higher volume in advance.

17. SUSPENSION

The Provider may suspend access only if invoices remain unpaid for more than 45 days after a written reminder, or if the Customer's use threatens the security of the API. It shall give at least five business days' written notice before any suspension for late payment and restore access promptly once the reason has ended.

18. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, including failures of satellites or public networks operated by third parties, natural disasters or government action, provided it notifies the other party promptly.

19. GENERAL

19.1 This Agreement is written in English. Amendments must be in writing and signed by both parties.

19.2 Notices shall be sent by email and courier to the addresses above.

SCHEDULE

Data Products: seven-day marine weather forecasts (wind, waves, swell, currents) at 0.25 degree resolution, updated four times a day; daily sea-surface temperature and chlorophyll-a maps; vessel position data for vessels above 24 metres. Hosting: Alibaba Cloud (Hangzhou region) for the API endpoints.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format, source)
FILES = {
    "z01": ("h510z01_land_registry_platform_licence_custom_dev.pdf", "pdf", Z01),
    "z02": ("h510z02_tyre_plant_mixer_control_retrofit.docx", "docx", Z02),
    "z03": ("h510z03_bakery_chain_ordering_delivery_saas.txt", "txt", Z03),
    "z04": ("h510z04_cdc_immunisation_system_annual_om.txt", "txt", Z04),
    "z05": ("h510z05_soy_sauce_energy_management_supplier_template.md", "md", Z05),
    "e01": ("h510e01_japan_aps_perpetual_licence_services.pdf", "pdf", E01),
    "e02": ("h510e02_korea_store_operations_saas_order_form.md", "md", E02),
    "e03": ("h510e03_brunei_cold_store_sensors_buyer_paper.docx", "docx", E03),
    "e04": ("h510e04_mongolia_managed_it_services.md", "md", E04),
    "e05": ("h510e05_timor_leste_marine_data_api.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# design: language, category, term overrides, extras, and facts the label does not carry (fee base, forum)
D = {
    "z01": dict(lang="zh", category="software", value=2160000, fee_base=1160000,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                       contract_kind="goods_or_licence"),
                capped=True, design=[]),
    "z02": dict(lang="zh", category="hardware", value=1724000, fee_base=1486000,
                t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=10, confidentiality=False,
                       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                       subcontract_without_consent=True, contract_kind="goods_or_licence"),
                capped=True, design=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z03": dict(lang="zh", category="cloud", value=400000,
                t=dict(sla_remedy=False, ld_rate_per_day_pct=0.1, auto_renewal_price_increase=True),
                sla=False, design=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "z04": dict(lang="zh", category="services", value=586000,
                t=dict(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.02, governing_law=None),
                design=["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
    "z05": dict(lang="zh", category="software", value=1200000, fee_base=780000,
                t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                       ld_rate_per_day_pct=0.02, liability_cap_pct=50, prepayment_pct=50, acceptance_clause=False,
                       final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28,
                       subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
                capped=True, deemed=True,
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                        "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(lang="en", category="software", value=1920000, fee_base=1280000,
                t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                       governing_law="Japan", contract_kind="goods_or_licence"),
                capped=True, design=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", category="cloud", value=572000,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                       ld_rate_per_day_pct=400 / 572000 * 100, liability_cap_pct=6 / 24 * 100),
                design=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "e03": dict(lang="en", category="hardware", value=770000, fee_base=669600,
                t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                       final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                       contract_kind="goods_or_licence"),
                capped=True, design=[]),
    "e04": dict(lang="en", category="services", value=1450000,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                       ld_rate_per_day_pct=1000 / 1450000 * 100, liability_cap_pct=150,
                       termination_for_breach=False),
                design=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(lang="en", category="cloud", value=410000,
                t=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, liability_cap_pct=200),
                ld=False, design=["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
}
PRICE_SUMS = {"z01": [1160000, 742000, 188000, 70000], "z02": [548000, 326000, 162000, 118000, 332000, 214000, 24000],
              "z03": [237600, 92000, 58000, 12400], "z04": [186000, 104000, 88000, 208000],
              "z05": [780000, 356000, 64000], "e01": [1280000, 420000, 186000, 34000], "e02": [268000, 268000, 36000],
              "e03": [285600, 151200, 22800, 92000, 118000, 84400, 16000], "e04": [46000, 24 * 58500],
              "e05": [196000, 196000, 18000]}
PAYMENTS = {"z01": [432000, 972000, 756000], "z02": [172400, 948200, 603400], "z05": [600000, 600000],
            "e01": [384000, 864000, 672000], "e03": [77000, 423500, 269500]}
HORIZON = 5


def label(key):
    d = D[key]
    terms = dict(BASE)
    terms.update(d["t"])
    extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld", True)}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["category"],
            "expected_terms": {k: terms[k] for k in KEYS}, "expected_extra": extra}


def tco_share(key, lab):
    """policy section 4: horizon from acceptance; post-warranty years = horizon - warranty (pro rata); fee base =
    itemised licence/hardware subtotal. Purchase + implementation = the contract value."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * D[key]["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def rules(key, lab):
    """My own reading of policy.md section 3 and its 'Where rules apply' notes."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key, lab)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or D[key].get("forum_outside", False):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    low = {"CR-GOVERNING-LAW"}
    if set(rs) & high:
        return "high"
    if set(rs) - low:
        return "medium"
    return "low"


ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}

# --- threshold scan --------------------------------------------------------------------------------------------
N = r"(?<![\d.])"
CN = "一二三四五六七八九十百千零两"
BANNED = [
    N + r"99\.9(?!\d)\s*(%|％|per\s*cent|percent)", "百分之九十九点九(?![一二三四五六七八九])",
    N + r"(4|four)\s*(\(4\)\s*)?(hours?|hrs?\b|h\b|个?小时)", r"(?<![\d" + CN + r"])四个?小时", N + r"240\s*(分钟|min)",
    N + r"0?\.05(?!\d)\s*(%|％|per\s*cent|percent)", "万分之五(?![十百千])", "千分之零点五",
    N + r"100(\.0+)?\s*(%|％|per\s*cent|percent)", "百分之(一)?百(?![一二三四五六七八九])", r"one\s+hundred\s+per",
    N + r"30(\.0+)?\s*(%|％|per\s*cent|percent)", "百分之三十(?![一二三四五六七八九])", "三成", r"thirty\s+per",
    N + r"15(\.0+)?\s*(%|％|per\s*cent|percent)", "百分之十五(?![一二三四五六七八九])", r"fifteen\s+per",
    N + r"40(\.0+)?\s*(%|％|per\s*cent|percent)", "百分之四十(?![一二三四五六七八九])", "四成", r"forty\s+per",
    N + r"12\s*(个月|months?)", r"(?<![" + CN + r"])十二个月", r"twelve\s*(\(12\)\s*)?months?", "一年", r"\bone\s*year",
    N + r"1\s*years?\b",
    N + r"5\s*(年|years?)", r"(?<![" + CN + r"])五年", r"five\s*(\(5\)\s*)?years?", N + r"60\s*(个月|months?)",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年", "one year",
            "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "5 years", "4 h", "15 per cent"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时", "二十四小时",
             "0.5%", "130%", "1.5%", "Subscription Year", "240,000", "2026年", "45%", "35%", "212 months", "25 years",
             "0.055%", "万分之二", "十五日", "三十日", "400%", "1,000%"]


def hits(text):
    found = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BANNED_RE:
            found += [m.group(0) for m in rx.finditer(form)]
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    srcs = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    tgts = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(srcs, tgts, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, bad = set(), []
    for k, (name, fmt, src) in FILES.items():
        assert sum(PRICE_SUMS[k]) == D[k]["value"], k
        if k in PAYMENTS:
            assert sum(PAYMENTS[k]) == D[k]["value"], k
        lab = label(k)
        rs = rules(k, lab)
        assert rs == sorted(D[k]["design"]), (k, rs, D[k]["design"])
        lab["expected_rules"] = rs
        covered |= set(rs)
        t = lab["expected_terms"]
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            assert t[key] is None or t[key] != thr, (k, key)
        s = tco_share(k, lab)
        assert s is None or abs(s - 40) > 2, (k, s)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, D[k]["lang"])
        lo, hi = (2750, 3000) if D[k]["lang"] == "zh" else (1450, 1650)
        h = hits(text) + hits(src)
        print(f"{k} {name} {D[k]['lang']} len={n} risk={risk(rs)} tco={None if s is None else round(s, 2)} rules={rs}"
              + (f" HITS={h}" if h else ""))
        if not (lo <= n <= hi) or h:
            bad.append(k)
    assert covered == ALL_RULES, ALL_RULES - covered
    mix = [len(label(k) and rules(k, label(k))) for k in FILES]
    print("mix", mix)
    assert not bad, bad


if __name__ == "__main__":
    main()
