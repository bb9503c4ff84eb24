"""Builds holdout642: ten blind held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). .docx/.pdf via ../word_pdf.py; .txt/.md written
as is. Asserts text lengths, threshold-free values and texts, and that each label's rules (derived with this file's
reading of policy §3) equal the design list, and that all 20 CR rules are covered.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H642Z01 = """
T:某市动物园动物健康监测平台建设项目合同
P:合同编号：DWY-ZF-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市动物园管理处
P:乙方（供应商）：杭州栖知智能科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就动物健康监测平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同，以资共同遵守。本合同采用甲方提供的政府采购合同文本，双方对条款内容均已充分理解。
H:第一条 项目内容
P:1.1 乙方向甲方提供动物健康监测平台软件许可（永久许可，不限用户数），包括体征数据采集、行为识别分析、兽医诊疗记录、饲料与饮水管理、预警推送等功能模块。
P:1.2 乙方按甲方需求完成定制开发：与园区现有饲养管理系统、兽医院检验设备及视频监控系统的数据接口；大熊猫、亚洲象、长颈鹿等重点物种的个体健康看板；检疫与免疫计划提醒；面向园长办公室的综合驾驶舱。
P:1.3 乙方负责平台部署、历史诊疗数据迁移、联调测试以及对饲养员、兽医和信息管理人员的培训，具体范围以附件一《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾捌万陆仟元整（¥1,486,000.00），为固定总价，含税，包括软件许可费846,000元、定制开发费520,000元、实施部署费94,000元、培训费26,000元。
P:2.2 上述价款已包含乙方完成本合同全部工作所需的人工、差旅、软件、测试及税费，除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方合法发票后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按政府采购资金支付程序付款，乙方应在每次付款前提供等额有效发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发并提交初步验收申请，一百五十日内具备最终验收条件。
P:4.2 乙方应提交详细实施计划，每两周向甲方报告进度，并配合甲方场馆的开放时间和动物福利要求安排现场工作，不得在动物休息区域内进行高噪声作业，进入兽医院隔离区须遵守甲方防疫规定。
H:第五条 验收
P:5.1 初步验收标准：附件一所列功能全部实现；与饲养管理系统、兽医院检验设备的接口数据经抽样比对一致；在200个并发用户下页面平均响应时间不超过3秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：初步验收后连续试运行六十日，期间无一级故障；重点物种健康看板数据完整；预警规则经甲方兽医组书面确认；乙方已移交源代码、部署文档和操作手册。
P:5.3 甲方在收到验收申请后十个工作日内组织验收并出具书面意见。平台上线使用、甲方付款均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与技术支持
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程技术支持，并每季度上门巡检一次。
P:6.2 故障分级及响应：一级故障（平台整体不可用或预警推送失效）乙方应在6小时内响应，并在响应后尽快恢复；二级故障（单个模块不可用）在8小时内响应；三级故障在两个工作日内响应。
P:6.3 乙方未按上述时限响应的，每迟延一小时，甲方可从应付款项中扣减500元，或要求乙方另行支付。
P:6.4 质保期满后，如甲方需要继续维护服务，年度维护费为软件许可费的8%，即每年67,680元，前三年不得上调，具体以双方另行签订的维护合同为准，维护合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、健康看板、驾驶舱及其源代码、文档，知识产权归甲方所有，甲方有权自行使用、修改或委托第三方维护。
P:7.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.3 乙方保证其交付成果不侵犯第三方合法权益，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储的动物体征数据、诊疗记录、视频片段及其他业务数据均属于甲方所有，乙方仅可为履行本合同之目的使用，不得用于其他任何用途，不得向第三方提供。
P:8.2 乙方应按照网络安全等级保护第二级要求部署平台，落实访问控制、加密传输、日志审计和数据备份措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。
P:9.2 保密义务在本合同终止后继续有效，期限为五年。
H:第十条 分包
P:10.1 乙方可将现场数据采集终端的安装、布线等非主体工作分包给具备相应能力的单位，但应在分包前书面告知甲方分包单位名称及工作内容。
P:10.2 乙方就分包工作的质量、进度和安全向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，应按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定且在整改期限内仍不能达到要求的，甲方有权要求乙方退还已付款项并赔偿损失。
P:11.3 甲方逾期付款的，按照政府采购合同管理的有关规定承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条之一 不可抗力与通知
P:13.3 因地震、洪水、重大疫情等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明；双方应协商调整进度，受影响一方在不可抗力影响范围内免责。
P:13.4 本合同项下的通知应以书面形式送达双方在合同首页载明的地址或双方项目负责人的电子邮箱，电子邮件自发出之日起视为送达。
P:13.5 乙方项目经理及核心技术人员应保持稳定，确需更换的，应提前十日书面征得甲方同意，新人员的资质不得低于原人员。
P:13.6 乙方应在平台上线前向甲方提交运行维护手册、应急预案和数据备份恢复方案，并配合甲方开展一次应急演练，演练记录作为验收资料归档。
P:13.7 乙方应遵守甲方园区管理规定，车辆进出须登记，现场作业不得投喂、惊扰动物，不得拍摄和发布园区内未公开的动物影像。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:14.2 附件一《需求规格说明书》、招标文件、投标文件均为本合同组成部分，与本合同具有同等效力。
P:甲方（盖章）：                    乙方（盖章）：
P:代表签字：                        代表签字：
"""

H642Z02 = """
T:印制电路板厂电镀线控制系统改造及维保合同
P:合同编号：PCB-DD-2026-031
P:甲方：江门某电路科技有限公司
P:乙方：苏州恒镀自动化工程有限公司
P:鉴于甲方二号厂房现有两条垂直连续电镀线及一条龙门电镀线的控制系统老化，药水浓度依赖人工分析，甲方决定对其控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条电镀线控制系统的设计、供货、安装、调试、停线切换及培训，包括PLC控制柜更换、在线药水分析仪加装、行车定位与电镀时间控制软件部署、工控机及操作触摸屏更换，以及与甲方制造执行系统（MES）的数据对接。
P:1.2 改造后应实现：电流密度按板型配方自动下发，药水浓度在线监测并自动补加，行车运行轨迹与挂具可追溯，异常报警推送至班组长手机端。
H:第二条 合同价格
P:2.1 合同总价为人民币1,452,000元（含增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含电源、I/O模块）|6套|98,000|588,000
TB:2|在线药水分析仪|4台|76,500|306,000
TB:3|行车定位与电镀时间控制软件许可（永久）|1套|268,000|268,000
TB:4|工控机及操作触摸屏|8套|14,500|116,000
TB:—|设备及软件小计|—|—|1,278,000
TB:5|安装调试及停线切换|1项|156,000|156,000
TB:6|操作与维护培训|1项|18,000|18,000
TB:—|合计|—|—|1,452,000
P:2.2 合同总价为固定价格，包含运输、保险、安装辅材、软件许可、调试及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货、安装完成并经甲方签收后，甲方支付合同总价的55%；到货签收不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交付与停线安排
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，停线切换须安排在甲方书面确认的检修窗口内，每条线停线不超过七十二小时。
P:4.2 乙方如预计无法按期交付或切换，应提前书面通知甲方，说明原因并提交追赶计划，采取增加人员、加班作业等措施追赶进度，相关费用由乙方自行承担。
P:4.3 乙方现场人员应遵守甲方的安全生产、危险化学品管理和防静电规定，进入电镀车间须穿戴防护用品。
H:第五条 验收
P:5.1 验收标准：控制系统连续七十二小时带料运行无停机；镀铜层厚度过程能力指数（CPK）不低于1.33；药水浓度在线检测值与实验室化验值偏差不超过±3%；行车定位误差不超过±5毫米；MES数据对接准确完整。
P:5.2 满足上述标准后，双方签署最终验收报告。设备签收、通电运行或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件免费维修、更换和升级。
P:6.2 控制系统年可用率不低于99.5%。可用率每低于约定值0.1个百分点，乙方向甲方支付2,000元作为服务补偿。
P:6.3 故障响应要求如下表：
TB:故障等级|定义|响应时间|到场时间
TB:一级|任一电镀线停线或整流器失控|30分钟|3小时
TB:二级|药水自动补加或分析仪失效|1小时|8小时
TB:三级|报表、界面等一般问题|8小时|下一工作日
P:6.4 乙方未在约定时间内响应或到场的，每迟延一小时，从维保费或应付款中扣减800元。
P:6.5 质保期满后，乙方继续提供维保服务，年度维保费为设备及软件小计的10%，即每年127,800元，三年内不上调。维保合同到期不自动续期，续签由双方另行协商。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC控制程序、配方下发程序、MES接口程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
P:7.2 软件产品本身的知识产权归乙方，乙方授予甲方永久使用许可。
H:第八条 数据安全
P:8.1 电镀工艺配方、生产参数及质量数据属于甲方的核心技术资料，所有权归甲方。乙方仅为履行本合同使用，不得复制、留存或用于其他客户。
P:8.2 乙方远程访问须经甲方审批，通过工业防火墙和堡垒机进行并全程留痕；乙方人员不得携带存储介质进入控制室。
P:8.3 因乙方原因导致数据泄露或生产数据损坏的，乙方应在1小时内报告并承担全部赔偿责任。
H:第九条 保密
P:乙方对甲方的工艺配方、客户信息、产能数据负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后五年。
H:第十条 分包
P:乙方不得将本合同项下工作转包；确需将管线安装等辅助工作分包的，须事先取得甲方书面同意。
H:第十一条 责任
P:11.1 乙方交付的设备或软件不符合约定的，应负责更换或修复，并承担由此产生的费用。
P:11.2 甲方逾期付款的，按全国银行间同业拆借中心公布的贷款市场报价利率计付利息。
P:11.3 任何一方违反本合同给对方造成损失的，应赔偿对方的实际损失。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同并要求赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交江门仲裁委员会仲裁。
H:第十三条之一 人员与培训
P:13.1 乙方应指派具有电镀线自动化改造经验的项目经理常驻现场，切换期间每班至少安排两名调试工程师。乙方人员应持有有效的电工作业证件。
P:13.2 乙方应对甲方电镀班组长、设备维修人员和工艺工程师分三批开展培训，内容包括控制柜操作、配方维护、在线分析仪校准、常见报警处理和软件备份恢复，培训后进行考核，考核合格率不低于九成。
P:13.3 乙方应提交竣工图纸、电气原理图、I/O点表、PLC程序备份、软件安装介质、操作手册和维护手册各两套，电子版一套。
H:第十三条之二 环保与安全
P:13.4 拆除的旧控制柜、线缆及电子废弃物由乙方分类整理后交甲方统一处置，含有害物质的部件不得随意丢弃。
P:13.5 施工过程中乙方应避免药水槽体、整流器及排风系统受损；因乙方原因造成甲方设备损坏或药水污染的，乙方负责修复并赔偿甲方实际损失。
P:13.6 乙方应为现场人员购买意外伤害保险，乙方人员在施工中发生的人身伤亡由乙方负责处理。
H:第十三条之三 不可抗力
P:13.7 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商调整交付时间，受影响方在不可抗力影响范围内免除责任。
P:13.8 乙方应在改造前对现有控制系统进行全面调研，编制停线切换方案和回退方案，经甲方生产部、设备部和工艺部会签后实施；切换失败时应在两小时内回退至原系统，确保甲方恢复生产。
P:13.9 改造期间，乙方应每日向甲方提交施工日志，记录当日完成内容、存在问题和次日计划，甲方有权随时检查施工质量。
P:13.10 双方在履行本合同过程中应遵守廉洁规定，不得向对方人员提供回扣、礼金或其他不正当利益。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
"""

H642Z03 = """连锁游泳馆预约及会员管理云服务合同

