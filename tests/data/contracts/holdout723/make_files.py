"""holdout723: builds the ten held-out draft contracts and their .json labels, and checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. The .txt/.md files are written from the sources
below as they are; the .docx/.pdf are built with ../word_pdf.py (PDF lines broken at word boundaries). The labels are
written from LABELS; then lengths, sums, threshold figures and rule coverage are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """
T:用水计划管理平台建设项目合同
P:合同编号：JSB-CG-2025-0418
P:采购项目编号：临江财采〔2025〕217号（公开招标）
P:甲方（采购人）：临江市节约用水办公室
P:乙方（供应商）：浙江清渠信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就用水计划管理平台软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供用水计划管理平台软件（以下简称“平台”）的永久使用许可，许可范围为甲方及其下属各区节水管理机构，不限用户数和服务器数量。
P:1.2 乙方按甲方需求完成定制开发，包括：计划用水户台账管理、年度用水计划核定与下达、超计划累进加价计算、取水许可数据对接、节水载体创建评价五个子系统，以及面向用水户的网上申报端和移动端查询页面。
P:1.3 乙方负责将甲方现有用水计划台账（约一万八千户、近六个年度）迁移至平台，并完成与市水务局取水计量监测系统、市政务服务网统一身份认证及电子证照库的接口对接。
P:1.4 乙方负责部署、调试、操作培训及上线保障。详细功能需求以招标文件第三章及双方签字确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾伍万陆仟元整（¥1,556,000），为固定总价，含税，包括：
P:（1）平台软件许可费：¥760,000；
P:（2）定制开发费：¥548,000；
P:（3）数据迁移及接口对接费：¥186,000；
P:（4）实施及培训费：¥62,000。
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用，乙方为履行本合同所需的差旅、食宿、第三方软件等费用均已包含在合同总价内。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方在收到保函后十个工作日内支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移完毕并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理，因财政审核造成的合理延误不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起九十日内完成部署和数据迁移，具备初步验收条件；初步验收后试运行六十日，试运行结束后十日内由乙方书面申请最终验收。
P:4.2 乙方应每周提交项目进度报告，并指派具有同类项目经验的项目经理常驻甲方现场，未经甲方同意不得更换。
P:4.3 乙方应对甲方业务人员及各区管理员进行操作培训，培训不少于三期，每期不少于一日，并提供培训教材、操作手册和操作视频。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；迁移数据与原台账逐户比对，户数、计划量、历年用水量完全一致；各接口连续七日调用成功，数据延迟不超过十分钟；在三百并发用户下页面平均响应时间不超过二秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；累进加价计算结果经甲方抽取不少于两百户复核无误；乙方已提交源代码、部署手册、数据字典和运维手册；平台已通过第三方机构的等级保护测评和软件安全检测。
P:5.3 验收由甲方组织，可邀请行业专家参加，验收结论以双方签署的书面验收报告为准。平台上线使用、甲方付款或签收交付物，均不视为验收合格。未通过验收的，乙方应在二十日内整改完毕并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、因政策口径调整所需的小范围修改及必要的现场支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即不超过¥68,400/年），该价格在质保期满后三个年度内不上调。维护服务另行签订合同，不自动续期。
P:6.3 故障响应：一级故障（平台整体不可用，或计划核定、加价计算功能中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，次日内修复；三级故障在下一版本中修复。
P:6.4 平台月度可用率应不低于99.95%，经甲方同意的计划内维护窗口除外。
P:6.5 乙方未按6.3条时限响应或恢复的，每超过一小时向甲方支付人民币1,000元；月度可用率每低于约定值0.01个百分点，乙方向甲方支付人民币2,000元。上述款项甲方可从应付款中直接扣除。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的子系统、接口程序、申报端及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改、升级和再许可。乙方应在最终验收时移交全部源代码。
P:7.3 乙方保证所提供的软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的用水户信息、取水计量数据、计划核定结果等全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，迁移和运维工作须在甲方指定环境内进行，经堡垒机访问并留存审计日志，不得将数据复制至甲方网络以外。乙方参与本项目的人员应签署个人信息保护承诺书，并接受甲方的安全教育。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失和法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、用水户信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方逾期超过六十日，或交付成果两次验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金，但因财政资金拨付程序造成的延误除外。
H:第十一条 分包与转让
P:11.1 本项目不允许分包，乙方不得将本合同的权利义务全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 任何一方严重违反本合同，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议不得违背招标文件和投标文件的实质性内容。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　日期：
"""

SRC["z02"] = """
T:镀银及切割生产线控制系统改造合同
P:合同编号：MJ-JS-2025-063
P:甲方（买方）：佛山市南庄明镜玻璃制品有限公司
P:乙方（卖方）：广东智衡自动化工程有限公司
P:甲方为提升银镜生产线的稳定性和成品率，委托乙方对其二号镀银线及配套切割线的控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造范围
P:（一）更换镀银线清洗、敏化、镀银、镀铜、淋漆、烘干各工段的控制柜及PLC，实现全线集中控制。
P:（二）更换切割线伺服驱动系统，加装玻璃表面视觉检测相机组，对划伤、银层缺陷、漆面气泡进行在线识别并自动标记。
P:（三）提供切割优化软件及产线监控软件的永久使用许可，切割优化软件应支持按订单自动排版、余料管理和成品率统计。
P:（四）完成控制程序编制、现场安装、联机调试、操作培训，以及与甲方现有生产管理系统的工单和报工数据对接。
H:二、合同价格
P:（一）合同总价为人民币壹佰伍拾万零肆仟元整（¥1,504,000），含13%增值税、运输、保险、安装调试及培训费用。分项价格如下表：
TB:序号|名称|数量|金额（元）
TB:1|镀银线PLC控制柜（含触摸屏）|7套|428,000
TB:2|切割线伺服驱动及电机|1批|316,000
TB:3|视觉检测相机组（含光源、工控机）|2组|264,000
TB:4|切割优化软件永久许可|1套|198,000
TB:5|产线监控软件永久许可|1套|126,000
TB:|软硬件小计||1,332,000
TB:6|安装调试及程序编制|1项|152,000
TB:7|操作及维护培训|1项|20,000
TB:|合计||1,504,000
P:（二）上述价格为固定价格，不因原材料或汇率变动而调整。设备均应为全新原厂正品，乙方应随货提供合格证、装箱单及主要部件的原厂质量证明文件。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到货并完成安装后，甲方支付合同总价的50%。到货签收和安装完成仅表示数量清点无误，不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%。
P:（四）剩余5%作为质量保证金，质保期满且无未决质量问题后十五个工作日内无息支付。
H:四、交货与工期
P:（一）乙方应在合同生效后四十五日内将全部设备运至甲方厂区，停线改造时间不得超过十二日，具体停线日期由甲方根据生产计划书面通知。
P:（二）乙方应编制停线改造方案，经甲方书面确认后实施，确保恢复生产后首周产量不低于改造前水平。
P:（三）乙方现场人员应遵守甲方厂区安全管理制度，进入镀银车间须按规定佩戴防护用品，动火、登高及带电作业须办理作业许可。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:（四）改造期间拆除的旧控制柜、旧电机归甲方所有，乙方应按甲方指定地点整齐堆放，不得擅自处置。
H:五、技术资料与培训
P:（一）乙方应在验收前向甲方移交电气原理图、接线图、PLC程序备份、画面组态文件、设备说明书、备件清单及操作维护规程各两套，并提供电子版。
P:（二）乙方应对甲方操作工、电工和设备管理人员分班培训，培训内容包括日常操作、参数调整、常见故障判断与处理、程序备份与恢复。培训不少于六个工作日，经考核合格的人员应能独立完成日常操作和一般故障处理。
P:（三）质保期内乙方每季度派员到厂巡检一次，检查控制柜、传感器及相机镜头状态，出具巡检报告，并对甲方人员进行复训。
H:六、验收
P:（一）验收标准：各工段控制参数与工艺卡一致；连续七十二小时满负荷运行无停机故障；镀银层厚度波动控制在工艺要求范围内；视觉检测对规定样板缺陷的检出率不低于98%，误报率不高于2%；切割成品率较改造前提高不少于1.5个百分点（以连续十个生产日统计为准）。
P:（二）验收由甲方生产、设备、质量部门共同进行，双方签署书面验收报告。恢复生产不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
P:（三）重新验收仍不合格的，甲方有权要求乙方更换不合格设备或软件，由此延误的时间计入逾期，产生的费用由乙方承担。
H:七、质量保证与售后服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，设备及软件的故障维修、零部件更换、软件缺陷修复均由乙方免费负责。
P:（二）一级故障（导致整线停机的故障）乙方应在1小时内远程响应，8小时内到达现场；二级故障2小时内响应，次日到场。
P:（三）乙方未按上述时限响应或到场的，每超过一小时向甲方支付人民币500元。
P:（四）质保期满后，如甲方委托乙方维保，年度维保费不超过软硬件小计的8%（即不超过¥106,560/年），自质保期满起三个年度内不上调，维保合同按年另行签订。
P:（五）乙方保证控制系统主要部件在本合同签订后至少八个年度内可获得原厂备件或性能不低于原部件的替代品；部件停产的，乙方应提前六个月通知甲方并提出替代方案，替代所需的程序修改由乙方免费完成。
P:（六）质保期内因同一部件连续三次出现同一故障的，乙方应免费更换该部件。
H:八、知识产权与数据
P:（一）乙方为本项目编制的PLC控制程序、画面组态、对接接口及相关源程序、文档的知识产权归甲方所有，甲方可自行修改和使用。软件产品本身的知识产权仍归原权利人所有。
P:（二）生产数据、工艺参数、配方及缺陷图片归甲方所有，乙方仅可为履行本合同使用，不得复制带离甲方厂区，不得用于其他用途。
P:（三）乙方远程维护须经甲方批准，通过甲方指定的VPN和账号进行，操作留存日志；因乙方原因造成数据泄露、丢失或生产系统被入侵的，乙方承担全部赔偿责任。
H:九、保密
P:双方对在合作中知悉的对方技术资料、工艺配方和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十、分包
P:乙方可将电气布线、控制柜安装等现场施工工作分包给具备相应资质的第三方，但应提前五个工作日书面告知甲方分包单位名称及人员名单。乙方对分包单位的工作质量和安全承担责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:（二）停线时间超过约定的，每超过一日，乙方另行赔偿甲方人民币8,000元。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、合同的履行与解除
P:（一）本合同生效后，任何一方均不得单方解除合同。
P:（二）乙方违约的，甲方可要求乙方继续履行、采取补救措施并按第十一条支付违约金，但不得以此为由解除合同。因不可抗力致使合同目的无法实现的除外。
H:十三、不可抗力
P:因地震、台风、洪水等不可抗力导致不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明，双方可根据影响程度延长履行期限。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:十五、其他
P:本合同附件包括技术协议、设备清单及停线改造方案，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　　日期：
"""

SRC["z03"] = """少儿编程连锁门店约课与会员管理系统订阅服务合同

