"""holdout1152: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf are built
with ../word_pdf.py (markup T:/H:/P:/TB:).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:技能人才评价服务平台软件许可及定制开发合同
P:合同编号：LJRS-ZC-2026-117　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市人力资源和社会保障局
P:乙方（供应商）：江屿数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就技能人才评价服务平台项目达成一致，签订本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供技能人才评价服务平台软件（以下称“平台软件”）的永久使用许可，许可范围为甲方及其所属职业技能鉴定指导中心，不限用户数和服务器数量。
P:1.2 乙方按经甲方确认的需求规格说明书完成定制开发，内容包括：评价机构备案与动态管理、职业技能等级认定计划申报、考务编排与考评员随机抽取、成绩录入与复核、电子证书生成与全国联网查询接口，以及与本市社保卡系统、就业补贴发放系统的数据接口。
P:1.3 乙方负责平台部署、历史鉴定数据迁移（约46万条证书记录及相关考生信息）、操作培训及上线保障。
P:1.4 乙方交付的平台应支持国产操作系统、国产数据库和国产中间件，满足信息技术应用创新的适配要求。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾肆万元整（¥1,540,000），含税。其中：平台软件许可费¥860,000；定制开发费¥520,000；部署实施及数据迁移费¥135,000；培训费¥25,000。
P:2.2 上述价格为固定价格，除甲方书面提出并经双方确认的需求变更外，不作调整。
P:2.3 合同价款已包含乙方完成本合同所需的全部费用，包括软件、开发、实施、差旅、培训、文档及税费，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序办理付款。
H:第四条 实施进度
P:4.1 乙方应在合同生效后九十日内完成定制开发与部署并提交初步验收申请；初步验收通过后进入六十日试运行期。
P:4.2 乙方应指派具有同类项目经验的项目经理驻场，未经甲方书面同意不得更换；甲方认为项目人员不能胜任的，乙方应在五个工作日内更换。
P:4.3 乙方应每两周向甲方提交项目进度报告，列明已完成工作、存在问题和下一阶段计划；重大事项应及时书面报告。甲方有权检查项目实施情况，乙方应予配合。
P:4.4 需求变更应由甲方书面提出，乙方在五个工作日内评估工作量和对工期的影响，经双方书面确认后实施。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；迁移的证书数据逐条比对，无差错、无遗漏；与社保卡系统、就业补贴发放系统的接口联调通过；三百名并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告无高风险项；乙方已提交源代码、数据库设计说明、部署手册、运维手册和用户手册。
P:5.3 甲方应在收到乙方验收申请后十五个工作日内组织验收并出具书面验收意见。平台上线运行或甲方实际使用，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的功能完善和技术支持。
P:6.2 平台月度可用率不低于99.97%。一级故障（平台整体不可用或证书业务无法办理）乙方应在30分钟内响应、2小时内到场处置；二级故障应在2小时内响应、次日内解决。
P:6.3 乙方未按时响应或到场的，每迟延一小时向甲方支付¥800；月度可用率每低于承诺值0.01个百分点，扣减当期维护款¥1,000。
P:6.4 质保期满后，甲方如续购维护服务，年度维护费不超过平台软件许可费的8%（即¥68,800），自质保期满起三年内不上调。维护服务按年另行签订，不自动续期。
P:6.5 质保期内乙方应每季度对平台进行一次巡检并提交巡检报告；在全市职业技能等级认定集中考试期间，乙方应安排技术人员驻场保障。
H:第七条 数据安全
P:7.1 平台中的考生信息、评价记录、证书数据和系统日志等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他目的，不得留存任何副本。
P:7.2 乙方应按网络安全等级保护第三级要求落实安全措施；运维操作须经甲方审批并通过堡垒机进行，敏感个人信息加密存储，操作日志留存不少于六个月。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；
P:7.4 合同终止后，乙方应将其接触的甲方数据全部移交或按甲方要求销毁，并出具书面说明。因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对履行合同过程中知悉的甲方工作秘密及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 定制开发的程序、接口及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和部署。平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 乙方保证所交付的软件不侵犯第三方合法权利；发生侵权纠纷的，
P:9.3 合同终止或期满后，甲方使用定制开发成果和平台软件的权利不受影响。由乙方负责处理并承担全部费用。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或逾期通过验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:10.2 系统未能通过验收的，乙方应在二十日内整改并重新申请验收；第二次验收仍未通过的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十一条 分包与转包
P:11.1 乙方不得将本合同转包，也不得将合同的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿由此造成的损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书和需求规格说明书均为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.3 因不可抗力不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供证明。
P:14.4 双方的通知以书面形式送达本合同首部载明的地址；一方地址变更的，应及时书面通知对方。
P:14.5 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的不正当利益。
P:甲方（盖章）：临江市人力资源和社会保障局　　乙方（盖章）：江屿数智科技有限公司
"""

Z02 = """T:收线生产线控制系统改造合同
P:合同编号：HC-GZ-2026-031
P:甲方：苏州禾川电动收线机厂
P:乙方：无锡启衡自动化工程有限公司
P:甲方拟对其三条电动收线机装配及测试生产线的控制系统进行改造。本项目改造的三条产线分别为大盘收线线、小盘收线线和测试包装线，现有控制系统已运行多年，备件短缺，故障频发。经双方协商，就设备供货、控制软件许可及改造施工事宜签订本合同。
H:第一条 合同范围
P:1.1 乙方负责提供PLC控制系统、伺服驱动系统、人机界面及检测元件，提供收线产线控制软件的永久许可，并完成拆旧、安装、接线、编程、调试和培训。
P:1.2 乙方应根据甲方提供的工艺要求定制排线、张力控制和自动换盘程序，并实现产线数据向甲方生产管理系统的实时上传。
P:1.3 改造范围及技术要求以双方签订的技术协议为准。改造完成后，收线速度、排线精度、张力波动等指标应达到技术协议的约定。
P:1.4 乙方负责拆除旧控制柜和线缆，拆除物资归甲方所有，由乙方搬运至甲方指定地点。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾肆万元整（¥1,440,000），含税及运输、保险费用，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含主站及远程I/O）|3套|426,000
TB:2|伺服驱动器及伺服电机|24套|318,000
TB:3|工业触摸屏及工控机|8台|96,000
TB:4|张力传感器、编码器及检测元件|1批|84,000
TB:5|收线产线控制软件许可（永久）|1套|256,000
TB:—|软硬件小计|—|1,180,000
TB:6|安装调试及改造施工|1项|148,000
TB:7|工艺程序定制开发|1项|96,000
TB:8|操作及维护培训|1项|16,000
TB:—|合同总价|—|1,440,000
P:2.2 合同价格为固定价格，包括设备、软件、包装、运输、保险、安装、调试、培训、技术资料和税费，除甲方书面变更外不作调整。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的50%。
P:3.3 安装调试完成后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且无质量问题后十个工作日内无息支付。
P:3.5 甲方每次付款前，乙方应开具等额的增值税专用发票。
P:3.6 乙方收款账户以乙方加盖公章的书面函件为准，账户变更应提前书面通知甲方。
H:第四条 交货与施工
P:4.1 乙方应在合同签订后四十五日内将全部设备运至甲方厂区。改造施工分三条产线依次进行，每条产线停产时间不得超过六日。
P:4.2 施工期间乙方应遵守甲方厂区安全管理制度，因乙方施工造成的人身伤害或财产损失由乙方承担。
P:4.3 乙方应在施工前十日提交施工方案和停产计划，经甲方确认后实施。施工人员应持有效的电工作业证书。
P:4.4 设备到货时，双方共同开箱检查，核对型号、数量、外观及随机文件，并签署到货签收单。到货签收仅表示数量核对，不代表质量认可。
P:4.5 乙方应提供电气原理图、接线图、程序备份、设备说明书及操作维护手册各两份，并提供电子版。
P:4.6 乙方应对甲方操作人员和电气维修人员进行培训，内容包括系统操作、参数设置、常见故障处理和日常保养。
P:4.7 乙方应指定一名具有同类产线改造经验的项目经理负责本项目，施工期间常驻甲方现场。
H:第五条 安装调试与验收
P:5.1 乙方完成安装调试后，产线连续试运行72小时，即视为甲方验收合格，甲方应在三日内签署验收单。
P:5.2 试运行期间出现的问题，乙方应及时处理。
P:5.3 试运行结束后，乙方应提交项目总结报告、设备清单及软件版本清单。
H:第六条 质量保证与维保服务
P:6.1 质保期为二十四个月，自签署验收单之日起计算。质保期内因设备或软件质量问题产生的维修、更换费用均由乙方承担。
P:6.2 一级故障（整条产线停机）乙方应在1小时内远程响应、6小时内到达现场；二级故障（单台设备异常）应在2小时内响应、次日到场。乙方每迟延一小时，向甲方支付¥500。
P:6.3 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的7%（即¥82,600），三年内不作调整，包括定期巡检、备件优惠供应及软件升级。
P:6.4 质保期内乙方应每季度进行一次现场巡检，检查控制柜、伺服系统和检测元件的运行状态，并提交巡检记录。
P:6.5 质保期内同一部件因质量问题维修两次后仍不能正常工作的，乙方应免费更换新件，更换部件的质保期重新计算。乙方保证备品备件供应期不少于八年。
P:6.6 质保期满前一个月，双方应共同对设备和软件进行一次全面检查，发现的问题由乙方在质保期内免费处理。
H:第七条 数据安全
P:7.1 产线运行数据、工艺参数和产量质量数据归甲方所有，乙方不得用于本合同以外的用途。
P:7.2 乙方远程维护须事先取得甲方同意，通过甲方指定的VPN通道进行，不得拷贝、留存甲方数据。乙方应防止病毒和非法访问进入甲方控制网络。
P:7.3 因乙方原因导致数据泄露、丢失或控制网络遭受攻击的，乙方应在2小时内告知甲方，
P:7.4 乙方交付的工控机和触摸屏应预装正版软件，并关闭不必要的端口和服务。并承担由此造成的全部损失。
H:第八条 保密
P:8.1 双方对在合作中获悉的对方技术资料、工艺诀窍和商业信息负有保密义务，未经对方书面同意不得披露给第三方。本条在合同终止后三年内有效。
P:8.2 乙方应要求参与本项目的员工遵守本条约定。
H:第九条 知识产权
P:9.1 乙方为甲方定制的排线、张力控制及换盘程序及其源程序归甲方所有，甲方可自行修改和使用。控制软件平台的知识产权归乙方，甲方享有永久使用权。
P:9.2 乙方保证所提供的设备和软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 设备或软件不符合合同约定的，乙方应负责更换或修复，
P:10.3 乙方施工造成甲方设备损坏的，应负责修复或赔偿。
P:10.4 乙方未按第六条约定提供质保服务的，甲方可自行或委托第三方维修，费用由乙方承担。并承担由此产生的费用。
H:第十一条 分包
P:11.1 乙方可将现场电气安装及线缆敷设工作分包给具备相应资质的单位，但应在分包前书面告知甲方。乙方对分包部分的质量和安全向甲方负责。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应退还甲方已支付但未履行部分的款项，并配合甲方完成已安装设备的交接。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。双方发生争议应协商解决；协商不成的，诉讼期间，除争议部分外，双方应继续履行合同其他部分。提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:14.2 因不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
P:14.3 乙方进入甲方厂区的人员应接受甲方安全教育，遵守甲方的劳动纪律和安全规定。
P:14.4 本合同未尽事宜，双方协商签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

Z03 = """围棋馆连锁约课与会员管理系统订阅及实施服务合同