合同编号：YY-SaaS-2026-008
甲方：广州浪花体育发展有限公司
乙方：深圳泳约云科技有限公司

甲方在华南地区经营60家连锁游泳馆，为统一场次预约、会员卡管理、教练排课及收银对账，拟采用乙方提供的软件即服务（SaaS）。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）乙方向甲方全部60家门店提供“泳约”云平台的使用权，包括：
1. 场次预约：线上订场、分时段限流、候补排队、恒温池与儿童池分区管理；
2. 会员管理：次卡、月卡、季卡、私教课包、储值及积分，支持跨门店通用；
3. 教练排课与课时结算；
4. 闸机、手环及储物柜对接；
5. 收银、对账及经营报表。
（二）乙方负责实施服务：门店基础数据配置、原会员系统数据迁移、与甲方现有闸机和财务系统的接口开发、门店人员培训及上线保障。
（三）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，第二个服务年度紧接第一个服务年度。

二、费用
（一）订阅费按门店计收，每店每个服务年度6,800元，60家门店每个服务年度合计408,000元，两个服务年度合计816,000元。
（二）实施费为一次性费用138,000元。
（三）本合同总价为954,000元（含税）。服务期内新增门店的，按每店每个服务年度6,800元按月折算。

三、付款
（一）实施费在全部门店上线验收合格后十个工作日内一次性支付。
（二）每个服务年度的订阅费，在该服务年度开始后十个工作日内凭发票支付。
（三）乙方应在收款前开具合法有效的增值税发票。

四、实施与验收
（一）乙方应在合同签订后六十日内完成全部门店的配置、数据迁移和接口开发。
（二）上线验收标准：
1. 原系统有效会员、剩余次数及储值余额全部迁移，经逐条核对无差异；
2. 60家门店闸机、手环及储物柜对接正常，连续七日无一级故障；
3. 在3,000个并发预约请求下，订场响应时间不超过2秒；
4. 财务系统对账结果与门店收银数据一致。
（三）乙方提交验收申请后，甲方在七个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。

五、服务水平
（一）平台月可用率不低于99.95%，计划内维护须安排在凌晨零点至六点并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（平台整体无法预约、闸机无法核验或收银中断）：15分钟内响应，2小时内恢复；
2. 二级故障（单个功能模块异常）：1小时内响应，8小时内恢复；
3. 三级故障（一般咨询及界面问题）：下一工作日内响应。
（三）服务补偿：月可用率低于约定值的，每低0.01个百分点，乙方按当月订阅费的2%向甲方提供服务抵扣；一级故障超过恢复时限的，每超过一小时，乙方向甲方支付1,000元，从下一期应付订阅费中扣除。

六、数据安全
（一）甲方会员的姓名、手机号、人脸照片、消费记录等数据均属于甲方，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供或出售。
（二）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问权限分级、操作日志审计和每日备份措施，平台应通过网络安全等级保护第三级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方向监管部门报告并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚及向会员支付的赔偿。
（四）服务期满或合同解除后，乙方应在二十日内将甲方数据完整导出交付甲方，并在甲方确认后彻底删除。

七、知识产权
（一）“泳约”云平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方开发的闸机接口、财务接口、定制报表及其源代码、文档，知识产权归甲方所有，甲方可自行使用、修改或许可第三方使用。

八、违约责任
（一）乙方未按第四条约定期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第六条的，除赔偿甲方损失外，甲方有权解除合同。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第六条造成的损失不受此限。

九、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，须事先取得甲方书面同意。

十、续期
（一）服务期满前六十日内，任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
（二）续期时，乙方有权根据市场行情及产品升级情况调整订阅费单价，调整幅度不超过上一服务年度单价的8%，乙方在续期前以电子邮件方式通知甲方后即按新单价执行。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并按未使用服务期退还已付订阅费。
（二）甲方逾期付款超过六十日的，乙方有权暂停服务。

十二、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交广州仲裁委员会仲裁。

十二之一、双方义务
（一）甲方应指定项目联系人，按时提供门店清单、价格体系、会员数据和接口资料，组织门店人员参加培训。
（二）乙方应指定客户成功经理，每月提交服务报告，内容包括可用率统计、故障处理记录、功能更新说明和使用数据分析；每季度与甲方召开一次服务回顾会。
（三）乙方对平台功能进行重大调整的，应提前二十日通知甲方，不得降低本合同约定的功能和服务水平。
（四）乙方应为甲方会员提供小程序预约入口，并支持甲方自有品牌展示；小程序由乙方维护，主体为甲方。
（五）甲方门店因装修、停业等原因暂停营业的，甲方可书面通知乙方暂停该门店账号，暂停期间订阅费按月顺延计算。

（六）乙方应支持甲方按门店、区域和品牌维度设置价格、课程和会员权益，并提供开放接口文档，便于甲方将来对接其他业务系统。
（七）乙方应为甲方提供运营数据看板，包括各门店客流、场次利用率、会员续卡率和教练课时统计，数据按日更新。
（八）乙方应向甲方门店提供使用热线，营业时间内随时可接通，并在暑期客流高峰前开展一次系统容量评估和压力测试。

（九）乙方应在每个服务年度结束前提交年度服务总结，列明该服务年度的可用率、故障次数、服务补偿金额和改进措施。
（十）甲方有权在服务期内随时导出会员、订单和财务数据，乙方应提供标准格式的导出工具，不得额外收费。
（十一）乙方应支持甲方设置员工账号权限，门店员工仅能查看本门店数据，总部管理人员可查看全部门店数据。

