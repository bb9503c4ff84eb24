"""Builds the holdout178 contracts and their labels (run with /work/main/.venv/bin/python make_files.py).

The .txt/.md files are written as they are below; the .docx and .pdf files are built with ../word_pdf.py from the
small markup it defines (T: title, H: heading, P: paragraph, LN: list paragraph, TB: table row, cells split by |),
PDFs with wrap_words=True. The label .json files are written at the end, with their numbers computed here, every
price and payment sum asserted, and the policy rules re-applied to each label's terms.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h178z01 — 城市内涝监测预警系统, 政府采购 公开招标, buyer's paper (.docx, 第X条 + 1.1). Compliant.
# ---------------------------------------------------------------------------------------------------------------
H178Z01 = """T:江澄市城市内涝监测预警系统建设项目政府采购合同
P:合同编号：JCPS-ZC-2025-017
P:采购方式：公开招标（招标编号：JCZC2025-G-0436）
P:甲方（采购人）：江澄市排水管理处，地址：江澄市滨河东路218号
P:乙方（供应商）：澄泓智慧水务科技有限公司，地址：江澄市高新区创业大道66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江澄市城市内涝监测预警系统建设项目（以下简称"本项目"）订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责在本市中心城区42个易涝点、主要排水干管及3座下穿立交建设内涝监测感知网络，并部署内涝监测预警平台，实现积水、管网液位、降雨和现场视频的实时监测、分级预警、信息发布和辅助调度。
P:1.2 乙方的工作包括设备供货、安装调试、平台软件部署、预警模型定制开发、与甲方现有排水管网GIS系统及市防汛指挥平台的接口开发、系统集成、试运行、培训以及质保期内的维护服务。
P:1.3 全部软件和数据部署于甲方指定的政务云及现场点位，乙方不得将系统或数据存放于甲方指定范围以外的任何服务器。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰捌拾玖万元整（¥3,890,000.00），为固定总价，包括设备、软件、运输、保险、安装、调试、开发、集成、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目名称|单位|数量|单价（元）|金额（元）
TB:1|雷达式积水监测终端|套|120|9,800|1,176,000
TB:2|管网液位监测仪|套|80|12,600|1,008,000
TB:3|翻斗式雨量站|套|12|18,500|222,000
TB:4|积水点视频监控终端|套|40|7,350|294,000
TB:5|内涝监测预警平台软件许可|套|1|468,000|468,000
TB:|软硬件小计||||3,168,000
TB:6|预警模型及接口定制开发|项|1|386,000|386,000
TB:7|安装调试及系统集成|项|1|312,500|312,500
TB:8|操作及运维培训|项|1|23,500|23,500
TB:|合同总价||||3,890,000
P:2.2 合同履行期间，除甲方书面变更采购需求外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥778,000。
P:3.2 全部设备到货安装、平台部署完成并通过初验后15个工作日内，甲方支付合同总价的45%，即¥1,750,500。初验不视为最终验收。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥1,361,500。
P:3.4 甲方通过国库集中支付方式付款。乙方每次请款前应开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后60日内完成全部设备到货和安装，90日内完成平台部署、接口联调并提交初验申请。汛期（每年5月1日至9月30日）内的现场施工应避开强降雨预警时段。
P:4.2 乙方应在进场前提交实施方案、点位安装图和安全文明施工措施，经甲方确认后实施。
P:4.3 设备到货时双方共同开箱清点，核对品牌、型号、数量、合格证及检测报告。到货签收仅表示数量核对，不代表质量验收。
H:第五条 验收
P:5.1 初验：全部点位安装完成、平台部署完毕并连续运行7日、数据上传正常后，由甲方组织初验。
P:5.2 最终验收在初验后试运行60日期满时进行，验收标准包括：（1）监测终端数据上传率不低于98%；（2）积水深度测量误差不超过±1厘米，管网液位测量误差不超过±2厘米；（3）预警信息从阈值触发到短信和平台推送不超过60秒；（4）与排水管网GIS系统及市防汛指挥平台的接口数据一致；（5）平台在500个并发用户下页面响应时间不超过3秒；（6）通过第三方网络安全等级保护测评（二级）；（7）技术文档、源代码及操作手册齐全。
P:5.3 验收合格的，双方签署最终验收报告；不合格的，乙方应在15日内整改并重新验收，由此产生的费用由乙方承担。系统上线、甲方使用或支付任何款项，均不视为验收合格。
H:第六条 质保与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维护、故障维修、备件更换、软件升级和汛前巡检服务，每年汛前全面巡检不少于一次。
P:6.2 乙方提供7×24小时服务热线。一级故障（平台整体不可用、预警功能失效或20%以上监测点位数据中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个易涝点或部分功能异常）1小时内响应，8小时内到场，24小时内恢复；三级故障（一般问题）在2个工作日内解决。
P:6.3 质保期内平台月可用率不低于99.95%。乙方未按6.2条时限响应或恢复的，每超时1小时向甲方支付违约金¥2,000；月可用率每低于承诺值0.01个百分点，支付违约金¥3,000。上述款项甲方可从应付款中直接扣除。
P:6.4 质保期满后，经甲方同意，双方另行签订维保合同。年度维保费不超过软硬件小计的8%（即每年不超过¥253,440），且自质保期满起三年内不上调。维保合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的预警模型、接口程序、配置文件及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收前交付全部源代码。
P:7.2 平台软件的既有知识产权仍归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖本项目及其后续扩容。
H:第八条 数据安全
P:8.1 本项目采集和产生的积水、液位、降雨、视频及预警数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护二级要求落实安全措施：监测终端采用加密传输，平台账户实行最小权限管理，远程运维须经甲方审批并通过甲方堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露、篡改、丢失或其他网络安全事件的，乙方应在1小时内报告甲方，立即采取处置措施，并承担由此给甲方造成的全部损失和相应法律责任。
P:8.4 合同终止或质保期满时，乙方应移交全部数据并删除其持有的副本，出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方排水管网布局、防汛预案、系统账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期完成初验或最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方所供设备或软件不符合合同约定的，甲方有权要求更换或修复，费用由乙方承担；给甲方造成损失的，乙方应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。除投标文件中已载明并经甲方在本合同签订时确认的土建安装配合单位外，乙方不得将本项目任何部分分包；确需分包的，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或系统经两次验收仍不合格，或有其他严重违约行为经甲方书面催告后15日内未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江澄市排水管理处　　乙方（盖章）：澄泓智慧水务科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h178z02 — 玻璃瓶厂 瓶坯在线检测机 supply + post-warranty maintenance (.pdf, 一、/（一）/1.).
# Risky: post-warranty fee 18 % of the equipment subtotal; delay damages 万分之二 per day.
# ---------------------------------------------------------------------------------------------------------------
H178Z02 = """T:瓶坯在线检测设备采购及维保合同
P:合同编号：HL-SB-2025-0912
P:甲方（买方）：淄博华岭玻璃制品有限公司，地址：山东省淄博市博山区玻璃工业园北区8号
P:乙方（卖方）：鲁光视觉检测设备有限公司，地址：济南市历城区科航路1990号
P:甲方为提高日用玻璃瓶生产线的质量控制水平，向乙方采购瓶坯在线检测设备及配套软件，双方经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应热端瓶坯在线检测机、冷端瓶身瓶口视觉检测机、剔除装置及检测数据管理软件，并负责安装调试、与甲方现有制瓶机组及生产执行系统对接、培训和质保期内的维护。
P:（二）设备用于甲方3号、4号窑的6条制瓶线，应能在线检测瓶坯温度分布、壁厚不均、结石、气泡、裂纹、瓶口缺陷等，并对不合格品自动剔除。
P:（三）设备技术参数以本合同附件一《技术规格书》为准，乙方保证设备全新、未使用过，符合国家标准和行业标准。
H:二、合同价款
P:（一）本合同总价为人民币贰佰玖拾捌万元整（¥2,980,000），含设备、软件、包装、运输、保险、安装调试、培训及税费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|热端瓶坯在线检测机|4台|468,000|1,872,000
TB:2|冷端瓶身瓶口视觉检测机|2台|356,000|712,000
TB:3|剔除装置及输送线改造|6套|28,500|171,000
TB:4|检测数据管理软件（永久许可）|1套|86,000|86,000
TB:|设备及软件小计|||2,841,000
TB:5|安装调试及产线对接|1项|118,000|118,000
TB:6|操作及维修培训|1项|21,000|21,000
TB:|合同总价|||2,980,000
P:（二）合同总价为固定价格，履行期间不因原材料或汇率变动而调整。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥298,000。
P:（二）全部设备到货并安装完毕后10个工作日内，甲方支付合同总价的60%，即¥1,788,000。到货安装不视为验收。
P:（三）设备通过最终验收后10个工作日内，甲方支付合同总价的25%，即¥745,000。
P:（四）合同总价的5%即¥149,000作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）乙方应在每期付款前开具等额增值税专用发票。乙方应付的违约金，甲方有权从应付款中直接扣除。
H:四、交货与安装
P:（一）乙方应在合同生效后75日内将全部设备运至甲方厂区指定地点，并在到货后30日内完成安装调试。安装应利用甲方计划停线检修时段进行，不得影响甲方正常生产。
P:（二）乙方负责设备的卸货、就位、接线和调试，甲方提供水、电、气接口和必要的场地配合。
P:（三）到货时双方共同开箱检验外观、数量及随机文件，签收仅确认数量和外观。
P:（四）乙方应随设备提供易损件清单、随机备件包和设备电气图纸，并在安装期间对甲方设备维修人员进行现场带教。
H:五、验收
P:（一）设备安装调试完成后，在正常生产条件下连续试运行15日，由甲方组织最终验收。
P:（二）验收标准：
P:1. 对甲方提供的标准缺陷样瓶（不少于200只）检出率不低于99.2%；
P:2. 正常生产时误剔率不高于0.3%；
P:3. 检测速度满足每条线每分钟不少于280只；
P:4. 瓶坯温度测量偏差不超过±5℃；
P:5. 检测数据能实时上传甲方生产执行系统，数据完整、一致；
P:6. 随机技术文件、接口说明及操作维护手册齐全。
P:（三）验收不合格的，乙方应在10日内整改后重新验收。设备安装、试运行或甲方在生产中使用设备，均不视为验收合格。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，非因甲方操作不当造成的故障，乙方免费维修、更换零部件。
P:（二）故障响应：一级故障（检测机停机或剔除失效导致整线无法在线检测）乙方应在1小时内响应，8小时内到达现场；二级故障2个工作日内到场。乙方每超过上述时限1小时，向甲方支付¥800。
P:（三）质保期满后，乙方提供维保服务，包括定期校准、易损件更换、软件升级和故障维修。年度维保费为设备及软件小计的18%，即每年¥511,380，按季度支付，本合同签订后三年内不作调整。甲方应在质保期满前与乙方签订维保协议，维保协议期限不少于三年。
P:（四）质保期内乙方每季度上门巡检一次，对检测精度进行标定并出具巡检报告；乙方承诺设备停产后继续供应备件不少于八年。
H:七、知识产权
P:（一）检测机嵌入式软件及检测数据管理软件的著作权归乙方，乙方授予甲方永久使用许可，随设备转让。
P:（二）乙方为甲方定制的缺陷识别参数、用甲方样瓶训练的检测模型及与甲方生产执行系统的接口程序，其知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。
P:（三）乙方保证所供设备和软件不侵犯任何第三方的专利权、著作权或其他权利，因此引起的纠纷和损失由乙方承担。
H:八、数据安全与保密
P:（一）检测图像、缺陷统计和生产数据属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或提供给任何第三方。
P:（二）远程诊断须经甲方逐次开通，使用甲方指定的加密通道，操作全程留痕；乙方人员不得将甲方工控网络接入互联网或接入移动存储介质。
P:（三）发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方，协助处置，并承担因其原因造成的全部损失。
P:（四）双方对在履行合同中知悉的对方技术秘密、工艺参数、配方、价格及其他商业秘密负有保密义务，保密期限至合同终止后五年。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。
P:（二）设备验收不合格且整改后仍不合格的，甲方有权退货，乙方退还全部已付款项，并承担退货费用。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十、分包
P:乙方不得将本合同项下的设备制造、安装调试工作转包或分包；输送线改造的焊接施工如需委托第三方，须事先取得甲方书面同意，乙方对其质量和安全负责。
H:十一、合同解除
P:乙方逾期交货超过30日，或设备两次验收不合格，或有其他根本违约行为经甲方书面通知后15日内未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交淄博仲裁委员会仲裁，仲裁裁决是终局的。
H:十三、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。履行中的通知应以书面形式送达本合同首部所列地址，一方地址变更应及时书面通知对方。附件一《技术规格书》、附件二《设备清单及交货计划》与本合同具有同等效力。
P:甲方（盖章）：淄博华岭玻璃制品有限公司　　乙方（盖章）：鲁光视觉检测设备有限公司
P:授权代表：__________　　授权代表：__________　　日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h178z03 — 花艺连锁 门店收银与配送 SaaS, three years + 实施 (.md, Markdown headings, 1. / 1.1).
# Risky: automatic renewal with a price increase; de-identified reuse of buyer data; availability 99.5 %.
# ---------------------------------------------------------------------------------------------------------------
H178Z03 = """# 门店收银与配送管理云服务合同