合同编号：YL-XX-2026-08
甲方：杭州弈林围棋文化发展有限公司（以下称“甲方”，经营16家围棋馆门店）
乙方：杭州云枰软件有限公司（以下称“乙方”）

甲方拟为其全部门店采用统一的约课、排课、会员储值与收银管理系统。甲方门店分布于杭州、湖州和嘉兴三地，现使用的单机版管理软件无法实现跨店约课和会员通用。乙方以软件即服务（SaaS）方式提供“云枰馆务”系统，并负责系统实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方在服务期内向甲方16家门店开通“云枰馆务”系统，包括课程与教室排期、学员约课与签到、会员卡与储值管理、段位与对局记录、前台收银、家长端小程序及总部经营报表。
2. 每家门店开通前台账号不少于3个、教练账号不少于10个，总部账号不限数量。
（二）实施服务
1. 乙方负责系统初始化配置、16家门店课程体系和价格体系录入、原有会员数据及储值余额的迁移、与甲方收款商户号的对接。
2. 乙方为各门店前台、教练和总部人员提供现场或线上培训，每家门店不少于两次。
3. 乙方为甲方定制总部经营分析报表五张、课表打印模板两套。
4. 乙方为各门店配置会员卡打印和扫码签到所需的参数，相关硬件由甲方自行购置。
（三）其他服务
1. 乙方为甲方配备专属客户经理，负责需求对接、问题跟踪和培训安排。
2. 乙方每季度向甲方推送系统新功能说明，并为甲方总部举办一次线上经营数据分析会。
3. 乙方提供每日9:00至22:00的电话和在线客服，节假日不休。
4. 乙方每年为甲方新入职的前台人员提供两次集中线上培训。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自系统上线验收通过之日起算，至次年对应日的前一日止；第二个服务年度紧接其后。
（二）乙方应在合同生效后三十日内完成实施并提交上线验收申请。

三、费用及支付
（一）订阅费按门店数计算，每家门店每个服务年度人民币6,800元，16家门店每个服务年度合计108,800元，两个服务年度合计217,600元。
（二）实施费为一次性费用，人民币46,400元。
（三）合同总价为人民币264,000元（含税）。
（四）实施费在上线验收通过后十五个工作日内支付。每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（五）服务期内甲方新增门店的，按每店每服务年度6,800元按月折算增加费用。
（六）乙方在收到款项后十个工作日内开具增值税专用发票。
（七）服务期内订阅费单价不作调整。

四、上线验收
（一）验收标准：
1. 16家门店全部开通并可正常约课、签到和收银；
2. 迁移的会员信息、剩余课时和储值余额与甲方原系统导出数据逐户核对一致；
3. 收款对账结果与商户后台流水一致；
4. 定制报表和课表模板符合甲方确认的样式。
（二）甲方在收到上线验收申请后七个工作日内组织验收，验收合格的签署上线验收单。不符合标准的，乙方应在五个工作日内整改后重新提交。
（三）提交上线验收申请时，乙方应同时提供系统操作手册、门店前台操作指引和常见问题解答。

五、服务水平
（一）系统月度可用率不低于99.5%（计划内维护除外，计划维护应安排在22:00至次日7:00并提前三日通知）。
（二）故障分级及响应：
1. 一级故障：约课、签到或收银功能在全部或多家门店不可用，乙方应在30分钟内响应，3小时内恢复；
2. 二级故障：单一门店或部分功能异常，乙方应在2小时内响应，当日内解决；
3. 三级问题：咨询及一般缺陷，乙方应在一个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障响应超时的，每次抵扣当月订阅费的3%。抵扣在下一期订阅费中扣除。
（四）乙方应每月向甲方提供服务报告，列明当月可用率、故障次数、处理时长及抵扣金额。
（五）系统版本升级不得导致甲方已配置的课程、价格和会员数据丢失，升级应安排在门店营业时间以外。
（六）计划内的重大版本升级，乙方应提前七日通知甲方并提供升级说明。

六、数据安全
（一）甲方在系统中录入和产生的会员信息、学员及家长个人信息、课时和储值记录、交易流水等数据均归甲方所有，乙方仅为向甲方提供本合同约定的服务而处理上述数据。
（二）乙方应将甲方数据存储于中国境内的数据中心，对个人信息加密存储，实行访问权限分级管理和操作日志审计，每日备份并异地保存。
（三）发生数据泄露、毁损或丢失的，乙方应在2小时内通知甲方，协助甲方履行个人信息保护法规定的告知义务；因乙方原因造成的，乙方赔偿甲方及会员因此遭受的损失。
（四）合同终止后十五日内，乙方应按甲方要求以通用格式交付全部数据，并在甲方确认后删除。
（五）服务期内甲方可随时通过系统导出会员和交易数据。
（六）乙方人员访问甲方数据须经甲方授权，并留存访问记录。

七、知识产权
（一）“云枰馆务”系统的知识产权归乙方所有。
（二）乙方为甲方定制的经营分析报表、课表模板及数据迁移脚本归甲方所有，甲方可自行修改和使用。
（三）乙方保证系统不侵犯第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担费用。

八、续期
（一）服务期满前三十日，任何一方均未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。
（二）续期服务年度的订阅费由乙方按其届时公布的标准价格确定，乙方应在续期开始前以邮件方式告知甲方。

九、违约责任
（一）乙方未按第二条约定的期限完成实施并提交上线验收申请的，每逾期一日向甲方支付违约金人民币300元。
（二）乙方违反第六条约定的，应赔偿甲方由此遭受的全部损失。
（三）因乙方原因导致会员储值、课时数据错误的，乙方应负责核对更正，并赔偿甲方因此向会员作出补偿的费用。
（四）甲方逾期支付费用的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停服务。

十、分包
乙方不得将本合同项下实施服务转包；确需将部分现场培训工作分包的，应事先取得甲方书面同意。

十一、合同解除
（一）一方严重违反本合同，经对方书面通知后十日内未纠正的，守约方有权解除本合同。
（二）因乙方原因导致系统连续中断超过二日或一个服务年度内一级故障超过五次的，甲方有权解除合同，乙方按未履行期间退还已收订阅费。
（三）合同终止的，乙方应按第六条（四）交付数据，并配合甲方完成向其他系统的迁移，迁移协助期不少于三十日。

