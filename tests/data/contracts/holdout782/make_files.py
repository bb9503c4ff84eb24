"""holdout782: builds the ten held-out drafts from the sources below (.txt/.md written as is, .docx/.pdf through
../word_pdf.py), writes the .json labels, derives each draft's rules from its label with my reading of policy §3,
compares them with the design list, checks rule coverage, text lengths and that no threshold figure appears.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H782Z01 = """
T:母婴室设施智慧监管平台建设项目采购合同
P:合同编号：WJW-ZC-2027-0318　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江州市卫生健康委员会
P:乙方（供应商）：江州云禾信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就母婴室设施智慧监管平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同，双方共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供母婴室设施监管平台软件永久使用许可一套（含市级管理端、区县管理端、场所自查端及公众服务小程序，不限用户数），并根据甲方需求进行定制开发、部署、数据初始化和培训。
P:1.2 定制开发内容包括：全市母婴室设施台账与分级建档模块、设施配置标准核查模块、日常巡查与整改闭环模块、公众评价与投诉处理模块、与“健康江州”政务服务平台及市电子地图的接口，以及监管统计分析驾驶舱。
P:1.3 平台部署于甲方指定的政务云资源，乙方负责安装、配置和联调，不另行收取云资源费用。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾捌万元整（¥1,280,000.00），含税，为固定总价。其中：平台软件许可费620,000元；定制开发费540,000元；部署实施费96,000元；培训费24,000元。
P:2.2 上述价款已包含乙方完成本合同全部工作所需的人工、差旅、软件、文档、税费及质保期内的服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次申请付款时应开具合法有效的等额发票。甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与验收
P:4.1 乙方应于合同签订后九十日内完成部署并申请初步验收，初步验收后进入为期六十日的试运行。
P:4.2 初步验收标准：（1）招标文件及需求规格说明书所列功能全部实现；（2）在三百个并发用户下，常用页面响应时间不超过二秒；（3）接口数据与政务服务平台、电子地图比对一致；（4）通过第三方网络安全测评，无中高危漏洞。
P:4.3 试运行期满，平台连续运行无一级故障，全市已建母婴室数据录入完整、巡查整改流程全部跑通，且全部技术文档、源代码及操作手册已移交的，甲方组织最终验收，并出具书面验收报告。
P:4.4 平台上线使用、试运行或甲方支付款项，均不视为甲方验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
P:4.5 乙方应在初步验收前完成培训：对市级管理人员集中培训不少于二次，对各区县及场所管理员分批培训，培训覆盖率达到名单人员的95%以上，并提供操作视频和考核记录。
P:4.6 乙方应组建不少于六人的项目组，项目经理须具备信息系统项目管理师资格，未经甲方同意不得更换；因乙方人员原因影响进度的，甲方有权要求更换。
H:第五条 质量保证与运维服务
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和现场服务。
P:5.2 质保期内平台月度可用率不低于99.95%。一级故障（平台整体不可用或监管数据丢失）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:5.3 乙方每迟延响应或迟延恢复一小时，甲方可扣减质保金或应付款1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元。
P:5.4 质保期满后，如甲方需要，乙方提供年度运维服务，年服务费不超过平台软件许可费的9%（即55,800元），该价格三年内不上调，具体以双方另行签订的运维合同为准。
H:第六条 知识产权
P:6.1 平台软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 乙方为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:6.3 乙方应在最终验收前向甲方移交定制部分的完整源代码、数据库设计说明、接口文档及编译部署说明，并保证移交的源代码能够编译生成与运行版本一致的程序。
P:6.4 乙方保证所提供的软件不侵犯任何第三方的合法权利，因侵权产生的责任由乙方承担。
H:第七条 数据安全与数据归属
P:7.1 平台内全部母婴室设施数据、巡查记录、投诉信息及公众个人信息均属于甲方所有，乙方仅可为履行本合同之目的处理，不得用于任何其他用途，不得向第三方提供。
P:7.2 乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密存储、操作日志审计等措施，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制至政务云以外。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、系统架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后五年内持续有效。
H:第九条 分包
P:9.1 乙方可将接口联调、数据录入等非主体、非关键性工作分包给具备相应能力的第三方，但应提前五个工作日书面告知甲方，并对分包方的工作向甲方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金；违约金总额不超过合同总价的10%。
P:10.2 乙方交付的平台不符合合同约定且整改后仍不合格的，甲方有权拒收并要求乙方返还已付款项，乙方赔偿甲方因此受到的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或逾期超过六十日的，甲方有权解除本合同，并要求乙方承担违约责任。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方可书面通知解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同附件包括招标文件、投标文件、中标通知书及需求规格说明书，与本合同具有同等效力。
P:13.2 乙方应遵守政府采购廉洁从业的有关规定，不得向甲方工作人员提供任何形式的不正当利益；一经查实，甲方有权解除合同并依法报告财政部门。
P:13.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。合同履行期间双方的通知以书面形式送达本合同首页所列地址。
P:13.4 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市卫生健康委员会　　乙方（盖章）：江州云禾信息技术有限公司
P:签订日期：2027年3月18日
"""

H782Z02 = """
T:压板与装轮产线控制系统改造及维保合同
P:合同编号：HB-SB-2027-066
P:甲方：浙江驰板运动器材有限公司
P:乙方：宁波启衡自动化工程有限公司
P:甲方滑板车工厂二号车间的踏板热压成型线和轮组装配线控制系统老化，故障停线频繁。经比选，甲方委托乙方实施控制系统改造并提供后续维保服务，双方经协商一致订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条产线的控制系统改造：热压成型线四台液压压机的PLC及伺服压力控制单元更换、模温闭环控制改造；轮组装配线压轴承、装轮、锁紧工位的伺服拧紧系统及视觉检测工位新建；两条线统一接入新的产线监控与工艺配方软件。
P:1.2 乙方负责设备供货、拆旧、安装、PLC及HMI程序编制、配方与工艺参数迁移、联调、试生产及操作维护培训。改造须利用甲方春节停产窗口完成，停线时间不得超过二十日。
P:1.3 主要技术要求：PLC采用同一品牌同一系列，预留不少于20%的I/O余量；伺服压力控制单元支持压力—位移曲线实时记录；视觉检测工位能够识别轮毂缺损、轴承漏装和锁紧螺母错位；产线监控软件能够按班次统计产量、节拍、停机原因和质量数据，并可导出至甲方现有的生产管理系统。
P:1.4 乙方应在合同生效后十五日内提交详细设计方案、停产窗口施工计划和旧系统拆除方案，经甲方书面确认后实施。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰零玖万元整（¥2,090,000），含13%增值税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|6套|412,000
TB:2|伺服压力控制单元|4套|356,000
TB:3|伺服拧紧系统|8轴|384,000
TB:4|视觉检测工位（相机、光源、工控机）|3套|246,000
TB:5|HMI触摸屏及网络交换设备|1批|118,000
TB:6|产线监控与工艺配方软件许可|1套|220,000
TB:|软硬件小计||1,736,000
TB:7|PLC/HMI程序定制开发|1项|142,000
TB:8|拆旧、安装、调试|1项|188,000
TB:9|培训|1项|24,000
TB:|合同总价||2,090,000
P:2.2 合同总价为固定价格，包含运输、保险、安装辅材及质保期内全部服务费用。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不构成质量验收。
P:3.3 两条产线通过终验后，甲方支付合同总价的35%。
H:第四条 交付与验收
P:4.1 乙方应于合同生效后六十日内完成设备到货，于停产窗口内完成安装调试，复工后进入三十日试生产。
P:4.2 终验标准：（1）热压成型线压力控制偏差不超过设定值的±1.5%，模温偏差不超过±3℃；（2）装配线单件节拍不超过18秒，拧紧扭矩合格率及视觉检测漏检率达到技术协议附表要求；（3）试生产期间无一级故障，产线综合效率不低于改造前水平；（4）全部程序源文件、电气图纸和操作手册已移交。
P:4.3 试生产合格后由双方共同签署终验报告。设备安装、开机或甲方投入生产使用，均不视为验收合格。
P:4.4 乙方应在复工前对甲方设备、工艺和维修人员进行培训，内容包括压机伺服参数调整、拧紧曲线分析、视觉检测模板维护和常见报警处理，每类人员不少于两期，并提供考核记录。
H:第五条 质保与维保服务
P:5.1 质保期二十四个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供程序优化。
P:5.2 质保期内产线控制系统月度可用率（不含甲方计划停机）不低于99.5%。每低于承诺值0.1个百分点，甲方可扣减维保费或质保金3,000元。
P:5.3 一级故障（导致任一产线停线）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复生产；二级故障2小时内响应，次日解决。乙方每迟延一小时，甲方可扣减2,000元。
P:5.4 质保期满后，乙方提供年度维保服务，年维保费为软硬件小计的6%（即104,160元），该费用在质保期满后三年内固定不变，双方每年签署维保确认单。维保内容包括季度巡检、备件保障、一级故障现场响应和程序维护。
P:5.5 乙方应在甲方厂内设置备件寄存点，储备伺服驱动器、拧紧枪、工业相机等关键备件，备件清单作为本合同附件，质保期内由乙方免费补充。
H:第六条 知识产权
P:6.1 产线监控与工艺配方软件的著作权归原厂所有，甲方获得永久使用许可。
P:6.2 乙方为甲方编制的PLC、HMI程序、工艺配方及相关文档归甲方所有，甲方有权自行修改或委托他人修改。
P:6.3 乙方保证所供设备和软件来源合法，不侵犯第三方知识产权；如第三方提出权利主张，由乙方负责处理并承担全部费用，甲方因此受到的损失由乙方赔偿。
H:第七条 数据安全
P:7.1 产线运行数据、工艺配方、质量检测数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:7.2 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN和工控防火墙接入，操作全程记录。发生数据泄露或因乙方原因导致工控系统被入侵的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:第八条 保密
P:8.1 双方对在履行本合同过程中获悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。
H:第九条 现场施工与安全
P:9.1 乙方进场人员应遵守甲方安全生产管理制度，办理动火、登高、有限空间及停送电作业审批，配备合格的个人防护用品。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
P:9.2 拆除的旧控制柜、PLC模块归甲方所有，由乙方清点后交甲方设备部门，不得自行处置。施工垃圾由乙方每日清理。
P:9.3 乙方项目经理应全程驻场，每日向甲方报告进度、问题及次日计划；涉及工艺参数变更的，须经甲方工艺工程师书面确认后方可实施。
H:第十条 分包
P:10.1 乙方不得将本合同项下工作转包。电气桥架和线缆敷设如需分包，须事先征得甲方书面同意，乙方对分包部分承担连带责任。
H:第十一条 违约责任
P:11.1 乙方逾期到货或逾期通过终验的，每逾期一日，按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:11.2 因乙方原因导致停产窗口结束后产线不能按时复工的，乙方还应赔偿甲方因停线产生的直接损失。
P:11.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 不可抗力
P:12.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，可部分或全部免除责任。不可抗力持续六十日以上致使合同目的无法实现的，双方可协商解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 其他
P:14.1 合同履行中甲方提出的设计变更，由双方书面确认变更内容、价格和工期后实施；未经书面确认的变更，乙方不得据此增加费用。
P:14.2 技术协议、设备清单及终验测试方案为本合同附件。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：浙江驰板运动器材有限公司　　乙方（盖章）：宁波启衡自动化工程有限公司
P:签订日期：2027年1月8日　　签订地点：浙江省宁波市
"""

H782Z03 = """
匹克球馆预约与会员管理系统（SaaS）服务及实施合同

