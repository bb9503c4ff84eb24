"""holdout426: builds ten ordinary draft contracts (5 zh, 5 en), their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (writes only into this folder).
Sources are kept here; .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)).
Checks: price sums, text lengths as read back, a threshold-figure scan (self-tested), and the expected
rules derived from the labels by my own reading of policy.md section 3 against the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H426Z01 = """T:高标准农田监测平台采购合同
P:采购项目编号：QN-NYJ-2025-017　　合同编号：QNNY-HT-2025-041
P:甲方（采购人）：清宁市农业农村局
P:乙方（供应商）：禾穗数字农业科技有限公司
P:鉴于甲方就“清宁市高标准农田监测平台建设项目”依法组织公开招标，乙方为中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件和中标通知书，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“禾穗农田监测平台V3.2”软件永久使用许可，并按甲方需求完成定制开发、数据对接迁移及实施培训，覆盖全市23.6万亩已建高标准农田。
P:1.2 定制开发内容包括：墒情、苗情、虫情及气象监测模块，农田设施管护巡查模块，与省级高标准农田“上图入库”系统和市级农业大数据平台的数据接口，以及领导驾驶舱和统计报表。
P:1.3 具体技术要求以招标文件第五章及双方确认的需求规格说明书为准。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰零陆万元整（¥2,060,000），含税，明细如下：
TB:序号|项目|金额（元）
TB:1|监测平台软件永久许可（市级部署，不限用户数）|1,160,000
TB:2|定制开发（监测模块、管护巡查、数据接口、驾驶舱及报表）|640,000
TB:3|历史数据对接与迁移（2019年以来项目及监测数据）|182,000
TB:4|部署实施及培训|78,000
TB:合计||2,060,000
P:2.2 上述价格为固定价格，包括软件许可、开发、部署、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计人民币412,000元。
P:3.2 平台部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，计人民币927,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，计人民币721,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。资金支付按财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署和全部定制开发，并提交初步验收申请。
P:4.2 乙方应在甲方指定的政务云资源上部署平台，部署方案须经甲方书面确认。
P:4.3 乙方应组建不少于6人的项目团队，项目经理须具有同类项目经验，未经甲方同意不得更换。项目团队应每周向甲方提交进度周报，重大问题随时报告。
P:4.4 甲方负责提供政务云资源、网络环境、已有系统的接口文档和历史数据，并协调省级、市级相关部门配合接口联调。
P:4.5 乙方应在初步验收前向甲方提交系统设计说明书、数据字典、接口说明、部署手册、用户手册及运维手册，并对各乡镇农业服务中心的操作人员进行集中培训和现场指导，培训不少于3期。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：需求规格说明书所列功能全部实现；与省级系统和市级平台的接口连续10日数据交换无差错；历史数据迁移经全量比对一致；在200个并发用户下页面平均响应时间不超过3秒。
P:5.2 初步验收合格后平台试运行60日，试运行期间无一级故障，且第三方机构出具的网络安全等级保护测评报告结论为符合，方可进行最终验收。最终验收由甲方邀请专家参加，并出具书面验收报告。
P:5.3 平台上线使用、甲方付款或试运行开始均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%；一级故障（平台整体不可用或数据接口全部中断）乙方应在30分钟内响应、2小时内到场或远程处理、8小时内恢复；二级故障2小时内响应、24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时，甲方可从应付款项或履约保证金中扣减800元；月可用率每低于承诺值0.01个百分点，扣减1,000元。
P:6.4 质保期满后，如甲方需要，乙方应按年度提供维护服务，年度维护费不超过软件许可费的8%（即不超过92,800元），且首次续签后三个服务年度内不得上调。
H:第七条 知识产权
P:7.1 平台原有产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、报表及其源代码、文档的知识产权归甲方所有，乙方应在最终验收时交付源代码及技术文档。甲方可自行或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 平台汇聚的农田、监测、主体及项目数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，采取访问控制、加密传输、操作日志审计等措施；运维须经甲方审批，经堡垒机操作，不得将数据拷出甲方环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行本合同中知悉的甲方工作秘密和未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统不符合合同约定且整改后仍不合格的，甲方有权拒收并要求乙方赔偿损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包与转让
P:乙方不得转包本项目，亦不得将本项目任何部分分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的，受影响一方应在事件发生后及时通知对方，并在合理期限内提供证明，双方可根据影响程度协商延期履行或部分免除责任。
P:14.2 乙方应遵守甲方的安全管理规定。乙方应在合同签订后5个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:14.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同组成部分。
P:甲方（盖章）：清宁市农业农村局　　　　乙方（盖章）：禾穗数字农业科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年6月　日
"""

H426Z02 = """T:辊道窑燃烧控制系统改造及维保合同
P:合同编号：JZTC-SB-2025-063
P:甲方：景德镇瑞泰陶瓷有限公司
P:乙方：洪都窑控自动化工程有限公司
P:甲方第二、第三号辊道窑（各长218米）原有燃烧控制系统已运行多年，温控波动大、能耗偏高。经比选，甲方委托乙方实施控制系统改造并提供改造后的维保服务。双方根据《中华人民共和国民法典》，订立本合同。
H:一、改造内容与供货范围
P:（一）乙方负责两条辊道窑燃烧控制系统的设计、供货、拆除旧系统、安装、调试及培训，包括冗余PLC主控柜、热电偶及变送器、燃烧器比例调节阀组、氧含量分析仪、上位机及窑炉控制软件。
P:（二）改造后系统应实现分区温度自动控制、空燃比自动调节、烧成曲线管理、报警联锁及能耗统计，并预留与甲方MES系统的数据接口。
P:（三）施工须利用甲方计划停窑检修期完成，每条窑停窑时间不超过9日。
P:（四）乙方应在合同签订后20日内提交详细设计方案，包括控制系统架构图、I/O点表、燃烧控制策略、联锁逻辑说明及施工组织方案，经甲方技术部门书面确认后方可采购和施工。
P:（五）乙方施工人员进入甲方厂区应遵守甲方安全生产、动火作业和高温区域作业管理规定，特种作业人员须持证上岗。因乙方人员违规造成的人身伤害或财产损失由乙方负责。
H:二、合同价格
P:（一）本合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含13%增值税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC主控柜（含冗余CPU）|2套|186,000|372,000
TB:2|热电偶及温度变送器|96支|2,250|216,000
TB:3|燃烧器比例调节阀组|48套|6,500|312,000
TB:4|氧含量分析仪|6台|38,000|228,000
TB:5|上位机工作站及操作台|3套|42,000|126,000
TB:6|窑炉控制软件（永久许可）|1套|286,000|286,000
TB:|软硬件小计|||1,540,000
TB:7|旧系统拆除、安装及调试|1项|118,000|118,000
TB:8|操作及维护培训|1项|22,000|22,000
TB:|合计|||1,680,000
P:（二）合同价格为固定总价，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，计336,000元。
P:（二）全部设备到货并经甲方开箱清点合格后10个工作日内，支付合同总价的35%，计588,000元。到货清点不视为验收。
P:（三）两条窑系统均通过最终验收后15个工作日内，支付合同总价的45%，计756,000元。
H:四、交付与工期
P:（一）乙方应在合同签订后45日内将全部设备运抵甲方厂区。
P:（二）第二号窑改造应在2025年9月检修期内完成，第三号窑改造应在2025年11月检修期内完成，每条窑停窑时间不得超过9日。
H:五、验收
P:（一）每条窑改造完成并点火升温后连续稳定运行30日，进行最终验收。验收标准为：各温区实际温度与设定值偏差不超过±3℃；氧含量控制在设定范围内；报警联锁全部测试通过；单位产品天然气消耗较改造前三个月平均值下降不少于6%；运行期间未因控制系统故障导致停窑。
P:（二）验收由甲方组织，乙方配合，双方签署书面验收报告。设备安装完毕或投入生产不视为验收合格。
H:六、质量保证与服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换损坏部件及升级软件。
P:（二）一级故障（导致窑炉停烧、超温或燃烧系统失控）乙方应在30分钟内电话响应，3小时内到达现场，8小时内恢复运行；二级故障2小时内响应，24小时内处理完毕。
P:（三）乙方响应或到场超时的，每超时1小时向甲方支付500元。
P:（四）质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、驻厂技术人员及软件升级），年度维保费为软硬件小计的24%，即每年369,600元，合同签订后三个服务年度内不调整。维保合同按年签订，不自动续期。
H:七、知识产权
P:（一）窑炉控制软件标准产品的知识产权归乙方，甲方享有永久使用权。
P:（二）为甲方编制的PLC控制程序、组态画面、烧成曲线库及MES接口程序归甲方所有，乙方应在验收时交付源程序及说明文档。
H:八、数据与保密
P:（一）窑炉运行数据、烧成工艺参数及配方数据属于甲方，乙方仅为履行本合同使用，不得复制或提供给他人。
P:（二）乙方远程维护须经甲方批准并通过甲方指定的安全通道进行，不得在系统中设置后门；因乙方原因导致数据泄露或系统被入侵的，乙方承担全部责任并赔偿甲方损失。
P:（三）双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，合同终止后仍然有效。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）因乙方原因导致窑炉停烧或产品报废的，乙方应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十、分包
P:乙方如需将现场安装工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十一、合同解除
P:乙方严重违约或改造后验收两次不合格的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交景德镇仲裁委员会仲裁。
H:十三、其他
P:（一）乙方应在验收前向甲方移交竣工图纸、I/O点表、PLC程序备份、组态工程文件、设备说明书、合格证及标定记录。
P:（二）乙方应对甲方窑炉操作工、电工和仪表工进行培训，每条窑不少于2期，使甲方人员能够独立完成日常操作、参数调整和一般故障处理。
P:（三）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期或部分免除责任。
P:（四）改造期间乙方应做好旧系统拆除设备的清点和标识，拆除的旧设备归甲方所有，由乙方搬运至甲方指定仓库。乙方应采取措施保护窑体、辊棒及周边设备，因施工造成损坏的，乙方负责修复或赔偿。
P:（五）改造完成后乙方应协助甲方编制新的窑炉操作规程和应急预案，并参加首次应急演练。质保期内乙方每季度对控制系统进行一次巡检，检查热电偶、阀组及分析仪状态，并提交巡检报告；热电偶应按甲方质量体系要求定期校验。
P:（六）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:（七）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：景德镇瑞泰陶瓷有限公司　　乙方（盖章）：洪都窑控自动化工程有限公司
P:授权代表：__________　　授权代表：__________
P:日期：2025年7月　日
"""

Z03_TXT = """口腔诊所预约及电子病历SaaS服务合同