**合同编号：** YZ-SaaS-2025-0388

**甲方（客户）：** 繁花里花艺连锁（杭州）有限公司
地址：杭州市拱墅区湖墅南路109号

**乙方（服务商）：** 云栈零售科技（上海）有限公司
地址：上海市闵行区紫星路588号

甲方经营花艺门店连锁业务，拟使用乙方"花栈"门店收银与配送管理云服务，双方经友好协商，订立本合同。

## 1. 服务内容

1.1 乙方通过其云平台向甲方提供以下服务（以下合称"云服务"）：门店收银（含会员、储值、积分及节日预售）、鲜花库存与损耗管理、同城配送调度及骑手端、小程序商城、经营报表。

1.2 乙方负责实施服务，包括：86家门店的开通配置、商品及花材资料导入、原有收银系统会员与储值数据迁移、收银硬件（扫码枪、小票打印机、电子秤）对接、店长及收银员培训。

1.3 云服务期限为三年，自上线验收合格之日起计算。

1.4 乙方应保证云服务能够承受情人节、七夕、母亲节等节日高峰的订单量（单日订单不低于平日的10倍），并在每个节日前7日完成压力测试，向甲方提交测试报告。

## 2. 费用

2.1 服务费用如下：

| 项目 | 数量 | 年费单价（元） | 年费（元） |
|---|---|---|---|
| 门店收银及库存模块 | 86家门店 | 2,880 | 247,680 |
| 同城配送调度及骑手端 | 1套 | 68,000 | 68,000 |
| 小程序商城及会员营销 | 1套 | 42,000 | 42,000 |
| 年服务费合计 | | | 357,680 |
| 三年服务费合计 | | | 1,073,040 |
| 实施服务费（一次性） | 1项 | 96,000 | 96,000 |
| 合同总价 | | | 1,169,040 |

2.2 年服务费按季度后付，每季度末乙方开具发票，甲方在收到发票后15日内支付当季服务费¥89,420。实施服务费在上线验收合格后15日内一次性支付。甲方无需支付任何预付款。

2.3 服务期内新增门店按每店每年¥2,880按月折算计费。

2.4 除本合同约定的费用外，乙方不得以任何名目向甲方收取其他费用。支付渠道手续费按支付机构的标准由甲方直接承担。

## 3. 实施与验收

3.1 乙方应在合同签订后45日内完成全部门店上线，并提交上线验收申请。乙方逾期上线的，每逾期一日向甲方支付违约金¥800。

3.2 上线验收标准：（1）全部门店连续7日正常收银，日结数据与支付渠道对账一致；（2）迁移后的会员数量、储值余额、积分与原系统逐条核对一致；（3）配送订单从下单到派单不超过10秒，骑手轨迹实时可见；（4）小程序下单、支付、退款流程测试通过；（5）交付操作手册和培训记录。

3.3 验收合格后双方签署上线验收单。门店开始使用收银系统不视为验收合格。

3.4 收银硬件由甲方自行采购，乙方应在合同签订后5日内提供兼容硬件清单，并负责全部门店硬件的调试与对接。

## 4. 服务水平

4.1 乙方保证云服务的月可用率不低于99.5%（计划内维护除外，计划内维护应安排在凌晨2:00至6:00，并提前48小时通知）。

4.2 故障分级与响应：

| 级别 | 情形 | 响应时间 | 恢复时间 |
|---|---|---|---|
| 一级 | 收银或配送功能整体不可用 | 15分钟 | 2小时 |
| 二级 | 部分门店或部分功能异常 | 1小时 | 8小时 |
| 三级 | 一般咨询及非紧急问题 | 8小时 | 3个工作日 |

4.3 月可用率低于承诺值但不低于99.0%的，乙方按当月服务费的5%给予服务抵扣；低于99.0%的，按当月服务费的10%给予抵扣。情人节、七夕、母亲节等节日高峰期间发生一级故障的，抵扣比例加倍。

4.4 乙方应提供7×24小时客服热线，并为甲方指定专属客户成功经理。乙方对云服务进行版本升级的，应提前7日通知甲方，升级不得减少本合同约定的功能，不得造成甲方数据丢失。

## 5. 数据

5.1 甲方在云服务中录入和产生的订单、会员、收货人、库存及经营数据归甲方所有。

5.2 乙方有权对甲方数据进行去标识化处理后，用于鲜花零售行业分析报告、产品功能改进和算法训练。本款约定的使用权在合同终止后继续有效。

5.3 乙方应采取加密存储与传输、访问权限控制、操作日志审计等措施保护甲方数据，平台通过网络安全等级保护三级测评。发生数据泄露或安全事件时，乙方应在12小时内通知甲方并采取补救措施，并赔偿因此给甲方造成的损失。

5.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付甲方全部数据，随后删除。

5.5 乙方不得通过云服务、小程序或小票向甲方的会员和顾客推送广告或任何第三方营销信息。

## 6. 知识产权

6.1 云平台及其软件的知识产权归乙方所有。

6.2 乙方为甲方定制的花束商品模板、配送区域与运费规则配置、专属报表，其知识产权归甲方所有，甲方可自由使用、修改并许可他人使用。

## 7. 保密

双方对因本合同知悉的对方商业秘密（包括甲方的会员信息、进货价格、门店经营数据）负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。乙方应确保其参与本项目的员工遵守本条约定。

## 8. 续期

8.1 服务期满前30日内双方均未书面提出不续约的，本合同自动续期一年，续期次数不限。

8.2 每次续期时，乙方有权在当期年服务费基础上上调服务费，上调幅度不超过8%，乙方应在续期前15日通知甲方新的价格。

## 9. 责任限制

乙方因违约或侵权对甲方承担的累计赔偿责任，以合同总价的150%为限；但因乙方故意、重大过失或违反第5条造成的损失不受此限。

## 10. 分包

未经甲方书面同意，乙方不得将本合同项下的实施服务或运维服务分包给第三方。

## 11. 合同解除

一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除合同。连续两个月月可用率低于99.0%的，甲方有权解除合同，乙方应退还已付未使用期间的服务费。合同解除或终止后，乙方应按5.4条交付数据，并配合甲方将数据迁移至其他系统。

## 12. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，提交杭州仲裁委员会仲裁。

## 13. 其他

本合同自双方盖章之日起生效，一式两份，双方各执一份。附件一《云服务功能清单》、附件二《实施计划》为本合同组成部分。

甲方（盖章）：繁花里花艺连锁（杭州）有限公司　　乙方（盖章）：云栈零售科技（上海）有限公司