十二、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，诉讼期间，双方应继续履行本合同中不涉及争议的部分，乙方不得以争议为由中断服务。提交甲方所在地人民法院诉讼解决。

十三、其他
（一）本合同未尽事宜，双方可签订补充协议。
（二）因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务。
（三）双方指定的联系人及联系方式见附件，联系方式变更的应提前通知对方。
（四）附件：1. 门店清单；2. 功能清单；3. 定制报表样式。附件为本合同组成部分。
（五）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州弈林围棋文化发展有限公司
乙方（盖章）：杭州云枰软件有限公司
签订日期：2026年12月
"""

Z04 = """网约车监管信息系统年度运维服务合同

项目编号：JZJT-CS-2026-045（竞争性磋商）
甲方（采购人）：江州市交通运输局
乙方（供应商）：江州恒达信息技术服务有限公司

根据《中华人民共和国政府采购法》及竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方该系统于2023年建成，目前接入网约车平台公司十一家，承担全市网约车行业的日常监管工作。就网约车监管信息系统2027年度运维服务签订本合同。

第一条 服务范围
1.1 运维对象为甲方网约车监管信息系统，包括平台公司数据接入、车辆与驾驶员资质核验、订单与轨迹监测、投诉处理、信用考核和统计分析等子系统，以及相关服务器、数据库、中间件和网络安全设备。
1.2 服务内容包括：日常监控与巡检、故障处理、数据接入质量监测、系统优化与小型功能完善（全年不超过120人日）、安全加固、重大活动保障及运维报告。
1.3 乙方应组建不少于五人的驻场运维团队，其中项目经理一名、系统工程师二名、数据库工程师一名、安全工程师一名。
1.4 驻场人员工作时间为工作日8:30至17:30，其他时间实行电话值守；一级故障处置和重大活动保障期间，乙方应安排人员现场值守。
1.5 乙方应建立值班、巡检、变更、备份、应急和文档管理制度，并报甲方备案。
1.6 日常巡检每日一次，深度巡检每月一次，巡检内容包括服务器及数据库运行状态、存储容量、备份结果、平台公司数据接入情况和安全设备日志。
1.7 系统优化与功能完善需求由甲方书面提出，乙方评估工作量后报甲方确认，纳入年度人日额度统计。
1.8 乙方应配合甲方完成上级主管部门、网信部门组织的检查和网络安全攻防演练。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，后续服务由甲方依法重新采购。

第三条 合同金额及支付
3.1 合同总价为人民币陆拾捌万陆仟元整（¥686,000），为固定总价，包括人员、工具、差旅、备品备件及税费。
3.2 服务费按季度支付。每季度结束且季度考核完成后十五个工作日内，甲方根据考核结果支付该季度服务费，即合同总价的四分之一扣除当季考核扣款后的金额。
3.3 本合同不设预付款。
3.4 乙方每次请款时应提交季度考核结果确认单和合法有效的发票。
3.5 服务期内甲方调整运维范围的，服务费由双方按实际工作量协商调整，并签订补充协议。

第四条 服务交接与考核验收
4.1 乙方应在服务期开始前十日内完成与原运维单位的交接，交接验收标准为：系统资产台账、账号权限清单和运维文档完整移交；全部子系统监控接入；乙方人员完成安全审查。
4.2 季度考核按磋商文件所附考核细则进行，考核指标包括系统可用率、故障响应及恢复时限、巡检报告按时率、数据接入完整率和用户满意度。
4.3 服务期满前，甲方组织年度考核验收，乙方应提交年度运维总结、资产台账和全部运维文档。
4.4 季度考核得分低于80分的，甲方可书面要求乙方限期整改；连续两个季度低于80分的，甲方有权要求乙方更换项目经理。
4.5 年度考核验收合格后，甲方出具年度服务验收报告。
4.6 甲方有权对乙方服务情况进行不定期抽查，抽查结果纳入季度考核。

第五条 服务水平
5.1 系统月度可用率不低于99.97%。
5.2 一级故障（监管平台整体不可用或全部平台公司数据中断）：乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障（单一子系统或单一平台公司数据中断）：30分钟内响应，8小时内恢复；三级故障：2小时内响应，两个工作日内解决。
5.3 月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,500；一级故障响应或恢复超时的，每次扣减¥3,000；二级故障超时的，每次扣减¥800。
5.4 乙方应制定应急预案，每半年组织一次应急演练，并将演练记录报甲方。重大活动和节假日期间，乙方应按甲方通知做好保障准备，实行全天值守。
5.5 乙方应在每月5日前提交上月运维月报，内容包括系统运行情况、故障处理、巡检结果、安全事件和优化建议。

第六条 数据安全
6.1 系统中的平台公司接入数据、车辆和驾驶员信息、订单及轨迹数据均归甲方所有。乙方仅为履行运维服务接触上述数据，不得用于其他任何目的。
6.2 乙方运维操作须通过甲方堡垒机进行并全程审计，不得私自导出、复制或留存数据，不得将运维终端接入互联网。乙方应落实等级保护第三级的运维管理要求。
6.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内向甲方报告并配合处置；因乙方原因造成的，乙方承担相应法律责任和赔偿责任。
6.4 运维终端应安装甲方指定的终端安全软件。乙方人员离场时应交回门禁卡，甲方及时注销其账号权限。
6.5 服务期满或合同终止时，乙方应移交全部账号、口令和运维资料，删除其持有介质中的甲方数据，
6.6 乙方应每季度对系统开展一次漏洞扫描和基线核查，发现的高危漏洞应在五个工作日内完成修复或采取临时防护措施。并出具书面承诺。

第七条 保密
乙方及其人员对履行合同中接触的甲方工作秘密、监管数据和系统配置信息负有保密义务，乙方人员应签署保密承诺书。保密义务不因合同终止而解除。乙方人员离职或调岗的，乙方应督促其继续履行保密义务。

第八条 知识产权
乙方在服务期内为甲方编写的运维脚本、巡检工具配置、功能完善代码及运维文档的知识产权归甲方所有，乙方应随年度验收一并移交。乙方使用的第三方运维工具应为正版软件，乙方保证不侵犯第三方知识产权。

第九条 分包
乙方不得将本合同项下的服务转包或分包。

第十条 违约责任
10.1 乙方未按期完成服务交接或未在期限内完成甲方书面要求整改事项的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
10.2 乙方擅自更换驻场人员的，每人次支付违约金¥5,000。
10.3 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金和考核扣款）以合同总价的50%为限，但因乙方故意或重大过失造成数据泄露的除外。
10.4 乙方运维过失导致系统数据丢失的，应负责恢复；无法恢复的，按第10.3款承担赔偿责任。
10.5 乙方驻场人员违反甲方管理制度造成不良影响的，甲方有权要求乙方立即更换该人员。

第十一条 合同的履行
本合同服务期内，任何一方不得单方解除本合同。乙方违约的，按第五条和第十条承担责任。

第十二条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，向江州市有管辖权的人民法院提起诉讼。诉讼期间，乙方应继续提供运维服务，不得以争议为由中断系统运行保障。

第十三条 其他
13.1 竞争性磋商文件、乙方响应文件、成交通知书及考核细则为本合同组成部分。
13.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复履行。
13.3 乙方驻场人员应遵守甲方的考勤、安全和廉政规定，乙方应为其缴纳社会保险并承担工资、福利及意外伤害责任，乙方人员与甲方之间不构成劳动关系。
13.4 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：江州市交通运输局
乙方（盖章）：江州恒达信息技术服务有限公司
签订日期：2026年12月
"""

Z05 = """# 织序生产过程追溯软件 软件许可及定制开发合同

**（织序软件标准合同文本 ZX-HT-2025 版）**

合同编号：ZX-2026-1208

甲方：苏州拾芳香囊工坊有限公司

乙方：杭州织序软件有限公司

甲方因生产管理需要，向乙方采购“织序生产过程追溯软件”及相关定制开发服务。双方依照《中华人民共和国民法典》，在平等自愿的基础上签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供织序生产过程追溯软件V5（以下简称“软件产品”）的永久使用许可，部署于甲方服务器，许可点数为40个。

1.2 乙方根据甲方需求进行定制开发，包括：香料及布料批次入库登记、刺绣与缝制工序报工、填料配比记录、成品二维码追溯、手机端报工页面及与甲方网店订单系统的对接。

1.3 乙方负责软件安装部署、基础数据初始化和使用培训。

1.4 软件产品的功能以乙方产品说明书为准。乙方后续推出的新模块不在本合同范围内，甲方需要的另行购买。

1.5 许可点数按同时在线用户计算。甲方增加许可点数的，按乙方当期报价另行签订合同。

## 第二条 合同价款