合同编号：MYKQ-IT-2025-08
甲方：蓉城美牙口腔医疗管理有限公司（含下属19家口腔门诊部）
乙方：齿联云医疗软件有限公司

甲方经营的19家口腔门诊部需统一使用在线预约、电子病历、影像管理及收费系统。乙方以SaaS方式提供“齿联云诊所管理平台”并负责实施。双方根据《中华人民共和国民法典》等法律法规，订立本合同。

1. 服务内容
1.1 乙方向甲方19家门店提供齿联云平台订阅服务，包括线上预约挂号、患者档案、电子病历、口腔影像存储与调阅、收费及会员管理、库存耗材管理及总部经营报表。
1.2 实施服务包括：平台开通及门店配置，旧系统患者档案和近三个年度病历数据迁移，与甲方现有医保结算接口及小程序的对接，定制总部经营报表8张，医生、前台及店长培训。
1.3 服务期为两个服务年度，自上线验收合格之日起计算。

2. 费用
2.1 订阅费按门店计收，每家门店每服务年度14,800元，19家门店每服务年度合计281,200元，两个服务年度合计562,400元。
2.2 一次性实施费96,000元（含数据迁移、接口对接、报表定制及培训）。
2.3 本合同总价为人民币658,400元（含税）。
2.4 服务期内新增门店按每店每服务年度14,800元按月折算。

3. 付款
3.1 实施费在上线验收合格后15个工作日内一次付清。
3.2 订阅费按季度结算，每季度结束后10个工作日内，乙方开具发票，甲方支付该季度订阅费70,300元。
3.3 本合同不设预付款。

4. 实施与验收
4.1 乙方应在合同签订后60日内完成全部19家门店上线。
4.2 上线验收标准：19家门店均可正常预约、接诊、书写病历、调阅影像及收费；迁移患者档案经抽样核对（每店不少于200份）无差错；医保结算接口连续7日结算无差错；8张报表数据与门店实际核对一致。
4.3 验收由甲方信息部组织，双方签署书面验收单。门店试用或开始使用不视为验收合格。
4.4 乙方应指定一名实施项目经理，制定分批上线计划，原则上每批不超过5家门店，每家门店上线当日应派实施人员到店支持。
4.5 甲方负责提供旧系统数据导出文件、门店网络及终端设备，并安排各门店店长和前台人员参加培训。

5. 服务水平
5.1 平台月可用率不低于99.5%（计划维护时间除外，计划维护须提前3日通知并安排在夜间22:00至次日6:00之间）。
5.2 一级故障（任一门店无法预约、无法调阅病历或无法收费）：乙方应在30分钟内响应，2小时内恢复；二级故障：2小时内响应，1个工作日内解决；三级问题：下一工作日内答复。
5.3 未达到上述服务水平的，按下列标准给予服务抵扣：月可用率每低于承诺值0.5个百分点，抵扣当月订阅费的5%；一级故障恢复每超时1小时，抵扣当月订阅费的2%。月度抵扣合计不超过当月订阅费的50%。抵扣在下一季度付款时扣除。
5.4 乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。

6. 数据安全与数据归属
6.1 甲方上传、录入及平台产生的患者信息、病历、影像、预约和收费数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于任何其他目的，不得向第三方提供。
6.2 平台数据存储于中国境内，乙方应具备网络安全等级保护三级备案，对患者个人信息及病历数据加密存储和传输，实行最小权限和操作日志留存不少于6个月。
6.3 发生数据泄露、丢失或篡改的，乙方应在24小时内通知甲方并采取补救措施，配合甲方向主管部门报告；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款和对患者的赔偿。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除平台中的数据。

7. 保密
双方对在履行本合同中获知的对方商业秘密、患者信息及其他未公开信息承担保密义务，未经对方书面同意不得披露。保密义务在合同终止后继续有效。

8. 知识产权
8.1 齿联云平台的知识产权归乙方所有。
8.2 为甲方定制的8张经营报表、医保结算接口程序及相关文档归甲方所有，甲方可自由使用、修改及交由第三方维护。

9. 续期
9.1 服务期届满前60日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
9.2 每次自动续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前30日书面通知甲方新的单价。

10. 违约责任
10.1 乙方未按期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 乙方违约给甲方造成损失的，应予赔偿。乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露或故意、重大过失造成的损失不受此限。
10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

11. 分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

12. 合同解除
12.1 乙方严重违约，或连续两个月月可用率低于承诺值，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还已付未使用期间的费用。
12.2 任何一方因不可抗力不能履行合同的，应及时通知对方。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

14. 其他
14.1 乙方应为甲方配置专属客户经理，每季度与甲方召开一次服务回顾会，通报服务水平、版本更新计划及甲方需求处理进度。
14.2 平台版本升级应提前7日通知甲方，涉及门店操作变化的，乙方应提供更新说明并组织线上培训；升级不得导致甲方已有数据丢失或定制报表失效。
14.3 乙方应确保电子病历的书写、修改留痕及签名功能符合卫生健康主管部门关于电子病历应用管理的要求，如相关规范调整，乙方应在合理期限内免费完成适配。
14.4 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理。
14.5 甲方门店的终端设备、网络及打印机由甲方负责维护；乙方应提供终端配置要求，并对门店网络故障导致的问题提供排查协助。新开门店的开通及培训由乙方在接到甲方书面通知后10个工作日内完成，不另收实施费。门店关闭的，甲方提前30日书面通知乙方，自关闭次月起不再支付该门店订阅费，该门店数据继续保留在甲方账户中。
14.6 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：门店清单、报表清单、数据迁移方案。

甲方（盖章）：蓉城美牙口腔医疗管理有限公司　　授权代表：__________
乙方（盖章）：齿联云医疗软件有限公司　　授权代表：__________
签订日期：2025年8月　日
"""

Z04_TXT = """优抚信息管理系统年度运维服务合同

项目名称：东湖区退役军人服务中心优抚信息管理系统年度运维服务
采购方式：竞争性磋商　　项目编号：DHCG-2025-C-0326
甲方：东湖区退役军人服务中心
乙方：赣信智联信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对“优抚信息管理系统”提供年度运维服务。为明确双方权利义务，依据《中华人民共和国民法典》《中华人民共和国政府采购法》，订立本合同。

1、服务范围
（1）运维对象：优抚信息管理系统（含优抚对象档案、抚恤补助发放、优待证管理、走访慰问及统计分析模块）、与省退役军人信息平台和区社保、民政系统的数据接口、系统所在服务器、数据库及中间件。
（2）服务内容：日常监控与巡检、故障处理、数据维护与备份、系统小版本升级、安全加固与漏洞修补、接口维护、操作人员培训，以及每季度优抚资金发放前的数据核对支持。
（3）乙方派驻1名运维工程师在甲方办公场所驻场，工作日8:30至17:30在岗；另安排1名数据库工程师远程支持。
（4）节假日、清明、八一建军节等走访慰问集中期间及抚恤补助集中发放期间，乙方应安排专人值守，并提前完成系统性能检查和数据备份。
（5）乙方应建立运维台账，记录每次故障的发生时间、原因、处理过程和结果，每月5日前向甲方提交上月运维报告，每季度提交运维分析报告和改进建议。

2、服务期限
本合同服务期自2025年7月1日起至2026年6月30日止。

