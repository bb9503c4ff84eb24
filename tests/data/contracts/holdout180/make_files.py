"""holdout180: builds the ten held-out drafts (5 zh, 5 en) and their .json labels, then reads the files back.

Run with /work/main/.venv/bin/python make_files.py. The .docx/.pdf are built with ../word_pdf.py (PDF paragraphs
pre-wrapped at word boundaries, wrap_words=True); the .md/.txt are written as they stand. The labels are computed
here (percentages as Python computes them), every price and payment sum is asserted, the CR rules of policy.md §3
are re-applied to each label's terms, and the read-back texts are measured and scanned for threshold values.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h180z01 — 市烟草专卖局 卷烟零售终端监管系统 (政府采购 公开招标, buyer's paper), .docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H180Z01 = """
T:江阳市卷烟零售终端监管系统建设项目政府采购合同
P:合同编号：JYYC-ZFCG-2025-017
P:采购方式：公开招标（招标编号：JYCG2025-GK-0342）
P:甲方（采购人）：江阳市烟草专卖局
P:乙方（中标供应商）：江阳数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江阳市卷烟零售终端监管系统建设项目（以下简称“本项目”）订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方为甲方建设卷烟零售终端监管系统，负责零售终端数据采集设备、移动执法终端、监管平台软件、数据库及中间件、服务器及存储设备的供货、安装、集成与调试，完成电子地图、案件线索研判模型和行业系统接口的定制开发，并提供系统实施与培训。
P:1.2 系统应实现全市持证卷烟零售户终端的扫码数据采集、异常经营行为预警、移动执法检查记录、案件线索推送和统计分析等功能，具体技术要求以招标文件第五章“采购需求”为准。
P:1.3 乙方派驻的项目经理和技术负责人应与投标文件一致，未经甲方书面同意不得更换。
H:第二条 合同价格
P:2.1 本合同总价为人民币肆佰捌拾玖万元整（¥4,890,000.00），为含税固定总价，包括设备、软件、运输、保险、安装、集成、定制开发、培训、质保期内服务及税费等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|零售终端数据采集设备（扫码采集器）|1,850台|980|1,813,000
TB:2|移动执法终端（含执法记录模块）|120台|5,600|672,000
TB:3|监管平台软件许可（永久）|1套|860,000|860,000
TB:4|数据库及中间件许可（永久）|1套|236,000|236,000
TB:5|服务器及存储设备|1套|426,000|426,000
TB:|软硬件小计|||4,007,000
TB:6|定制开发（电子地图、线索研判模型、行业系统接口）|1项|548,000|548,000
TB:7|系统集成与实施|1项|296,000|296,000
TB:8|培训|1项|39,000|39,000
TB:|合计|||4,890,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币978,000元。
P:3.2 全部设备到货、安装调试完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币2,200,500元。到货签收和初步验收均不代表最终验收。
P:3.3 系统试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币1,711,500元。
P:3.4 乙方每次请款前应向甲方开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后60日内完成全部设备到货和平台部署，90日内完成零售终端的安装上线，120日内具备初步验收条件。
P:4.2 零售终端由乙方按甲方提供的零售户名单逐户上门安装，每户安装完成后由零售户和甲方网格管理员签字确认。安装过程中乙方人员应佩戴工作证，不得向零售户收取任何费用。
H:第五条 验收
P:5.1 初步验收标准：（1）设备品牌、型号、数量与投标文件一致；（2）平台功能逐项符合招标文件技术要求；（3）已安装终端在线率不低于98%，采集数据与行业营销系统销售数据抽样比对一致；（4）通过第三方网络安全测评，无高危漏洞。
P:5.2 初步验收合格后进入60日试运行。试运行期间累计发生一级故障不超过1次且各项性能指标持续达标的，甲方组织最终验收，出具书面验收报告，由双方签字盖章。
P:5.3 设备到货、安装上线、甲方使用系统或支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 全部软硬件的质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供维修、更换、软件升级和技术支持。
P:6.2 质保期满后，甲方可另行委托乙方提供运维服务，年度运维费不超过软硬件小计的8%（即人民币320,560元/年），且在质保期满后的前两年内不上调；续签须另行签订书面合同，不自动续期。
P:6.3 服务水平：监管平台月可用率不低于99.95%；一级故障（平台整体不可用或数据采集中断）30分钟内响应、2小时内到场、6小时内恢复；二级故障2小时内响应、24小时内解决。
P:6.4 乙方未达到6.3约定的，每超时1小时扣减人民币1,000元；月可用率每低于约定值0.01个百分点，扣减人民币2,000元。扣减金额从应付款项或履约保证金中扣除。
H:第七条 知识产权
P:7.1 本项目定制开发的电子地图图层、线索研判模型、接口程序及其源代码和技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交。甲方有权自行或委托第三方使用、修改。
P:7.2 监管平台软件及数据库、中间件的既有知识产权归其权利人所有，乙方保证甲方获得永久使用许可，且不侵犯任何第三方的合法权利。
H:第八条 数据安全
P:8.1 系统采集和产生的零售户信息、经营数据、执法记录等全部数据归甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求建设系统，采取访问控制、加密存储和操作审计等措施；远程维护须经甲方审批，并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、执法信息和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期上线或逾期具备验收条件的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不得分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约且经甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份、乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江阳市烟草专卖局　　　　乙方（盖章）：江阳数联信息技术有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h180z02 — 钢丝绳厂 在线探伤仪 supply + post-warranty maintenance, .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H180Z02 = """
T:钢丝绳在线探伤仪采购及维保合同
P:合同编号：JNJX-CG-2025-0611
P:甲方（买方）：江南精线钢丝绳股份有限公司
P:乙方（卖方）：洛川磁测科技有限公司
P:甲方因捻股及合绳生产线和出厂检验的质量检测需要，向乙方采购钢丝绳在线探伤仪，并委托乙方提供质保期满后的维保服务。双方经友好协商，订立本合同，共同遵守。
H:一、标的与价格
P:（一）乙方向甲方提供以下设备及软件，并负责安装、调试、标定和培训：
P:1. 在线探伤主机（含Φ20–60mm传感器头、励磁单元、信号处理单元）6台，单价168,000元，金额1,008,000元；
P:2. 大规格传感器头（Φ60–120mm，用于出厂检验线）2套，单价96,000元，金额192,000元；
P:3. 数据采集与分析软件单机许可6套，单价18,000元，金额108,000元。
P:以上设备及软件小计1,308,000元。
P:4. 安装调试与标定（含标准样绳制作）86,000元；
P:5. 操作及维护培训14,000元。
P:（二）合同总价为人民币壹佰肆拾万零捌仟元整（¥1,408,000），含增值税及运输、保险、安装、标定等全部费用。
H:二、技术要求
P:（一）探伤仪应能在线检测断丝（LF）和金属截面积损失（LMA），适用线速度0.2–3 m/s，适用钢丝绳直径20–120mm。
P:（二）断丝检出率不低于95%，截面积损失定量误差不超过±2%，检测结果实时显示，并按钢丝绳批号自动生成检测报告。
P:（三）软件应提供与甲方MES系统的数据接口，检测记录和报警信息自动归档。
P:（四）设备应适应甲方车间环境（温度-10℃至45℃、粉尘及油雾环境），防护等级不低于IP54；传感器头应可在不剪断钢丝绳的情况下开合安装。
P:（五）乙方应随设备提供中文操作手册、维护手册、出厂检验报告、计量校准证书及软件安装介质。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即140,800元。
P:（二）设备到货并安装调试完成后15个工作日内，甲方支付合同总价的55%，即774,400元。到货、安装或调试完成均不视为验收。
P:（三）设备验收合格后15个工作日内，甲方支付合同总价的35%，即492,800元。
P:（四）质保期满后的维保费按第七条约定另行按年支付。
H:四、交货与安装
P:（一）乙方应在合同签订后75日内将全部设备运至甲方厂区，并在到货后20日内完成安装调试。
P:（二）安装期间乙方应遵守甲方厂区安全生产管理制度，安装作业须与甲方生产计划协调，不得影响生产线正常运行。
P:（三）设备的所有权自到货签收时转移给甲方，毁损、灭失的风险自验收合格时转移给甲方。
P:（四）乙方应为每条生产线制作标准样绳并提供标定记录，标准样绳归甲方所有，用于日常校验。
H:五、验收
P:（一）安装调试完成后，双方按以下标准共同验收：1. 设备型号、数量、配置与合同一致；2. 使用含人工断丝和截面积损失缺陷的标准样绳，在三种线速度下各检测10次，检出率和定量误差符合第二条要求；3. 设备在生产线上连续运行72小时无故障；4. 与MES系统的数据接口传输正常。
P:（二）验收合格的，双方签署验收报告。验收不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。甲方使用设备或支付款项均不视为验收合格。
P:（三）验收由甲方质量部组织，乙方派技术负责人参加；验收所用标准样绳的缺陷尺寸和位置由甲方事先书面确认。
H:六、质量保证
P:（一）设备整机及软件的质保期为九个月，自验收合格之日起计算。质保期内因设备本身质量问题发生的故障，乙方免费维修或更换。
P:（二）传感器头的耐磨导套和导轮属于易损件，不在免费质保范围内，按乙方报价另行购买。
P:（三）质保期内乙方每季度对设备进行一次巡检和灵敏度复核，并向甲方提交书面巡检报告。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，内容包括：每半年一次现场标定，传感器检查和清洁，软件升级，故障维修（不含易损件）。
P:（二）年度维保费为人民币287,760元/年（为设备及软件小计的22%），在质保期满后五年内固定不变。甲方在每个维保年度开始后30日内支付当年度维保费。乙方每个维保年度结束时应提交年度服务报告，列明标定、巡检、故障处理和备件更换情况。
P:（三）维保期内乙方应在甲方所在地储备主机板卡和传感器线圈等关键备件各一套，保证故障时及时更换。
P:（四）维保期满后的续约由双方另行协商，不自动续期。
H:八、服务水平
P:（一）一级故障（探伤仪停机导致产线无法在线检测）：乙方1小时内远程响应，24小时内到达现场，48小时内修复或提供备机。
P:（二）二级故障（检测精度下降或软件功能异常）：乙方2小时内响应，72小时内解决。
P:（三）乙方未按上述时限到场或修复的，每逾期一日向甲方支付2,000元；一个维保年度内累计逾期超过5次的，甲方可另行扣减当年度维保费的10%。
H:九、数据与保密
P:（一）探伤检测数据、检测报告以及与之相关的生产工艺参数均归甲方所有。乙方仅可为维修和标定目的使用，不得复制、留存、向第三方提供或用于其他目的。
P:（二）乙方远程诊断须事先取得甲方同意，通过甲方指定的远程访问方式进行并记录操作日志；乙方应采取防病毒和访问控制措施，防止数据泄露或被篡改。发生数据泄露的，乙方应在2小时内通知甲方；因乙方原因造成的损失由乙方全额赔偿。
P:（三）双方对履约中知悉的对方商业秘密和技术资料负有保密义务，保密期限至合同终止后三年。
H:十、知识产权
P:（一）探伤仪硬件及分析软件的知识产权归乙方或其权利人所有，甲方获得永久使用许可。
P:（二）乙方为甲方定制的MES数据接口程序、检测报告模板及其源代码归甲方所有，甲方有权自行修改、使用或委托第三方维护。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）设备经两次整改仍不能验收合格的，甲方有权退货，乙方退还全部已付款项并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（四）乙方保证所供设备和软件不侵犯任何第三方的专利、著作权等合法权利；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:十二、分包
P:乙方不得将本合同的主要工作分包。设备运输和吊装如需委托第三方，须事先取得甲方书面同意，乙方对第三方的行为负责。
H:十三、合同解除
P:（一）乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:（二）合同解除后，乙方应退还甲方已支付但尚未履行部分的款项，并配合甲方完成数据导出和设备拆除。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十五、其他
P:（一）本合同附件包括技术协议、设备配置清单和验收大纲，与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。
P:（二）本合同未尽事宜，双方可签订书面补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h180e01 — Jieyang stainless-cookware maker: polishing-cell software perpetual licence + configuration + support;
# vendor on Haulbowline Island (Irish style, "Clause N"), .docx with a Word price table and a severity table
# ---------------------------------------------------------------------------------------------------------------
H180E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:Agreement No. HRS-CN-2025-044
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN:
P:(1) HAULBOWLINE ROBOTICS SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland with registered number 618204, having its registered office at the Naval Yard Road, Haulbowline Island, Cobh, Co. Cork, Ireland (the "Licensor"); and
P:(2) JIEYANG HONGFENG STAINLESS STEEL KITCHENWARE CO., LTD., a company incorporated in the People's Republic of China, having its registered address at Yuhu Industrial Park, Jiedong District, Jieyang, Guangdong Province, China (the "Licensee").
P:RECITALS
P:(A) The Licensee manufactures stainless-steel woks, stockpots and frying pans and operates eight robotic polishing cells at its Jiedong plant.
P:(B) The Licensor has agreed to license its CellPolish software to the Licensee, to configure it and to support it on the terms below.
P:(C) At the Licensee's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Certificate" means the certificate issued under Clause 6.3; "Cells" means the eight robotic polishing cells identified in Schedule 2; "Contract Price" means the total price stated in Clause 4.1; "Deliverables" means the SKU path programs, contact-force recipes, interface code and documentation produced for the Licensee; "Licence Subtotal" means the sum of the licence items in the table in Clause 4.1; "Software" means the CellPolish Runtime, Offline Programming and Recipe Manager software and its updates.
H:Clause 2 Grant of Licence
P:2.1 The Licensor hereby grants to the Licensee a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Cells and on three offline programming workstations at the Licensee's premises in Jieyang for the Licensee's internal manufacturing purposes.
P:2.2 The Licensee may make one backup copy and may move a runtime licence to a replacement cell without charge.
H:Clause 3 Scope of Work
P:3.1 The Licensor shall deliver the Software by secure download and install it on the Cells and the workstations.
P:3.2 The Licensor shall configure the Software for the 46 stock-keeping units (SKUs) listed in Schedule 1, including robot path programs, contact-force recipes and abrasive-change sequences, and shall develop an interface between the Recipe Manager and the Licensee's manufacturing execution system (MES) and ERP system.
P:3.3 The Licensor shall commission the Cells on site and train eight operators and two process engineers in Mandarin.
H:Clause 4 Price and Payment
P:4.1 The Contract Price is CNY 1,738,000, inclusive of VAT, made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|CellPolish Runtime licence (perpetual)|8|118,000|944,000
TB:2|CellPolish Offline Programming seat (perpetual)|3|46,000|138,000
TB:3|CellPolish Recipe Manager server licence (perpetual)|1|96,000|96,000
TB:|Licence Subtotal|||1,178,000
TB:4|Configuration of SKU path programs and recipes|46|7,500|345,000
TB:5|MES / ERP interface development|1|128,000|128,000
TB:6|Commissioning and training in Jieyang|1|87,000|87,000
TB:|Contract Price|||1,738,000
P:4.2 The Contract Price shall be paid as follows: (a) 20% (CNY 347,600) within 30 days after signature of this Agreement, against the Licensor's invoice and an advance-payment bank guarantee for the same amount; (b) 45% (CNY 782,100) within 30 days after the Commissioning Certificate; and (c) 35% (CNY 608,300) within 30 days after the Acceptance Certificate.
P:4.3 Neither the Commissioning Certificate nor the payment under Clause 4.2(b) constitutes acceptance of the Software or of the Deliverables.
P:4.4 The prices are fixed and include travel, accommodation and all taxes and duties payable in Ireland.
H:Clause 5 Delivery, Commissioning and Delay
P:5.1 The Licensor shall complete installation of the Software within 45 days, and commissioning of all Cells within 120 days, after signature of this Agreement (the latter being the "Commissioning Date").
P:5.2 Commissioning is complete when every Cell has polished a sample of each SKU assigned to it without manual correction. The parties shall then sign a Commissioning Certificate.
P:5.3 If commissioning is not completed by the Commissioning Date for reasons not attributable to the Licensee, the Licensor shall pay to the Licensee liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of the Licensee's loss.
H:Clause 6 Acceptance
P:6.1 Following commissioning, the Cells shall run in production for 30 consecutive days (the "Acceptance Run").
P:6.2 The acceptance criteria are: (a) the surface roughness of every SKU is within the Ra values stated in Schedule 1, measured on a sample of 50 pieces per SKU; (b) first-pass yield is at or above the yield agreed for each SKU in Schedule 1; (c) cycle times do not exceed the target times in Schedule 1; (d) recipes download from the MES to every Cell without manual intervention; and (e) no Severity 1 fault occurs during the last ten days of the Acceptance Run.
P:6.3 When the criteria are met, the Licensee shall issue an Acceptance Certificate within seven days. If they are not met, the Licensor shall remedy the failure at its own cost and the Acceptance Run shall be repeated. Use of the Cells in production does not in itself constitute acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that for eighteen (18) months from the date of the Acceptance Certificate (the "Warranty Period") the Software and the Deliverables will perform materially in accordance with their documentation and with Schedule 1.
P:7.2 During the Warranty Period the Licensor shall correct any defect free of charge and shall provide the support described in Clause 8 without charge.
H:Clause 8 Support and Service Levels
P:8.1 After the Warranty Period the Licensor shall provide annual support, comprising the service levels below, updates and new releases of the Software and remote assistance, for an Annual Support Fee of CNY 129,580, being 11% of the Licence Subtotal, payable yearly in arrears.
P:8.2 The Annual Support Fee is fixed for the first three support years. Any later increase shall be agreed in writing and shall not exceed 3% per year. Support is ordered each year by purchase order and does not renew automatically.
P:8.3 Faults are classified and handled as follows:
TB:Severity|Definition|Response|Workaround|Fix
TB:Severity 1|A Cell cannot produce|1 hour|8 hours|3 days
TB:Severity 2|A Cell produces with reduced output or quality|2 hours|2 business days|5 business days
TB:Severity 3|Other faults and questions|1 business day|-|next release
P:8.4 For each hour by which the Licensor exceeds the Severity 1 response or workaround time, it shall credit the Licensee CNY 1,000 against the next payment or Annual Support Fee. For each business day by which a Severity 2 fix is late, it shall credit CNY 500.
H:Clause 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain the property of the Licensor and its licensors.
P:9.2 The Licensor hereby assigns to the Licensee, with effect from their creation, all intellectual property rights in the Deliverables and shall deliver their source code and files on acceptance. The Licensee may use, modify and license the Deliverables freely, including to other integrators.
H:Clause 10 Data Protection and Security
P:10.1 All production data, drawings, recipes and process parameters supplied by or generated for the Licensee ("Licensee Data") belong to the Licensee. The Licensor shall use Licensee Data only to perform this Agreement and shall not copy, retain or disclose it.
P:10.2 Remote access by the Licensor shall be made only through the Licensee's VPN, with a named account approved by the Licensee for each session, and all sessions shall be logged. The Licensor shall keep up-to-date anti-malware controls on every device it uses and shall comply with the Cybersecurity Law and the Data Security Law of the PRC. No Licensee Data shall be transferred outside the PRC.
P:10.3 The Licensor shall notify the Licensee within 24 hours of any actual or suspected security incident affecting Licensee Data, shall take immediate remedial action and shall be liable for all losses caused by an incident attributable to it.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party disclosed in connection with this Agreement, including product designs, yields, prices and know-how, and shall use it only for the purposes of this Agreement. This obligation survives for five years after termination.
H:Clause 12 Limitation of Liability
P:12.1 The total liability of either party under or in connection with this Agreement shall not exceed 150% of the Contract Price.
P:12.2 This limit does not apply to liability for death or personal injury caused by negligence, for fraud, for breach of Clause 10 or Clause 11, or for infringement of third-party rights.
H:Clause 13 Subcontracting
P:13.1 The Licensor shall not subcontract any of its obligations without the prior written consent of the Licensee and remains responsible for the acts and omissions of any approved subcontractor.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within 30 days after written notice requiring it to be remedied.
P:14.2 The Licensee may also terminate this Agreement by written notice if the liquidated damages under Clause 5.3 reach their maximum.
P:14.3 On termination by the Licensee, the Licensor shall refund the amounts paid for undelivered or non-conforming work; paid licences survive.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement. Amendments must be in writing and signed by both parties.
P:Schedule 1: SKU list with Ra values, first-pass yields and target cycle times. Schedule 2: Cells and workstations.
P:SIGNED by ______________ for and on behalf of HAULBOWLINE ROBOTICS SOFTWARE LIMITED
P:SIGNED by ______________ for and on behalf of JIEYANG HONGFENG STAINLESS STEEL KITCHENWARE CO., LTD.
"""