合同编号：PKB-IT-2027-012
甲方：上海锐匹体育文化发展有限公司（以下简称“甲方”）
乙方：杭州场约云科技有限公司（以下简称“乙方”）

甲方在华东地区经营三十五家连锁匹克球馆，现通过乙方的SaaS平台开展场地预约、会员储值、课程与赛事报名及门店经营管理。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方向甲方三十五家门店提供“场约云”匹克球馆管理平台的订阅服务，包括：
1. 场地预约：分时段订场、包场、拼场、候补及自动退款规则配置；
2. 会员管理：会员等级、储值卡、次卡、积分及会员权益配置；
3. 课程与赛事：教练排课、私教预约、公开赛和积分赛报名；
4. 门店经营：收银对账、灯光与门禁联动、客流与场地利用率报表；
5. 微信小程序及门店前台端，门店账号数量不限。
（二）实施服务。实施工作分三批进行，首批为上海地区十二家门店，第二批为江苏地区十一家门店，第三批为浙江地区十二家门店，每批切换均应安排在夜间闭馆后进行，切换当日不得影响会员正常订场和消费。乙方负责平台初始化配置、三十五家门店场地与价格规则录入、原有会员及储值余额数据迁移、与甲方财务系统及门禁系统的接口对接、门店人员培训。
（三）门店增减。服务期内甲方新开门店的，自开通之月起按月折算订阅费；门店关闭的，自次月起停止计费，已付费用予以抵扣。
（四）服务期限。订阅服务分两个服务年度：第一个服务年度自2027年4月1日起至2028年3月31日止，第二个服务年度自2028年4月1日起至2029年3月31日止。

二、费用及支付
（一）订阅费按门店计收，每家门店每个服务年度6,800元，三十五家门店每个服务年度合计238,000元，两个服务年度合计476,000元。
（二）实施费为一次性费用58,000元。
（三）本合同总价为534,000元（含6%增值税）。
（四）支付方式：
1. 实施费在实施验收合格后十五个工作日内一次付清；
2. 订阅费按季度支付，每季度首月十日前支付当季订阅费59,500元；
3. 乙方应在付款前开具合规发票；发票信息有误的，甲方付款期限相应顺延，不视为甲方逾期付款。

三、实施与验收
（一）乙方应于2027年3月20日前完成实施并提交验收申请。
（二）验收标准：
1. 三十五家门店的场地、价格及课程规则配置完成，经各门店店长确认；
2. 原系统会员信息、储值余额及次卡余量迁移后与原系统逐条核对一致；
3. 与财务系统的日结对账数据连续七日准确，门禁联动成功率达到技术规格书要求；
4. 小程序在五千人同时在线抢订场地时，下单响应时间不超过二秒；
5. 门店店长、前台及教练分岗位培训完成并通过线上考核，乙方提供操作手册和视频教程。
（三）甲方在收到验收申请后十个工作日内组织验收，验收合格的签署验收单。系统试用或门店投入使用不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新提交验收，由此产生的费用由乙方承担；两次验收仍不合格的，甲方可拒付实施费并解除本合同。
（五）乙方未按期完成实施的，每逾期一日向甲方支付违约金400元，但累计不超过实施费的20%。

四、服务水平
（一）平台月度可用率不低于99.95%（计划内维护须提前三日通知且安排在凌晨二时至六时之间，不计入不可用时间）。
（二）故障分级及响应：
1. 一级故障（小程序无法下单、支付或核销，影响三家以上门店）：15分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常）：1小时内响应，8小时内解决；
3. 三级问题（咨询及优化建议）：一个工作日内答复。
（三）服务赔偿：月度可用率每低于承诺值0.1个百分点，或一级故障恢复每超时一小时，乙方按当月订阅费的5%给予服务抵扣，当月抵扣累计不超过当月订阅费的50%。

（四）支持服务。乙方为甲方配备专属客户成功经理和七乘二十四小时技术支持热线，每季度提供一次运营分析报告和功能培训；平台版本升级免费提供，升级前应在测试环境中验证并提前通知门店，重大升级安排在营业时间以外进行。
（五）支付通道。平台对接的微信支付及银行收单通道以甲方名义开立，资金直接进入甲方账户，乙方不得归集、截留或延迟结算甲方的任何营业款项。

五、数据权属与数据安全
（一）甲方会员信息、预约记录、储值及交易数据属于甲方所有。
（二）乙方应对甲方数据进行加密存储，实行最小权限访问和操作日志审计，平台应通过网络安全等级保护三级测评。发生数据泄露的，乙方应在2小时内通知甲方，配合处置并承担因其过错造成的损失。
（三）甲方同意，乙方可以在去标识化处理后，将平台内的预约、消费和场地使用数据与其他客户数据汇总，用于产品改进、行业研究报告及向合作方提供场馆运营分析服务，本项使用在合同终止后继续有效。
（四）乙方的服务器和数据存储位于中国境内，未经甲方书面同意不得向境外传输甲方数据。
（五）合同终止后三十日内，乙方应向甲方导出全部数据，并在甲方确认后删除。

六、知识产权
（一）平台软件的知识产权归乙方所有。
（二）乙方为甲方定制的报表、接口程序及配置方案归甲方所有，甲方可自由使用、修改并授权第三方使用。

（三）乙方保证平台及其组件不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担全部费用。

七、保密
双方对在合作中获知的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。乙方应要求其参与本项目的员工签署保密承诺书，员工违反保密义务的，视为乙方违反。本条约定不因合同的解除或终止而失效。

八、续期
第二个服务年度届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期可多次适用。续期年度的订阅单价由乙方根据其届时的价格体系确定，乙方应在续期前通知甲方新的价格。