合同编号：MX-SaaS-2025-0716
甲方（客户）：杭州码小星教育科技有限公司
乙方（服务商）：上海课栈云信息科技有限公司

鉴于甲方在华东地区经营五十家少儿编程培训门店，需要统一的约课、排课、会员及课消管理系统，乙方同意以软件即服务（SaaS）方式提供，双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方五十家门店提供“课栈”约课与会员管理系统的订阅服务，包括：
1. 家长端小程序：课程浏览、试听预约、约课与调课、课时余额查询、作品展示；
2. 门店端：排课、教室与教具管理、签到消课、续费提醒；
3. 总部端：会员储值与课包管理、各门店经营报表、教师课时统计；
4. 与甲方现有收银系统及企业微信的接口。
（二）实施服务：乙方负责系统初始化配置、历史会员及课包数据导入（约四万二千名会员）、小程序页面按甲方品牌定制、门店人员培训及上线支持。
（三）系统部署在乙方租用的境内云平台上，乙方负责平台运行、备份和升级。
（四）乙方应为甲方配备专属客户成功经理，每月提交服务报告，内容包括系统可用率、故障处理情况、各门店使用情况和改进建议；每个服务年度结束前组织一次服务回顾会议。
（五）乙方对系统的功能升级应提前七日通知甲方，涉及门店操作流程变化的，应提供更新说明和线上培训；升级不得降低本合同约定的功能和性能。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为三百六十五日。
（二）服务期届满前三十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整年度订阅费，调整幅度不超过上一服务年度费用的8%，乙方提前十五日书面通知甲方即可。

三、费用及支付
（一）合同总金额为人民币捌拾陆万捌仟元整（¥868,000），其中：
1. 年度订阅费：每个服务年度¥386,000（按五十家门店计），两个服务年度合计¥772,000；
2. 实施费：¥96,000，一次性支付。
（二）实施费在系统上线验收合格后十五个工作日内支付。
（三）年度订阅费按服务年度支付，每个服务年度开始后二十日内支付当年度费用。
（四）服务期内新增门店的，按每家门店每个服务年度¥7,720另行计费，不计入本合同总金额。
（五）乙方应在每次收款前开具增值税专用发票。
（六）除上述费用外，乙方不得以短信通知、存储空间、接口调用等名义另行向甲方或家长收取费用；家长在小程序内支付的课费直接进入甲方账户，乙方不经手任何资金。

四、上线与验收
（一）乙方应在合同签订后六十日内完成实施并提请上线验收。
（二）上线验收标准：
1. 需求确认单所列功能在全部门店可正常使用；
2. 导入的会员、课包余额与甲方原系统逐条核对一致；
3. 在一千名家长同时约课的压力测试下，约课成功率不低于99.8%，页面响应不超过二秒；
4. 收银系统及企业微信接口连续五日对账无差异；
5. 乙方已提交管理员手册、门店操作手册、接口说明及数据导入核对报告。
（三）甲方在收到验收申请后十日内组织验收，并出具书面验收意见。试用或门店开始使用不视为验收合格。
（四）乙方逾期提请上线验收的，每逾期一日向甲方支付人民币600元违约金。

五、服务水平
（一）系统月度可用率不低于99.5%，每月计划维护不超过两次，须安排在夜间十一点至次日六点之间并提前两日通知。
（二）故障分级及响应：
1. 一级故障（全部门店无法约课或消课）：30分钟内响应，三小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，八小时内恢复；
3. 三级故障（个别问题或咨询）：下一工作日内答复。
（三）服务补偿：月度可用率未达到约定值的，按未达标幅度给予当月订阅费5%至20%的服务抵扣；一级故障未按时恢复的，每次另行抵扣人民币2,000元，在下期费用中扣除。

六、数据权属与数据安全
（一）甲方及其门店录入或产生的会员信息、学员信息、课消记录、交易记录等数据归甲方所有。
（二）甲方同意乙方在服务期内及服务期满后，将上述数据进行脱敏、汇总后用于乙方产品优化、算法训练及发布少儿教育行业经营分析报告。
（三）乙方应采取加密存储、访问控制、操作审计等措施保障数据安全，学员个人信息须按《个人信息保护法》处理；发生数据泄露的，乙方应在二小时内通知甲方，配合处置，并赔偿甲方因此遭受的损失。
（四）乙方应每季度进行一次安全漏洞扫描，每日对数据进行异地备份，备份保留不少于三十日；甲方可要求乙方提供最近一次等级保护测评结论。
（五）合同终止后三十日内，乙方应将甲方数据以通用格式完整交付甲方，并在甲方确认后删除系统中的原始数据。

七、知识产权
（一）“课栈”系统及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌素材、报表模板及接口程序的知识产权归甲方所有，甲方可自由使用、修改或交由第三方开发维护。

八、保密
双方对在履行本合同过程中获悉的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后继续有效。

九、责任限制
乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但因乙方故意、重大过失或违反第六条造成的损失不受此限。

十、分包
乙方不得将本合同项下的服务分包给第三方，云平台基础设施服务除外；确需分包其他工作的，应事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除合同。
（二）连续两个月可用率未达约定值的，甲方有权解除合同，乙方退还已付未履行期间的费用。
（三）合同因任何原因终止的，乙方应配合甲方将会员及课包数据迁移至甲方指定的新系统，在迁移完成前继续维持系统只读访问不少于三十日，不得以任何理由扣留数据。

十二、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交杭州仲裁委员会按其仲裁规则仲裁。

十三、双方义务
（一）甲方应指定项目联系人，及时提供门店清单、课程体系、历史数据及接口文档，并组织门店人员参加培训。
（二）甲方应妥善保管管理员账号，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）乙方应保证系统符合国家关于校外培训机构预收费监管的要求，协助甲方按主管部门要求报送课时和预收费数据。
（四）乙方应保证家长端小程序的隐私政策、用户协议内容合法，并经甲方审核后发布。