3、合同价格及支付
（1）本合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括驻场及远程人员费用、备件、工具、交通和税费。
（2）合同价款按季度支付。每季度服务结束且季度考核合格后15个工作日内，甲方支付117,000元。
（3）季度考核存在扣减的，从当季应付款中扣除。本合同不设预付款。

4、服务水平
（1）系统月可用率不低于99.95%。
（2）一级故障（系统无法登录、抚恤补助发放功能不可用或数据接口中断）：乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障：1小时内响应，8小时内解决；一般问题：1个工作日内处理。
（3）每日完成系统巡检并记录；每周完成数据库全量备份、每日增量备份，每季度进行一次恢复演练。
（4）发现高危漏洞的，乙方应在3个工作日内完成修补或采取临时防护措施。

5、考核与扣减
（1）甲方按季度对乙方服务进行考核，考核内容包括故障响应及恢复时间、巡检记录、备份及恢复演练、驻场人员出勤和用户满意度。
（2）一级故障响应或恢复每超时1小时，扣减服务费600元；驻场人员无故缺勤一日，扣减服务费800元；月可用率每低于承诺值0.01个百分点，扣减服务费500元。
（3）服务期满前，甲方组织年度验收，验收标准为：全年无因乙方原因导致的数据丢失；季度考核均合格；运维文档、巡检记录、备份记录齐全并移交甲方。

6、年度专项任务
（1）乙方应在2025年10月31日前完成系统操作系统和数据库版本升级，升级前须提交方案和回退预案，经甲方批准后在非工作时间实施。
（2）乙方应在2025年12月31日前完成等级保护测评问题整改，并配合甲方完成复测。
（3）乙方应在2026年3月31日前完成优抚对象数据质量核查，对身份信息、银行账户及抚恤标准等字段进行校验，形成问题清单报甲方确认后修正。
（4）乙方应在服务期内为甲方及各街道退役军人服务站工作人员组织不少于2次操作培训，并编制常见问题操作指引。
（5）上级部门调整优抚政策或抚恤标准的，乙方应在甲方通知后及时完成系统参数调整和测试，确保发放数据准确；涉及功能开发的，双方另行协商。

7、数据安全
（1）系统中的优抚对象身份信息、银行账户、抚恤补助发放记录等数据均属于甲方，乙方仅可为运维需要接触，不得用于任何其他目的。
（2）乙方人员须签署保密承诺书，经甲方审查后方可上岗；运维操作须通过堡垒机进行并全程留痕；不得将数据下载、拷贝至外部介质或互联网环境。
（3）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

8、保密
乙方对履行本合同过程中知悉的甲方工作秘密、优抚对象个人信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。

9、知识产权
运维过程中为甲方编写的脚本、报表、接口调整程序及运维文档归甲方所有，乙方应随季度考核一并移交。

10、违约责任
（1）乙方未按第6条约定期限完成年度专项任务的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（2）乙方服务不符合本合同约定的，按第5条扣减服务费；给甲方造成损失的，乙方应予赔偿。
（3）甲方逾期付款的，应及时补付。

11、合同的履行
（1）为保障优抚资金按时发放，服务期内双方均不得解除本合同。乙方违约的，甲方可按本合同扣减服务费、要求支付违约金并要求乙方继续履行、限期整改，但不以此为由解除合同。
（2）因不可抗力不能履行的，受影响一方应及时通知对方，双方协商处理。

12、分包
乙方不得转包或分包本合同项下服务。

13、争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

14、其他
（1）竞争性磋商文件、乙方响应文件和成交通知书为本合同组成部分。
（2）服务期满，乙方应向甲方或甲方指定的新服务商完整移交系统账号、配置、运维文档、巡检及备份记录，并提供不少于20日的交接支持，交接期间不得中断服务。
（3）乙方驻场人员应遵守甲方的工作纪律和安全保密管理制度，乙方更换驻场人员须提前10日书面告知甲方并经甲方同意。
（4）甲方负责提供运维所需的办公场所、网络接入及系统管理员账号，并指定专人对接乙方工作。甲方对乙方的运维方案、变更申请应在3个工作日内给予答复。
（5）乙方应配合甲方接受上级主管部门、财政及审计部门的检查，按要求提供运维记录和相关资料。
（6）乙方应保持运维团队稳定，驻场工程师应熟悉优抚政策和系统业务流程；甲方认为驻场人员不能胜任的，有权要求乙方在10日内更换。乙方应为其人员办理社会保险并承担其全部用工责任。
（7）乙方实施重要变更前，应向甲方提交变更申请，说明变更内容、影响范围、实施时间和回退方案，经甲方批准后实施，并在变更完成后提交变更报告。
（8）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：东湖区退役军人服务中心　　　乙方（盖章）：赣信智联信息技术有限公司
授权代表：__________　　　　　　　　　　授权代表：__________
签订日期：2025年6月　日
"""

Z05_MD = """# 设备点检管理软件许可及定制开发合同

**（湘巡科技标准合同文本 V3.0）**

合同编号：XX-DJ-2025-117

甲方：平江香辣园食品有限公司

乙方：湖南湘巡科技有限公司

甲方为加强油炸、拌料、包装等生产线设备的日常点检与维护管理，向乙方采购“湘巡设备点检管理软件”及相关定制开发服务。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供湘巡设备点检管理软件标准版永久许可（服务器端一套）及移动点检终端授权。

1.2 乙方按甲方需求完成以下定制开发：油炸线、拌料线、包装线点检模板及点检路线配置；设备异常报修与维修工单流转；与甲方ERP系统的设备台账及维修工单接口；车间点检看板。

1.3 乙方提供NFC点位标签、部署实施及操作培训。

1.4 软件功能包括：设备台账、点检标准与路线管理、移动扫码点检、异常上报、维修工单、备品备件、点检统计分析及车间看板。具体功能以乙方产品说明书为准。

1.5 软件部署在甲方自有服务器上，服务器、网络、移动终端及数据库许可由甲方自行准备。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 设备点检管理软件标准版永久许可 | 1套 | 238,000 | 238,000 |
| 2 | 移动点检终端授权 | 80个 | 900 | 72,000 |
| 3 | NFC点位标签 | 1,500个 | 14 | 21,000 |
| 4 | 定制开发（点检模板、工单流转、ERP接口、看板） | 1项 | 156,000 | 156,000 |
| 5 | 部署实施及培训 | 1项 | 28,000 | 28,000 |
| | 合计 | | | 515,000 |

合同总价为人民币伍拾壹万伍仟元整（¥515,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，计334,750元，乙方收款后开始实施。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，计180,250元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施与上线

4.1 乙方在收到首期款后开始实施，计划实施周期为45个工作日。

4.2 乙方实施内容包括：软件安装部署、基础数据导入、点检标准及路线配置、NFC标签粘贴指导、定制功能开发及上线培训。甲方应指定项目负责人，并按乙方要求及时提供设备清单、点检标准及车间布局等资料。

4.3 因甲方需求变更、现场条件不具备或甲方人员配合不及时等原因造成延期的，实施周期相应顺延。乙方原因造成延期的，双方协商确定新的上线时间。

## 第五条 验收

5.1 系统部署完成后进入上线试运行，试运行期为7日。

5.2 试运行期满甲方未书面提出异议，或甲方已实际使用系统的，即视为系统验收合格。

## 第六条 免费维护与技术支持

6.1 乙方提供六个月免费维护，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 紧急故障（系统无法登录或点检数据无法上传）乙方在接到甲方通知后8小时内响应，一般问题在3个工作日内答复。服务时间为工作日9:00至18:00。

6.3 乙方将尽力按上述时限提供服务，但对响应或修复延误不承担扣款、赔偿或违约金责任。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持、版本升级和远程维护，应与乙方签订年度维护合同。

7.2 年度维护费按乙方届时公布的价格标准执行，乙方有权根据市场及成本情况调整。

## 第八条 知识产权

8.1 湘巡设备点检管理软件及其全部版本的知识产权归乙方所有。

8.2 本合同项下定制开发形成的点检模板、工单流程、接口程序、看板及相关源代码、文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、复制或提供给第三方。

## 第九条 数据

9.1 甲方录入系统的设备台账、点检记录和维修数据归甲方所有。

9.2 乙方应采取合理的技术措施保护甲方数据安全，包括访问权限控制、数据备份和传输加密；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

9.3 甲方同意，乙方可将甲方的点检数据在脱敏处理后用于产品改进、设备故障模型训练及行业分析报告，本条在合同终止后继续有效。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定必须披露的除外。

## 第十一条 合作伙伴

乙方可根据项目需要，将部分部署实施、标签安装及培训工作交由乙方的合作伙伴完成，乙方提前通知甲方即可。

## 第十二条 责任限制

12.1 任何一方违约的，应承担相应的违约责任。

12.2 乙方在本合同项下的全部赔偿责任以本合同总价的20%为限，乙方不承担任何间接损失、利润损失或生产损失。

## 第十三条 合同解除