# ---------------------------------------------------------------------------------------------------------------
# h180e03 — Yueqing mussel farm: chlorophyll sensors + maintenance; integrator on the Île de Keller (French), buyer's
# paper, "Art. N (title)", .pdf (wrap_words)
# ---------------------------------------------------------------------------------------------------------------
H180E03 = """
T:Monitoring Buoy Supply and Maintenance Contract
P:Supply, installation and maintenance of water-quality monitoring buoys for the Yueqing Bay mussel farm
P:Contract No. YQOH-2025-EQ-07
P:Between the undersigned:
P:Yueqing Ouhai Mussel Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at Nanyue Town, Yueqing, Zhejiang Province, represented by its legal representative (hereinafter the "Buyer"),
P:and
P:Keller Océan Instrumentation SARL, a société à responsabilité limitée with a share capital of EUR 80,000, whose registered office is at Le Port, Île de Keller, 29242 Ouessant, France, registered with the Trade and Companies Register of Brest, represented by its manager (hereinafter the "Integrator"),
P:hereinafter together the "Parties".
H:Preamble
P:The Buyer farms thick-shell mussels on longlines in Yueqing Bay. In order to forecast food availability for the mussels and to detect harmful algal blooms early, it wishes to measure chlorophyll-a, turbidity and water temperature continuously at fourteen stations across its concessions. Following a consultation, the Buyer selected the Integrator's technical and financial offer of 3 March 2025. This Contract is drawn up on the Buyer's model form. At the Buyer's request all prices are stated and payable in Chinese Yuan (CNY). The Parties have therefore agreed as follows.
H:Art. 1 (Purpose)
P:1.1 The Integrator shall supply, install, calibrate and commission fourteen moored monitoring buoys, a shore gateway with a weather station, and the monitoring software, and shall train the Buyer's staff.
P:1.2 The Integrator shall maintain the system during the warranty period and, if the Buyer so orders, after it, as set out in Art. 7 and Art. 8.
H:Art. 2 (Contract documents)
P:2.1 The Contract consists of, in order of precedence: this Contract; Annex 1 (technical specification and station map); Annex 2 (acceptance test plan); and the Integrator's offer, to the extent that it is consistent with the preceding documents.
H:Art. 3 (Price)
P:3.1 The total Contract Price is CNY 1,210,000, inclusive of VAT, customs duties, transport to Yueqing, installation at sea and all other costs. It is fixed and not subject to revision. The price breaks down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Chlorophyll-a / turbidity / temperature sensor with antifouling wiper|14|38,500|539,000
TB:2|Solar data buoy with mooring and telemetry unit|14|26,800|375,200
TB:3|Shore gateway and weather station|1|48,600|48,600
TB:4|Monitoring software licence (perpetual, 10 users)|1|86,000|86,000
TB:|Equipment and Licence Subtotal|||1,048,800
TB:5|Installation at sea and mooring|1|112,000|112,000
TB:6|Initial calibration against laboratory reference samples|1|36,400|36,400
TB:7|Training|1|12,800|12,800
TB:|Total Contract Price|||1,210,000
H:Art. 4 (Payment)
P:4.1 The Buyer shall pay: (a) an advance of 20% (CNY 242,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer; (b) 45% (CNY 544,500) within 15 days after the Installation Certificate; and (c) the balance of 35% (CNY 423,500) within 15 days after the Final Acceptance Certificate.
P:4.2 The Installation Certificate records the physical installation only. Neither it nor any payment constitutes acceptance.
H:Art. 5 (Delivery and installation)
P:5.1 The equipment shall be delivered to the Buyer's quay at Nanyue within 75 days after signature, and installed at the stations shown in Annex 1 within 30 days after delivery, weather permitting.
P:5.2 The Integrator shall use a vessel and crew provided by the Buyer for installation at sea. It shall comply with the Buyer's safety rules and with the instructions of the local maritime authority.
P:5.3 Each delivery shall include packing lists, certificates of origin, factory calibration certificates for every sensor and the operating and maintenance manuals in Chinese and English. Marking of the buoys and their lights shall comply with the requirements of the maritime authority.
H:Art. 6 (Acceptance)
P:6.1 After installation, the system shall undergo a sea trial of 30 consecutive days.
P:6.2 The system is accepted when, during the sea trial: (a) each station delivers at least 98% of its scheduled ten-minute records to the monitoring software; (b) chlorophyll-a readings are within plus or minus 10% of the laboratory reference values on each of three sampling rounds organised by the Buyer; (c) the bloom alarm and the low-battery alarm have been triggered and received on the Buyer's mobile phones; and (d) the dashboards and data export described in Annex 1 work as specified.
P:6.3 The Parties shall then sign a Final Acceptance Certificate. If a criterion is not met, the Integrator shall remedy the defect at its own expense and the sea trial shall be repeated for the stations concerned. Installation, the use of the data by the Buyer or any payment do not constitute acceptance.
H:Art. 7 (Warranty)
P:7.1 The Integrator warrants the equipment and the software for twenty-four (24) months from the date of the Final Acceptance Certificate.
P:7.2 During the warranty period the Integrator shall, free of charge, repair or replace any defective part, clean the sensors and check their calibration every quarter, and supply software updates.
P:7.3 The warranty does not cover damage caused by collision with vessels not operated by the Integrator, by theft or by vandalism. Such repairs shall be quoted in advance and carried out only on the Buyer's written order.
H:Art. 8 (Maintenance after warranty)
P:8.1 After the warranty period the Integrator shall provide maintenance on the same terms as in Art. 7.2 and Art. 9, including two calibrations per year, for an annual fee of CNY 94,392, being 9% of the Equipment and Licence Subtotal, payable yearly after each maintenance year.
P:8.2 This fee is fixed for the first three maintenance years. Maintenance is ordered by the Buyer in writing each year and is not renewed automatically.
H:Art. 9 (Service levels)
P:9.1 A critical fault (the shore gateway is down, or three or more stations stop transmitting) shall receive a response within two (2) hours, and a technician shall be on site or at sea within 48 hours, weather permitting.
P:9.2 A minor fault (one or two stations stop transmitting or give implausible values) shall receive a response within one business day and be repaired within five business days, weather permitting.
P:9.3 The Integrator shall keep in Yueqing a stock of spare parts sufficient to replace at least two sensors and two telemetry units at any time, and shall report its fault handling to the Buyer every quarter.
P:9.4 For each day by which the Integrator exceeds the on-site time in Art. 9.1 or the repair time in Art. 9.2, it shall pay the Buyer CNY 800, deducted from the next payment or maintenance fee.
H:Art. 10 (Delay penalties)
P:10.1 If the Integrator fails to complete installation by the date set in Art. 5.1 for reasons attributable to it, it shall pay a penalty of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The penalty does not exclude compensation for any greater loss.
H:Art. 11 (Data)
P:11.1 All measurement data, alarms and reports produced by the system belong to the Buyer. The Integrator shall use them only to perform this Contract and shall not copy, publish or pass them to any third party.
P:11.2 The data shall be stored on the Buyer's own cloud account in mainland China. The Integrator shall access it only through personal accounts created by the Buyer, shall use strong passwords and two-factor authentication and shall not export data outside China.
P:11.3 The Integrator shall notify the Buyer within 24 hours of any security incident affecting the system or the data, and shall bear all loss caused by an incident for which it is responsible.
H:Art. 12 (Confidentiality)
P:12.1 Each Party shall keep confidential the information received from the other Party, in particular the Buyer's farm locations, production figures and prices, and shall not disclose it without prior written consent, during the Contract and for three years after its end.
H:Art. 13 (Intellectual property)
P:13.1 The standard software remains the property of the Integrator, which grants the Buyer a perpetual licence to use it.
P:13.2 The dashboards, alarm rules, station configurations and interface scripts developed for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties without restriction.
H:Art. 14 (Liability)
P:14.1 The Integrator is liable for all damage caused to the Buyer by its breach of the Contract, including damage to the Buyer's longlines and stock caused during installation or maintenance at sea.
P:14.2 The Integrator shall hold insurance covering its civil and professional liability for the duration of the Contract.
H:Art. 15 (Subcontracting)
P:15.1 The Integrator shall not subcontract any part of the work without the Buyer's prior written consent. It remains fully responsible for any subcontractor so approved.
H:Art. 16 (Termination)
P:16.1 If the Integrator commits a material breach and does not remedy it within 15 days after formal notice by registered letter or email, the Buyer may terminate the Contract by written notice, without prejudice to damages.
H:Art. 17 (Force majeure)
P:17.1 Typhoons and sea conditions above sea state 5 are force majeure for work at sea, and time limits are extended by their duration. The Integrator shall keep the Buyer informed.
H:Art. 18 (Governing law and disputes)
P:18.1 This Contract is governed by the law of the People's Republic of China.
P:18.2 Any dispute shall be submitted to the Wenzhou Arbitration Commission for arbitration in Wenzhou. The award is final.
H:Art. 19 (Language and counterparts)
P:19.1 This Contract is made in English and Chinese, in four originals, two for each Party. Both versions are equally authentic.
P:Made at Yueqing, on ______________ 2025.
P:For the Buyer: ______________    For the Integrator: ______________
"""

