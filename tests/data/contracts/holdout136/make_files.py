"""Builds the ten holdout136 drafts (blind held-out set of ordinary contracts) from the sources below.

.md and .txt files are written as they stand; the two .docx (real Word price tables) and the two .pdf (paragraphs
broken at word boundaries, wrap_words=True) are built with ../word_pdf.py. Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h136z01 — 住房公积金管理中心 公积金综合服务平台 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H136Z01 = """
T:宜川市住房公积金管理中心公积金综合服务平台建设项目合同
P:合同编号：YCGJJ-2026-ZB017
P:采购方式：公开招标（招标编号：YCZC2026-0341）
P:甲方（采购人）：宜川市住房公积金管理中心
P:乙方（供应商）：南京博衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方负责建设甲方公积金综合服务平台，包括网上业务大厅、手机公积金（APP及小程序）和柜面综合业务系统的升级整合，数据交换平台建设，以及配套服务器、存储和商用密码设备的供货、安装、系统集成、数据迁移、上线实施与培训。
P:1.2 平台须与市不动产登记、人社、公安人口库、民政婚姻登记及受托银行结算系统等共14个外部系统对接，具体接口清单及技术要求见附件1《需求规格说明书》。
P:1.3 乙方应于合同生效后150日内完成全部建设内容并具备初步验收条件。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰柒拾肆万元整（¥2,740,000.00），为含税固定总价，包括设备、软件许可、定制开发、运输、安装、集成、迁移、培训及质保期内全部服务费用，甲方不再支付其他任何费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|综合服务平台软件许可（网厅、移动端、柜面，永久许可）|1套|860,000
TB:2|数据交换平台及14个外部接口定制开发|1项|624,000
TB:3|应用服务器|6台|411,000
TB:4|分布式存储系统|1套|356,000
TB:5|服务器密码机及签名验签服务器|2台|188,000
TB:6|系统集成、数据迁移及上线实施|1项|263,000
TB:7|培训|1项|38,000
TB:合计|||2,740,000
P:2.3 上表第1、3、4、5项为软硬件部分，小计人民币1,815,000元（以下简称“软硬件小计”）。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即548,000元。
P:3.2 设备到货、平台部署完成并通过初步验收后，甲方支付合同总价的42%，即1,150,800元。
P:3.3 项目最终验收合格后，甲方支付合同总价的33%，即904,200元。
P:3.4 合同总价的5%即137,000元作为质量保证金，于质保期满且乙方履行完质保义务后无息支付。
P:3.5 乙方应在每次付款前开具等额增值税发票。甲方付款通过国库集中支付系统办理，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应按甲方确认的实施方案组织开发和部署。设备送达甲方指定机房（宜川市政务云机房）后由双方共同开箱清点并签署到货签收单。到货签收仅确认数量及外观，不代表质量验收。
P:4.2 数据迁移前乙方应提交迁移方案和回退方案，经甲方书面同意后实施；迁移须在非办公时段进行，不得影响公积金归集、提取和贷款业务的正常办理。
P:4.3 乙方应派驻不少于6名实施人员（含项目经理1名）。项目经理须具有五年以上政务系统建设经验，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收：全部功能按附件1逐项测试通过；在500个并发用户下，查询类业务响应时间不超过2秒、办理类业务不超过3秒；历史数据迁移后，账户余额、缴存明细、贷款台账与原系统逐笔核对一致；14个外部接口联调通过。
P:5.2 最终验收：初步验收后系统试运行60日，期间未发生一级故障；取得第三方测评机构出具的网络安全等级保护第三级测评报告（无高风险问题）及商用密码应用安全性评估报告；乙方已移交源代码、技术文档和运维手册。
P:5.3 验收由甲方组织，可邀请专家参加，验收合格后双方签署验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及技术支持。
P:6.2 故障响应：一级故障（网厅、移动端或柜面系统整体不可用，或资金结算中断）乙方30分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，8小时内解决；三级故障当日响应，3个工作日内解决。
P:6.3 平台月度可用率不低于99.95%。计划内维护须提前3日经甲方同意，并安排在非办公时段，不计入不可用时间。
P:6.4 乙方未按6.2规定时限响应或恢复的，每超时1小时扣除质量保证金1,000元；月度可用率每低于约定值0.01个百分点，扣除质量保证金2,000元。质量保证金不足扣除的，甲方可从应付款中扣减或要求乙方另行支付。
P:6.5 质保期满后，甲方如需继续购买运维服务，年度运维服务费不高于软硬件小计的8.5%（即每年不超过154,275元），且三年内不上调。运维服务合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 本项目中为甲方定制开发的数据交换平台、外部接口程序、业务流程配置、报表及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 乙方原有平台软件的知识产权仍归乙方。乙方授予甲方永久、不可撤销的使用许可，许可范围满足甲方业务需要，且不因质保期届满而终止。
P:7.3 乙方保证交付成果不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的缴存职工个人信息、账户数据、业务数据及日志均属甲方所有。乙方仅可为履行本合同在甲方授权范围内处理，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及等级保护要求，实施人员须签署保密承诺书；远程运维须经甲方审批并通过甲方堡垒机进行，操作全程审计；开发测试只能使用甲方提供的脱敏数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施，并于1小时内报告甲方。因乙方原因导致安全事件的，乙方承担全部法律责任，并赔偿甲方及缴存职工由此遭受的全部损失。
H:第九条 保密
P:9.1 双方对在订立和履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成建设内容或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并承担由此产生的费用。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.4 乙方违约给甲方造成损失，违约金不足以弥补的，乙方应赔偿不足部分。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得转包，也不得将本合同的权利义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约（包括但不限于交付严重不符合要求、发生重大数据安全事件、擅自转包），经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 附件：1.需求规格说明书；2.设备配置清单；3.实施计划；4.售后服务承诺书。
P:甲方（盖章）：宜川市住房公积金管理中心
P:法定代表人或授权代表：____________  日期：2026年  月  日
P:乙方（盖章）：南京博衡信息技术有限公司
P:法定代表人或授权代表：____________  日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h136z02 — 水泥厂 回转窑筒体红外扫描测温系统 (hardware supply + post-warranty maintenance), .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H136Z02 = """
T:回转窑筒体红外扫描测温系统采购及维护合同
P:合同编号：QY-SB-2026-0158
P:甲方（买方）：安徽青弋水泥有限公司
P:乙方（卖方）：武汉热视光电科技有限公司
P:甲方为其两条5000t/d新型干法熟料生产线的回转窑配置筒体红外扫描测温系统，经比价谈判确定乙方为供货单位。双方依据《中华人民共和国民法典》，经协商一致签订本合同。
H:一、供货范围与技术要求
P:（一）乙方向甲方供应回转窑筒体红外扫描测温系统两套（1号窑、2号窑各一套），并负责安装、标定、调试、与中控DCS系统通讯及人员培训。
P:（二）主要技术要求：
P:1. 扫描仪测温范围0～600℃，测温误差不超过±3℃，单次扫描周期不超过8秒，筒体轴向分辨率不低于0.2米；
P:2. 监测软件可实时显示筒体温度展开图和历史热图，具备红窑预警、窑皮厚度估算、轮带滑移量计算功能，报警信号同步送至中控DCS；
P:3. 扫描仪及点式测温仪须适应窑头粉尘、高温和振动环境，防护等级不低于IP65，并配备冷却吹扫装置；
P:4. 系统提供Modbus TCP或OPC UA通讯接口，历史数据在监测服务器上保存不少于三年。
P:（三）详细配置见附件1《技术协议》。技术协议与本合同不一致的，以对甲方更有利的约定为准。
H:二、合同价格
P:（一）合同总价为人民币壹佰贰拾捌万叁仟元整（¥1,283,000），含13%增值税及运输、保险、安装调试和培训费用。
P:（二）合同价格为固定价格，不因原材料价格、汇率或运费变动而调整。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|回转窑筒体红外扫描仪（含防护罩、冷却吹扫装置）|2套|268,000|536,000
TB:2|轮带及托轮点式红外测温仪|16台|9,800|156,800
TB:3|现场防护箱、支架及光纤转换设备|2套|42,600|85,200
TB:4|工控机及监测服务器|2套|56,500|113,000
TB:5|筒体温度监测分析软件许可|2套|118,000|236,000
TB:|硬件及软件许可小计|||1,127,000
TB:6|安装调试及标定|1项||96,000
TB:7|DCS通讯及画面组态|1项||42,000
TB:8|操作及维护培训|1项||18,000
TB:|合计|||1,283,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，计256,600元。
P:（二）设备全部到货并经双方开箱清点后，甲方支付合同总价的45%，计577,350元。到货清点不视为质量验收。
P:（三）系统安装调试完成并经验收合格后，甲方支付合同总价的25%，计320,750元。
P:（四）剩余10%计128,300元为质量保证金，质保期满无质量问题后一次性支付。
P:（五）每次付款前乙方应开具相应金额的增值税专用发票。甲方以银行转账或银行承兑汇票支付。
H:四、交货与安装
P:（一）乙方应在合同签订后60日内将全部设备运至甲方厂区指定地点。设备安装须结合甲方窑系统检修计划进行，安装窗口由甲方提前10日通知乙方。
P:（二）乙方安装人员进入厂区须遵守甲方安全生产管理制度，办理动火、高处作业等审批手续。因乙方人员违章造成的安全事故由乙方负责。
P:（三）设备包装应适合长途运输和现场吊装，并具备防潮、防震措施。乙方随货提供装箱单、合格证、出厂检验报告、标定证书及使用说明书。
P:（四）到货清点发现短缺或损坏的，乙方应在7日内补齐或更换，由此造成的交货延误计入逾期。
H:五、验收
P:（一）验收条件：系统连续稳定运行72小时；扫描仪测温值与甲方手持标定仪在不少于20个测点的对比误差均不超过±3℃；模拟高温区的红窑报警在3秒内送达中控DCS；轮带滑移量计算结果与人工测量结果一致；培训已完成且技术资料齐全。
P:（二）验收由双方共同进行并签署验收报告。未达到上述条件的，乙方应在10日内整改后重新验收。设备安装完成或投入使用均不视为验收合格。
H:六、质量保证
P:（一）质保期为十八个月，自验收合格之日起计算。质保期内因产品质量原因出现的故障，乙方免费维修或更换，软件免费升级。
P:（二）故障响应：一级故障（扫描仪停止扫描、数据中断或报警失效）乙方1小时内远程响应，8小时内派工程师到达现场，36小时内修复或提供备用设备；一般故障2小时内响应，3日内修复。
P:（三）乙方未按上款时限响应或到场的，每超时1小时向甲方支付500元；未按时修复的，每超过1日支付2,000元，甲方可从质量保证金中扣除。
P:（四）乙方应在甲方厂区存放扫描仪核心备件（探测器组件、扫描电机各一套），质保期内免费更换。
P:（五）质保期内同一部件因质量原因累计故障三次的，乙方应更换同型号新品，该部件的质保期自更换之日起重新计算。
H:七、质保期满后的维护服务
P:（一）质保期满后，乙方提供年度维护服务，内容包括每季度一次现场巡检与标定、故障维修、备件更换、软件升级和远程技术支持，服务时限按本合同第六条第（二）项执行。
P:（二）年度维护费按硬件及软件许可小计的17.5%计取，即每年人民币197,225元，维护期内不作调整，备件费用已包含在内。
P:（三）维护服务期自质保期满之日起至验收合格满五年之日止，共三年半。维护费每半年支付一次，于每个维护期间结束后支付。
H:八、知识产权与数据
P:（一）乙方保证所供设备及软件不侵犯第三方知识产权。监测分析软件的著作权归乙方，乙方授予甲方永久使用许可。
P:（二）乙方为甲方完成的DCS通讯程序、画面组态及报警参数配置归甲方所有，甲方可自行修改和使用。
P:（三）系统采集的筒体温度、窑况及生产数据均属甲方所有，乙方不得用于本合同以外的任何目的。
P:（四）乙方远程维护须经甲方生产部审批，通过甲方指定的VPN及工控防火墙接入，不得在监测服务器上安装与本系统无关的程序；发现病毒、入侵或数据泄露的，乙方应在2小时内报告甲方并配合处置。因乙方原因造成数据泄露或生产系统受损的，乙方承担赔偿责任。
H:九、保密
P:乙方对在履行合同中获知的甲方工艺参数、生产数据、设备布置及经营信息负有保密义务，不得向第三方披露，保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）乙方所供设备经两次整改仍不能通过验收的，甲方有权退货，乙方应退还已收款项并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:十一、分包
P:乙方不得将本合同转包。支架制作、电缆敷设等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方违反本合同约定，经甲方书面通知后10日内仍未纠正的，或逾期交货超过30日的，甲方有权解除合同并要求乙方赔偿损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宣城仲裁委员会仲裁。
H:十四、其他
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件1《技术协议》、附件2《设备清单》与本合同具有同等效力。
P:甲方：安徽青弋水泥有限公司（盖章）  代表签字：__________  日期：2026年  月  日
P:乙方：武汉热视光电科技有限公司（盖章）  代表签字：__________  日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h136z03 — 口腔连锁 诊所管理 SaaS (three years + 实施), .md, Markdown headings 一、 with numbered items
# ---------------------------------------------------------------------------------------------------------------
H136Z03 = """# 口腔诊所管理云平台服务合同