一方严重违约且在对方书面通知后30日内未纠正的，对方有权解除本合同。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方。

15.2 甲方应确保其提供的设备资料、点检标准真实准确，并负责服务器和网络的日常运行。因甲方服务器、网络或操作不当导致的问题，不属于乙方维护范围。

15.3 乙方培训内容包括系统管理员培训和点检员操作培训，培训以集中授课方式进行，培训次数以实施计划为准。

15.4 甲方需要增加移动点检终端授权的，按每个900元另行采购；需要新增定制功能的，双方另行签订补充协议并按乙方报价执行。

15.5 乙方发布软件新版本时，免费维护期内的甲方可免费升级；免费维护期满后，版本升级按第七条约定执行。

15.6 本合同附件包括：软件功能清单、定制开发需求确认单、实施计划及培训计划。附件与本合同具有同等效力。双方联系人及联系方式以附件所载为准，变更应书面通知对方。

15.7 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同为乙方标准文本，未尽事宜双方另行协商。

甲方（盖章）：平江香辣园食品有限公司　　授权代表：__________

乙方（盖章）：湖南湘巡科技有限公司　　授权代表：__________

签订日期：2025年9月　日
"""

H426E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LBS-CN-2025-009
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Lumley Bay Software Limited, a company incorporated in Sierra Leone with its registered office at 14 Wilkinson Road, Freetown, Sierra Leone (the "Vendor"); and
P:(2) Changsha Xinghe Property Management Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yuelu District, Changsha, Hunan Province (the "Customer").
P:Background: The Customer manages 37 residential and commercial properties in Changsha and Zhuzhou and wishes to replace its paper-based maintenance records with a computerised maintenance management system. The Vendor develops the FixPoint maintenance management software and has offered perpetual licences, implementation services and an integration with the Customer's property billing system. At the Customer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the FixPoint maintenance management software, version 6, in object code, including the mobile technician application and all updates supplied under this Agreement.
P:1.2 "Custom Integration" means the interface between the Software and the Customer's property billing system, and the work-order templates, asset register structures and reports configured for the Customer.
P:1.3 "Go-Live" means the date on which the Software is first used in production at all 37 properties.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China, for its own property-management business and that of its subsidiaries.
P:2.2 The licence covers one production site licence, one test environment and 150 named mobile technician users. Additional users may be ordered at the unit price in Article 3.
P:2.3 The Customer may make copies of the Software for backup and disaster recovery.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 965,000 (the "Contract Price"), inclusive of applicable taxes, made up as follows:
P:(a) Core site licence, perpetual: CNY 420,000;
P:(b) Mobile technician licences, perpetual, 150 users at CNY 1,600 each: CNY 240,000;
P:Licence subtotal: CNY 660,000;
P:(c) Implementation services (installation, configuration, data loading of about 21,000 assets): CNY 185,000;
P:(d) Custom Integration with the property billing system: CNY 96,000;
P:(e) Training of administrators and technicians: CNY 24,000.
P:3.2 The Contract Price is fixed. No travel or other expenses are payable in addition.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against the Vendor's valid invoices:
P:(a) 45% of the Contract Price (CNY 434,250) within ten business days after signature of this Agreement, before any delivery or work begins;
P:(b) 35% of the Contract Price (CNY 337,750) within fifteen business days after Go-Live;
P:(c) 20% of the Contract Price (CNY 193,000) within fifteen business days after Final Acceptance.
P:4.2 Payments are made by bank transfer in CNY to the account of the Vendor's appointed collection agent in Shanghai, whose details the Vendor shall confirm in writing.
H:Article 5 Delivery and Implementation
P:5.1 The Vendor shall deliver the Software and licence keys within ten days after signature and shall complete installation, configuration, data loading, the Custom Integration and training so that Go-Live occurs within 75 days after signature.
P:5.2 The Vendor shall appoint a project manager who speaks Chinese or works with an interpreter provided at the Vendor's cost, and shall agree a project plan with the Customer within ten days after signature.
P:5.3 The Customer shall provide server resources, network access and the cooperation of its staff as reasonably required by the project plan.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for 45 days (the "Acceptance Period").
P:6.2 The acceptance criteria are: (a) all functions listed in Annex 1 work as described; (b) the asset register for all 37 properties is complete and matches the Customer's records on a sample of 500 assets; (c) work orders created in the Software reach the billing system correctly for 20 consecutive working days; (d) the mobile application works on the handset models listed in Annex 2; and (e) no Severity 1 fault remains open at the end of the Acceptance Period.
P:6.3 When the criteria are met the Customer shall issue a written Final Acceptance certificate within ten business days. If they are not met, the Vendor shall correct the defects and the Acceptance Period shall restart for the affected functions. Go-Live, production use or payment does not amount to acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Integration will perform substantially in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates free of charge.
P:7.2 Support is provided by email, telephone and remote session. A Severity 1 fault (the Software is unavailable to all users or work orders cannot be created) shall be responded to within one (1) hour and a workaround or fix provided within eight (8) hours, at any time of day. A Severity 2 fault shall be responded to within two (2) hours during business hours in China and fixed within three business days.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall grant a service credit of CNY 600, deducted from the next payment or refunded.
P:7.4 After the Warranty Period the Customer may buy Annual Support, covering the services in Articles 7.2 and 7.3 and all new versions, for 11% of the licence subtotal per year (CNY 72,600). This fee is fixed for the first three Support Years after the Warranty Period. Annual Support is ordered by the Customer each Support Year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software.
P:8.2 All intellectual property in the Custom Integration, including its source code and documentation, belongs to the Customer on creation. The Vendor shall deliver the source code at Final Acceptance. The Customer may use, modify and license the Custom Integration freely, including through third parties.
P:8.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear all resulting costs and damages.
H:Article 9 Customer Data
P:9.1 All data entered into or generated by the Software, including tenant names, contact details, asset records and work orders ("Customer Data"), belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and for no other purpose.
P:9.2 The Software is installed on the Customer's servers. The Vendor shall access them only by a remote session opened by the Customer for a stated task, shall not copy Customer Data out of the Customer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data that comes to its knowledge and shall help the Customer contain it. The Vendor is liable for all losses caused by a breach of this Article 9 by the Vendor or its personnel.
H:Article 10 Delay
P:10.1 If Go-Live does not occur within the period in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of CNY 800 for each day of delay.
P:10.2 If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 12.
H:Article 11 Limitation of Liability
P:11.1 Neither party is liable for indirect or consequential loss, including loss of profit.
P:11.2 The Vendor's total aggregate liability arising out of or in connection with this Agreement, including liquidated damages and service credits, shall not exceed 50% of the Contract Price.
P:11.3 The limits in this Article do not apply to liability for personal injury, fraud or wilful misconduct.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.
P:12.2 If the Customer terminates under Article 12.1 or Article 10.2 before Final Acceptance, the Vendor shall refund all amounts paid, less the price of any licences the Customer elects to keep.
P:12.3 The licence granted in Article 2 survives termination for any licences that have been paid for.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
P:13.2 Neither party may assign this Agreement without the prior written consent of the other party.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions have equal force.
P:Annex 1: Functional specification. Annex 2: Supported handsets. Annex 3: Project plan.
P:Signed for Lumley Bay Software Limited: ____________________ Name / Title / Date
P:Signed for Changsha Xinghe Property Management Co., Ltd.: ____________________ Name / Title / Date
"""