九、分包
乙方不得将本合同项下的服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十、违约与解除
（一）任何一方违反本合同约定的，应承担违约责任并赔偿对方损失。
（二）乙方严重违约，经甲方书面通知后十日内未纠正的，或连续两个月可用率未达到承诺值的，甲方有权解除本合同，乙方应退还已付未用的订阅费。
（三）本合同终止的，乙方应继续提供不少于六十日的过渡服务，保障会员储值余额的查询和使用，并配合甲方完成向新系统的数据迁移。
（四）乙方对本合同的累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，协商不成的，提交上海仲裁委员会仲裁。

十二、其他
（一）本合同履行期间，双方的通知以书面形式送达本合同所列地址或指定邮箱，即视为送达。
（二）本合同附件包括门店清单、技术规格书和服务水平说明。本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：2027年2月26日
"""

H782Z04 = """
留守儿童与困境儿童关爱服务信息系统运维服务合同

项目编号：MZJ-YW-2027-004
采购方式：竞争性磋商
甲方：临川市民政局
乙方：赣云数智科技有限公司

甲方“留守儿童与困境儿童关爱服务信息系统”（以下简称“关爱系统”）已于2025年建成并投入使用，覆盖全市十一个县区、一百四十六个乡镇（街道）的儿童督导员和儿童主任。为保障系统稳定运行，甲方通过竞争性磋商确定乙方为运维服务供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》订立本合同。

1. 服务范围和期限
1.1 服务期自2027年1月1日起至2027年12月31日止。
1.2 服务内容：
（1）系统日常运行监控、巡检和故障处理，包括应用系统、数据库、中间件及与省级儿童福利信息系统、公安人口信息和教育学籍数据的接口；
（2）儿童信息动态更新支持：配合各县区开展季度信息核查，处理数据质量问题；
（3）功能完善性维护：按甲方书面需求进行不涉及架构调整的功能优化，全年不少于六十人日；
（4）安全运维：漏洞扫描、补丁更新、安全加固，配合完成年度网络安全等级保护测评及整改；
（5）用户支持：设立热线和在线客服，为县乡两级用户提供操作指导，每半年开展一次集中培训，新任儿童督导员和儿童主任上岗时提供专项培训。
1.3 乙方应派驻不少于三名驻场工程师，在甲方指定场所办公，驻场人员名单须经甲方确认，未经甲方同意不得更换。
1.4 乙方应于2027年6月30日前完成上一年度等级保护测评所发现问题的整改；甲方书面下达的安全加固任务，应在通知载明的期限内完成。
1.5 驻场工程师中至少一人具备数据库管理相关资格，至少一人具备网络安全相关资格；项目负责人应具有三年以上政务系统运维经验。
1.6 乙方应每日对数据库进行增量备份、每周进行全量备份，备份数据存放于甲方指定的异地备份环境，每季度进行一次恢复演练并提交演练报告。

2. 服务费用及支付
2.1 本合同运维服务费总额为人民币肆拾捌万陆仟元整（¥486,000），包含人员、工具、差旅及税费，甲方不再支付其他费用。
2.2 服务费按季度支付。每季度结束后，甲方依据第4条考核结果，在十五个工作日内支付当季服务费121,500元，考核扣减的金额从当季服务费中扣除。
2.3 本合同不设预付款。

3. 服务水平
3.1 关爱系统月度可用率不低于99.95%（经甲方同意的计划停机除外）。
3.2 故障等级和响应时限：
（1）一级故障：系统整体无法访问、数据丢失或儿童信息被篡改，乙方应在30分钟内响应，2小时内到场，6小时内恢复；
（2）二级故障：部分功能或接口中断，1小时内响应，8小时内修复；
（3）三级故障：单个用户操作问题，当日答复处理。
3.3 乙方每月5日前提交上月运维报告，内容包括可用率、故障清单、处理时长、数据质量问题和安全事件。
3.4 应急保障：乙方应制定关爱系统应急预案，报甲方备案，每半年组织一次应急演练。遇重大节假日、寒暑假儿童集中走访排查等重要时段，乙方应安排专人值守，确保系统稳定。
3.5 对县区反映的儿童信息错误、重复或缺失问题，乙方应在三个工作日内协助核实并提出处理意见，经甲方审核后方可修改数据，修改过程全程留痕。

4. 考核与验收
4.1 甲方每季度按附件《运维服务考核细则》对乙方进行考核，考核指标包括可用率、故障响应与恢复时效、报告提交、用户满意度和安全事件，满分一百分。
4.2 一级故障响应每超时一小时扣减当季服务费1,000元；月度可用率每低于承诺值0.01个百分点扣减500元；季度考核得分低于八十分的，每低一分扣减当季服务费的1%。
4.3 服务期满后，甲方组织年度验收。验收标准：全年考核平均分不低于八十五分，无因乙方原因导致的数据安全事件，等保测评发现的问题已按期整改完毕，运维文档、脚本和配置清单已完整移交。验收合格的，甲方出具书面验收意见。
4.4 乙方按时提交报告或甲方支付季度服务费，均不视为年度验收合格。
4.5 年度验收不合格的，乙方应在二十日内整改，整改后仍不合格的，甲方可从最后一季度服务费中扣减不超过该季度服务费的20%，并将履约情况记入供应商履约评价。

5. 数据安全和数据归属
5.1 关爱系统中的儿童及其监护人个人信息、帮扶记录、走访记录等全部数据属于甲方所有。乙方仅可为提供本合同服务处理上述数据，不得用于其他目的，不得以任何形式对外提供。
5.2 上述数据涉及未成年人敏感个人信息。乙方应严格遵守《个人信息保护法》《未成年人保护法》及甲方数据安全管理制度：运维操作一律通过甲方堡垒机进行，实行双人复核；禁止在个人电脑或移动介质中存储数据；测试须使用甲方提供的脱敏数据。
5.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取控制措施，并在1小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此引起的行政责任。

6. 保密
6.1 乙方及其人员对履行合同中知悉的甲方工作信息、系统配置、账号口令及儿童个人信息负有保密义务，不得泄露。
6.2 乙方驻场人员应签署个人保密承诺书，离岗时交回门禁卡、账号和全部工作资料，乙方应及时通知甲方注销其系统权限。保密义务不因合同终止而解除。

7. 成果归属
7.1 运维期间形成的优化代码、脚本、配置文件、运维文档及报告，知识产权归甲方所有，乙方应随月度报告一并移交。
7.2 乙方不得在其他项目中使用含有甲方数据或甲方系统配置信息的任何成果。

8. 转包与分包
乙方不得将本合同服务全部或部分转包、分包给第三方。

9. 违约责任
9.1 乙方未按第1.2条约定期限完成等保测评整改或甲方书面要求的安全加固任务的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
9.2 乙方驻场人员不足或擅自更换的，每人每日扣减800元。
9.3 甲方无正当理由逾期支付服务费的，每逾期一日按应付金额的万分之二支付违约金。

10. 合同解除
10.1 乙方严重违约，或连续两个季度考核得分低于七十分的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
10.2 因国家政策调整或机构改革导致合同无法继续履行的，双方协商解除，甲方按实际服务期限结算服务费。
10.3 合同解除或期满时，乙方应在十五日内完成全部资料、数据和账号权限的移交，并配合新服务商完成交接，交接期间不得中断服务。

11. 合同期满
本合同期满自动终止，不自动续期。甲方需继续采购运维服务的，依法另行组织采购。

12. 争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

13. 其他
13.1 附件：运维服务需求书、运维服务考核细则、乙方响应文件。
13.2 双方指定的联系人负责日常沟通，联系人变更的应提前三日书面通知对方。
13.3 本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：临川市民政局            乙方（盖章）：赣云数智科技有限公司
签订日期：2026年12月20日
"""

H782Z05 = """
# 丝迹通 缫丝捻丝生产追溯软件 许可及定制开发合同

**（丝迹通标准合同文本 V3.0 · 乙方提供）**

合同编号：SJT-2027-HZ-029

甲方（客户）：德清云锦桑蚕丝工坊有限公司

乙方（服务商）：湖州丝迹通软件有限公司

鉴于甲方拟建立从鲜茧收购、煮茧、缫丝、复摇、捻丝到成品丝检验的全过程追溯体系，乙方同意向甲方许可使用“丝迹通”生产追溯软件并提供定制开发服务。双方本着平等自愿的原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“丝迹通”生产追溯软件V5标准版永久使用许可，包括茧库管理、车间工序报工、批次追溯、质量检验和追溯查询五个标准模块，许可点数为一百二十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：缫丝机台产量与断头率采集接口、捻度检测仪数据接入、按庄口和茧批的成本核算报表、面向下游客户的扫码追溯页面、与甲方现有财务软件的凭证接口。