# ---------------------------------------------------------------------------------------------------------------
# h180z03 — 儿童摄影连锁 客片管理 SaaS (three years) + 实施, .md with Markdown headings
# ---------------------------------------------------------------------------------------------------------------
H180Z03 = """# 客片管理云服务（SaaS）订阅及实施合同

合同编号：TYSG-IT-2025-08

- 甲方：童影时光儿童摄影连锁有限公司（以下简称“甲方”）
- 乙方：云片匣科技有限公司（以下简称“乙方”）

甲方在全国经营28家儿童摄影门店，现订阅乙方“云片匣”客片管理云服务，并委托乙方完成门店上线实施。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方向甲方提供“云片匣”客片管理云服务，包括：原片及精修片云端存储、顾客线上选片（微信小程序）、修图任务派单与进度管理、相册排版及成品交付、门店业绩统计。

1.2 实施服务包括：28家门店账号开通和权限配置；甲方现有约86TB历史客片的迁移；选片小程序的品牌化配置；门店店长、摄影师和修图师的培训。

1.3 订阅期为三年，自上线验收合格之日起计算。

1.4 订阅服务不限门店用户账号数量；每家门店包含2TB在线存储空间，总部另享有第2条约定的存储扩容包。乙方应在订阅期内持续提供功能更新，不另行收费。

## 2. 费用

2.1 本合同费用如下（含税）：

| 项目 | 计费方式 | 年费用（元） | 三年合计（元） |
|---|---|---|---|
| 门店订阅费 | 28店 × 6,800元/店/年 | 190,400 | 571,200 |
| 总部存储扩容包（50TB） | 1项 | 58,000 | 174,000 |
| 实施服务费 | 一次性 | — | 96,000 |
| 合计 | | | 841,200 |

2.2 订阅期内甲方新开门店的，新增门店按6,800元/店/年按月折算计费；关闭门店的，自次月起相应减少订阅费。

## 3. 付款

3.1 本合同不设预付款。

3.2 实施服务费在上线验收合格后15个工作日内一次付清。

3.3 订阅费及存储费按季度支付：甲方在每季度结束后15个工作日内支付该季度费用62,100元。乙方应在付款前开具增值税专用发票。

3.4 本合同费用以人民币结算，甲方付款以本合同载明的乙方收款账户为准；乙方变更账户的，应提前以加盖公章的书面函件通知甲方。

## 4. 实施与上线验收

4.1 乙方应在合同签订后45日内完成全部门店开通和历史客片迁移，迁移期间不得影响门店正常选片和交付。

4.2 上线验收标准：（1）28家门店全部开通，并各完成一单“选片—修图—排版—交付”的完整流程；（2）历史客片迁移后按订单号逐一核对，文件数量和校验值一致；（3）选片小程序页面在门店网络环境下3秒内打开；（4）门店员工培训完成并考核合格。

4.3 验收合格后双方签署上线验收单。系统开通或甲方开始使用均不视为验收合格。

4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金600元。

4.5 乙方应指定一名实施项目经理，负责迁移计划、门店排期和培训安排，并每周向甲方报告进度。

## 5. 服务水平

5.1 乙方保证云服务的月可用率不低于99.5%（不含提前72小时通知且在凌晨进行的计划维护）。

5.2 故障分级响应：一级故障（选片或客片下载整体不可用）30分钟内响应、3小时内恢复；二级故障（部分功能异常）2小时内响应、次日内解决；三级故障（咨询类问题）1个工作日内答复。

5.3 乙方每日对甲方数据进行异地备份，备份至少保留30日；甲方误删的客片，乙方应在收到申请后1个工作日内协助恢复。

5.4 乙方每月向甲方提供服务报告，列明当月可用率、故障记录和存储用量。

5.5 月可用率低于99.5%的，按当月订阅费的5%给予服务抵扣；低于99%的，抵扣10%；一级故障未在约定时限内恢复的，每次另行抵扣当月订阅费的3%。抵扣在下一季度费用中扣除。

## 6. 客片数据

6.1 甲方上传以及在服务中产生的客片、顾客信息和订单数据（以下简称“甲方数据”）归甲方所有。

6.2 甲方同意，乙方可将甲方数据中的客片经去标识化处理后，用于训练和改进乙方的AI智能修图、自动排版模型及其他产品功能；该等使用在本合同终止后仍可继续。

6.3 合同终止后30日内，乙方应配合甲方导出全部甲方数据，并在导出完成后删除其服务器上的甲方数据（6.2约定的模型训练成果除外）。

## 7. 数据安全

7.1 客片中包含大量儿童肖像及家长联系方式，属于敏感个人信息。乙方应依照《个人信息保护法》《儿童个人信息网络保护规定》采取加密存储、传输加密、最小权限访问和操作日志审计等措施，全部数据存储于中华人民共和国境内。

7.2 发生数据泄露、丢失或被非法访问的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担全部赔偿责任，包括甲方对顾客的赔偿和监管部门的处罚。

## 8. 知识产权

8.1 云片匣平台及其软件的知识产权归乙方所有。

8.2 乙方为甲方定制的小程序页面、品牌模板和相册版式归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 9. 甲方责任

9.1 甲方应保证其上传的客片已取得顾客（监护人）的必要授权，并妥善保管门店账号和密码。

9.2 甲方应按本合同约定按时支付费用，并为实施工作提供必要的门店网络和人员配合。

## 10. 保密

双方对本合同内容及履约中知悉的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

## 11. 期限与续期

11.1 订阅期届满前30日内任何一方未书面提出不续期的，本合同自动续期一年，可多次续期。

11.2 每次续期时，乙方有权根据市场情况上调订阅费和存储费，上调幅度不超过上一年度费用的8%，乙方应在续期前书面通知甲方。

## 12. 违约责任与责任限制

12.1 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但第7条数据安全责任和侵犯知识产权的责任不受此限。

12.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

## 13. 分包

乙方使用的云基础设施服务商（阿里云计算有限公司）经甲方签署本合同予以认可；其他任何分包或更换云服务商，须事先取得甲方书面同意。

## 14. 合同解除

14.1 乙方严重违约且在甲方书面通知后15日内未纠正的，或月可用率连续三个月低于99%的，甲方有权书面通知解除合同，乙方应按比例退还已付但未使用期间的费用。

14.2 合同解除或终止的，乙方应按6.3的约定配合甲方导出数据。

## 15. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交杭州仲裁委员会仲裁，仲裁裁决是终局的。

## 16. 其他

16.1 本合同附件包括服务说明书、门店清单和上线验收单样式，与本合同具有同等效力。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：童影时光儿童摄影连锁有限公司　　乙方（盖章）：云片匣科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h180z04 — 县畜牧兽医局 动物防疫监管平台 annual O&M (政府采购 竞争性磋商), .txt, 第X条 with （一）/1.
# ---------------------------------------------------------------------------------------------------------------
H180Z04 = """岚溪县动物防疫监管平台运维服务合同