2.1 合同总价为人民币贰拾柒万贰仟元整（¥272,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织序生产过程追溯软件V5许可（40点，永久） | 196,000 |
| 2 | 定制开发 | 58,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 272,000 |

2.2 上述价格不含甲方服务器、操作系统、数据库及网络设备。

2.3 因甲方需求变更增加的开发工作量，按每人日¥1,600另行计费。

2.4 合同价款为含税价，税率按国家规定执行；税率调整的，不含税价格不变。

2.5 上述价格已包含乙方提供的标准培训两次，每次不超过半日；超出部分按乙方培训收费标准另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥176,800。

3.2 软件验收合格后五个工作日内，甲方支付合同总价的35%，即¥95,200。

3.3 乙方收到款项后开具增值税普通发票。甲方逾期付款的，乙方有权暂停实施工作，工期相应顺延。

3.4 本合同所列款项不因甲方未使用部分功能而减少。

## 第四条 实施与交付

4.1 乙方在收到首笔款项后六十日内完成安装部署和定制开发。

4.2 甲方应及时提供需求资料、服务器环境和配合人员。因甲方原因造成的延误，工期相应顺延。

4.3 乙方提供的实施服务以远程方式为主，确需现场服务的，由甲方承担乙方人员的差旅费用。

4.4 甲方应指定一名项目联系人，负责需求确认和内部协调。需求确认书经甲方签字后不得随意变更。

4.5 甲方应在乙方部署前完成操作系统和数据库的安装，并确保服务器满足乙方提出的配置要求。

4.6 因甲方原因导致项目暂停超过三十日的，乙方有权要求甲方支付已完成工作的费用。

4.7 乙方实施人员在甲方现场工作期间，应遵守甲方的作息和安全管理规定。

## 第五条 验收

5.1 验收依据为双方签字确认的《功能清单》和《定制需求确认书》。

5.2 乙方完成部署后向甲方提交验收申请，甲方应在十个工作日内按功能清单逐项测试。全部功能可正常运行、二维码追溯可查询到原料批次和工序记录、网店订单对接数据一致的，甲方应签署验收报告。

5.3 测试中发现的问题，乙方应在十个工作日内修改后再次提交验收。

5.4 验收报告签署后，甲方提出的新需求按需求变更处理。

## 第六条 免费维护与后续服务

6.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 甲方报告一级故障（系统无法登录或报工中断）的，乙方在8小时内响应；一般问题在两个工作日内答复。

6.3 免费维护期满后，甲方应购买年度维护服务，年度维护费为软件许可费的25%，即每年¥49,000，按年预付。未购买维护服务的，乙方不再提供升级和技术支持。

6.4 乙方维护服务不包括因甲方操作不当、擅自修改程序、服务器故障或病毒造成的问题，上述问题乙方可有偿处理。

6.5 维护服务方式为电话、远程桌面及在线工单，乙方服务时间为工作日9:00至18:00。

6.6 软件版本升级仅限于乙方发布的通用版本，不包括为甲方定制部分的适配，适配工作另行计费。

6.7 乙方对问题的处理以远程方式为主，确需到甲方现场处理的，差旅费用由甲方承担。

6.8 免费维护期满后甲方未续购维护服务的，日后再次购买时需补缴中断期间的维护费用。

## 第七条 知识产权

7.1 软件产品的著作权及相关知识产权归乙方所有。

7.2 乙方在本合同项下完成的定制开发成果（包括程序、页面、接口及其源代码和文档）的知识产权亦归乙方所有。甲方在本合同约定的许可点数内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译或向第三方提供。

7.3 甲方不得以任何方式复制、传播软件产品，不得将软件用于许可范围以外的工厂或公司。

7.4 乙方有权将定制开发成果用于其他客户或纳入乙方的标准产品。

## 第八条 数据

8.1 甲方在软件中录入的生产数据归甲方所有。

8.2 乙方实施及维护过程中需访问甲方系统的，应事先告知甲方并使用甲方分配的账号，访问结束后及时退出；乙方不得拷贝甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应在发现后二日内通知甲方，并承担相应赔偿责任。

8.3 甲方同意，乙方可将甲方生产数据经脱敏处理后用于乙方产品的优化、行业分析及其他客户的实施参考。

8.4 甲方应自行做好数据备份工作。因甲方未备份造成的数据损失，乙方不承担责任。

## 第九条 保密

双方对本合同内容及在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。乙方员工离职的，乙方应要求其继续遵守本条义务。

## 第十条 违约责任

10.1 乙方逾期完成交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

10.4 因不可抗力或第三方原因（包括网络运营商、云服务商及电力中断）造成的延误或损失，乙方不承担责任。

## 第十一条 合同解除

一方严重违反本合同且经对方书面通知后十五日内未纠正的，守约方有权解除本合同。合同解除后，甲方已支付的软件许可费不予退还。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼期间，双方应继续履行本合同中无争议的部分。

## 第十三条 其他

13.1 本合同为乙方标准合同文本，双方另有书面约定的除外。

13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

13.3 乙方可在其宣传材料和客户名单中使用甲方名称和标识作为客户案例。

13.4 本合同附件包括《功能清单》《定制需求确认书》和《实施计划》。附件与本合同正文不一致的，以本合同正文为准。

13.5 双方往来通知以电子邮件发送至双方指定的邮箱即视为送达。