十二之二、不可抗力与通知
（一）因不可抗力导致服务中断的，乙方应立即通知甲方并尽快恢复服务，中断时间不计入可用率考核，但乙方应提供相关证明。
（二）本合同项下通知以书面形式或电子邮件发送至双方指定联系人，电子邮件发出即视为送达。
（三）双方在履行本合同过程中应遵守反商业贿赂规定，不得向对方人员提供任何不正当利益。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、接口说明。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

H642Z04 = """市侨联侨务服务综合信息系统运维服务合同

合同编号：QL-YW-2026-002
委托方（甲方）：某市归国华侨联合会
受托方（乙方）：福建闽侨信息技术服务有限公司

为保障侨务服务综合信息系统（含侨情数据库、涉侨政策咨询、侨胞来访登记、侨资企业服务及门户网站等子系统）稳定运行，甲方委托乙方提供运维服务。经政府采购程序，双方依据《中华人民共和国民法典》订立本合同。

第一条 服务期与服务范围
（一）服务期自2026年3月1日起至2027年2月28日止。
（二）服务范围包括：应用系统日常巡检与故障处理、数据库维护与备份、操作系统和中间件安全加固、漏洞修复、门户网站内容发布技术支持、用户账号管理、数据统计报表支持，以及重要节日和重大涉侨活动期间的保障。
（三）乙方派驻两名运维工程师在甲方办公地点驻场，工作日8:30至17:30在岗，其他时间电话值守并在需要时到场。驻场人员须经甲方面试确认，未经甲方同意不得更换。

第二条 服务费用与支付
（一）本合同服务费总额为人民币468,000元（含税），为固定价格，包括人员、工具、差旅及乙方完成本合同所需的其他费用。
（二）服务费按季度支付，每季度117,000元。每季度结束后，甲方根据季度服务考核结果，在收到发票后十五个工作日内支付上一季度服务费。本合同不设预付款。
（三）季度考核得分低于85分的，每低1分扣减当季度服务费的1%。

第三条 服务水平
（一）侨务服务综合信息系统月可用率不低于99.95%（计划内维护除外，计划内维护须提前两个工作日报甲方批准）。
（二）故障响应与处理时限：
1. 一级故障（系统整体不可用、侨情数据库无法访问或门户网站被篡改）：30分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（单个子系统功能异常）：1小时内响应，8小时内解决；
3. 三级故障（一般性问题及咨询）：当日响应，三个工作日内解决。
（三）乙方未达到上述时限的，每超时一小时扣减服务费800元；月可用率每低于约定值0.01个百分点，扣减当月服务费的1%。扣减额在当季度服务费中抵扣。

第四条 运维交付与考核验收
（一）乙方每月提交运维月报，内容包括巡检记录、故障处理记录、备份恢复演练记录和安全加固情况；每季度提交季度服务报告。
（二）甲方按附件《运维服务考核细则》对乙方进行季度考核，考核指标包括可用率、响应及时率、故障一次解决率、备份成功率、用户满意度和文档完整性。
（三）服务期满前二十日，乙方提交年度运维总结及全部运维文档、脚本、账号清单，由甲方组织服务验收。验收标准为：全年各季度考核均在85分以上，未发生因乙方原因导致的数据丢失或安全事件，运维文档和配置资料完整移交。

第五条 数据安全
（一）系统中存储的侨胞个人信息、侨情数据、来访记录及其他业务数据均属于甲方所有。乙方仅为履行运维服务接触数据，不得查询、复制、下载、留存或用于任何其他用途。
（二）乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求，所有运维操作通过甲方堡垒机进行并全程审计，严禁在互联网终端处理甲方数据。
（三）发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第六条 保密
乙方及其驻场人员应对在服务过程中知悉的甲方工作秘密、侨胞个人信息和系统配置信息严格保密，乙方人员须签署保密承诺书。本条义务在合同终止后继续有效。

第七条 知识产权
乙方在服务过程中为甲方编写的运维脚本、监控配置、报表模板及运维文档，其知识产权归甲方所有，甲方可自由使用和修改。

第八条 分包
乙方不得将本合同项下的任何服务分包或转包给第三方。

第九条 违约责任
（一）乙方未按约定时间派驻人员或启动服务的，每迟延一日，按合同总价的千分之一支付违约金。
（二）乙方驻场人员擅自离岗或未经同意更换的，每人次扣减服务费2,000元。
（三）乙方违反第五条、第六条约定的，甲方有权解除合同，并要求乙方赔偿全部损失。

第十条 合同解除
乙方严重违约，或连续两个季度考核得分低于85分的，甲方有权书面通知解除本合同，并按实际服务期结算费用。

第十一条 合同期满
本合同服务期满即终止，不自动续期。甲方需要继续采购运维服务的，依照政府采购程序另行办理。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，协商不成的，向甲方所在地人民法院提起诉讼。

第十二条之一 甲方义务
（一）甲方应为驻场人员提供办公场所、网络接入和必要的系统账号，并指定一名联络人负责日常对接。
（二）甲方应及时向乙方通报系统变更计划、重大活动安排和安全检查要求。
（三）甲方应在收到乙方运维月报后五个工作日内反馈意见。

（四）甲方有权对驻场人员的工作纪律、服务态度和工作质量进行监督，对不称职人员可要求乙方在五个工作日内更换。
（五）乙方应建立运维知识库，记录常见问题及处理方法，并在服务期满时一并移交甲方。
（六）乙方应定期对系统进行漏洞扫描，发现高危漏洞应在三个工作日内完成修复或采取临时防护措施，并向甲方书面报告。
（七）乙方应配合甲方接受网络安全、保密及审计等部门的检查，按要求提供运维记录和整改报告。

第十二条之二 重点时段保障
（一）春节、中秋、世界华侨华人社团联谊大会等重点时段及重大涉侨接待活动期间，乙方应制定专项保障方案，安排工程师现场值守，实行每日巡检和零报告制度。
（二）门户网站应配置防篡改和网页监测措施，发现异常内容应立即下线处置并报告甲方。
（三）乙方应每季度组织一次数据备份恢复演练和一次应急演练，演练方案和记录报甲方备案。

（四）乙方应于每年汛期和台风季节前对机房环境、备份介质和不间断电源进行专项检查，发现隐患及时报告甲方。
（五）乙方应协助甲方开展系统使用培训，每半年至少组织一次，培训对象包括甲方各业务处室及区县侨联工作人员。
（六）乙方应对系统运行数据进行分析，每季度提出系统优化和安全改进建议，供甲方决策参考。

第十二条之三 服务交接
（一）服务开始前，乙方应与原运维单位完成系统资料、账号权限和遗留问题的交接，交接清单经甲方确认。
（二）服务期满或合同解除时，乙方应向甲方或甲方指定的新运维单位完整移交全部运维文档、脚本、配置信息和账号权限，并配合过渡期工作，不得以任何理由拒绝或拖延。
（三）交接完成后，乙方应删除其掌握的全部甲方数据及账号信息，并出具书面确认。

（七）乙方应建立运维工作台账，对每次变更操作实行申请、审批、实施和复核管理，重大变更须报甲方分管领导同意。

第十二条之四 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。

第十三条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。附件《运维服务考核细则》《系统清单》为本合同组成部分。

甲方（盖章）：                    乙方（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
"""