十四、不可抗力
因不可抗力或云平台所在地区大面积断电、断网等双方均无法控制的事件导致服务中断的，受影响方应及时通知对方，并尽力减少损失；该等中断时间不计入可用率统计，但乙方应在事件消除后立即恢复服务。

十五、通知
本合同项下的通知以书面形式送达合同首页所列地址或双方确认的电子邮箱，电子邮件发出之日视为送达。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：需求确认单、门店清单、实施计划。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

SRC["z04"] = """科研管理信息系统运维服务合同

项目名称：科研管理信息系统年度运维服务（竞争性磋商）
采购编号：CYS-CS-2025-09
甲方：省农业科学院茶叶研究所
乙方：杭州青禾数智科技有限公司

依据《中华人民共和国民法典》、本项目竞争性磋商文件及乙方响应文件、成交通知书，甲乙双方就甲方科研管理信息系统的运行维护服务达成如下协议。

第一条 服务对象
甲方科研管理信息系统（以下简称“系统”）包括：项目申报与立项管理、经费预算与报销管理、科研成果与知识产权管理、试验基地与茶园样地管理、仪器设备共享预约、品种资源圃数据管理六个模块，部署在甲方机房的八台虚拟服务器上，使用人员约四百人。

第二条 服务内容
（一）日常运维：每日巡检应用服务、数据库、中间件及备份作业，记录巡检日志；每月进行一次数据库性能分析和空间清理。
（二）故障处理：受理甲方用户报障，定位并排除应用、数据库及接口故障。
（三）数据维护：按甲方要求进行数据修正、批量导入、统计报表出具，协助甲方完成年度科研统计报表及上级主管部门的数据报送。
（四）小型优化：服务期内完成不超过六十个人日的功能优化和报表调整，具体需求由甲方书面提出，双方确认工作量后实施。
（五）安全运维：配合甲方完成漏洞扫描整改、操作系统与中间件补丁更新，配合等级保护测评工作。
（六）驻场服务：乙方派驻一名运维工程师在甲方工作时间驻场，另设二线技术支持团队远程支撑。
（七）重要时段保障：在项目集中申报、年终经费结算等重要时段，乙方应增派人员现场值守。
（八）应急演练：服务期内组织不少于两次系统故障及数据恢复应急演练，演练方案事先报甲方审核，演练结束后提交总结报告。
（九）用户支持：设立服务热线和在线工单渠道，工作时间内即时受理，非工作时间由值班工程师电话受理一级、二级故障。

第三条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满，甲方如需继续采购，按政府采购规定另行组织，本合同不自动续期。

第四条 服务费用及支付
（一）服务费总额为人民币叁拾陆万捌仟元整（¥368,000），含税，包括驻场人员费用、二线支持、小型优化及差旅等一切费用。
（二）服务费按季度支付，每季度结束后，经甲方对该季度服务考核合格，乙方开具发票，甲方在十五个工作日内支付该季度服务费¥92,000。
（三）依第六条扣减的费用，在当季度服务费中扣除。

第五条 服务水平
（一）系统月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方批准，并安排在非工作时间。
（二）故障分级：
1. 一级故障：系统整体不可用，或经费报销、项目申报功能中断；
2. 二级故障：单个模块不可用或性能明显下降；
3. 三级故障：个别功能异常或用户咨询。
（三）响应及解决时限：一级故障30分钟内响应，二小时内恢复；二级故障1小时内响应，八小时内解决；三级故障两个工作日内解决。
（四）乙方每月提交运维月报，内容包括巡检情况、故障清单及处理结果、可用率统计和改进建议。

第六条 服务考核与扣减
（一）甲方按季度对乙方服务进行考核，考核内容包括可用率、故障响应与解决、巡检执行、用户满意度。
（二）月度可用率每低于约定值0.01个百分点，扣减当季度服务费人民币1,500元。
（三）一级故障未按时响应或恢复的，每次扣减人民币2,000元；二级故障每次扣减人民币800元。
（四）同一季度扣减金额累计达到当季度服务费的20%的，甲方有权要求乙方更换驻场人员和项目负责人。

第七条 服务验收
（一）服务期满后十五日内，甲方组织年度服务验收。验收标准：全年各月可用率达到约定值；所有一级、二级故障均已闭环；小型优化需求均已完成并经提出部门确认；运维文档（系统配置清单、数据库结构说明、运维手册、应急预案）已更新并移交甲方；服务期内未发生因乙方原因导致的数据丢失。
（二）验收合格后，双方签署服务验收报告；验收不合格的，乙方应在二十日内整改完毕。
（三）季度考核和年度验收的结果，将作为甲方后续采购评审中对乙方履约评价的依据，并按规定录入政府采购履约评价记录。
（四）甲方组织用户满意度调查时，乙方应予配合，满意度低于八成的，乙方应提交书面改进计划并在下一季度落实。

第八条 人员要求
（一）驻场工程师应具有三年以上同类系统运维经验，熟悉甲方使用的数据库和中间件，未经甲方同意不得更换。
（二）乙方人员应遵守甲方的机房管理、网络安全和考勤制度。
（三）乙方应建立人员备份机制，驻场工程师休假或外出培训期间，应安排具备同等能力的人员顶岗，并提前三个工作日报甲方同意。

第九条 甲方义务
（一）甲方应为驻场人员提供办公场所、网络接入及必要的系统访问权限。
（二）甲方应指定信息化管理部门作为联系部门，及时确认运维方案、变更申请和优化需求。
（三）甲方负责机房供电、空调、网络设备等基础设施的正常运行；因基础设施故障导致的系统中断，不计入乙方可用率考核，但乙方应积极配合恢复。

第十条 数据安全
（一）系统中的科研项目、经费、成果、种质资源及人员信息等全部数据归甲方所有，乙方仅为提供本合同服务而访问，不得用于其他任何目的。
（二）乙方人员只能通过甲方堡垒机访问系统，使用实名账号，所有操作留存审计记录；未经甲方书面批准，不得导出、拷贝任何数据，不得在个人设备上存储甲方数据。
（三）乙方应落实网络安全等级保护和《数据安全法》规定的责任。乙方执行数据修正、批量导入前须先行备份并经甲方确认。
（四）发生数据泄露、丢失、被篡改或系统被入侵的，乙方应在一小时内报告甲方，立即采取处置措施，并承担因乙方原因造成的全部损失和法律责任。

第十一条 知识产权
乙方在服务期内编写的运维脚本、优化代码、报表模板、运维文档的知识产权归甲方所有，甲方可自由使用和修改。

第十二条 分包
乙方不得将本合同服务转包或分包给任何第三方。

第十三条 违约责任
（一）乙方未按本合同提供服务的，甲方有权要求其限期改正；给甲方造成损失的，乙方应赔偿甲方的实际损失。
（二）甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率支付逾期利息。

第十四条 合同解除
乙方严重违反本合同，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。

第十五条 交接
合同终止或期满时，乙方应在十日内向甲方或甲方指定的新服务商完成交接，移交全部账号、文档、脚本及未结工单，交接期间不得中断服务。

第十六条 不可抗力
因不可抗力导致不能按约提供服务的，受影响方应及时通知对方，并在事件消除后尽快恢复服务；不可抗力影响期间不计入可用率考核。

第十七条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

第十八条 其他
本合同一式四份，甲方三份，乙方一份。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

SRC["z05"] = """# 匠链工序跟踪系统软件许可及定制开发合同

**（匠链软件标准合同文本 JL-HT-2024 第3.0版）**

合同编号：JL2025-0588

甲方（用户）：福州闽屐工艺品有限公司

乙方（开发方）：厦门匠链软件有限公司

甲方为管理木屐雕刻、打磨、上漆、绑带等工序的生产进度和质量，向乙方购买“匠链工序跟踪系统”软件许可并委托乙方进行定制开发。双方本着平等自愿的原则，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链工序跟踪系统”标准版软件许可（含工单、工序报工、计件工资、质检四个模块），许可期限为永久，许可用户数为八十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：雕刻图样库及雕刻工时定额管理、绑带材料（布带、皮带、草编带）配套领用管理、工序二维码流转卡、半成品库存看板、外协加工登记、车间大屏展示。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。

## 第二条 合同价款

2.1 本合同总价为人民币玖拾捌万元整（¥980,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序跟踪系统标准版软件许可（八十用户，永久） | 600,000 |
| 2 | 定制开发（六项功能，详见需求清单） | 290,000 |
| 3 | 安装部署及数据初始化 | 70,000 |
| 4 | 操作培训 | 20,000 |
| | 合计 | 980,000 |