13.6 本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：苏州拾芳香囊工坊有限公司　　乙方（盖章）：杭州织序软件有限公司
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RVS-CN-2026-014
P:This Agreement is made between Ningbo Haoyuan Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo (the "Customer"), and Roe Valley Systems Limited, a company registered in Northern Ireland with its registered office at Main Street, Dungiven, County Londonderry (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's maintenance and asset management software, together with implementation and training services, for its two foundry sites in Ningbo. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's AssetWorks Enterprise software, version 9, in object code, including the modules listed in Annex 1 and all updates supplied under this Agreement.
P:1.2 "Customisations" means the interfaces, reports, workflows, scripts and configuration developed by the Vendor specifically for the Customer under Annex 2, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including equipment records, work orders, spare-parts inventories, inspection results and personnel details.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance criteria in Article 5 have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in mainland China for up to 180 named users and unlimited read-only users, for the internal business purposes of the Customer and its affiliates.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The Customer may not sell or sublicense the Software to third parties.
P:2.3 Affiliates of the Customer in which it holds a majority interest may use the Software under this licence, and the Customer is responsible for their compliance with it. The licence survives any termination of this Agreement after payment of the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, migrate the equipment register and five years of work-order history from the Customer's existing system, build the interfaces to the Customer's ERP and energy metering systems, and deliver the reports described in Annex 2.
P:3.2 The Vendor shall provide administrator training and train-the-trainer sessions at each site, in Chinese, with Chinese-language course materials.
P:3.3 The Vendor shall complete all services and submit the system for Final Acceptance within 150 days after the Effective Date, in accordance with the project plan in Annex 3.
P:3.4 The Vendor shall appoint a project manager who speaks Chinese and has led at least two comparable implementations. The project manager shall attend weekly progress meetings, in person or by video, and issue written minutes.
P:3.5 The Customer shall provide servers, operating system and database licences, network access and key users from maintenance, production and finance, as set out in the project plan.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,550,000, inclusive of all taxes, made up of: Licence Fee CNY 1,120,000; implementation and Customisations CNY 386,000; training CNY 44,000.
P:4.2 The Customer shall pay 20% of the Contract Price within 30 days after signature and receipt of a valid invoice; 45% after go-live of the Software at both sites, which is not acceptance; and 35% after Final Acceptance.
P:4.3 Prices are fixed for the duration of this Agreement. Each invoice shall be a valid Chinese VAT invoice or, for amounts paid offshore, a commercial invoice with the withholding tax treatment agreed by the parties.
P:4.4 The Vendor bears its own travel, accommodation and visa costs for all work in Ningbo.
H:Article 5 Acceptance
P:5.1 Acceptance tests shall be carried out jointly under the test plan in Annex 3. Final Acceptance requires that all functions in Annex 1 operate as specified; migrated records reconcile with the source system with no unexplained differences; the ERP and energy interfaces run for 20 consecutive working days without failure; and no Severity 1 defect is open.
P:5.2 Go-live, productive use or payment shall not be deemed to be acceptance. Where a test fails, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Customisations will perform materially in accordance with their documentation for 24 months from Final Acceptance. During this period the Vendor provides corrections, new releases and support free of charge.
P:6.2 Severity 1 issues (the Software is unavailable or work orders cannot be processed at a site) shall receive a response within 1 hour and a workaround within 8 hours, around the clock. Severity 2 issues shall receive a response within 2 hours during business hours.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 800 against the next invoice or pay that amount.
P:6.4 After the warranty period, the Customer may buy annual support at 9% of the Licence Fee (CNY 100,800 per year). This fee is fixed for three years after the warranty period and any later increase shall be agreed in writing. Support is ordered each year by purchase order and does not renew automatically.
P:6.5 The warranty does not cover defects caused by modifications made by the Customer without the Vendor's agreement, or by hardware, operating systems or databases that do not meet the documented requirements.
P:6.6 The Vendor shall keep the Software compatible with the supported releases of the operating system and database named in Annex 1 for as long as support is provided.
H:Article 7 Data Protection and Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall access Customer Data only as needed to perform this Agreement and shall not use it for any other purpose.
P:7.2 Remote access shall be approved by the Customer for each session, use the Customer's VPN with multi-factor authentication and be logged. The Vendor shall not copy Customer Data outside the Customer's environment and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:7.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data, cooperate in its remediation, and be liable for the losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Customisations vest in the Customer on creation. The Vendor shall deliver their source code and may not license them to others. The Customer may use, modify and license the Customisations freely.
P:8.3 The Vendor shall defend the Customer against any claim that the Software or Customisations infringe third-party rights and bear all resulting costs.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement and use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 3.3 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3 or breach of Article 7.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after notice.
P:12.2 If the Agreement is terminated for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for undelivered services.
P:12.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure continues for more than 60 days, either party may terminate the affected part of this Agreement by written notice.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of Northern Ireland.
P:13.2 The courts of Northern Ireland have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 Annexes 1 to 3 form part of this Agreement. In case of conflict, the Articles prevail over the Annexes.
P:14.2 This Agreement is signed in English and Chinese. Both versions have equal force.
P:14.3 Notices shall be in writing and delivered by courier or e-mail to the addresses stated above or later notified.
P:14.4 Neither party may assign this Agreement without the prior written consent of the other party.
P:14.5 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - LEARNPATH CLOUD SUBSCRIPTION

Order Form No. BL-OF-2026-0392

Provider: Bann Learning Technologies Ltd, registered in Northern Ireland, 14 Bridge Street, Kilrea, County Londonderry

Customer: Chengdu Tianfu Home Retail Co., Ltd., Tianfu New Area, Chengdu, Sichuan, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Service

LearnPath Cloud, Provider's hosted learning management service, Enterprise edition, including course authoring, learning paths, assessments, certificates, a mobile app in simplified Chinese, and reporting dashboards. Customer's administrators can assign learning paths by store, region and job role, and managers can follow completion in real time. The Service is provided for Customer's employees in its 210 stores and regional offices in mainland China.

### A2. Subscription Term

24 months from the Service Start Date, which is the date Provider confirms that Customer's production tenant is open. There is no automatic renewal. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, first year | up to 6,500 active learners | 268,000 |
| Subscription, second year | up to 6,500 active learners | 268,000 |
| Onboarding package (one-time) | tenant set-up, SSO, HR feed, data import, admin training | 38,000 |
| Total fees for the Subscription Term | | 574,000 |

Additional learners above 6,500 in any month are charged at CNY 3.20 per learner per month, billed quarterly in arrears.

### A4. Invoicing and Payment

The subscription fee for each year is invoiced at the start of that year and payable within 30 days of invoice. The onboarding package is invoiced after Go-Live Acceptance under A5 and payable within 30 days. All amounts include 6% VAT and are payable in CNY to Provider's account in China. Each invoice shall show this Order Form number.

### A5. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within 45 days after the Service Start Date. Go-Live Acceptance occurs when Customer confirms in writing that: (a) single sign-on with Customer's identity provider works for all store and office users; (b) the daily HR feed creates, updates and deactivates learner accounts correctly; (c) the imported course catalogue and historic completion records match Customer's export file, record by record; and (d) the pilot group of 300 learners has completed two courses on web and mobile without a blocking defect. Customer shall test within ten business days of Provider's notice of readiness.

### A6. Hosting and Approved Sub-processor

Customer Data is hosted in mainland China on infrastructure operated by Hangzhou Yunqi Cloud Services Co., Ltd., which Customer approves by signing this Order Form. No other subcontractor or sub-processor may be used without Customer's prior written consent.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the hosted service described in A1, including the mobile app and any updates Provider makes generally available.

1.2 "Customer Data" means all data, content and materials submitted to the Service by or for Customer, including learner records, course content created by Customer and assessment results.

1.3 "Customer Content" means courses, quizzes, certificates and learning paths created by or for Customer in the Service.

### 2. Access and Use

2.1 Provider grants Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for its internal training purposes.

2.2 Customer is responsible for its users' compliance with this Agreement and shall keep login credentials secure.

2.3 Customer shall not resell the Service, attempt to reverse engineer it, or use it to store unlawful content.

2.4 Customer may appoint up to 40 administrators and may change them at any time through the administration console. Customer may export reports and learner records at any time through the same console.

### 3. Provider Obligations

3.1 Provider shall provide the Service in accordance with its documentation and applicable laws.

3.2 Provider will use commercially reasonable efforts to make the Service available, except for planned maintenance and events beyond its reasonable control. Provider will try to schedule planned maintenance outside Customer's store opening hours.

3.3 Support is available through Provider's help desk by email and online ticket. Provider will respond to support requests in line with its standard support practices, which may change from time to time.

3.4 Provider may update the Service, provided that updates do not materially reduce its core functions.

3.5 Provider shall keep an online help centre and publish release notes in Chinese before each major update. Provider will give Customer at least 30 days' notice before it withdraws any feature that Customer uses.

3.6 Provider shall offer Customer's administrators two online training sessions per year on new features at no extra cost.

### 4. Data Protection and Security

4.1 As between the parties, Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service and for no other purpose, and shall not sell or disclose it.

4.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel on a need-to-know basis, keep access logs for at least one hundred and eighty days, and maintain an information security management system certified to ISO/IEC 27001.

4.3 Provider shall notify Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Data, take reasonable steps to contain it, and support Customer in meeting its obligations under the Personal Information Protection Law. Provider is liable for losses caused by its failure to comply with this Section 4.

4.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format on request and then delete it.

### 5. Intellectual Property

5.1 Provider owns the Service and all related software.

5.2 Customer owns all Customer Content, including any course templates and certificates that Provider configures for Customer during onboarding. Customer may use, modify and license its Customer Content freely, including outside the Service.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and not disclose it to third parties except to its professional advisers and as required by law.

6.2 This Section survives for three years after the end of the Agreement.

### 7. Fees and Taxes

7.1 Fees are as stated in Part A and are fixed for the Subscription Term. Fees do not include bank charges on Customer's side, which Customer bears.

7.2 If an undisputed invoice remains unpaid for more than 30 days after written notice, Provider may suspend the Service until payment is made.

### 8. Warranties

8.1 Each party warrants that it has authority to enter into this Agreement.

8.2 Provider warrants that the Service will perform materially in accordance with its documentation. Customer's remedy for breach of this warranty is that Provider will correct the non-conformity or, if it cannot, Customer may terminate under Section 10.

8.3 Provider warrants that it will not knowingly introduce viruses or other malicious code into the Service or Customer's systems.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

9.2 Each party's aggregate liability under this Agreement is limited to two times the total fees payable under the Order Form. This limit does not apply to breach of Section 4 or Section 6, or to either party's wilful misconduct.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

10.3 If Customer terminates under Section 10.2, Provider shall refund any prepaid fees for the remainder of the Subscription Term.

10.4 Sections 4, 5, 6, 9 and 11 survive the end of the Agreement.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Notices shall be in writing and sent to the addresses in this Order Form.

12.3 This Agreement is the entire agreement between the parties on its subject matter.

12.4 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failure of public networks, if it notifies the other party promptly and resumes performance as soon as possible.

12.5 A party's failure to enforce any provision is not a waiver of it.

12.6 This Agreement is made in English and Chinese. Both versions are equally authentic.

12.7 Each party shall comply with applicable anti-bribery laws in connection with this Agreement.

Signed for Provider: ____________________   Signed for Customer: ____________________
"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. TJJC-EQ-2026-077
P:Buyer: Tangshan Jidong Cement Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China (the "Buyer")
P:Supplier: Agivey Sensing Ltd, a company registered in Northern Ireland, Station Road, Garvagh, County Londonderry (the "Supplier")
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the vibration and temperature of the kiln drives, raw mills, cement mills and main fans on its two clinker lines, and the Supplier has offered the equipment, software and services described below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's KilnWatch condition monitoring software, including the analytics server, the web client and the mobile alert app.
P:1.3 "Deliverables" means all configuration, asset models, alarm rules, dashboards, interface programs and documentation prepared by the Supplier for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed certificate that the acceptance criteria in clause 6 have been met.
H:2. Scope of Supply
P:2.1 The Supplier shall supply and deliver the Equipment to the Buyer's plant in Fengrun District, install and commission it together with the Buyer's electrical contractor, and configure the Software on servers provided by the Buyer.
P:2.2 The Supplier shall build asset models for 146 monitored machines, set alarm thresholds with the Buyer's maintenance engineers, and connect the Software to the Buyer's distributed control system and its maintenance work-order system.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 300 monitored machines at the Tangshan plant, with unlimited users.
P:2.4 The Supplier shall train eight reliability engineers and the shift supervisors of both lines.
P:2.5 The Supplier shall provide a named project engineer for delivery, installation and commissioning, who shall attend weekly site coordination meetings with the Buyer's maintenance department and the electrical contractor.
P:2.6 The Supplier shall deliver, in Chinese and English, installation drawings, sensor location maps, the network design for the gateways, user and administrator manuals, and a spare-parts list with prices.
H:3. Price
P:3.1 The Contract Price is CNY 1,320,000, including VAT, delivery to site and insurance, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX rated|240|2,150|516,000
TB:2|Wireless temperature sensor|120|980|117,600
TB:3|Industrial gateway with 4G backup|16|12,400|198,400
TB:4|KilnWatch Software, perpetual licence|1|326,000|326,000
TB:|Hardware and Licence Subtotal|||1,158,000
TB:5|Installation, commissioning and interfaces|1|142,000|142,000
TB:6|Training|1|20,000|20,000
TB:|Contract Price|||1,320,000
P:3.2 The Contract Price is fixed and covers everything needed to meet the acceptance criteria.
P:3.3 The unit prices in the table also apply to any additional sensors and gateways the Buyer orders within 24 months after Final Acceptance.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered, installed and recorded in an Installation Certificate. The Installation Certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 70 days after signature and complete installation and commissioning within 50 days after delivery, in planned kiln stops agreed with the Buyer.
P:5.2 The Supplier's personnel on site shall follow the Buyer's safety rules, including permit-to-work and lock-out procedures.
P:5.3 The Equipment shall be packed for road transport and marked with the Contract number and the destination line. Each delivery shall be accompanied by a packing list, certificates of conformity and, for imported items, customs documents.
P:5.4 Title to the Equipment passes to the Buyer on delivery to site. Risk passes on signature of the Installation Certificate.
H:6. Acceptance
P:6.1 Final Acceptance requires that: every sensor reports to the Software at its configured interval; the readings of 20 sampled sensors agree with a calibrated portable analyser within the tolerance in the technical specification; the DCS and work-order interfaces run for 30 consecutive days without data loss; and alarms for seeded test faults reach the right engineers within two minutes.
P:6.2 The Buyer shall issue the certificate or a list of defects within ten working days after the Supplier's request. Installation, operation or payment do not amount to acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment and correct the Software free of charge, and provide new Software releases.
P:7.2 Severity 1 faults (loss of monitoring for a whole clinker line) shall receive a remote response within 30 minutes and an engineer on site within 24 hours. Severity 2 faults shall receive a response within 2 hours.
P:7.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 600, and for each day an engineer arrives late CNY 2,000.
P:7.4 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support for the Equipment and Software at 6% of the Hardware and Licence Subtotal per year (CNY 69,480), fixed for the first three years after the warranty. Support is ordered year by year and does not renew automatically.
P:7.5 The warranty does not cover damage caused by misuse, by the Buyer's own modifications or by events outside normal operating conditions stated in the technical specification. Replaced sensors and gateways receive a new warranty of 24 months or the rest of the original period, whichever is longer.
P:7.6 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
H:8. Data
P:8.1 All measurement data, alarms, reports and other data generated by the Equipment and Software belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall access the Buyer's systems only through the Buyer's remote-access gateway with approval for each session, shall not copy Buyer data outside the Buyer's network, and shall keep the gateways' firmware patched against known vulnerabilities.
P:8.3 The Supplier shall report any data security incident within 6 hours, help the Buyer contain it, and compensate the Buyer for losses caused by its failure to comply with this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all technical and commercial information of the Buyer, including process data and plant layouts, and shall not disclose it without the Buyer's written consent. This obligation survives termination for five years.
P:9.2 The Supplier shall ensure that its staff and any approved subcontractor are bound by the same obligations.
H:10. Intellectual Property
P:10.1 The Deliverables belong to the Buyer. The Buyer may use, modify and license them freely and may engage others to maintain them.
P:10.2 The Software and Equipment firmware remain the property of the Supplier, subject to the licence in clause 2.3.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct liquidated damages from any amount due to the Supplier.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent and remains fully responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment and services not accepted and take back the Equipment concerned at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tangshan Arbitration Commission for arbitration in Tangshan.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effect.
P:15.2 Notices shall be in writing and sent to the addresses stated above. This Contract is made in Chinese and English; both versions have equal force.
P:15.3 This Contract and its Annexes are the entire agreement between the parties and may be amended only in writing signed by both parties.
P:Annex 1: Technical specification. Annex 2: Machine list. Annex 3: Acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED DATABASE AND APPLICATION SUPPORT SERVICES AGREEMENT

Agreement No. CAUSEWAY-MS-2026-22

**Customer:** Hefei Lianchuang Appliance Components Co., Ltd., Economic and Technological Development Zone, Hefei, Anhui, People's Republic of China

**Service Provider:** Causeway Managed Services Ltd, registered in Northern Ireland, 40 Main Street, Bushmills, County Antrim, acting together with its branch office in Suzhou

**Date:** December 2026

## Background

The Customer runs its ERP, manufacturing execution and warehouse management systems on Oracle and PostgreSQL databases in its data centre in Hefei. The Customer wishes to outsource the monitoring, administration and second-line application support of these systems, and the Service Provider has agreed to provide those services on the terms below. The Customer's own IT team will keep responsibility for end-user computing, networks and business applications not listed in Schedule 1.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data held in or processed by the in-scope systems, including production, quality, supplier and employee records.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under clause 3.

## 2. Term

2.1 The Services run for 36 months from the Service Commencement Date.

2.2 The parties may extend the term by written agreement signed before its end. Nothing in this Agreement renews automatically.

## 3. Transition

3.1 The Service Provider shall complete transition within 60 days after signature. Transition includes discovery of all in-scope databases and servers, installation of monitoring agents, preparation of runbooks for every in-scope system, and a two-week shadow period alongside the Customer's current team.

3.2 Transition Acceptance requires that: all databases and servers listed in Schedule 1 appear in the monitoring console with agreed alert rules; runbooks for each system have been reviewed and approved by the Customer's IT manager; a test restore of each production database has succeeded; and the shadow period has closed with no open Priority 1 incident.

3.3 If Transition Acceptance is delayed for reasons attributable to the Service Provider, the Service Provider shall pay CNY 1,800 for each day of delay.

## 4. Service Delivery

4.1 The Service Provider shall deliver the Services from its Suzhou branch and its operations centre in Bushmills, with on-site attendance in Hefei as stated in Schedule 1.

4.2 The Service Provider shall meet the Service Levels. Where it fails to do so, the Customer is entitled to the service credits in Schedule 2, which shall be deducted from the next invoice.

4.3 The Service Provider shall submit a monthly service report showing performance against each Service Level, incidents, changes, capacity trends and recommendations, and shall attend a monthly service review with the Customer.

4.4 Changes to production systems shall follow the Customer's change management process. Emergency changes may be made with the verbal approval of the Customer's duty manager, recorded in writing within one business day.

4.5 The Service Provider shall name a service delivery manager and a technical lead for the Customer. It shall not replace them without at least 30 days' notice to the Customer, except for illness or departure from its employment, and any replacement shall have comparable experience.

4.6 Each year the Service Provider shall propose an improvement plan covering automation, ageing database versions and recurring incidents, and shall review progress at the monthly service review.

4.7 The Service Provider shall keep an up-to-date configuration record of the in-scope systems and share it with the Customer at each monthly service review.

## 5. Customer Responsibilities

5.1 The Customer shall provide remote access accounts, licences for the in-scope database and application software, and timely decisions on change requests. The Customer shall give the Service Provider at least ten business days' notice of planned changes to in-scope systems made by its own team or by other vendors.

5.2 The Customer remains responsible for its hardware, software licences and third-party vendor contracts, except where Schedule 1 says otherwise.

5.3 The Customer shall name a contract manager who is the Service Provider's first point of contact for service reviews, escalations and approvals.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Service Provider shall use Customer Data only to perform the Services and shall return it to the Customer on request.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's confidential information, including the Customer's system designs, passwords, pricing and business plans, and use it only for this Agreement.

7.2 The Service Provider shall ensure that each person assigned to the Services signs a confidentiality undertaking before receiving access.

7.3 This clause survives for five years after the Agreement ends.

## 8. Intellectual Property

8.1 Runbooks, scripts, monitoring rules, reports and other materials created by the Service Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including after the Agreement ends.

8.2 The Service Provider's monitoring platform and general tools remain the Service Provider's property.

## 9. Subcontracting

9.1 The Service Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Service Provider's Suzhou branch is not a subcontractor.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Service Provider's total liability arising out of or in connection with this Agreement in any contract year is limited to the Charges paid or payable in the six months before the event giving rise to the claim.

10.3 Service credits do not count towards this limit.

10.4 The Service Provider shall maintain professional indemnity insurance with a reputable insurer for the term and for two years after it, and shall provide evidence of cover on request.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach and does not remedy it within 30 days after notice, or if the Service Provider fails the Priority 1 resolution level in three months out of any six.

11.2 On expiry or termination the Service Provider shall provide up to 90 days of exit assistance, hand over all runbooks, scripts and documentation, and transfer knowledge to the Customer or its new provider. The exit assistance is included in the Charges if the Agreement expires, or if the Customer terminates it under clause 11.1.

11.3 Termination does not affect rights and remedies accrued before it.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## 13. General

13.1 Neither party is liable for delay caused by events beyond its reasonable control, if it notifies the other party promptly and takes reasonable steps to limit the effect.

13.2 Notices shall be in writing and sent to the addresses above or to any address later notified.

13.3 Neither party may assign this Agreement without the other party's prior written consent.

13.4 This Agreement, with its Schedules, is the entire agreement between the parties and may be amended only in writing signed by both parties.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Monitoring | 18 database instances, 42 application servers, backup jobs | 24 x 7 |
| Database administration | Oracle and PostgreSQL: patching, tuning, backup checks, capacity | business days, on-call at night |
| Application support | ERP, MES and WMS second-line support, interface job checks | 08:00-20:00, seven days |
| On-site attendance | two visits per month to the Hefei data centre, more for P1 | as needed |
| Service desk | ticket portal and hotline in Chinese and English | 24 x 7 |
| Patch management | quarterly database and operating system patches, tested first in the Customer's test environment | planned weekend windows |
| Capacity planning | quarterly report on storage, CPU and licence use with a twelve-quarter forecast | quarterly |

## Schedule 2 - Service Levels and Credits

| Measure | Level | Credit |
|---|---|---|
| Availability of in-scope production databases | 99.97% per month | 5% of the monthly charge for each 0.1 point below |
| Priority 1 incident response | within 15 minutes | CNY 2,000 per late incident |
| Priority 1 incident resolution or workaround | within 3 hours | CNY 3,000 per late incident |
| Priority 2 incident response | within 1 hour | CNY 800 per late incident |
| Backup success rate | 99.5% of scheduled jobs per month | 2% of the monthly charge |

Total service credits in any month are limited to 20% of the monthly charge.

## Schedule 3 - Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition fee (one-time) | 72,000 | after Transition Acceptance |
| Monthly service charge | 58,000 | monthly in arrears |
| Monthly charges over 36 months | 2,088,000 | |
| Total Charges | 2,160,000 | |

Charges are fixed for the term, include 6% VAT, and are payable within 30 days after a valid VAT invoice.

Signed for the Customer: ____________________   Signed for the Service Provider: ____________________
"""

E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement reference: GL-API-2026-118

PARTIES

Glens Metocean Data Ltd, a company registered in Northern Ireland, Shore Street, Cushendall, County Antrim ("Provider").

Qingdao Haixing Ocean Shipping Co., Ltd., Shinan District, Qingdao, Shandong, People's Republic of China ("Customer").

BACKGROUND

Provider supplies marine weather, wave and ocean-current forecasts and historical data through an application programming interface. Customer operates a fleet of bulk carriers and wishes to use the data in its voyage planning, fuel optimisation and fleet monitoring systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's Marine Forecast API and Historical Archive API, version 4, with the endpoints listed in the Data Specification.

1.2 "Provider Data" means the forecasts, analyses, historical data and other content delivered through the API.

1.3 "Customer Query Data" means all information Customer or its systems send to the API, including vessel identifiers, positions, planned routes, port calls and voyage parameters, and the logs of those requests.

1.4 "Integration Adapter" means the software connector Provider develops for Customer under clause 4 to feed Provider Data into Customer's voyage planning and fleet monitoring systems.

1.5 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, during the Subscription Term, a non-exclusive, non-transferable licence to call the API and use Provider Data for its own fleet operations, including vessels it manages for third-party owners.

2.2 Customer may make up to 2,000,000 API calls in each Subscription Year. Further calls are charged as stated in clause 5.3.

2.3 Customer may store Provider Data in its systems and show it to its employees, masters and officers on board, but may not resell Provider Data or make it available to third parties as a data product.

2.4 Customer shall show Provider's name as the source where Provider Data appears in reports shared outside Customer's group.

2.5 Customer may cache Provider Data for up to 72 hours to reduce repeated calls.

2.6 Customer may use Provider Data in internal reports and in reports to its charterers about the performance of a particular voyage.

3. TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years from the Start Date, which is the date Provider issues production API keys to Customer.

3.2 After the initial Subscription Term this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 Provider may increase the Subscription Fee for any renewal period by giving Customer written notice at least 30 days before the renewal period starts. The increased fee applies from the start of that period.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall build and deliver the Integration Adapter within 40 days after the Start Date, together with installation instructions and source code.

4.2 Integration Acceptance requires that: the Integration Adapter retrieves forecasts for all 36 vessels in Customer's fleet list every hour; the values displayed in Customer's voyage planning system match the API responses for a sample of 50 requests; failed calls are retried and logged; and the Integration Adapter runs for 10 consecutive days without unhandled error. Customer shall confirm acceptance or list the failures within five business days after Provider's notice.

4.4 Customer shall provide a test environment of its voyage planning system and a contact person for the integration work.

4.5 Provider shall provide two days of remote support after Integration Acceptance to help Customer's team take over the Integration Adapter.

4.3 If Integration Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 36,000.

5. FEES AND PAYMENT

5.1 The Subscription Fee is CNY 356,000 for each Subscription Year, or CNY 712,000 for the initial Subscription Term.

5.2 The one-time integration fee for the Integration Adapter is CNY 24,000. The total fees for the initial Subscription Term are therefore CNY 736,000.

5.3 Calls above the annual allowance are charged at CNY 45 per 10,000 calls, invoiced quarterly in arrears.

5.4 The Subscription Fee for each Subscription Year is invoiced at the start of that year. The integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days. All fees include VAT.

5.5 If Customer must withhold tax on any payment to Provider, the parties shall cooperate so that Provider can obtain a tax certificate or credit for the amount withheld.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.97% of the time in each calendar month, measured at Provider's API gateway and excluding scheduled maintenance announced five days in advance.

6.2 Provider shall refresh global forecasts at least every six hours and publish each refresh within 90 minutes of the model run.

6.3 Priority 1 incidents (the API is unavailable, or forecast data is more than six hours old) shall receive a response within 1 hour at any time. Priority 2 incidents shall receive a response within 3 business hours.

6.4 If monthly availability falls below the level in clause 6.1, Customer receives a service credit of 5% of one twelfth of the annual Subscription Fee for each 0.1 percentage point or part of it by which availability falls short, and a further CNY 1,000 for each Priority 1 response that is late.

6.5 Provider shall keep a public status page and announce scheduled maintenance there and by e-mail to Customer's contacts.

6.6 Provider shall send Customer a monthly service report showing availability, incidents and the service credits due.

7. CUSTOMER QUERY DATA

7.1 Customer owns Customer Query Data.

7.2 Customer grants Provider a perpetual, worldwide licence to use Customer Query Data in anonymised and aggregated form to calibrate and improve Provider's forecast models, to develop new products, and to prepare route and traffic statistics for other customers.

8. DATA SECURITY

8.1 Provider shall protect Customer Query Data with encryption in transit and at rest, role-based access control, logging of all administrative access and annual penetration testing by an independent firm.

8.2 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Query Data, take immediate steps to contain it, and be liable for losses caused by its breach of this clause.

8.3 API keys are Customer's responsibility. Customer shall rotate them at least twice a year and tell Provider immediately if it believes a key has been compromised.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement and use it only to perform this Agreement. Customer's fleet positions, routes and commercial terms are Customer's confidential information.

9.2 This clause survives for three years after the Agreement ends.

9.3 Each party shall limit access to the other party's confidential information to staff who need it for this Agreement.

10. INTELLECTUAL PROPERTY

10.1 Provider Data and the API remain Provider's property.

10.2 The Integration Adapter and its source code belong to Customer on delivery. Customer may use, modify and license it freely.

10.3 Provider warrants that it has the rights needed to license Provider Data to Customer and that Provider Data is produced with reasonable skill and care, using the methods described in the Data Specification.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the integration work or the operation of the API without Customer's prior written consent.

12. LIABILITY

12.1 Neither party is liable for indirect loss or loss of profit. Customer remains responsible for navigational decisions, and Provider Data is an aid to, not a substitute for, the judgement of the master. Each party shall take reasonable steps to mitigate its losses.

12.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial Subscription Term, except for breach of clauses 8 and 9.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the unused part of any prepaid Subscription Fee.

13.3 After the Agreement ends, Customer may keep Provider Data already downloaded as part of its historical voyage records, but may not use it for new voyage planning.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

15. GENERAL

15.1 Notices must be in writing and sent by courier or e-mail to the addresses above.

15.2 This Agreement may be amended only in writing signed by both parties.

15.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

15.4 Neither party may assign this Agreement without the other party's prior written consent, which shall not be unreasonably withheld.

15.5 This Agreement is the entire agreement between the parties on its subject matter.

15.6 This Agreement is made in English and Chinese; both versions are equally authentic.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files
TARGETS = {
    "z01": ("h1152z01_hrss_skills_assessment_platform.pdf", "pdf", Z01),
    "z02": ("h1152z02_cable_reel_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1152z03_go_club_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1152z04_transport_bureau_ride_hailing_om.txt", "txt", Z04),
    "z05": ("h1152z05_sachet_workshop_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1152e01_asset_maintenance_licence_dungiven_vendor.pdf", "pdf", E01),
    "e02": ("h1152e02_learning_saas_order_form_kilrea_vendor.md", "md", E02),
    "e03": ("h1152e03_cement_condition_monitoring_sensors_garvagh.docx", "docx", E03),
    "e04": ("h1152e04_managed_database_support_bushmills.md", "md", E04),
    "e05": ("h1152e05_marine_weather_api_subscription_cushendall.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def lab(lang, cat, kind, cv, sla, ld_stated, deemed, rules, capped=None, fee_base=None, forum_outside=False, **t):
    terms = {k: t[k] for k in TERM_KEYS[:-1]}
    assert set(t) == set(TERM_KEYS[:-1]), set(t) ^ set(TERM_KEYS[:-1])
    terms["contract_kind"] = kind
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"language": lang, "category": cat, "terms": terms, "extra": extra, "design": sorted(rules),
            "fee_base": fee_base, "forum_outside": forum_outside}


BASE = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
            acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")


def L(lang, cat, kind, cv, rules, sla=True, ld_stated=True, deemed=False, capped=None, fee_base=None,
      forum_outside=False, **over):
    t = dict(BASE)
    t.update(over)
    return lab(lang, cat, kind, cv, sla, ld_stated, deemed, rules, capped, fee_base, forum_outside, **t)


LABELS = {
    "z01": L("zh", "software", "goods_or_licence", 1540000, [], capped=True, fee_base=860000,
             availability_pct=99.97, p1_response_hours=0.5, ld_rate_per_day_pct=0.06, liability_cap_pct=None,
             prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8),
    "z02": L("zh", "hardware", "goods_or_licence", 1440000, ["CR-ACCEPTANCE", "CR-SUBCONTRACT"], deemed=True,
             capped=True, fee_base=1180000,
             availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
             prepayment_pct=20, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=24,
             post_warranty_fee_pct=7, subcontract_without_consent=True),
    "z03": L("zh", "cloud", "service", 264000, ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
             availability_pct=99.5, p1_response_hours=0.5, confidentiality=False,
             ld_rate_per_day_pct=300 / 264000 * 100, liability_cap_pct=None, prepayment_pct=None,
             final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
             auto_renewal_price_increase=True),
    "z04": L("zh", "services", "service", 686000, ["CR-LIABILITY-CAP", "CR-TERMINATION"],
             availability_pct=99.97, p1_response_hours=0.25, ld_rate_per_day_pct=0.08, liability_cap_pct=50,
             prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
             termination_for_breach=False),
    "z05": L("zh", "software", "goods_or_licence", 272000,
             ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
              "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
             capped=True, fee_base=196000,
             availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
             ld_rate_per_day_pct=0.02, liability_cap_pct=None, prepayment_pct=65, final_payment_on_acceptance=True,
             warranty_months=6, post_warranty_fee_pct=25, subcontract_without_consent=None),
    "e01": L("en", "software", "goods_or_licence", 1550000, ["CR-GOVERNING-LAW"], capped=True, fee_base=1120000,
             forum_outside=True,
             availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
             prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
             governing_law="Northern Ireland"),
    "e02": L("en", "cloud", "service", 574000, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
             sla=False, ld_stated=False,
             availability_pct=None, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=None,
             liability_cap_pct=200, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
             post_warranty_fee_pct=None),
    "e03": L("en", "hardware", "goods_or_licence", 1320000, [], capped=True, fee_base=1158000,
             availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
             prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=6),
    "e04": L("en", "services", "service", 2160000, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
             availability_pct=99.97, p1_response_hours=0.25, data_security_clause=False,
             ld_rate_per_day_pct=1800 / 2160000 * 100, liability_cap_pct=6 / 36 * 100, prepayment_pct=None,
             final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None),
    "e05": L("en", "cloud", "service", 736000, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
             availability_pct=99.97, p1_response_hours=1, buyer_owns_data=False,
             ld_rate_per_day_pct=600 / 736000 * 100, liability_cap_pct=150, prepayment_pct=None,
             final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
             auto_renewal_price_increase=True),
}

EXPECTED_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
                 "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}

# ---------------------------------------------------------------- policy §3, my reading
TH = {"availability": 99.9, "p1_hours": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "fee": 15,
      "tco": 40, "horizon": 5}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(lb):
    t, x = lb["terms"], lb["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * lb["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def derive(lb):
    t, x = lb["terms"], lb["extra"]
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["fee"]):
            r.append("CR-POST-WARRANTY-FEE")
        s = tco_share(lb)
        if s is not None and s > TH["tco"]:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or lb["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])4(?:\.0+)?\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)",
    r"(?<![十零一二三四五六七八九两])四(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0\.05(?![\d])", r"万分之五(?![十百千])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])(?:15|30|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:十五|三十|四十|百|一百)(?![一二三四五六七八九十点])",
    r"\b(?:fifteen|thirty|forty|one\s*hundred)\s*(?:\(\d+\)\s*)?(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"(?<![\d.])12months", r"十二个月", r"\btwelve[\s-]*(?:\(12\)\s*)?months?",
]
MUST_HIT = ["4小时", "4 hours", "within 4h", "四小时", "99.9%", "99.9 %", "0.05%", "万分之五", "30%", "30 %",
            "百分之三十", "40%", "15 per cent", "100%", "百分之百", "12个月", "12 months", "十二个月",
            "twelve months", "12-month", "thirty percent"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "14 hours", "99.95%", "99.97%", "99.5%", "0.055%", "0.15%",
             "130%", "115%", "140%", "百分之三十五", "2026年12月", "112 months", "0.5 hours", "45%", "35%",
             "万分之五十", "one twelfth"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            for m in re.finditer(p, variant, flags=re.I):
                hits.append((p, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------- read back
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


def size(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


RANGE = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {}
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            office[key] = (name, kind)
    write({k: TARGETS[k][2] for k in office}, office, OUT, wrap_words=True)

    fired = set()
    ok = True
    for key, (name, kind, src) in TARGETS.items():
        lb = LABELS[key]
        t, x = lb["terms"], lb["extra"]
        text = read_back(OUT / name)
        n = size(text, lb["language"])
        lo, hi = RANGE[lb["language"]]
        rules = derive(lb)
        share = tco_share(lb)
        print(f"{key} {name}: size {n} [{lo}-{hi}] rules {rules} risk {risk(rules)}"
              + (f" tco {share:.2f}%" if share is not None else ""))
        if not lo <= n <= hi:
            print("  LENGTH OUT OF RANGE")
            ok = False
        if rules != lb["design"]:
            print("  RULES DIFFER FROM DESIGN", lb["design"])
            ok = False
        if risk(rules) != EXPECTED_RISK[key]:
            print("  RISK DIFFERS", EXPECTED_RISK[key])
            ok = False
        # label values never on a threshold
        assert t["availability_pct"] != TH["availability"]
        assert t["p1_response_hours"] != TH["p1_hours"]
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - TH["cap"]) > 1e-9
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - TH["prepay"]) > 1e-9
        assert t["warranty_months"] != TH["warranty"]
        assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - TH["fee"]) > 1e-9
        assert share is None or abs(share - TH["tco"]) > 2, share
        hits = threshold_hits(text) + threshold_hits(src)
        if hits:
            print("  THRESHOLD FIGURE IN TEXT", hits[:5])
            ok = False
        fired |= set(rules)
        label = {"file": name, "language": lb["language"], "category": lb["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    missing = set(SEVERITY) - fired
    print("rules never fired:", sorted(missing))
    mix = {k: len(derive(v)) for k, v in LABELS.items()}
    assert sum(1 for k, v in mix.items() if v == 0 and k.startswith("z")) == 1
    assert sum(1 for k, v in mix.items() if v == 0 and k.startswith("e")) == 1
    assert derive(LABELS["e01"]) == ["CR-GOVERNING-LAW"] and risk(derive(LABELS["e01"])) == "low"
    assert 8 <= mix["z05"] <= 10
    assert sorted(k for k, v in mix.items() if 2 <= v <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    assert not missing and ok, "checks failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