H642Z05 = """# 糖智云蒸发站优化控制软件 标准合同文本（V3.0）

**合同编号**：TZY-HT-2026-0419

**甲方（买方）**：广西某糖业股份有限公司第二制糖厂

**乙方（卖方）**：南宁糖智云工业软件有限公司

> 本合同为乙方标准合同文本，适用于乙方软件产品许可及相关定制开发服务。甲乙双方在平等自愿的基础上，就甲方蒸发站优化控制软件项目达成如下协议。

## 第一条 项目内容

1.1 乙方向甲方提供“糖智云蒸发站优化控制软件”永久使用许可，包括五效蒸发过程建模、汽耗优化、锤度（糖汁浓度）软测量、结垢预警及能耗分析模块。

1.2 乙方根据甲方需求进行定制开发：与甲方澄清工段、煮糖工段及锅炉房DCS的数据接口；适用于甲方甘蔗品种和榨季工况的糖度软测量模型；蒸发站能耗日报和厂长驾驶舱。

1.3 乙方负责软件安装部署、模型调校及操作人员培训。

## 第二条 合同价款

2.1 本合同总价为人民币1,480,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蒸发站优化控制软件许可（永久） | 1,080,000 |
| 2 | 定制开发（接口、软测量模型、报表及驾驶舱） | 342,000 |
| 3 | 安装部署、模型调校及培训 | 58,000 |
| | 合计 | 1,480,000 |

2.2 合同价款不含甲方现场网络改造、服务器及DCS厂家配合费用。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的60%，乙方收到款项后开始安排实施。

3.2 软件安装完成并上线运行后，甲方支付合同总价的35%。

3.3 余款即合同总价的5%，在软件上线运行满三个月后支付。

3.4 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付滞纳金，乙方有权暂停后续服务。

## 第四条 交付

4.1 乙方在收到首期款后一百二十日内完成软件安装部署。因榨季生产安排、甲方现场条件或DCS厂家配合原因导致的延误，交付期相应顺延。

4.2 乙方交付内容：软件安装介质、授权文件、用户手册。

## 第五条 验收

5.1 软件安装完成并上线运行，即视为甲方验收合格。

5.2 甲方对软件功能有异议的，应在上线后五日内书面提出，逾期未提出的，视为甲方对交付成果无异议。

## 第六条 免费维护

6.1 乙方自软件上线之日起提供六个月免费维护服务，包括远程故障排查和补丁更新。

6.2 故障响应：一级故障（软件无法运行或优化指令无法下发）乙方在2小时内响应；二级故障在1个工作日内响应；其他问题在3个工作日内响应。

6.3 乙方将尽力在上述时间内响应，但响应超时或故障未能在甲方期望时间内解决的，乙方不承担任何扣款、赔偿或违约金责任。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应每年向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年270,000元，于每个维护年度开始前支付。

7.2 年度维护服务包括远程支持、版本升级、模型年度重新标定及每个榨季开榨前的一次现场巡检。

## 第八条 知识产权

8.1 本合同项下软件产品的全部知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、软测量模型、报表、驾驶舱及相关源代码和技术文档，其知识产权同样归乙方所有，甲方在本项目范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

8.3 甲方不得将软件复制、转让或出租给第三方。

## 第九条 数据

9.1 软件运行中产生的生产数据属于甲方。乙方应采取访问控制、传输加密和日志审计等技术措施保护甲方数据安全，远程维护须经甲方同意；发生数据泄露或丢失时，乙方应在24小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

9.2 甲方同意，乙方有权将甲方生产运行数据脱敏后用于乙方模型的训练和优化、行业能耗对标分析及为其他客户提供服务，该项权利在合同终止后继续有效。

## 第十条 保密

双方应对在合作中获知的对方商业秘密和技术信息保密，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 违约责任

11.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部责任（包括违约金、赔偿金及其他任何责任）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失、停产损失或糖分损失承担责任。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十三条之一 双方责任

13.1 甲方应提供软件运行所需的服务器、操作系统、网络环境及DCS数据接口，并协调DCS厂家开放数据点位。因甲方环境不满足乙方要求导致软件无法正常运行的，乙方不承担责任。

13.2 甲方应指定蒸发工段技术人员配合乙方进行模型调校，提供近三个榨季的生产数据、化验数据和设备参数。

13.3 甲方操作人员应按用户手册使用软件。因甲方擅自修改参数、关闭优化功能或人工干预导致的汽耗升高、锤度波动、结垢加剧等后果，由甲方自行承担。

13.4 软件给出的优化建议仅供甲方参考，是否执行由甲方决定，乙方不对生产结果作任何保证。

## 第十三条之二 不可抗力

13.5 因自然灾害、政策调整、电网故障、甘蔗原料供应异常等不可抗力或意外事件导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

## 第十三条之三 培训与资料

13.6 乙方为甲方提供一次集中培训，培训人数不超过十人，超出部分按乙方培训报价另行收费。

13.7 乙方交付的技术资料包括用户手册和安装说明，不包括源代码、模型参数和算法说明。

13.9 软件升级版本的发布时间和内容由乙方决定，乙方有权停止对旧版本的支持。甲方要求的新增功能，按乙方当时的开发报价另行签订合同。

13.10 乙方实施人员在甲方现场工作期间应遵守甲方安全生产规定，进入蒸发站、锅炉房等区域须由甲方人员陪同。

13.11 甲方应妥善保管授权文件，授权文件遗失需要补发的，乙方收取相应工本费。

13.12 甲方如需将软件迁移至新服务器或新机房，应提前通知乙方，由乙方重新部署并收取迁移服务费。

13.13 甲方新建或改造蒸发罐、更换DCS系统的，原软测量模型可能不再适用，乙方可按甲方要求重新建模，费用另行协商。

13.14 乙方可向甲方提供节能效果评估报告，评估方法以乙方标准方法为准。

13.15 乙方软件的第三方组件许可条款以乙方交付时提供的清单为准。

13.16 甲方应配合乙方开展回访，并提供必要的运行数据。

## 第十三条之四 宣传

13.8 甲方同意乙方在其宣传材料、官方网站及行业会议中使用甲方名称、标识及本项目的节能效果数据作为案例。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官方网站公布的《软件许可通用条款》为准。

14.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                    乙方（盖章）：

签署日期：                        签署日期：
"""

H642E01 = """
T:Software Licence and Services Agreement
P:Agreement No. HNS-CN-2026-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Guangxi Beibu Gulf Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanning (the "Buyer"), and Red River Software Solutions Joint Stock Company, a company incorporated in Vietnam with its registered office in Cau Giay District, Hanoi (the "Vendor").
P:The Buyer operates six cold-storage warehouses and a cross-border fruit consolidation centre and wishes to replace its warehouse management software. The Vendor has offered its RiverWMS product and related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RiverWMS warehouse management software, version 8, in object code, including the modules listed in Annex 1 (inbound, putaway, temperature-zone slotting, picking, cross-dock, yard management, billing and reporting), and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations, scripts and other materials created by the Vendor specifically for the Buyer under this Agreement, including the interfaces to the Buyer's ERP system, customs declaration platform and temperature-logging system.
P:1.3 "Final Acceptance" means the Buyer's written certificate issued under Article 5.3.
P:1.4 "Buyer Data" means all data entered into or generated by the Software in the Buyer's operations, including inventory, customer, shipment and temperature records.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users and 60 handheld terminals at any of the Buyer's sites in mainland China, for the internal business of the Buyer and its wholly owned subsidiaries.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. Additional users may be licensed at the unit price in Annex 2 during the warranty period and for two years after it.
P:2.3 The Software, excluding the Custom Deliverables, remains the property of the Vendor and its licensors.
H:Article 3 Services
P:3.1 The Vendor shall deliver the implementation services described in Annex 1: solution design, configuration, data migration from the Buyer's current system, development of the Custom Deliverables, integration testing, training of key users and administrators, and go-live support at each site.
P:3.2 The Vendor shall assign a project manager fluent in Chinese and shall keep a team of at least four consultants on the Buyer's premises during the configuration and go-live phases.
P:3.3 The project plan in Annex 3 sets the milestones. Go-live of all six warehouses shall take place within 150 days after the date of this Agreement.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,540,000, inclusive of all taxes payable in China, made up of: Software licence fee CNY 1,120,000; implementation services CNY 386,000; training CNY 34,000.
P:4.2 The Buyer shall pay:
P:(a) 20% of the contract price within 20 days after signature of this Agreement and receipt of the Vendor's invoice;
P:(b) 45% of the contract price after go-live of all six warehouses, which is not acceptance; and
P:(c) 35% of the contract price after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After go-live the Software shall run in production for 45 consecutive days (the "Stabilisation Period").
P:5.2 The acceptance criteria are: all functions listed in Annex 1 operate as specified; inventory records reconcile with a full physical count at two warehouses with no unexplained variance; the interfaces to the ERP system and the customs declaration platform process all test scenarios in Annex 4 without error; picking transactions complete within two seconds at 60 concurrent handheld users; and no Severity 1 incident occurs during the last 20 days of the Stabilisation Period.
P:5.3 The Buyer shall test the Software against these criteria and issue a Final Acceptance certificate within ten working days after the criteria are met, or give written reasons for refusal. Go-live, production use or payment does not constitute acceptance. If the criteria are not met, the Vendor shall correct the defects at its own cost and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates, new versions and remote support free of charge.
P:6.2 Incidents are classified and handled as follows: Severity 1 (warehouse operations stopped or inventory data corrupted): response within one hour, workaround within six hours; Severity 2 (a module unavailable): response within two hours; Severity 3: response on the next working day.
P:6.3 For each hour by which the Vendor misses a Severity 1 or Severity 2 response time, the Vendor shall credit the Buyer CNY 800, deducted from the next payment or support invoice.
P:6.4 After the Warranty Period the Buyer may order annual support at 9% of the Software licence fee, that is CNY 100,800 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:7.2 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and shall bear the resulting costs and damages.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Software will be installed in the Buyer's data centre in Nanning. The Vendor's remote access requires the Buyer's approval for each session, through the Buyer's bastion host, with multi-factor authentication and full logging. The Vendor shall comply with the data protection laws of the People's Republic of China and shall not transfer Buyer Data outside mainland China.
P:8.3 The Vendor shall notify the Buyer within six hours of becoming aware of any security incident affecting Buyer Data, cooperate in containment and investigation, and bear responsibility for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If go-live of all six warehouses is delayed beyond the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the contract price. The limit does not apply to personal injury, wilful misconduct, infringement under Article 7.2 or breach of Articles 8 and 9.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid against the return of the Software.
P:12.3 The licence granted in Article 2 survives any termination after Final Acceptance.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Socialist Republic of Vietnam.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration at the Vietnam International Arbitration Centre in Hanoi under its rules. The language of arbitration shall be English.
P:13.3 Pending the outcome of any dispute, the parties shall continue to perform their obligations that are not in dispute, and the Vendor shall continue to provide support under Article 6.
H:Article 13A Project Governance
P:13A.1 Each party shall appoint a project manager. The project managers shall meet every week during implementation and shall record decisions, risks and open issues in minutes approved by both parties.
P:13A.2 A steering committee consisting of senior representatives of both parties shall meet every month to review progress against the project plan and resolve issues escalated by the project managers.
P:13A.3 Changes to the scope, the project plan or the Custom Deliverables require a written change request signed by both project managers, stating the effect on price and schedule.
H:Article 14 General
P:14.1 This Agreement is signed in English and Chinese. Both versions have equal effect.
P:14.2 Annex 1 (Scope and Functions), Annex 2 (Price Schedule), Annex 3 (Project Plan) and Annex 4 (Interface Test Scenarios) form part of this Agreement.
P:14.3 Notices shall be in writing and sent to the addresses stated above.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H642E02 = """# ORDER FORM No. GTS-OF-2026-0087