日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h178z04 — 县交通运输局 农村公路管理平台 annual O&M, 政府采购 竞争性磋商 (.txt, 第X章 / 第X条 / （一）).
# Risky: 一级故障 response 6 hours; subcontracting of field data collection on written notice only.
# ---------------------------------------------------------------------------------------------------------------
H178Z04 = """青溪县农村公路管理平台2025年度运维服务合同

项目编号：QXCG2025-CS-021（竞争性磋商）
合同编号：QXJT-YW-2025-06

甲方（采购人）：青溪县交通运输局
地址：青溪县城关镇建设路42号
乙方（供应商）：昌衡信息技术有限公司
地址：江州市经开区软件园7号楼

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件及乙方响应文件、成交通知书，双方就青溪县农村公路管理平台2025年度运维服务订立本合同。

第一章 总则

第一条 服务对象
青溪县农村公路管理平台（以下简称"平台"），包括路网一张图、路长制管理、日常养护、桥梁隧道档案、路政巡查移动端和数据上报接口，部署于青溪县政务云。平台覆盖全县农村公路1,386公里、桥梁214座。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满，本合同自然终止，不自动续期；如需继续服务，由甲方依法重新组织采购。服务期内因上级部门政策调整需新增平台功能的，双方另行协商并签订书面协议。

第二章 服务内容与服务标准

第三条 服务内容
（一）平台软件运维：日常巡检、缺陷修复、功能微调、版本升级和性能优化，每月巡检不少于2次并提交巡检报告。
（二）政务云资源及网络运维：配合政务云管理单位做好主机、数据库、备份与网络安全策略的日常管理，每日检查备份，每季度进行一次恢复演练。
（三）数据更新：完成2025年度农村公路路网数据、技术状况评定数据及桥梁定期检查数据的更新入库，于2025年12月31日前完成并通过甲方审核。
（四）驻场服务：乙方派驻1名运维工程师在甲方办公地点全年驻场，工作日8:30至17:30在岗。
（五）应急保障：汛期和冰冻期内，乙方安排专人7×24小时值守，配合甲方做好灾毁路段信息上报。
（六）培训：为县、乡两级用户提供操作培训不少于4次。
（七）人员要求：驻场工程师应具备3年以上政务信息系统运维经验；乙方更换驻场人员须提前10日书面征得甲方同意，新人员经甲方面试合格后方可上岗。

第四条 服务水平
（一）故障分级：一级故障指平台整体无法访问、数据无法上报或移动端全部无法使用；二级故障指部分模块或部分乡镇用户无法使用；三级故障指一般性问题。
（二）响应时限：一级故障，乙方接到甲方报修后6小时内响应，24小时内恢复；二级故障12小时内响应，48小时内恢复；三级故障3个工作日内处理完毕。
（三）乙方未在上述时限内响应或恢复的，每发生一次，甲方从当期服务费中扣减¥500；因同一原因连续发生的，按次累计。
（四）乙方应在每月5日前向甲方提交上月运维月报，载明故障处理、巡检、数据更新进度等情况。
（五）乙方应建立运维工单台账，所有报修、处理过程和结果均应在工单中留痕，甲方可随时查阅。

第三章 合同价款与支付

第五条 合同价款
本合同总价为人民币伍拾壹万捌仟元整（¥518,000），明细如下：
（一）平台软件运维：¥168,000；
（二）政务云资源及网络运维：¥62,000；
（三）路网及桥梁数据更新：¥94,000；
（四）驻场运维人员（1名，全年）：¥156,000；
（五）汛期及冰冻期应急保障：¥38,000。
上述价格包含人工、交通、差旅、税费等全部费用，服务期内不作调整。

第六条 支付方式
本合同不设预付款。服务满六个月且中期考核合格后15个工作日内，甲方支付合同总价的50%，即¥259,000；服务期满且年度考核合格后15个工作日内，甲方支付剩余50%，即¥259,000。考核扣减款项从当期应付款中扣除。

第七条 考核
（一）甲方在服务满六个月和服务期满时分别组织中期考核和年度考核。
（二）考核标准：一级、二级故障按时响应率不低于95%；每月巡检报告齐全；年度数据更新按期完成，抽查准确率不低于98%；备份每日完成，恢复演练成功；驻场人员出勤率不低于95%；用户满意度调查得分不低于85分。
（三）考核不合格的，乙方应在10日内整改，整改后仍不合格的，甲方可按第十四条处理。
（四）甲方应为驻场人员提供必要的办公场所和政务云访问权限，并按期组织考核。

第四章 数据与知识产权

第八条 数据安全
（一）平台中的路网、桥梁、养护、路政及用户数据属于甲方所有，乙方仅为履行本合同处理，不得复制、留存、对外提供或用于其他目的。
（二）乙方运维人员须实名登记，经甲方授权后通过政务云堡垒机操作，严禁在互联网环境处理平台数据，严禁使用个人存储介质拷贝数据。
（三）乙方应落实网络安全等级保护二级相关要求，发现数据泄露、篡改或其他安全事件的，应在1小时内向甲方报告并立即处置，因乙方原因造成的损失和责任由乙方承担。

第九条 保密
乙方对服务中知悉的甲方工作秘密、未公开数据和系统口令负有保密义务，服务期满后仍应保密，不得向任何第三方披露。乙方应与驻场及参与本项目的人员签订保密承诺书，并报甲方备案。

第十条 知识产权
乙方在服务期内形成的运维文档、巡检报告、数据更新成果、脚本及功能微调的源代码，其知识产权归甲方所有，甲方可自由使用和修改。

第五章 分包

第十一条 分包
乙方可将路网数据外业采集及桥梁检查数据录入工作委托具备相应能力的单位实施，但应提前五个工作日书面告知甲方受托单位名称及人员名单。乙方对受托单位的工作质量和数据安全承担全部责任。

第六章 违约责任与合同解除

第十二条 违约金
乙方未按第三条第（三）项约定期限完成年度数据更新的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第十三条 赔偿责任
乙方因违约给甲方造成损失的，应予赔偿，累计赔偿责任以合同总价的两倍为限；因乙方故意或违反第八条造成的损失，不受此限。

第十四条 合同解除
乙方有下列情形之一的，甲方可书面通知解除合同：（一）考核整改后仍不合格；（二）一级故障超过72小时未恢复；（三）违反第八条造成数据泄露；（四）其他严重违约且经催告后15日内未纠正。

第七章 争议解决及其他

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 服务交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的后续服务单位移交全部运维文档、账号权限、数据更新成果和未完成工单，配合完成交接，不得拖延或设置障碍。交接完成后，乙方应注销其全部运维账号并书面确认。

第十七条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：青溪县交通运输局          乙方（盖章）：昌衡信息技术有限公司
代表：__________                        代表：__________
日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h178z05 — 牛肉干厂 MES licence + custom development on the supplier's own template (.md, ### 第X条 + X.Y).
# Many problems (eleven findings expected).
# ---------------------------------------------------------------------------------------------------------------
H178Z05 = """# 智造云图MES软件许可及实施合同

> 智造云图标准合同文本 V4.0（乙方提供）

**甲方（用户）：** 苏尼特草原明珠食品有限公司
**住所：** 内蒙古锡林郭勒盟苏尼特右旗赛汉塔拉镇工业园区

**乙方（供方）：** 智造云图工业软件（苏州）有限公司
**住所：** 苏州工业园区星湖街328号

甲方因牛肉干、风干牛肉生产车间数字化管理需要，向乙方购买智造云图MES软件许可并委托乙方进行定制开发和实施。双方依据《中华人民共和国民法典》订立本合同。

### 第一条 合同标的

1.1 乙方向甲方提供智造云图MES软件V6（以下简称"软件"）的永久使用许可，包括基础平台、生产计划与调度、批次追溯、质量检验、仓储物流、设备管理六个模块，许可并发用户数30个。

1.2 乙方根据甲方需求进行定制开发：腌制、卤煮、烘烤、杀菌四道工序的配方与工艺参数管理；金属探测仪、在线电子秤数据采集对接；一物一码追溯标签及消费者扫码查询页面。

1.3 乙方提供实施服务，包括软件部署、基础数据初始化、系统配置及用户培训。

1.4 软件许可仅限甲方在本合同约定的一个生产厂区内使用，新增厂区、用户数或模块的，须另行向乙方购买许可。

### 第二条 合同金额

| 项目 | 金额（元） |
|---|---|
| MES软件许可费（六个模块，30并发用户） | 560,000 |
| 定制开发费 | 328,000 |
| 实施服务费 | 92,000 |
| 合同总金额 | 980,000 |

### 第三条 付款

3.1 本合同签订后5日内，甲方支付合同总金额的45%，即¥441,000。

3.2 软件安装部署完成后5日内，甲方支付合同总金额的35%，即¥343,000。

3.3 系统上线后5日内，甲方支付合同总金额的20%，即¥196,000。

3.4 甲方逾期付款的，乙方有权暂停实施工作，工期相应顺延，且甲方每逾期一日按逾期金额的千分之一向乙方支付违约金。

3.5 乙方收到款项后开具增值税专用发票。

### 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，预计在120日内完成部署、定制开发和上线。

4.2 因甲方需求变更、数据准备不及时或车间改造等原因导致延期的，工期顺延，乙方不承担责任。

4.3 甲方应在合同签订后10日内提供符合乙方要求的服务器、数据库和网络环境，指定项目负责人，负责需求确认、基础数据整理和内部协调。

4.4 定制开发需求以双方签字确认的《定制开发需求说明》为准。需求确认后甲方提出变更的，乙方有权按每人天¥2,800另行收费，工期相应顺延。

4.5 乙方为甲方关键用户提供集中培训3天，培训地点在甲方厂区，培训人员差旅费用由甲方承担。

### 第五条 验收

5.1 系统安装部署并上线运行，即视为甲方验收合格。

5.2 上线后甲方开始使用系统处理生产业务的，亦视为甲方已验收合格，甲方不得再以系统功能为由拒绝支付款项。

5.3 甲方对系统功能有意见的，可在上线后7日内书面提出，乙方将视情况在后续版本中予以改进。

### 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护服务，内容为软件缺陷修复和远程技术支持。

6.2 一级故障（系统无法登录或生产报工无法进行）乙方在接到通知后8个工作小时内响应，二级及以下故障在3个工作日内响应。乙方将尽力在合理时间内排除故障，但不因响应或修复时间承担任何扣款、赔偿或违约责任。

6.3 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的32%，即每年¥179,200，本合同有效期内维护费标准不作调整。

6.4 年度维护服务按年自动续期，续期费用按6.3条标准执行。甲方未购买年度维护服务的，乙方不再提供缺陷修复、补丁及升级。

6.5 维护服务不包括：因甲方硬件、网络、操作系统或第三方软件导致的问题；甲方自行修改配置或数据造成的问题；新增功能需求。上述服务乙方可按每人天¥2,800另行收费。

### 第七条 知识产权

7.1 软件及其文档的知识产权归乙方所有。甲方不得复制、出租、出借软件，不得将软件用于为第三方提供服务。

7.2 乙方为甲方定制开发的程序、配方管理模型、设备接口及追溯查询页面，包括其源代码和技术文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

### 第八条 数据

8.1 甲方在软件中录入和产生的生产数据归甲方所有。

8.2 甲方同意乙方对软件运行数据及甲方生产数据进行脱敏、汇总处理，用于乙方产品优化、食品行业解决方案和行业模型开发。该项授权在本合同终止后继续有效。

8.3 乙方在实施和维护过程中应采取访问控制、传输加密和操作日志审计等措施保护甲方数据；因乙方过错造成甲方数据泄露的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。

### 第九条 保密

双方对在合作中知悉的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期为合同终止后两年。

### 第十条 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的3%。

10.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总金额的25%。乙方对甲方的间接损失、利润损失、停产损失不承担责任。

### 第十一条 合同解除

任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。甲方逾期付款超过30日的，乙方还有权暂停全部服务并收回软件使用许可。合同解除后，甲方已支付的软件许可费不予退还。

### 第十二条 不可抗力

因不可抗力、网络攻击、电力中断、政府行为等非乙方所能控制的原因导致合同不能履行或迟延履行的，乙方不承担责任。

### 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

### 第十四条 其他

14.1 本合同附件为《软件功能清单》和《定制开发需求说明》，与本合同具有同等效力。

14.2 本合同一式两份，自双方盖章之日起生效。

甲方（盖章）：苏尼特草原明珠食品有限公司　　乙方（盖章）：智造云图工业软件（苏州）有限公司