1.3 追溯粒度要求：每一绞成品丝应能够追溯到所用茧批、煮茧锅次、缫丝机台及挡车工、复摇批次、捻丝机台及捻度检测结果；追溯查询页面应支持手机扫码访问，并可由甲方选择对下游客户展示的信息项。

1.4 乙方负责软件安装部署、基础数据初始化及甲方人员操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 丝迹通软件V5标准版永久许可（120点） | 680,000 |
| 2 | 定制开发（采集接口、报表、追溯页面、凭证接口） | 420,000 |
| 3 | 安装部署、初始化及培训 | 60,000 |
| | 合计 | 1,160,000 |

2.1 合同总价为人民币壹佰壹拾陆万元整，含税。甲方需要的服务器、采集终端及网络设备由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即754,000元。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即406,000元。

3.3 甲方未按期付款的，乙方有权暂停全部服务直至甲方付清款项，工期相应顺延。

## 第四条 交付与上线

4.1 乙方在收到首期款后一百二十日内完成标准模块部署及定制开发，并通知甲方上线。

4.2 系统安装完成并上线运行，即视为甲方验收合格。甲方在上线后提出的修改意见，乙方视情况在后续版本中处理。

4.3 乙方通知上线后，甲方应安排各车间正式使用系统录入生产数据，不得以任何理由拒绝或拖延上线。

4.4 因甲方未及时提供基础数据、现场条件或配合人员导致延误的，交付时间相应顺延。

4.5 乙方在上线前对甲方车间主任、质检员、仓库管理员和财务人员进行操作培训，培训时长合计不少于三天，培训教材由乙方提供。

## 第五条 免费维护期

5.1 自系统上线之日起六个月为免费维护期。维护期内乙方提供远程技术支持及软件缺陷修复。

5.2 甲方报告的严重故障（系统无法登录或追溯数据无法查询），乙方在8小时内响应，并尽力尽快恢复；一般问题在三个工作日内答复。

5.3 乙方提供工作日上午八时半至下午五时半的电话及远程支持，节假日及非工作时间的支持需甲方提前预约。

5.4 因甲方操作不当、擅自修改程序、硬件或网络故障引起的问题，不属于免费维护范围，乙方可另行收费。

## 第六条 维护期满后的服务

6.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应向乙方购买年度服务，年度服务费为软件许可费的32%，即每年217,600元，按年预付。

6.2 年度服务包括远程技术支持、软件缺陷修复、标准版本升级及每年一次的现场巡检；定制开发部分的升级适配及新增需求不在年度服务范围内，另行报价。

6.3 甲方未购买年度服务的，乙方不再提供任何技术支持，由此产生的后果由甲方自行承担。

## 第七条 知识产权

7.1 “丝迹通”软件及乙方为甲方定制开发的接口程序、报表、追溯页面和相关源代码、文档，知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发，不得向第三方提供。乙方不向甲方交付源代码。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 系统部署在甲方自有服务器上，数据存储于甲方机房。甲方在系统中录入和产生的生产、质量、客户及财务数据属于甲方所有，乙方不得用于本合同以外的任何用途。

8.2 乙方远程维护时应使用甲方分配的独立账号，对访问和操作记录留存日志；乙方应对其接触到的甲方数据采取加密传输等必要的安全措施。因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作过程中获悉的对方技术秘密、经营信息和本合同价格负有保密义务，未经对方书面同意不得向第三方披露。

9.2 保密义务自本合同签订之日起至合同终止后两年。

## 第十条 甲方义务

10.1 甲方应指定项目负责人，负责需求确认和内部协调，并在乙方提出需求调研计划后十日内完成需求确认签字。需求确认后甲方再提出变更的，乙方有权另行收费并顺延工期。

10.2 甲方应按乙方要求提供服务器、数据库软件、网络环境及采集终端，并保证缫丝机台和捻度检测仪具备数据输出接口。

10.3 甲方应妥善保管系统账号和密码，因甲方原因造成账号泄露的，由甲方承担责任。

## 第十一条 违约责任

11.1 乙方未按第4.1条约定期限通知上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

11.3 无论本合同其他条款如何约定，乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担甲方的间接损失、利润损失及数据恢复费用。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经另一方书面催告后二十日内仍未纠正的，守约方有权解除本合同。

12.2 本合同解除的，已付款项中对应已交付部分的款项不予退还。

## 第十三条 不可抗力

13.1 因地震、台风、洪水、疫情、政府行为、电力或通信中断等不能预见、不能避免且不能克服的情形导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。

13.2 因第三方软件、操作系统或数据库产品缺陷导致系统故障的，乙方不承担责任。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。

14.2 双方因本合同发生争议的，应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

15.2 本合同的附件包括需求确认书、上线通知书及乙方报价单。附件与本合同不一致的，以本合同为准。

15.3 双方往来通知以电子邮件发送至本合同所列联系人邮箱即视为送达。

15.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：德清云锦桑蚕丝工坊有限公司

乙方（盖章）：湖州丝迹通软件有限公司

日期：2027年　月　日
"""

H782E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. WSS-QD-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made on 15 March 2027 between Qingdao Haichun Water Equipment Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Buyer"), and Wadi Sahtan Systems LLC, a limited liability company registered in the Sultanate of Oman with its office in Rustaq, South Batinah Governorate (the "Vendor").
P:The Buyer designs and builds reverse-osmosis desalination skids and wishes to monitor membrane performance across the plants it operates for its customers. The Vendor develops MembraneSight, a software product for normalising plant data, predicting membrane fouling and scheduling cleaning. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MembraneSight server, analytics engine and web client, version 6, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the data connectors, normalisation models, report templates, dashboards and any other work product the Vendor creates specifically for the Buyer under this Agreement, including source code and documentation.
P:1.3 "Buyer Data" means all plant operating data, water-quality readings, customer and site information and any other data supplied by or generated for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers in mainland China for up to sixty monitored plants and unlimited named users, including use by the Buyer's affiliates and its service engineers acting for the Buyer's customers.
P:2.2 The Vendor shall install and configure the Software, build connectors to the Buyer's SCADA historian and laboratory information system, develop normalisation models for three membrane types, migrate five years of historical plant data and train the Buyer's engineers.
P:2.3 The Vendor shall deliver the work in accordance with the project plan in Annex 1, with installation complete within ninety days after the Effective Date and Final Acceptance targeted within one hundred and fifty days after the Effective Date.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,560,000, inclusive of all taxes, made up of: Software licence fee CNY 1,140,000; implementation, connectors and data migration CNY 386,000; training CNY 34,000.
P:3.2 The Contract Price is fixed. It includes all travel, accommodation, tools and third-party components the Vendor needs to perform this Agreement, and all support and updates during the Warranty Period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within thirty days after the Effective Date and receipt of an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within thirty days after the installation certificate is signed. The installation certificate confirms only that the Software has been installed and does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
P:4.4 Each payment is subject to a valid invoice. Payments shall be made in CNY to the Vendor's bank account notified in writing.
H:Article 5 Acceptance
P:5.1 After installation the Vendor shall run the acceptance tests set out in Annex 2 in the presence of the Buyer. The Software and the Custom Deliverables pass when: (a) all functions listed in the specification work as described; (b) the connectors load data from all pilot plants with no missing intervals over fourteen consecutive days; (c) normalised permeate flow and salt passage calculated by the Software match the Buyer's reference calculations within two percent; (d) fouling predictions are produced for every membrane train; and (e) the documentation and source code of the Custom Deliverables have been delivered.
P:5.2 After passing the tests the Software shall run in production for thirty days without a Severity 1 fault. The Buyer shall then issue Final Acceptance within ten working days, or state the defects in writing, in which case the Vendor shall correct them and repeat the relevant tests at its own cost.
P:5.3 Installation, productive use or any payment by the Buyer does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with the specification for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, new versions and remote and on-site support free of charge.
P:6.2 The Vendor shall respond to faults as follows: Severity 1 (the Software is unavailable or produces wrong results for all plants): response within one hour, workaround within eight hours; Severity 2 (a function or connector fails): response within two hours, fix within two working days; Severity 3 (other issues): response within one working day.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or workaround time, the Buyer may deduct CNY 1,500 from any amount due to the Vendor.
P:6.4 After the Warranty Period the Vendor shall, if the Buyer so orders, provide annual support on the terms of Article 6.2 for a fee of 10% of the Software licence fee per year, that is CNY 114,000, fixed for the first three years after the Warranty Period. Each year of support is ordered separately and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer on creation. The Buyer may use, modify and license them freely, and the Vendor shall deliver their source code.
P:7.3 The Vendor warrants that the Software does not infringe any third party's rights and shall defend and indemnify the Buyer against any infringement claim.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or training of models for other customers.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access channel approved by the Buyer, with multi-factor authentication and session logging, and shall not copy Buyer Data out of the Buyer's systems. Personal information shall be handled in accordance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to or loss of Buyer Data, cooperate in containing it, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation survives for five years after termination or expiry of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 2.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor as for itself.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Buyer under Article 12.1, the Vendor shall refund the amounts paid for work not accepted, and the Buyer's licence to the Software already delivered continues.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than ninety days, either party may terminate this Agreement by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Sultanate of Oman.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Oman Commercial Arbitration Centre in Muscat. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Project Plan), Annex 2 (Acceptance Tests) and Annex 3 (Specification), is the entire agreement of the parties on its subject matter.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses stated above.
P:15.3 This Agreement is signed in two originals in English, one for each party, and takes effect on the date of signature by both parties (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H782E02 = """
# ORDER FORM — QualiLink Supplier Quality Cloud