合同编号：HC-IT-2026-009

**甲方（客户）**：杭州皓齿口腔医疗管理有限公司

**乙方（服务商）**：上海牙云信息科技有限公司

鉴于甲方及其下属18家口腔诊所需要统一的诊所管理系统，乙方提供“牙云”口腔诊所管理云平台（以下简称“平台”），双方经协商一致，订立本合同。

## 一、服务内容

1. 乙方向甲方及附件1所列18家诊所提供平台订阅服务，功能包括：预约挂号与医生排班、电子病历及牙位图、影像管理（对接口内扫描仪、CBCT及全景机）、收费与医保结算、会员与储值、耗材库存、集团报表与财务对账。
2. 实施服务：历史数据迁移（现用系统中约21万名患者的档案、就诊记录、储值余额及影像索引）、各诊所影像设备对接、集团报表模板配置、诊所员工培训。
3. 服务期为三年，自服务起始日起算。服务起始日为实施验收合格之日。
4. 服务期内新增诊所的，按每家每年21,600元标准按月折算计费，其他条款不变。
5. 平台的标准功能随版本更新持续提供，乙方不得在服务期内删减附件3所列功能。版本更新须提前7日通知甲方，涉及操作方式重大变化的须提前30日通知并提供培训材料。

## 二、费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 诊所端订阅费 | 18家 × 21,600元/家/年 × 3年 | 1,166,400 |
| 集团管理端订阅费 | 36,000元/年 × 3年 | 108,000 |
| 实施服务费 | 一次性 | 146,000 |
| 合计 | | 1,420,400 |

上述费用均含6%增值税。订阅费包含平台功能使用、数据存储（每家诊所影像存储空间不超过2TB，超出部分按每TB每年1,200元计费）、版本更新及客服支持。除本合同另有约定外，乙方不得另行收取任何费用。

## 三、支付

1. 本合同不设预付款。
2. 实施服务费在实施验收合格后15个工作日内一次性支付。
3. 订阅费按季度结算，每季度106,200元。乙方于每个服务季度结束后开具发票，甲方收到发票后15个工作日内支付当季订阅费。

## 四、实施与验收

1. 乙方应于合同签订后75日内完成全部18家诊所上线。实施期间乙方派驻项目经理1名、实施顾问4名，分批在各诊所现场支持。
2. 实施验收标准：（1）18家诊所全部上线并连续10个营业日正常使用；（2）迁移的患者档案、就诊记录和储值余额与原系统逐条核对一致，抽查的影像可正常调阅；（3）各诊所影像设备对接测试通过；（4）集团报表与甲方财务数据核对无差异；（5）培训完成，每家诊所至少3名员工通过操作考核。
3. 验收由甲方信息部组织，合格后双方签署验收单。仅上线使用不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
4. 乙方未按期完成全部诊所上线的，每逾期一日向甲方支付违约金1,200元。
5. 甲方应指定项目负责人，按实施计划协调各诊所配合数据核对和培训，并按乙方要求提供现用系统的数据导出文件。因甲方原因导致的延误，上线期限相应顺延。

## 五、服务水平

1. 平台月度可用率不低于99.5%（经甲方同意的计划维护时间除外，计划维护安排在晚间22:00以后进行）。
2. 故障分级响应：一级故障（平台整体不可用，或收费、预约功能在两家以上诊所无法使用）30分钟内响应、3小时内恢复；二级故障1小时内响应、8小时内解决；三级故障1个工作日内响应。
3. 服务补偿：月度可用率低于约定标准的，当月订阅费按未达标的幅度抵扣，每低0.1个百分点抵扣当月订阅费的5%，最高抵扣当月订阅费的一半；一级故障响应超时的，每次另抵扣当月订阅费的2%。
4. 乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
5. 乙方提供每日8:00至20:00在线客服及一级故障全天候电话支持，并为甲方指定专属客户经理。

## 六、数据归属与数据安全

1. 甲方及各诊所上传或在平台中产生的患者信息、病历、影像及经营数据（以下简称“客户数据”）归甲方所有。
2. 甲方同意乙方对客户数据进行去标识化处理后，汇总用于乙方产品改进、算法训练及发布口腔行业经营分析报告；该等去标识化数据的使用在本合同终止后仍可继续。
3. 乙方应将客户数据存储于中国境内，平台须通过网络安全等级保护第三级测评；患者敏感个人信息加密存储和传输；乙方员工访问客户数据须经授权并留存日志。
4. 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应法律责任并赔偿甲方损失。
5. 平台中的电子病历功能应符合《电子病历应用管理规范（试行）》的要求，病历修改须留痕、可追溯，乙方不得擅自修改或删除病历记录。
6. 合同终止后30日内，乙方应按甲方要求以通用格式交还全部客户数据，并在交还后删除，但本条第2款所述去标识化数据除外。

## 七、知识产权

1. 平台及其原有功能的知识产权归乙方。
2. 乙方为甲方定制的集团报表模板、数据迁移脚本及影像设备对接配置归甲方所有，甲方可自由使用、修改，并可交由第三方服务商使用。
3. 乙方保证平台不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并赔偿甲方损失。

## 八、保密

双方对在合作中获知的对方商业秘密及其他未公开信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内有效。

## 九、责任限制

乙方在本合同项下承担的赔偿责任总额以本合同总金额的120%为限，但因乙方故意、重大过失或违反本合同第六条造成的损失不受此限。

## 十、续期

服务期届满前60日内，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，此后亦同。续期期间的订阅单价按乙方届时公布的标准价目表执行。

## 十一、转包与分包

乙方不得转包。乙方将实施服务的任何部分交由第三方完成的，须事先取得甲方书面同意。乙方使用的云服务提供商（阿里云华东2区）已经甲方确认。

## 十二、合同解除

1. 乙方严重违约（包括月度可用率连续两个月低于约定标准、发生重大数据安全事件），经甲方书面通知后15日内未能纠正的，甲方有权解除合同，乙方应配合交还数据并赔偿损失。
2. 甲方逾期付款超过60日的，乙方经书面催告后可暂停服务。
3. 合同因乙方原因解除的，乙方应免费协助甲方将客户数据迁移至甲方指定的新系统，协助期不少于30日。

## 十三、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

## 十四、其他

1. 本合同一式两份，双方各执一份，自双方签章之日起生效。
2. 因不可抗力不能履行合同的，受影响一方应及时通知对方并在合理期限内提供证明，按影响程度部分或全部免除责任；但乙方不得以其云服务提供商的一般故障为由主张不可抗力。
3. 双方通知以书面形式送达本合同载明的地址或双方项目负责人的电子邮箱。
4. 附件：1.诊所清单；2.实施计划；3.平台服务说明。