项目名称：岚溪县动物防疫监管平台2025年度运维服务
采购方式：竞争性磋商（采购编号：LXCG-2025-CS-019）
甲方（采购人）：岚溪县畜牧兽医局
乙方（成交供应商）：秦岭牧联信息技术有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就动物防疫监管平台年度运维服务订立本合同。磋商文件、响应文件和成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象：岚溪县动物防疫监管平台，包括免疫档案、产地检疫电子出证、病死畜禽无害化处理监管、养殖场户档案、移动监管App及与省级平台的数据接口，部署于县政务云。
（二）服务内容：
1. 平台软件的日常巡检、故障处理、缺陷修复和小版本升级；
2. 数据库、中间件和云主机的运行监控、备份和性能优化；
3. 全县16个乡镇畜牧兽医站移动终端及App的使用支持；
4. 数据治理：按月核对与省级平台的免疫、检疫数据，并生成统计报表；
5. 配合甲方开展网络安全等级保护测评及整改；
6. 每季度对乡镇防疫员开展一次操作培训。
（三）服务期限：2025年1月1日至2025年12月31日。
（四）服务地点：甲方办公地点、县政务云机房及各乡镇畜牧兽医站。乙方远程运维的，应遵守第七条的约定。

第二条 服务费用
（一）合同总价为人民币叁拾陆万捌仟元整（¥368,000），分项如下：
1. 平台软件运维 156,000元；
2. 数据库及云主机运维 62,000元；
3. 乡镇移动终端及App支持 88,000元；
4. 数据治理与统计报表 38,000元；
5. 培训 24,000元。
（二）合同总价为固定价格，包括人员、差旅、工具、税费等全部费用，服务期内不作调整。
（三）服务期内甲方新增乡镇站点或新增平台功能模块的，其运维工作量在原服务范围内统筹安排，不另行计费；新增定制开发需求由双方另行协商。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方按第五条进行季度考核，考核合格后15个工作日内支付当季服务费92,000元。
（三）季度考核不合格的，乙方整改合格后甲方再行支付，并按第六条扣减相应费用。
（四）乙方请款时应提交季度运维报告、考核表和合法有效的发票；甲方通过国库集中支付系统付款。

第四条 服务要求
（一）乙方应在合同签订后7日内完成运维交接，派驻1名驻场工程师，工作日在甲方办公。驻场工程师应具备数据库运维能力，更换须经甲方同意。
（二）故障分级及处理时限：
1. 一级故障（平台整体无法访问、检疫电子出证中断）：乙方接报后6小时内响应，24小时内恢复；
2. 二级故障（部分功能异常、数据上报失败）：乙方接报后8小时内响应，3个工作日内解决；
3. 三级故障（咨询及一般问题）：2个工作日内答复。
（三）乙方每日对平台运行状态进行巡检，每周对数据库进行一次健康检查，每月进行一次安全漏洞扫描，发现问题及时处理并记录。
（四）乙方每月5日前提交上月运维报告，记录巡检、故障处理、数据核对和备份情况。
（五）乙方可将乡镇畜牧兽医站移动终端的现场巡检和维修工作委托当地服务商实施，但应将服务商名单报甲方备案，并对其工作质量负责。
（六）春秋两季集中免疫期间，乙方应安排专人值守，保证免疫数据按日上报。
（七）发生重大动物疫情或接到上级督查通知时，乙方应在2小时内安排技术人员到岗，配合甲方完成疫情数据统计、报送和追溯查询。
（八）平台需进行版本升级或配置变更的，乙方应提前3个工作日提交变更方案，经甲方同意后在非工作时间实施，并做好回退准备。

第五条 考核与验收
（一）季度考核指标：巡检记录完整；故障处理均在约定时限内完成；月度数据核对差异在当月内处理完毕；每季度至少进行一次备份恢复演练并恢复成功。
（二）服务期满后，甲方组织年度终验，审查全年运维报告、数据质量和文档移交情况，并出具书面验收意见。终验不合格的，乙方应在15日内整改。
（三）终验时乙方应移交：全年运维报告和故障记录、系统配置清单、数据库结构说明、运维脚本、账号权限清单及数据治理规则文档。

第六条 违约责任
（一）一级故障未在约定时限内响应或恢复的，每次扣减服务费2,000元；二级故障超时的，每次扣减500元。
（二）乙方未按期完成运维交接，或逾期提交等级保护整改配合材料的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（三）因乙方原因造成数据丢失或错误的，乙方应负责恢复，并赔偿甲方损失。
（四）本条第（一）项的扣减金额在当季服务费中扣除，全年扣减总额不超过合同总价的10%；超过该限额的，甲方可依照第十条解除合同。
（五）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

第七条 数据安全
（一）平台中的养殖场户信息、免疫和检疫数据、无害化处理记录等全部数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存、对外提供或用于其他任何目的。
（二）乙方应遵守县政务云安全管理规定，全部运维操作通过堡垒机进行，账号专人专用，不得在个人设备上存储平台数据。
（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，并配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方及其人员对履约中知悉的甲方工作秘密、疫情信息和技术资料负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同终止后继续有效。

第九条 知识产权
运维期间乙方形成的运维文档、脚本、数据治理规则和统计报表模板，其知识产权归甲方所有，乙方应在服务期满时全部移交。

第十条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，乙方应赔偿由此造成的损失。
（二）合同解除的，甲方按实际服务月数结算服务费；乙方应在解除后10日内向甲方或甲方指定的新服务商完成运维交接，移交全部文档、脚本和账号，不得删除或加密平台数据。

第十一条 期限与续签
本合同服务期满自动终止。下一年度运维服务由甲方依法重新组织采购，本合同不自动续期。新服务商确定前，乙方应按甲方书面要求继续提供不超过60日的过渡服务，费用按本合同月均标准据实结算。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 甲方义务
（一）甲方应为驻场工程师提供办公场所和必要的网络条件，并协调县政务云管理单位提供运维所需的访问权限。
（二）甲方应指定专人负责运维工作的日常联络、季度考核和年度终验，并按约定及时支付服务费。

