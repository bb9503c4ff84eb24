"""holdout214: ten ordinary draft contracts (5 zh, 5 en) and their hand-made labels.

Run with /work/main/.venv/bin/python. Writes the .md/.txt texts directly, builds the two .docx and the two .pdf
with ../word_pdf.py (PDFs with wrap_words=True), and writes the .json labels after asserting every price sum and
re-applying the policy's CR rules (policy.md section 3 and section 4 TCO) to each label.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h214z01 (.docx, 第X条 + 1.1) -- compliant
H214Z01 = """
T:岚州市公共信用信息平台（二期）建设项目政府采购合同
P:合同编号：LZXY-2025-017    采购项目编号：LZCG-2025-GK-0417（公开招标）
P:甲方（采购人）：岚州市社会信用体系建设办公室
P:乙方（中标供应商）：岚州信衡数据技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就岚州市公共信用信息平台（二期）建设项目签订本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方负责公共信用信息平台（二期）的软硬件供货、定制开发、数据治理、系统集成、安装部署、培训及质保期内服务。建成后的平台应覆盖信用信息归集、法人和自然人信用档案、红黑名单管理、信用修复、信用报告出具、双公示及“信易+”应用等业务。
P:1.2 平台部署于甲方指定的市政务云机房，通过电子政务外网与全市 42 个部门的业务系统及省公共信用信息平台对接，实现信用信息按日归集和实时共享。
P:1.3 乙方交付的全部货物应为全新、未使用过的合格产品，软件为正式版本并附合法授权文件；设备的原产地、型号和配置不得低于投标文件的承诺。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰陆拾万零陆仟元整（¥3,606,000.00），含税费、运输、安装、测试、培训及质保期服务等全部费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|公共信用信息平台软件许可（归集、档案、红黑名单、信用修复模块）|1 套|1,280,000
TB:2|信用信息共享交换子系统软件许可|1 套|356,000
TB:3|应用服务器|6 台|411,000
TB:4|数据库服务器|2 台|252,000
TB:5|分布式存储|1 套|318,000
TB:6|定制开发（部门数据接口 42 个、信用报告模板、“信易+”应用对接）|1 项|624,000
TB:7|数据治理及历史数据迁移|1 项|186,000
TB:8|系统集成、安装部署及等级保护测评配合|1 项|147,000
TB:9|培训|1 项|32,000
TB:合计|||3,606,000
P:2.2 上表第 1 至 5 项合计人民币 2,617,000 元，称“软硬件小计”，作为质保期满后运维费用的计算基数。
P:2.3 合同价款为固定总价，合同履行期间不因市场价格、汇率或工作量变化而调整。
H:第三条 付款方式
P:3.1 合同签订后 10 个工作日内，乙方向甲方提交等额银行预付款保函，甲方收到保函后支付合同总价的 20%（人民币 721,200 元）作为预付款。
P:3.2 项目初验合格后 15 个工作日内，甲方支付合同总价的 45%（人民币 1,622,700 元）。
P:3.3 项目终验合格后 15 个工作日内，甲方支付合同总价的 35%（人民币 1,262,100 元）。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方资金支付按财政国库集中支付程序办理，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后 30 日内完成硬件到货，90 日内完成部署、定制开发和数据迁移并提交初验申请，初验合格后进入 90 日试运行。
P:4.2 乙方应派驻项目经理 1 名及不少于 6 名实施人员常驻现场，项目经理未经甲方书面同意不得更换。乙方应每周提交项目周报。
P:4.3 货物到货后由双方共同开箱清点，到货签收仅确认数量、型号和外观，不视为质量验收。
H:第五条 验收
P:5.1 初验：乙方完成部署后，甲方按照招标文件技术要求及双方确认的测试方案逐项测试。初验标准为：全部功能点测试通过；42 个部门接口连续 15 日数据交换正常、无漏传错传；信用信息查询在 800 个并发用户下响应时间不超过 3 秒；历史数据迁移后按记录数全量核对、按字段抽样核对一致。
P:5.2 终验：试运行期满，平台未发生一级故障，已通过第三方网络安全等级保护三级测评，且乙方已提交全部技术文档、源代码及操作手册，由甲方组织专家进行终验并出具书面终验报告。
P:5.3 系统上线运行、甲方使用系统或支付部分款项，均不视为验收合格。验收不合格的，乙方应在 15 日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为终验合格之日起三年（36 个月）。质保期内乙方免费提供软硬件维修、更换、软件升级、补丁及技术支持，并每季度进行一次巡检。
P:6.2 质保期满后，如甲方需要，乙方应继续提供运维服务。年度运维费不高于软硬件小计的 9%（即每年不超过人民币 235,530 元），该价格在质保期满后两年内固定不变。运维合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台年度可用率不低于 99.95%（计划内维护时间经甲方书面同意后不计入不可用时间）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或核心数据交换中断），乙方 30 分钟内响应，2 小时内到场，6 小时内恢复；二级故障（部分功能不可用），1 小时内响应，8 小时内恢复；三级故障（一般问题），1 个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时 1 小时扣减人民币 1,000 元；年度可用率每低于约定值 0.01 个百分点，扣减人民币 2,000 元。扣减金额从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的接口程序、信用报告模板、应用对接模块及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:8.2 乙方原有平台软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围包括甲方及市级各部门在本平台上的使用。
P:8.3 乙方保证所提供的货物和软件不侵犯第三方知识产权；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台归集、存储和产生的全部信用信息、业务数据及日志均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护三级要求，实施访问控制、加密传输、操作审计等措施，运维操作须经甲方堡垒机进行，测试须使用甲方提供的脱敏数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在 1 小时内向甲方报告并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方全部损失。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、技术资料及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交初验申请的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过 30 日的，甲方有权解除合同。
P:11.2 乙方交付的货物或系统不符合合同约定的，应负责更换或整改，并赔偿甲方由此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后 15 日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，提交岚州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式六份，甲乙双方各执三份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：岚州市社会信用体系建设办公室        乙方（盖章）：岚州信衡数据技术有限公司
P:法定代表人或授权代表：                          法定代表人或授权代表：
P:日期：    年  月  日                              日期：    年  月  日
"""

# ---------------------------------------------------------------- h214z02 (.pdf, 一、/（一）/1.) -- 2 risky terms
H214Z02 = """
T:涂层厚度在线检测系统采购及维保合同
P:合同编号：RT-SB-2025-0628
P:甲方（买方）：常熟瑞涂新材料有限公司
P:乙方（卖方）：苏州测微光电科技有限公司
P:鉴于甲方二号彩涂机组需配置涂层厚度在线检测系统，经技术交流和比价谈判，甲方选定乙方为供货方。双方依据《中华人民共和国民法典》，就系统的供货、安装、验收、质保及质保期满后的维保服务订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方供应涂层厚度在线检测系统一套，安装于甲方二号彩涂机组精涂机后及固化炉出口，实现带钢上下表面干膜厚度的在线扫描测量、湿膜厚度监测，以及与涂机的厚度闭环控制。
P:（二）供货清单及价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|太赫兹涂层测厚扫描架（含 C 型架、扫描驱动）|2 套|486,000|972,000
TB:2|红外湿膜测厚探头|4 台|58,500|234,000
TB:3|控制柜及工控机|2 套|73,000|146,000
TB:4|测厚数据采集与分析软件（永久许可）|1 套|168,000|168,000
TB:设备及软件小计||||1,520,000
TB:5|安装调试及与涂机 PLC、MES 对接|1 项||118,000
TB:6|标定样板及现场标定|1 项||46,000
TB:7|操作及维护培训|1 项||16,000
TB:合同总价||||1,700,000
P:（三）合同总价为人民币壹佰柒拾万元整（¥1,700,000），含 13% 增值税及包装、运输、保险、安装、调试、标定和培训费用，甲方不再另行支付其他费用。
H:二、技术要求
P:（一）干膜测量范围 5 至 60 μm；测量重复性 ±0.3 μm（2σ）；与甲方离线台式测厚仪比对偏差不超过 ±0.5 μm。
P:（二）扫描速度不低于 200 mm/s，机组速度 180 m/min 时可保持横向全幅覆盖，边部盲区不超过 20 mm。
P:（三）系统通过 OPC UA 与涂机 PLC 通讯，实现涂辊转速和辊缝的厚度闭环控制；测量数据按钢卷号写入甲方 MES，并可导出每卷厚度分布图。
P:（四）现场设备防护等级不低于 IP65，适用于固化炉出口 60 ℃ 环境，配备自动清洁风刀。
H:三、交货与安装
P:（一）乙方应于合同生效后 75 日内将全部设备运抵甲方厂区，交货地点为甲方二号彩涂机组现场。
P:（二）设备到货后双方共同开箱检验，签署到货签收单。到货签收仅确认数量、型号和外观完好，不构成质量验收。
P:（三）乙方应在甲方安排的机组检修窗口内（不超过 5 天）完成机械安装，不得影响甲方正常生产；安装期间乙方人员须遵守甲方安全生产和动火作业管理制度。
H:四、验收
P:（一）安装调试完成后，乙方书面提交验收申请。双方按以下标准进行验收：
P:1. 用甲方标准样板连续测量 30 次，重复性满足第二条（一）的要求；
P:2. 随机抽取 20 卷产品，在线测量值与离线测厚仪比对，偏差满足第二条（一）的要求；
P:3. 闭环控制投入后，连续 10 个生产班次厚度控制稳定，无因系统原因造成的质量异议；
P:4. 系统连续运行 72 小时无故障，数据完整写入 MES。
P:（二）全部标准满足后，双方签署最终验收证书。甲方开始使用设备或支付部分款项均不视为验收合格。
P:（三）验收不合格的，乙方应在 10 日内整改并重新验收；两次验收仍不合格的，甲方有权退货并解除合同，乙方退还已收款项。
H:五、付款方式
P:（一）合同生效后 7 日内，甲方支付合同总价的 20%（¥340,000）作为预付款。
P:（二）设备全部到货并签收后 15 日内，支付合同总价的 35%（¥595,000）。
P:（三）最终验收合格后 15 日内，支付合同总价的 45%（¥765,000）。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:六、质量保证
P:（一）质保期为最终验收合格之日起十八个月。质保期内设备及软件出现非人为损坏的故障，乙方免费维修或更换，包括探头、扫描驱动及工控机部件，并免费提供软件升级。
P:（二）乙方保证太赫兹源及探测器等关键部件的设计使用寿命不低于 5 年，并在停产后 8 年内保证备件供应。
H:七、售后服务与服务水平
P:（一）乙方设立全天候服务热线，并指定一名服务经理作为甲方的固定联系人。
P:（二）故障分级：一级故障指检测系统停止测量或闭环控制失效，导致机组只能手动调节涂层厚度；二级故障指单个探头失效或数据无法写入 MES；三级故障指其他一般问题。
P:（三）一级故障：乙方接到甲方通知后 8 小时内响应，并于 48 小时内派工程师到达现场；二级故障：1 个工作日内响应，3 个工作日内到场；三级故障：通过远程方式在 5 个工作日内解决。
P:（四）乙方到场超过上述时限的，每超时一日向甲方支付人民币 2,000 元；同一故障经 3 次维修仍未排除的，乙方应免费更换同型号新设备。
P:（五）质保期内乙方每半年进行一次现场巡检及标定，并提交巡检报告。
H:八、质保期满后的维保服务
P:（一）质保期满后，乙方应甲方要求继续提供年度维保服务，内容包括定期巡检标定、故障维修、备件更换（太赫兹源除外）及软件升级，服务水平同第七条。
P:（二）年度维保费按设备及软件小计的 18.5% 计取，即每年人民币 281,200 元，在质保期满后四年内固定不变；此后如需调整，由双方协商确定。
P:（三）维保费在每个维保年度开始后 30 日内支付。维保服务按年度签署服务确认单，甲方可在任一维保年度结束前 60 日书面通知不再续接。
H:九、知识产权
P:（一）测厚数据采集与分析软件的知识产权属于乙方，乙方授予甲方永久、不可转让的使用许可，许可范围覆盖本系统所安装的机组及其备用工控机。
P:（二）乙方为甲方开发的 PLC 通讯程序、MES 接口程序、定制报表及其源代码归甲方所有，甲方可自行修改和使用，也可交由第三方维护。
P:（三）乙方保证所供设备及软件不侵犯第三方知识产权，因此发生的纠纷由乙方处理并承担责任。
H:十、数据安全
P:（一）系统采集的涂层厚度、机组速度、工艺参数等生产数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）乙方远程维护须事先经甲方书面批准，通过甲方提供的 VPN 账号接入，每次维护结束后由甲方关闭账号；乙方不得在设备中设置未公开的远程访问通道。
P:（三）工控机应安装甲方认可的防病毒软件并关闭不必要的端口。发生数据泄露或病毒感染的，乙方应在 2 小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十一、保密
P:乙方对在履行本合同过程中获悉的甲方涂料配方、工艺参数、客户信息及其他商业秘密承担保密义务，未经甲方书面同意不得披露或用于本合同以外的目的。保密义务在本合同终止后继续有效，直至相关信息合法公开。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过 30 日的，甲方有权解除合同。
P:（二）乙方所供设备不符合合同约定的，甲方有权要求更换、整改或退货，并要求乙方赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十三、分包
P:乙方不得转让本合同。机械安装中的起重、脚手架等辅助作业如需委托第三方，应事先取得甲方书面同意，乙方对第三方的行为承担连带责任。
H:十四、合同解除
P:（一）任何一方严重违约，经对方书面催告后 15 日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。
P:（二）合同解除后，乙方应退还甲方已付但未履行部分的款项，并自行拆除已安装设备。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、供货清单、验收方案，与本合同具有同等效力。
P:甲方（盖章）：常熟瑞涂新材料有限公司          乙方（盖章）：苏州测微光电科技有限公司
P:授权代表：                                    授权代表：
P:日期：                                        日期：
"""

# ---------------------------------------------------------------- h214z03 (.md, Markdown headings + 1.1) -- 3 risky terms
H214Z03 = """# 排课与学员管理 SaaS 服务合同