**Vendor:** Golden Teak Software Co., Ltd., No. 45 Pyay Road, Kamaryut Township, Yangon, Myanmar ("Vendor")

**Customer:** Yunnan Pu'er Highland Tea Trading Co., Ltd., Kunming, Yunnan Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Service

A1.1 Vendor will provide the TeakRoute dealer ordering and route-sales platform as a hosted software-as-a-service offering (the "Service"), consisting of the dealer ordering portal, the mobile route-sales app for field representatives, promotion and rebate management, van stock management, and the sales analytics dashboard.

A1.2 The Service is provided for 240 named users of Customer and up to 1,800 dealer accounts.

A1.3 Onboarding services: configuration of Customer's product catalogue, price lists and dealer hierarchy; import of dealer master data and open orders from Customer's current spreadsheets; an interface to Customer's ERP for sales orders and invoices; and training of administrators and field representatives in Kunming and Pu'er.

### A2. Subscription Term

A2.1 The Subscription Term starts on the Go-Live Date under A5 and runs for two consecutive Subscription Years. Each Subscription Year starts on the Go-Live Date or its anniversary.

A2.2 The Order Form does not renew automatically. Any renewal requires a new order form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Subscription Year 1 | 240 named users x CNY 1,150 | 276,000 |
| Platform subscription, Subscription Year 2 | 240 named users x CNY 1,150 | 276,000 |
| Onboarding services | fixed, one-time | 42,000 |
| Total fees for the Subscription Term | | 594,000 |

A3.1 All amounts are in CNY and include value-added tax at the applicable rate. Additional named users may be added at CNY 1,150 per user per Subscription Year, prorated by month.

### A4. Invoicing and Payment

A4.1 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 20 days of invoice.

A4.2 The onboarding fee is invoiced after the Go-Live Date and payable within 20 days of invoice.

A4.3 Customer pays by bank transfer to Vendor's account in CNY. No other fees are payable unless agreed in writing.

### A5. Onboarding and Go-Live

A5.1 Vendor will complete onboarding within 70 days after signature of this Order Form.

A5.2 Go-live acceptance criteria: all dealers in the master data can log in and place orders; promotion and rebate rules in Customer's written specification calculate correctly on 50 test orders; the ERP interface transfers test orders and invoices without error for ten consecutive working days; and the route-sales app works offline and synchronises when the connection returns.

A5.3 When the criteria are met, Customer will sign a go-live certificate within five working days or state in writing which criteria are not met. The date of the signed certificate is the "Go-Live Date". Use of the Service for training or testing before that date is not acceptance.

A5.4 If onboarding is not completed by the date in A5.1 for reasons within Vendor's control, Vendor will pay Customer CNY 500 for each day of delay, deducted from the onboarding fee.

### A6. Contacts and Signatures

A6.1 Vendor contact: Daw Khin Myat Noe, Customer Success Manager. Customer contact: Mr. Li Wenhao, Sales Operations Director.

A6.2 Signed for Vendor: ____________________ Signed for Customer: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including dealer, price, order, route and location data.

1.2 "Documentation" means Vendor's user guides for the Service as updated from time to time.

1.3 "Configurations" means the catalogue structures, workflows, report layouts and interface mappings created for Customer during onboarding.

### 2. Use of the Service

2.1 Customer may use the Service during the Subscription Term for its internal business and may allow its dealers to use the dealer ordering portal.

2.2 Customer will not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

2.3 Customer is responsible for the accuracy of Customer Data and for the acts of its users.

### 3. Support and Operation of the Service

3.1 Vendor will use commercially reasonable efforts to make the Service available and to resolve reported problems. Vendor does not commit to any particular level of availability or to any particular response or restoration time.

3.2 Support is available by e-mail and through the ticket portal in English and Chinese during Vendor's business hours, Monday to Friday, Yangon time, excluding public holidays in Myanmar.

3.3 Vendor may perform maintenance at any time and will try to give notice of planned maintenance through the Service.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data.

4.2 Vendor will use Customer Data only to provide the Service to Customer and will not sell it or use it for any other purpose.

4.3 On expiry or termination Vendor will make Customer Data available for export in CSV format for 60 days, after which Vendor may delete it.

### 5. Intellectual Property

5.1 Vendor owns the Service, the Documentation and all improvements to them.

5.2 The Configurations belong to Customer. Customer may use, copy, modify and license them freely, including with another provider after the Subscription Term.

### 6. Confidentiality

6.1 Each party will keep the other party's Confidential Information secret, use it only for the purposes of this Order Form and disclose it only to employees, contractors and advisers who need to know it and are bound by similar obligations.

6.2 "Confidential Information" means non-public business, technical and financial information disclosed by a party, including the pricing in Part A. It does not include information that is public, already known to the recipient or independently developed.

6.3 These obligations continue for three years after the end of the Subscription Term.

### 7. Subcontracting

7.1 Vendor will not subcontract any part of its obligations without Customer's prior written consent, and remains responsible for any subcontractor that Customer approves.

### 8. Liability

8.1 Each party's total liability arising out of this Order Form is limited to twice the total fees for the Subscription Term stated in A3.

8.2 Neither party is liable for loss of profit, loss of business or indirect loss.

8.3 The limits in this section do not apply to a party's liability for fraud or wilful misconduct.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 20 days after receiving written notice.

9.2 If Customer terminates under 9.1, Vendor will refund the prepaid fees for the remainder of the Subscription Term.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 10A. Customer Responsibilities

10A.1 Customer will provide the product catalogue, price lists, dealer master data and ERP interface specifications in the formats described by Vendor, and will make its key users available for workshops and testing during onboarding.

10A.2 Customer is responsible for the mobile devices used by its field representatives, for their network connections and for keeping the route-sales app updated to a supported version.

10A.3 Customer will inform its dealers about the dealer ordering portal and will handle dealer enquiries about prices, rebates and deliveries.

### 10B. Changes to the Service

10B.1 Vendor may update the Service from time to time, provided that an update does not materially reduce the functions described in A1 during the Subscription Term.

10B.2 Vendor will announce major new versions through the Service and the Documentation at least 14 days before release and will offer training materials for new functions.

10B.3 Customer may request additional configurations or interfaces. Vendor will provide a written quotation, and the work will be carried out only after Customer accepts the quotation in writing.