第十四条 其他
（一）本合同附件包括运维服务方案、乡镇站点清单和故障登记表，与本合同具有同等效力。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：岚溪县畜牧兽医局
乙方（盖章）：秦岭牧联信息技术有限公司
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h180z05 — 桂花糕 maker: WMS licence + custom development on the supplier's own template, .md, "## 第N条" + N.N
# ---------------------------------------------------------------------------------------------------------------
H180Z05 = """# 仓点WMS仓储管理系统软件许可及实施合同

> 仓点云软件科技有限公司 标准合同文本 V4.0（2024年版）

合同编号：CD-WMS-2025-0193

**甲方（用户）**：咸宁桂韵食品有限公司
**乙方（供方）**：仓点云软件科技有限公司（住所：江苏省苏州市工业园区星湖街）

鉴于甲方生产销售桂花糕、桂花酥等糕点产品，需为其成品仓、原辅料仓及冷链仓建设仓储管理系统，乙方同意向甲方许可使用仓点WMS软件并提供定制开发和实施服务。本合同条款由乙方提供，甲方已仔细阅读并充分理解。

## 第1条 合同标的

1.1 乙方向甲方许可使用“仓点WMS”标准版软件（永久许可，20个并发用户）及PDA移动端许可30个，并提供定制开发、部署实施和培训服务。

1.2 定制开发内容：（1）批次与保质期管理，包括效期预警和先到期先出库策略；（2）冷链仓温湿度监控系统对接；（3）电商平台（天猫、抖音小店）订单接口；（4）与甲方ERP（用友U8）的物料主数据及出入库单据接口。

1.3 软件部署于甲方自有服务器。服务器、PDA终端、操作系统及数据库许可由甲方自行采购，不在本合同范围内。

1.4 乙方交付物包括：软件安装介质、许可文件、用户操作手册和接口说明文档。定制开发部分的源代码不属于交付物。

## 第2条 合同价款

2.1 本合同总价为人民币柒拾玖万肆仟元整（¥794,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 仓点WMS标准版软件许可（永久，20并发用户） | 1套 | 360,000 |
| 2 | PDA移动端许可 | 30个 | 72,000 |
| 3 | 定制开发（第1.2条所列内容） | 1项 | 286,000 |
| 4 | 部署实施 | 1项 | 64,000 |
| 5 | 培训 | 1项 | 12,000 |
| | 合计 | | 794,000 |

2.2 上述价款包含增值税。甲方需求超出第1.2条范围的，乙方按每人日2,800元另行收费。

## 第3条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即397,000元。乙方收到该款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的50%，即397,000元。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一支付违约金，乙方有权暂停实施或服务，工期相应顺延。

## 第4条 实施与交付

4.1 乙方在收到首期款后90日内完成标准软件部署和定制开发，并上线运行。

4.2 因甲方需求变更、配合不及时、基础环境未就绪或第三方系统接口原因导致延误的，交付期相应顺延，乙方不承担责任。

4.3 甲方应在合同签订后15日内向乙方提供需求确认书、基础数据（物料、库位、客户、承运商）和测试环境，并指定项目联系人。甲方逾期提供的，工期相应顺延。

4.4 乙方提供两天现场培训，培训对象不超过20人；超出的培训人次及重复培训另行收费。

4.5 乙方原因导致逾期上线的，每逾期一日按合同总价的万分之一向甲方支付违约金，违约金累计不超过合同总价的3%。

## 第5条 验收

5.1 系统部署完成并上线运行之日，即视为甲方验收合格。

5.2 上线前由乙方自行完成功能测试，测试记录可供甲方查阅。

5.3 甲方在上线后提出的问题，由乙方在维护服务中处理，不影响验收结论和付款。

## 第6条 免费维护

6.1 乙方自系统上线之日起提供三个月的免费维护期，期内提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（系统无法登录或出入库无法作业）乙方在24小时内响应；二级故障在3个工作日内响应；其他问题在5个工作日内答复。

6.3 免费维护期内以电话和远程支持为主；甲方要求乙方派员到现场的，差旅及食宿费用由甲方承担。

6.4 乙方将尽合理努力排除故障，但不对故障持续时间及由此造成的任何损失承担扣款、赔偿或违约责任。

## 第7条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，年度维护费按乙方届时公布的价格标准执行。

7.2 未签订年度维护合同的，乙方不再提供任何技术支持、缺陷修复和软件升级。

7.3 乙方发布的新版本仅向签订年度维护合同的用户提供。甲方要求将定制模块适配新版本的，乙方按每人日2,800元另行收费。

## 第8条 知识产权

8.1 仓点WMS软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序及其源代码和技术文档的知识产权均归乙方所有，乙方有权将其纳入标准产品向其他客户提供。甲方在本合同有效期内享有非独占的使用权，不得修改、反编译或提供给任何第三方。

## 第9条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 甲方同意，乙方可收集系统运行日志及经脱敏处理的业务数据（包括库存周转、出入库量、品类结构等），用于乙方产品优化、行业分析及行业报告的编制。

9.3 甲方应自行负责服务器及数据库的日常备份；因甲方未备份造成的数据损失，乙方不承担责任。

9.4 乙方远程维护时应采取必要的访问控制和安全措施，工作完成后删除临时数据；发生数据泄露的，乙方应及时通知甲方，因乙方过错导致的，乙方按第11条承担责任。

## 第10条 保密

双方对本合同内容及履约中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后两年。

## 第11条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（包括违约金）以合同总价的20%为限。

11.2 乙方不承担任何间接损失、利润损失或商誉损失。

## 第12条 合同解除

12.1 任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还，乙方已完成的工作量按实际发生结算。

12.3 合同解除后，甲方应停止使用未付清款项部分对应的软件许可。

## 第13条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

## 第14条 其他

14.1 本合同条款为乙方标准条款，任何修改须经乙方书面确认。

14.2 本合同附件包括需求确认书和报价单；附件与本合同条款不一致的，以本合同条款为准。

14.3 甲方签署本合同，即视为同意乙方标准条款的全部内容，双方另有书面约定的除外。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：咸宁桂韵食品有限公司　　乙方（盖章）：仓点云软件科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h180e02 — Mount Wutai pilgrims' guesthouse: property-management SaaS, Order Form + General Terms; vendor on
# Liebitz (German style, "§ N (1)"), .txt
# ---------------------------------------------------------------------------------------------------------------
H180E02 = """ORDER FORM No. LHS-2025-0712
Subscription to Liebitz PMS

Vendor:    Liebitz Hospitality Software GmbH
           Dorfstrasse 7, 02906 Liebitz, Germany
           Commercial Register: Local Court (Amtsgericht) Dresden, HRB 41376
           Managing Directors: Anke Wendler, Jens Kubitz
Customer:  Shanxi Wutaishan Qingliang Pilgrims' Guesthouse Co., Ltd.
           Taihuai Town, Wutai County, Xinzhou, Shanxi Province, People's Republic of China

1. Subscribed Services
   (a) Liebitz PMS Core for 146 rooms: reservations, group and pilgrimage bookings, front desk, night audit,
       housekeeping app and reporting;
   (b) Channel Manager (Ctrip, Meituan, Fliggy) and POS for the guesthouse's two vegetarian dining halls;
   (c) Guest Registration Interface to the hotel registration system of the Shanxi public-security authority.

2. Subscription Term: 36 months from the Go-Live Date.

3. Fees. At the Customer's request all fees are stated and invoiced in Chinese Yuan (CNY), VAT included.

   Item                                         Basis                   Monthly (CNY)   Term total (CNY)
   PMS Core                                     146 rooms x CNY 100     14,600          525,600
   Channel Manager and POS                      flat                    2,400           86,400
   Onboarding, data migration, interface set-up one-time                -               58,000
   Total Contract Value                                                                 670,000

4. Invoicing. Monthly fees are invoiced monthly in arrears and are due within 30 days of the invoice date. The
   onboarding fee is invoiced after Go-Live Acceptance under § 2 (3) of the General Terms. No fees are payable in
   advance.

5. Target Go-Live Date: 60 days after signature of this Order Form.

6. Hosting and approved subcontractors: Alibaba Cloud, Beijing region (mainland China); Liebitz Software (Beijing)
   Co., Ltd., the Vendor's subsidiary, for operation and first- and second-level support in China.

7. The General Terms and Conditions of Liebitz Hospitality Software GmbH (version 2025-03) printed below form part
   of this Order Form. If the Order Form and the General Terms conflict, the Order Form prevails.

Signed for the Vendor: ____________________        Signed for the Customer: ____________________
Place, date: ____________________                  Place, date: ____________________


GENERAL TERMS AND CONDITIONS OF LIEBITZ HOSPITALITY SOFTWARE GMBH
(Version 2025-03)

§ 1 Scope
(1) These General Terms govern the provision of Liebitz software as a service ("Services") to the Customer named in
the Order Form.
(2) Conflicting or supplementary terms of the Customer apply only if the Vendor expressly agrees to them in
writing.
(3) "Customer Data" means all data that the Customer, its staff or its guests enter into the Services or that the
Services generate for the Customer, including guest identity data, bookings, rates and payment records.

§ 2 Onboarding and Go-Live Acceptance
(1) The Vendor configures the Services according to the Customer's room types, rate plans and dining-hall menus,
migrates the Customer's guest, room and booking data from the existing system and configures the Guest
Registration Interface.
(2) Before Go-Live the parties carry out the acceptance tests agreed in the onboarding plan, in particular: (a) a
full booking cycle from reservation to check-out and invoicing for an individual guest and for a pilgrimage group
of at least 40 persons; (b) transmission of guest registrations to the public-security system and receipt of its
confirmation; (c) synchronisation of availability and rates with every connected channel within five minutes; (d)
a reconciliation of migrated future bookings against the old system without differences.
(3) When the tests are passed, the Customer signs the Go-Live Acceptance Protocol within five working days or
states the defects found in writing. The Vendor remedies notified defects and repeats the affected tests. Live use
of the Services before the protocol is signed does not constitute acceptance.
(4) If Go-Live Acceptance is delayed beyond the target date for reasons for which the Vendor is responsible, the
Vendor pays a contractual penalty of CNY 500 for each calendar day of delay, up to a total of 5% of the Total
Contract Value. Further claims for damages remain unaffected; the penalty is credited against them.

§ 3 Service Levels
(1) The Vendor makes the Services available with a monthly availability of 99.5%, measured at the exit of the data
centre. Scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 China
Standard Time does not count as unavailability.
(2) Incidents are classified and handled as follows:
    Priority 1 - check-in, check-out or guest registration impossible: response within 1 hour, around the clock;
    restoration target 6 hours.
    Priority 2 - an important function is impaired, a workaround exists: response within 3 business hours;
    restoration target 2 business days.
    Priority 3 - all other incidents and questions: response within 1 business day.
(3) If the monthly availability falls below 99.5%, the Customer receives a service credit of 5% of the monthly fees;
below 99.0%, 10%; below 98.0%, 20%. If the Vendor misses the Priority 1 response time, the Customer receives a
credit of CNY 300 for each started hour of delay.
(4) Service credits are set off against the next invoice. Further rights of the Customer remain unaffected.
(5) The Vendor provides a monthly service report with the measured availability and all Priority 1 and Priority 2
incidents.