合同编号：LT-IT-2025-031

甲方（客户）：上海朗途语言培训有限公司

乙方（服务商）：杭州课栈云科技有限公司

甲方在上海、苏州、杭州、南京等地经营 26 个语言培训校区。为统一排课、学员档案、课时消耗与家校沟通，甲方采购乙方“课栈”排课与学员管理 SaaS 服务及配套实施服务。双方经友好协商，订立本合同。

## 1 服务内容

1.1 乙方通过其云平台向甲方提供“课栈”SaaS 服务，包括排课与教室资源管理、教师课表与课时统计、学员档案与报名、课时包与消课、请假与补课、家校沟通、经营数据报表等功能模块，具体以附件一《功能清单》为准。

1.2 服务规模：26 个校区、600 个教师及员工账号，学员数量不限。服务期内乙方发布的新功能，甲方可免费使用。

1.3 乙方另提供实施服务，包括历史学员及课时数据迁移、系统配置、与甲方财务系统的收费数据对接、管理员及教师培训，以及家长端小程序的品牌定制。

1.4 服务期：自上线验收合格之日起三年。

## 2 费用

2.1 本合同总金额为人民币 1,312,000 元（含 6% 增值税），明细如下：

| 项目 | 单价 | 数量 | 金额（元） |
|---|---|---|---|
| “课栈”SaaS 订阅（26 校区、600 账号、学员不限） | 386,000 元/年 | 3 年 | 1,158,000 |
| 实施服务（数据迁移、配置、财务对接、培训） | — | 1 项 | 96,000 |
| 家长端小程序品牌定制 | — | 1 项 | 58,000 |
| **合计** | | | **1,312,000** |

2.2 服务期内甲方新增校区或账号的，双方另行签订补充协议，单价不高于本合同单价。

## 3 付款

3.1 订阅费按季度支付：每个服务季度结束后 15 日内，甲方支付当季订阅费人民币 96,500 元。

3.2 实施服务费及小程序定制费合计人民币 154,000 元，在上线验收合格后 15 日内一次性支付。

3.3 本合同不设预付款。乙方每次收款前应开具增值税专用发票。

## 4 实施与上线验收

4.1 乙方应在合同签订后 45 日内完成数据迁移、系统配置和小程序定制，并书面提交上线验收申请。

4.2 上线验收标准：

1. 迁移后的在读学员、剩余课时和课时包余额与甲方原系统逐一核对一致；
2. 26 个校区均完成一个完整排课周，并正常消课、出具课时报表；
3. 300 名教师同时在线时，常用页面响应时间不超过 2 秒；
4. 小程序通过微信审核并正式上线；
5. 收费数据与甲方财务系统对账一致。

4.3 上述标准全部满足后，双方签署上线验收单。系统试用、甲方开始使用或支付费用均不视为验收合格。

4.4 乙方应指定一名项目经理负责实施，每周向甲方提交实施周报，并在各校区上线首周安排实施顾问驻场支持。

4.5 乙方逾期提交上线验收申请的，每逾期一日向甲方支付人民币 800 元违约金，违约金总额不超过实施服务费及小程序定制费之和。

## 5 服务水平

5.1 月可用率不低于 99.5%。经甲方同意的计划维护时间不计入不可用时间，计划维护应安排在 22:00 至次日 6:00 之间，并至少提前 3 日通知甲方。

5.2 故障响应：一级故障（全部或多数校区无法登录、排课或消课）30 分钟内响应，3 小时内恢复；二级故障（单一功能不可用）2 小时内响应，1 个工作日内恢复；三级故障在下一版本中修复。

5.3 服务赔偿：月可用率低于约定值的，按当季订阅费的 5% 抵扣；低于 99% 的，按当季订阅费的 10% 抵扣；一级故障响应超时的，每次抵扣人民币 500 元。抵扣额在下一季度付款时直接扣减。

5.4 乙方每日对甲方数据进行备份，备份数据保留不少于 30 日；发生故障时数据恢复点目标不超过 15 分钟。乙方每年组织一次灾难恢复演练，并将演练报告提交甲方。

5.5 乙方每月向甲方提供服务报告，列明可用率、故障及处理情况、计划维护安排。服务期内乙方免费提供在线客服和操作培训，新入职教师可参加乙方每月组织的线上培训。

## 6 知识产权

6.1 “课栈”平台及其后续版本的知识产权归乙方所有，甲方在服务期内享有使用权。

6.2 家长端小程序的界面设计、品牌素材、定制页面及其源代码归甲方所有，乙方应在上线验收时交付源代码及部署文档，甲方可自行修改或委托第三方维护。

6.3 甲方在系统中配置的课程体系、排课规则和报表模板归甲方所有。

## 7 数据归属与使用

7.1 甲方录入和系统产生的学员、家长、教师信息、课时记录及收费数据（以下简称“甲方数据”）归甲方所有。

7.2 乙方有权对甲方数据进行去标识化处理后，汇总用于产品改进、行业研究报告及算法模型训练，该项权利在本合同终止后继续有效。

7.3 合同终止后 30 日内，乙方应按甲方要求以通用格式导出全部甲方数据并交付甲方，随后删除平台上的甲方数据（第 7.2 条所述去标识化汇总数据除外）。

## 8 数据安全

8.1 乙方平台应通过网络安全等级保护三级测评，数据存储于中国境内，传输和存储均加密，并实施最小权限访问控制和操作日志审计。

8.2 学员中有未成年人，乙方应按《个人信息保护法》及未成年人个人信息网络保护的相关规定处理其信息，并配合甲方完成监护人同意的收集。

8.3 发生数据泄露、篡改或丢失的，乙方应在 2 小时内通知甲方，采取补救措施并配合甲方履行报告义务；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此支付的罚款及对第三方的赔偿。

## 9 保密

9.1 双方对在合作中获知的对方商业信息、价格条款、课程体系及经营数据负有保密义务，未经对方书面同意不得向第三方披露。

9.2 保密义务自本合同签订之日起至合同终止后三年内有效。

## 10 分包

10.1 未经甲方书面同意，乙方不得将本合同项下服务分包或转包。

10.2 乙方使用的云基础设施服务商为阿里云计算有限公司，甲方签署本合同即视为同意；更换云服务商须事先取得甲方书面同意。

## 11 续期

11.1 服务期满前 60 日内任何一方未书面提出不续期的，本合同自动续期一年，续期次数不限。

11.2 续期年度的订阅费由乙方按其届时价格目录确定，较上一年度的上调幅度不超过 8%。

## 12 违约责任与责任限制

12.1 任何一方违约给对方造成损失的，应赔偿对方损失。

12.2 乙方在本合同项下的累计赔偿责任以本合同总金额的 150% 为限，但数据泄露、侵犯知识产权以及故意或重大过失造成的损失不受此限。

## 13 合同解除

13.1 乙方严重违约（包括连续两个月可用率低于 99%，或发生重大数据安全事件），经甲方书面通知后 15 日内未纠正的，甲方有权解除合同，乙方应退还已付但未使用期间的订阅费。

13.2 合同解除或终止的，乙方应按第 7.3 条交付甲方数据。

## 14 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同发生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

## 15 其他

15.1 本合同附件：附件一《功能清单》、附件二《实施计划》、附件三《服务水平说明》。

15.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：上海朗途语言培训有限公司　　　　乙方（盖章）：杭州课栈云科技有限公司

授权代表：　　　　　　　　　　　　　　　　　　授权代表：