甲方（盖章）：杭州皓齿口腔医疗管理有限公司　　授权代表：__________　　日期：2026年　月　日

乙方（盖章）：上海牙云信息科技有限公司　　授权代表：__________　　日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h136z04 — 县医疗保障局 医保经办信息系统 annual O&M (政府采购 竞争性磋商), .txt, 第X章 + 第X条
# ---------------------------------------------------------------------------------------------------------------
H136Z04 = """青溪县医疗保障局医保经办信息系统运维服务合同

项目编号：QXZC2026-C012（竞争性磋商）
甲方（采购人）：青溪县医疗保障局
乙方（成交供应商）：江西恒医信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、《政府采购竞争性磋商采购方式管理暂行办法》，依据本项目磋商文件、乙方响应文件及成交通知书，甲乙双方签订本合同。

第一章 服务内容

第一条 乙方为甲方提供2026年度医保经办信息系统运维服务，服务对象包括：医保经办业务系统（参保登记、待遇审核、基金结算、异地就医备案等模块）、全县186家定点医药机构的结算接入、与省医保信息平台的接口、经办大厅窗口终端，以及配套的服务器、数据库、中间件和网络安全设备。
第二条 服务期自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，不自动续期；下一年度服务须另行依法采购。
第三条 日常运维内容包括：系统及网络运行监控；数据库备份检查及季度恢复演练；操作系统、数据库及中间件补丁评估与安装；经办账号及权限变更；安全日志审计；定点医药机构新增、变更及退出时的接入配置；配合省医保信息平台的版本升级和接口调整；经办窗口终端及读卡设备的故障处理。
第四条 乙方派驻2名具备医保信息系统运维经验的工程师在甲方驻场，工作日8:30至17:30在岗；医保年度结转、月末结算等关键时段按甲方要求延时值守。驻场人员更换须提前10日经甲方书面同意，且新人员资历不得低于原人员。驻场人员应遵守甲方考勤和保密管理制度，服从甲方信息股的工作安排。甲方为驻场人员提供办公场所、必要的网络接入和运维账号，并负责协调省医保信息平台及定点医药机构配合故障排查。

第二章 合同价格与支付

第五条 合同总价为人民币肆拾肆万肆仟元整（¥444,000.00），为全包干价，包括人工、差旅、工具、备品备件及税费。分项如下：
（一）驻场运维服务（2人，全年）216,000元；
（二）季度巡检与健康检查（4次）38,000元；
（三）定点医药机构接入及结算接口维护74,000元；
（四）数据库与中间件维护52,000元；
（五）安全加固及等保测评配合36,000元；
（六）应急保障（含节假日及医保年度结转）28,000元。
第六条 本合同不设预付款。服务费按季度支付，每季度111,000元。每季度结束后，甲方根据季度考核情况确认当季服务，乙方开具发票后，甲方在10个工作日内支付。

第三章 服务要求与考核

第七条 故障分级及响应：
（一）一级故障：医保结算中断、经办系统整体不可用或省平台接口中断。乙方15分钟内响应，1小时内到场处置，3小时内恢复业务。
（二）二级故障：部分功能异常或个别定点机构无法结算。乙方30分钟内响应，8小时内解决。
（三）三级故障：不影响业务办理的一般问题。乙方2个工作日内解决。
第八条 医保结算相关系统在服务期内的可用率不低于99.95%，计划内维护须提前报甲方批准，并安排在非经办时段。
第九条 乙方每季度对服务器硬件状态、存储容量、数据库性能、备份完整性、安全设备策略及日志进行一次全面巡检，提交巡检报告和运维服务报告，内容包括故障处理记录、系统性能分析、安全风险及整改建议；乙方应制定数据库故障、网络中断、省平台接口中断等情形的应急预案，报甲方备案，每年医保年度结转前完成一次全面检查，每半年组织一次应急演练并提交演练报告。
第十条 考核办法：甲方每季度按附件《运维服务考核表》对乙方进行考核。服务水平未达到第七条、第八条要求的，乙方应在5个工作日内提交书面整改报告并落实整改；考核结果记入乙方履约评价档案，作为甲方今后采购的参考。本合同不因考核结果扣减服务费，乙方亦不因此承担违约金或其他赔偿。
第十一条 年度验收：服务期满后，甲方组织年度验收。验收标准为：四个季度考核均已完成；一级、二级故障处理记录完整并全部闭环；巡检报告、运维报告齐全；运维文档、配置基线和系统账号已完成移交。

第四章 数据安全与保密

第十二条 医保经办系统中的参保人员信息、就医结算数据、基金数据及系统日志均属甲方所有。乙方仅为履行运维职责在授权范围内接触上述数据，不得查询与运维无关的数据，不得复制、留存、对外提供或用于任何其他目的。
第十三条 乙方人员须经甲方审查并签署保密承诺书；所有运维操作须通过甲方堡垒机进行并全程审计；禁止使用个人设备接入医保专网；数据库变更须事先经甲方书面审批并完成备份。
第十四条 发生数据泄露、篡改、丢失或其他网络安全事件的，乙方应立即处置并在1小时内报告甲方；因乙方原因造成的，乙方承担全部法律责任，赔偿甲方及参保人的损失，并承担监管部门处罚所产生的后果。
第十五条 乙方对在服务中知悉的甲方工作秘密、医保基金信息及其他未公开信息负有保密义务，保密期限不因合同终止而终止。

第五章 知识产权

第十六条 乙方在服务期内形成的运维文档、巡检报告、脚本、配置基线及应急预案，知识产权归甲方所有，甲方可自由使用、修改，并可交由后续服务商使用。

第六章 分包

第十七条 乙方可将机房空调、UPS及消防设施的巡检维护工作委托具备相应资质的第三方完成，但应提前5个工作日书面告知甲方，并对第三方的工作承担责任。除前述工作外，乙方不得分包或转包。

第七章 违约责任

第十八条 乙方未在合同生效后5日内完成驻场人员进场和运维交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
第十九条 因乙方过错造成甲方损失的，乙方应予赔偿。
第二十条 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。
第二十一条 甲方逾期支付服务费的，每逾期一日按逾期金额的万分之二支付违约金。

第八章 合同解除

第二十二条 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）发生重大数据安全事件；（二）擅自转包；（三）其他严重违约行为，经甲方书面催告后10日内仍未改正。合同解除后，甲方按实际服务期间结算服务费，乙方应按第二十三条完成交接。
第二十三条 服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的后续服务商完成交接，包括运维文档、配置基线、账号密码清单、未闭环问题清单，并配合后续服务商熟悉系统，交接完成后由甲方确认。

第九章 法律适用与争议解决

第二十四条 本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十章 附则

第二十五条 磋商文件、响应文件、成交通知书及附件《运维服务考核表》《系统清单》为本合同的组成部分。
第二十六条 本合同一式五份，甲方三份，乙方两份，经双方签章后生效。

甲方（盖章）：青溪县医疗保障局　　　　代表：__________　　日期：2025年12月　日
乙方（盖章）：江西恒医信息技术有限公司　　代表：__________　　日期：2025年12月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h136z05 — 茶饮连锁 门店收银 POS licence + custom development, supplier's own template, .md, N. / N.N
# ---------------------------------------------------------------------------------------------------------------
H136Z05 = """# 云点收银系统软件许可及定制开发合同

（云点科技标准合同文本 V4.0 · 2025年版）

合同编号：YD-HT-2026-0412

甲方：湖南沁柚餐饮管理有限公司

乙方：深圳云点收银科技有限公司

甲方旗下“沁柚”茶饮门店拟统一使用乙方云点收银系统，并就会员、小程序点单、外卖聚合及供应链要货进行定制开发。为明确双方权利义务，双方同意按乙方本标准文本签订合同。

## 1. 合作内容

1.1 乙方向甲方授予云点收银系统门店终端软件（260个门店许可）及总部管理后台软件的永久使用许可。

1.2 乙方按附件《定制开发需求确认单》完成以下定制开发：会员积分与储值在全部门店互通；微信及支付宝小程序点单对接；美团、饿了么外卖订单聚合；门店向中央仓要货接口。

1.3 乙方负责系统部署及门店收银员培训（以线上培训为主，首批20家门店提供线下培训）。

1.4 收银硬件（收银一体机、小票及标签打印机）由甲方自行采购，不在本合同范围内。乙方提供经适配测试的硬件型号清单，甲方采购清单以外硬件的，乙方不保证系统正常运行。

1.5 门店终端许可按门店计算，每个许可限一家门店在一台主收银设备及一台副屏上使用。门店关闭的，许可可经乙方后台迁移至甲方新开门店，每个自然年度迁移不超过20次。许可不得转让或转授权给甲方的加盟商以外的第三方。

1.6 总部管理后台许可包括商品管理、价格与促销管理、门店管理、会员管理、报表中心及供应链要货模块，账号数量不限。

## 2. 合同金额

| 项目 | 数量 | 金额（元） |
|---|---|---|
| 门店终端软件许可 | 260店 × 1,450元 | 377,000 |
| 总部管理后台软件许可 | 1套 | 128,000 |
| 定制开发费 | 1项 | 356,000 |
| 部署实施及培训 | 1项 | 84,000 |
| 合计 | | 945,000 |

以上金额含税，不含收银硬件、第三方平台接口使用费及短信费用；短信费用按乙方公布的标准另行结算。门店数量增加的，按每店1,450元另行计收许可费。

## 3. 付款

3.1 本合同签订后5个工作日内，甲方支付合同总金额的65%，即614,250元，乙方收款后启动开发。

3.2 系统上线后5个工作日内，甲方支付合同总金额的35%，即330,750元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，且乙方有权暂停服务和开发工作，工期相应顺延。

## 4. 开发与交付

4.1 乙方计划在收到首付款后90日内完成定制开发及首批门店上线，具体时间以乙方项目计划为准。

4.2 因需求变更、甲方配合延误或第三方平台（微信、支付宝、美团、饿了么）接口调整导致延期的，工期顺延，乙方不承担责任。