E02_MD = """# RotaWise Order Form

**Order Form No. RW-OF-2025-0412**

This Order Form is entered into between **RotaWise Technologies Inc.**, a company incorporated in Liberia with its principal office at 22 Broad Street, Monrovia, Liberia ("Provider"), and **Hangzhou Chayun Catering Management Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Gongshu District, Hangzhou ("Customer"). It is governed by the RotaWise General Terms set out below, which form part of it. If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Service

| Item | Detail |
|---|---|
| Service | RotaWise staff scheduling, time and attendance and labour-cost reporting, web and mobile |
| Covered locations | 126 tea-drink shops and the Hangzhou head office |
| Users | Up to 1,900 employee users and 160 manager users |
| Subscription Term | Two Subscription Years from the Service Start Date |
| Service Start Date | The date of Onboarding Acceptance under the General Terms |
| Hosting | Provider's cloud environment in the Alibaba Cloud Hangzhou region |

## 2. Fees

At the Customer's request all fees are stated and paid in Chinese yuan (CNY).

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 126 shops plus head office | 186,000 |
| Subscription fee, Subscription Year 2 | 126 shops plus head office | 186,000 |
| Onboarding (one-time) | configuration, data import, payroll export, training | 18,000 |
| **Total** | | **390,000** |

Additional shops opened during the Subscription Term may be added at CNY 1,450 per shop per Subscription Year, pro rata.

## 3. Invoicing and Payment

3.1 The onboarding fee is invoiced after Onboarding Acceptance.

3.2 Subscription fees are invoiced quarterly in arrears, in four equal instalments of CNY 46,500 per Subscription Year, at the end of each calendar quarter of service.

3.3 Invoices are payable within 30 days of receipt by bank transfer to Provider's account in CNY. No advance payment is required.

## 4. Onboarding

4.1 Provider shall complete onboarding within 40 days after the date of this Order Form. Onboarding consists of: set-up of the Customer tenant; import of shop, employee and shift data from the Customer's spreadsheets; configuration of the Customer's labour rules (shift lengths, breaks, overtime and night work under PRC labour law); an export file for the Customer's payroll system; and training of head-office staff and shop managers.

4.2 Provider's onboarding deliverables are described in Schedule A.

## 5. Signatures

Signed for RotaWise Technologies Inc.: ____________________ Name / Title / Date

Signed for Hangzhou Chayun Catering Management Co., Ltd.: ____________________ Name / Title / Date

---

# RotaWise General Terms

## 1. Definitions

1.1 "Service" means the RotaWise software-as-a-service described in the Order Form, including its mobile applications and documentation.

1.2 "Customer Data" means all data that Customer or its users submit to the Service, including employee names, contact details, shift schedules, clock-in records and wage rates, and all output of the Service based on that data.

1.3 "Subscription Year" means each period of consecutive months beginning on the Service Start Date or an anniversary of it and ending on the day before the next anniversary.

## 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with the documentation.

2.2 Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside Customer's shop opening hours where practicable. Provider will respond to support requests submitted through its help centre during its normal business hours and will work to resolve them in a reasonable time.

2.3 Provider may update the Service from time to time, provided that no update materially reduces its functionality.

## 3. Onboarding Acceptance

3.1 When onboarding is complete Provider shall notify Customer. Customer shall test the Service within ten business days against the following criteria: (a) all 126 shops and the head office are set up with correct employee lists; (b) the configured labour rules calculate hours, overtime and night work correctly for the test cases in Schedule A; (c) the payroll export file is accepted by Customer's payroll system for two consecutive pay periods in the test environment; and (d) managers at a pilot group of ten shops can publish schedules and employees can clock in on the mobile application.

3.2 If the criteria are met Customer shall sign an Onboarding Acceptance certificate. If not, Provider shall correct the deficiencies and resubmit. Use of the Service by the pilot shops does not amount to acceptance.

3.3 If Onboarding Acceptance is delayed beyond the period in the Order Form for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

## 4. Customer Data

4.1 Customer owns all Customer Data. Provider may use Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, share or analyse it for any other purpose.

4.2 Provider shall store Customer Data only in mainland China, shall encrypt it in transit and at rest, shall restrict access to personnel who need it to provide the Service, and shall keep access logs. Provider shall comply with the Personal Information Protection Law of the PRC in processing employees' personal information and shall sign Customer's standard data-processing agreement.

4.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data and shall take all steps needed to contain it. Provider is responsible for, and shall compensate Customer for, any loss, fine or third-party claim caused by such an incident where it results from Provider's failure to comply with this Section 4.

4.4 Within 30 days after the end of the Subscription Term Provider shall return all Customer Data in CSV format and then delete it, and shall confirm the deletion in writing.

## 5. Confidentiality

5.1 Each party shall keep confidential all non-public business, technical and financial information of the other party received in connection with the Order Form, use it only for the purposes of the Order Form, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations do not apply to information that is public through no fault of the receiving party, was lawfully known to it before, or must be disclosed by law. They survive the end of the Subscription Term.

## 6. Intellectual Property

6.1 Provider owns the Service and all improvements to it.

6.2 The labour-rule configurations, report templates and payroll export mapping prepared specifically for Customer during onboarding belong to Customer. Customer may use, copy, modify and hand them to any third party without restriction, and Provider shall deliver them to Customer in an editable format on request.

## 7. Subcontractors

7.1 Provider may engage subcontractors and subprocessors, including hosting providers, support contractors and implementation partners, to perform any part of its obligations. Provider will inform Customer of any new subcontractor by email to Customer's contact person; Customer's consent is not required.

7.2 Provider remains responsible for the performance of its subcontractors.

## 8. Fees and Taxes

8.1 Fees are as stated in the Order Form and are inclusive of applicable taxes. Provider shall issue valid invoices acceptable to Customer's tax authority.

8.2 Fees are fixed for the Subscription Term.

## 9. Term, Renewal and Termination

9.1 The Order Form takes effect on signature and continues until the end of the Subscription Term.

9.2 The Order Form does not renew automatically. Any renewal requires a new order form signed by both parties.

9.3 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund any fees paid for the period after termination.

9.4 Sections 4, 5, 6 and 10 survive termination.

## 10. Liability

10.1 Neither party is liable for indirect, special or consequential damages, or for lost profits.

10.2 Each party's total liability under the Order Form is limited to 150% of the total fees payable under the Order Form. This limit does not apply to breach of Section 4 or Section 5, personal injury, or wilful misconduct.

## 11. Governing Law and Disputes

11.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

11.2 Any dispute shall first be discussed in good faith. If it is not resolved within 30 days, it shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The arbitration shall be conducted in Chinese and English.

## 12. General

12.1 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.

12.2 Notices shall be in writing and sent by email and courier to the addresses in the Order Form.

12.3 The Order Form may be signed electronically and in counterparts.

## Schedule A: Onboarding deliverables

| No. | Deliverable | Completion evidence |
|---|---|---|
| 1 | Tenant set-up for 126 shops and head office | shop list exported from the Service |
| 2 | Employee and shift data import | import report signed by Customer's HR lead |
| 3 | Labour-rule configuration | results of the agreed test cases |
| 4 | Payroll export mapping | two accepted test pay periods |
| 5 | Training for head office and shop managers | attendance lists |
"""

H426E03 = """T:Supply and Installation Contract for Cold-Store Temperature Monitoring Equipment
P:Contract No. QDHX-EQ-2025-027
P:Buyer: Qingdao Haixian Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Wouri Sensing Systems SARL, Rue Joss, Bonanjo, Douala, Republic of Cameroon (the "Supplier").
P:The Buyer operates a cold-storage warehouse of six chambers (frozen and chilled) at its Huangdao site and must keep continuous temperature records for food-safety inspections. Following a request for quotations, the Buyer has selected the Supplier to supply, install and commission a wireless temperature monitoring system. The parties agree as follows.
H:Section 1 Scope
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install and calibrate it in the six chambers, the loading dock and the machine room, configure alarms and reports, connect the system to the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:1.2 The system shall record temperature and humidity at each sensor point every two minutes, raise alarms by SMS, app notification and local siren when limits are exceeded, record door openings, and produce the daily and monthly reports required by the Buyer's food-safety procedures.
P:1.3 The detailed technical requirements are in Annex 1, which forms part of this Contract.
H:Section 2 Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 582,000, inclusive of taxes, freight, import duties and insurance to the Buyer's site, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|240|980|235,200
TB:2|Wireless gateway with backup battery|12|8,600|103,200
TB:3|Door-open sensor|60|420|25,200
TB:4|Monitoring server (on premises)|1|68,000|68,000
TB:5|Monitoring software, perpetual licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||527,600
TB:6|Installation, calibration and WMS connection|1|46,400|46,400
TB:7|Training|1|8,000|8,000
TB:|Contract Price|||582,000
P:2.2 The Contract Price is fixed and covers everything the Supplier must do under this Contract, including all services during the Warranty Period.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 58,200) within 15 business days after the Supplier provides an advance-payment bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price (CNY 320,100) within 15 business days after the Buyer signs the Installation Certificate. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 203,700) within 15 business days after the Buyer signs the Final Acceptance Certificate.
P:3.4 Each payment requires a valid VAT invoice.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 50 days after signature and shall complete installation and calibration within 20 days after delivery.
P:4.2 Before shipment the Supplier shall submit for the Buyer's approval a sensor placement plan for each chamber, showing the position of every sensor and gateway, the cable routes for the gateways' power supply, and the method of fixing sensors so that they are not damaged by forklifts or pallet racking. The Supplier shall also provide certificates of origin, packing lists and the calibration certificate of each sensor issued by an accredited laboratory.
P:4.3 The Buyer shall provide access to the site, power supply points, a network connection to the monitoring server and a person responsible for coordination. Delays caused by the Buyer extend the Supplier's time for performance accordingly.
P:4.4 Installation work inside the chambers shall be scheduled with the Buyer's warehouse manager so that no chamber is opened for longer than agreed, and the Supplier's staff shall follow the Buyer's cold-store safety rules.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for a test period of 30 days. Final Acceptance requires that: (a) every sensor, compared with a calibrated reference thermometer at two temperature points, reads within ±0.3 °C; (b) no sensor misses more than two consecutive readings during the test period; (c) alarms reach the listed recipients within one minute in all tests, including a simulated power failure; (d) temperature records appear correctly in the WMS for every chamber; and (e) the calibration certificates and as-built documents are handed over.
P:5.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within five business days. If not, the Supplier shall remedy the defects and the test period shall be repeated for the affected parts. Use of the system in operation does not amount to acceptance.
H:Section 6 Warranty and Service
P:6.1 The warranty period is 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and travel, and shall recalibrate all sensors once in each warranty year.
P:6.2 Service levels are set out in the table below. Response means a qualified engineer working on the fault by telephone or remote connection.
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Monitoring or alarms of a whole chamber are lost|30 minutes|8 hours, with temporary loggers placed within 3 hours
TB:Severity 2|Individual sensors or reports fail|2 hours|2 business days
TB:Severity 3|Questions and minor issues|1 business day|next software update
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 300, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Supplier shall, if the Buyer so orders, provide maintenance and recalibration for an annual fee of 7% of the Hardware and Licence Subtotal (CNY 36,932 per year). This fee is fixed for the first two years after the Warranty Period. Maintenance is ordered year by year and does not renew automatically.
H:Section 7 Data
P:7.1 All temperature, humidity, door and alarm records and all reports produced by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:7.2 The system runs on the Buyer's own server and network. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN; the Supplier shall not copy data out of the Buyer's systems and shall keep the records unaltered.
P:7.3 The Supplier shall report any security incident involving the system to the Buyer within 12 hours and is liable for the Buyer's losses caused by its breach of this Section 7.
H:Section 8 Intellectual Property
P:8.1 The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually.
P:8.2 The alarm configurations, report templates and WMS interface scripts made for the Buyer belong to the Buyer, which may use and modify them and have third parties maintain them. The Supplier shall deliver their source files at Final Acceptance.
H:Section 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer lists, site layout and stock information, and shall not disclose it to any third party without prior written consent. This obligation survives the end of this Contract.
H:Section 10 Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation or to achieve Final Acceptance by the dates in this Contract, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages under Section 10.1 reach their maximum. The Supplier shall then refund the amounts paid for the parts not accepted.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 14 General
P:This Contract is made in Chinese and English; both versions have equal force. It takes effect on signature by both parties.
P:Annex 1: Technical requirements. Annex 2: Sensor placement plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04_MD = """# Managed Hotel Network and Helpdesk Services Agreement