日期：　　　　　　　　　　　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------- h214z04 (.txt, 第1条 + 1.1) -- 2 risky terms
H214Z04 = """澜江市星湖区医疗废物在线监管平台年度运维服务合同

项目编号：XHWJ-XJ-2025-09（政府采购 询价）
合同编号：XHWJ-HT-2025-21

甲方（采购人）：澜江市星湖区卫生监督所
乙方（成交供应商）：澜江医信运维服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及本项目询价通知书、乙方响应文件和成交通知书，甲乙双方就星湖区医疗废物在线监管平台年度运维服务达成一致，订立本合同。

第1条 服务范围
1.1 运维对象为甲方建设的星湖区医疗废物在线监管平台，包括监管平台软件（收集、交接、暂存、转运、处置全流程追溯）、部署在辖区 212 家医疗机构的智能称重终端及扫码设备共 356 台，以及平台与市级医疗废物监管系统、生态环境部门危险废物转移联单系统的数据接口。
1.2 服务内容：
（1）平台软件运维：日常监控、故障处理、补丁和版本更新、数据库维护与备份；
（2）终端设备运维：故障维修、配件更换、现场巡检，每季度覆盖全部医疗机构一次；
（3）数据接口维护：保障与市级平台及转移联单系统的数据按日同步，接口变更时完成适配；
（4）驻场服务：乙方派驻 1 名工程师在甲方办公地点工作（工作日 8:30 至 17:30），负责用户支持和监督执法数据查询协助；
（5）年度版本升级：按甲方需求完成一次平台年度版本升级，新增医疗机构分级分类监管功能，升级应在 2025 年 12 月 31 日前完成；
（6）用户培训：每半年为辖区医疗机构医疗废物管理人员组织一次终端操作培训，并为甲方监督员提供平台使用培训；
（7）重要时段保障：在上级督查、专项检查期间，乙方应根据甲方通知增派工程师现场值守。
1.3 服务期：2025 年 7 月 1 日至 2026 年 6 月 30 日。服务期满本合同终止，下一年度服务由甲方依法重新组织采购，本合同不自动续期。

第2条 合同价款
2.1 本合同总价为人民币肆拾陆万捌仟元整（¥468,000），为固定总价，包括人工、配件、交通、税费等全部费用。其中：
（1）平台软件运维：186,000 元；
（2）终端设备运维及备品备件：142,000 元；
（3）数据接口维护：68,000 元；
（4）驻场服务：72,000 元。
2.2 单次配件价格超过 2,000 元的，乙方须事先报甲方确认，但仍包含在合同总价内。

第3条 服务要求与服务水平
3.1 故障分级：一级故障指平台整体不可用或全区数据无法上传；二级故障指单个功能模块不可用、单个接口中断或单家医疗机构终端全部故障；三级故障指其他一般问题。
3.2 响应及处理时限：一级故障 30 分钟内响应，2 小时内到达现场，8 小时内恢复；二级故障 1 小时内响应，1 个工作日内解决；三级故障 3 个工作日内解决。
3.3 每季度完成全部医疗机构终端巡检一次，巡检结束后 10 日内提交季度巡检报告；发现的问题应在报告提交后 15 日内整改完毕。
3.4 每月 5 日前提交上月运维月报，内容包括故障清单、处理时长、数据同步情况及终端在线情况。
3.5 乙方超出第 3.2 条时限的，一级故障每超时 1 小时扣减服务费人民币 500 元，二级故障每超时 1 日扣减服务费人民币 300 元，从当季服务费中扣除。

第4条 服务考核与验收
4.1 甲方按季度对乙方服务进行考核，考核内容为：故障响应及处理是否符合第 3.2 条；季度巡检是否按时完成并提交报告；整改是否按期完成；月报是否按时提交。
4.2 服务期满后 15 日内，甲方依据本合同第 3 条服务要求和四个季度的考核记录组织终期验收，出具验收意见。服务期届满本身不视为验收合格。
4.3 甲方可委托第三方机构对运维服务质量进行抽查，乙方应予配合并提供运维记录、工单及巡检资料。
4.4 考核或验收不合格的，乙方应在甲方指定期限内整改，整改后仍不合格的，甲方有权按第 10 条追究违约责任。

第5条 付款方式
5.1 服务费按季度支付，每季度人民币 117,000 元。每季度考核合格后 15 个工作日内，甲方支付当季服务费。
5.2 本合同不设预付款。乙方请款时应提交当季考核结果确认单和合法有效的发票。
5.3 甲方资金支付按财政国库集中支付程序办理，因财政审批程序造成的合理延迟不视为甲方违约。
5.4 根据第 3.5 条扣减的服务费，在当季付款时直接扣除，甲方应在考核结果确认单中列明扣减事由和金额。

第6条 人员要求
6.1 乙方项目负责人和驻场工程师应具备相关专业资格，名单须报甲方备案，未经甲方同意不得更换。
6.2 乙方人员进入医疗机构时，应遵守医疗机构的感染控制和安全管理规定，佩戴工作证件，做好个人防护。
6.3 驻场工程师每日填写工作日志，每月由甲方对其出勤和工作质量进行评价；评价不合格的，乙方应在 10 日内更换人员。
6.4 乙方应配备满足服务需要的备品备件，称重终端主板、传感器、打印模块的备件数量不少于终端总数的 5%，并存放于星湖区内。

第7条 数据归属
7.1 平台中的医疗机构信息、医疗废物产生与转移记录、监督检查记录、称重数据及日志均属于甲方所有。
7.2 乙方仅因履行本合同需要而接触上述数据，不得将其用于本合同以外的任何目的。

第8条 保密
8.1 乙方对在服务过程中知悉的医疗机构信息、监督执法信息及甲方的其他工作信息负有保密义务，未经甲方书面同意，不得以任何方式向第三方披露。
8.2 乙方应对其工作人员进行保密教育，并与驻场工程师签订保密协议。保密义务不因本合同终止而解除。

第9条 知识产权
9.1 乙方在服务过程中形成的运维文档、巡检报告、脚本、配置文件以及年度版本升级新增功能的源代码，归甲方所有，甲方可自行修改或交由第三方使用。
9.2 乙方保证其提供的服务及工具不侵犯第三方合法权益。

第10条 违约责任
10.1 乙方逾期提交季度巡检报告、逾期完成第 3.3 条约定的整改或逾期完成第 1.2 条第（5）项年度版本升级的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
10.2 乙方在一个季度内一级故障处理超时累计达到 3 次的，甲方有权要求乙方更换项目负责人。
10.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。

第11条 分包与转让
乙方不得将本合同项下的服务分包或转包给任何第三方，也不得转让本合同的权利义务。

第12条 合同解除
12.1 乙方严重违反本合同约定，经甲方书面通知后 10 日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算服务费。
12.2 因不可抗力致使本合同无法履行的，双方可协商解除合同。

第13条 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第14条 其他
14.1 本合同一式五份，甲方执三份，乙方执两份，自双方签字盖章之日起生效。
14.2 本合同附件包括：询价通知书、乙方响应文件、终端设备清单及医疗机构名单。

甲方（盖章）：澜江市星湖区卫生监督所
代表签字：
日期：

乙方（盖章）：澜江医信运维服务有限公司
代表签字：
日期：
"""