### 10C. Force Majeure

10C.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, war, governmental action and failures of public networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

10C.2 If a force majeure event prevents the use of the Service for more than 30 consecutive days, Customer may terminate this Order Form by written notice and receive a refund of the fees paid for the period after the event began.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent.

11.2 Notices must be in writing and sent to the contacts in A6.

11.3 This Order Form is the entire agreement of the parties on its subject matter.
"""

H642E03 = """
T:Purchase Contract for Conveyor Condition Monitoring Sensors and Monitoring Software Licence
P:Contract No. XJC-EQ-2026-044
P:Buyer: Guangxi Xijiang Cement Co., Ltd., Guigang, Guangxi, People's Republic of China (the "Buyer")
P:Supplier: Haiphong Smart Sensing Technology Co., Ltd., Hong Bang District, Haiphong, Vietnam (the "Supplier")
P:This contract is made on the Buyer's standard purchase terms. The Buyer wishes to install condition monitoring on the belt conveyors, crushers and kiln feed equipment of its Guigang plant. The Supplier has been selected after a competitive tender. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless vibration and temperature sensors, gateways, the ConveyorSense monitoring software under a perpetual licence, and the related services, as listed in the price table in clause 2.1 and the technical specification in Annex 1.
P:1.2 The sensors shall be rated for dusty outdoor environments (IP67 or better), operate between -20 and 70 degrees Celsius, and have a battery life of at least three years at a sampling interval of ten minutes.
P:1.3 The software shall be installed on servers provided by the Buyer in the Buyer's plant control room and shall show vibration trends, bearing temperature, alarm thresholds set by the Buyer, fault diagnosis suggestions and maintenance work orders.
P:1.4 The Supplier shall develop an interface that transfers alarms and work orders to the Buyer's maintenance management system and shall configure dashboards for each production line.
H:2. Price
P:2.1 The contract price is CNY 1,790,000, inclusive of value-added tax, delivery to the Buyer's plant, insurance and installation, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|420|2,350|987,000
TB:2|Industrial wireless gateway|36|6,800|244,800
TB:3|ConveyorSense monitoring software, perpetual licence|1 lot|386,000|386,000
TB:-|Hardware and Licence Subtotal|||1,617,800
TB:4|Installation, commissioning and interface development|1 lot|148,200|148,200
TB:5|Training of operators and maintenance engineers|1 lot|24,000|24,000
TB:-|Contract Price|||1,790,000
P:2.2 The contract price is fixed and covers all work needed to meet this contract, including spare parts and software updates during the warranty period.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the contract price as an advance payment within 15 working days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the contract price after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the contract price after Final Acceptance under clause 5.
P:3.4 The Buyer shall pay each invoice within 20 days after receipt of a correct invoice.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Buyer's plant within 60 days after signature and complete installation and commissioning within 100 days after signature. Installation shall be carried out during the kiln shutdown windows notified by the Buyer.
P:4.2 If the Supplier fails to deliver or to complete installation on time for reasons not attributable to the Buyer, the Supplier shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. The liquidated damages do not release the Supplier from its obligation to complete the work.
P:4.3 The Supplier's staff shall follow the Buyer's site safety rules, including lock-out procedures on conveyors and the permit-to-work system.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 60 days of trial operation.
P:5.2 The acceptance criteria are: every sensor reports to the software with a data completeness of at least 98% during the last 30 days of the trial; measured vibration values agree with the Buyer's calibrated portable analyser within 5%; alarms reach the maintenance management system within one minute; and no Severity 1 incident occurs during the trial.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Delivery, installation, trial operation or payment is not acceptance. If a criterion is not met, the Supplier shall remedy the defect at its own cost and the relevant test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and the software for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment, including batteries that fail before their rated life, and supply software updates free of charge.
P:6.2 Incidents shall be handled as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software unavailable or more than one production line without data|30 minutes|8 hours
TB:Severity 2|A gateway or group of sensors without data|2 hours|2 working days
TB:Severity 3|Other faults and questions|next working day|as agreed
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Supplier shall, if the Buyer orders it, provide annual support at 7.5% of the Hardware and Licence Subtotal, that is CNY 121,335 per year, fixed for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use it at the Guigang plant and any other plant of the Buyer.
P:7.2 The interface, dashboards, alarm rules and other deliverables made specifically for the Buyer belong to the Buyer, and their source code shall be delivered. The Buyer may use, modify and license them freely.
H:8. Data Security
P:8.1 All measurement data, alarms and maintenance records belong to the Buyer. The Supplier may use them only to perform this contract.
P:8.2 The software is installed on the Buyer's network. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN with multi-factor authentication. The Supplier shall not copy data outside the Buyer's systems.
P:8.3 The Supplier shall report any security incident affecting the Buyer's data or systems within 12 hours and shall be liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plant, production and processes and shall not disclose it without the Buyer's prior written consent. This obligation continues for five years after the end of the contract.
H:10. Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for its subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under clause 4.2 reach their maximum.
H:12A. Inspection, Documentation and Training
P:12A.1 The Buyer may inspect the equipment before shipment at the Supplier's factory. The Supplier shall give ten days' notice of the inspection date and provide test reports for each batch of sensors, including calibration certificates.
P:12A.2 Each delivery shall be accompanied by a packing list, certificates of origin, product manuals in Chinese and the customs documents required for import into China. The Supplier is responsible for export clearance and the Buyer for import clearance, with the Supplier providing all documents needed.
P:12A.3 The Supplier shall train the Buyer's operators and maintenance engineers on site in two sessions, covering sensor mounting, battery replacement, gateway configuration, alarm settings, trend analysis and the use of the maintenance work orders. Training materials shall be in Chinese.
P:12A.4 Before Final Acceptance the Supplier shall deliver as-built drawings showing the position of every sensor and gateway, the network configuration, the software installation record, the interface documentation and the source code of the deliverables under clause 7.2.
H:12B. Force Majeure
P:12B.1 Neither party is liable for delay or failure caused by force majeure, including natural disasters, epidemics, war and governmental action, provided that it notifies the other party within five days and takes reasonable steps to reduce the effect. The time for performance is extended by the period of the force majeure event.
P:12B.2 If a force majeure event lasts more than 60 days, either party may terminate the contract by written notice, and the parties shall settle the amounts due for work already performed.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
P:Annex 1: Technical specification. Annex 2: Installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H642E04 = """# Managed IT Services Agreement

**Agreement No.** MDY-MS-2026-019

**Customer:** Yunnan Ruili Rubber Products Co., Ltd., Ruili, Yunnan Province, People's Republic of China ("Customer")

**Provider:** Golden Pagoda IT Services Co., Ltd., 62nd Street, Chanayethazan Township, Mandalay, Myanmar ("Provider")

Customer operates two rubber compounding plants, a tyre-tube plant and a sales office. Customer wishes to outsource its IT service desk, end-user device management and server monitoring to Provider. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer or its employees that Provider accesses, stores or processes in performing the Services.

1.5 "Service Commencement Date" means the date stated in the transition acceptance certificate under Section 3.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## Section 3. Transition and Acceptance

3.1 Provider shall complete transition within 60 days after signature: documentation of the existing environment, installation of monitoring and remote management agents, knowledge transfer from Customer's IT staff, setting up the bilingual service desk, and a two-week parallel run.

3.2 Transition acceptance criteria: all 640 end-user devices and 48 servers listed by Customer are enrolled in monitoring; the service desk handles test tickets in Chinese and English within the Schedule 2 times; runbooks for all critical systems are approved by Customer; and the parallel run ends without a Priority 1 incident caused by Provider.

3.3 Customer shall sign a transition acceptance certificate within five working days after the criteria are met or explain in writing which criteria are not met.

3.4 If transition acceptance is delayed beyond the 60 days for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, deducted from the transition fee.

## Section 4. Performance of the Services

4.1 Provider shall perform the Services in accordance with Schedule 1, the Service Levels and good industry practice.

4.2 Provider shall provide monthly service reports and attend a monthly review meeting, online or in Ruili.

4.3 On-site support at the Ruili plants is provided by Provider's field engineers based in Ruili. Remote support is provided from Provider's service centre in Mandalay.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The total contract value is CNY 2,184,000.

5.2 The transition fee is invoiced after transition acceptance. The monthly charge is invoiced monthly in arrears. Customer pays within 30 days of a correct invoice.

5.3 Service Credits are deducted from the next monthly invoice.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use it only to perform the Services and shall not copy, keep or disclose it for any other purpose.

6.2 Provider shall access Customer systems only through Customer's privileged access gateway with multi-factor authentication, shall log all administrative actions, and shall not store Customer Data outside mainland China. Provider's staff shall receive security training before they are given access.

6.3 Provider shall notify Customer of any security incident affecting Customer Data or systems within two hours, contain it, and bear responsibility for losses caused by its breach of this Section.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, use it only for this Agreement and disclose it only to personnel who need to know it. This obligation survives for five years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Provider keeps its tools, monitoring platform and know-how.

8.2 Scripts, runbooks, configurations, knowledge articles and reports created for Customer belong to Customer, which may use, modify and license them freely, including with a successor provider.

## Section 9. Personnel and Subcontracting

9.1 Provider shall assign a named service delivery manager and shall not replace key personnel without notice to Customer.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## Section 10. Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect loss, loss of profit or loss of production.

10.3 Service Credits are counted towards the limit in 10.1.

## Section 11. Term Commitment and Remedies

11.1 The Term is a fixed commitment. Neither party may terminate this Agreement before the end of the Term, except where a force majeure event prevents performance for more than 90 consecutive days.

11.2 If Provider fails to perform the Services, Customer's remedies are the Service Credits, the remediation plan under 11.3 and damages within the limit in Section 10. Customer shall continue to pay the Charges for Services performed.

11.3 Where Provider misses a Service Level in two consecutive months, Provider shall submit a remediation plan within ten working days and implement it at its own cost.

## Section 12. Exit

12.1 At the end of the Term Provider shall hand over all documentation, credentials, scripts and Customer Data, and shall support transfer to Customer or a successor provider for up to 30 days at no extra charge.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

## Section 14. Governance and Reporting

14.1 Each party shall appoint a relationship manager. The relationship managers shall meet every quarter to review performance against the Service Levels, the status of improvement actions, forecasts of user numbers and any planned changes to Customer's plants or systems.

14.2 Provider's monthly service report shall include ticket volumes by category and plant, Service Level results, Service Credits due, patching compliance, backup results, security events and recommendations for improvement.

14.3 Customer may audit Provider's performance of the Services once a year on 20 working days' notice, including access logs and the records of administrative actions on Customer systems.

## Section 15. Changes

15.1 Either party may request a change to the Services. Provider shall respond within ten working days with a written proposal stating the effect on the Charges, the Service Levels and the timetable.

15.2 No change is binding until both parties have signed a written change note. Additional devices or servers are charged at the unit rates stated in the change note.

## Section 16. Force Majeure

16.1 Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics, war, border closures and governmental action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Provider shall maintain a business continuity plan so that remote services can be delivered from an alternative location.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Bilingual (Chinese / English) phone, e-mail and portal support for about 700 users | 24 x 7 |
| End-user device management | Patching, software distribution, antivirus, asset register for 640 devices | Business days |
| Server and network monitoring | 48 servers, core switches, firewalls and plant Wi-Fi controllers | 24 x 7 |
| Backup management | Daily backup checks, monthly restore tests | Business days |
| On-site support | Field engineers at the Ruili plants | Business days, on call at night |

## Schedule 2 - Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Priority 1 incident (plant production systems down) response | 15 minutes | 2% of the monthly charge per missed incident |
| Priority 1 incident restoration | 6 hours | 3% of the monthly charge per missed incident |
| Priority 2 incident response | 1 hour | 1% of the monthly charge per missed incident |
| Monitoring platform availability | 99.95% per month | 2% of the monthly charge per 0.1 point below |
| Service desk calls answered within 60 seconds | 90% per month | 1% of the monthly charge |

Total Service Credits in a month are limited to 10% of that month's charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after transition acceptance | 96,000 |
| Monthly charge | CNY 58,000 x 36 months | 2,088,000 |
| Total contract value | | 2,184,000 |
"""