Order Form No. FC-OF-2027-0142

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Provider and the Customer named below. Part B applies to this Order Form only and is not a master agreement for other orders.

## Part A — Order Form

### A1. Parties

- **Provider:** Falaj Cloud Solutions LLC, registered in the Sultanate of Oman, office at Al Muqaibara Road, Samail, Ad Dakhiliyah Governorate.
- **Customer:** Changzhou Lvxing Electric Bicycle Co., Ltd., registered in the People's Republic of China, office in Wujin District, Changzhou, Jiangsu Province.

### A2. Subscribed Service

- **Service:** QualiLink Supplier Quality Cloud, Enterprise edition: supplier onboarding and qualification, incoming-inspection records, non-conformance reports, 8D corrective-action workflow, supplier scorecards and PPAP document management.
- **Scope:** up to 450 supplier accounts and 160 Customer named users; two production sites (Wujin and Jintan).
- **Hosting:** the Service for this Order is hosted in a data centre in mainland China operated by the Provider's hosting partner, Hangzhou region.

### A3. Subscription Term

- **Subscription Term:** twenty-four months from the Service Start Date, in two Subscription Years.
- **Service Start Date:** 1 May 2027, or Go-Live Acceptance if later.
- The Subscription Term ends at the end of the second Subscription Year. Any further subscription requires a new Order Form signed by both parties; the Agreement does not renew automatically.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding and configuration (one-time) | fixed | 46,000 |
| Subscription, Subscription Year 1 | 450 suppliers / 160 users | 268,000 |
| Subscription, Subscription Year 2 | 450 suppliers / 160 users | 268,000 |
| **Total Fees for the Subscription Term** | | **582,000** |

All amounts include 6% VAT. Fees are fixed for the Subscription Term.

### A5. Invoicing and Payment

- **Onboarding fee:** invoiced after Go-Live Acceptance under Section B3; payable within thirty days of invoice.
- **Subscription fees:** invoiced quarterly in arrears, CNY 67,000 per quarter; payable within thirty days of invoice.
- No fee is payable before the Service Start Date.

### A6. Special Conditions

- Onboarding includes: configuration of workflows and approval chains, import of the supplier master (about 450 suppliers) and open non-conformance records from the Customer's spreadsheets, single sign-on with the Customer's directory, an interface to the Customer's ERP for purchase-order and goods-receipt data, and two training days at each site.
- The Provider names Ms. Aisha Al Hinai as engagement manager for onboarding.
- The Customer names its supplier quality manager at the Wujin site as project lead, who shall approve the workflow design and the data-import templates before the import starts.
- Order of precedence: this Part A, then Part B.

Signed for the Provider: ____________________ Date: ________

Signed for the Customer: ____________________ Date: ________

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the subscribed cloud service described in A2, including its updates during the Subscription Term.

1.2 "Customer Data" means all data, documents and files uploaded to the Service by or for the Customer or its suppliers, and all records generated from them.

1.3 "Customer Configurations" means the workflows, forms, scorecard rules, reports and interface mappings that the Provider creates for the Customer during onboarding.

1.4 "Users" means the Customer's employees and its suppliers' staff who are authorised to use the Service.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer and its Users during the Subscription Term in accordance with the documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance at times that minimise disruption. Support requests may be submitted through the help portal or by e-mail and will be answered as soon as practicable during the Provider's business hours.

2.3 The Provider may update the Service from time to time, provided that an update does not materially reduce the functions subscribed under A2.

2.4 The Customer shall not use the Service to store data unrelated to supplier quality management, attempt to gain unauthorised access to the Service, or permit anyone other than Users to access it. The Provider may suspend a User account that is used in breach of this Section after informing the Customer.

2.5 The Customer is responsible for the accuracy of Customer Data and for its Users' compliance with these terms.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall complete the onboarding set out in A6 within eight weeks after signature of the Order Form.

3.2 When onboarding is complete, the Provider shall notify the Customer, and the Customer shall test the Service for ten working days against the following criteria: (a) all workflows listed in A2 work end to end with the approval chains agreed in the onboarding workshop; (b) the imported supplier master and open non-conformance records reconcile with the Customer's source files; (c) single sign-on works for all Customer Users; (d) the ERP interface transfers purchase-order and goods-receipt data for five consecutive working days without error; and (e) training has been delivered.

3.3 If the criteria are met, the Customer shall sign a Go-Live Acceptance certificate. If not, the Customer shall list the failures, and the Provider shall correct them and the test shall be repeated. Use of the Service before the certificate is signed is not acceptance.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and for no other purpose, and shall not disclose it to third parties except its hosting partner named in A2, acting on the Provider's instructions.

4.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging of administrator access, and daily back-ups kept in mainland China. The Provider shall keep the Service's MLPS level-3 filing and its ISO 27001 certificate valid during the Subscription Term.

4.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, take all reasonable measures to contain it, and be liable for the Customer's losses caused by the Provider's breach of this Section 4.

4.4 Within thirty days after the end of the Subscription Term the Provider shall provide a complete export of Customer Data in a common format and then delete it, confirming the deletion in writing.

### 5. Intellectual Property

5.1 The Provider retains all rights in the Service and its underlying software.

5.2 The Provider warrants that the Service does not infringe any third party's rights and shall defend the Customer against any claim that it does.

5.3 Customer Configurations belong to the Customer. The Customer may use and modify them and let third parties use them, including a successor provider.

### 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.

6.2 This Section 6 continues for three years after the Agreement ends.

### 7. Subcontracting

7.1 Except for the hosting partner named in A2, the Provider shall not subcontract any part of the Service without the Customer's prior written consent.

### 8. Liability

8.1 Each party's total liability under this Agreement is limited to 200% of the Total Fees stated in A4.

8.2 The limit in Section 8.1 does not apply to breach of Sections 4 and 6, infringement claims, fraud, wilful misconduct or personal injury.

### 9. Force Majeure

9.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunications networks, provided that it informs the other party promptly and resumes performance as soon as possible. Payment obligations for the Service actually provided are not excused.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of the breach.

10.3 If the Customer terminates under Section 10.2, the Provider shall refund any fees paid for the period after termination.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding.

### 12. General

12.1 Notices shall be in writing and sent to the addresses in A1.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 Amendments are valid only if made in writing and signed by both parties.