# ---------------------------------------------------------------- h214z05 (.md, 章 + 第X条, supplier's template) -- many problems
H214Z05 = """# 智链 ERP 软件许可及实施合同

**（智链软件标准合同文本 V5.0）**

合同编号：ZL-ERP-2025-0193

甲方（用户）：莒南丰源粮油有限公司

乙方（许可方/实施方）：济南智链软件有限公司

鉴于甲方拟在其花生油生产基地实施企业资源计划（ERP）系统，乙方拥有“智链 ERP”软件的著作权并具备实施能力，双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一章 合同标的与价格

**第一条** 乙方向甲方许可使用“智链 ERP”软件（财务、供应链、生产制造、质量追溯模块，50 个并发用户），并提供定制开发、实施及培训服务。

**第二条** 合同价格如下（含税）：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智链 ERP 软件许可费（财务、供应链、生产制造、质量追溯，50 并发用户，永久许可） | 760,000 |
| 2 | 定制开发（花生原料收购过磅与质检对接、压榨及浸出批次追溯、灌装线条码、经销商返利） | 268,000 |
| 3 | 实施服务（需求调研、蓝图设计、系统配置、期初数据导入、上线支持） | 112,000 |
| 4 | 用户培训 | 20,000 |
| | **合计** | **1,160,000** |

**第三条** 合同总价为人民币壹佰壹拾陆万元整（¥1,160,000）。因甲方需求变更增加的工作量，按乙方人天单价 2,600 元另行计费。

## 第二章 付款

**第四条** 付款方式：

1. 合同签订后 5 个工作日内，甲方支付合同总价的 45%，即人民币 522,000 元；
2. 系统上线运行后 10 个工作日内，甲方支付合同总价的 35%，即人民币 406,000 元；
3. 系统验收合格后 10 个工作日内，甲方支付合同总价的 20%，即人民币 232,000 元。

**第五条** 甲方逾期付款的，乙方有权暂停实施工作，工期相应顺延；每逾期一日，甲方按逾期金额的千分之一向乙方支付违约金。

## 第三章 实施与验收

**第六条** 乙方应在收到首付款后 120 日内完成系统上线。甲方应提供必要的场地、网络、服务器及业务人员配合，因甲方原因造成的延误，工期顺延。

实施分为需求调研、蓝图设计、系统配置与定制开发、数据导入与测试、上线支持五个阶段。每一阶段结束时，乙方提交阶段成果，由甲方项目负责人签字确认。阶段确认仅表示该阶段工作完成，不代表系统验收。乙方应派遣熟悉粮油加工行业的实施顾问，主要顾问名单见附件二。

甲方负责提供期初数据（物料、客户、供应商、期初库存及财务余额），乙方负责数据模板设计、清洗规则和导入工作。上线前双方应共同完成不少于两轮的全流程模拟运行，覆盖原料收购、压榨、浸出、精炼、灌装、销售出库及财务核算。

**第七条** 系统上线并稳定运行 30 日后，乙方提交验收申请。甲方按双方确认的《需求规格说明书》逐项测试，验收标准为：说明书所列功能点全部通过测试；连续两个月财务月结结果与手工核对一致；原料收购至成品出库的批次追溯可正向、反向完整查询；50 个并发用户下常用单据保存时间不超过 3 秒。

**第八条** 甲方应在收到验收申请后 10 个工作日内组织验收。验收合格的，双方签署验收报告；不合格的，乙方整改后重新验收。

## 第四章 维护服务

**第九条** 自验收合格之日起六个月为免费维护期。免费维护期内乙方提供远程技术支持、缺陷修复及补丁更新。

**第十条** 免费维护期满后，甲方应与乙方签订年度维护服务合同，年度维护费为软件许可费的 28%，即每年人民币 212,800 元，维护费标准在本合同签订后五年内不作调整。未签订维护合同的，乙方不再提供任何技术支持和升级服务。

**第十一条** 故障响应：一级故障（系统无法登录或核心业务无法开单）乙方在接到甲方报告后 2 小时内响应，8 小时内提供解决方案；二级故障 1 个工作日内响应；三级故障在后续版本中解决。

**第十二条** 乙方将尽力按第十一条时限处理故障，但乙方不因响应或修复超时承担任何扣款、赔偿或违约责任。

## 第五章 知识产权

**第十三条** “智链 ERP”软件及其文档的著作权归乙方所有。甲方不得对软件进行反向工程，不得超出许可的并发用户数使用；需增加用户数的，按乙方当时的报价另行采购。

**第十四条** 乙方在本合同项下完成的定制开发成果（包括程序、源代码、接口、报表及文档）的知识产权归乙方所有。甲方在许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，也不得提供给任何第三方使用。

## 第六章 数据与保密

**第十五条** 甲方在系统中录入和产生的业务数据归甲方所有。乙方有权在对甲方数据进行脱敏处理后，将其用于产品改进、行业分析及对外发布的行业报告，并可在合同终止后继续使用该等脱敏数据。

**第十六条** 乙方实施和远程维护时应遵守甲方的信息安全管理制度，采取访问控制、账号审批和操作记录等安全措施，不得私自复制甲方数据。发生数据泄露的，乙方应在 2 小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

**第十七条** 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

## 第七章 违约责任

**第十八条** 因乙方原因未能按期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的 5%。

**第十九条** 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的 25%。任何情况下乙方均不承担甲方的间接损失、利润损失或数据恢复费用。

## 第八章 其他约定

**第二十条** 乙方有权根据项目需要，将部分定制开发、数据导入及现场实施工作交由其合作伙伴完成，无需事先取得甲方同意，乙方对合作伙伴的工作质量负责。

**第二十一条** 一方严重违约，经对方书面通知后 30 日内仍未纠正的，守约方有权解除合同并要求违约方赔偿损失。甲方解除合同的，已付的软件许可费不予退还。

**第二十二条** 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地（济南市）人民法院诉讼解决。

**第二十三条** 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在 15 日内提供证明，双方根据影响程度协商延期履行或解除合同。

**第二十四条** 双方的通知以书面形式送达合同首页载明的地址或电子邮箱。一方联系方式变更的，应在变更后 3 日内通知对方。

**第二十五条** 本合同附件包括：附件一《需求规格说明书》、附件二《实施计划及人员名单》、附件三《软件模块清单》。附件与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：莒南丰源粮油有限公司　　　　乙方（盖章）：济南智链软件有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：　　　　　　　　　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------- h214e01 (.txt, Clause N, Scottish style) -- one low finding
H214E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

Agreement Reference: CT-SZ-2025-044

BETWEEN

(1) CHATHASTAIL TOOLPATH LIMITED, a company incorporated under the Companies Acts in Scotland (Company Number SC718264) and having its Registered Office at The Boathouse, Eilean Chathastail, by Galmisdale, Isle of Eigg, Inner Hebrides, PH42 4RL, Scotland (the "Licensor"); and

(2) SHENZHEN JINGHE WATCH CASE MANUFACTURING CO., LTD., a company established in the People's Republic of China with its registered address at Building 6, Fuhai Industrial Zone, Bao'an District, Shenzhen, Guangdong (the "Customer").

WHEREAS

(A) The Licensor licenses the "Sgeir CAM" toolpath software for multi-axis and Swiss-type machining, and the Customer, a maker of stainless steel and titanium watch cases, wishes to use it in its machining workshop; and

(B) The Customer has asked that all prices under this Agreement be stated and paid in Chinese Renminbi (CNY), which the Licensor has accepted.

NOW THEREFORE the Parties have agreed and do hereby agree as follows:

Clause 1 Definitions

1.1 In this Agreement: "Software" means Sgeir CAM version 9 (5-axis milling, mill-turn and Swiss-type modules) in object code, with its documentation; "Seat" means one concurrent user of the Software; "Customer Deliverables" means the post-processors configured for the Customer's machines, the tool library, the fixture and operation templates, the MES interface and all related scripts and documents produced for the Customer; "Go-Live" means the first production use of the Software on all Seats; "Final Acceptance" means the signing of the Final Acceptance Certificate under Clause 6; "Customer Data" has the meaning given in Clause 11.

Clause 2 Licence

2.1 The Licensor grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on fourteen (14) Seats at the Customer's premises in Shenzhen for the Customer's own business, including use by its contractors working on its behalf.

2.2 The Licence Fee is a one-time fee. No further licence charge shall be payable for continued use of the Software in the licensed configuration.

Clause 3 Services

3.1 The Licensor shall perform the following services (the "Services"): (a) installation of the Software and the licence server; (b) configuration and verification of post-processors for the Customer's twenty-two (22) machines listed in Part 2 of the Schedule; (c) the tool library and fixture and operation templates; (d) an interface to the Customer's MES for NC programme release; and (e) training of programmers and machine setters.

Clause 4 Price

4.1 The Contract Price is CNY 1,380,000 (one million three hundred and eighty thousand Renminbi), inclusive of PRC VAT and all withholding taxes, and is made up as follows:

Item | Description | Quantity | Unit price (CNY) | Amount (CNY)
1 | Sgeir CAM perpetual licence, 5-axis / mill-turn / Swiss-type | 14 Seats | 68,000 | 952,000
2 | Post-processor configuration and verification | 22 machines | 8,000 | 176,000
3 | Tool library, fixture templates and MES interface | 1 lot | - | 214,000
4 | Training (programmers and setters) | 1 lot | - | 38,000
  | Contract Price | | | 1,380,000

4.2 Item 1 is the "Licence Fee" (CNY 952,000). The Contract Price is fixed and shall not be increased for any reason other than a written variation signed by both Parties.

Clause 5 Payment

5.1 The Customer shall pay the Contract Price as follows: (a) 20% (CNY 276,000) within twenty days of signature of this Agreement; (b) 45% (CNY 621,000) within twenty days of Go-Live; and (c) 35% (CNY 483,000) within twenty days of Final Acceptance.

5.2 Each payment shall be made against a valid invoice to the Licensor's bank account stated in the invoice. Go-Live and the payment under Clause 5.1(b) do not constitute acceptance.

Clause 6 Delivery and Acceptance

6.1 The Licensor shall achieve Go-Live within ninety (90) days of signature of this Agreement.

6.2 If Go-Live is delayed for reasons attributable to the Licensor, the Licensor shall pay to the Customer liquidated damages of CNY 1,100 for each day of delay, up to a maximum of 10% of the Contract Price.

6.3 Final Acceptance tests shall be carried out by the Customer with the Licensor's assistance within forty-five days after Go-Live. The Software and Customer Deliverables pass the tests when: (a) three reference watch-case geometries (round, cushion and tonneau) are programmed and machined on each machine type within a dimensional tolerance of 0.01 mm; (b) every post-processor produces NC code that runs without manual editing on its machine; (c) the MES interface releases and versions NC programmes correctly over ten production days; and (d) no Severity 1 fault occurs in twenty consecutive production days.

6.4 When the tests are passed the Parties shall sign a Final Acceptance Certificate. If any test fails, the Licensor shall correct the failure at its own cost and the test shall be repeated. Use of the Software in production before Final Acceptance is not acceptance.

Clause 7 Warranty

7.1 The Licensor warrants that for eighteen (18) months from Final Acceptance (the "Warranty Period") the Software will perform materially in accordance with its documentation and the Customer Deliverables will conform to Clause 6.3.

7.2 During the Warranty Period the Licensor shall correct any defect, provide all updates and new versions of the Software, and provide support by telephone, e-mail, remote session and, where needed, on site under Clause 8 free of charge.

Clause 8 Support and Service Levels

8.1 Faults are classified as follows. Severity 1: NC code cannot be generated or posted for any machine, or posted code risks a machine collision. Severity 2: a module or post-processor is impaired but a workaround exists. Severity 3: any other fault or question.

8.2 The Licensor shall respond to a Severity 1 fault within one (1) hour at any time and provide a workaround within eight (8) hours; to a Severity 2 fault within two (2) business hours with a workaround within two business days; and to a Severity 3 fault within one business day.

8.3 For each full hour by which a Severity 1 response is late the Licensor shall credit CNY 1,000, and for each day by which a Severity 1 workaround is late it shall credit CNY 2,000, against the next sum due from the Customer or, if none, by payment.

Clause 9 Annual Support after the Warranty Period

9.1 After the Warranty Period the Customer may order Annual Support, which comprises the support of Clause 8 and all updates and new versions of the Software.

9.2 The Annual Support fee is 14% of the Licence Fee, namely CNY 133,280 per year, fixed for the first four years of Annual Support. Any later increase requires the written agreement of both Parties and shall not exceed 3% per year.

9.3 Annual Support is ordered by the Customer's purchase order for one year at a time and does not renew automatically.

Clause 10 Intellectual Property

10.1 The Software and all intellectual property in it remain the property of the Licensor.

10.2 The Customer Deliverables, including their source files, become the property of the Customer on creation. The Customer may use, modify and license them freely, including to another CAM supplier. The Licensor shall hand over all Customer Deliverables in editable form at Final Acceptance.

10.3 The Licensor shall indemnify the Customer against third-party infringement claims relating to the Software or the Customer Deliverables.

Clause 11 Customer Data and Data Security

11.1 "Customer Data" means all part drawings, CAD models, NC programmes, tool data, machine data and production records of the Customer. Customer Data belongs to the Customer. The Licensor shall use it only to perform this Agreement and shall not copy it, retain it or transfer it outside the People's Republic of China.

11.2 The Software and the licence server are installed on the Customer's own servers. Remote access by the Licensor is permitted only through a session opened by the Customer for each support case and is logged by the Customer. The Licensor shall comply with the PRC Data Security Law and the Customer's information security rules.

11.3 The Licensor shall notify the Customer within eight (8) hours of becoming aware of any unauthorised access to or loss of Customer Data, shall take all steps to contain it, and shall be liable for all loss caused to the Customer by a breach of this Clause 11.

Clause 12 Confidentiality

12.1 Each Party shall keep confidential all information of the other Party disclosed in connection with this Agreement, including the Customer's designs and its customers' brand information, and shall not disclose it without prior written consent. This Clause survives termination for five years.

Clause 13 Liability

13.1 The total liability of the Licensor under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price.

13.2 The limit in Clause 13.1 does not apply to liability under Clauses 10.3, 11 and 12, or for death, personal injury or fraud.

Clause 14 Subcontracting and Assignment

14.1 The Licensor shall not subcontract any part of the Services without the prior written consent of the Customer and remains responsible for any subcontractor.

14.2 Neither Party may assign this Agreement without the prior written consent of the other.

Clause 15 Termination

15.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and fails to remedy it within thirty (30) days of written notice, or becomes insolvent.

Clause 16 Governing Law and Disputes

16.1 This Agreement is governed by and shall be construed in accordance with the law of Scotland.

16.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Scottish Arbitration Rules set out in the Arbitration (Scotland) Act 2010. The seat of the arbitration shall be Edinburgh, the tribunal shall consist of one arbitrator and the language shall be English.

Clause 17 General

17.1 This Agreement is the entire agreement between the Parties on its subject. It may be executed in counterpart and delivered electronically in accordance with the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015.

SCHEDULE: Part 1 Software modules; Part 2 Machine list; Part 3 Project and test plan.

IN WITNESS WHEREOF these presents are executed as follows:

Subscribed for Chathastail Toolpath Limited at ________ on ________ by ________, Director, before this witness ________

Signed for Shenzhen Jinghe Watch Case Manufacturing Co., Ltd. at Shenzhen on ________ by ________ (company chop)
"""