2.2 上述价格不含甲方所需的服务器、扫码枪、车间大屏等硬件设备，硬件由甲方自行采购。

2.3 上述价格不含数据库、操作系统等第三方软件的许可费用；如甲方要求乙方代购，价格另行约定。

2.4 乙方应在收到款项后十五个工作日内向甲方开具增值税普通发票；甲方需开具专用发票的，应事先书面告知开票信息。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即人民币490,000元。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的50%，即人民币490,000元。

3.3 甲方未按期付款的，乙方有权暂停开发、实施及技术支持工作，工期相应顺延，并有权要求甲方每日按未付金额的千分之一支付滞纳金。

## 第四条 开发与交付

4.1 乙方在收到首付款后七十五日内完成定制开发及部署，具备上线条件。

4.2 甲方应在合同签订后十日内提供需求资料、工序流程、工时定额及基础数据，并指定对接人员。因甲方提供资料延迟、需求变更或配合不到位导致工期延误的，乙方不承担责任，工期相应顺延。

4.3 需求清单经双方确认后，甲方提出的新增或变更需求，乙方将另行报价，经甲方确认后实施。

4.4 乙方为甲方提供两次集中操作培训，对象为甲方车间主任、班组长、质检员和系统管理员，每次不超过一日。超出部分的培训按乙方现行人天单价另行收费。

4.5 甲方应自行准备符合乙方配置要求的服务器、网络和扫码设备，因硬件或网络不符合要求影响系统运行的，由甲方自行负责。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线运行。系统上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可通过乙方客服系统提交，乙方按第六条处理，但不影响验收结论及付款。

## 第六条 免费维护与技术支持

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期内，甲方报告的一级故障（系统无法登录或报工功能中断），乙方在8小时内响应；其他问题在三个工作日内响应。响应方式以远程支持为主，确需到场的，差旅费用由甲方承担。

6.3 乙方将尽力解决甲方报告的问题，但不保证软件不间断运行或没有任何错误。因故障造成的停工、返工等损失，乙方不承担扣款、赔偿或违约责任。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应购买乙方年度维护服务，以保证系统正常运行和版本升级。年度维护费为软件许可费的32%，即每年人民币192,000元。

7.2 年度维护费应在每个维护年度开始前一次性付清；甲方未购买维护服务的，乙方不再提供任何技术支持和升级，重新购买时须补缴中断期间的维护费。

7.3 年度维护服务内容包括：软件缺陷修复、小版本升级、远程技术支持、每个维护年度两次上门巡检。甲方提出的新功能开发、报表新增及流程调整不属于维护范围，按乙方人天单价另行计费。

7.4 乙方每个维护年度至少发布一次大版本升级，甲方购买维护服务期间可免费升级；升级引起的定制功能适配工作另行收费。

## 第八条 知识产权

8.1 匠链工序跟踪系统标准版的著作权及其他知识产权归乙方所有。

8.2 乙方为本项目定制开发的功能模块、雕刻图样库结构、流转卡模板、大屏页面、源代码及技术文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程，不得许可或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入乙方产品，向其他客户销售。

## 第九条 数据

9.1 甲方在系统中录入和产生的工单、工序、工资、客户订单等数据归甲方所有，乙方不得将其用于本合同以外的目的。

9.2 乙方在实施和维护中接触甲方数据的，应采取账号权限控制、操作留痕、远程访问须经甲方同意等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 保密

双方对本合同内容及在合作中获得的对方技术信息、经营信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方未按第四条约定的期限具备上线条件的（甲方原因除外），每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 乙方在本合同项下承担的全部责任（包括违约金和赔偿金）累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失、停工损失不承担责任。

11.3 甲方单方取消合同的，已支付的款项不予退还。

## 第十二条 甲方的责任

12.1 甲方应保证所提供的工时定额、计件单价、员工信息等基础数据真实准确，因基础数据错误导致的计件工资计算差错，由甲方自行承担。

12.2 甲方应妥善保管系统管理员账号和密码，不得将软件复制、转让或安装在本合同约定以外的场所。甲方超出许可用户数使用的，应按乙方标准价格补缴许可费。

## 第十三条 合同解除

任何一方严重违约，经对方书面催告后三十日内仍未改正的，对方有权解除本合同。

## 第十四条 不可抗力

因自然灾害、政府行为、网络运营商故障、病毒攻击等不能预见、不能避免并不能克服的原因，致使乙方不能按期履行的，乙方不承担责任，履行期限相应顺延。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同以乙方标准文本为准，双方补充约定以附件形式另行签署。附件：需求清单、实施计划。

甲方（盖章）：

乙方（盖章）：