日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h178e01 — Dehua porcelain figurines: 3D sculpting software perpetual licence + configuration + support; vendor on
# Dalkey Island, Irish style (.docx, "Clause N" + N.N). Only risky term: Irish law, arbitration seated in Dublin.
# ---------------------------------------------------------------------------------------------------------------
H178E01 = """T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:Agreement No. LDS-CN-2025-031
P:THIS AGREEMENT is made on the ___ day of ______________ 2025
P:BETWEEN:
P:(1) LIR DIGITAL SCULPTURE LIMITED, a private company limited by shares incorporated in Ireland (company number 648213), whose registered office is at The Old Boathouse, Dalkey Island, Dalkey, County Dublin, Ireland (the "Licensor"); and
P:(2) DEHUA YUNCI PORCELAIN ART CO., LTD., a company established under the laws of the People's Republic of China, whose registered address is at No. 16 Taoci Avenue, Longxun Town, Dehua County, Quanzhou, Fujian Province (the "Customer").
P:BACKGROUND:
P:(A) The Customer designs and manufactures porcelain figurines and wishes to move the sculpting of its master models from clay to digital tools.
P:(B) The Licensor develops the LirSculpt software and has agreed to license it to the Customer, to configure it for the Customer's production and to support it, on the terms of this Agreement. At the Customer's request, all prices are stated and payable in Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Configuration Deliverables" means the glaze libraries, mould-split templates, firing-shrinkage profiles, output presets and scripts prepared by the Licensor for the Customer; "Customer Data" means all designs, sculpt files, scans and other data of the Customer which the Licensor accesses; "Final Acceptance" means the signing of the certificate under Clause 6.2; "Licence Fees" means the fees for items 1 and 2 in Clause 3.1; and "Software" means the LirSculpt Studio and LirSculpt Mould & Print Prep programs, with their documentation and updates. The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive and irrevocable licence to use the Software for its internal business by the number of named users set out in Clause 3.1, at any premises of the Customer in the People's Republic of China. Seats may be reassigned between employees at any time.
P:2.2 The licence survives any termination of this Agreement other than termination by the Licensor for non-payment of the Licence Fees.
H:Clause 3 Price
P:3.1 The Contract Price is CNY 810,000, inclusive of all taxes and expenses, as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|LirSculpt Studio, perpetual named-user licence|24|18,600|446,400
TB:2|LirSculpt Mould & Print Prep module, perpetual named-user licence|6|22,500|135,000
TB:|Licence Fees (items 1 and 2)|||581,400
TB:3|Configuration services as set out in Schedule 1|1|168,000|168,000
TB:4|Migration of legacy sculpt and scan files|1|24,600|24,600
TB:5|Training, nine days on site in Dehua|1|36,000|36,000
TB:|Contract Price|||810,000
P:3.2 The Contract Price is fixed and shall not be increased for currency movements or any other reason.
H:Clause 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments, each within 30 days of receipt of a valid invoice: (a) 20% (CNY 162,000) following signature of this Agreement; (b) 45% (CNY 364,500) following the signing of the Installation Certificate under Clause 5.2; and (c) 35% (CNY 283,500) following Final Acceptance.
P:4.2 Neither the Installation Certificate nor the payment under Clause 4.1(b) constitutes acceptance of the Software or of the Configuration Deliverables.
H:Clause 5 Delivery, Installation and Configuration
P:5.1 The Licensor shall install the Software within 30 days after signature, and shall complete the configuration, migration and training set out in Schedule 1 so that the Acceptance Tests can begin no later than 110 days after signature (the "Milestone Date").
P:5.2 When installation is complete, the parties shall verify that each seat connects to the licence server and shall sign an Installation Certificate.
H:Clause 6 Acceptance
P:6.1 The Acceptance Tests shall be run on the Customer's own designs and shall verify that: (a) twenty reference figurine models are exported as watertight meshes that pass the print-preparation checks; (b) the models split into the Customer's standard mould sets, with draft angles confirmed by its mould shop; (c) with the shrinkage profiles applied, fired trial pieces of five models deviate from their nominal dimensions by no more than 0.8%; (d) output runs to the Customer's two resin 3D printers and its CNC mould mill without manual repair; (e) every migrated legacy file opens correctly; and (f) documentation and training records have been delivered.
P:6.2 When the Acceptance Tests have been passed, the Customer shall sign a Final Acceptance Certificate within ten business days.
P:6.3 If any test fails, the Licensor shall remedy the defect at its own cost within 15 days and the test shall be repeated. If it fails a second time, the Customer may terminate under Clause 15 and recover all sums paid.
P:6.4 Neither installation, nor the use of the Software in production, nor any payment shall be deemed to be Final Acceptance.
H:Clause 7 Delay
P:7.1 If the Acceptance Tests cannot begin by the Milestone Date for reasons attributable to the Licensor, the Licensor shall pay the Customer liquidated damages of CNY 1,200 for each day of delay, up to a maximum of 10% of the Contract Price.
P:7.2 The parties agree that these liquidated damages are a genuine pre-estimate of loss and not a penalty.
H:Clause 8 Warranty
P:8.1 The Licensor warrants that, for eighteen months from Final Acceptance (the "Warranty Period"), the Software and the Configuration Deliverables will perform materially in accordance with their documentation and with Schedule 1.
P:8.2 During the Warranty Period the Licensor shall correct all defects and provide the support in Clause 9, including new versions, free of charge.
H:Clause 9 Support
P:9.1 The Licensor shall provide telephone and remote support in Mandarin and English and, where needed, attendance on site. Response times are: Severity 1 (the sculpting team cannot use the Software, or the licence server is down): response within one hour at any time and a workaround within eight hours; Severity 2 (a major function is impaired): response within two business hours and a workaround within two business days; Severity 3: response within one business day.
P:9.2 For each full hour by which a Severity 1 response or workaround is late, the Licensor shall credit the Customer CNY 600, to be deducted from the next payment or the next Annual Support Fee.
P:9.3 After the Warranty Period the Customer may purchase support year by year at an Annual Support Fee of 11% of the Licence Fees, that is CNY 63,954 per year. This fee is fixed for the first three support years; thereafter it may be increased only by written agreement and by no more than 3% in any year. Support is ordered by purchase order for each year and does not renew automatically.
H:Clause 10 Customer Data and Security
P:10.1 All Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy, retain, analyse or use it for any other purpose, including the training of models or the development of products.
P:10.2 The Licensor shall access the Customer's systems only through an encrypted session opened and supervised by the Customer on each occasion, and shall not transfer Customer Data out of the Customer's systems or out of the People's Republic of China.
P:10.3 The Licensor shall implement appropriate technical and organisational measures to protect Customer Data against unauthorised access, loss and disclosure, shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall cooperate in its remediation, and shall indemnify the Customer against all losses arising from any breach of this Clause 10.
H:Clause 11 Intellectual Property
P:11.1 All intellectual property rights in the Software remain with the Licensor.
P:11.2 All intellectual property rights in the Configuration Deliverables vest in the Customer on creation, and the Licensor hereby assigns them to the Customer. The Customer may use, modify, copy and license the Configuration Deliverables freely, including to third parties. The Licensor shall deliver them in editable form.
H:Clause 12 Confidentiality
P:12.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, including the Customer's designs, glaze recipes and prices, and shall not disclose it to any third party or use it for any other purpose, during this Agreement and for five years thereafter.
H:Clause 13 Limitation of Liability
P:13.1 Subject to Clause 13.2, the total liability of either party under or in connection with this Agreement shall not exceed 150% of the Contract Price.
P:13.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 10 or Clause 12.
H:Clause 14 Subcontracting
P:14.1 The Licensor shall not subcontract any of its obligations without the prior written consent of the Customer and shall remain responsible for any subcontractor so approved.
H:Clause 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within 30 days after written notice requiring it to be remedied, or if the other party becomes insolvent.
P:15.2 On termination by the Customer, the Licensor shall refund all sums paid for any part of the Software or services that has not been accepted.
H:Clause 16 Governing Law and Dispute Resolution
P:16.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the UNCITRAL Arbitration Rules. The seat of arbitration shall be Dublin, Ireland, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Clause 17 General
P:17.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Any change must be in writing and signed by both parties.
P:Schedule 1: Configuration scope (140 glazes and 6 porcelain bodies; templates for 35 standard mould sets; shrinkage profiles for two shuttle kilns and one tunnel kiln), legacy file list (about 3,200 files) and training plan. Schedule 2: Support contacts.
P:SIGNED for and on behalf of LIR DIGITAL SCULPTURE LIMITED by its director: ____________________
P:SIGNED for and on behalf of DEHUA YUNCI PORCELAIN ART CO., LTD. by its legal representative: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h178e02 — Jiuzhaigou tour operator: booking SaaS, Order Form + General Terms; vendor on Wustrow, German style
# (.txt, "§ N" + "(1)"). Risky: no compensation for missed service levels; subcontractors at the vendor's discretion
# with e-mail notice; slight-negligence liability capped at the fees of the preceding six months.
# ---------------------------------------------------------------------------------------------------------------
H178E02 = """ORDER FORM No. BB-2025-CN-014
Boddenblick Booking Cloud - Tour Operator Edition

Vendor:
Boddenblick Software GmbH
Insel Wustrow 3, 18230 Rerik, Germany
Registered with the Local Court (Amtsgericht) of Rostock under HRB 31877
Managing Directors: Hauke Petersen, Jana Wolter
("Boddenblick")

Customer:
Jiuzhaigou Cuihai International Travel Service Co., Ltd.
No. 27 Pengfeng Road, Zhangzha Town, Jiuzhaigou County, Aba Tibetan and Qiang Autonomous Prefecture, Sichuan Province, People's Republic of China
("Customer")

1. Services ordered
Boddenblick Booking Cloud, Tour Operator Edition, as software as a service: package and itinerary catalogue; online, agent and walk-in booking; allotment management for hotels and coaches; management of daily entry quotas and real-name tickets for the Jiuzhaigou scenic area through the scenic-area ticketing interface; guide and driver scheduling; domestic online payment channels; reporting.