# ---------------------------------------------------------------- h214e02 (.md, Order Form + "N. HEADING" terms, Portuguese style) -- 2 risky terms
H214E02 = """# ORDER FORM No. BR-2025-118

**Bugio Booking Suite – Subscription Services**

This Order Form is entered into between:

**FIRST CONTRACTING PARTY (Provider):** BUGIO RESERVAS, LDA., a private limited company (*sociedade por quotas*) with registered office at Forte de São Lourenço do Bugio, Ilha do Bugio, 2780 Oeiras, Portugal, registered with the Commercial Registry under the sole registration and taxpayer number 516 482 390, with a share capital of EUR 50,000.00, represented by its managing director (*gerente*) ("Bugio"); and

**SECOND CONTRACTING PARTY (Customer):** GUILIN LIJIANG BIHAI CRUISE CO., LTD., a limited liability company established in the People's Republic of China, with its registered address at No. 18 Binjiang Road, Xiufeng District, Guilin, Guangxi ("Customer").

The parties freely and in good faith agree this Order Form, which incorporates the General Terms and Conditions attached to it (the "General Terms"). If the Order Form and the General Terms differ, the Order Form prevails.

## A. SUBSCRIPTION DETAILS

| Item | Description | Quantity | Charge (CNY) |
|---|---|---|---|
| 1 | Bugio Booking Suite: online booking engine, seat and cabin inventory, dynamic pricing, OTA channel manager, WeChat mini-program booking, travel-agency portal, passenger manifest with real-name check, dock check-in app | 14 vessels, 36 months at CNY 46,500 per month | 1,674,000 |
| 2 | Onboarding: configuration of routes, vessels and fares; connection to three OTA channels and the payment gateway; migration of open bookings; training | one-time | 88,000 |
| | **Total Contract Value** | | **1,762,000** |

- **Subscription Term:** thirty-six (36) months from the Service Start Date, which is the date of Go-Live Acceptance under clause 3.
- **Hosting:** production and backup environments in mainland China (Alibaba Cloud, Shenzhen region).
- **Currency:** at Customer's request all charges are stated and paid in Chinese Renminbi (CNY) and include PRC VAT.
- **Invoicing:** the monthly fee is invoiced monthly in arrears; the onboarding charge is invoiced on Go-Live Acceptance. No amount is payable in advance.
- **Customer contacts:** Head of E-commerce (business), IT Manager (technical).

## B. GENERAL TERMS AND CONDITIONS

### 1. DEFINITIONS

1.1 "Service" means the Bugio Booking Suite described in Part A. "Customer Data" means all data entered into or generated by the Service for Customer, including passenger names, identity document numbers, telephone numbers, bookings, payments and manifests. "Go-Live Acceptance" means the signature of the certificate in clause 3.3. "Month" means a calendar month.

### 2. SUBSCRIPTION AND USE

2.1 Bugio grants Customer, for the Subscription Term, the non-exclusive right to use the Service for its river-cruise business on the Li River, including use by Customer's ticket offices, dock staff and contracted travel agencies.

2.2 Customer shall not resell the Service or use it to operate booking services for other cruise operators.

### 3. ONBOARDING AND GO-LIVE ACCEPTANCE

3.1 Bugio shall complete onboarding and make the Service ready for Go-Live Acceptance within sixty (60) days after signature of this Order Form.

3.2 Go-Live Acceptance tests shall be agreed in writing and shall at least verify that: (a) all routes, sailings, vessels, cabin classes and fares are correctly configured; (b) the three OTA channels receive availability and return bookings without double sales over ten consecutive sailing days; (c) open bookings migrated from Customer's current system reconcile one to one; (d) the passenger manifest is produced in the format required by the Guilin maritime authority; and (e) the booking engine answers in under two seconds with 500 simultaneous users.

3.3 When all tests are passed, the parties sign a Go-Live Acceptance certificate. Use of the Service in production before that signature is not acceptance.

3.4 If Go-Live Acceptance is not reached within the period in clause 3.1 for reasons attributable to Bugio, Bugio shall pay Customer, as a penalty clause (*cláusula penal*), CNY 1,200 for each day of delay, up to a maximum of CNY 88,000.

### 4. FEES AND PAYMENT

4.1 Customer shall pay each invoice within thirty (30) days of receipt of a valid VAT invoice (*fapiao*).

4.2 The fees in Part A are fixed for the Subscription Term.

### 5. SERVICE LEVELS

5.1 Bugio shall make the booking engine, the mini-program interface and the dock check-in app available at least 99.95% of each Month, excluding maintenance windows agreed with Customer in advance, which shall fall between 23:00 and 05:00 Beijing time.

5.2 Incidents are classified by Customer. Priority 1: bookings cannot be made or check-in cannot be performed at any dock. Priority 2: a function or channel is unavailable, but bookings and check-in continue. Priority 3: any other incident.

5.3 Bugio shall respond to Priority 1 incidents within thirty (30) minutes, at any time, and restore service within three (3) hours; Priority 2 incidents within two (2) hours with restoration within one business day; Priority 3 incidents within one business day.

5.4 If monthly availability falls below 99.95%, Customer receives a service credit of 5% of the monthly fee; below 99.5%, 10%; below 99%, 25%. Each Priority 1 response later than required entitles Customer to a further credit of CNY 500. Credits are deducted from the next invoice.

### 6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Bugio processes Customer Data only on Customer's documented instructions and only to provide the Service, and shall not use it for any other purpose, including analytics or product development.

6.2 At the end of the Subscription Term, Bugio shall deliver all Customer Data to Customer in CSV format within fifteen days and then delete it from all environments, confirming the deletion in writing.

### 7. DATA PROTECTION AND SECURITY

7.1 Bugio shall store and process Customer Data only in mainland China and shall not transfer it abroad. Bugio's support staff in Portugal shall have no access to passenger identity data.

7.2 Bugio shall maintain a security programme appropriate to the risk, including encryption of Customer Data in transit and at rest, multi-factor authentication for administrative access, logging of all access to Customer Data, and MLPS level 3 filing for the production environment. Bugio shall comply with the PRC Personal Information Protection Law and Data Security Law.

7.3 Bugio shall notify Customer within six (6) hours after becoming aware of any security incident affecting Customer Data, shall contain it at its own cost and shall assist Customer with notifications to authorities and passengers. Bugio is liable for all losses, fines and third-party claims resulting from an incident caused by its breach of this clause 7.

### 8. SUBCONTRACTORS AND SUB-PROCESSORS

8.1 Bugio may engage subcontractors and sub-processors to perform any part of the Service at its discretion. The current list is published on Bugio's customer portal. Bugio will inform Customer of any new subcontractor or sub-processor by updating that list at least fifteen (15) days before the engagement.

8.2 Bugio remains responsible for the performance of its subcontractors and sub-processors.

### 9. INTELLECTUAL PROPERTY

9.1 The Service, its software and documentation are and remain the property of Bugio.

9.2 The configurations, fare rules, mini-program pages, report templates and other materials created for Customer during onboarding belong to Customer, and Customer may use, modify and license them freely, also after the Subscription Term ends. Bugio shall deliver them in an exportable form on request.

### 10. CONFIDENTIALITY

10.1 Each party shall keep confidential any information of the other party which is marked confidential or should reasonably be understood as confidential, including Customer's fares, sales figures and agency terms, and shall use it only for this Order Form. This obligation continues for three years after the Subscription Term.

### 11. LIABILITY

11.1 Bugio's aggregate liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, is limited to the fees paid by Customer in the nine (9) months preceding the event giving rise to the claim.

11.2 The limit in clause 11.1 does not apply to liability for wilful misconduct (*dolo*) or gross negligence, for breach of clause 7, or for death or personal injury.

11.3 Neither party is liable for indirect loss or loss of profit, except in the cases listed in clause 11.2.

### 12. TERM, RENEWAL AND TERMINATION

12.1 After the Subscription Term the subscription renews for successive periods of one year at the same fees, unless either party gives notice of non-renewal at least sixty (60) days before the end of the current term.

12.2 Either party may terminate this Order Form by registered letter or e-mail with acknowledgement of receipt if the other party commits a material breach and does not remedy it within thirty (30) days of notice. Material breach by Bugio includes monthly availability below 99% in two consecutive Months.

12.3 On termination, clause 6.2 applies and Bugio shall refund any fees paid for the period after termination.

### 13. GOVERNING LAW AND DISPUTES

13.1 At Customer's request, this Order Form is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) South China Sub-Commission for arbitration in Shenzhen. The award is final and binding on both parties.

### 14. GENERAL

14.1 Notices are valid when sent by registered letter or e-mail to the contacts in Part A.

14.2 This Order Form is made in two counterparts in English, each of equal value, one for each party. A Chinese translation is provided for convenience.

Made in Oeiras and Guilin, on the dates of the signatures below.

For Bugio Reservas, Lda.: ______________________ (*gerente*)

For Guilin Lijiang Bihai Cruise Co., Ltd.: ______________________ (authorised signatory and company chop)
"""

# ---------------------------------------------------------------- h214e03 (.docx, "Art. N (title)", buyer's paper) -- compliant
H214E03 = """
T:EQUIPMENT SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Contract No. HQ-EQ-2025-07
P:Buyer: QINGDAO HAIQIAO AQUACULTURE CO., LTD., a company established in the People's Republic of China, with its registered address at No. 9 Haitian Road, Jimo District, Qingdao, Shandong (the "Buyer").
P:Supplier: CONILLERA AQUASENSE, S.L., a limited company (societat limitada) incorporated in Spain, with its registered office at Illa Conillera s/n, 07829 Sant Josep de sa Talaia, Illes Balears, Spain, tax identification number B57918264 (the "Supplier").
P:The Buyer farms sea squirts (Halocynthia roretzi) on longline rafts off the Jimo coast. Sudden drops in redox potential and dissolved oxygen in summer have caused heavy losses in past seasons. The Buyer therefore wishes to install a monitoring network on its rafts, and the Supplier, a marine instrumentation integrator, has offered to supply, install and maintain it. This contract is prepared by the Buyer; at the Buyer's request all prices are in Chinese Renminbi (CNY).
H:Art. 1 (Subject matter)
P:1.1 The Supplier shall supply, install, commission and maintain a redox-potential (ORP), dissolved-oxygen and temperature monitoring network on thirty-six of the Buyer's rafts, with buoy data loggers, a shore gateway and monitoring software, as specified in Annex 1 (Technical Specification).
P:1.2 The network shall send readings every five minutes to the Buyer's shore server and raise alarms by SMS and the Buyer's WeChat work group when ORP or dissolved oxygen falls below thresholds set by the Buyer.
H:Art. 2 (Price)
P:2.1 The Contract Price is CNY 1,109,000, inclusive of PRC VAT, import duties, transport to the Buyer's jetty, insurance, installation, commissioning and training. It is fixed and not subject to exchange-rate adjustment.
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|ORP sensor, titanium housing, platinum electrode, anti-fouling wiper|48|9,600|460,800
TB:2|Dissolved-oxygen and temperature probe|24|7,450|178,800
TB:3|Buoy data logger with solar panel and 4G/LoRa modem|12|21,500|258,000
TB:4|Shore gateway and AquaSense monitoring software (perpetual licence)|1|96,000|96,000
TB:|Equipment and Licence Subtotal|||993,600
TB:5|Installation on rafts, cabling and commissioning|1 lot||84,000
TB:6|Reference electrodes, calibration kit and initial calibration|1 lot||22,400
TB:7|Training of farm technicians|1 lot||9,000
TB:|Contract Price|||1,109,000
P:2.2 Items 1 to 4 together form the "Equipment and Licence Subtotal" of CNY 993,600, which is the basis for the maintenance fee in Art. 9.
H:Art. 3 (Payment)
P:3.1 10% of the Contract Price (CNY 110,900) as an advance within fifteen days after the Buyer receives an advance-payment bank guarantee of the same amount from a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 609,950) within fifteen days after the Delivery and Installation Certificate is signed. That certificate confirms quantities and physical installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 388,150) within fifteen days after the Final Acceptance Certificate is signed.
P:3.4 Each payment requires a valid invoice. The advance-payment guarantee is released when the Delivery and Installation Certificate is signed.
H:Art. 4 (Delivery and installation)
P:4.1 The Supplier shall deliver all equipment to the Buyer's jetty at Jimo within seventy-five days after signature and complete installation within thirty days after delivery. Installation at sea shall be scheduled with the Buyer's farm manager and shall not take place in wind above Beaufort force 5.
P:4.2 The Supplier bears the risk of the equipment until it is installed and the Delivery and Installation Certificate is signed.
H:Art. 5 (Acceptance)
P:5.1 After installation the system enters a trial run of thirty days. Final Acceptance requires that: (a) at three check points per raft the ORP readings are within ±10 mV of a freshly calibrated reference electrode and the dissolved-oxygen readings within ±0.2 mg/L of a handheld reference meter; (b) during the trial run no logger has a data gap longer than two hours, other than gaps caused by events for which the Buyer is responsible; (c) every alarm threshold has been tested and the alarms reached the Buyer's duty staff within three minutes; and (d) the Supplier has delivered the as-built documentation, calibration records and operating manuals in Chinese.
P:5.2 If any criterion is not met, the Supplier shall remedy the defect and the trial run or the test concerned shall be repeated. Installation, use of the system during the trial run or any payment does not constitute acceptance.
H:Art. 6 (Delay)
P:6.1 If the Supplier fails to complete delivery or installation within the periods in Art. 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Delay caused by weather under Art. 4.1 or by the Buyer does not count.
P:6.2 If the delay exceeds forty-five days, the Buyer may terminate this contract under Art. 15.
H:Art. 7 (Warranty)
P:7.1 The warranty period is twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace free of charge any equipment that fails or does not meet the specification, including sensors damaged by corrosion or fouling in normal seawater use, and shall provide software updates free of charge.
P:7.2 The Supplier shall visit the rafts once every quarter during the warranty period to clean and recalibrate the sensors.
H:Art. 8 (Service levels)
P:8.1 Severity 1 means that readings from more than a quarter of the rafts are missing, or that alarms are not delivered. Severity 2 means that readings from individual rafts are missing or wrong. Severity 3 means any other fault.
P:8.2 The Supplier shall respond to a Severity 1 fault within two (2) hours, at any time, and restore the service within seventy-two (72) hours, weather permitting; Severity 2 faults within one business day, with restoration within five business days; Severity 3 faults within ten business days.
P:8.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 600, and for each day by which a restoration is late CNY 1,500. These amounts may be deducted from any payment due.
P:8.4 The Supplier shall keep spare sensors and loggers in Qingdao in a quantity of at least one tenth of the installed units.
H:Art. 9 (Maintenance after the warranty)
P:9.1 After the warranty period the Buyer may order annual maintenance, covering the obligations of Art. 7.2 and Art. 8, spare parts other than consumable electrodes, and software updates.
P:9.2 The annual maintenance fee is 11% of the Equipment and Licence Subtotal, namely CNY 109,296 per year. This fee is fixed for the first three years after the warranty period.
P:9.3 Maintenance is ordered by a separate written order for each year and does not renew automatically.
H:Art. 10 (Intellectual property)
P:10.1 The AquaSense software and the firmware of the equipment remain the property of the Supplier or its licensors; the Buyer receives a perpetual licence to use them with the equipment.
P:10.2 The alarm rules, dashboards, reports and integration scripts prepared for the Buyer, including the interface to the Buyer's feeding records, belong to the Buyer, who may use, modify and have them modified by third parties without restriction.
H:Art. 11 (Data and data security)
P:11.1 All measurements, alarms, farm maps and production records are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this contract and shall not copy them, keep them or transfer them outside the People's Republic of China.
P:11.2 The data are stored on the Buyer's shore server. The Supplier may access the system remotely only through the Buyer's VPN, with a separate approval by the Buyer for each session; all sessions are logged. The Supplier shall change all default passwords before commissioning.
P:11.3 The Supplier shall notify the Buyer within eight (8) hours of any unauthorised access to or loss of the Buyer's data that it becomes aware of, cooperate in containing it, and compensate the Buyer for all losses caused by a breach of this Art. 11.
H:Art. 12 (Confidentiality)
P:12.1 The Supplier shall keep confidential the location and layout of the Buyer's rafts, stocking densities, yields, prices and any other non-public information received under this contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of the contract for five years.
H:Art. 13 (Subcontracting)
P:13.1 The Buyer approves, by signing this contract, Qingdao Xinhai Marine Engineering Co., Ltd. as the Supplier's boat and diving contractor for installation at sea. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontractors.
H:Art. 14 (Liability)
P:14.1 The Supplier is liable for all damage caused to the Buyer by its breach of this contract, including loss of stock where the Supplier's failure to restore alarms within the periods in Art. 8 caused or aggravated the loss.
H:Art. 15 (Termination)
P:15.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days of the Buyer's written notice, or in the case of Art. 6.2. The Supplier shall then refund the payments received for undelivered or rejected equipment and services.
H:Art. 16 (Governing law and disputes)
P:16.1 This contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The arbitration shall be conducted in Chinese and English.
H:Art. 17 (Final provisions)
P:17.1 This contract is made in English and Chinese, in four originals, two for each party; both language versions have equal force. Annex 1 (Technical Specification) and Annex 2 (Raft map and installation plan) form part of it.
P:For the Buyer: ____________________ (company chop)        For the Supplier: ____________________ (administrador)
P:Place and date: Qingdao, ____________        Place and date: Sant Josep de sa Talaia, ____________
"""