12.4 If any provision of the Agreement is invalid, the remaining provisions stay in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.
"""

H782E03 = """
T:Supply Contract for Kiln Sensors and Monitoring Software
P:Contract No. JDZ-PUR-2027-0211
P:Buyer: Jingdezhen Yaohua Ceramics Co., Ltd., Changjiang District, Jingdezhen, Jiangxi Province, People's Republic of China.
P:Supplier: Bahla Kiln Instruments LLC, Industrial Area, Bahla, Ad Dakhiliyah Governorate, Sultanate of Oman.
P:The Buyer operates two roller kilns and three shuttle kilns for sanitary and tableware ceramics. It has invited offers for sensors, gateways and monitoring software to measure firing temperature, atmosphere and fan vibration, and has selected the Supplier. The parties agree as follows on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 3.
P:1.2 "Software" means the KilnWatch monitoring software, version 4, including its server, analytics and alarm modules and its web and mobile clients.
P:1.3 "Works" means installation, configuration, integration, commissioning and training under this Contract.
P:1.4 "Deliverables" means the kiln models, alarm rules, dashboards, interface programs and documents created for the Buyer under this Contract.
P:1.5 "Final Acceptance" means acceptance under clause 5.5.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, and perform the Works so that all five kilns are monitored from a single platform at the Buyer's plant.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for five kilns and any replacement kilns at the same plant, for unlimited users, on the Buyer's own servers.
P:2.3 The Supplier shall connect the Software to the Buyer's kiln control systems and its manufacturing execution system (MES) so that firing curves are stored with each production batch.
H:3. Price
P:3.1 The Contract Price is CNY 1,490,000, inclusive of VAT, delivery to the Buyer's plant, insurance and all charges, as itemised below.
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Thermocouple and infrared pyrometer sensor kits|5 kilns|486,000
TB:2|Vibration sensors for kiln fans and kiln-car drives|64|212,000
TB:3|Edge gateways with industrial enclosures|10|146,000
TB:4|KilnWatch software licence (perpetual, 5 kilns)|1|440,000
TB:|Equipment and Licence Subtotal||1,284,000
TB:5|Installation and commissioning|1 lot|126,000
TB:6|Configuration, kiln models and MES interface|1 lot|58,000
TB:7|Training|1 lot|22,000
TB:|Contract Price||1,490,000
P:3.2 The Contract Price is fixed and covers everything the Supplier needs to perform this Contract, including support during the Warranty Period.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price within twenty days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:4.2 Delivery and installation payment: 55% of the Contract Price within thirty days after the installation certificate is signed for all five kilns. The installation certificate records that the Equipment has been installed; it is not acceptance.
P:4.3 Final payment: 35% of the Contract Price within thirty days after Final Acceptance.
H:5. Delivery and Acceptance
P:5.1 The Supplier shall deliver the Equipment to the Buyer's plant within seventy days after signature and complete installation during the kiln maintenance stops notified by the Buyer, without extending any stop.
P:5.2 The Supplier is responsible for export from Oman, shipping, import clearance into China and all duties, and shall deliver the Equipment with certificates of origin, calibration certificates and packing lists. Sensors mounted in the firing zone shall be rated for the kilns' maximum temperature stated in the technical specification.
P:5.3 Training: the Supplier shall train at least twelve kiln operators and four maintenance technicians at the Buyer's plant, covering sensor replacement, calibration checks, alarm handling and the use of firing-curve reports, and shall provide training materials in Chinese.
P:5.4 Acceptance tests shall show that: (a) temperature readings agree with the Buyer's calibrated reference thermocouples within ±3 °C across the firing range; (b) vibration readings are received from every sensor at the configured interval with less than 0.5% data loss over ten days; (c) alarms reach the operators' screens and mobile clients within ten seconds; (d) firing curves are stored in the MES with the correct batch number for every batch fired during the test; and (e) all documentation and the source code of the interface programs have been handed over.
P:5.5 After the tests are passed, the system shall run for thirty days without a Severity 1 fault. The Buyer shall then sign the Final Acceptance certificate within seven working days or list the defects, which the Supplier shall correct at its cost before the tests are repeated.
P:5.6 Delivery, installation, use in production and payment are not acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is thirty-six months from Final Acceptance (the "Warranty Period"). During it the Supplier shall repair or replace faulty Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:6.2 The monitoring server and Software shall be available at least 99.95% of each month during the Warranty Period, excluding maintenance agreed with the Buyer in advance.
P:6.3 Fault response times:
TB:Severity|Description|Response|Restoration
TB:1|Monitoring of a kiln lost, or alarms not delivered|30 minutes|6 hours
TB:2|Some sensors or a dashboard fail|2 hours|2 working days
TB:3|Questions and minor defects|1 working day|next update
P:6.4 For each hour by which a Severity 1 response or restoration is late, the Buyer may deduct CNY 1,200 from amounts due or from the warranty guarantee; for each 0.1 percentage point of monthly availability below clause 6.2, CNY 2,000.
P:6.5 After the Warranty Period the Supplier shall offer annual support on the same terms for 8% of the Equipment and Licence Subtotal per year, that is CNY 102,720, fixed for the two years following the Warranty Period. Support is ordered by the Buyer each year and is not renewed automatically.
P:6.6 The Supplier shall keep a stock of critical spare parts at the Buyer's plant during the Warranty Period, including at least two spare gateways and ten sensors of each type, and replace any part taken from stock within fifteen days.
H:7. Intellectual Property
P:7.1 Intellectual property in the Software and in the Equipment firmware remains with the Supplier or its licensors.
P:7.2 The Deliverables belong to the Buyer. The Buyer may use, modify and license them without restriction, and the Supplier shall hand over their source code and editable files.
H:8. Data Security
P:8.1 All process data, firing curves, recipes and batch records belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not retain or disclose them.
P:8.2 Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN and jump server, and is logged. The Supplier shall not copy data outside the Buyer's network.
P:8.3 The Supplier shall report any security incident involving the system or the Buyer's data within six hours, help contain it, and bear the losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all technical and commercial information of the Buyer, including kiln designs, glaze recipes and production figures, and shall not disclose it without the Buyer's prior written consent. This obligation continues for five years after the Contract ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier is late in delivery or in achieving Final Acceptance for reasons attributable to it, it shall pay 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier may not subcontract any part of the Works without the Buyer's prior written consent.
H:12. Site Safety
P:12.1 The Supplier's personnel shall follow the Buyer's safety rules for work near hot kilns, at height and on live electrical equipment, and shall work only with the permits issued by the Buyer's safety department.
P:12.2 The Supplier shall remove its waste and packaging from the site every day and shall restore any part of the kilns, cable trays or enclosures it opens to their original condition before the end of each maintenance stop.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if the delay damages reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for Equipment and Works not accepted, and shall take back rejected Equipment at its own cost.
H:14. Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:15. Miscellaneous
P:15.1 Annexes: technical specification, installation plan, acceptance test procedure.
P:15.2 Notices under this Contract shall be in writing and sent to the addresses stated above, with a copy by e-mail to each party's project manager.
P:15.3 Any amendment must be agreed in writing and signed by both parties. If the Chinese and English versions of any annex differ, the Chinese version prevails.
P:15.4 This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H782E04 = """
# MANAGED IT SERVICES AGREEMENT

Agreement No. HDT-MSA-2027-003

**Between**

**Tianjin Binhai Pressure Vessel Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Binhai New Area, Tianjin ("Customer"); and

**Haima Desert Technical Services LLC**, a company registered in the Sultanate of Oman, with its office in Haima, Al Wusta Governorate ("Provider").

**Background.** Customer manufactures pressure vessels and heat exchangers at two plants in Tianjin and operates a design office in Beijing. Customer wishes to outsource the operation of its network and end-user IT to Provider for thirty-six months. Provider will deliver the Services through its engineering team in Tianjin.

## 1. Definitions and Interpretation

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" the reductions calculated under Schedule 2.

1.3 "Charges" means the amounts set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and customers that Provider receives or can access in performing the Services.

1.5 "Service Commencement Date" means the date of Transition Acceptance under Section 3.

1.6 The Schedules form part of this Agreement. If a Schedule conflicts with the body of this Agreement, the body prevails.

## 2. Term

2.1 This Agreement starts on signature and continues for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written agreement signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 Provider shall carry out the transition described in Schedule 1, Part A, and shall complete it by 30 June 2027.

3.2 Transition is accepted when Customer confirms in writing that: (a) all sites, devices and users in the inventory are recorded in Provider's service-management tool and the inventory has been reconciled with Customer's asset register; (b) monitoring is live for all network devices listed in Schedule 1; (c) the service desk has handled live tickets for ten consecutive working days in parallel with Customer's current team and met the Service Levels in that period; (d) runbooks for all critical systems have been written and approved by Customer; and (e) the knowledge transfer from Customer's current provider is complete.

3.3 Starting to deliver the Services, or payment of any Charges, does not mean that Transition has been accepted.

3.4 If Transition Acceptance is delayed beyond the date in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## 4. Services and Service Levels

4.1 From the Service Commencement Date, Provider shall perform the Services described in Schedule 1 to the Service Levels in Schedule 2.

4.2 Where Provider fails to meet a Service Level, Customer shall receive the Service Credits set out in Schedule 2, deducted from the next invoice. Service Credits do not limit Customer's other rights.

4.3 Provider shall deliver a monthly service report by the fifth working day of each month, with the results for each Service Level, incidents, changes and recommendations, and shall attend a monthly service review with Customer.

4.4 Provider shall assign a named service manager, based in Tianjin, who shall not be replaced without Customer's consent, which Customer shall not refuse unreasonably.

## 5. Charges and Payment

5.1 Customer shall pay the Charges set out in Schedule 3.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, beginning with the first full month after the Service Commencement Date. Customer shall pay each correct invoice within thirty days.

5.3 The Charges are fixed for the Term and include all costs of Provider, including its tools, travel and staff.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## 7. Confidentiality

7.1 Each party shall treat as confidential all information about the other party's business, technology and customers received under this Agreement, use it only for this Agreement, and not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law.

7.2 This Section 7 continues to apply for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Runbooks, scripts, configurations, network diagrams and other documents prepared by Provider for Customer under this Agreement belong to Customer, which may use, modify and share them freely, including with a successor provider.

8.2 Provider's own tools and methods that existed before this Agreement remain Provider's property.

## 9. Personnel and Subcontracting

9.1 Provider shall use suitably qualified and experienced staff, and shall replace any person whom Customer reasonably asks to be removed.

9.2 Provider may subcontract any part of the Services, including field support at the Tianjin plants, by giving Customer written notice at least ten days before the subcontractor starts work. Provider remains responsible for its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges payable over the Term under Schedule 3.

10.2 The limit in Section 10.1 does not apply to personal injury, fraud, wilful misconduct or breach of Section 7.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after written notice, or if Provider misses the same Priority 1 Service Level in three consecutive months.

11.2 Either party may terminate this Agreement if the other party becomes insolvent.

11.3 On expiry or termination Provider shall provide exit assistance for up to ninety days, at the same monthly rate pro rata, so that the Services can be transferred to Customer or a successor provider without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## 13. General

13.1 Notices must be in writing and delivered to the addresses given above.

13.2 This Agreement may only be amended in writing signed by both parties.

Signed for Customer: ____________________

Signed for Provider: ____________________

---

## Schedule 1 — Service Description

**Part A — Transition**

| Step | Activity | Target |
|---|---|---|
| A1 | Inventory of sites, network devices, PCs and users; reconciliation with asset register | Week 3 |
| A2 | Deployment of monitoring for all network devices | Week 5 |
| A3 | Runbooks for critical systems, approved by Customer | Week 7 |
| A4 | Parallel run of service desk with Customer's current team | Weeks 8–9 |
| A5 | Knowledge transfer completed and Transition Acceptance | Week 10 |

**Part B — Steady-state Services**

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English, telephone, e-mail and portal, about 650 users | 24 x 7 |
| Network operations | 3 sites, 142 switches, 96 access points, 6 firewalls, SD-WAN links | 24 x 7 monitoring |
| End-user support | about 720 PCs and laptops, printers, meeting rooms; on-site at Tianjin plants | Mon–Sat 08:00–20:00 |
| Server operations | 38 virtual servers, backup jobs, patching | 24 x 7 monitoring |
| Change management | standard and normal changes, change advisory board | weekly |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service Credit |
|---|---|---|
| Availability of core network at each plant | 99.95% per month | 3% of the monthly service charge for each 0.1 percentage point below target |
| Priority 1 incident: response | 30 minutes | CNY 2,000 for each hour or part of an hour late |
| Priority 1 incident: restoration | 6 hours | CNY 3,000 for each hour or part of an hour late |
| Priority 2 incident: response | 1 hour | CNY 500 per late incident |
| Priority 2 incident: restoration | 1 business day | CNY 500 per late incident |
| Service desk calls answered within 60 seconds | 90% per month | 1% of the monthly service charge |
| Monthly report delivered on time | every month | CNY 1,000 per late report |

Priority 1 means a plant or the design office cannot work, or the core network, firewalls or ERP connectivity of a site are down. Priority 2 means a group of users or an important function is affected. Service Credits in a month are capped at 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition Acceptance | 86,000 |
| Monthly service charge | 54,000 x 36 months, in arrears | 1,944,000 |
| **Total Charges over the Term** | | **2,030,000** |

All Charges include 6% VAT. Additional work outside Schedule 1 is performed only on a written change order at the day rate of CNY 3,200 agreed in advance.
"""