4.3 乙方未能按计划交付的，双方协商确定新的交付时间，乙方不承担违约金或赔偿责任。

4.4 甲方应在项目启动后10日内提供门店清单、商品及价格资料、历史会员数据和各第三方平台的商户账号，并指定项目联系人。甲方提供的资料不完整或不准确导致的延误和错误，由甲方负责。

4.5 系统上线采取分批方式：首批20家门店上线运行后，乙方按甲方提供的门店开通计划分批开通其余门店，每批不少于50家。

4.6 乙方向甲方交付的资料包括系统操作手册、门店收银员培训视频及总部后台管理员手册。

## 5. 验收

5.1 系统部署完成并在甲方首批门店上线运行，即视为甲方验收合格。

5.2 甲方在上线后7日内未提出书面异议的，亦视为验收合格。

5.3 验收合格后甲方提出的新需求或功能调整，按需求变更处理，另行计费，单价为每人天2,000元。

## 6. 免费维护

6.1 乙方自系统上线之日起提供三个月的免费维护服务，包括缺陷修复、远程技术支持及小版本升级。

6.2 故障响应：乙方客服热线服务时间为每日9:00至21:00。一级故障（门店无法收银）乙方在24小时内响应；其他故障在3个工作日内响应。

6.3 因系统故障导致的门店营业损失，乙方不承担赔偿责任，亦不因故障扣减或退还任何费用。

6.4 因甲方自购硬件、网络或第三方平台原因导致的故障，不属于免费维护范围。

6.5 乙方以远程方式提供维护服务。需要现场服务的，甲方应承担乙方人员的差旅费用，按乙方差旅标准另行结算。

## 7. 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方另行签订年度服务合同，年度服务费按乙方届时公布的收费标准执行。

7.2 未签订年度服务合同的，乙方不再提供任何技术支持和升级，由此产生的系统问题由甲方自行承担。

## 8. 知识产权

8.1 云点收银系统及其全部组件的知识产权归乙方所有。

8.2 本合同项下定制开发形成的程序、源代码、接口及文档的知识产权均归乙方所有，乙方可将其用于其他客户及乙方产品。甲方在许可期内享有非独占的使用权，不得修改、反编译或许可第三方使用。

8.3 乙方不向甲方交付源代码。

8.4 甲方如需将定制功能用于其他品牌或向加盟商以外的第三方提供，应另行向乙方购买许可。

## 9. 数据

9.1 甲方门店的交易、会员及商品数据归甲方所有。

9.2 甲方同意乙方在对数据进行脱敏处理后，将交易及会员消费数据用于行业分析、产品优化，以及向乙方的合作方提供经营分析服务。

9.3 乙方采取防火墙、数据加密及访问权限控制等措施保障系统数据安全；发生数据泄露的，乙方应及时通知甲方。因乙方过错造成数据泄露的，乙方依本合同第11条承担责任。

9.4 甲方应妥善保管后台账号及密码，因甲方账号泄露造成的损失由甲方承担。

9.5 合同终止后，乙方保留甲方数据90日，甲方可在此期间自行导出；期满后乙方有权删除。

## 10. 保密

双方对在合作过程中知悉的对方商业信息负有保密义务，保密期限为合同终止后两年。

## 11. 责任限制

11.1 乙方在本合同项下的全部赔偿责任总额，以定制开发费金额（356,000元）为限。

11.2 乙方不承担任何间接损失、营业损失及利润损失。

## 12. 合同解除

12.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方可以解除合同。

12.2 合同解除的，甲方已支付的软件许可费不予退还。

12.3 因不可抗力、电信运营商网络故障、第三方支付或外卖平台系统故障、政府行为等乙方无法控制的原因导致系统无法正常使用的，乙方不承担责任。

## 13. 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地（深圳市南山区）人民法院起诉。

## 14. 其他

14.1 本合同为乙方标准文本，自双方盖章之日起生效。

14.2 甲方不得对系统进行反向工程、破解或利用系统从事违法活动，否则乙方有权停止提供服务。

14.3 双方往来通知以本合同首页载明的地址及双方项目联系人的电子邮箱送达。

14.4 本合同一式两份，双方各执一份。

甲方（盖章）：湖南沁柚餐饮管理有限公司　　日期：2026年　月　日