**Agreement No. KN-WX-2025-031**

**Between**

**Kombo Networks Limited**, a company incorporated in the Republic of The Gambia, with its office at Kairaba Avenue, Serrekunda, The Gambia ("Provider"); and

**Wuxi Lanting Hotel Management Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Binhu District, Wuxi, Jiangsu Province ("Customer").

**Background.** Customer operates six mid-scale hotels in Wuxi and Changzhou with 1,140 guest rooms in total. Customer wishes to outsource the operation of guest and staff Wi-Fi, the hotel local networks and first-line IT support for front-desk and back-office staff. Provider has offered to take over these services under the terms below. All charges are stated in CNY at Customer's request.

## 1. Definitions

1.1 "Services" means the managed network and helpdesk services described in Schedule 1.

1.2 "Hotels" means the six hotels listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 4.

1.4 "Term" means 24 months from the Service Commencement Date.

1.5 "Customer Data" means all data of Customer, its guests and employees that Provider receives or can access in performing the Services, including guest login records, network logs and helpdesk tickets.

## 2. Services

2.1 Provider shall provide the Services at all Hotels during the Term in accordance with this Agreement and the service levels in Schedule 2.

2.2 Provider shall operate a helpdesk in Chinese by telephone, messaging app and ticket portal at all hours, and shall station one field engineer in Wuxi who can reach any Hotel within the times in Schedule 2.

2.3 Provider shall keep an up-to-date asset register and network documentation for each Hotel, shall carry out a preventive maintenance visit at each Hotel every quarter, and shall attend Customer's monthly operations meeting by video call. Provider's monthly service report shall list incidents by priority, response and restoration times, availability per Hotel, service credits due and recommendations.

2.4 The network equipment at the Hotels belongs to Customer. Provider shall manage it, keep firmware current, and arrange repair or replacement under the manufacturers' warranties or at Customer's cost as approved by Customer.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total contract value for the Term is CNY 966,000.

3.2 The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after Transition Acceptance. Invoices are payable within 30 days of receipt.

3.3 No advance payment is due under this Agreement. Charges are fixed for the Term.

3.4 Service credits under Schedule 2 are deducted from the next invoice.

## 4. Transition and Acceptance

4.1 Provider shall complete the transition within 45 days after signature of this Agreement. Transition includes a survey of all Hotels, documentation of the network, set-up of monitoring and the helpdesk, and handover from Customer's current support staff.

4.2 Transition Acceptance requires that: (a) all network devices at the Hotels appear in Provider's monitoring system; (b) network diagrams and an asset list have been delivered and checked by Customer; (c) the helpdesk has handled test calls from every Hotel in Chinese; (d) guest Wi-Fi log-in works at every Hotel with the Customer's portal page; and (e) a failover test of each Hotel's internet link has been passed.

4.3 When the criteria are met, Customer shall sign a Transition Acceptance certificate within five business days. Provider's start of monitoring does not amount to acceptance.

4.4 If Transition Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

## 5. Customer Data

5.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and for no other purpose.

5.2 On expiry or termination Provider shall hand back all network documentation, configurations and helpdesk records to Customer.

## 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's network diagrams, passwords and guest information, and shall use it only for this Agreement.

6.2 Neither party shall disclose such information to any third party without the other party's prior written consent, except to its professional advisers or as required by law. This clause survives the end of the Term.

## 7. Intellectual Property

7.1 Provider keeps its monitoring tools and know-how.

7.2 Network documentation, configuration files, scripts and knowledge-base articles created for Customer under this Agreement belong to Customer, which may use, modify and give them to any other provider.

## 8. Personnel and Subcontracting

8.1 Provider shall use suitably qualified personnel and shall replace any person reasonably objected to by Customer.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

9.2 Provider's total aggregate liability arising under or in connection with this Agreement in any calendar year shall not exceed the charges paid or payable by Customer in the six (6) months immediately preceding the event giving rise to the claim.

9.3 Clause 9.2 does not limit liability for personal injury, fraud or wilful misconduct.

## 10. Term, Extension and Termination

10.1 This Agreement starts on signature and ends at the end of the Term.

10.2 The parties may extend the Term by written agreement signed by both. There is no automatic renewal.

10.3 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, or if Provider misses the Priority 1 restoration target three times in any period of three consecutive months.

10.4 On termination or expiry Provider shall give reasonable exit assistance for up to 60 days so that the Services can be handed over to Customer or a new provider.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the people's court with jurisdiction over Customer's domicile.

## 12. General

12.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject.

12.2 Amendments must be in writing and signed by both parties.

12.3 This Agreement is made in English and Chinese, and both texts have equal force.

Signed for Kombo Networks Limited: ____________________ Name / Title / Date

Signed for Wuxi Lanting Hotel Management Co., Ltd.: ____________________ Name / Title / Date

---

## Schedule 1: Services and Hotels

| Hotel | City | Rooms | Access points | Switches |
|---|---|---|---|---|
| Lanting Hotel Taihu | Wuxi | 248 | 196 | 14 |
| Lanting Hotel Nanchang Street | Wuxi | 176 | 142 | 10 |
| Lanting Hotel Xishan | Wuxi | 204 | 168 | 12 |
| Lanting Hotel Huishan | Wuxi | 152 | 120 | 9 |
| Lanting Hotel Wujin | Changzhou | 190 | 150 | 11 |
| Lanting Hotel Xinbei | Changzhou | 170 | 136 | 10 |

| Service | Description |
|---|---|
| Network operation | monitoring of all access points, switches, gateways and internet links; firmware and configuration management |
| Guest Wi-Fi | captive portal operation, bandwidth policies, guest log-in support |
| Helpdesk | first-line support for front-desk, sales and back-office staff; PC and printer troubleshooting |
| Field support | on-site work by the Wuxi field engineer |
| Reporting | monthly service report and quarterly review meeting |

## Schedule 2: Service Levels and Credits

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Guest Wi-Fi or front-desk network down at a whole Hotel | 15 minutes | 3 hours |
| P2 | A floor or a service degraded at one Hotel | 1 hour | 8 hours |
| P3 | Single user or device issue | 2 hours | 2 business days |

| Measure | Target | Service credit |
|---|---|---|
| Guest Wi-Fi availability per Hotel per month | 99.95% | 3% of that month's service charge for each 0.1 percentage point or part below target |
| P1 restoration | 3 hours | CNY 800 per hour late |
| P1 response | 15 minutes | CNY 300 per incident late |

Total service credits in a month shall not exceed 20% of that month's service charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | clause 4 | 42,000 |
| Monthly service charge | 24 months at CNY 38,500 | 924,000 |
| **Total contract value** | | **966,000** |
"""

E05_TXT = """MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. KVD-2025-CN-014

PARTIES

Kivu Data Analytics Ltd, a company registered in the Republic of Rwanda, KG 7 Avenue, Kacyiru, Kigali, Rwanda ("Kivu Data"); and