§ 4 Customer Data and Data Protection
(1) Customer Data remains the property of the Customer. The Vendor processes Customer Data exclusively on the
Customer's documented instructions and only to provide the Services; it does not use Customer Data for any other
purpose, including analysis, benchmarking or product development.
(2) Customer Data, including all personal information of guests, is stored and processed only in mainland China.
The Vendor's staff in Germany have no access to personal information. The Vendor complies with the Personal
Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.
(3) The Vendor maintains the following technical and organisational measures as a minimum: encryption of Customer
Data in transit and at rest; role-based access with multi-factor authentication for all administrative access;
logging of administrative access, kept for 180 days; daily backups kept for 30 days; an annual penetration test by
an independent tester; and an MLPS level 3 filing for the platform in China.
(4) The Vendor notifies the Customer without undue delay, and in any event within 24 hours, of any personal
information or security incident affecting Customer Data, supports the Customer in reports to the authorities and
takes all measures to limit the damage. The Vendor is liable for all damage caused by a breach of its obligations
under this § 4; § 8 (2) does not apply to such damage.
(5) At the end of the contract the Vendor makes all Customer Data available for export in a common format and
deletes it within 30 days thereafter, confirming the deletion in writing.

§ 5 Rights of Use and Configurations
(1) The Vendor grants the Customer, for the Subscription Term, the non-exclusive right to use the Services for the
operation of its guesthouse. All rights in the software remain with the Vendor.
(2) Customer-specific configurations created during onboarding, such as rate and room templates, report layouts,
dining-hall menus and the mapping of the Guest Registration Interface, belong to the Customer. The Customer may use
and modify them freely and may hand them over to a successor provider free of charge.

§ 6 Confidentiality
(1) Each party keeps confidential all information of the other party that is marked as confidential or is
evidently confidential, including prices, guest numbers and business plans, and uses it only for this contract.
(2) This obligation continues for three years after the end of the contract. It does not apply to information that
is public or that must be disclosed by law.

§ 7 Subcontractors
(1) The subcontractors named in the Order Form are approved by signature of the Order Form.
(2) The Vendor engages further subcontractors, or replaces an approved subcontractor, only with the prior written
consent of the Customer. The Vendor remains responsible for its subcontractors as for its own acts.