乙方（盖章）：深圳云点收银科技有限公司　　日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h136e01 — Yiwu small-commodities trader, ERP perpetual licence + support; Irish vendor on Inis Meáin, .txt, Clause N
# ---------------------------------------------------------------------------------------------------------------
H136E01 = """SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT

Agreement No. IMS-CN-2026-014

THIS AGREEMENT is made on the ____ day of ______________ 2026

BETWEEN:

(1) INIS MEÁIN SYSTEMS TEORANTA, a company incorporated in Ireland (registered number 648213), whose registered office is at Baile an Mhothair, Inis Meáin, Oileáin Árann, Co. Galway, H91 X2P7, Ireland (the "Licensor"); and

(2) YIWU HENGDA SMALL COMMODITIES TRADING CO., LTD., a company established in the People's Republic of China, whose registered address is at Futian Street, Yiwu, Zhejiang Province, People's Republic of China (the "Licensee").

RECITALS

(A) The Licensor develops and licenses the "Currach ERP" software for wholesale and export trading businesses.

(B) The Licensee, a small-commodities trader in Yiwu, wishes to replace its stock and accounting software with Currach ERP, and the Licensor has agreed to license, implement and support it on the terms below.

(C) At the Licensee's request all amounts in this Agreement are stated and payable in Chinese Renminbi (CNY).

NOW IT IS HEREBY AGREED as follows:

Clause 1 Definitions and Interpretation

1.1 In this Agreement:
"Acceptance Tests" means the tests described in Clause 6.2;
"Contract Price" means the total price set out in Clause 4.1, being CNY 750,000;
"Customer Data" means all data, including personal information, entered into or generated by the Software for the Licensee;
"Final Acceptance" means the date on which the Licensee signs the Final Acceptance Certificate under Clause 6.4;
"Go-Live" means the first day of productive use of the Software for all sales, purchasing and warehouse transactions;
"Software" means Currach ERP version 9 and all corrections, updates and new versions supplied under this Agreement.

1.2 Clause headings are for convenience only. The Schedules form part of this Agreement.

Clause 2 Licence

2.1 In consideration of the Licence Fees the Licensor grants to the Licensee a perpetual, non-exclusive, non-transferable licence to install and use the modules listed in Clause 4.1 at its premises in Yiwu and at its warehouses in mainland China for the Licensee's internal business purposes, for the number of users stated in Clause 4.1.

2.2 The Licensee may make copies of the Software for back-up, testing and disaster recovery.

Clause 3 Implementation Services

3.1 The Licensor shall install and configure the Software on the Licensee's servers, build the interfaces listed in Schedule 2 (including its online shop on 1688.com and its bank), migrate the data listed in Schedule 3 and train the Licensee's staff.

3.2 The Licensor shall achieve Go-Live no later than one hundred and twenty (120) days after the date of this Agreement.

3.3 If Go-Live is delayed for reasons attributable to the Licensor, the Licensor shall pay to the Licensee liquidated damages of CNY 600 for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.

Clause 4 Price

4.1 The Contract Price is a fixed price inclusive of VAT and of all travel and living expenses of the Licensor's personnel:

  Core ERP modules (finance, purchasing, sales, multi-currency), 25 named users x CNY 9,800 ... CNY 245,000
  Warehouse and barcode module (6 handheld scanner users) ............................. CNY  96,000
  Export documentation module ........................................................... CNY  88,000
  Licence Fees subtotal ................................................................. CNY 429,000
  Implementation and interfaces (fixed price) ........................................... CNY 236,000
  Data migration ........................................................................ CNY  58,000
  Training .............................................................................. CNY  27,000
  Contract Price ........................................................................ CNY 750,000

Clause 5 Payment

5.1 The Licensee shall pay the Contract Price in the following instalments, each within fifteen (15) business days after receipt of a valid invoice (fapiao):
(a) twenty per cent (20%), CNY 150,000, following signature of this Agreement;
(b) forty-five per cent (45%), CNY 337,500, following Go-Live; and
(c) thirty-five per cent (35%), CNY 262,500, following Final Acceptance.

5.2 Go-Live and the payment under Clause 5.1(b) do not constitute acceptance of the Software.

Clause 6 Acceptance

6.1 Within ten (10) business days after Go-Live the Licensor shall propose a test plan based on Schedule 1 for the Licensee's approval.

6.2 The Acceptance Tests shall show that: (a) every function in Schedule 1 operates as specified; (b) the migrated stock quantities, open orders and customer and supplier balances reconcile with the Licensee's legacy system as at the cut-over date; (c) two consecutive month-end closings have been completed in the Software without manual correction of the general ledger; (d) each interface in Schedule 2 has processed live transactions for twenty (20) business days without unresolved errors; and (e) fifty (50) concurrent users receive screen responses within three (3) seconds.

6.3 If a test fails, the Licensor shall correct the defect and repeat the test at its own cost.

6.4 When all Acceptance Tests have been passed, the Licensee shall sign a Final Acceptance Certificate within five (5) business days. Use of the Software in production shall not in itself amount to acceptance.

Clause 7 Warranty

7.1 The Licensor warrants that for eighteen (18) months from Final Acceptance (the "Warranty Period") the Software will perform materially in accordance with Schedule 1 and the documentation.

7.2 During the Warranty Period the Licensor shall correct defects, supply all updates and new versions and provide the support services in Clause 8 free of charge.

Clause 8 Support and Service Levels

8.1 The Licensor shall provide a helpdesk in Mandarin and English. Severity 1 calls (the Software or an interface is unavailable, or the Licensee cannot issue invoices or shipping documents) are answered at any time.

8.2 Response and workaround targets:
Severity 1: response within one (1) hour; workaround within eight (8) hours.
Severity 2 (a major function is impaired): response within three (3) business hours; workaround within two (2) business days.
Severity 3 (other faults and queries): response within one (1) business day.

8.3 If the Licensor misses a Severity 1 response or workaround target, it shall credit or pay to the Licensee CNY 1,000 for each hour of delay; for Severity 2, CNY 300 for each business day of delay. Credits are deducted from the next payment due to the Licensor or, if none is due, paid within thirty (30) days.

8.4 After the Warranty Period the Licensee may order annual support at an Annual Support Fee of fourteen per cent (14%) of the Licence Fees subtotal, that is CNY 60,060 per year, with the service levels of this Clause 8. The Annual Support Fee is fixed for the first four years of support; any later increase must be agreed in writing and shall not exceed three per cent (3%) in any year. Support is ordered by annual purchase order and does not renew automatically.

Clause 9 Intellectual Property

9.1 The Software and the documentation remain the property of the Licensor and its licensors.

9.2 All interfaces, reports, migration scripts and other deliverables made specifically for the Licensee ("Custom Deliverables"), including their source code, shall vest in the Licensee on creation. The Licensee may use, modify and license the Custom Deliverables freely, including to a successor supplier. The Licensor shall deliver the source code at Final Acceptance.

9.3 The Licensor shall indemnify the Licensee against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.

Clause 10 Customer Data and Data Security

10.1 Customer Data belongs to the Licensee. The Licensor shall process Customer Data only to perform this Agreement and on the Licensee's instructions, and shall not use it for any other purpose.

10.2 The Software is installed on the Licensee's own servers in Yiwu. The Licensor's personnel may access those servers only through the Licensee's VPN with multi-factor authentication, after the Licensee has approved each session, and all sessions are logged. No Customer Data shall be copied to the Licensor's systems or transferred outside mainland China.

10.3 The Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in all work involving Customer Data.

10.4 The Licensor shall notify the Licensee within twelve (12) hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall co-operate in containing it, and shall be responsible for and indemnify the Licensee against all losses, fines and costs arising from such an incident where it is caused by the Licensor or its personnel.

Clause 11 Confidentiality

11.1 Each party shall keep confidential all information of the other party received under this Agreement, including the Licensee's prices and customer lists, and shall use it only for this Agreement. This obligation continues for five (5) years after this Agreement ends.

Clause 12 Limitation of Liability

12.1 Neither party excludes or limits liability for death or personal injury caused by its negligence, for fraud, or under Clauses 9.3, 10.4 or 11.

12.2 Subject to Clause 12.1, the total liability of the Licensor under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price. Neither party is liable for indirect or consequential loss.

Clause 13 Subcontracting

13.1 The Licensor shall not subcontract any of its obligations without the prior written consent of the Licensee, and remains responsible for the acts and omissions of any approved subcontractor.

Clause 14 Termination

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty (30) days after written notice.

14.2 The Licensee may also terminate this Agreement if liquidated damages under Clause 3.3 reach their maximum.

Clause 15 Governing Law and Jurisdiction

15.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.

15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

Clause 16 General

16.1 This Agreement, with its Schedules, is the entire agreement between the parties regarding its subject matter. Any variation must be in writing and signed by both parties.

Schedule 1: Functional Specification. Schedule 2: Interfaces. Schedule 3: Data Migration.

IN WITNESS whereof the parties have signed this Agreement on the date first written above.

SIGNED for and on behalf of INIS MEÁIN SYSTEMS TEORANTA: ______________________ Director

SIGNED for and on behalf of YIWU HENGDA SMALL COMMODITIES TRADING CO., LTD.: ______________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h136e02 — Guilin river-cruise operator, booking SaaS, Order Form + General Terms; German vendor on Hallig
# Norderoog, .pdf, § N (1)
# ---------------------------------------------------------------------------------------------------------------
H136E02 = """
T:ORDER FORM AND GENERAL TERMS AND CONDITIONS
P:Norderoog Booking Systems GmbH, Hallig Norderoog, 25849 Pellworm, Germany. Commercial register: Local Court (Amtsgericht) Flensburg, HRB 14172. Managing Director: Dr. Hauke Petersen.
H:PART A - ORDER FORM No. NBS-2026-CN-031
P:Provider: Norderoog Booking Systems GmbH, Hallig Norderoog, 25849 Pellworm, Germany (the "Provider").
P:Customer: Guilin Lijiang Qingluo Cruise Co., Ltd., No. 18 Binjiang Road, Xiufeng District, Guilin, Guangxi, People's Republic of China (the "Customer").
P:Services: HalligBook Cruise Edition, an online booking engine for river cruises on the Li River from Guilin to Yangshuo, with seat and deck inventory, a channel manager for online travel agencies and a boarding check-in app for four piers, together with the one-off setup services described in § 3.
P:Subscription Term: 36 months from the Go-Live Date (§ 2).
P:Currency: At the Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY). All fees include VAT.
TB:Item|Basis|Monthly fee (CNY)|Total (CNY)
TB:Booking Platform, up to 1,200 seats per day|36 months|14,500|522,000
TB:Channel Manager (Ctrip, Fliggy, Meituan, own WeChat mini-program)|36 months|3,800|136,800
TB:Boarding Check-in App, four piers|36 months|1,900|68,400
TB:Setup and integration (WeChat Pay, Alipay, schedule and fare import)|one-off|-|78,000
TB:Total Contract Value|||805,200
P:Invoicing: The monthly fees (CNY 20,200 in total) are invoiced quarterly in arrears, i.e. CNY 60,600 per quarter. The setup fee is invoiced after Go-Live Acceptance (§ 3). No amount is payable in advance.
P:Target Go-Live Date: the 75th calendar day after signature of this Order Form.
P:This Order Form incorporates the General Terms and Conditions in Part B. In case of conflict, this Order Form prevails.
H:PART B - GENERAL TERMS AND CONDITIONS
H:§ 1 Subject Matter
P:(1) The Provider makes the HalligBook software available to the Customer as a service over the internet (software as a service) for the Subscription Term and performs the setup services described in the Order Form.
P:(2) The software is not handed over. For the Subscription Term the Customer receives the non-exclusive, non-transferable right to use the services for its own business, including by its sales agents and staff at the piers.
H:§ 2 Term and Renewal
P:(1) The Agreement enters into force on signature of the Order Form. The Subscription Term begins on the Go-Live Date, being the day after Go-Live Acceptance, and runs for 36 months.
P:(2) After the Subscription Term the Agreement is extended automatically by one further year at a time unless either party terminates it with three months' notice to the end of the Subscription Term or of a renewal year.
P:(3) The Provider may adjust the monthly fees with effect from the start of each renewal year by written notice given at least two months in advance. The adjustment may not exceed 6 % of the fees applicable before it.
H:§ 3 Setup and Go-Live Acceptance
P:(1) The Provider configures the booking engine, imports the Customer's sailing schedules, boats, decks and fare classes, connects the payment services and channels listed in the Order Form and trains the Customer's staff.
P:(2) Before Go-Live the parties carry out an acceptance test on the test system according to the test plan in Annex 1. The test shall show in particular that: (a) 200 test bookings across all channels are recorded without duplicates or overbooking; (b) payments, refunds and partial refunds through WeChat Pay and Alipay reconcile with the settlement files; (c) boarding QR codes are validated at all four piers, including in offline mode; and (d) the daily sales report matches the bookings.
P:(3) The Customer declares acceptance in writing within five working days after a successful test ("Go-Live Acceptance"). Productive use of the services before Go-Live Acceptance does not constitute acceptance.
P:(4) If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons for which the Provider is responsible, the Provider pays a contractual penalty of CNY 500 for each calendar day of delay, up to a maximum of CNY 30,000. Further claims remain unaffected.
H:§ 4 Fees and Payment
P:(1) The fees are set out in the Order Form. Invoices are payable within 30 days after receipt of a proper invoice (fapiao).
P:(2) In case of late payment the Provider may charge default interest of 0.02 % per day on the overdue amount.
P:(3) The Customer may set off only claims that are undisputed or have been finally established, and claims for service credits under § 5.
H:§ 5 Service Levels
P:(1) The Provider guarantees an availability of the booking engine and of the server functions of the check-in app of 99.95 % per calendar month, measured at the exit of the data centre. Announced maintenance windows are excluded; there are at most two per month, each between 01:30 and 05:00 China Standard Time, announced five days in advance.
P:(2) Incidents are classified as follows: Priority 1, the booking engine, payment or boarding check-in is unavailable for all users; Priority 2, a channel or another essential function is impaired; Priority 3, all other faults. The Provider's support desk (Mandarin and English, 06:00 to 23:00 China Standard Time, and on call for Priority 1 at all times) responds to Priority 1 incidents within 30 minutes, to Priority 2 incidents within two hours and to Priority 3 incidents within one working day. Priority 1 incidents are restored within three hours.
P:(3) If availability falls below the level in para. (1), the Customer receives a credit of 3 % of the monthly fees of the month concerned for each started 0.1 percentage point of shortfall, up to half of the monthly fees. For each Priority 1 response that is more than 30 minutes late the Customer receives a further credit of CNY 500. Credits are set off against the next invoice.
P:(4) The Provider sends the Customer a monthly service report showing availability, incidents and response times.
H:§ 6 Customer Data and Data Protection
P:(1) All data entered by the Customer, its agents or passengers, or generated by the services for the Customer, in particular passenger names, identity document numbers, telephone numbers and booking records ("Customer Data"), belong to the Customer. The Provider processes Customer Data only on the Customer's documented instructions and only to provide the services. Any other use, including anonymised or statistical use, is excluded.
P:(2) Customer Data is stored and processed exclusively in data centres in mainland China (Alibaba Cloud, Shenzhen region). Personal information is not transferred outside mainland China. Support requiring access to Customer Data is performed from mainland China by the service partner named in Annex 2.
P:(3) The Provider maintains the technical and organisational measures described in Annex 3, including encryption in transit and at rest, role-based access, logging of all access to personal information and multi-factor authentication for administrators. The hosting environment holds a valid MLPS level 3 record.
P:(4) The Provider notifies the Customer of any security incident affecting Customer Data without undue delay and at the latest within twelve hours, supports the Customer in notifying authorities and passengers, and bears the costs of remedying and notifying any incident for which it is responsible as well as the resulting damage to the Customer.
P:(5) At the end of the Agreement the Provider hands over all Customer Data in a common format within 30 days and then deletes it.
H:§ 7 Confidentiality
P:(1) The parties keep confidential all business and trade secrets of the other party that become known to them in connection with this Agreement and use them only for its performance. This obligation continues for three years after the end of the Agreement.
H:§ 8 Rights of Use and Intellectual Property
P:(1) All rights in the HalligBook software remain with the Provider.
P:(2) Fare rules, ticket templates, report layouts and interface mappings created specifically for the Customer during setup belong to the Customer. The Customer may use, change and pass them on to third parties, including a future provider, without restriction. On request the Provider hands them over in an open format.
H:§ 9 Liability
P:(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and under the Product Liability Act.
P:(2) In cases of slight negligence the Provider is liable only for the breach of an essential contractual obligation, meaning an obligation whose fulfilment makes the proper performance of the contract possible and on whose observance the Customer regularly relies, and only for the foreseeable damage typical of the contract.
P:(3) Liability under para. (2) is limited in total, for all damaging events during the term of this Agreement, to CNY 280,000.
P:(4) Contractual penalties and service credits are credited against damages.
H:§ 10 Subcontractors
P:(1) The Provider may use the subcontractors named in Annex 2 (hosting: Alibaba Cloud Computing Co., Ltd.; local support: Shenzhen Haixin Technical Services Co., Ltd.). Any other or additional subcontractor requires the Customer's prior written consent. The Provider remains responsible for its subcontractors.
H:§ 11 Termination
P:(1) The right of either party to terminate the Agreement without notice for good cause remains unaffected.
P:(2) Good cause for the Customer exists in particular if the Provider commits a material breach of contract and does not remedy it within 14 days after a written warning, if availability falls short of the level in § 5 (1) in two consecutive months, or if the maximum contractual penalty under § 3 (4) is reached.
P:(3) Any termination must be in writing.
H:§ 12 Final Provisions
P:(1) Amendments and supplements to this Agreement must be made in writing; this also applies to any waiver of this written-form requirement.
P:(2) Should any provision of this Agreement be or become invalid, the validity of the remaining provisions is not affected.
P:(3) This Agreement is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:(4) The exclusive place of jurisdiction for all disputes arising from or in connection with this Agreement is Flensburg, Germany.
P:Annexes: Annex 1 Acceptance test plan; Annex 2 Subcontractors; Annex 3 Technical and organisational measures.
P:Pellworm and Guilin, date: ______________
P:For the Provider: ______________________   For the Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h136e03 — Rizhao sea-cucumber farm, pond sensors + maintenance; French integrator on Île de Quéménès, buyer's
# paper, .md, Article N
# ---------------------------------------------------------------------------------------------------------------
H136E03 = """# SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT

## Pond Water-Quality Monitoring and Aeration Control System

Contract No. RZHY-2026-SB-07

**Buyer:** Rizhao Haiyu Aquaculture Co., Ltd., Taoluo Town, Donggang District, Rizhao, Shandong Province, People's Republic of China (the "Buyer")

**Supplier:** Quéménès Aquatech SAS, Île de Quéménès, 29217 Le Conquet, France, represented by its President (the "Supplier")

The Buyer operates 48 sea-cucumber culture ponds at its Taoluo farm. Following a competitive negotiation, the Buyer has selected the Supplier to supply, install and maintain a water-quality monitoring and aeration control system. This Contract is the Buyer's standard form of equipment contract, completed for this project. At the Buyer's request all prices are stated in Chinese Renminbi (CNY). The parties agree as follows.

### Article 1 – Scope of Supply

1.1 The Supplier shall supply, install, calibrate and commission: one multi-parameter sensor node in each of the 48 ponds (dissolved oxygen, temperature, salinity and pH); solar-powered LoRa gateways; one aerator control unit for each pond; a weather station; and the "PondWatch" monitoring platform, installed on a server in the Buyer's farm office, with the mobile app for the Buyer's pond managers.

1.2 The system shall start the aerators of a pond automatically when dissolved oxygen falls below the level set by the Buyer (initially 3.5 mg/L) and shall send alarms by app notification and SMS to the pond manager on duty.

1.3 The Supplier shall connect the platform to the Buyer's feeding and harvest records and to the Buyer's SMS gateway, and shall train the Buyer's pond managers and its maintenance technician.

### Article 2 – Price

2.1 The Contract Price is CNY 812,000, a fixed price including 13% VAT, delivery to the farm (DDP, Incoterms 2020), import clearance, installation, calibration, training and all travel costs.

| No. | Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | Multi-parameter sensor node (DO, temperature, salinity, pH) | 48 | 7,600 | 364,800 |
| 2 | Solar-powered LoRa gateway | 6 | 12,400 | 74,400 |
| 3 | Aerator control unit | 48 | 2,150 | 103,200 |
| 4 | Weather station | 1 | 26,500 | 26,500 |
| 5 | PondWatch platform, perpetual licence with mobile app | 1 | 118,000 | 118,000 |
| | **Equipment and Licence Subtotal** | | | **686,900** |
| 6 | Installation, cabling and calibration | 1 | | 84,600 |
| 7 | Integration with feeding records and SMS gateway | 1 | | 31,500 |
| 8 | Training | 1 | | 9,000 |
| | **Contract Price** | | | **812,000** |

### Article 3 – Payment

3.1 Ten per cent (10%) of the Contract Price, CNY 81,200, within 15 days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.

3.2 Fifty-five per cent (55%), CNY 446,600, after all equipment has been delivered and installed, as confirmed by an Installation Certificate signed by both parties. The Installation Certificate confirms quantities and installation only and is not acceptance.

3.3 Thirty-five per cent (35%), CNY 284,200, after Final Acceptance under Article 5.

3.4 Each payment is made within 20 working days after receipt of the Supplier's VAT invoice (fapiao).

### Article 4 – Delivery and Installation

4.1 The Supplier shall complete delivery and installation within 70 days after signature. Work at the ponds shall be scheduled with the farm manager so that no pond is left without aeration overnight. The Supplier's staff shall follow the farm's biosecurity rules, including the disinfection of boots and tools between ponds.

4.2 The Buyer shall provide a 220 V power supply at each aerator house, access for the Supplier's vehicles on the pond dykes and a lockable store for equipment. The Supplier shall keep the site tidy and shall remove all packaging and waste.

4.3 If the Supplier fails to complete installation or to achieve Final Acceptance by the agreed dates for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.

### Article 5 – Acceptance

5.1 After installation the system shall run for a trial period of 21 days. Final Acceptance requires that:
(a) each node's dissolved-oxygen reading is within ±0.2 mg/L, its temperature reading within ±0.2 °C and its salinity reading within ±0.5 ppt of the Buyer's calibrated handheld meter, checked at every pond at the start and at the end of the trial run;
(b) data has been received from every node on at least 20 of the 21 days;
(c) the automatic start of the aerators has been tested at every pond by a simulated low-oxygen signal, and the alarm reached the app and SMS within 60 seconds;
(d) each gateway kept running for 72 hours with its solar panel covered;
(e) the operation manuals, calibration certificates and as-built drawings have been delivered; and
(f) the training has been completed.

5.2 The Buyer shall sign the Final Acceptance Certificate within five working days after a successful trial run. If any requirement is not met, the Supplier shall remedy the defect and repeat the trial run at its own cost. Use of the system during the trial run is not acceptance.

### Article 6 – Warranty

6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace free of charge any defective equipment or software, including sensor membranes and electrolyte, and shall recalibrate all nodes twice a year.

6.2 The Supplier shall keep spare sensor nodes, a spare gateway and spare aerator control units at its service office in Qingdao.

6.3 The warranty period of any replaced part starts again on the date of replacement. If the whole system cannot be used for more than three consecutive days because of a defect, the warranty period is extended by the time lost.

### Article 7 – Service Levels

7.1 Faults are handled as follows:
- Critical fault (failure of a gateway affecting several ponds, failure of the platform, failure of aerator control, or failure of the dissolved-oxygen alarm): remote response within 30 minutes at any time of day or night; engineer on site within 6 hours; restoration within 10 hours.
- Major fault (a single node or aerator control unit): response within 2 hours; repair within 2 days.
- Minor fault: response on the next working day.

7.2 For each hour by which the Supplier misses a response or on-site time for a Critical fault, the Supplier shall pay CNY 800; for each day of late repair, CNY 1,500. The Buyer may deduct these amounts from any payment due.

### Article 8 – Maintenance after the Warranty

8.1 After the warranty period the Buyer may order annual maintenance, comprising quarterly calibration visits, replacement of membranes and consumables, software updates and the service levels of Article 7.

8.2 The annual maintenance fee is 9.5% of the Equipment and Licence Subtotal, that is CNY 65,255.50 per year, fixed for the first three years after the warranty period. Maintenance is ordered year by year by purchase order and does not renew automatically.

### Article 9 – Intellectual Property

9.1 The PondWatch software remains the property of the Supplier. The Supplier grants the Buyer a perpetual licence to use it at the Taoluo farm, transferable to any purchaser of the farm.

9.2 The configurations, alarm rules, integration scripts and reports made for the Buyer belong to the Buyer, which may use, modify and license them freely.

### Article 10 – Data and Data Security

10.1 All data generated by the system, including water-quality, aeration, feeding, harvest and production figures, belongs to the Buyer. The Supplier may use it only to perform this Contract and not for any other purpose, including in anonymised or aggregated form.

10.2 The platform runs on the Buyer's server. The Supplier may access it remotely only through the Buyer's VPN, with the Buyer's approval for each session, and all sessions are logged. No data may be copied outside the farm or transferred outside mainland China.

10.3 The Supplier shall change all default passwords, use encrypted radio links and keep the gateway firmware up to date. It shall notify the Buyer within 6 hours of any unauthorised access to the system or loss of data, shall help to contain it, and shall be liable for the damage caused by any such incident attributable to it.

### Article 11 – Confidentiality

Each party shall keep confidential the other party's non-public information received under this Contract, in particular the Buyer's stocking densities, yields and prices, and shall not disclose it to third parties without prior written consent, for five years after the end of this Contract.

### Article 12 – Subcontracting

The Buyer approves the Supplier's wholly-owned subsidiary Quéménès Aquatech (Qingdao) Co., Ltd. for installation and service work. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all work of its subcontractors.

### Article 13 – Termination

The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if delay damages under Article 4.3 reach their maximum. On termination before Final Acceptance the Supplier shall refund the amounts received and remove the equipment at its own cost.

### Article 14 – Governing Law and Disputes

This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

### Article 15 – Miscellaneous

This Contract is made in English in four originals, two for each party, and takes effect on signature by both parties. Annex 1 (technical specification) and Annex 2 (pond layout) form part of it.

For the Buyer: ______________________   For the Supplier: ______________________

Date: ______________
"""

# ---------------------------------------------------------------------------------------------------------------
# h136e04 — Chengdu hot-pot chain, managed IT + desktop support; provider on Muck (Scottish style), .docx,
# N. HEADING, Word charges table + priority table
# ---------------------------------------------------------------------------------------------------------------
H136E04 = """
T:MANAGED IT SERVICES AGREEMENT
P:between
P:MUCK MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts with registered number SC712406 and having its registered office at Port Mòr, Isle of Muck, PH42 4RP, Scotland (the "Provider")
P:and
P:CHENGDU LAOMAO HOTPOT CATERING MANAGEMENT CO., LTD., a company established in the People's Republic of China and having its registered address at No. 66 Kehua North Road, Wuhou District, Chengdu, Sichuan Province (the "Customer")
H:CONSIDERING THAT:
P:(A) the Customer operates forty-two hot-pot restaurants, a central kitchen and a head office in Chengdu and the surrounding cities;
P:(B) the Provider provides managed IT and desktop support services remotely and through local field engineers, and has agreed to provide such services to the Customer on the terms of this Agreement; and
P:(C) at the Customer's request the Charges are stated and paid in Chinese Renminbi (CNY);
P:NOW THEREFORE the Parties HAVE AGREED and DO HEREBY AGREE as follows:
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in mainland China; "Charges" means the Monthly Service Charge and the Transition Fee; "Customer Data" means all data of the Customer, its staff and its guests held on the Supported Systems; "Incident" means an unplanned interruption or degradation of a Supported System; "Service Commencement Date" means the date of Transition Acceptance; and "Supported Systems" means the devices, networks and servers listed in Schedule 1.
P:1.2 Headings are for convenience only. The Schedules form part of this Agreement.
H:2. COMMENCEMENT AND DURATION
P:2.1 This Agreement takes effect on the date of the last signature and, subject to Clause 14, continues for twenty-four (24) months from the Service Commencement Date (the "Term").
P:2.2 The Term may be extended only by written agreement of both Parties. There is no automatic renewal.
H:3. TRANSITION
P:3.1 Within forty-five (45) days after signature the Provider shall take over the services from the Customer's incumbent supplier ("Transition"), including: a full inventory of the Supported Systems; installation of the Provider's remote monitoring agent on all devices and at all forty-four sites; collection of configurations into the Provider's service management tool; a knowledge base for recurring restaurant issues; and the set-up of the service desk telephone number and WeChat service account.
P:3.2 Transition Acceptance requires that: (a) the inventory has been reconciled with the Customer's asset register and any differences explained; (b) every site and server reports to the monitoring tool; (c) twenty (20) test tickets covering all Priorities have been raised and resolved within the targets in Clause 5; and (d) the exit plan under Clause 15 has been delivered. The Customer shall confirm Transition Acceptance in writing within three (3) Business Days after these conditions are met, or state which condition is not met.
P:3.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay to the Customer liquidated damages of CNY 900 for each day of delay, up to CNY 45,000.
H:4. THE SERVICES
P:4.1 From the Service Commencement Date the Provider shall provide: (a) a service desk in Mandarin and English from 07:00 to 23:30 every day, with telephone on-call cover outside those hours for Priority 1 Incidents; (b) remote and on-site desktop support for the head office and the central kitchen; (c) support for restaurant end-user devices, including front-of-house PCs, receipt and kitchen printers and kitchen display screens; (d) monitoring of the networks and Wi-Fi at all sites; (e) administration, patching and backup of the eight servers in Schedule 1, including a monthly restore test; and (f) a monthly service report and a quarterly service review meeting.
P:4.2 On-site support in Chengdu, Deyang and Meishan is performed by field engineers of the approved subcontractor named in Clause 13.
P:4.3 The point-of-sale software and the Customer's ordering system are supported by their own vendors. The Provider shall log such Incidents and co-ordinate them with those vendors until they are closed.
H:5. SERVICE LEVELS
P:5.1 The Provider shall meet the following response and resolution targets:
TB:Priority|Description|Response|Resolution target
TB:Priority 1|A restaurant cannot take orders or payments, a site network is down, or the head office finance system is unavailable|6 hours|1 Business Day
TB:Priority 2|A single device or function is impaired and a workaround exists|1 Business Day|3 Business Days
TB:Priority 3|Service requests and minor faults|2 Business Days|5 Business Days
P:5.2 "Response" means that an engineer has contacted the person who reported the Incident and has started diagnosis. For Priority 1 Incidents response and resolution times run around the clock; for other Priorities they run on Business Days from 09:00 to 18:00.
P:5.3 For each Priority 1 Incident whose response or resolution target is missed, the Provider shall credit two per cent (2%) of the Monthly Service Charge; for each month in which fewer than ninety-five per cent (95%) of Priority 2 and Priority 3 Incidents are resolved within target, it shall credit a further three per cent (3%). Credits in any month shall not exceed ten per cent (10%) of the Monthly Service Charge and are deducted from the next invoice.
H:6. CHARGES AND PAYMENT
P:6.1 The Charges are set out below and are fixed for the Term. They include VAT and all travel costs within Sichuan Province.
TB:Service|Unit|Quantity|Unit charge per month (CNY)|Monthly charge (CNY)
TB:Head office and central kitchen desktop support|device|160|95|15,200
TB:Restaurant end-user device support|restaurant|42|620|26,040
TB:Network and Wi-Fi monitoring|site|44|180|7,920
TB:Server administration and backup|server|8|650|5,200
TB:Monthly Service Charge||||54,360
TB:Monthly Service Charges for the Term (24 months)||||1,304,640
TB:Transition Fee (one-off)||||46,000
TB:Total Charges||||1,350,640
P:6.2 The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Transition Fee is invoiced after Transition Acceptance. Nothing is payable in advance.
P:6.3 The Customer shall pay each undisputed invoice within thirty (30) days after receipt of a valid fapiao.
P:6.4 Devices or sites added or removed during the Term are charged or credited at the unit charges above from the following month.
H:7. CUSTOMER OBLIGATIONS
P:7.1 The Customer shall give the Provider's engineers access to its sites during opening hours, appoint a single point of contact for the Services, and keep a local administrator account available to the Provider.
H:8. PERSONNEL
P:8.1 The Provider shall appoint a service delivery manager who speaks Mandarin, and shall not replace its key personnel without reasonable prior notice to the Customer.
H:9. INTELLECTUAL PROPERTY
P:9.1 The Provider's tools, monitoring software and know-how remain its property. Runbooks, scripts, configuration records, network diagrams and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any successor provider without restriction.
H:10. CUSTOMER DATA
P:10.1 All Customer Data remains the property of the Customer. The Provider shall use Customer Data only for the purpose of providing the Services, and shall return it to the Customer, or delete it if the Customer so instructs, on expiry or termination of this Agreement.
H:11. CONFIDENTIALITY
P:11.1 Each Party shall keep confidential the other Party's confidential information, including the Customer's recipes, supplier prices and sales figures, shall not disclose it to any third party other than its professional advisers and approved subcontractors bound by equivalent obligations, and shall use it only for the purposes of this Agreement. This Clause survives for three (3) years after the end of this Agreement.
H:12. LIABILITY
P:12.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
P:12.2 Subject to Clause 12.1, each Party's total liability under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Total Charges. Neither Party is liable for loss of profit or indirect loss.
H:13. SUBCONTRACTING
P:13.1 The Customer approves Chengdu Jinrong IT Services Co., Ltd. as subcontractor for on-site field support. The Provider shall not engage any other subcontractor without the Customer's prior written consent, and remains responsible for all its subcontractors.
H:14. TERMINATION
P:14.1 Either Party may terminate this Agreement with immediate effect by written notice if the other Party commits a material breach which is not remedied within thirty (30) days after written notice requiring it to be remedied. Missing the Priority 1 targets in three consecutive months is a material breach.
P:14.2 The Customer may also terminate this Agreement if liquidated damages under Clause 3.3 reach their maximum.
H:15. EXIT
P:15.1 On expiry or termination the Provider shall, for up to sixty (60) days, co-operate with the Customer and any successor provider, hand over all configuration records, documentation and Customer Data, and remove its monitoring agents.
H:16. GOVERNING LAW AND DISPUTES
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules then in force. The award is final and binding on both Parties.
H:17. GENERAL
P:17.1 This Agreement is the entire agreement of the Parties about its subject matter. No variation is effective unless it is in writing and signed by both Parties.
P:17.2 Notices shall be given in writing to the addresses stated above.
P:IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:
P:Subscribed for and on behalf of Muck Managed Services Limited at the Isle of Muck on ______________ 2026 by ______________________ Director, before this witness ______________________
P:Signed and sealed for and on behalf of Chengdu Laomao Hotpot Catering Management Co., Ltd. at Chengdu on ______________ 2026 by ______________________ Legal Representative
P:Schedule 1: Supported Systems (sites, devices and servers).
"""

# ---------------------------------------------------------------------------------------------------------------
# h136e05 — Jingdezhen porcelain exporter, export-document API subscription + integration; Italian vendor on
# Giannutri, .txt, Art. N (title)
# ---------------------------------------------------------------------------------------------------------------
H136E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
"DocuPorto" Export Documents API

between

Giannutri DocuTrade S.r.l., with registered office at Località Cala Spalmatoio, Isola di Giannutri, 58012 Isola del Giglio (GR), Italy, VAT number IT01894530537, registered with the Companies Register of Grosseto, in the person of its sole director, Ms. Chiara Bellandi (the "Provider")

and

Jingdezhen Yaoli Ceramics Import & Export Co., Ltd., with registered office in Zhushan District, Jingdezhen, Jiangxi Province, People's Republic of China, in the person of its legal representative (the "Customer")

(jointly the "Parties")

PREMISES

a) The Provider operates "DocuPorto", an online service with an application programming interface (API) for preparing export shipping documents, including commercial invoices, packing lists, applications for certificates of origin, EU import safety and security data and US importer security filing data, in Chinese, English, Italian and German.