H782E05 = """
DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. IGS-NB-2027-018

THIS AGREEMENT is made on 2 April 2027

BETWEEN

(1) Ningbo Haiyun Shipping Co., Ltd., a company incorporated in the People's Republic of China, registered office in Beilun District, Ningbo, Zhejiang Province ("Customer"); and

(2) Ibra Geodata Services LLC, a company registered in the Sultanate of Oman, office in Ibra, North Ash Sharqiyah Governorate ("Supplier").

BACKGROUND

(A) Customer operates a fleet of bulk carriers and container feeders on routes between China, the Arabian Gulf and East Africa.

(B) Supplier compiles marine weather forecasts, sea-state data and port congestion indicators from satellite, buoy and vessel-position sources and makes them available through an application programming interface.

(C) Customer wishes to subscribe to Supplier's data and API for use in its voyage-planning and chartering systems for two Subscription Years.

1. DEFINITIONS

1.1 "API" means Supplier's RESTful application programming interface through which the Data is delivered, with its documentation.

1.2 "Data" means the datasets listed in Schedule A: gridded marine weather forecasts (wind, waves, swell, currents) up to ten days ahead, historical sea-state data from 2010, and daily port congestion indicators for 210 ports.

1.3 "Customer Data" means vessel positions, voyage plans, queries, API logs and any other information Customer submits to or generates through the API.

1.4 "Customer Outputs" means routes, reports, models and analyses that Customer produces using the Data, and the integration code written for Customer under Section 3.

1.5 "Subscription Year" means the first subscription year from 1 May 2027 to 30 April 2028 or the second subscription year from 1 May 2028 to 30 April 2029.

1.6 "Subscription Term" means both Subscription Years together.

2. SUBSCRIPTION

2.1 Supplier grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data within Customer's group for voyage planning, weather routing, chartering decisions, claims handling and internal reporting.

2.2 Customer may make up to two million API calls per Subscription Year. Calls above this volume are charged under Schedule B and are not part of the fixed fees.

2.3 Customer may keep Data received during the Subscription Term in its own systems and continue to use it internally, together with Customer Outputs, after the Subscription Term ends. Customer shall not resell the Data as a data feed to third parties.

2.4 Supplier shall update forecasts at least every six hours and port congestion indicators daily, and shall give Customer sixty days' notice before withdrawing any dataset or API version. A replacement of equal coverage shall be provided at no extra charge.

3. INTEGRATION AND ACCEPTANCE

3.1 Supplier shall write and deliver integration code connecting the API to Customer's voyage-planning system and its chartering database, and shall deliver it by 15 April 2027.

3.2 Integration is accepted when Customer confirms in writing that: (a) all datasets in Schedule A are received by Customer's systems through the integration code; (b) forecasts for ten sample voyages match Supplier's web viewer for the same times and positions; (c) a test of two thousand calls in one hour completes with fewer than ten errors; and (d) the source code, deployment guide and API documentation have been handed over.

3.3 If the tests fail, Supplier shall correct the faults within five working days and the tests shall be repeated. Use of the API before written acceptance is not acceptance.

3.4 If integration is not accepted by 15 April 2027 for reasons attributable to Supplier, Supplier shall pay Customer CNY 500 for each day of delay until acceptance.

4. SERVICE LEVELS

4.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced five days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Incidents are classified and handled as follows:

    Priority 1 - the API or a whole dataset is unavailable or returns corrupted values: response within one hour, restoration within six hours.
    Priority 2 - a dataset is delayed or incomplete, or performance is degraded: response within three hours, restoration within one business day.
    Priority 3 - questions and minor defects: response within two business days.

4.3 If availability in a month falls below the level in Section 4.1, Customer receives a service credit of 5% of that month's share of the subscription fee for each 0.1 percentage point of shortfall. For each hour by which a Priority 1 restoration is late, Customer receives a further credit of CNY 800. Credits are deducted from the next invoice and, in the last quarter, paid back.

4.4 Supplier shall send Customer a monthly report of availability, incidents and credits.

5. FEES AND PAYMENT

5.1 The fees are:

    Integration (one-time)                       CNY  38,000
    Subscription, first Subscription Year        CNY 312,000
    Subscription, second Subscription Year       CNY 312,000
    Total fixed fees                             CNY 662,000

5.2 The integration fee is payable within thirty days after integration acceptance.

5.3 The subscription fee is invoiced quarterly in arrears, CNY 78,000 for each quarter, and is payable within thirty days after receipt of a correct invoice.

5.4 All fees include VAT. The fees are fixed for the Subscription Term.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Supplier may process Customer Data only to provide the API and the Data to Customer, and may not use vessel positions or voyage plans of Customer to compile or improve its own datasets, or for any other purpose.

6.2 Supplier shall host the API endpoints serving Customer and all Customer Data in mainland China, encrypt Customer Data in transit and at rest, restrict access to named engineers with multi-factor authentication, keep access logs for at least six months, and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.3 Supplier shall notify Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and compensate Customer for losses caused by Supplier's breach of this Section 6.

6.4 At the end of the Subscription Term Supplier shall return Customer Data on request and then delete it, and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Supplier retains all rights in the Data and the API, subject to Customer's rights under Section 2.

7.2 Customer Outputs, including the integration code, belong to Customer, which may use, modify and license them freely.

7.3 Supplier warrants that it has the right to license the Data and shall defend Customer against any claim that Customer's use of the Data in accordance with this Agreement infringes a third party's rights.

8. SUBCONTRACTING

8.1 Supplier shall not subcontract the hosting of the API or the processing of Customer Data without Customer's prior written consent. Supplier remains responsible for any subcontractor approved by Customer.

9. LIABILITY

9.1 Supplier's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, including loss of charter hire, demurrage or profit.

9.3 Nothing in this Agreement limits liability for fraud, wilful misconduct or personal injury.

10. TERM AND TERMINATION

10.1 This Agreement takes effect on signature and ends at the end of the second Subscription Year. It does not renew automatically; a further subscription requires a new written agreement.

10.2 Customer may terminate this Agreement by written notice if Supplier commits a material breach and fails to remedy it within twenty days after receiving written notice, or if availability falls below the level in Section 4.1 in three months of any six-month period.

10.3 Supplier may suspend access only if an undisputed invoice remains unpaid sixty days after its due date and after fifteen days' written warning.

10.4 If Customer terminates under Section 10.2, Supplier shall refund any fees paid for the period after termination.

11. FORCE MAJEURE

11.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including the loss of a satellite data source that no provider could replace, provided that it notifies the other party without delay and takes reasonable steps to restore performance.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time of application.

13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to each party's account manager.

13.2 This Agreement may be amended only in writing signed by both parties.

13.3 Schedule A (Datasets and Coverage) and Schedule B (Overage Rates) form part of this Agreement.

SCHEDULE A - DATASETS AND COVERAGE

A1 Marine weather forecasts: wind, significant wave height, swell, surface currents; 0.25-degree grid; Indian Ocean, Arabian Sea, Red Sea, South China Sea and East China Sea; ten days ahead.

A2 Historical sea state: hourly values from 2010 for the same areas.

A3 Port congestion indicators: vessels waiting, average waiting days and berth occupancy, daily, for 210 named ports.

SIGNED for Customer: ____________________

SIGNED for Supplier: ____________________
"""