Yunnan Puyun Coffee Trading Co., Ltd., a company registered in the People's Republic of China, Simao District, Pu'er, Yunnan Province ("Customer").

BACKGROUND

Customer buys green coffee from growers in Yunnan and East Africa and sells it to roasters in China. Kivu Data publishes daily price, export-volume, weather and crop-condition data for East African coffee-growing regions through an application programming interface (the "API"). Customer wishes to use the API in its purchasing and pricing system. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Data" means the datasets delivered through the API under the plan described in clause 2, including historical series back to January 2015.

1.2 "Customer Content" means the data Customer sends to the API, including its watch lists, supplier locations, contract positions and query history, and all alerts and outputs computed for Customer from it.

1.3 "Customer Feed" means the custom price indices and alert rules that Kivu Data builds for Customer under clause 3.

1.4 "Subscription Year" means each period from the Service Start Date, or an anniversary of it, to the day before the next anniversary.

1.5 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 Kivu Data grants Customer, for two Subscription Years from the Service Start Date, a non-exclusive, non-transferable right to call the API and to use the Data within Customer's group for its own purchasing, pricing and risk management, and to show the Data to its own staff and, in summary form, to its customers.

2.2 The plan covers up to 20 named API keys, 400,000 API calls per month, daily price series for 31 origins, weather and crop-condition data for 58 growing districts, and export-volume data for Rwanda, Burundi, Uganda, Kenya, Tanzania and Ethiopia.

2.3 Customer shall not resell the Data as a data product.

3. INTEGRATION AND CUSTOMER FEED

3.1 Kivu Data shall help Customer connect its purchasing system to the API, shall build the Customer Feed (a blended East African arabica price index weighted by Customer's sourcing mix, converted to CNY per kilogram, and alert rules for price moves and adverse weather), and shall train Customer's analysts.

3.2 Integration shall be completed within 30 days after signature of this Agreement.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance requires that: (a) Customer's system retrieves every dataset in the plan through the API without error for ten consecutive business days; (b) the Customer Feed reproduces the values of a test month calculated by Customer by hand within 0.5 percent; (c) alert messages reach Customer's analysts within ten minutes of the triggering data being published; and (d) the API documentation in Chinese and the Customer Feed method note have been delivered.

4.2 Customer shall sign an Integration Acceptance certificate within five business days after the criteria are met. Test use of the API is not acceptance.

4.3 If Integration Acceptance is delayed beyond the period in clause 3.2 for reasons attributable to Kivu Data, Kivu Data shall pay Customer CNY 250 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:
   Subscription fee, Subscription Year 1 ........ CNY 168,000
   Subscription fee, Subscription Year 2 ........ CNY 168,000
   Integration and Customer Feed (one-time) ..... CNY 24,000
   Total ......................................... CNY 360,000

5.2 The integration fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears in equal instalments of CNY 42,000.

5.3 Invoices are payable within 30 days by bank transfer in CNY. Fees are fixed for the two Subscription Years. No advance payment is required.

5.4 Calls beyond the monthly allowance are charged at CNY 0.02 per call and invoiced with the next quarterly invoice.

6. SERVICE LEVELS

6.1 Kivu Data shall keep the API available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out on Sundays between 02:00 and 06:00 Beijing time.

6.2 Daily price series shall be published by 18:00 Beijing time on each trading day.

6.3 Support is provided in English and Chinese by email and telephone. Priority 1 incidents (the API is unavailable or returns wrong data for a whole dataset) shall be responded to within 30 minutes and restored within 6 hours, at any time. Priority 2 incidents shall be responded to within 2 hours on business days.

6.4 If a service level is missed, Customer shall receive a service credit: 10% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) of availability below the target; CNY 500 for each hour of delay in restoring a Priority 1 incident; and CNY 300 for each day on which the daily price series is published late. Credits are deducted from the next invoice.

7. CUSTOMER CONTENT AND DATA SECURITY

7.1 Customer Content belongs to Customer. Kivu Data may use it only to provide the API and the Customer Feed to Customer. Kivu Data shall not use Customer Content, in identified, aggregated or anonymised form, for any other purpose, and shall not disclose Customer's watch lists or positions to anyone.

7.2 Kivu Data shall host Customer Content on servers with access control, encryption in transit and at rest, and logged access by a limited number of named staff, and shall comply with the laws that apply to Customer Content, including the Personal Information Protection Law and the Data Security Law of the People's Republic of China where they apply.

7.3 Kivu Data shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Content, shall take immediate steps to contain it, and is liable for Customer's losses caused by its failure to comply with this clause 7.

7.4 On expiry or termination Kivu Data shall return Customer Content and the Customer Feed history in CSV format and then delete Customer Content, confirming the deletion in writing.

8. CONFIDENTIALITY

Each party shall keep the other party's non-public information received under this Agreement confidential, use it only for this Agreement and not disclose it to third parties without prior written consent, except as required by law. This obligation survives termination.

9. INTELLECTUAL PROPERTY

9.1 Kivu Data owns the API and the Data. Customer's right to use the Data is set out in clause 2.

9.2 The Customer Feed, its method, weights and code, and all index values calculated for Customer belong to Customer. Customer may use, modify and license them freely, including to third parties, and may have them calculated by any other party after this Agreement ends.

10. SUBCONTRACTING

Kivu Data shall not subcontract any part of its obligations, other than to its hosting provider named in Schedule 1, without Customer's prior written consent, and remains responsible for any subcontractor.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement runs from signature until the end of the second Subscription Year.

11.2 It may be renewed only by written agreement of both parties. It does not renew automatically.

11.3 Customer may terminate this Agreement by written notice if Kivu Data commits a material breach and does not remedy it within 20 days after written notice, or if availability is below target in any three months. Kivu Data shall refund any fees paid for the period after termination.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss or loss of profit. Kivu Data does not guarantee any trading result from the use of the Data.

12.2 Kivu Data's total liability under this Agreement shall not exceed 200% of the total fees in clause 5.1. This limit does not apply to breach of clauses 7 and 8, fraud or wilful misconduct.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Republic of Rwanda.

13.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be finally resolved by arbitration administered by the Kigali International Arbitration Centre under its rules. The seat of arbitration is Kigali, Rwanda, and the language is English.

14. GENERAL

14.1 Neither party may assign this Agreement without the other's written consent.

14.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

14.3 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

SCHEDULE 1 - APPROVED HOSTING PROVIDER

Hosting of the API and of Customer Content: a commercial cloud data centre operator in Kigali, Rwanda, holding ISO 27001 certification.

SIGNATURES

For Kivu Data Analytics Ltd: ____________________ Name / Title / Date

For Yunnan Puyun Coffee Trading Co., Ltd.: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- files, labels, design
NAMES = {
    "z01": "h426z01_farmland_monitoring_platform_licence.pdf",
    "z02": "h426z02_ceramic_kiln_control_retrofit.docx",
    "z03": "h426z03_dental_clinic_chain_saas_emr.txt",
    "z04": "h426z04_veterans_service_centre_system_annual_om.txt",
    "z05": "h426z05_snack_factory_inspection_software_supplier_template.md",
    "e01": "h426e01_cmms_perpetual_licence_sierra_leone_vendor.pdf",
    "e02": "h426e02_staff_scheduling_saas_order_form_liberian_vendor.md",
    "e03": "h426e03_cold_store_sensors_cameroon_supplier.docx",
    "e04": "h426e04_managed_hotel_network_gambian_provider.md",
    "e05": "h426e05_coffee_market_data_api_rwandan_vendor.txt",
}
SOURCES = {"h426z01": H426Z01, "h426z02": H426Z02, "h426e01": H426E01, "h426e03": H426E03}
TARGETS = {"h426z01": (NAMES["z01"], "pdf"), "h426z02": (NAMES["z02"], "docx"),
           "h426e01": (NAMES["e01"], "pdf"), "h426e03": (NAMES["e03"], "docx")}