b) The Customer exports hand-painted and celadon porcelain to distributors in Italy, Germany and the United States and wishes to generate its export documents automatically from its Kingdee ERP system.

c) At the Customer's request, all amounts in this Agreement are stated in Chinese Renminbi (CNY).

All this being stated, the Parties agree as follows.

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 Annexes: Annex A, Service Description; Annex B, Integration Specification; Annex C, Service Level Agreement; Annex D, Security Measures.

Art. 2 (Definitions)
2.1 "Customer Data" means all data supplied by the Customer or generated by the Service for the Customer, including shipment, product, pricing and consignee data. "Integration Services" means the services described in Art. 3.2. "Integration Acceptance" means the signature of the acceptance record under Art. 5.2. "Subscription Term" means the period described in Art. 3.3.

Art. 3 (Subject matter)
3.1 The Provider grants the Customer access to the DocuPorto Export Docs Pro plan, for up to 6,000 shipment document sets per subscription year, and to the HS Classification module.
3.2 The Provider shall perform the following Integration Services: a connector between the Customer's Kingdee ERP and the API; the mapping of the Customer's product master (about 4,800 items) to HS codes; document templates in the Customer's corporate design; carton label printing; and the training of the Customer's shipping staff.
3.3 The Subscription Term is twenty-four (24) months from Integration Acceptance. It does not renew automatically; any renewal requires a new written order.