H642E05 = """DATA SUBSCRIPTION AGREEMENT
AGRO-WEATHER AND CROP DATA API

Agreement No. LVD-API-2026-006

PARTIES

1. Lang Biang Data Analytics Co., Ltd., a company incorporated in Vietnam with its office at Phan Dinh Phung Street, Ward 2, Da Lat, Lam Dong Province, Vietnam ("Provider").

2. Yunnan Green Valley Agricultural Technology Co., Ltd., a company incorporated in the People's Republic of China with its office in Kunming, Yunnan Province ("Customer").

BACKGROUND

Customer advises tea, coffee and vegetable growers in Yunnan on irrigation, fertilisation and harvest timing. Provider operates an API that supplies gridded weather forecasts, satellite vegetation indices, soil moisture estimates and crop growth-stage models for Southeast Asia and southern China. Customer wishes to subscribe to the API and connect it to its advisory platform.

1. DEFINITIONS

1.1 "API" means Provider's AgroSky application programming interface, the data sets listed in Annex A and the related documentation.

1.2 "Subscription Year 1" starts on the Service Start Date and ends on the day before its first anniversary. "Subscription Year 2" starts on that anniversary and ends on the day before the second anniversary. Together they form the "Subscription Term".

1.3 "Service Start Date" means the date on which Provider issues production API keys after the integration is accepted under clause 4.

1.4 "Customer Data" means field boundaries, grower identities, farm locations, sensor readings, query parameters and any other data that Customer or its users submit to the API.

1.5 "Integration Deliverables" means the connector, data mappings and scripts that Provider builds for Customer under clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use the returned data within Customer's advisory platform and in reports to growers served by Customer.

2.2 The subscription includes up to 3,000,000 API calls per Subscription Year at a spatial resolution of one kilometre and hourly forecasts for ten days ahead. Calls above that volume are charged at the overage rate in Annex B and are invoiced quarterly in arrears.

2.3 Customer may store returned data for as long as it needs for its advisory service but shall not resell raw data to third parties as a data product.

3. SETUP AND INTEGRATION

3.1 Provider shall build a connector between the API and Customer's advisory platform, map Provider's crop models to Customer's crop calendar for tea, coffee and leafy vegetables, and train Customer's data team.

3.2 Provider shall complete the setup work within 45 days after receiving the payment under clause 5.2.

3.3 If the setup work is not completed on time for reasons attributable to Provider, Provider shall pay Customer liquidated damages of 0.07% of the total contract value for each day of delay, up to 5% of the total contract value.

4. INTEGRATION ACCEPTANCE

4.1 The acceptance criteria are: the connector retrieves all data sets in Annex A for 200 test locations chosen by Customer; values received match Provider's reference files for those locations; 95% of test calls are answered within 800 milliseconds; and the crop-calendar mappings are approved in writing by Customer's agronomist.

4.2 Customer shall confirm acceptance in writing within seven working days after Provider shows that the criteria are met, or state which criteria are not met. Trial use of the API before that confirmation is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee for Subscription Year 1, CNY 348,000; subscription fee for Subscription Year 2, CNY 348,000; one-time setup and integration fee, CNY 54,000. The total contract value is CNY 750,000, inclusive of applicable taxes. Overage charges are not included.

5.2 Within ten days after signature, and before Provider starts the setup work, Customer shall pay the setup and integration fee together with the subscription fee for Subscription Year 1, a total of CNY 402,000.

5.3 The subscription fee for Subscription Year 2 is payable within 20 days after the start of Subscription Year 2.

5.4 Payments are made in CNY to Provider's account stated in its invoice.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and limited to six hours per month.

6.2 Incidents are classified as follows. Priority 1: the API is unavailable or returns corrupted data for all users. Priority 2: a data set is delayed or degraded. Priority 3: other issues. Provider shall respond to Priority 1 incidents within one hour and to Priority 2 incidents within three hours, at any time of day, through the support hotline and ticket system.

6.3 If monthly availability is below the level in 6.1, Provider shall grant a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.5 percentage point below that level. If Provider misses a Priority 1 response time, it shall grant a further credit of CNY 1,000 for each hour of delay. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

7. DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the services under this Agreement, and shall not sell, share or otherwise use it, including in aggregated or anonymised form.

7.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access, logging of administrative access and annual penetration tests, and shall keep Customer Data in a data centre located in mainland China operated by a licensed provider.

7.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to Customer Data, take containment measures, and be responsible for losses caused by its failure to comply with this clause.

7.4 At the end of the Subscription Term Provider shall return Customer Data in a standard format and then delete it and confirm deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider keeps all rights in the API, its models and its data sets, except the rights granted in clause 2.

8.2 The Integration Deliverables belong to Customer. Provider shall deliver their source code, and Customer may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party, including the fees, the Customer Data and Provider's model documentation, and shall use it only for this Agreement. This obligation continues for three years after the Subscription Term.

10. SUBCONTRACTORS AND DATA PARTNERS

10.1 Provider may engage subcontractors, hosting providers and data partners to perform any part of its obligations. Provider shall inform Customer by e-mail of each new subcontractor before it starts work. Provider remains responsible for the performance of its subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 120% of the total contract value.

11.2 This limit does not apply to breach of clause 7 or 9, infringement of intellectual property, or wilful misconduct.

11.3 Neither party is liable for loss of crops, loss of profit or other indirect loss caused by forecasts, which are estimates.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a new written agreement, and the fees for a renewal shall be agreed by the parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after notice.

12.3 If Customer terminates under 12.2, Provider shall refund the prepaid subscription fee for the remaining part of the Subscription Term.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

13A. FORCE MAJEURE

13A.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, failures of satellites or public networks outside its control, war and governmental action, provided that it notifies the other party promptly and takes reasonable steps to resume performance.

13A.2 Periods affected by force majeure are excluded from the availability calculation in clause 6.1 only for the time during which the event actually prevents performance.

13B. CUSTOMER OBLIGATIONS

13B.1 Customer shall keep its API keys secure, shall ensure that only its authorised systems call the API, and shall notify Provider without delay if it suspects that a key has been compromised.

13B.2 Customer shall provide the test locations, crop calendars and platform documentation needed for the setup work, and shall make its data team available for integration testing.

14. GENERAL

14.1 Notices shall be in writing and sent by e-mail and courier to the addresses above.

14.2 Annex A (Data Sets) and Annex B (Overage Rates) form part of this Agreement.

SIGNATURES

For Provider: ____________________

For Customer: ____________________
"""