2. Fees (in CNY, including VAT, at the Customer's request)
Platform base fee ........................................ 9,800 per month
Agent users: 40 x 260 .................................... 10,400 per month
Channel connector (OTA channels and ticketing interface) ... 3,400 per month
Monthly Fee ............................................... 23,600 per month
Monthly Fees over the Initial Term (24 x 23,600) .......... 566,400
One-time setup and configuration fee ...................... 48,000
Total Contract Value ...................................... 614,400

3. Initial Term: 24 months from the Go-Live Date.
4. Go-Live Date: no later than 60 days after signature of this Order Form.
5. Billing: The setup fee is invoiced after Go-Live Acceptance (§ 6). The Monthly Fee is invoiced monthly in arrears. Invoices are payable within 30 days. No advance payment is due.
6. Hosting location: data centre in Chengdu, People's Republic of China.
7. This Order Form and the General Terms below together form the contract between the parties (the "Contract").

Place, date: ____________________
For Boddenblick: ____________________    For the Customer: ____________________


GENERAL TERMS AND CONDITIONS OF BODDENBLICK SOFTWARE GMBH FOR CLOUD SERVICES (Version 2025-03)

§ 1 Scope
(1) These General Terms apply to all cloud services that Boddenblick provides to the Customer under an Order Form. General terms of the Customer do not apply, even if Boddenblick does not expressly object to them.
(2) The functions of the services are described in the Order Form and in the service description handed over with it.

§ 2 Services
(1) Boddenblick provides the Booking Cloud as software as a service via the internet. The Customer receives access for the number of agent users stated in the Order Form; guests book through the Customer's own website and mini-program, which call the Booking Cloud.
(2) Boddenblick may further develop the services, provided that the functions listed in the Order Form are not reduced and the Customer is informed of material changes at least two weeks in advance.

§ 3 Term
(1) The Contract begins upon signature of the Order Form. The Initial Term begins on the Go-Live Date.
(2) After the Initial Term, the Contract is extended automatically by one year at a time, at the same fees as in the Order Form, unless either party gives notice of termination at least three months before the end of the current term.
(3) The right to terminate for good cause under § 12 remains unaffected.

§ 4 Setup and Go-Live
(1) Boddenblick sets up the Customer's tenant and configures tour packages, price and season rules, hotel and coach allotments and cancellation rules, connects the OTA channels and the scenic-area ticketing interface, imports the bookings of the current season from the Customer's spreadsheets and trains the Customer's staff in two sessions in Jiuzhaigou.
(2) If the Go-Live Date is missed for reasons for which Boddenblick is responsible, Boddenblick pays a contractual penalty (Vertragsstrafe) of CNY 500 for each calendar day of delay, up to a maximum of CNY 24,000. Further claims for damages remain unaffected; the penalty is credited against them.

§ 5 Service Levels
(1) The availability of the production environment is 99.95% per calendar month, measured at the internet exit of the Chengdu data centre. Announced maintenance windows are excluded; there are at most two per month, each between 01:00 and 05:00 Beijing time and announced at least five days in advance.
(2) Support is provided in Chinese and English. Priority 1 (booking or payment impossible for all users): response within 30 minutes, 24 hours a day, 7 days a week. Priority 2 (an important function is impaired): response within 2 hours during service hours (08:00 to 22:00 Beijing time). Priority 3 (other matters): response on the next business day.
(3) Boddenblick reports the achieved availability and response times to the Customer every month.
(4) The service levels in this § 5 are target values. Falling short of them does not entitle the Customer to service credits, fee reductions or any other compensation.

§ 6 Go-Live Acceptance
(1) Before go-live, the parties carry out the acceptance tests set out in the service description, in particular: (a) 50 test bookings end to end, including payment, cancellation, refund and invoice; (b) synchronisation of daily entry quotas and real-name ticket data with the scenic-area ticketing interface without discrepancies on five consecutive days; (c) booking of allotments without overbooking under a simulated load of 300 concurrent sessions; (d) complete and correct import of the migrated bookings; (e) inventory updates to the OTA channels within 60 seconds.
(2) When the tests have been passed, the Customer signs a Go-Live Acceptance certificate. Productive use before the certificate is signed does not constitute acceptance.
(3) Boddenblick remedies defects found in the tests within ten days, after which the tests concerned are repeated.

§ 7 Customer Data and Data Protection
(1) All data that the Customer or its guests enter into the Booking Cloud, including personal information of guests ("Customer Data"), belongs to the Customer. Boddenblick processes Customer Data only on the Customer's instructions and only to provide the services.
(2) Customer Data is stored and processed exclusively in the Chengdu data centre and is not transferred outside the People's Republic of China. Support staff in Germany work only on masked data.
(3) Boddenblick maintains the following security measures: a filing at level 3 of the Multi-Level Protection Scheme, encryption of Customer Data in transit and at rest, role-based access with two-factor authentication for administrators, logging of all administrative access with retention of 180 days, and an annual penetration test by an independent tester.
(4) Boddenblick notifies the Customer of any data security incident without undue delay and at the latest within 24 hours, supports the Customer in its notifications to the authorities and data subjects, and bears the costs and damages arising from incidents it has caused. § 11 (3) does not apply to such damages.
(5) Within 30 days after the end of the Contract, the Customer may export all Customer Data in a common format; Boddenblick then deletes it and confirms the deletion in writing.

§ 8 Confidentiality
(1) The parties shall keep confidential all business and trade secrets of the other party that become known to them in connection with the Contract, in particular prices, customer lists, contract rates with hotels and sales figures, and shall use them only for the purposes of the Contract.
(2) This obligation continues for three years after the end of the Contract.

§ 9 Subcontractors
(1) Boddenblick may use subcontractors at its own discretion, in particular its hosting provider in Chengdu and a service partner in Chengdu for on-site training and first-level support.
(2) Boddenblick informs the Customer of new subcontractors by e-mail. Boddenblick is responsible for its subcontractors as for its own conduct.

§ 10 Rights of Use
(1) The Booking Cloud software and its documentation remain the property of Boddenblick. For the term of the Contract, the Customer receives a non-exclusive, non-transferable right to use the services for its own business.
(2) The configurations, tour templates, price rules, reports and texts created for the Customer during setup ("Customer Configurations") belong to the Customer. The Customer may use and modify them without restriction and have them used by third parties, also after the end of the Contract; Boddenblick hands them over in an open format on request.

§ 11 Liability
(1) Boddenblick is liable without limitation for intent and gross negligence, for injury to life, body or health, and under any guarantee it has given.
(2) In cases of slight negligence, Boddenblick is liable only for the breach of an essential contractual obligation, that is, an obligation whose fulfilment makes the proper performance of the Contract possible in the first place and on whose fulfilment the Customer may regularly rely, and only for the foreseeable damage typical for this type of contract.
(3) In the cases of paragraph (2), the total liability of Boddenblick is limited to the fees paid by the Customer in the six months preceding the event causing the damage.

§ 12 Termination for Good Cause
(1) Each party may terminate the Contract for good cause without notice. Good cause for the Customer exists in particular if Boddenblick commits a material breach of the Contract and does not remedy it within 30 days after a written warning.
(2) Any notice of termination must be given in writing.

§ 13 Fees and Payment
(1) The fees are stated in CNY at the Customer's request and are paid by bank transfer to the account stated in the invoice.
(2) Taxes withheld in the People's Republic of China on payments to Boddenblick are borne by Boddenblick; the Customer provides the tax certificates.

§ 14 Governing Law and Disputes
(1) At the Customer's request, the Contract is governed by the law of the People's Republic of China. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
(2) Disputes arising from or in connection with the Contract are settled by the Chengdu Arbitration Commission in Chengdu. The languages of the proceedings are Chinese and English.

§ 15 Final Provisions
(1) Amendments and additions to the Contract must be made in writing; this also applies to any waiver of the written form requirement.
(2) Should any provision of the Contract be or become invalid, the validity of the remaining provisions remains unaffected. The parties shall replace the invalid provision by a valid one that comes closest to its economic purpose.
"""

# ---------------------------------------------------------------------------------------------------------------
# h178e03 — Sanmen razor-clam farm: sediment sensors + maintenance; integrator on the Ile Dumet, French style,
# buyer's paper (.pdf, "Art. N (title)" + N.N). Compliant.
# ---------------------------------------------------------------------------------------------------------------
H178E03 = """T:CONTRACT FOR A SEDIMENT MONITORING SYSTEM
P:Contract No. XH-2025-SB-07
P:BETWEEN
P:Sanmen Xinghai Aquaculture Co., Ltd., a company established in the People's Republic of China, having its registered office at No. 9 Haiyan Road, Jiantiao Town, Sanmen County, Taizhou, Zhejiang Province, represented by its legal representative (hereinafter "the Buyer"),
P:AND
P:Dumet Instrumentation Cotiere SAS, a simplified joint-stock company with a share capital of EUR 120,000, registered with the Trade and Companies Register of Saint-Nazaire under number 842 117 530, having its registered office at Ile Dumet, 44420 Piriac-sur-Mer, France, represented by its President (hereinafter "the Contractor").
P:PREAMBLE
P:The Buyer farms razor clams on about 380 mu of tidal flats near Jiantiao. Losses after heavy rain and in hot summers are linked to low dissolved oxygen and sulphide in the sediment, which the Buyer wishes to monitor continuously. The Buyer issued its procurement terms and technical specification; the Contractor's offer of 12 June 2025 was selected, and the parties have drawn up this contract on the basis of the Buyer's terms. At the Buyer's request, all prices are stated and paid in Renminbi (CNY).
H:Art. 1 (Purpose)
P:1.1 The Contractor shall supply, install and commission a sediment and water-quality monitoring system on the Buyer's clam beds and sluice channels, including probes, gateways, a monitoring software licence, calibration, training and maintenance during the warranty period, as specified in Annex 1 (Technical Specification).
P:1.2 The system shall measure sediment temperature, salinity, dissolved oxygen, redox potential and sulphide at 64 points, transmit the data to the Buyer's cloud account, and raise alarms to the Buyer's farm managers by text message and mobile application.
H:Art. 2 (Contract documents)
P:2.1 The contract consists of this document and its annexes: Annex 1 (Technical Specification), Annex 2 (Layout of monitoring points) and Annex 3 (Acceptance test protocol).
H:Art. 3 (Price)
P:3.1 The contract price is a fixed lump sum of CNY 1,065,000 including all taxes, customs duties, transport, insurance and travel expenses, broken down as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Sediment multi-parameter probes|64|7,850|502,400
TB:Buoy-mounted solar gateways|8|26,400|211,200
TB:Water-quality sondes at the sluices|4|38,500|154,000
TB:Monitoring software, perpetual licence|1|96,000|96,000
TB:Equipment and licence subtotal|||963,600
TB:Installation and calibration on the tidal flats|1|87,400|87,400
TB:Training of farm staff|1|14,000|14,000
TB:Contract price|||1,065,000
P:3.2 The price is not subject to revision.
H:Art. 4 (Payment)
P:4.1 An advance of 10% of the contract price (CNY 106,500) is paid within 20 days after signature, against a bank guarantee for the same amount valid until the Installation Certificate.
P:4.2 55% of the contract price (CNY 585,750) is paid within 20 days after the Installation Certificate. The Installation Certificate records only that the equipment has been installed and is not an acceptance.
P:4.3 The balance of 35% (CNY 372,750) is paid within 20 days after Final Acceptance.
H:Art. 5 (Delivery and installation)
P:5.1 The equipment shall be delivered to the Buyer's store in Jiantiao within 70 days after signature. Installation on the flats shall be carried out at spring low tides, in accordance with a tide schedule agreed with the Buyer's farm manager, and shall be completed within 100 days after signature.
P:5.2 The Contractor shall take care not to damage the clam beds; any damage caused to stock during installation shall be compensated at the Buyer's documented loss.
P:5.3 When all equipment has been installed and transmits data, the parties sign an Installation Certificate.
H:Art. 6 (Acceptance)
P:6.1 Final Acceptance follows a trial period of 30 days covering at least two spring-neap cycles, during which the following criteria shall be met: (a) deviation from laboratory analysis of sediment samples taken at ten points no greater than 0.3 mg/L for dissolved oxygen, 0.5 psu for salinity and 0.2 degrees Celsius for temperature; (b) data completeness of at least 98% for every probe over the trial period; (c) alarms delivered within two minutes after a threshold is crossed; (d) no probe or gateway lost or displaced by tides; (e) delivery of the as-installed drawings, calibration certificates and user manuals in Chinese.
P:6.2 If the criteria are met, the Buyer signs the Final Acceptance report within ten days. If not, the Contractor shall remedy the defects within 15 days and a new trial period of 15 days follows.
P:6.3 Neither the Installation Certificate, nor the use of the data by the Buyer, nor any payment constitutes acceptance.
H:Art. 7 (Delay penalties)
P:7.1 If the Installation Certificate or Final Acceptance is delayed beyond the dates in Art. 5.1 and Art. 6 for reasons attributable to the Contractor, the Contractor pays delay penalties of 0.1% of the contract price for each calendar day of delay, capped at 10% of the contract price. The penalties are deducted from the payments due.
H:Art. 8 (Warranty)
P:8.1 The warranty period is 24 months from Final Acceptance. During it the Contractor repairs or replaces free of charge any equipment that fails or drifts out of the accuracy stated in Art. 6.1, including probes lost in storms unless the Buyer was at fault, and provides software updates free of charge.
P:8.2 During the warranty period the Contractor cleans and recalibrates every probe once each quarter, with extra cleaning in the summer biofouling season.
H:Art. 9 (Service levels)
P:9.1 Critical faults (the monitoring platform is unavailable, alarms are not sent, or more than a quarter of the probes send no data): response within one hour at any time, and restoration within 48 hours or, where work on the flats is needed, at the next workable low tide. Major faults (single probes or gateways): response within one business day and repair at the next workable low tide. Other faults: repair at the next quarterly visit.
P:9.2 The monitoring platform hosted on the Buyer's cloud account shall achieve a monthly availability of 99.95%, planned maintenance excluded.
P:9.3 For each hour by which a critical-fault response is late the Contractor pays CNY 800, and for each 0.01 percentage point of monthly availability below the commitment it pays CNY 1,000. These amounts are deducted from the payments due or claimed from the Contractor.
H:Art. 10 (Maintenance after warranty)
P:10.1 At the end of the warranty period the Buyer may entrust the maintenance of the system to the Contractor under a separate maintenance order on the terms of Art. 8 and Art. 9. The annual maintenance fee is 9.5% of the equipment and licence subtotal, that is CNY 91,542 per year, fixed for three years.
P:10.2 Maintenance orders are placed year by year by the Buyer and are not renewed automatically.
H:Art. 11 (Data and security)
P:11.1 All monitoring data, alarm records and farm information belong to the Buyer. The Contractor may use them only to perform this contract and shall not keep, publish or reuse them, in anonymised form or otherwise.
P:11.2 The data are stored on the Buyer's cloud account in mainland China. The gateways transmit encrypted data; the Contractor's staff access the platform with personal accounts, two-factor authentication and logged sessions approved by the Buyer, and shall not export data outside the People's Republic of China.
P:11.3 The Contractor shall inform the Buyer within two hours of any security incident or data leak, take all corrective measures and bear all losses resulting from incidents for which it is responsible.
H:Art. 12 (Intellectual property)
P:12.1 The firmware of the instruments and the monitoring software remain the property of the Contractor, which grants the Buyer a perpetual licence to use them with the system.
P:12.2 The calibration models, alarm thresholds, dashboards, reports and interface code prepared for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely. Source code of the interface code is delivered before Final Acceptance.
H:Art. 13 (Confidentiality)
P:13.1 Each party keeps confidential the information received from the other party in performing the contract, in particular the Buyer's farm layout, stocking densities, yields and prices, and does not disclose it to third parties without prior written consent, for five years after the end of the contract.
H:Art. 14 (Liability)
P:14.1 The total liability of the Contractor under the contract is limited to 200% of the contract price, except for personal injury, wilful misconduct, gross negligence and breach of Art. 11, for which liability is not limited.
H:Art. 15 (Subcontracting)
P:15.1 The Contractor shall not subcontract any part of the work, including boat transport and installation work on the flats, without the Buyer's prior written consent. It remains fully responsible for any approved subcontractor.
H:Art. 16 (Termination)
P:16.1 If the Contractor fails to perform a material obligation and does not remedy the failure within 15 days after a formal notice, the Buyer may terminate the contract by registered letter, without prejudice to its claims for damages.
P:16.2 The Buyer may also terminate the contract if the delay penalties reach their cap.
H:Art. 17 (Force majeure)
P:17.1 Typhoons, storm surges and official closures of the flats are force majeure to the extent they prevent performance. The party affected informs the other without delay, and the dates are extended accordingly.
H:Art. 18 (Governing law and disputes)
P:18.1 The contract is governed by the law of the People's Republic of China.
P:18.2 The parties shall seek an amicable settlement for 30 days. Failing this, the dispute is submitted to the Taizhou Arbitration Commission for arbitration in Taizhou.
P:Done at Sanmen, in two originals in English, each party keeping one.
P:For the Buyer: ____________________    For the Contractor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h178e04 — Nanning cross-border e-commerce: managed IT + desktop support; provider on Handa, Scottish style
# (.md, "N. HEADING" + N.N). Risky: Customer Data clause without any security duty; no termination for breach.
# ---------------------------------------------------------------------------------------------------------------
H178E04 = """# MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

**between**

**HANDA ISLE MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts in Scotland (registered number SC712436) and having its registered office at Bothy House, Isle of Handa, Scourie, Lairg, Sutherland IV27 4SA, Scotland ("the Provider")

**and**

**NANNING LIANYUE CROSS-BORDER E-COMMERCE CO., LTD.**, a company established in the People's Republic of China and having its registered office at Room 1206, Block B, Wuxiang Headquarters Base, China (Guangxi) Pilot Free Trade Zone Nanning Area, Nanning, Guangxi ("the Customer")

**CONSIDERING THAT** the Customer sells consumer goods to buyers in South-East Asia through online marketplaces, operates an office and a bonded warehouse in Nanning, and wishes to outsource the management of its IT environment and the support of its users to the Provider; and that the parties wish all charges to be stated and paid in Renminbi (CNY);

**NOW THEREFORE the parties have agreed and do hereby agree as follows:**

## 1. DEFINITIONS

1.1 In this Agreement: "Charges" means the charges set out in Clause 6; "Customer Data" means all data of the Customer and of its customers held in or passing through the systems managed by the Provider; "Minimum Term" means the period of 24 months from the Service Commencement Date; "Service Commencement Date" means the date stated in the Transition Acceptance Certificate; "Service Credits" means the amounts set out in Clause 5.3; and "Sites" means the Customer's office and its bonded warehouse in Nanning.

1.2 Clause headings do not affect interpretation. Words in the singular include the plural and vice versa.

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement takes effect on the date of the last signature. The Services begin on the Service Commencement Date and continue for the Minimum Term.

2.2 This Agreement expires at the end of the Minimum Term and shall not be renewed automatically. Any extension requires a written agreement signed by both parties.

## 3. THE SERVICES

3.1 The Provider shall provide the following services (the "Services") for up to 140 users at the Sites:

(a) a service desk in Chinese and English, by telephone, e-mail and chat, from 08:00 to 20:00 Monday to Saturday, extended to 24 hours a day during the promotion periods notified by the Customer (including the November and December sales seasons);

(b) desktop support for laptops, desktops, printers and mobile devices, remotely and on site at the Sites;

(c) management of the local network, wireless network, firewalls and internet links at both Sites, and of the Customer's cloud office suite and user accounts;

(d) monitoring of the Customer's backups of its order management and warehouse systems, and deployment of software patches approved by the Customer;

(e) support of the warehouse scanners, label printers and packing-station computers;

(f) asset management, joiners and leavers, and monthly service reporting.

3.2 The Provider shall keep at least one engineer on site in Nanning during service desk hours.

3.3 The Provider shall attend a monthly service review with the Customer's contract manager, at which it presents its service report, open incidents, planned changes and improvement actions. Changes to the managed systems shall be made only in the maintenance windows agreed with the Customer and never during a notified promotion period.

## 4. TRANSITION AND ACCEPTANCE

4.1 Within 30 days after signature, the Provider shall take over the IT environment from the Customer's current supplier, complete an inventory of all assets and accounts, document the environment in runbooks, set up its monitoring and run the Services in parallel with the Customer's current supplier for ten business days.

4.2 Transition Acceptance requires: (a) an asset inventory reconciled with the Customer's records; (b) runbooks for every managed system approved by the Customer; (c) monitoring live for all network devices and backup jobs; (d) a successful test restore of the order management database; and (e) during the parallel run, every ticket handled within the service levels in Clause 5. When these criteria are met, the Customer signs a Transition Acceptance Certificate, which states the Service Commencement Date.

4.3 If the Service Commencement Date falls later than 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the following service levels:

| Priority | Definition | Response | On site | Resolution target |
|---|---|---|---|---|
| P1 | Outage at a Site, or order, warehouse or e-mail systems unavailable to all users | 30 minutes | 2 hours | 6 hours |
| P2 | A group of users or an important device affected | 1 hour | 8 business hours | 1 business day |
| P3 | A single user affected | 2 business hours | next business day | 3 business days |
| P4 | Requests and questions | 1 business day | as agreed | 5 business days |

5.2 The Provider shall report its performance against the service levels every month.

5.3 For each P1 incident where the response or on-site time is missed, the Provider shall give a Service Credit of 5% of the monthly Charges; for each month in which fewer than 90% of P2 and P3 tickets meet their response times, a further Service Credit of 3% of the monthly Charges. Service Credits in any month shall not exceed 20% of the monthly Charges and are deducted from the next invoice.

## 6. CHARGES AND PAYMENT

6.1 The Charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Service desk and desktop support | 140 users x 420 per month | 58,800 per month |
| Network and infrastructure management | two Sites | 9,600 per month |
| Warehouse device support | fixed | 5,000 per month |
| Monthly Charges | | 73,400 per month |
| Monthly Charges over the Minimum Term | 24 months | 1,761,600 |
| Transition (one-time) | fixed | 56,000 |
| Total Contract Value | | 1,817,600 |

6.2 The Transition charge is invoiced on signature of the Transition Acceptance Certificate. The monthly Charges are invoiced monthly in arrears. No payment is due in advance. Invoices are payable within 30 days of receipt.

6.3 The Charges are fixed for the Minimum Term. Additional users are charged at CNY 420 per user per month.

## 7. CUSTOMER OBLIGATIONS

7.1 The Customer shall give the Provider access to the Sites, the systems and the information it reasonably needs, shall appoint a contract manager, and shall keep the software licences for its own systems valid.

7.2 The Customer shall notify the Provider of its promotion calendar at least 30 days in advance, so that the Provider can plan extended service desk hours and additional on-site staff.

## 8. CUSTOMER DATA

8.1 All Customer Data shall remain the property of the Customer.

8.2 The Provider shall use Customer Data only for the purpose of providing the Services and shall return it to the Customer on request at the end of this Agreement.

## 9. CONFIDENTIALITY

9.1 Each party shall keep confidential all information concerning the business of the other party which comes to its knowledge under this Agreement, including the Customer's suppliers, marketplace accounts, sales figures and prices, and shall not disclose it to any third party without the other party's prior written consent, during this Agreement and for three years after its termination.

9.2 Clause 9.1 does not apply to information which is public, which the recipient already lawfully held, or which must be disclosed by law.

## 10. INTELLECTUAL PROPERTY

10.1 The runbooks, scripts, configurations, network diagrams and reports prepared by the Provider for the Customer belong to the Customer, which may use, modify and pass them to any successor supplier freely.

10.2 The Provider's own tools and monitoring software remain the Provider's property.

## 11. SUBCONTRACTING

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and shall remain responsible for the acts and omissions of any approved subcontractor.

## 12. LIABILITY

12.1 The total liability of the Provider under or in connection with this Agreement shall not exceed 150% of the Total Contract Value.

12.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence or for fraud.

## 13. TERMINATION

13.1 The Provider may terminate this Agreement on 30 days' written notice if the Customer fails to pay any undisputed Charges within 60 days of their due date.

13.2 The Customer may not terminate this Agreement before the expiry of the Minimum Term. The Customer's remedies for any failure by the Provider to perform the Services shall be the Service Credits under Clause 5 and damages under Clause 12, and no breach by the Provider, however material, shall entitle the Customer to rescind or terminate this Agreement.

## 14. EXIT

14.1 On expiry or termination, the Provider shall for up to 30 days cooperate with the Customer and any successor supplier, hand over all passwords, runbooks and documentation, and return all Customer Data.

## 15. GOVERNING LAW AND DISPUTES

15.1 At the Customer's request, this Agreement shall be governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning, whose award shall be final and binding on both parties.

## 16. GENERAL

16.1 This Agreement constitutes the whole agreement between the parties on its subject matter. No variation shall be effective unless made in writing and signed by both parties.

16.2 Neither party may assign this Agreement without the prior written consent of the other party.

16.3 Notices shall be given in writing to the addresses stated above.

**IN WITNESS WHEREOF** these presents are executed as follows:

For the Provider, at Scourie on ____________ 2025, by its Director: ____________________

For the Customer, at Nanning on ____________ 2025, by its Legal Representative: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h178e05 — Guangxi star-anise exporter: phytosanitary-certificate API subscription + integration; vendor on the
# Isola Santa Maria, Italian style (.txt, "Article N - title" + N.N). Risky: integration deliverables owned by the
# vendor; year-1 fee + half the integration fee due before the Service Start Date.
# ---------------------------------------------------------------------------------------------------------------
H178E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
FITOCERT PHYTOSANITARY API

between

FITOCERT DIGITALE S.R.L., with registered office at Localita Isola Santa Maria, 07024 La Maddalena (SS), Italy, VAT number IT02914760904, registered with the Companies Register of Sassari, in the person of its sole director, Ms Giulia Deriu (hereinafter "Fitocert" or the "Vendor")

and

GUANGXI JINBAJIAO AGRICULTURAL PRODUCTS IMPORT & EXPORT CO., LTD., with registered office at No. 18 Xingfu Road, Gangkou District, Fangchenggang, Guangxi Zhuang Autonomous Region, People's Republic of China, in the person of its legal representative, Mr Huang Wenjie (hereinafter the "Customer")

(each a "Party" and together the "Parties")

WHEREAS

a) the Customer exports star anise, whole, broken and ground, to buyers in the European Union, India, Vietnam and the Middle East, and for each shipment must obtain a phytosanitary certificate from the competent customs authority of the People's Republic of China;

b) Fitocert operates an application programming interface (the "Phytocert API") which provides the plant-health import requirements of the importing countries, pre-validates the data of a certificate application against those requirements, and tracks the status of electronic phytosanitary certificates exchanged through the ePhyto Hub of the International Plant Protection Convention;

c) the Customer wishes to subscribe to the Phytocert API and to have it integrated with its own systems, and has asked that all amounts be stated and paid in Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Article 1 - Premises and Annexes
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 The annexes are: Annex 1 (Service Description), Annex 2 (Integration Specification and Acceptance Tests), Annex 3 (Hosting Provider).

Article 2 - Definitions
2.1 In this Agreement: "Customer Data" means all data submitted by the Customer to the Phytocert API or made available to Fitocert, including shipment, lot, treatment and consignee data; "Integration Deliverables" means the connectors, data mappings, scripts and configurations developed under Article 7; "Service Start Date" means the date on which Fitocert makes the production access credentials available to the Customer; "Subscription Year" means each successive annual period starting on the Service Start Date or on its anniversary.

Article 3 - Subject Matter
3.1 Fitocert grants the Customer access to the Phytocert API for the Subscription Term, up to 20,000 API calls per Subscription Year, for use in the Customer's own export business.
3.2 Fitocert develops and installs the Integration Deliverables, which connect the Phytocert API with the Customer's ERP system and with the software the Customer uses to prepare customs declarations and certificate applications, and maps the Customer's product master data (star anise whole, broken and ground, HS code 0909.61) and its fumigation and treatment records.

Article 4 - Term
4.1 The subscription runs for three Subscription Years from the Service Start Date (the "Subscription Term").
4.2 The Agreement does not renew tacitly. Any renewal requires a written agreement of the Parties.

Article 5 - Fees
5.1 The Customer shall pay the following fees, inclusive of all taxes:
- Subscription fee: CNY 186,000 per Subscription Year, for three Subscription Years, CNY 558,000 in total;
- Integration fee: CNY 124,000, one-time;
- Total Contract Value: CNY 682,000.
5.2 API calls beyond the annual volume in Article 3.1 are charged at CNY 6 per call and invoiced at the end of each Subscription Year.
5.3 The fees are fixed for the Subscription Term.

Article 6 - Invoicing and Payment
6.1 On signature of this Agreement Fitocert invoices 50% of the Integration fee (CNY 62,000) and the subscription fee for the first Subscription Year (CNY 186,000), in the total amount of CNY 248,000. This invoice is payable within 15 days and in any case before the Service Start Date; Fitocert is not required to begin the integration work or to issue access credentials before it has been paid.
6.2 The remaining 50% of the Integration fee (CNY 62,000) is invoiced after the Integration Acceptance certificate under Article 7.3 has been signed.
6.3 The subscription fee for the second and third Subscription Years is invoiced 30 days before the start of each of them and is payable by the start of the Subscription Year concerned.
6.4 Payments are made by bank transfer to the account indicated in the invoice.

Article 7 - Integration Services and Acceptance
7.1 Fitocert shall complete the Integration Deliverables and make them available for acceptance tests within 75 days after signature (the "Milestone Date").
7.2 The acceptance tests described in Annex 2 shall show that: (a) for 30 test shipments to five importing countries, the pre-validation results match the checks made manually by the Customer's certification staff; (b) data flow from the ERP system to the certificate application without manual re-entry; (c) status changes of certificates reach the Customer's systems within five minutes; (d) rejected submissions return readable error messages in Chinese.
7.3 When the tests have been passed, the Parties sign an Integration Acceptance certificate. Use of the Phytocert API in production before that certificate does not constitute acceptance.
7.4 If the tests fail, Fitocert shall correct the defects within ten days and repeat the tests.

Article 8 - Delay
8.1 If the Integration Deliverables are not available for the acceptance tests by the Milestone Date for reasons attributable to Fitocert, Fitocert shall pay a penalty of CNY 600 for each day of delay, up to 10% of the Integration fee, without prejudice to compensation for further damage.

Article 9 - Service Levels
9.1 Fitocert guarantees a monthly availability of the production API of 99.95%, excluding maintenance announced at least three days in advance and performed on Sundays between 00:00 and 06:00 Beijing time.
9.2 Incidents are classified as follows: Priority 1 (the API is unavailable or returns errors for all requests): response within one hour, 24 hours a day; Priority 2 (a function is degraded): response within one business day; Priority 3: response within three business days.
9.3 If monthly availability falls below the guaranteed level, Fitocert shall credit the Customer 5% of one twelfth of the annual subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that amount; each late Priority 1 response gives rise to a further credit of CNY 500. Credits are set off against the next invoice.

Article 10 - Customer Data and Security
10.1 Customer Data belongs to the Customer. Fitocert processes it only to provide the services under this Agreement and shall not use it for any other purpose, including in anonymised or aggregated form.
10.2 Customer Data is stored and processed in Fitocert's instance in Shanghai, operated by the hosting provider named in Annex 3, and is not transferred outside the People's Republic of China. Fitocert's staff in Italy access the instance only through encrypted connections with two-factor authentication; every access is logged and the logs are kept for 180 days.
10.3 Fitocert encrypts Customer Data in transit and at rest, restricts access to the staff who need it, and has the instance tested for vulnerabilities at least once in each Subscription Year. The instance is filed at level 3 of the Multi-Level Protection Scheme.
10.4 Fitocert shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all necessary measures to contain it, cooperate with the Customer and the authorities, and compensate the Customer for all damage resulting from incidents attributable to Fitocert; the limitation in Article 14 does not apply to such damage.
10.5 At the end of the Subscription Term Fitocert shall return the Customer Data in a common format within 30 days and then delete it.

Article 11 - Intellectual Property
11.1 The Phytocert API, its software, the requirement database and all improvements to them are and remain the exclusive property of Fitocert.
11.2 All rights in the Integration Deliverables, including their source code, belong exclusively to Fitocert, also where they have been developed specifically for the Customer. The Customer receives a non-exclusive, non-transferable licence to use the Integration Deliverables during the Subscription Term, for its own export business only, and may not modify them or have them modified by third parties.

Article 12 - Confidentiality
12.1 Each Party shall keep strictly confidential the information of the other Party received in the performance of this Agreement, including the Customer's buyers, volumes, prices and shipping schedules, and shall not disclose it to third parties without the other Party's prior written consent, for the duration of this Agreement and for five years after its end.

Article 13 - Sub-processors and Subcontracting
13.1 Apart from the hosting provider named in Annex 3, which the Customer approves by signing this Agreement, Fitocert shall not engage any sub-processor or subcontractor without the Customer's prior written consent. Fitocert remains responsible for the work of any approved sub-processor or subcontractor.

Article 14 - Liability
14.1 Except in cases of wilful misconduct or gross negligence, and except as provided in Article 10.4, the total liability of each Party under this Agreement shall not exceed 150% of the Total Contract Value.

Article 15 - Termination
15.1 Each Party may terminate this Agreement by written notice if the other Party fails to perform a material obligation and does not remedy the failure within 30 days after receiving a written notice to perform.
15.2 The Customer may also terminate this Agreement with immediate effect if monthly availability falls below 99.0% in two consecutive months or if the delay penalty under Article 8 reaches its maximum. In case of termination by the Customer under this Article, Fitocert refunds the subscription fees paid for the period after termination.

Article 16 - Governing Law and Disputes
16.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shanghai Arbitration Commission for arbitration in Shanghai, in Chinese and English.

Article 17 - Final Provisions
17.1 This Agreement, with its annexes, contains the entire agreement of the Parties and supersedes any prior offer or correspondence. Amendments are valid only in writing.
17.2 Pursuant to the practice of the Vendor, the Customer declares that it has read and specifically approves Articles 6 (Invoicing and Payment), 11 (Intellectual Property) and 14 (Liability).

La Maddalena / Fangchenggang, ____________ 2025

For Fitocert Digitale S.r.l.: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, source)
    "h178z01": ("h178z01_drainage_office_waterlogging_monitoring_integration.docx", "docx", H178Z01),
    "h178z02": ("h178z02_glass_bottle_preform_inspection_machines.pdf", "pdf", H178Z02),
    "h178z03": ("h178z03_florist_chain_pos_delivery_saas.md", "md", H178Z03),
    "h178z04": ("h178z04_county_transport_rural_road_platform_om.txt", "txt", H178Z04),
    "h178z05": ("h178z05_beef_jerky_mes_supplier_template.md", "md", H178Z05),
    "h178e01": ("h178e01_porcelain_3d_sculpting_licence_irish_vendor.docx", "docx", H178E01),
    "h178e02": ("h178e02_tour_operator_booking_saas_german_vendor.txt", "txt", H178E02),
    "h178e03": ("h178e03_razor_clam_sediment_sensors_french_integrator.pdf", "pdf", H178E03),
    "h178e04": ("h178e04_cross_border_ecommerce_managed_it_scottish_provider.md", "md", H178E04),
    "h178e05": ("h178e05_star_anise_phytosanitary_api_italian_vendor.txt", "txt", H178E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}

# ---------------------------------------------------------------------------------------------------------------
# Price and payment sums (asserted), and the numbers the labels use
# ---------------------------------------------------------------------------------------------------------------
# z01
Z01_HW = [120 * 9_800, 80 * 12_600, 12 * 18_500, 40 * 7_350, 468_000]
assert Z01_HW == [1_176_000, 1_008_000, 222_000, 294_000, 468_000]
Z01_SUB = sum(Z01_HW)
assert Z01_SUB == 3_168_000
Z01_V = Z01_SUB + 386_000 + 312_500 + 23_500
assert Z01_V == 3_890_000
assert [Z01_V * p // 100 for p in (20, 45, 35)] == [778_000, 1_750_500, 1_361_500] and 20 + 45 + 35 == 100
Z01_FEE = Z01_SUB * 8 // 100
assert Z01_FEE == 253_440
# z02
Z02_ITEMS = [4 * 468_000, 2 * 356_000, 6 * 28_500, 86_000]
assert Z02_ITEMS == [1_872_000, 712_000, 171_000, 86_000]
Z02_SUB = sum(Z02_ITEMS)
assert Z02_SUB == 2_841_000
Z02_V = Z02_SUB + 118_000 + 21_000
assert Z02_V == 2_980_000
assert [Z02_V * p // 100 for p in (10, 60, 25, 5)] == [298_000, 1_788_000, 745_000, 149_000] and 10 + 60 + 25 + 5 == 100
Z02_FEE = Z02_SUB * 18 // 100
assert Z02_FEE == 511_380
# z03
Z03_YEAR = 86 * 2_880 + 68_000 + 42_000
assert 86 * 2_880 == 247_680 and Z03_YEAR == 357_680
Z03_V = 3 * Z03_YEAR + 96_000
assert 3 * Z03_YEAR == 1_073_040 and Z03_V == 1_169_040 and Z03_YEAR / 4 == 89_420
# z04
Z04_V = 168_000 + 62_000 + 94_000 + 156_000 + 38_000
assert Z04_V == 518_000 and Z04_V // 2 == 259_000
# z05
Z05_LIC = 560_000
Z05_V = Z05_LIC + 328_000 + 92_000
assert Z05_V == 980_000
assert [Z05_V * p // 100 for p in (45, 35, 20)] == [441_000, 343_000, 196_000] and 45 + 35 + 20 == 100
Z05_FEE = Z05_LIC * 32 // 100
assert Z05_FEE == 179_200
# e01
E01_LIC = 24 * 18_600 + 6 * 22_500
assert 24 * 18_600 == 446_400 and 6 * 22_500 == 135_000 and E01_LIC == 581_400
E01_V = E01_LIC + 168_000 + 24_600 + 36_000
assert E01_V == 810_000
assert [E01_V * p // 100 for p in (20, 45, 35)] == [162_000, 364_500, 283_500]
E01_FEE = E01_LIC * 11 / 100
assert E01_FEE == 63_954
# e02
E02_M = 9_800 + 40 * 260 + 3_400
assert 40 * 260 == 10_400 and E02_M == 23_600
E02_V = 24 * E02_M + 48_000
assert 24 * E02_M == 566_400 and E02_V == 614_400
# e03
E03_ITEMS = [64 * 7_850, 8 * 26_400, 4 * 38_500, 96_000]
assert E03_ITEMS == [502_400, 211_200, 154_000, 96_000]
E03_SUB = sum(E03_ITEMS)
assert E03_SUB == 963_600
E03_V = E03_SUB + 87_400 + 14_000
assert E03_V == 1_065_000
assert [E03_V * p // 100 for p in (10, 55, 35)] == [106_500, 585_750, 372_750]
E03_FEE = E03_SUB * 95 // 1000
assert E03_FEE == 91_542
# e04
E04_M = 140 * 420 + 9_600 + 5_000
assert 140 * 420 == 58_800 and E04_M == 73_400
E04_V = 24 * E04_M + 56_000
assert 24 * E04_M == 1_761_600 and E04_V == 1_817_600
# e05
E05_V = 3 * 186_000 + 124_000
assert 3 * 186_000 == 558_000 and E05_V == 682_000
E05_FIRST = 124_000 // 2 + 186_000
assert E05_FIRST == 248_000 and E05_V - E05_FIRST == 62_000 + 2 * 186_000


def tco(value, warranty_months, fee, horizon=5):
    """Policy section 4: purchase + implementation (= the contract value) + post-warranty fees for every year of the
    horizon after the warranty ends (partial year pro rata); returns (tco, share of post-warranty fees in %)."""
    years = max(0.0, horizon - warranty_months / 12)
    fees = fee * years
    return value + fees, fees / (value + fees) * 100


TCO = {
    "h178z01": tco(Z01_V, 36, Z01_FEE),
    "h178z02": tco(Z02_V, 24, Z02_FEE),
    "h178z05": tco(Z05_V, 6, Z05_FEE),
    "h178e01": tco(E01_V, 18, E01_FEE),
    "h178e03": tco(E03_V, 24, E03_FEE),
}

# ---------------------------------------------------------------------------------------------------------------
# Labels (buyer's view; conventions of holdout18/19 with their post-run corrections)
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# key: (language, category, terms, extra, forum in mainland China, planned rules)
PLAN = {
    "h178z01": ("zh", "hardware",
                dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                     liability_cap_pct=None, prepayment_pct=20, final_payment_on_acceptance=True,
                     warranty_months=36, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=Z01_V),
                True, []),
    "h178z02": ("zh", "hardware",
                dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.02,
                     liability_cap_pct=None, prepayment_pct=10, final_payment_on_acceptance=True,
                     warranty_months=24, post_warranty_fee_pct=18, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=Z02_V),
                True, ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"]),
    "h178z03": ("zh", "cloud",
                dict(OK, availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
                     ld_rate_per_day_pct=800 / Z03_V * 100, liability_cap_pct=150, prepayment_pct=None,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     auto_renewal_price_increase=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z03_V),
                True, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h178z04": ("zh", "services",
                dict(OK, availability_pct=None, p1_response_hours=6, ld_rate_per_day_pct=0.1,
                     liability_cap_pct=200, prepayment_pct=None, final_payment_on_acceptance=None,
                     warranty_months=None, post_warranty_fee_pct=None, subcontract_without_consent=True,
                     contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z04_V),
                True, ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h178z05": ("zh", "software",
                dict(OK, availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                     buyer_owns_data=False, ld_rate_per_day_pct=0.02, liability_cap_pct=25, prepayment_pct=45,
                     acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                     post_warranty_fee_pct=32, subcontract_without_consent=None, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=Z05_V),
                True, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                       "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h178e01": ("en", "software",
                dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=1_200 / E01_V * 100,
                     liability_cap_pct=150, prepayment_pct=20, final_payment_on_acceptance=True,
                     warranty_months=18, post_warranty_fee_pct=11, governing_law="Ireland",
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=E01_V),
                False, ["CR-GOVERNING-LAW"]),
    "h178e02": ("en", "cloud",
                dict(OK, availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False,
                     ld_rate_per_day_pct=500 / E02_V * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     subcontract_without_consent=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E02_V),
                True, ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "h178e03": ("en", "hardware",
                dict(OK, availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=0.1,
                     liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True,
                     warranty_months=24, post_warranty_fee_pct=9.5, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=E03_V),
                True, []),
    "h178e04": ("en", "services",
                dict(OK, availability_pct=None, p1_response_hours=0.5, data_security_clause=False,
                     ld_rate_per_day_pct=1_500 / E04_V * 100, liability_cap_pct=150, prepayment_pct=None,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     termination_for_breach=False, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E04_V),
                True, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h178e05": ("en", "cloud",
                dict(OK, availability_pct=99.95, p1_response_hours=1, ip_owner="supplier",
                     ld_rate_per_day_pct=600 / E05_V * 100, liability_cap_pct=150,
                     prepayment_pct=E05_FIRST / E05_V * 100, final_payment_on_acceptance=None,
                     warranty_months=None, post_warranty_fee_pct=None, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E05_V),
                True, ["CR-IP-OWNERSHIP", "CR-PREPAYMENT"]),
}


def apply_policy(key, t, x, forum_mainland):
    """policy.md section 3 re-applied to a label's terms (with "Where rules apply, and how clauses are read")."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and TCO[key][1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not forum_mainland:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


THRESHOLD_VALUES = {"prepayment_pct": 30, "p1_response_hours": 4, "availability_pct": 99.9,
                    "ld_rate_per_day_pct": 0.05, "post_warranty_fee_pct": 15, "liability_cap_pct": 100,
                    "warranty_months": 12}


def write_labels():
    for key, (lang, cat, terms, extra, forum_mainland, planned) in PLAN.items():
        name, fmt, _ = FILES[key]
        assert set(terms) == set(TERM_KEYS), key
        t = {k: terms[k] for k in TERM_KEYS}
        x_keys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if t["contract_kind"] ==
                                                "goods_or_licence" else []) + ["acceptance_deemed_on_delivery",
                                                                               "contract_value"]
        assert set(extra) == set(x_keys), key
        x = {k: extra[k] for k in x_keys}
        rules = apply_policy(key, t, x, forum_mainland)
        assert rules == sorted(planned), (key, rules, planned)
        for k, v in THRESHOLD_VALUES.items():
            assert t[k] is None or t[k] != v, (key, k)
        if key in TCO:
            assert TCO[key][1] != 40, key
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        print("wrote", Path(name).stem + ".json", rules)


if __name__ == "__main__":
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    write_labels()
    for key, (total, share) in TCO.items():
        print("TCO", key, total, round(share, 2))