Art. 4 (Fees and payment)
4.1 The fees are as follows:
- DocuPorto Export Docs Pro: CNY 168,000 per subscription year x 2 years = CNY 336,000
- HS Classification module: CNY 36,000 per subscription year x 2 years = CNY 72,000
- Integration Services, fixed price: CNY 128,000
- Total fees: CNY 536,000
Document sets above 6,000 in a subscription year are charged at CNY 22 per set, only if used.
4.2 The fees are payable as follows:
(a) on signature of this Agreement: the fees for the first subscription year (CNY 204,000) and fifty per cent of the Integration Services fee (CNY 64,000), in total CNY 268,000. The Provider issues the access credentials and starts the Integration Services only after receiving this payment;
(b) on Integration Acceptance: the balance of the Integration Services fee, CNY 64,000;
(c) thirty days before the start of the second subscription year: the fees for the second subscription year, CNY 204,000.
4.3 Invoices are payable within fifteen days. Late payments bear interest at 0.02% per day.

Art. 5 (Integration and acceptance)
5.1 The Provider shall complete the Integration Services within sixty days after receiving the payment under Art. 4.2(a).
5.2 The integration is accepted when the following tests have been passed: (a) fifty real shipments have been processed from the Kingdee ERP to finished documents without manual re-keying; (b) the quantities, weights and values on every invoice and packing list match the ERP; (c) the HS codes of a sample of 300 items have been confirmed by the Customer's customs broker; (d) test filings of EU and US security data have been accepted by the test gateways; and (e) carton labels print correctly on the Customer's printers. The Customer signs an acceptance record within five working days after the tests have been passed. Use of the Service in production before that date is not acceptance.
5.3 If Integration Acceptance is delayed beyond the period in Art. 5.1 for reasons attributable to the Provider, the Provider shall pay a penalty of CNY 400 for each calendar day of delay, up to CNY 25,600.