# ---------------------------------------------------------------- h214e04 (.pdf, "§ N (1)", Portuguese style) -- 3 risky terms
H214E04 = """
T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:Agreement No. MSG/NN/2025/031
P:BETWEEN
P:MOSTEIROS SISTEMAS GERIDOS, LDA., a private limited company with registered office at Ilhéu dos Mosteiros, Mosteiros, 9555 Ponta Delgada, São Miguel, Azores, Portugal, registered with the Commercial Registry of Ponta Delgada under the sole registration and taxpayer number 515 227 804, with a share capital of EUR 25,000.00, hereinafter the "Provider", as FIRST CONTRACTING PARTY;
P:AND
P:NANNING LIANHAI ASEAN TRADE CONSULTING CO., LTD., a company established in the People's Republic of China, with its registered address at Tower B, China-ASEAN Business District, Qingxiu District, Nanning, Guangxi, hereinafter the "Client", as SECOND CONTRACTING PARTY;
P:WHEREAS the Client advises Chinese and ASEAN companies on cross-border trade from offices in Nanning, Pingxiang and Dongxing, and wishes to outsource the operation of its IT environment and its desktop support; and WHEREAS the Provider supplies managed IT services to professional firms and has engineers based in Nanning;
P:the parties freely agree this Agreement, which is governed by the following clauses.
H:§ 1 Subject matter
P:(1) The Provider shall operate and support the Client's IT environment as described in Annex 1 (Service Description), namely: (a) a service desk in Chinese, English and Vietnamese, available from 08:00 to 20:00 on working days and by on-call telephone at all other times; (b) an on-site desktop technician at the Nanning office on three working days each week, and visits to Pingxiang and Dongxing when needed; (c) management and patching of 95 laptops and desktops; (d) administration of the Client's e-mail and collaboration tenant; (e) operation of the firewalls, switches and Wi-Fi at the three offices; (f) daily backup of the file server and the document archive; (g) joiner, mover and leaver processing; and (h) maintenance of the IT asset register.
P:(2) The Services cover 85 named users. Changes in the number of users of more than ten per cent shall be agreed in writing.
H:§ 2 Term
P:(1) The Agreement enters into force on signature. The Initial Term of the Services is twenty-four (24) months from the date of Transition Acceptance under § 5.
P:(2) Renewal is governed by § 13.
H:§ 3 Charges
P:(1) The Client shall pay: (a) a Monthly Service Charge of CNY 38,600 for the Initial Term, that is CNY 926,400 over twenty-four months; and (b) a one-time Transition Charge of CNY 42,000. The Total Contract Value is therefore CNY 968,400.
P:(2) At the Client's request all charges are stated and paid in Chinese Renminbi and include PRC VAT. Hardware, software licences and spare parts are not included and are purchased by the Client.
H:§ 4 Invoicing and payment
P:(1) The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. No payment is due in advance.
P:(2) Invoices are payable within thirty days of receipt of a valid VAT invoice.
H:§ 5 Transition and Transition Acceptance
P:(1) Within forty-five days of signature the Provider shall take over the Client's IT environment. During the transition it shall document the network, servers, accounts and licences, install its monitoring and endpoint management tools, and set up the service desk.
P:(2) Transition Acceptance requires that: (a) the asset register lists every device and licence and has been checked by the Client on a sample of thirty devices; (b) a restore test of the file server from backup has been completed successfully in the presence of the Client; (c) the network documentation and administrator credentials have been handed to the Client in a sealed envelope; and (d) monitoring and the service desk have worked for ten consecutive working days without a Priority 1 incident caused by the Provider.
P:(3) When the criteria are met the parties sign a Transition Acceptance certificate. The start of the service desk or any payment does not constitute acceptance.
P:(4) If Transition Acceptance is not reached within the period in paragraph (1) for reasons attributable to the Provider, the Provider shall pay CNY 700 for each day of delay, up to the amount of the Transition Charge.
H:§ 6 Incident priorities
P:(1) Priority 1: an office has no network access, the e-mail service is unavailable for all users, or ransomware or other malware is suspected on more than one device. Priority 2: an important function is unavailable for several users, or a partner or director cannot work. Priority 3: any other incident or request.
P:(2) The Client's IT coordinator assigns the priority when reporting.
H:§ 7 Service levels
P:(1) Priority 1: response within thirty (30) minutes at any time, a technician on site in Nanning within two (2) hours when needed, and resolution target of six (6) hours.
P:(2) Priority 2: response within one (1) hour during service desk hours and resolution target of one working day. Priority 3: response by the end of the next working day and resolution target of three working days.
P:(3) The Provider reports its performance against these service levels each month and meets the Client quarterly to review it.
P:(4) The service levels are targets. A failure to meet them does not give rise to service credits, reductions of the charges or damages. At the Client's request the Provider shall instead present, within ten working days, a service improvement plan and implement it.
H:§ 8 Intellectual property
P:(1) The Provider's tools, know-how and standard procedures remain its property.
P:(2) The network documentation, configurations, scripts, asset register and reports produced for the Client under this Agreement belong to the Client, which may use and modify them freely and give them to any successor provider.
H:§ 9 Client data and data security
P:(1) All data stored in or passing through the Client's IT environment, including client files, e-mails and personal information, belong to the Client. The Provider accesses them only where necessary to perform the Services and shall not use them for any other purpose.
P:(2) The Provider shall: (a) use named administrator accounts with multi-factor authentication; (b) log all privileged access and give the logs to the Client monthly; (c) not copy Client data to its own systems or transfer it outside the People's Republic of China; and (d) comply with the PRC Personal Information Protection Law and Data Security Law and the Client's information security policy.
P:(3) The Provider shall notify the Client within six (6) hours of any security incident it detects or suspects, contain it, and support the Client in notifying authorities and affected persons. The Provider is liable for the losses and fines resulting from an incident caused by its breach of this § 9.
H:§ 10 Confidentiality
P:(1) Each party shall keep confidential the other party's business information, in particular the Client's client lists, engagement terms and trade data, and shall not disclose it to third parties without prior written consent. The Provider shall bind its staff to the same obligation.
P:(2) This obligation continues for five years after the end of the Agreement.
H:§ 11 Liability
P:(1) Each party is liable for damage caused by its breach of this Agreement in accordance with the applicable law.
P:(2) The Provider's aggregate liability is limited to one hundred and fifty per cent (150%) of the Total Contract Value. This limit does not apply to breach of § 9 or § 10, wilful misconduct or gross negligence.
H:§ 12 Subcontracting
P:(1) The Provider shall not subcontract any part of the Services without the Client's prior written consent. It remains responsible for any subcontractor approved by the Client.
H:§ 13 Renewal and termination
P:(1) The Agreement ends at the end of the Initial Term unless it is renewed under paragraph (2).
P:(2) The Agreement renews automatically for successive periods of one year unless either party gives written notice of non-renewal at least ninety (90) days before the end of the current period. For each renewal period the Provider may adjust the Monthly Service Charge in accordance with its price list then in force, by notice to the Client thirty days before the renewal.
P:(3) Either party may terminate the Agreement with immediate effect by registered letter if the other party becomes insolvent or is dissolved.
P:(4) A breach of this Agreement by either party entitles the other party to claim damages under § 11, but does not entitle it to terminate the Agreement before the end of the Initial Term or of a renewal period.
P:(5) On the end of the Agreement the Provider shall hand over all documentation, credentials and data to the Client or its new provider and give reasonable exit assistance for up to thirty days at the rates in Annex 2.
H:§ 14 Governing law and disputes
P:(1) At the Client's request this Agreement is governed by the laws of the People's Republic of China.
P:(2) Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final.
H:§ 15 Final provisions
P:(1) Amendments must be in writing and signed by both parties. Notices are sent by registered letter or by e-mail with acknowledgement of receipt.
P:(2) This Agreement is made in two counterparts in English, each of equal value, one for each party. Annex 1 (Service Description) and Annex 2 (Rates for additional work) form part of it.
P:Made in Ponta Delgada and in Nanning, on the dates of the signatures below.
P:For the Provider: ____________________ (gerente)
P:For the Client: ____________________ (legal representative, company chop)
"""