签订日期：
"""

SRC["e01"] = """
T:Software Licence and Implementation Agreement
P:Agreement No. BLW-XHT-2025-014
P:This Software Licence and Implementation Agreement (the "Agreement") is made between Xiamen Haitang Food Import Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Huli District, Xiamen, Fujian Province (the "Customer"), and Bohol Ledgerworks, Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office on Carlos P. Garcia Avenue, Tagbilaran City, Bohol (the "Vendor").
P:The Customer imports dried mango, banana chips, coconut products and other packaged foods and operates two bonded warehouses in Xiamen. The Vendor develops warehouse and lot-traceability software for food importers and exporters. The Customer wishes to license the Vendor's software and to engage the Vendor to implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's LotTrace Warehouse Suite, version 6, including the receiving, put-away, inventory, picking, shipping, lot genealogy and recall modules, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the configurations, reports, label templates, interfaces, scripts and any source code developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software in the course of the Customer's business, including supplier, lot, inspection, customs and customer records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, for up to sixty named users and two warehouse sites.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Additional users or sites may be added at the unit prices in Annex 2, which shall remain fixed for three years after signature.
P:2.3 The Software is installed on the Customer's own servers in Xiamen. The Vendor does not host the Software or the Customer Data.
H:Article 3 Implementation Services
P:3.1 The Vendor shall install and configure the Software, build the Custom Deliverables listed in Annex 1, migrate open inventory and lot balances from the Customer's present spreadsheets and legacy system, and train the Customer's staff.
P:3.2 The interfaces in scope are: the Customer's financial system (purchase orders, goods receipts and invoices), the customs declaration platform used by the Customer's broker, and the label printers and handheld scanners in both warehouses.
P:3.3 The Vendor shall appoint a project manager fluent in English and Mandarin, who shall attend the Customer's site during design, cut-over and go-live, and shall submit a written progress report every two weeks.
P:3.4 Go-Live shall take place no later than one hundred and twenty days after the Effective Date, according to the project plan in Annex 3.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,636,000, inclusive of applicable taxes, made up of: (a) Licence Fee CNY 1,180,000; (b) implementation services, interfaces and data migration CNY 420,000; (c) training CNY 36,000. The price is fixed and shall not be adjusted for exchange-rate movements.
P:4.2 The Customer shall pay: (a) 20% of the total price within thirty days after signature, against the Vendor's invoice; (b) 45% within thirty days after Go-Live; and (c) 35% within thirty days after Final Acceptance.
P:4.3 All payments shall be made in CNY to the bank account designated by the Vendor. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for a period of forty-five days (the "Verification Period"), during which the Vendor shall correct any defects reported by the Customer.
P:5.2 The acceptance criteria are: (a) every function in the approved functional specification works as specified; (b) physical stock counts in both warehouses match the system to the lot level; (c) a mock recall traces any lot forward to customers and backward to suppliers within ten minutes; (d) the three interfaces run without unreconciled differences for twenty consecutive working days; and (e) no Severity 1 defect remains open.
P:5.3 When the criteria are met the Customer shall issue a written Final Acceptance certificate within ten working days. Go-Live, production use or any payment does not by itself constitute acceptance. If the criteria are not met, the Vendor shall correct the defects at its own cost and the criteria shall be tested again.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply new versions and provide remote and on-site support free of charge.
P:6.2 Severity 1 (warehouse operations stopped, or lot tracing unavailable): response within 1 hour and a workaround within 8 hours. Severity 2: response within 2 hours. Severity 3: response within two working days.
P:6.3 If the Vendor misses a response or workaround time for Severity 1, it shall pay the Customer CNY 1,000 for each hour of delay, which the Customer may set off against any amount due.
P:6.4 After the Warranty Period, the Vendor shall offer annual support at 11% of the Licence Fee (CNY 129,800 per year). This fee is fixed for the first three support years. Support is ordered by separate purchase order each year and does not renew automatically.
H:Article 7 Delay
P:7.1 If Go-Live is delayed beyond the date in Article 3.4 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:7.2 If the delay exceeds sixty days, the Customer may terminate this Agreement under Article 12.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:8.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and for no other purpose, and shall not keep copies after the work for which it was needed is finished.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, for sessions approved by the Customer, and all access shall be logged. Customer Data shall not be transferred outside mainland China.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in its work, shall notify the Customer within twelve hours of any security incident affecting Customer Data, and shall be liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties.
P:10.2 These obligations continue for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the total price.
P:11.2 The limitation does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:12.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, less the value of any deliverable the Customer elects to keep.
P:12.3 The licence in Article 2 survives termination except termination by the Vendor for non-payment.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Philippine Dispute Resolution Center, Inc., seated in Cebu City, in the English language, before a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, together with Annex 1 (Scope and Custom Deliverables), Annex 2 (Unit Prices) and Annex 3 (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:15.3 This Agreement is executed in two English originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title:                           Name and title:
P:Date:                                     Date:
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — TOURDESK RESERVATIONS CLOUD

Order Form No. ACW-OF-2025-0231

# PART A — ORDER FORM

## A1. Parties

**Provider:** Aklan Cloudworks Corp., a corporation registered in the Philippines, with its office on Roxas Avenue, Poblacion, Kalibo, Aklan ("Provider").

**Customer:** Kunming Yunhai International Travel Service Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Guandu District, Kunming, Yunnan Province ("Customer").

## A2. Subscription

Customer subscribes to TourDesk Reservations Cloud, Provider's hosted software for tour operators, comprising the booking engine, itinerary builder, supplier contracting module, guide and vehicle scheduling, agent portal and the reporting module (the "Service"), for up to one hundred and twenty named users.

The Subscription Term is twenty-four (24) months starting on the Service Start Date, which is the date on which Provider makes the production tenant available to Customer after Go-Live Acceptance under A5.

The Service is hosted for Customer in a mainland China cloud region operated by a licensed PRC cloud provider.

## A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, 120 named users | CNY 24,500 per month × 24 months | 588,000 |
| Onboarding: configuration, data import of supplier contracts and rate sheets, two interfaces, training | one-time, fixed | 46,000 |
| **Total Contract Value** | | **634,000** |

Fees are inclusive of VAT. Additional named users may be added during the Subscription Term at CNY 190 per user per month, co-terminous with the Subscription Term. Additional users are ordered separately and are not included in the Total Contract Value.

## A4. Invoicing and Payment

1. The subscription fee is invoiced quarterly in advance, at the start of each calendar quarter of the Subscription Term (CNY 73,500 per quarter), the first invoice being issued on the Service Start Date.
2. The onboarding fee is invoiced after Go-Live Acceptance.
3. Invoices are payable within thirty days of receipt, by bank transfer in CNY.
4. No other amount is payable before the Service Start Date.

## A5. Onboarding and Go-Live Acceptance

1. Provider shall complete onboarding within sixty days after signature of this Order Form. Onboarding covers tenant configuration to Customer's tour products, import of current supplier contracts and rate sheets for hotels, coaches and attractions, an interface with Customer's finance system, an interface with Customer's online-travel-agency channel manager, and training for up to three groups of users.
2. Go-Live Acceptance tests are: (a) every item of the signed configuration workbook is in place; (b) imported rates reconcile with Customer's rate sheets for a sample of two hundred items selected by Customer without error; (c) twenty test bookings chosen by Customer flow through to the finance system and the channel manager without manual correction; (d) the agent portal is usable by Customer's three pilot agencies.
3. Customer shall carry out the tests within ten working days after Provider's notice of readiness and sign a Go-Live Acceptance certificate if they are passed. Use of the Service for training or testing is not acceptance.
4. If Go-Live Acceptance is not achieved within the period in A5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, which Customer may deduct from the onboarding fee or any later invoice.

## A6. Special Terms and Signatures

1. This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.
2. The Subscription Term does not renew automatically. Any renewal requires a new order form signed by both parties.

Signed for Provider: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________

# PART B — GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including traveller names, passport details, contact details, booking records, supplier contracts and prices.

1.2 "Customer Configurations" means the workflows, templates, itinerary layouts, reports and interface mappings configured by Provider specifically for Customer.

1.3 "Documentation" means Provider's online user guides for the Service, as updated from time to time.

## 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive right to use the Service during the Subscription Term for Customer's business.

2.2 Customer shall not resell the Service, attempt to access its source code, or use it to store unlawful content. Customer is responsible for the conduct of its users and for keeping their credentials secure.

## 3. Availability and Support

3.1 Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside Customer's business hours where practicable.

3.2 Provider provides support by e-mail and through its ticketing portal during Provider's business hours, Monday to Friday, excluding Philippine public holidays. Provider will respond to tickets as soon as reasonably possible in the order in which they are received.

3.3 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

## 4. Customer Data

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, share or analyse it for itself or for third parties.

4.2 Provider shall keep Customer Data in the mainland China region identified in A2 and shall not transfer it outside mainland China.

4.3 On expiry or termination, Provider shall make Customer Data available for export in CSV format for sixty days and shall then delete it and confirm deletion in writing.

## 5. Data Security

5.1 Provider shall maintain administrative, technical and physical safeguards for Customer Data that include encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access, daily backups with a retention of thirty days, and annual penetration testing by an independent firm.

5.2 Provider shall notify Customer without undue delay, and in any event within forty-eight hours, of any security incident affecting Customer Data, shall cooperate with Customer and the competent authorities, and shall bear the costs of investigation and remediation and Customer's losses caused by Provider's breach of this Section 5.

5.3 Provider shall process traveller personal information in accordance with the PRC Personal Information Protection Law and shall sign Customer's standard data processing addendum.

## 6. Intellectual Property

6.1 The Service, the Documentation and all related intellectual property belong to Provider.

6.2 Customer Configurations belong to Customer. Customer may use, modify and license them freely, including with another provider after the Agreement ends, and Provider shall deliver them in an exportable form on request.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information received under the Agreement, use it only for the Agreement and disclose it only to personnel and advisers who need to know it and are bound by duties of confidence.

7.2 This Section survives the end of the Agreement for three years.

## 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with the Documentation and that onboarding will be performed with reasonable skill and care.

8.2 If the Service does not conform to this warranty, Provider shall use reasonable efforts to correct the non-conformity.

## 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business opportunity.

9.2 Provider's total aggregate liability arising out of or in connection with the Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer under the Agreement in the six (6) months preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit liability for fraud, personal injury, or Customer's obligation to pay fees.

## 10. Subcontracting and Assignment

10.1 Provider shall not subcontract the performance of the Service, other than to the cloud hosting provider named in A2, without Customer's prior written consent, and remains responsible for any subcontractor.

10.2 Neither party may assign the Agreement without the other party's prior written consent.

## 11. Term and Termination

11.1 The Agreement runs from signature until the end of the Subscription Term.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice describing the breach.

11.3 If Customer terminates for Provider's breach, Provider shall refund any prepaid fees for the period after termination.

## 12. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or failures of public networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

## 13. Notices

Notices shall be in writing and sent to the addresses in A1 or to the e-mail addresses notified by each party, and are effective on receipt.

## 14. Governing Law and Disputes

14.1 The Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from the Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.
"""

SRC["e03"] = """
T:Supply Contract for Pond Water-Quality Sensors and Monitoring Software
P:Contract No. ZHY-PUR-2025-117
P:Buyer: Zhanjiang Haiyue Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Mazhang District, Zhanjiang, Guangdong Province (the "Buyer").
P:Supplier: Capiz AquaSense Technologies, Inc., a corporation organised under the laws of the Philippines, with its office on Arnaldo Boulevard, Roxas City, Capiz (the "Supplier").
P:The Buyer operates shrimp and fish ponds at three farms in Zhanjiang. It wishes to buy water-quality sensors, gateways and a monitoring software licence so that dissolved oxygen, pH and temperature in each pond are measured continuously and aerators can be started automatically. This Contract is on the Buyer's standard purchasing terms, as amended for this purchase.
H:1. Definitions
P:1.1 "Equipment" means the sensors, probes, gateways, mounting kits and spare parts listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's PondWatch monitoring software, server edition, including the web console, mobile application and alarm module.
P:1.3 "Custom Work" means the aerator control logic, dashboards, reports and the interface with the Buyer's feeding-management system developed by the Supplier for the Buyer.
P:1.4 "Farm Data" means all readings, alarms, pond records and other data produced by the Equipment and the Software at the Buyer's farms.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the licence in clause 7, install and commission the Equipment at one hundred and twenty ponds across the Buyer's three farms, carry out the Custom Work and train the Buyer's staff.
P:2.2 Each pond shall be fitted with one optical dissolved-oxygen sensor and one combined pH and temperature probe. Each farm shall have eight solar-powered gateways transmitting over the mobile network to the Buyer's server at its Mazhang headquarters.
P:2.3 The Supplier shall calibrate every sensor at installation and provide calibration certificates.
P:2.4 The Supplier shall configure alarm thresholds for each pond together with the Buyer's farm managers, set up user accounts for the farm managers, technicians and headquarters staff, and provide operating manuals in Chinese. Training shall cover daily checks, sensor cleaning, probe replacement, gateway battery checks, alarm handling and reading the reports.
H:3. Price
P:3.1 The Contract Price is CNY 1,350,000, inclusive of VAT, customs duties, freight to the farms and insurance until delivery, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen sensor with cleaning brush|120|3,800|456,000
TB:2|pH and temperature combined probe|120|1,650|198,000
TB:3|Solar-powered LoRa/4G gateway|24|9,500|228,000
TB:4|PondWatch software, server edition, perpetual licence|1|310,000|310,000
TB:|Hardware and Licence Subtotal|||1,192,000
TB:5|Installation, commissioning and Custom Work|1|136,000|136,000
TB:6|Training of farm and office staff|1|22,000|22,000
TB:|Contract Price|||1,350,000
P:3.2 The Contract Price is fixed and includes all costs of the Supplier for performing this Contract.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within fifteen days after signature, against the Supplier's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed. Delivery and installation are not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance under clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the farms within sixty days after signature and complete installation and commissioning within thirty days after delivery.
P:5.2 Installation in ponds shall be coordinated with the Buyer's farm managers so that stocking and harvesting are not disturbed. The Supplier's staff shall follow the Buyer's biosecurity rules, including disinfection of boots and equipment between ponds.
P:5.3 If the Supplier fails to complete delivery and installation by the agreed dates, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of thirty days.
P:6.2 Final Acceptance requires that: (a) every sensor reports at the configured interval for at least 98% of the trial period; (b) the dissolved-oxygen readings of a sample of twenty ponds chosen by the Buyer are within 0.3 mg/L of a calibrated handheld reference meter; (c) low-oxygen alarms reach the farm managers' phones within two minutes in ten staged tests; (d) the aerator control logic starts aerators automatically at the set thresholds in ten staged tests; and (e) the interface with the feeding-management system runs without error for ten consecutive days.
P:6.3 The Buyer shall issue a written Final Acceptance certificate within seven working days after the criteria are met. Installation, use of the system or payment is not acceptance. If the criteria are not met, the Supplier shall correct the defects and the tests shall be repeated at its cost.
H:7. Software Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's servers for its own aquaculture operations, without limit on the number of ponds or users.
P:7.2 The Software and the firmware of the Equipment remain the property of the Supplier.
P:7.3 The Custom Work and all intellectual property in it belong to the Buyer. The Supplier shall deliver the source code and documentation of the Custom Work at Final Acceptance, and the Buyer may use, modify and license it freely.
H:8. Warranty
P:8.1 The Supplier warrants the Equipment and the Software for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct software defects and supply software updates free of charge, including freight and travel.
P:8.2 Critical faults (a whole farm without readings or alarms, or the server software down) shall be responded to within 2 hours and resolved within one day. Other faults shall be responded to within one working day and resolved within five working days.
P:8.3 If the Supplier misses a response or resolution time for a critical fault, it shall pay the Buyer CNY 400 for each hour of delay, deducted from any amount due.
P:8.4 The Supplier shall keep in Zhanjiang a stock of spare sensors and probes equal to at least five per cent of the installed quantity during the Warranty Period.
H:9. Support after the Warranty Period
P:9.1 After the Warranty Period, the Supplier shall offer annual support, including sensor recalibration, repairs and software updates.
P:9.2 The annual support fee shall be charged at the Supplier's list prices in effect at the time each support year is ordered. Support is ordered by the Buyer each year by purchase order and does not renew automatically.
H:10. Farm Data
P:10.1 All Farm Data belongs to the Buyer. The Supplier may use Farm Data only to perform this Contract and shall not use it for any other purpose or give it to any third party.
P:10.2 On request, and in any event at the end of the Warranty Period, the Supplier shall return any Farm Data in its possession to the Buyer.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's commercial and technical information received in connection with this Contract, including the Buyer's pond layouts, stocking plans and production figures, and shall not disclose it to any third party without the other party's prior written consent.
P:11.2 This clause continues for three years after the end of the Warranty Period.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price.
P:12.2 The limit does not apply to personal injury, wilful misconduct or gross negligence.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the installation or Custom Work without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after the Buyer's written notice, or if the liquidated damages under clause 5.3 reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment or services not accepted and compensate the Buyer's direct losses.
H:15. Force Majeure
P:15.1 A party affected by typhoon, flood, epidemic or other events beyond its reasonable control shall notify the other party promptly, and the time for performance shall be extended by the period of the delay.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:17. General
P:17.1 Annexes: Annex 1 Technical Specification; Annex 2 Pond and Gateway Layout; Annex 3 Acceptance Test Plan. They form part of this Contract.
P:17.2 This Contract is signed in English in two originals and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________             Date: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement No. LMS-NBB-2025-07

This Managed IT Services Agreement (the "Agreement") is made between:

**Ningbo Beilun Precision Bearing Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Beilun District, Ningbo, Zhejiang Province (the "Customer"); and

**Leyte Managed Services Corporation**, a corporation organised under the laws of the Philippines, with its principal office on Real Street, Ormoc City, Leyte, acting in China through its wholly owned subsidiary registered in Ningbo (the "Provider").

## 1. Services and Term

1.1 The Provider shall provide the managed IT services described in Schedule 1 (the "Services") for the Customer's head office and two plants, at the service levels in Schedule 2 and for the charges in Schedule 3.

1.2 The Agreement starts on signature. The Services run for thirty-six (36) months from the Service Commencement Date, which is the date on which the Customer signs the Transition Acceptance certificate under clause 3.

1.3 The Agreement does not renew automatically. The parties may agree in writing, no later than ninety days before expiry, to extend the Services; any extension shall be at charges no higher than those in Schedule 3.

## 2. Delivery Model

2.1 The Services are delivered by an on-site team at the Customer's premises in Ningbo and by the Provider's service desk and network operations centre. Remote work on the Customer's systems is carried out only from the Provider's Ningbo office.

2.2 The Provider shall appoint a service delivery manager who meets the Customer's IT manager monthly to review performance, incidents, changes and risks, and shall provide a written monthly service report.

2.3 The Provider shall follow the Customer's change management procedure. No change to production systems may be made without an approved change record, except emergency changes to restore service, which shall be recorded within one working day.

## 3. Transition

3.1 The Provider shall complete transition within seventy-five days after signature. Transition covers the inventory of all devices, accounts and applications in scope, the set-up of monitoring, the service desk and the ticketing tool, knowledge transfer from the Customer's current staff, and the run book for each site.

3.2 Transition Acceptance criteria are: (a) all devices listed in Schedule 1 are visible in the monitoring tool; (b) the service desk has handled live tickets for ten working days in parallel with the Customer's staff; (c) the run books and the configuration database have been reviewed and approved by the Customer; and (d) a restore test of the file server and the ERP database has succeeded.

3.3 The Customer shall sign a Transition Acceptance certificate within five working days after the criteria are met. If transition is not accepted within the period in clause 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,162,000.

4.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within thirty days after receipt of a valid VAT invoice.

4.3 The charges are fixed for the whole term. No advance payment is due.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2. Performance is measured monthly from the ticketing and monitoring tools, and the Customer may audit the raw data.

5.2 Where a service level is missed, the Provider shall credit the Customer the amount stated in Schedule 2 against the next invoice. Service credits are not the Customer's sole remedy.

## 6. Customer Data and Data Security

6.1 All data on the Customer's systems, including production, quality, personnel and customer data, and all logs and tickets created in performing the Services ("Customer Data"), belong to the Customer. The Provider shall use Customer Data only to perform the Services.

6.2 Customer Data shall stay in mainland China. The Provider's staff shall access the Customer's systems only with named accounts, multi-factor authentication and through the Customer's privileged-access gateway, and all sessions shall be recorded.

6.3 The Provider shall maintain ISO/IEC 27001 certification for its Ningbo office, shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall notify the Customer within six hours of any security incident affecting Customer Data, and shall be liable for losses caused by its breach of this clause.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information received in connection with the Agreement, and shall not disclose it to third parties without prior written consent, for three years after the Agreement ends.

## 8. Intellectual Property

8.1 Run books, scripts, configuration records, reports and documents created by the Provider for the Customer belong to the Customer, which may use and modify them freely and give them to a successor provider.

8.2 The Provider's own tools and know-how remain its property; the Provider grants the Customer a free licence to use any of them embedded in the deliverables.

## 9. Liability

9.1 Each party's total liability under the Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct, and breach of clauses 6 and 7, which are not limited.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor as for itself.

## 11. Termination and Exit

11.1 The Customer may terminate the Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after notice, or if the Provider misses the Priority 1 resolution level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to sixty days at the monthly charge, hand over all run books, passwords, configuration records and open tickets, and cooperate with any successor provider.

## 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final.

## 13. General

13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly. The Schedules form part of the Agreement. Amendments must be in writing signed by both parties.

Signed for the Customer: ____________________  Signed for the Provider: ____________________

## Schedule 1 — Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Service desk | Chinese and English, 7:30–20:00 on working days; on-call outside those hours for Priority 1 | All |
| End-user support | 640 laptops and desktops, 85 shop-floor terminals, printers and mobile devices | Head office, Plant A, Plant B |
| Server and storage management | 46 virtual servers, 3 hosts, backup system, file server | Head office data room |
| Network management | 2 firewalls, 38 switches, 120 wireless access points, inter-site links | All |
| ERP and MES infrastructure support | operating system, database and backup layers (application support stays with the software vendors) | Head office |
| Patch and vulnerability management | monthly patching, quarterly scan, remediation tracking | All |
| On-site team | one team lead and three engineers during working hours | Head office and plants |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit per missed ticket (CNY) |
|---|---|---|---|---|
| Priority 1 | A plant or the ERP unavailable, or a security incident | 15 minutes | 3 hours | 3,000 |
| Priority 2 | A line, a department or a key user unable to work | 30 minutes | 8 hours | 1,000 |
| Priority 3 | A single user or non-urgent fault | 2 hours | 2 working days | 200 |
| Priority 4 | Request or question | 1 working day | 5 working days | none |

| Measure | Level | Credit |
|---|---|---|
| Availability of core network and servers (monthly, excluding approved maintenance) | 99.95% | 2% of the monthly charge for each 0.02 percentage point or part below the level |
| Backups completed successfully | 99% of scheduled jobs | 1% of the monthly charge |
| Patches applied within the agreed window | 95% | 1% of the monthly charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 74,000 |
| Monthly service charge | CNY 58,000 per month × 36 months | 2,088,000 |
| **Total Contract Value** | | **2,162,000** |

Devices added beyond 10% of the quantities in Schedule 1 are charged at the unit rates agreed at the time of addition and are not part of the Total Contract Value.
"""

SRC["e05"] = """MARINE WEATHER AND VESSEL DATA API SUBSCRIPTION AGREEMENT

Agreement No. PBD-QHS-2025-009

BETWEEN

Panguil Bay Data Services, Inc., a corporation organised under the laws of the Philippines, with its office on Rizal Avenue, Ozamiz City, Misamis Occidental (the "Provider"); and

Qingdao Haixing Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shinan District, Qingdao, Shandong Province (the "Customer").

BACKGROUND

The Provider compiles marine weather forecasts, sea-state data, port congestion indicators and vessel position data for the waters of East and Southeast Asia and makes them available through application programming interfaces. The Customer acts as ship agent for bulk carriers and container feeders calling at Qingdao and other northern Chinese ports and wishes to use the data in its voyage-planning and berth-scheduling systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's MarineFeed REST and streaming interfaces described in the Documentation.

1.2 "Data" means the weather, sea-state, port and vessel data delivered through the API.

1.3 "Customer Inputs" means all data the Customer sends to the API, including vessel lists, planned routes, port calls, queries and the results of the Customer's own calculations.

1.4 "Subscription Year" means each period of three hundred and sixty-five consecutive days beginning on the Start Date or on an anniversary of it.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right, during the Subscription Term, to call the API and to use the Data in the Customer's internal systems and in reports to its principals, owners and charterers.

2.2 The subscription covers the Standard Maritime package: hourly forecasts on a 0.1-degree grid, three-hourly sea-state data, daily port congestion indicators for sixty ports, and vessel positions updated every five minutes for up to two thousand vessels on the Customer's watch list.

2.3 The monthly call quota is three million API calls. Calls above the quota are charged at CNY 0.06 per thousand calls, invoiced monthly in arrears.

2.4 The Customer shall not resell the Data as a stand-alone product or make it available to the public.

3. TERM

3.1 The Subscription Term is two Subscription Years, starting on the date on which the Provider issues production credentials (the "Start Date").

3.2 The Agreement does not renew automatically. Any renewal requires a new written agreement signed by both parties.

4. FEES AND PAYMENT

4.1 The fees are:

    (a) subscription fee: CNY 276,000 per Subscription Year, CNY 552,000 for the Subscription Term;
    (b) integration and onboarding fee (connector development, test environment, training): CNY 64,000, one-time;

    Total Contract Value: CNY 616,000, inclusive of VAT. Overage charges under clause 2.3 are additional.

4.2 The Provider shall invoice the onboarding fee and the subscription fee for the first Subscription Year on the Effective Date. The Customer shall pay that invoice within fifteen days. The Provider will issue production credentials only after receipt of this payment.

4.3 The subscription fee for the second Subscription Year is invoiced at the start of that year and payable within thirty days.

4.4 Fees are fixed for the Subscription Term.

5. ONBOARDING AND ACCEPTANCE

5.1 The Provider shall develop connectors between the API and the Customer's voyage-planning system and berth-scheduling system, provide a test environment, and train the Customer's operations staff, within forty-five days after receiving the payment under clause 4.2.

5.2 The acceptance tests are: (a) all endpoints in the Documentation return valid responses from the Customer's network in Qingdao; (b) vessel positions for a sample of one hundred vessels chosen by the Customer agree with independent AIS sources within the stated latency; (c) the connectors load forecasts and port indicators into both Customer systems without manual steps for seven consecutive days; and (d) the streaming interface sustains the Customer's expected peak load in a test agreed in advance.

5.3 The Customer shall confirm acceptance in writing within five working days after the tests are passed. Use of the test environment is not acceptance.

5.4 If the connectors are not ready for acceptance within the period in clause 5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay.

6. SERVICE LEVELS

6.1 The API shall be available 99.95% of each calendar month, measured at the Provider's API gateway and excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 The Provider shall respond to Priority 1 incidents (API unavailable, or Data not updated for more than one hour) within 1 hour, at any time, and to Priority 2 incidents within 2 hours during business hours.

6.3 If monthly availability falls below the level in clause 6.1, the Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part below the level, up to half of that amount, and a further CNY 1,000 for each Priority 1 response that is late.

7. DATA RIGHTS

7.1 The Data and the API remain the property of the Provider and its data sources.

7.2 Customer Inputs belong to the Customer. The Customer grants the Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and anonymised form to improve the Provider's forecasting and port-congestion models, to create new data products, and to publish market indicators, during and after the Subscription Term.

7.3 The connectors developed for the Customer under clause 5.1, including their source code, belong to the Customer, which may use, modify and license them freely.

8. DATA SECURITY

8.1 The Provider shall protect Customer Inputs with encryption in transit and at rest, access control on a need-to-know basis, logging of access and annual independent security testing.

8.2 Customer Inputs shall be stored only on servers located in mainland China operated for the Provider by a licensed PRC cloud provider.

8.3 The Provider shall notify the Customer within eight hours of any security incident affecting Customer Inputs, take all reasonable steps to contain it, and be liable for the Customer's losses caused by the Provider's breach of this clause.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's principals, vessel lists and port-call plans, and shall not disclose it to any third party without the other party's prior written consent.

9.2 This clause continues for three years after the end of the Subscription Term.

10. WARRANTIES

10.1 The Provider warrants that the Data is compiled with reasonable skill and care from the sources described in the Documentation. Weather forecasts are by nature uncertain, and the Customer remains responsible for navigational and commercial decisions.

10.2 The Provider shall give the Customer at least ninety days' notice of any change to the API that is not backward compatible, keep the previous version available during that period, and adapt the connectors under clause 7.3 to the change at no charge.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limitation does not apply to fraud, wilful misconduct, breach of clause 8 or clause 9, or the Customer's payment obligations.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 The Provider shall not subcontract any part of its obligations, other than hosting by the cloud provider in clause 8.2, without the Customer's prior written consent, and remains responsible for any subcontractor.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.2 If the Customer terminates for the Provider's breach, the Provider shall refund the subscription fees paid for the period after termination.

13.3 On expiry or termination, the Customer shall stop calling the API and may keep Data already received for its records.

14. FORCE MAJEURE

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including failures of satellite or terrestrial data sources outside the Provider's control, provided that it notifies the other party promptly. Such periods are still counted in the availability calculation if the Provider has not used its backup sources.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

16. GENERAL

16.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. Notices shall be in writing and sent to the addresses above or to the e-mail addresses notified by the parties.

16.2 This Agreement takes effect on signature by both parties (the "Effective Date").

For the Provider: ____________________        For the Customer: ____________________
Name and title:                               Name and title:
Date:                                         Date:
"""

FILES = {  # key: (file name, format)
    "z01": ("h723z01_water_saving_office_water_plan_platform.pdf", "pdf"),
    "z02": ("h723z02_mirror_factory_silvering_line_control_retrofit.docx", "docx"),
    "z03": ("h723z03_kids_coding_chain_booking_membership_saas.txt", "txt"),
    "z04": ("h723z04_tea_institute_research_system_om_service.txt", "txt"),
    "z05": ("h723z05_clog_workshop_process_tracking_supplier_template.md", "md"),
    "e01": ("h723e01_food_importer_warehouse_licence_tagbilaran_vendor.pdf", "pdf"),
    "e02": ("h723e02_tour_operator_reservations_saas_order_form_kalibo.md", "md"),
    "e03": ("h723e03_aquaculture_pond_sensors_monitoring_licence_roxas.docx", "docx"),
    "e04": ("h723e04_bearing_maker_managed_it_services_ormoc.md", "md"),
    "e05": ("h723e05_shipping_agency_marine_data_api_ozamiz.txt", "txt"),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
VALUE = {"z01": 1556000, "z02": 1504000, "z03": 868000, "z04": 368000, "z05": 980000,
         "e01": 1636000, "e02": 634000, "e03": 1350000, "e04": 2162000, "e05": 616000}
PARTS = {  # price sums asserted below
    "z01": [760000, 548000, 186000, 62000], "z02": [428000, 316000, 264000, 198000, 126000, 152000, 20000],
    "z03": [2 * 386000, 96000], "z04": [4 * 92000], "z05": [600000, 290000, 70000, 20000],
    "e01": [1180000, 420000, 36000], "e02": [24 * 24500, 46000], "e03": [456000, 198000, 228000, 310000, 136000, 22000],
    "e04": [36 * 58000, 74000], "e05": [2 * 276000, 64000]}
FEE_BASE = {"z01": 760000, "z02": 1332000, "z05": 600000, "e01": 1180000, "e03": 1192000}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")
G = "goods_or_licence"
T = {
    "z01": dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, contract_kind=G),
    "z02": dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10, final_payment_on_acceptance=True,
                warranty_months=24, post_warranty_fee_pct=8, termination_for_breach=False,
                subcontract_without_consent=True, contract_kind=G),
    "z03": dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                ld_rate_per_day_pct=600 / 868000 * 100, liability_cap_pct=150, auto_renewal_price_increase=True),
    "z04": dict(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False, governing_law=None),
    "z05": dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
                warranty_months=6, post_warranty_fee_pct=32, subcontract_without_consent=None, governing_law=None,
                contract_kind=G),
    "e01": dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                governing_law="Philippines", contract_kind=G),
    "e02": dict(sla_remedy=False, ld_rate_per_day_pct=500 / 634000 * 100, liability_cap_pct=6 / 24 * 100),
    "e03": dict(p1_response_hours=2, data_security_clause=False, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, contract_kind=G),
    "e04": dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=1800 / 2162000 * 100,
                liability_cap_pct=150),
    "e05": dict(availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
                ld_rate_per_day_pct=450 / 616000 * 100, liability_cap_pct=150,
                prepayment_pct=(64000 + 276000) / 616000 * 100),
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery
    "z01": (True, True, True, False), "z02": (True, True, True, False), "z03": (True, True, None, False),
    "z04": (True, False, None, False), "z05": (True, True, True, True), "e01": (True, True, True, False),
    "e02": (False, True, None, False), "e03": (True, True, False, False), "e04": (True, True, None, False),
    "e05": (True, True, None, False)}
FORUM_OUTSIDE = {"e01"}  # arbitration seated in Cebu City
DESIGN = {
    "z01": [], "z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": ["CR-DATA-SECURITY", "CR-POST-WARRANTY-FEE"], "e04": [], "e05": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy §3 thresholds (defaults of the shipped pack)
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def terms(k):
    t = dict(BASE)
    t.update(T[k])
    return {key: t[key] for key in KEYS}


def tco_share(k, t):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * FEE_BASE[k] * t["post_warranty_fee_pct"] / 100
    return fees / (VALUE[k] + fees) * 100


def derive(k, t, ex):
    sla, ld_stated, capped, deemed = ex
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(k, t)
        if sh is not None and sh > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(k):
    t = terms(k)
    sla, ld_stated, capped, deemed = EXTRA[k]
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = VALUE[k]
    return {"file": FILES[k][0], "language": "zh" if k[0] == "z" else "en", "category": CATEGORY[k],
            "expected_terms": t, "expected_extra": ex, "expected_rules": derive(k, t, EXTRA[k])}


def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"99\.90*(?![0-9])", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b|-hour|hours?)", r"(?<![十\w-])四个?小时", r"(?<![a-z-])four[\s-]*hours?",
    r"(?<![\d.])0\.050*(?![0-9])", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百(?![零一二三四五六七八九十])", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,
    r"(?<![\d.])12\s*(?:个月|個月|months?|-month)", r"十二个月", r"twelve[\s-]*(?:calendar\s*)?months?", r"一年",
    r"(?<![a-z])one[\s-]*year", r"(?<![\d.,])1\s*(?:years?\b|年(?!度))",
    r"(?<![\d.,])5\s*(?:years?\b|年(?!度))", r"五年", r"(?<![a-z])five[\s-]*years?",
]
MUST_HIT = ["99.9%", "99.90", "四小时", "4 hours", "4小时", "within four hours", "0.05%", "万分之五", "100%", "100 per cent",
            "百分之三十", "30%", "15 %", "百分之十五", "40%", "twelve months", "12个月", "12 months", "质保一年",
            "one year", "5 years", "五年", "five years", "30％"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "0.08%", "万分之八", "150%", "130%", "35%", "45%",
             "1.5个百分点", "二十四个月", "24 months", "2025年", "服务年度", "each Subscription Year", "0.02 percentage",
             "5%", "3 hours", "12 hours", "第十二条"]


def scan(text):
    hits = []
    for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in THRESHOLD_PATTERNS:
            for m in re.finditer(p, v, flags=re.I):
                hits.append((p, v[max(0, m.start() - 20):m.end() + 20]))
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("scan misses", s)
    for s in MUST_MISS:
        assert not scan(s), ("scan hits", s, scan(s))
    office = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    for k, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, fmt) in FILES.items():
        assert sum(PARTS[k]) == VALUE[k], k
        lab = label(k)
        t = lab["expected_terms"]
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        for key, th in (("availability_pct", "availability"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                        ("post_warranty_fee_pct", "pwf")):
            assert t[key] is None or abs(t[key] - TH[th]) > 1e-9, (k, key)
        sh = tco_share(k, t)
        if sh is not None:
            assert abs(sh - TH["tco"]) > 2, (k, sh)
        text = read_back(OUT / name, fmt)
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = scan(text)
        print(k, fmt, "length", n, "rules", lab["expected_rules"], "risk", risk(lab["expected_rules"]),
              "tco share %.2f" % sh if sh is not None else "")
        if not ok:
            problems.append((k, "length", n))
        if hits:
            problems.append((k, "threshold text", hits[:5]))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