Art. 6 (Service levels)
6.1 The monthly availability of the API and of the web portal shall be at least 99.95%, excluding scheduled maintenance announced three days in advance and carried out on Sundays between 02:00 and 05:00 China Standard Time.
6.2 Priority 1 incidents (the API or document generation is unavailable) receive a response within 30 minutes, every day from 08:00 to 22:00 China Standard Time and on call outside those hours, and a workaround within three hours. Priority 2 incidents receive a response within two hours; Priority 3 incidents on the next working day.
6.3 For each started 0.1 percentage point by which monthly availability falls short of Art. 6.1, the Customer receives a service credit of 5% of one twelfth of the annual subscription fees, up to half of that amount. For each Priority 1 response more than 30 minutes late the Customer receives a credit of CNY 300. Credits are deducted from the next invoice.

Art. 7 (Correct documents)
7.1 The Provider warrants that the documents produced by the Service comply with the formats in Annex A. Documents with errors caused by the Service are corrected and re-issued free of charge within one working day.
7.2 If a customs authority rejects a filing because of an error of the Service, the Provider re-files it free of charge and reimburses the demurrage and storage charges documented by the Customer.

Art. 8 (Intellectual property)
8.1 The DocuPorto platform, the API, the software, the databases (including the HS classification rules) and the documentation are the exclusive property of the Provider.
8.2 All results of the Integration Services, including the Kingdee connector, the data mappings, the document templates and the label layouts, even where developed specifically for the Customer, are and remain the exclusive property of the Provider. The Customer receives a non-exclusive, non-transferable licence to use them during the Subscription Term and solely with the Service. The Customer may not modify them, have them modified by third parties or use them with another service. Source code is not delivered.
8.3 The Provider shall hold the Customer harmless against claims of third parties alleging that the Service infringes their intellectual property rights.

Art. 9 (Customer Data and data security)
9.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the Service and to transmit the filings and documents the Customer instructs it to send. Any other use, including aggregated or anonymised statistics, is excluded.
9.2 The Service and all Customer Data are hosted on Alibaba Cloud in the Hangzhou region. Customer Data leaves mainland China only as filings and documents sent on the Customer's instructions to customs authorities, carriers and consignees.
9.3 The Provider maintains an information security management system certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, uses multi-factor authentication for all administrative access and keeps access logs for six months, as described in Annex D.
9.4 The Provider notifies the Customer of any security incident affecting Customer Data within 48 hours, takes all measures needed to contain it and bears the costs of remedying it. The Provider compensates the Customer for the damage caused by any incident attributable to a breach of this Art. 9.

Art. 10 (Confidentiality)
10.1 Each Party keeps confidential the information of the other Party received in connection with this Agreement, in particular the Customer's prices, customers and product designs, and uses it only to perform this Agreement. This obligation continues for three years after the end of the Agreement.

Art. 11 (Subcontracting)
11.1 The Provider shall not subcontract any part of the Service or of the Integration Services without the prior written consent of the Customer. The hosting by Alibaba Cloud is approved. The Provider remains responsible for its subcontractors.

Art. 12 (Limitation of liability)
12.1 Except for wilful misconduct and gross negligence, the Provider's aggregate liability under this Agreement shall not exceed twice the total fees under Art. 4.1 (CNY 1,072,000). Neither Party is liable for loss of profit.

Art. 13 (Express termination clause)
13.1 The Provider may terminate this Agreement by written notice with immediate effect if the Customer fails to pay any amount within thirty days after its due date, or breaches Art. 8.2.

Art. 14 (No withdrawal by the Customer)
14.1 The Customer may not withdraw from or terminate this Agreement before the end of the Subscription Term for any reason.
14.2 In the event of any failure of the Service or any other breach by the Provider, the Customer's sole and exclusive remedies are the service credits under Art. 6, the correction and re-filing of documents under Art. 7, the penalty under Art. 5.3 and damages within the limits of Art. 12.

Art. 15 (Expiry)
15.1 At the end of the Subscription Term the Provider makes all Customer Data available for export in a common format for thirty days and then deletes it.

Art. 16 (Governing law and disputes)
16.1 This Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration administered by the Shanghai International Arbitration Center in Shanghai, before a sole arbitrator, in English.

Art. 17 (Final provisions)
17.1 This Agreement is the entire agreement between the Parties on its subject matter. Any change must be made in writing and signed by both Parties.

Isola del Giglio / Jingdezhen, ______________ 2026

The Provider ______________________        The Customer ______________________

Specific approval: the Customer declares that it has read all the articles of this Agreement and specifically approves the following: Art. 8 (Intellectual property), Art. 12 (Limitation of liability), Art. 13 (Express termination clause), Art. 14 (No withdrawal by the Customer) and Art. 16 (Governing law and disputes).

The Customer ______________________
"""

SOURCES = {"h136z01": H136Z01, "h136z02": H136Z02, "h136e02": H136E02, "h136e04": H136E04}
TARGETS = {"h136z01": ("h136z01_housing_fund_service_platform_integration.docx", "docx"),
           "h136z02": ("h136z02_cement_kiln_shell_scanner_supply_maintenance.pdf", "pdf"),
           "h136e02": ("h136e02_guilin_cruise_booking_saas_german_vendor.pdf", "pdf"),
           "h136e04": ("h136e04_chengdu_hotpot_managed_it_scottish_provider.docx", "docx")}
PLAIN = {"h136z03_dental_chain_clinic_saas_three_years.md": H136Z03,
         "h136z04_county_medical_insurance_system_annual_om.txt": H136Z04,
         "h136z05_milk_tea_pos_licence_supplier_template.md": H136Z05,
         "h136e01_yiwu_trader_erp_licence_irish_vendor.txt": H136E01,
         "h136e03_rizhao_sea_cucumber_pond_sensors.md": H136E03,
         "h136e05_jingdezhen_porcelain_export_docs_api_italian_vendor.txt": H136E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