PLAIN = {"z03": Z03_TXT, "z04": Z04_TXT, "z05": Z05_MD, "e02": E02_MD, "e04": E04_MD, "e05": E05_TXT}
RAW = {"z01": H426Z01, "z02": H426Z02, "e01": H426E01, "e03": H426E03, **PLAIN}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# values in KEYS order, then extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value
T, F, N = True, False, None
L = {
    "z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", "goods_or_licence"],
            [T, T, T, F, 2060000]),
    "z02": ("zh", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.02, N, 20, T, T, 18, 24, F, T, F, "PRC", "goods_or_licence"],
            [T, T, T, F, 1680000]),
    "z03": ("zh", "cloud", [99.5, 0.5, T, "buyer", T, T, T, 0.1, 150, N, T, N, N, N, T, T, F, "PRC", "service"],
            [T, T, N, F, 658400]),
    "z04": ("zh", "services", [99.95, 0.25, T, "buyer", T, T, T, 0.03, N, N, T, N, N, N, F, F, F, "PRC", "service"],
            [T, T, N, F, 468000]),
    "z05": ("zh", "software", [N, 8, F, "supplier", T, F, T, N, 20, 65, F, F, 6, N, F, T, T, "PRC", "goods_or_licence"],
            [T, F, F, T, 515000]),
    "e01": ("en", "software", [N, 1, T, "buyer", T, T, F, 800 / 965000 * 100, 50, 45, T, T, 18, 11, F, T, F, "PRC",
                               "goods_or_licence"], [T, T, T, F, 965000]),
    "e02": ("en", "cloud", [N, N, F, "buyer", T, T, T, 300 / 390000 * 100, 150, N, T, N, N, N, F, T, T, "PRC", "service"],
            [F, T, N, F, 390000]),
    "e03": ("en", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 36, 7, F, T, F, "PRC", "goods_or_licence"],
            [T, T, T, F, 582000]),
    "e04": ("en", "services", [99.95, 0.25, T, "buyer", F, T, T, 700 / 966000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F,
                               "PRC", "service"], [T, T, N, F, 966000]),
    "e05": ("en", "cloud", [99.95, 0.5, T, "buyer", T, T, T, 250 / 360000 * 100, 200, N, T, N, N, N, F, T, F, "Rwanda",
                            "service"], [T, T, N, F, 360000]),
}
# forum outside mainland China (the law may still be PRC); only e05 (Kigali seat, Rwandan law)
FORUM_OUTSIDE = {"e05"}
# TCO inputs for goods_or_licence drafts with a fixed post-warranty fee: fee base (itemised subtotal), pct, warranty months
TCO_IN = {"z01": (1160000, 8, 24), "z02": (1540000, 24, 18), "e01": (660000, 11, 18), "e03": (527600, 7, 36)}
# price sums as written in the texts
SUMS = {"z01": ([1160000, 640000, 182000, 78000], [412000, 927000, 721000]),
        "z02": ([372000, 216000, 312000, 228000, 126000, 286000, 118000, 22000], [336000, 588000, 756000]),
        "z03": ([19 * 14800 * 2, 96000], [96000, 70300 * 8]),
        "z04": ([468000], [117000] * 4),
        "z05": ([238000, 80 * 900, 1500 * 14, 156000, 28000], [334750, 180250]),
        "e01": ([420000, 150 * 1600, 185000, 96000, 24000], [434250, 337750, 193000]),
        "e02": ([186000, 186000, 18000], [18000] + [46500] * 8),
        "e03": ([240 * 980, 12 * 8600, 60 * 420, 68000, 96000, 46400, 8000], [58200, 320100, 203700]),
        "e04": ([42000, 24 * 38500], [42000] + [38500] * 24),
        "e05": ([168000, 168000, 24000], [24000] + [42000] * 8)}
DESIGN = {
    "z01": [], "e03": [],
    "e05": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "e01": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
    "e02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
            "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}


def tco_share(key):
    base, pct, wm = TCO_IN[key]
    value = L[key][3][4]
    post_years = max(0.0, 5 - wm / 12)
    fees = post_years * base * pct / 100
    return fees / (value + fees) * 100


def my_rules(key):
    """Expected rules from a label, by my reading of policy.md section 3 (not project code)."""
    t = dict(zip(KEYS, L[key][2]))
    sla, ld_stated, capped, deemed, value = L[key][3]
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if key in TCO_IN and tco_share(key) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    return "medium" if any(x != "CR-GOVERNING-LAW" for x in rules) else "low"


def label(key):
    lang, cat, vals, extra = L[key]
    terms = dict(zip(KEYS, vals))
    ex = {"sla_clause": extra[0], "ld_stated": extra[1]}
    if terms["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = extra[2]
    ex["acceptance_deemed_on_delivery"] = extra[3]
    ex["contract_value"] = extra[4]
    return {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": terms, "expected_extra": ex,
            "expected_rules": my_rules(key)}


# ---------------------------------------------------------------- threshold scan
D = r"(?<![\d.,])"
ZH_D = "一二三四五六七八九十百"
BANNED = [
    ("avail 99.9", D + r"99\.90*(?!\d)"),
    ("4 h", D + r"4\s*(个)?\s*(小时|钟头|hours?|hrs?|h\b)"), ("4 h", r"(?<![" + ZH_D + r"])四\s*个?\s*小时"),
    ("4 h", r"four[\s-]*hours?"), ("4 h", D + r"240\s*(分钟|minutes?|mins?)"), ("4 h", D + r"4[\s-]*hour"),
    ("LD 0.05", D + r"0\.050*(?!\d)"), ("LD 0.05", r"万分之五(?![" + ZH_D + r"\d])"), ("LD 0.05", r"千分之零点五"),
    ("100 %", D + r"100(\.0+)?\s*(%|％|percent|per\s*cent)"), ("100 %", r"百分之(一)?百(?![" + ZH_D + r"])"),
    ("30 %", D + r"30(\.0+)?\s*(%|％|percent|per\s*cent)"), ("30 %", r"百分之三十(?![一二三四五六七八九])"),
    ("30 %", r"(?<![" + ZH_D + r"])三成"), ("30 %", r"thirty\s*(percent|per\s*cent)"),
    ("12 m", D + r"12\s*个\s*月"), ("12 m", r"(?<![" + ZH_D + r"])十二\s*个\s*月"), ("12 m", D + r"12[\s-]*months?"),
    ("12 m", r"twelve[\s-]*(\(12\)\s*)?months?"), ("12 m", r"一年"), ("12 m", r"one[\s-]*year"),
    ("12 m", D + r"1[\s-]*years?\b"), ("12 m", r"壹年|一周年"),
    ("15 %", D + r"15(\.0+)?\s*(%|％|percent|per\s*cent)"), ("15 %", r"百分之十五(?![一二三四五六七八九点])"),
    ("15 %", r"fifteen\s*(percent|per\s*cent)"),
    ("40 %", D + r"40(\.0+)?\s*(%|％|percent|per\s*cent)"), ("40 %", r"百分之四十(?![一二三四五六七八九])"),
    ("40 %", r"(?<![" + ZH_D + r"])四成"), ("40 %", r"forty\s*(percent|per\s*cent)"),
    ("5 y", D + r"5\s*(个)?\s*(年|years?)(?!度)"), ("5 y", r"(?<![" + ZH_D + r"〇零])五\s*个?\s*年(?!度)"),
    ("5 y", r"five[\s-]*years?"), ("5 y", D + r"60[\s-]*(个)?\s*(月|months?)"), ("5 y", r"六十\s*个\s*月"),
    ("5 y", r"sixty[\s-]*months?"),
]
BANNED_RE = [(n, re.compile(p, re.I)) for n, p in BANNED]
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "12 months",
            "twelve months", "一年", "one year", "15%", "15 %", "百分之十五", "40%", "四成", "百分之四十", "5年", "五年",
            "five years", "5 years", "60 months", "60个月", "4-hour", "4h"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时",
             "0.055%", "1,100%", "130%", "140%", "2015", "25年", "第二十四个月", "二十四个月", "十八个月", "2025年12月",
             "12月31日", "Subscription Year", "0.5 percent", "1 hour", "45%", "35%", "百分之三十五", "四十五",
             "5 business days", "15个工作日", "15 business days", "one-time", "service year"]


def scan(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = set()
    for v in variants:
        for n, rx in BANNED_RE:
            for m in rx.finditer(v):
                hits.add((n, m.group(0)))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------- read back
def read_back(name):
    p = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(p))
        parts = [x.text for x in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, txt in PLAIN.items():
        (OUT / NAMES[k]).write_text(txt, encoding="utf-8")
        print("wrote", NAMES[k])
    self_test()
    bad = []
    for k in NAMES:
        items, pays = SUMS[k]
        assert sum(items) == L[k][3][4], (k, sum(items))
        assert sum(pays) == L[k][3][4], (k, sum(pays))
        text = read_back(NAMES[k])
        for src in (text, RAW[k]):
            h = scan(src)
            if h:
                bad.append((k, sorted(h)))
        if k.startswith("z"):
            n, nws = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            print(f"{k} chars {n} (non-space {nws}) {'ok' if ok else 'OUT OF RANGE'}")
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{k} words {n} {'ok' if ok else 'OUT OF RANGE'}")
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], sorted(DESIGN[k]))
        t = lab["expected_terms"]
        # nothing on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if k in TCO_IN:
            assert abs(tco_share(k) - 40) > 2, (k, tco_share(k))
            print(f"   TCO share {tco_share(k):.2f} %")
        (OUT / (NAMES[k].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                  encoding="utf-8")
        print(f"   rules {lab['expected_rules']} risk {risk(lab['expected_rules'])}")
    covered = set().union(*(set(my_rules(k)) for k in NAMES))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = [len(my_rules(k)) for k in NAMES]
    assert sorted(counts) == sorted([0, 0, 1, 11, 3, 2, 2, 3, 3, 2]), counts
    if bad:
        for b in bad:
            print("THRESHOLD FIGURE:", b)
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