# ---------------------------------------------------------------- h214e05 (.txt, "Article N", Italian style) -- 3 risky terms
H214E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
CertiSugar API – Digital ICUMSA-Grade Certificates

Ref. LCD/CN/2025/014

BETWEEN

LACHEA CERTIFICAZIONI DIGITALI S.R.L., with registered office at Isola Lachea, 95021 Aci Castello (CT), Italy, VAT number IT05318270871, registered with the Companies Register of Catania, in the person of its legal representative pro tempore (hereinafter "Lachea");

AND

GUANGXI TIANGAN SUGAR EXPORT CO., LTD., with registered address at No. 36 Tangye Road, Jiangzhou District, Chongzuo, Guangxi, People's Republic of China, in the person of its legal representative (hereinafter the "Customer");

(each a "Party" and together the "Parties").

PREMISES

a) Lachea operates CertiSugar, a platform which issues digitally signed certificates of the ICUMSA grade and related quality parameters of sugar lots and allows buyers, banks and inspection bodies to verify them through an application programming interface (API);

b) the Customer produces and exports raw and white cane sugar (ICUMSA 45, ICUMSA 150 and VHP) and wishes to issue a digital certificate for each export lot, linked to its own laboratory results, to be presented under letters of credit and to its buyers;

c) the Customer has requested that all amounts under this Agreement be expressed and paid in Chinese Renminbi (CNY), and Lachea has accepted.

NOW, THEREFORE, the Parties agree as follows.

Article 1 – Premises and Annexes

1.1 The premises and the annexes form an integral and substantial part of this Agreement. Annex A (Service Description), Annex B (Integration Specification) and Annex C (Service Levels) are attached.

Article 2 – Subject Matter

2.1 Lachea shall: (a) provide the Customer with access to the CertiSugar API for the issue, storage and verification of up to 3,000 certificates per contract year (the "Subscription"); and (b) develop and install the connectors between CertiSugar and the Customer's laboratory information system, its ERP lot records and its export documentation, together with the certificate templates and data mappings described in Annex B (the "Integration Deliverables").

2.2 The Subscription Term is three (3) contract years from the date of Integration Acceptance under Article 5.

2.3 Lachea shall also train up to ten of the Customer's laboratory and export staff, in person in Chongzuo or by video conference, and provide user documentation in English and Chinese. Software updates of CertiSugar during the Subscription Term are included in the Annual Subscription Fee.

Article 3 – Fees

3.1 The fees are as follows:

Item | Description | Amount (CNY)
1 | Annual Subscription Fee, up to 3,000 certificates per contract year: CNY 268,000 x 3 contract years | 804,000
2 | Integration Fee (LIMS and ERP connectors, certificate templates, export-document mapping, testing, training) | 156,000
  | Total | 960,000

3.2 Certificates beyond 3,000 in a contract year are charged at CNY 60 each; these charges are not included in the total above. All fees include PRC VAT.

Article 4 – Invoicing and Payment

4.1 Lachea shall invoice the Integration Fee and the first Annual Subscription Fee (together CNY 424,000) upon signature of this Agreement. The invoice is payable within fifteen (15) days, before the start of the integration work.

4.2 The Annual Subscription Fee for the second and third contract years is invoiced thirty days before the start of the contract year concerned and is payable before that contract year begins.

4.3 In case of late payment, interest accrues at the rate provided for by Italian Legislative Decree no. 231/2002.

Article 5 – Integration and Acceptance

5.1 Lachea shall complete the Integration Deliverables and request Integration Acceptance within seventy-five (75) days after receipt of the payment in Article 4.1.

5.2 Integration Acceptance tests shall demonstrate that: (a) certificates are generated for 500 historical lots selected by the Customer, and every grade and quality value (ICUMSA colour, polarisation, moisture, ash) on each certificate matches the Customer's laboratory record; (b) a certificate can be verified through the API in less than one second; (c) certificate data are accepted by the Customer's export-document templates without manual correction; and (d) revocation of a certificate is reflected in the verification result within five minutes.

5.3 If the tests are passed, the Parties sign the Integration Acceptance report. Use of the platform for live lots before that report does not constitute acceptance.

5.4 For each day of delay in requesting Integration Acceptance for reasons attributable to Lachea, Lachea shall pay a penalty pursuant to Article 1382 of the Italian Civil Code of CNY 650, up to a maximum of 10% of the Integration Fee, without prejudice to further damages.

Article 6 – Service Levels

6.1 Lachea shall ensure that the issuing and verification API is available at least 99.95% of each calendar month, excluding maintenance notified five days in advance and carried out between 00:00 and 04:00 Central European Time.

6.2 Priority 1 (certificates cannot be issued or verified): response within one (1) hour at any time and restoration within six (6) hours. Priority 2 (a function is impaired): response within three (3) hours and restoration within two business days. Priority 3: response within two business days.

6.3 If monthly availability falls below the level in Article 6.1, the Customer is entitled to a service credit of 5% of one twelfth of the Annual Subscription Fee; below 99.5%, 10%; below 99%, 20%. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

Article 7 – Intellectual Property

7.1 CertiSugar, its software, documentation and certificate formats are the exclusive property of Lachea.

7.2 The Integration Deliverables, including connectors, source code, data mappings and certificate templates, although developed for the Customer and paid for by it, are and remain the exclusive property of Lachea. The Customer receives a non-exclusive, non-transferable licence to use them for the Subscription Term only, solely with CertiSugar, and may not modify them or have them modified by third parties.

Article 8 – Customer Data

8.1 Laboratory results, lot data, contract numbers and the names of the Customer's buyers entered into CertiSugar ("Customer Data") belong to the Customer. Lachea processes Customer Data only to provide the services under this Agreement and shall not use it for any other purpose.

8.2 Certificates once issued are visible to persons who hold the verification code given to them by the Customer.

Article 9 – Data Security

9.1 At the Customer's request, the Customer's production tenant is hosted in mainland China (Alibaba Cloud, Shanghai region). Lachea shall keep its ISO/IEC 27001 certification, encrypt Customer Data in transit and at rest, protect administrator access by multi-factor authentication, and log all access.

9.2 Lachea shall notify the Customer within eight (8) hours of becoming aware of any breach of security affecting Customer Data, take all measures to limit its effects, and compensate the Customer for the damage caused by any breach of this Article 9 attributable to Lachea.

Article 10 – Confidentiality

10.1 Each Party shall treat as confidential all information received from the other Party in connection with this Agreement, including prices, buyers, volumes and laboratory results, and shall not disclose it to third parties without prior written consent, except where required by law. This obligation survives for five years after termination.

Article 11 – Liability

11.1 Lachea's total liability under this Agreement shall not exceed one hundred and fifty per cent (150%) of the total fees stated in Article 3.1.

11.2 The limit does not apply in cases of wilful misconduct or gross negligence (Article 1229 of the Italian Civil Code) or to breach of Articles 9 and 10.

Article 12 – Subcontracting

12.1 Lachea shall not subcontract the performance of this Agreement, in whole or in part, without the Customer's prior written consent, except for the hosting provider named in Article 9.1, which the Customer approves by signing this Agreement.

Article 13 – Term, Renewal and Termination

13.1 After the Subscription Term, the Subscription is tacitly renewed for further periods of one contract year at the same fees, unless either Party cancels it by registered letter with return receipt or certified e-mail (PEC) at least ninety (90) days before expiry.

13.2 Pursuant to Article 1456 of the Italian Civil Code, the Customer may terminate this Agreement by written declaration if Lachea breaches Article 8 or Article 9, or if monthly availability is below 99% for two consecutive months. For any other material breach, either Party may serve a notice to perform within fifteen (15) days pursuant to Article 1454 of the Italian Civil Code, failing which the Agreement is terminated.

13.3 On termination Lachea shall return all Customer Data in a structured format within thirty days and then delete it, and shall refund the part of the Annual Subscription Fee relating to the period after termination.

Article 14 – Governing Law and Jurisdiction

14.1 This Agreement is governed by Italian law.

14.2 The Court of Catania shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

Article 15 – Final Provisions

15.1 Any amendment must be made in writing. The English text is the only binding version. This Agreement is executed in two originals, one for each Party.

15.2 Notices shall be sent by registered letter, certified e-mail (PEC) or e-mail with acknowledgement of receipt to the addresses stated above. Neither Party may assign this Agreement without the other Party's prior written consent.

Read, confirmed and signed.

Lachea Certificazioni Digitali S.r.l. ____________________

Guangxi Tiangan Sugar Export Co., Ltd. ____________________ (company chop)

Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Article 4 (Invoicing and Payment), Article 7 (Intellectual Property), Article 11 (Liability), Article 13 (Term, Renewal and Termination) and Article 14 (Governing Law and Jurisdiction).