NAMES = {
    "h782z01": ("h782z01_maternal_room_facility_supervision_platform.pdf", "pdf", H782Z01),
    "h782z02": ("h782z02_scooter_deck_press_wheel_line_retrofit.docx", "docx", H782Z02),
    "h782z03": ("h782z03_pickleball_chain_booking_membership_saas.txt", "txt", H782Z03),
    "h782z04": ("h782z04_left_behind_children_care_system_om.txt", "txt", H782Z04),
    "h782z05": ("h782z05_silk_workshop_tracking_supplier_template.md", "md", H782Z05),
    "h782e01": ("h782e01_membrane_analytics_licence_rustaq_vendor.pdf", "pdf", H782E01),
    "h782e02": ("h782e02_supplier_quality_saas_order_form_samail.md", "md", H782E02),
    "h782e03": ("h782e03_kiln_sensors_monitoring_licence_bahla.docx", "docx", H782E03),
    "h782e04": ("h782e04_managed_it_services_36_months_haima.md", "md", H782E04),
    "h782e05": ("h782e05_marine_data_api_subscription_ibra.txt", "txt", H782E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                                sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, capped (goods only), deemed, contract_value)
LABELS = {
    "h782z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 9,
                                    False, True, True, "PRC", G), True, True, True, False, 1280000),
    "h782z02": ("zh", "hardware", T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 6,
                                    False, False, False, "PRC", G), True, True, True, False, 2090000),
    "h782z03": ("zh", "cloud", T(99.95, 0.25, True, "buyer", True, False, True, 400 / 534000 * 100, 150, None, True,
                                 None, None, None, True, True, False, "PRC", S), True, True, None, False, 534000),
    "h782z04": ("zh", "services", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                    None, False, True, False, "PRC", S), True, True, None, False, 486000),
    "h782z05": ("zh", "software", T(None, 8, False, "supplier", True, True, True, 0.1, 20, 65, False, False, 6, 32,
                                    False, True, None, "PRC", G), True, True, True, True, 1160000),
    "h782e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 10,
                                    False, True, False, "Oman", G), True, True, True, False, 1560000),
    "h782e02": ("en", "cloud", T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None,
                                 False, True, False, "PRC", S), False, False, None, False, 582000),
    "h782e03": ("en", "hardware", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8,
                                    False, True, False, "PRC", G), True, True, True, False, 1490000),
    "h782e04": ("en", "services", T(99.95, 0.5, True, "buyer", False, True, True, 1800 / 2030000 * 100, 150, None,
                                    True, None, None, None, False, True, True, "PRC", S), True, True, None, False,
                2030000),
    "h782e05": ("en", "cloud", T(99.95, 1, True, "buyer", True, True, False, 500 / 662000 * 100, 6 / 24 * 100, None,
                                 True, None, None, None, False, True, False, "PRC", S), True, True, None, False, 662000),
}

# design list, written before the derivation below
DESIGN = {
    "h782z01": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h782z02": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h782z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h782z04": [],
    "h782z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h782e01": ["CR-GOVERNING-LAW"],
    "h782e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h782e03": [],
    "h782e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h782e05": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
}
# fee base (itemised licence / hardware subtotal) for the TCO of goods_or_licence drafts
FEE_BASE = {"h782z01": 620000, "h782z02": 1736000, "h782z05": 680000, "h782e01": 1140000, "h782e03": 1284000}
FOREIGN_FORUM = {"h782e01"}  # Muscat arbitration (the Omani law fires the rule anyway)
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key, t, value):
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (value + fees) * 100


def derive(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value = LABELS[key]
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
            share = tco_share(key, t, value)
            assert not 38 <= share <= 42, (key, share)
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low" if not rules or set(rules) <= LOW else "medium"


def label_json(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    d = {"file": NAMES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
         "expected_rules": derive(key)}
    return json.dumps(d, ensure_ascii=False, indent=1)


# threshold figures (policy §3), as they could be written in a draft
TH_PATTERNS = [
    r"99\.90*(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|h\b|个?小时)", r"(?<![\d十零一二三四五六七八九两])四\s*个?小时",
    r"(?<!twenty-)(?<!twenty)(?<!twenty )four\s*-?\s*hours?",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])(?:100|30|15|40)\s*(?:%|％|per\s*cent|percent)",
    r"百分之百", r"百分之(?:三十|十五|四十)(?![一二三四五六七八九])", r"(?:one hundred|thirty|fifteen|forty)\s*-?\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"(?<![\d十零一二三四五六七八九两])十二\s*个?月", r"twelve\s*-?\s*(?:calendar\s*)?months?",
]
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4-hour", "4小时", "四小时", "4个小时", "four hours", "0.05%", "0.05 %",
            "万分之五", "100%", "30%", "30 per cent", "百分之三十", "12 months", "12-month", "十二个月", "12个月",
            "twelve months", "within four hours", "15%", "15％", "40%", "forty per cent", "百分之十五", "百分之四十"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "14小时", "0.5%", "130%", "150%", "2027年12月31日", "0.15%",
             "140%", "115%", "fourteen hours", "twenty-four hours", "twenty four hours", "1.5%", "百分之三十五", "6 months", "24 months", "0.08%", "万分之二",
             "13%"]


def scan(text):
    hits = []
    for variant in (text, " ".join(text.split()), re.sub(r"\s", "", text)):
        for p in TH_PATTERNS:
            for m in re.finditer(p, variant, flags=re.I):
                hits.append(variant[max(0, m.start() - 20):m.end() + 20])
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, kind, src) in NAMES.items():
        if kind in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, kind)
        else:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    for s in MUST_HIT:
        assert scan(s), s
    for s in MUST_MISS:
        assert not scan(s), (s, scan(s))

    covered = set()
    for key, (name, kind, src) in NAMES.items():
        lang, cat, t, sla, ld_stated, capped, deemed, value = LABELS[key]
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        for k, th in THRESH.items():
            assert t[k] is None or t[k] != th, (key, k)
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        assert str(value) in re.sub(r"[,\s]", "", text) or f"{value:,}" in text, (key, value)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(key), encoding="utf-8")
        share = ""
        if t["contract_kind"] == G:
            share = " TCO share %.2f%%" % tco_share(key, t, value)
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}; rules {rules or '(none)'}; risk {risk(rules)}{share}")
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