§ 8 Liability
(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health,
and under § 4 (4).
(2) In all other cases the total liability of the Vendor under this contract is limited to the fees paid by the
Customer in the six months preceding the event giving rise to the claim.
(3) Claims for service credits under § 3 are not counted against this limit.

§ 9 Term and Termination
(1) The Subscription Term is stated in the Order Form. The contract then extends by one further year at a time, at
the same fees, unless either party gives notice of termination at least three months before the end of the current
term.
(2) The right of either party to terminate for good cause remains unaffected. Good cause for the Customer exists in
particular if the Vendor commits a material breach of contract and does not remedy it within 30 days after a
written warning, or if the monthly availability falls below 98.0% in two consecutive months.
(3) Notice of termination must be given in writing.

§ 10 Governing Law and Place of Jurisdiction
(1) This contract is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on
Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with this contract is
Dresden, Germany.

§ 11 Final Provisions
(1) Amendments and supplements to this contract must be made in writing. This also applies to any waiver of this
written-form requirement.
(2) Should any provision of this contract be or become invalid, the validity of the remaining provisions is not
affected. The parties shall replace the invalid provision by a valid one that comes as close as possible to its
economic purpose.
(3) The English version of these General Terms is binding. A Chinese translation is provided for convenience.
"""

# ---------------------------------------------------------------------------------------------------------------
# h180e04 — Zhengzhou logistics start-up: managed IT + desktop support; provider on Priest Island (Scottish style,
# "N. HEADING"), .md
# ---------------------------------------------------------------------------------------------------------------
H180E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** PIMS/ZZ/2025/031

**AGREEMENT**

between

**PRIEST ISLAND MANAGED SERVICES LIMITED**, incorporated under the Companies Acts (Registered Number SC614502) and having its Registered Office at The Old Bothy, Priest Island, Summer Isles, Ross-shire, Scotland, acting through its representative office at Room 1806, Greenland Tower, Zhengdong New District, Zhengzhou, Henan Province (hereinafter referred to as "the Provider")

and

**ZHENGZHOU KUAIPAO SUPPLY CHAIN TECHNOLOGY CO., LTD.**, a company incorporated in the People's Republic of China and having its registered office at Hangkong Gang District, Zhengzhou, Henan Province (hereinafter referred to as "the Client")

**WHEREAS** the Client operates a freight-forwarding and warehousing business from one office and two warehouses in Zhengzhou and wishes to outsource the management of its IT environment; and the Provider has agreed to provide managed IT and desktop support services on the terms set out below;

**NOW THEREFORE** the Parties HAVE AGREED and DO HEREBY AGREE as follows:

## 1. DEFINITIONS

1.1 In this Agreement: "Charges" means the charges set out in Clause 4; "Client Data" means all data, documents and records of the Client, its customers and carriers which the Provider accesses or holds in providing the Services; "Service Commencement Date" means the date of Transition Acceptance under Clause 3.3; "Service Levels" means the levels in Clause 5; "Services" means the services described in Clause 2; "Sites" means the Client's office in the Zhengdong New District and its warehouses at Hangkong Gang and Xinzheng.

1.2 References to Clauses are to clauses of this Agreement. Headings do not affect interpretation.

## 2. SERVICES

2.1 From the Service Commencement Date the Provider shall provide the following Services to the Client:

(a) a service desk in Mandarin and English, available by telephone, email and DingTalk from 07:00 to 22:00 China Standard Time seven days a week, with an on-call engineer at all other times;

(b) desktop support for up to 85 users, including laptops, desktops, warehouse handheld scanners and label printers, on site at the Sites and remotely;

(c) management of the Client's local networks, firewalls and Wi-Fi at the three Sites, including configuration, monitoring and liaison with the carriers;

(d) administration of the Client's Microsoft 365 tenant, DingTalk organisation and file server, including user on-boarding and off-boarding within one business day of the Client's request;

(e) patch management and anti-virus management for the managed endpoints;

(f) daily backup of the Client's Microsoft 365 mailboxes and file server, with a monthly restore test; and

(g) procurement advice and the preparation of the Client's hardware refresh plan.

2.2 The Provider shall keep an up-to-date register of the Client's IT assets, licences and network configurations and shall make it available to the Client at any time.

## 3. TRANSITION

3.1 The Provider shall complete transition of the Client's IT environment within 30 days after signature of this Agreement.

3.2 Transition comprises: (a) a physical inventory of all devices at the Sites and an asset register reconciled to the Client's fixed-asset list; (b) network diagrams and configuration records for the three Sites; (c) the deposit of all administrator credentials in a password vault controlled by the Client; (d) installation of monitoring agents on every managed endpoint and network device; and (e) a two-week pilot of the service desk during which at least 50 test tickets are handled within the Service Levels.

3.3 When the items in Clause 3.2 are completed, the Parties shall sign a Transition Acceptance Certificate. Use of the service desk during the pilot does not constitute acceptance.

3.4 If Transition Acceptance is not achieved within the period in Clause 3.1 for reasons attributable to the Provider, the Provider shall pay to the Client CNY 800 for each day of delay as liquidated damages.

## 4. CHARGES AND PAYMENT

4.1 At the Client's request all Charges are in Chinese Yuan (CNY) and include VAT:

| Charge | Basis | Monthly (CNY) | 24-month total (CNY) |
|---|---|---|---|
| User support | 85 users x CNY 420 | 35,700 | 856,800 |
| Network management | 3 Sites x CNY 2,600 | 7,800 | 187,200 |
| Backup service (6 TB) | flat | 3,200 | 76,800 |
| Transition | one-off | - | 38,000 |
| Total | | 46,700 | 1,158,800 |

4.2 The monthly Charges are invoiced monthly in arrears from the Service Commencement Date and are payable within 30 days of invoice. The Transition Charge is invoiced on Transition Acceptance. No Charges are payable in advance.

4.3 Additional users are charged at CNY 420 per user per month, pro rata. The Charges are fixed for the Minimum Term.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the following Service Levels:

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | A Site cannot ship or receive goods, or more than 20 users cannot work | 30 minutes | 6 hours |
| P2 | A single user or device cannot work, or a P1 system is degraded | 1 hour | 1 business day |
| P3 | Requests and minor faults | next business day | 3 business days |

5.2 For a P1 incident the Provider shall have an engineer on site within two hours where the fault cannot be resolved remotely.

5.3 For each P1 incident in which the response or resolution target is missed, the Provider shall credit the Client 5% of the monthly User Support charge, up to 20% of that charge in any month. Service credits are shown on the next invoice.

5.4 The Provider shall report its performance against the Service Levels monthly and shall attend a service review meeting with the Client each quarter.

## 6. CLIENT DATA

6.1 All Client Data shall remain the property of the Client.

6.2 The Provider shall use Client Data only for the purpose of providing the Services and shall not sell, license or otherwise exploit it.

6.3 On expiry or termination of this Agreement the Provider shall return to the Client all Client Data and all administrator credentials in its possession.

## 7. CONFIDENTIALITY

7.1 Each Party shall keep secret and confidential all information of the other Party which comes to its knowledge in connection with this Agreement, including the Client's customer lists, freight rates and business plans, and shall not disclose it to any third party without the other Party's prior written consent.

7.2 This Clause does not apply to information which is or becomes public other than through breach of this Clause, or which a Party is required to disclose by law. It shall continue to apply for three years after the end of this Agreement.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider's monitoring tools and service-desk software remain the Provider's property.

8.2 All documentation, asset registers, network diagrams, configurations and scripts prepared by the Provider for the Client shall belong to the Client, which may use, modify and pass them to any successor provider without restriction.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 The Provider shall assign a named service manager to the Client and shall keep at least one engineer based in Zhengzhou throughout the term.

9.2 The Provider shall not subcontract any part of the Services without the prior written consent of the Client. The Provider remains responsible for the acts and omissions of any approved subcontractor.

## 10. LIABILITY

10.1 The total liability of the Provider under or in connection with this Agreement shall not exceed 125% of the total Charges payable over the Minimum Term.

10.2 The Provider shall not be liable for loss of profit, loss of business or indirect loss, nor for any loss or corruption of data, save that the Provider shall restore data from the latest available backup.

10.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence or for fraud.

## 11. DURATION

11.1 This Agreement shall commence on signature and, subject to Clause 12, shall continue for a minimum term of 24 months from the Service Commencement Date ("the Minimum Term").

11.2 This Agreement shall expire at the end of the Minimum Term unless the Parties agree in writing to renew it.

## 12. EARLY TERMINATION

12.1 The Provider may terminate this Agreement with immediate effect by written notice if the Client fails to pay any undisputed Charges within 30 days after their due date and does not pay within 14 days after a written reminder, or if the Client becomes insolvent.

12.2 The Client may not terminate this Agreement before the end of the Minimum Term. The service credits under Clause 5 and damages within the limits of Clause 10 are the Client's sole remedies for any failure by the Provider, and the Client's right to rescind or terminate this Agreement for breach, including material breach, is excluded.

12.3 On expiry or termination the Provider shall co-operate fully in the transfer of the Services to the Client or to a successor provider for up to 30 days, at the same Charges.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement shall be governed by the law of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou in accordance with its rules. The award shall be final and binding.

## 14. GENERAL

14.1 This Agreement constitutes the whole agreement between the Parties. No variation shall be effective unless made in writing and signed by both Parties.

14.2 Notices shall be in writing and delivered to the addresses above.

**IN WITNESS WHEREOF** these presents are executed as follows:

Subscribed for and on behalf of Priest Island Managed Services Limited at Zhengzhou on ______________ 2025 by ______________, Director

Subscribed for and on behalf of Zhengzhou Kuaipao Supply Chain Technology Co., Ltd. at Zhengzhou on ______________ 2025 by ______________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h180e05 — Anji white-tea exporter: organic-certificate API subscription + integration; vendor on the Isola Budelli
# (Italian style, "Article N - Title", premises, specific approval), .txt
# ---------------------------------------------------------------------------------------------------------------
H180E05 = """API SUBSCRIPTION AND INTEGRATION AGREEMENT

BETWEEN

BUDELLI CERTIFICAZIONI DIGITALI S.R.L., with registered office at Località Cala di Roto, Isola Budelli, 07024 La
Maddalena (SS), Italy, VAT number IT02871450904, in the person of its Sole Director, Ms Chiara Serra (hereinafter
the "Vendor"),

AND

ANJI XILONG WHITE TEA EXPORT CO., LTD., with registered office at Xilong Township, Anji County, Huzhou, Zhejiang
Province, People's Republic of China, in the person of its legal representative (hereinafter the "Customer"),

(each a "Party" and together the "Parties").

PREMISES

(A) The Vendor operates the "OrganiCert API", an online service through which exporters of organic food can
retrieve, validate and archive organic certificates, certificates of inspection for the European Union (COI) and
related laboratory reports, and generate the certificate data required in their export documents.

(B) The Customer exports Anji white tea to the European Union and to other markets and wishes to connect its ERP
system to the OrganiCert API.

(C) At the Customer's request, all amounts in this Agreement are expressed and payable in Chinese Yuan (CNY), and
this Agreement is governed by the law of the People's Republic of China.

(D) The premises form an integral and substantial part of this Agreement.

NOW, THEREFORE, the Parties agree as follows.

Article 1 - Definitions
1.1 "API" means the OrganiCert application programming interface and the related web portal.
1.2 "Customer Data" means all certificates, laboratory reports, batch and shipment data, consignee details and other
data that the Customer uploads to or retrieves through the API.
1.3 "Integration Deliverables" means the ERP connector, the mappings of the Customer's 38 product SKUs to certificate
scopes, the export-document templates and any other work product of the Integration Services.
1.4 "Integration Services" means the services described in Article 3.
1.5 "Subscription Term" means 24 months from the Go-Live Date.

Article 2 - Subscription
2.1 The Vendor grants the Customer, for the Subscription Term, the non-exclusive right to access and use the API
under the Professional plan: up to 60,000 API calls and 5 named portal users per subscription year.
2.2 Calls above the yearly allowance are charged at CNY 0.80 per call. The Vendor shall warn the Customer when 80%
of the allowance has been used.
2.3 The Vendor shall keep the API connected to the certificate sources used by the Customer, in particular the
European Union TRACES system and the databases of the certification bodies named in the onboarding plan, and shall
inform the Customer in writing at least 60 days before any change to the API that requires a change to the connector.

Article 3 - Integration Services
3.1 The Vendor shall (a) develop a connector between the API and the Customer's Kingdee ERP system; (b) map the
Customer's 38 product SKUs to the scopes of its organic certificates; (c) configure templates for the COI data
and the organic statements in the Customer's commercial invoices and packing lists; and (d) train six employees
of the Customer.
3.2 The Integration Services shall be completed, and the Go-Live Date reached, within 70 days after signature of
this Agreement.
3.3 The Customer shall provide test access to its ERP system, its current certificates and a contact person with
authority to take decisions on the mappings.

Article 4 - Integration Acceptance
4.1 Before Go-Live the Parties shall carry out the following acceptance tests: (a) retrieval and validation of the
current certificates for all 38 SKUs; (b) the processing of 20 test shipments, from ERP sales order to the
generation of the export-document data, without manual correction; (c) correct handling of expired, suspended and
withdrawn certificates, which must block the shipment in the ERP; and (d) a load test of 500 API calls in ten
minutes with a median response time below two seconds.
4.2 When the tests are passed the Customer shall sign an Integration Acceptance Certificate within five working days
or notify the defects found. Use of the API in production before that certificate does not constitute acceptance.
4.3 If the Go-Live Date is not reached within the period in Article 3.2 for reasons attributable to the Vendor, the
Vendor shall pay the Customer a penalty of CNY 400 for each day of delay, up to 10% of the Integration Fee.

Article 5 - Fees and Payment
5.1 The fees are as follows, inclusive of VAT:
    Subscription, first year ........................................ CNY 186,000
    Subscription, second year ....................................... CNY 186,000
    Integration Fee (connector, SKU mapping, templates, training) .... CNY 124,000
    Total Contract Value ............................................ CNY 496,000
5.2 Within ten days after signature of this Agreement, and before the start of the Integration Services, the
Customer shall pay the Integration Fee and the first-year subscription fee, that is CNY 310,000.
5.3 The second-year subscription fee shall be invoiced on the first day of the second subscription year and paid
within 30 days of invoice.
5.4 Amounts not paid when due bear late-payment interest at the one-year Loan Prime Rate published in China.

Article 6 - Service Levels
6.1 The Vendor shall make the API available 99.95% of the time in each calendar month, excluding maintenance
announced three days in advance and carried out on Sundays between 02:00 and 06:00 China Standard Time.
6.2 The Vendor shall respond to Severity 1 incidents (the API is unavailable or returns wrong certificate status)
within one hour and restore the service within six hours; to Severity 2 incidents within three business hours;
and to other requests within two business days.
6.3 If the monthly availability falls below 99.95%, the Customer shall receive a credit of 5% of one twelfth of
the annual subscription fee; below 99.5%, 10%; below 99%, 25%. Credits are deducted from the next invoice or, in
the last year, refunded.

Article 7 - Customer Data and Security
7.1 Customer Data belongs to the Customer. The Vendor shall process it only to provide the API and the Integration
Services and for no other purpose, and shall not sell, disclose or analyse it for its own account.
7.2 The Vendor shall host the API instance used by the Customer and all Customer Data in mainland China, in the
Hangzhou data centre of Zhejiang Yunhe Hosting Co., Ltd. The Vendor shall apply encryption in transit and at rest,
role-based access with two-factor authentication, logging of all administrative access and daily backups, and
shall keep its ISO/IEC 27001 certification valid throughout the Subscription Term.
7.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, shall
take all measures needed to contain it and shall compensate the Customer for all damage caused by an incident
attributable to the Vendor.
7.4 On expiry of the Subscription Term the Vendor shall return the Customer Data in CSV and PDF format and delete it
within 30 days.

Article 8 - Intellectual Property
8.1 The API, the portal and all related software, documentation and know-how are the exclusive property of the
Vendor.
8.2 The Integration Deliverables, including their source code, are and remain the exclusive property of the Vendor,
which may reuse them for other customers. The Customer receives a non-exclusive and non-transferable licence to
use the Integration Deliverables for the duration of the Subscription Term only.

Article 9 - Confidentiality
9.1 Each Party shall treat as confidential all information received from the other Party in connection with this
Agreement, including prices, customer names, volumes and technical information, and shall not disclose it to
third parties without the other Party's prior written consent. This obligation continues for three years after the
end of this Agreement.

Article 10 - Subcontracting
10.1 The hosting provider named in Article 7.2 is approved by the Customer's signature of this Agreement.
10.2 The Vendor shall not otherwise subcontract any part of its obligations without the Customer's prior written
consent, and remains responsible for its subcontractors.

Article 11 - Term, Renewal and Termination
11.1 This Agreement enters into force on signature and ends on expiry of the Subscription Term. It may be renewed
only by written agreement of the Parties; there is no automatic renewal.
11.2 Either Party may terminate this Agreement by registered letter or email if the other Party commits a material
breach and fails to remedy it within 30 days after written notice.
11.3 On termination for the Vendor's breach, the Vendor shall refund the fees paid for the period after termination.

Article 12 - Liability
12.1 The total liability of each Party under this Agreement shall not exceed twice the Total Contract Value.
12.2 This limit does not apply to wilful misconduct or gross negligence, or to breach of Article 7 or Article 9.

Article 13 - Governing Law and Disputes
13.1 This Agreement is governed by the law of the People's Republic of China.
13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai
International Arbitration Centre for arbitration in Shanghai. The award shall be final and binding.

Article 14 - Final Provisions
14.1 This Agreement supersedes any prior agreement on its subject matter. Amendments are valid only in writing.
14.2 If any provision is invalid, the remaining provisions remain in force.
14.3 This Agreement is made in English in two originals.

Specific approval. The Customer declares that it has read and specifically approves Articles 5 (Fees and Payment),
8 (Intellectual Property) and 12 (Liability).

La Maddalena / Anji, ______________ 2025

The Vendor ______________                      The Customer ______________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, formats
# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h180z01": H180Z01, "h180z02": H180Z02, "h180e01": H180E01, "h180e03": H180E03}
TARGETS = {"h180z01": ("h180z01_city_tobacco_retail_terminal_supervision_system.docx", "docx"),
           "h180z02": ("h180z02_wire_rope_plant_online_flaw_detectors_maintenance.pdf", "pdf"),
           "h180e01": ("h180e01_cookware_polishing_cell_software_licence_irish_vendor.docx", "docx"),
           "h180e03": ("h180e03_mussel_farm_chlorophyll_sensors_buyer_paper.pdf", "pdf")}
PLAIN = {"h180z03": ("h180z03_kids_photo_chain_client_gallery_saas.md", H180Z03),
         "h180z04": ("h180z04_county_animal_epidemic_platform_om.txt", H180Z04),
         "h180z05": ("h180z05_osmanthus_cake_wms_supplier_template.md", H180Z05),
         "h180e02": ("h180e02_pilgrim_guesthouse_pms_saas_german_vendor.txt", H180E02),
         "h180e04": ("h180e04_logistics_startup_managed_it_scottish_provider.md", H180E04),
         "h180e05": ("h180e05_white_tea_organic_certificate_api_italian_vendor.txt", H180E05)}
FILES = {k: v[0] for k, v in TARGETS.items()}
FILES.update({k: v[0] for k, v in PLAIN.items()})

# ---------------------------------------------------------------------------------------------------------------
# Price and payment sums (asserted), contract values, TCO (policy §4)
# ---------------------------------------------------------------------------------------------------------------
def check_sums():
    # z01
    hw = 1850 * 980 + 120 * 5600 + 860000 + 236000 + 426000
    assert (1850 * 980, 120 * 5600) == (1813000, 672000) and hw == 4007000
    assert hw + 548000 + 296000 + 39000 == 4890000
    assert 978000 + 2200500 + 1711500 == 4890000 and 4890000 * 0.20 == 978000 and 4890000 * 45 // 100 == 2200500
    assert 4007000 * 8 // 100 == 320560
    # z02
    sub = 6 * 168000 + 2 * 96000 + 6 * 18000
    assert sub == 1308000 and sub + 86000 + 14000 == 1408000
    assert 140800 + 774400 + 492800 == 1408000 and 1408000 * 55 // 100 == 774400 and 1408000 * 35 // 100 == 492800
    assert 1308000 * 22 // 100 == 287760
    # z03
    assert 28 * 6800 == 190400 and 3 * 190400 == 571200 and 3 * 58000 == 174000
    assert 571200 + 174000 + 96000 == 841200 and (190400 + 58000) // 4 == 62100 and (190400 + 58000) % 4 == 0
    # z04
    assert 156000 + 62000 + 88000 + 38000 + 24000 == 368000 and 4 * 92000 == 368000
    # z05
    assert 30 * 2400 == 72000 and 360000 + 72000 + 286000 + 64000 + 12000 == 794000 and 2 * 397000 == 794000
    # e01
    lic = 8 * 118000 + 3 * 46000 + 96000
    assert (8 * 118000, 3 * 46000) == (944000, 138000) and lic == 1178000
    assert 46 * 7500 == 345000 and lic + 345000 + 128000 + 87000 == 1738000
    assert 347600 + 782100 + 608300 == 1738000 and 1738000 * 20 // 100 == 347600 and 1738000 * 45 // 100 == 782100
    assert 1178000 * 11 // 100 == 129580
    # e02
    assert 146 * 100 == 14600 and 36 * 14600 == 525600 and 36 * 2400 == 86400 and 525600 + 86400 + 58000 == 670000
    # e03
    sub = 14 * 38500 + 14 * 26800 + 48600 + 86000
    assert (14 * 38500, 14 * 26800) == (539000, 375200) and sub == 1048800
    assert sub + 112000 + 36400 + 12800 == 1210000
    assert 242000 + 544500 + 423500 == 1210000 and 1210000 * 45 // 100 == 544500 and 1210000 * 35 // 100 == 423500
    assert 1048800 * 9 // 100 == 94392
    # e04
    assert 85 * 420 == 35700 and 3 * 2600 == 7800 and 35700 + 7800 + 3200 == 46700
    assert 24 * 35700 == 856800 and 24 * 7800 == 187200 and 24 * 3200 == 76800
    assert 24 * 46700 + 38000 == 1158800
    # e05
    assert 2 * 186000 + 124000 == 496000 and 186000 + 124000 == 310000


def tco(value, warranty_months, fee_pct, fee_base, horizon=5):
    """policy §4: purchase + implementation (= contract value) + post-warranty fees over the horizon, pro rata."""
    post_years = max(0.0, horizon - warranty_months / 12)
    fees = post_years * fee_pct / 100 * fee_base
    total = value + fees
    return {"post_years": post_years, "annual_fee": fee_pct / 100 * fee_base, "post_fees": fees, "tco": total,
            "share_pct": fees / total * 100}


# ---------------------------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def terms(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="service")
    assert set(kw) <= set(base), set(kw) - set(base)
    base.update(kw)
    return {k: base[k] for k in TERM_KEYS}


# key -> (language, category, terms, extra (without contract_value), contract_value, forum outside mainland,
#         fee base for TCO or None, planned rules)
LABELS = {
    "h180z01": ("zh", "hardware",
                terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                      final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                      contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False), 4890000, False, 4007000, []),
    "h180z02": ("zh", "hardware",
                terms(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                      final_payment_on_acceptance=True, warranty_months=9, post_warranty_fee_pct=22,
                      contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False), 1408000, False, 1308000,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h180z03": ("zh", "cloud",
                terms(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                      ld_rate_per_day_pct=600 / 841200 * 100, liability_cap_pct=150,
                      auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), 841200, False, None,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h180z04": ("zh", "services",
                terms(p1_response_hours=6, ld_rate_per_day_pct=0.1, subcontract_without_consent=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), 368000, False, None,
                ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h180z05": ("zh", "software",
                terms(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                      ld_rate_per_day_pct=0.01, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
                      final_payment_on_acceptance=False, warranty_months=3, post_warranty_fee_pct=None,
                      subcontract_without_consent=None, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True), 794000, False, None,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h180e01": ("en", "software",
                terms(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                      final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                      governing_law="Ireland", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False), 1738000, True, 1178000,
                ["CR-GOVERNING-LAW"]),
    "h180e02": ("en", "cloud",
                terms(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=500 / 670000 * 100,
                      liability_cap_pct=6 / 36 * 100, governing_law="Germany"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), 670000, True, None,
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h180e03": ("en", "hardware",
                terms(p1_response_hours=2, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                      final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                      contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False), 1210000, False, 1048800, []),
    "h180e04": ("en", "services",
                terms(p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=800 / 1158800 * 100,
                      liability_cap_pct=125, termination_for_breach=False),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), 1158800, False, None,
                ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h180e05": ("en", "cloud",
                terms(availability_pct=99.95, p1_response_hours=1, ip_owner="supplier",
                      ld_rate_per_day_pct=400 / 496000 * 100, liability_cap_pct=200,
                      prepayment_pct=310000 / 496000 * 100),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), 496000, False, None,
                ["CR-IP-OWNERSHIP", "CR-PREPAYMENT"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
            "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high",
            "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium",
            "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def apply_rules(t, x, forum_outside, tco_share):
    """policy.md §3 and its reading notes, applied to a label's terms."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if tco_share is not None and tco_share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk_level(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def build_labels():
    out = {}
    for key, (lang, cat, t, x, value, forum_outside, fee_base, planned) in LABELS.items():
        extra = dict(x)
        extra["contract_value"] = value
        share = None
        if t["contract_kind"] == "goods_or_licence":
            assert "post_warranty_fee_capped" in extra
            if t["post_warranty_fee_pct"] is not None and fee_base is not None:
                tc = tco(value, t["warranty_months"], t["post_warranty_fee_pct"], fee_base)
                share = tc["share_pct"]
                print(f"  TCO {key}: annual fee {tc['annual_fee']:,.2f} x {tc['post_years']} y = "
                      f"{tc['post_fees']:,.2f}; TCO {tc['tco']:,.2f}; share {share:.2f} %")
        else:
            assert "post_warranty_fee_capped" not in extra
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert t["final_payment_on_acceptance"] is None
        got = apply_rules(t, extra, forum_outside, share)
        assert got == sorted(planned), (key, got, planned)
        label = {"file": FILES[key], "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": extra, "expected_rules": got}
        out[key] = label
        print(f"  {key}: {len(got)} rules, risk {risk_level(got)}: {', '.join(got) or '(none)'}")
    return out

# ---------------------------------------------------------------------------------------------------------------
# Read-back, lengths, threshold scan
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc = Document(str(path))
        parts = []
        for el in doc.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, doc).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, doc).rows:
                    parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# one pattern per policy threshold value; none may match a read-back text
THRESHOLDS = [
    ("prepayment 30 %", r"(?<![\d.])30\s*%|百分之三十|thirty per ?cent"),
    ("P1 response 4 hours", r"(?<![\d.])4\s*(?:小时|个小时|hours?\b|-hour|h\b)|(?<!十)四(?:个)?小时|\bfour\s*\(?4?\)?\s*hours?"),
    ("availability 99.9 %", r"(?<![\d.])99\.9(?![\d])|百分之九十九点九(?![\d零一二三四五六七八九])"),
    ("LD 0.05 %/day", r"(?<![\d.])0\.05\s*%|万分之五|千分之零点五"),
    ("post-warranty fee 15 %", r"(?<![\d.])15\s*%|百分之十五|fifteen per ?cent"),
    ("liability cap 100 %", r"(?<![\d.])100\s*%|百分之(?:一)?百|one hundred per ?cent"),
    ("warranty 12 months", r"(?<![\d.])12\s*(?:个月|months?\b|-month)|十二个月|twelve\s*(?:\(12\)\s*)?months?"),
    ("TCO share 40 %", r"(?<![\d.])40\s*%|百分之四十|forty per ?cent"),
]
# a year is not a threshold value, but a "one-year" warranty would be 12 months: listed for a look by hand
YEAR = r"(?<![下上第])一年(?!度)|\bone(?:\s+further)?[ -]year\b|\b1[ -]year\b"


def scan(texts):
    bad = 0
    for name, text in texts.items():
        flat = re.sub(r"\s+", " ", text)
        tight = re.sub(r"\s+", "", text)  # PDF lines break inside Chinese words (e.g. "24小|时"): scan joined too
        for what, pat in THRESHOLDS:
            for version in (flat, tight):
                for m in re.finditer(pat, version, flags=re.I):
                    bad += 1
                    print(f"  THRESHOLD {what}: {name}: …{version[max(0, m.start() - 30):m.end() + 30]}…")
        for m in re.finditer(YEAR, flat, flags=re.I):
            print(f"  (year, checked by hand) {name}: …{flat[max(0, m.start() - 40):m.end() + 30]}…")
    return bad


def main():
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    print("labels (rules re-applied from the policy and compared with the plan):")
    labels = build_labels()
    for key, label in labels.items():
        stem = Path(label["file"]).stem
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    print("read-back lengths:")
    texts = {}
    for key in sorted(FILES):
        path = OUT / FILES[key]
        text = read_back(path)
        texts[FILES[key]] = text
        lang = LABELS[key][0]
        chars = len(re.sub(r"\s", "", text))
        words = len([w for w in text.split() if re.search(r"\w", w)])  # table separators are not words
        print(f"  {FILES[key]}: {len(text)} characters ({chars} without whitespace), {words} words")
        if lang == "zh":
            assert 2700 <= len(text) <= 3400, (key, len(text))
        else:
            assert 1500 <= words <= 1700, (key, words)
        # every contract value appears in its read-back text (grouped with commas)
        assert f"{LABELS[key][4]:,}" in text.replace("\u00a0", " "), key
    print("threshold scan of the read-back texts:")
    bad = scan(texts)
    print(f"  {bad} threshold value(s) found")
    assert bad == 0


if __name__ == "__main__":
    main()