SOURCES = {"h642z01": H642Z01, "h642z02": H642Z02, "h642z03": H642Z03, "h642z04": H642Z04, "h642z05": H642Z05,
           "h642e01": H642E01, "h642e02": H642E02, "h642e03": H642E03, "h642e04": H642E04, "h642e05": H642E05}
FILES = {"h642z01": "h642z01_zoo_animal_health_monitoring_platform.pdf",
         "h642z02": "h642z02_pcb_plating_line_control_retrofit.docx",
         "h642z03": "h642z03_swimming_chain_booking_membership_saas.txt",
         "h642z04": "h642z04_overseas_chinese_federation_system_om.txt",
         "h642z05": "h642z05_sugar_mill_evaporation_software_supplier_template.md",
         "h642e01": "h642e01_warehouse_system_perpetual_licence_hanoi_vendor.pdf",
         "h642e02": "h642e02_dealer_ordering_saas_order_form_yangon_vendor.md",
         "h642e03": "h642e03_conveyor_sensors_monitoring_licence_haiphong_vendor.docx",
         "h642e04": "h642e04_managed_service_desk_36_months_mandalay_vendor.md",
         "h642e05": "h642e05_crop_weather_data_api_subscription_dalat_vendor.txt"}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
# per draft: category, term overrides, extra (sla_clause, ld_stated, capped, deemed, value), fee base, design rules
D = {
 "h642z01": ("software", dict(p1_response_hours=6, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=24,
             post_warranty_fee_pct=8, subcontract_without_consent=True),
             dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1486000), 846000,
             ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
 "h642z02": ("hardware", dict(availability_pct=99.5, p1_response_hours=0.5, prepayment_pct=10, warranty_months=24,
             post_warranty_fee_pct=10),
             dict(sla_clause=True, ld_stated=False, capped=True, deemed=False, value=1452000), 1278000,
             ["CR-LD-MISSING", "CR-SLA-AVAILABILITY"]),
 "h642z03": ("cloud", dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
             ld_rate_per_day_pct=0.1, liability_cap_pct=150, final_payment_on_acceptance=None,
             auto_renewal_price_increase=True, contract_kind="service"),
             dict(sla_clause=True, ld_stated=True, deemed=False, value=954000), None,
             ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
 "h642z04": ("services", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
             final_payment_on_acceptance=None, contract_kind="service"),
             dict(sla_clause=True, ld_stated=True, deemed=False, value=468000), None, []),
 "h642z05": ("software", dict(p1_response_hours=2, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
             ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=60, acceptance_clause=False,
             final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
             subcontract_without_consent=None),  # silent (relabelled after the first run: the label had said false)
             dict(sla_clause=True, ld_stated=True, capped=True, deemed=True, value=1480000), 1080000,
             ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h642e01": ("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
             warranty_months=18, post_warranty_fee_pct=9, governing_law="Vietnam"),
             dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1540000), 1120000,
             ["CR-GOVERNING-LAW"]),
 "h642e02": ("cloud", dict(sla_remedy=False, data_security_clause=False, ld_rate_per_day_pct=500 / 594000 * 100,
             liability_cap_pct=200, final_payment_on_acceptance=None, contract_kind="service"),
             dict(sla_clause=False, ld_stated=True, deemed=False, value=594000), None,
             ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "h642e03": ("hardware", dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
             warranty_months=36, post_warranty_fee_pct=7.5),
             dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1790000), 1617800, []),
 "h642e04": ("services", dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=1500 / 2184000 * 100,
             liability_cap_pct=6 / 36 * 100, final_payment_on_acceptance=None, termination_for_breach=False,
             contract_kind="service"),
             dict(sla_clause=True, ld_stated=True, deemed=False, value=2184000), None,
             ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
 "h642e05": ("cloud", dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=0.07, liability_cap_pct=120,
             prepayment_pct=402000 / 750000 * 100, final_payment_on_acceptance=None, subcontract_without_consent=True,
             contract_kind="service"),
             dict(sla_clause=True, ld_stated=True, deemed=False, value=750000), None,
             ["CR-PREPAYMENT", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 on a label."""
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, base)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    cat, over, ex, base, design = D[key]
    t = dict(BASE)
    t.update(over)
    if t["contract_kind"] == "service":
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    terms = {k: t[k] for k in TERM_KEYS}
    extra = {"sla_clause": ex["sla_clause"], "ld_stated": ex["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = ex["capped"]
    extra["acceptance_deemed_on_delivery"] = ex["deemed"]
    extra["contract_value"] = ex["value"]
    rules = derive(terms, extra, base)
    assert rules == sorted(design), (key, rules, design)
    lang = "zh" if key[4] == "z" else "en"
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}, base


# ---- threshold checks ----
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
PAT = re.compile("|".join([
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?![十百千])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:per\s*cent|percent)",
    r"(?<![\d.])4[\s-]*(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour[\s-]*hours?", r"(?<![一二三四五六七八九十])四个?小时",
    r"(?<![\d.])12[\s-]*(?:months?|个月|月)", r"\btwelve[\s-]*months?", r"(?<![一二三四五六七八九十])十二个月",
    r"\b(?:one|1)[\s-]*years?\b", r"(?<![第每一二三四五六七八九十])一年",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "30%", "30 %", "15%", "40%", "100%", "百分之三十", "百分之百",
            "4 hours", "4小时", "四小时", "four hours", "4-hour", "12 months", "12个月", "十二个月", "twelve months",
            "one year", "一年", "thirty per cent", "12-month"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "24小时", "二十四小时", "130%", "115%", "0.055%", "万分之五十",
             "2 months", "112 months", "每年", "第一年", "140%", "14 hours", "二十四个月", "1,500"]


def selftest():
    for s in MUST_HIT:
        assert PAT.search(s), s
    for s in MUST_MISS:
        assert not PAT.search(s), s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    targets = {}
    for key, name in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SOURCES[key].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k].strip("\n") for k in targets}, targets, OUT, wrap_words=True)
    covered = set()
    ok = True
    for key, name in FILES.items():
        lab, base = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        s = tco_share(t, x, base) if t["contract_kind"] == "goods_or_licence" else None
        assert s is None or abs(s - 40) > 2, (key, s)
        covered |= set(lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = PAT.search(variant)
            if m:
                ok = False
                print("THRESHOLD TEXT", key, repr(variant[max(0, m.start() - 30):m.end() + 30]))
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            inside = 2750 <= n <= 3000
        else:
            n = len(text.split())
            inside = 1450 <= n <= 1650
        ok &= inside
        print("%s %s %d %s rules=%s risk=%s tco=%s" % (key, lab["language"], n, "ok" if inside else "OUT OF RANGE",
                                                       ",".join(lab["expected_rules"]) or "-",
                                                       risk(lab["expected_rules"]),
                                                       None if s is None else round(s, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert ok, "length or threshold check failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