Guangxi Tiangan Sugar Export Co., Ltd. ____________________
"""

# ================================================================ targets
BUILT = {"h214z01": ("h214z01_credit_office_public_credit_platform.docx", "docx"),
         "h214z02": ("h214z02_coil_coating_thickness_gauge_maintenance.pdf", "pdf"),
         "h214e03": ("h214e03_sea_squirt_farm_orp_sensors_maintenance.docx", "docx"),
         "h214e04": ("h214e04_asean_consultancy_managed_it_desktop.pdf", "pdf")}
PLAIN = {"h214z03": "h214z03_language_school_scheduling_saas.md",
         "h214z04": "h214z04_health_inspection_medical_waste_platform_om.txt",
         "h214z05": "h214z05_peanut_oil_erp_supplier_template.md",
         "h214e01": "h214e01_watch_case_cnc_toolpath_licence_scottish_vendor.txt",
         "h214e02": "h214e02_river_cruise_booking_saas_order_form.md",
         "h214e05": "h214e05_cane_sugar_icumsa_certificate_api.txt"}
SOURCES = {k: globals()[k.upper()] for k in list(BUILT) + list(PLAIN)}
ORDER = ["h214z01", "h214z02", "h214z03", "h214z04", "h214z05", "h214e01", "h214e02", "h214e03", "h214e04", "h214e05"]


def file_of(key):
    return BUILT[key][0] if key in BUILT else PLAIN[key]


# ================================================================ price and payment sums (asserted)
def check_sums():
    # z01
    assert 1280000 + 356000 + 411000 + 252000 + 318000 == 2617000
    assert 2617000 + 624000 + 186000 + 147000 + 32000 == 3606000
    assert 721200 + 1622700 + 1262100 == 3606000 and 3606000 * 20 // 100 == 721200 and 3606000 * 45 // 100 == 1622700
    assert 2617000 * 9 // 100 == 235530
    # z02
    assert 2 * 486000 == 972000 and 4 * 58500 == 234000 and 2 * 73000 == 146000
    assert 972000 + 234000 + 146000 + 168000 == 1520000 and 1520000 + 118000 + 46000 + 16000 == 1700000
    assert 340000 + 595000 + 765000 == 1700000 and 1700000 * 20 // 100 == 340000 and 1700000 * 35 // 100 == 595000
    assert 1520000 * 185 // 1000 == 281200
    # z03
    assert 386000 * 3 == 1158000 and 1158000 + 96000 + 58000 == 1312000 and 386000 // 4 == 96500 and 96000 + 58000 == 154000
    # z04
    assert 186000 + 142000 + 68000 + 72000 == 468000 and 4 * 117000 == 468000
    # z05
    assert 760000 + 268000 + 112000 + 20000 == 1160000
    assert 522000 + 406000 + 232000 == 1160000 and 1160000 * 45 // 100 == 522000 and 1160000 * 35 // 100 == 406000
    assert 760000 * 28 // 100 == 212800
    # e01
    assert 14 * 68000 == 952000 and 22 * 8000 == 176000 and 952000 + 176000 + 214000 + 38000 == 1380000
    assert 276000 + 621000 + 483000 == 1380000 and 1380000 * 20 // 100 == 276000 and 1380000 * 45 // 100 == 621000
    assert 952000 * 14 // 100 == 133280
    # e02
    assert 36 * 46500 == 1674000 and 1674000 + 88000 == 1762000
    # e03
    assert 48 * 9600 == 460800 and 24 * 7450 == 178800 and 12 * 21500 == 258000
    assert 460800 + 178800 + 258000 + 96000 == 993600 and 993600 + 84000 + 22400 + 9000 == 1109000
    assert 110900 + 609950 + 388150 == 1109000 and 1109000 * 10 // 100 == 110900 and 1109000 * 55 // 100 == 609950
    assert 993600 * 11 // 100 == 109296
    # e04
    assert 24 * 38600 == 926400 and 926400 + 42000 == 968400
    # e05
    assert 3 * 268000 == 804000 and 804000 + 156000 == 960000 and 268000 + 156000 == 424000


# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(key, lang, category, terms, extra, rules, fee_base=None, forum_mainland=True):
    """terms: the 19 values in TERM_KEYS order; extra: sla_clause, ld_stated, [post_warranty_fee_capped],
    acceptance_deemed_on_delivery, contract_value. fee_base / forum_mainland: for the rule re-check only."""
    assert len(terms) == len(TERM_KEYS)
    t = dict(zip(TERM_KEYS, terms))
    goods = t["contract_kind"] == "goods_or_licence"
    x = {"sla_clause": extra[0], "ld_stated": extra[1]}
    if goods:
        x["post_warranty_fee_capped"] = extra[2]
    x["acceptance_deemed_on_delivery"] = extra[-2]
    x["contract_value"] = extra[-1]
    assert len(extra) == (5 if goods else 4)
    return {"key": key, "fee_base": fee_base, "forum_mainland": forum_mainland,
            "json": {"file": file_of(key), "language": lang, "category": category, "expected_terms": t,
                     "expected_extra": x, "expected_rules": sorted(rules)}}


N = None
LABELS = [
    # z01 -- compliant; fee base 软硬件小计 2,617,000
    lab("h214z01", "zh", "software",
        [99.95, 0.5, True, "buyer", True, True, True, 0.06, N, 20, True, True, 36, 9, False, True, False, "PRC",
         "goods_or_licence"],
        [True, True, True, False, 3606000], [], fee_base=2617000),
    # z02 -- POST-WARRANTY-FEE (18.5 %), SLA-RESPONSE (8 h); fee base 设备及软件小计 1,520,000
    lab("h214z02", "zh", "hardware",
        [N, 8, True, "buyer", True, True, True, 0.1, N, 20, True, True, 18, 18.5, False, True, False, "PRC",
         "goods_or_licence"],
        [True, True, True, False, 1700000], ["CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE"], fee_base=1520000),
    # z03 -- SaaS: AUTO-RENEWAL, DATA-OWNERSHIP, SLA-AVAILABILITY (99.5)
    lab("h214z03", "zh", "cloud",
        [99.5, 0.5, True, "buyer", True, False, True, 800 / 1312000 * 100, 150, N, True, N, N, N, True, True, False,
         "PRC", "service"],
        [True, True, False, 1312000], ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    # z04 -- O&M: DATA-SECURITY (ownership / use sentence only), LD-LOW (万分之三)
    lab("h214z04", "zh", "services",
        [N, 0.5, True, "buyer", False, True, True, 0.03, N, N, True, N, N, N, False, True, False, "PRC", "service"],
        [True, True, False, 468000], ["CR-DATA-SECURITY", "CR-LD-LOW"]),
    # z05 -- supplier's template, ten findings; fee base = licence 760,000
    lab("h214z05", "zh", "software",
        [N, 2, False, "supplier", True, False, True, 0.02, 25, 45, True, True, 6, 28, False, True, True, "PRC",
         "goods_or_licence"],
        [True, True, True, False, 1160000],
        ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
         "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
        fee_base=760000),
    # e01 -- only GOVERNING-LAW (Scots law, Edinburgh seat); fee base = Licence Fee 952,000
    lab("h214e01", "en", "software",
        [N, 1, True, "buyer", True, True, True, 1100 / 1380000 * 100, 150, 20, True, True, 18, 14, False, True, False,
         "Scotland", "goods_or_licence"],
        [True, True, True, False, 1380000], ["CR-GOVERNING-LAW"], fee_base=952000, forum_mainland=False),
    # e02 -- SaaS order form: LIABILITY-CAP (9 of 36 months), SUBCONTRACT (list update)
    lab("h214e02", "en", "cloud",
        [99.95, 0.5, True, "buyer", True, True, True, 1200 / 1762000 * 100, 9 / 36 * 100, N, True, N, N, N, False,
         True, True, "PRC", "service"],
        [True, True, False, 1762000], ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    # e03 -- compliant; fee base Equipment and Licence Subtotal 993,600
    lab("h214e03", "en", "hardware",
        [N, 2, True, "buyer", True, True, True, 0.08, N, 10, True, True, 24, 11, False, True, False, "PRC",
         "goods_or_licence"],
        [True, True, True, False, 1109000], [], fee_base=993600),
    # e04 -- managed IT: AUTO-RENEWAL, SLA-NO-REMEDY, TERMINATION
    lab("h214e04", "en", "services",
        [N, 0.5, False, "buyer", True, True, True, 700 / 968400 * 100, 150, N, True, N, N, N, True, False, False,
         "PRC", "service"],
        [True, True, False, 968400], ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    # e05 -- API subscription: PREPAYMENT (first invoice before start), IP-OWNERSHIP, GOVERNING-LAW (Italy, Catania)
    lab("h214e05", "en", "cloud",
        [99.95, 1, True, "supplier", True, True, True, 650 / 960000 * 100, 150, 424000 / 960000 * 100, True, N, N, N,
         False, True, False, "Italy", "service"],
        [True, True, False, 960000], ["CR-GOVERNING-LAW", "CR-IP-OWNERSHIP", "CR-PREPAYMENT"], forum_mainland=False),
]


def tco(label):
    """Policy section 4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty
    years = 5 - warranty years (partial pro rata); fee base = itemised licence/hardware price."""
    t, x = label["json"]["expected_terms"], label["json"]["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = label["fee_base"] * t["post_warranty_fee_pct"] / 100
    fees = years * fee
    total = x["contract_value"] + fees
    return {"fee_per_year": fee, "post_warranty_years": years, "fees": fees, "tco": total, "share_pct": fees / total * 100}


def apply_policy(label):
    t, x = label["json"]["expected_terms"], label["json"]["expected_extra"]
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if x["sla_clause"] and (t["p1_response_hours"] is None or t["p1_response_hours"] > 4):
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(label)
        if c and c["share_pct"] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not label["forum_mainland"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


THRESHOLDS = {"prepayment_pct": 30, "p1_response_hours": 4, "availability_pct": 99.9, "ld_rate_per_day_pct": 0.05,
              "post_warranty_fee_pct": 15, "liability_cap_pct": 100, "warranty_months": 12}


def check_labels():
    for lb in LABELS:
        got = apply_policy(lb)
        assert got == lb["json"]["expected_rules"], (lb["key"], got, lb["json"]["expected_rules"])
        for k, v in THRESHOLDS.items():
            assert lb["json"]["expected_terms"][k] != v, (lb["key"], k)
        c = tco(lb)
        if c:
            assert c["share_pct"] != 40, lb["key"]
    mix = sorted(len(lb["json"]["expected_rules"]) for lb in LABELS)
    assert mix == [0, 0, 1, 2, 2, 2, 3, 3, 3, 10], mix


# ================================================================ read-back and threshold scan
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


SCAN = [  # (threshold, regex) -- any hit is a value sitting on a threshold
    ("30 %", r"(?<![\d.,])30\s*(?:%|％|per\s*cent|percent)|thirty\s*(?:\(30\)\s*)?per\s*cent|百分之三十"),
    ("15 %", r"(?<![\d.,])15\s*(?:%|％|per\s*cent|percent)|fifteen\s*(?:\(15\)\s*)?per\s*cent|百分之十五"),
    ("40 %", r"(?<![\d.,])40\s*(?:%|％|per\s*cent|percent)|forty\s*(?:\(40\)\s*)?per\s*cent|百分之四十"),
    ("100 %", r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)|one\s+hundred\s+per\s*cent(?!\s+and)|百分之(?:一)?百(?!分之)"),
    ("99.9 %", r"(?<![\d.])99\.9(?!\d)"),
    ("0.05 %/day", r"(?<![\d.])0\.05(?!\d)|万分之五|千分之零点五|0\.5\s*‰"),
    ("4 hours", r"(?<![\d.:])4\s*(?:hours?|hrs?|h\b|小时|个小时)|\bfour\s*(?:\(4\)\s*)?(?:working\s+|business\s+)?hours?|四(?:个)?小时"),
    ("12 months", r"(?<![\d.])12\s*(?:months?|个月)|twelve\s*(?:\(12\)\s*)?months?|十二个月|(?:质保|保修)期?(?:为)?一年|一年(?:的)?(?:质保|保修)|one[- ]year\s+warranty|warranty\s+(?:period\s+)?of\s+one\s+year"),
]


def scan(text):
    import re
    return [(name, m.group(0)) for name, rx in SCAN for m in re.finditer(rx, text, re.I)]


def length(text, lang):
    import re
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len(re.findall(r"[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’.,%()/-]*", text))


if __name__ == "__main__":
    check_sums()
    check_labels()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, name in PLAIN.items():
        (OUT / name).write_text(SOURCES[key], encoding="utf-8")
        print("wrote", name)
    write({k: SOURCES[k] for k in BUILT}, BUILT, OUT, wrap_words=True)
    for lb in LABELS:
        name = lb["json"]["file"].rsplit(".", 1)[0] + ".json"
        (OUT / name).write_text(json.dumps(lb["json"], ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote 10 labels")
    bad = 0
    for lb in LABELS:
        j = lb["json"]
        text = read_back(OUT / j["file"])
        hits = scan(text)
        bad += len(hits)
        c = tco(lb)
        print("%-62s %-3s len=%5d rules=%-2d hits=%s%s" % (j["file"], j["language"], length(text, j["language"]),
              len(j["expected_rules"]), hits or "-",
              "" if not c else "  TCO=%.2f share=%.2f%%" % (c["tco"], c["share_pct"])))
    assert bad == 0, "threshold values in the texts"
