"""holdout830: builds the ten drafts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), writes the .json
labels and asserts the checks of the brief (rules from labels vs design, coverage, lengths, thresholds).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:泸江市林业局古银杏保护监测平台采购合同
P:合同编号：LJLY-ZFCG-2026-037
P:甲方（采购人）：泸江市林业局
P:乙方（供应商）：泸江云杉信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及泸江市政府采购公开招标项目（项目编号：LJCG-2026-112）的招标文件、乙方投标文件和中标通知书，甲乙双方在平等、自愿的基础上，就古银杏保护监测平台的采购事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供古银杏保护监测平台软件许可（永久许可，不限用户数），并完成定制开发、数据迁移建档、部署实施和培训，使平台满足招标文件技术要求，用于全市一级、二级古银杏共计863株的档案管理、长势监测、巡护管理和灾害预警。
P:1.2 定制开发内容包括：古树“一树一档”电子档案模块、巡护人员移动端应用、土壤温湿度与倾斜传感数据接入接口、病虫害与倒伏预警模型接口、与全省古树名木管理系统的数据交换接口以及领导驾驶舱。
P:1.3 数据迁移建档指将甲方历年纸质普查表、照片和原有表格数据整理录入平台，并完成每株古树的坐标、树龄、胸围、冠幅和保护等级核对。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾捌万陆仟元整（¥2,386,000），为固定总价，包含完成本合同全部工作的一切费用和税费。
P:2.2 价款构成：平台软件许可费¥1,180,000；定制开发费¥736,000；数据迁移建档费¥264,000；部署实施费¥148,000；培训费¥58,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥477,200。
P:3.2 平台部署完成并通过初步验收后十五个工作日内，甲方支付合同总价的45%，计¥1,073,700。
P:3.3 平台试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%，计¥835,100。
P:3.4 乙方每次请款前应开具合法有效的等额发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后一百二十日内完成平台部署、定制开发和数据迁移建档，并具备初步验收条件。
P:4.2 平台部署于甲方指定的政务云资源，乙方不得将平台或数据部署于其他环境。
P:4.3 乙方应指定具有同类项目经验的项目经理常驻现场，未经甲方同意不得更换。
P:4.4 乙方应为甲方及各区县林业站的管理人员和巡护人员提供不少于六场集中培训，并提供操作手册和培训视频，确保每名巡护人员能够独立完成巡查记录、照片上传和预警处置。
P:4.5 合同签订后十日内，乙方应向甲方提交合同总价5%的履约保证金，最终验收合格且无违约情形的，甲方在十五个工作日内无息退还。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；863株古树档案完整率达到99%以上且抽查一百株坐标误差不超过两米；传感数据接入延迟不超过十秒；预警信息推送至巡护人员不超过一分钟；第三方安全测评无高危漏洞。
P:5.2 初步验收通过后进入九十日试运行。试运行期间未发生一级故障，且甲方确认预警、巡护、档案功能稳定运行的，由甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方支付款项或签收文档，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件修复、版本升级、技术支持和现场服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥94,400，该标准在质保期满后前三年内不上调。维护合同须另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，不计入不可用时间。
P:7.2 一级故障（平台整体不可用或预警功能失效）：乙方应在三十分钟内响应，两小时内到达现场，六小时内恢复；二级故障两小时内响应，二十四小时内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的模块、接口程序、移动端应用及其源代码、文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码和技术文档，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台中的古树档案、监测数据、巡护记录和影像资料均属于甲方所有。未经甲方书面许可，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，运维访问须通过甲方堡垒机并全程审计，数据传输和存储须加密。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:9.4 合同终止或维护服务结束时，乙方应将其掌握的甲方数据全部返还，并删除测试环境和个人终端中的副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、古树精确坐标及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合合同约定且经整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方违反本条约定的，甲方有权解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内向甲方移交已完成的成果、源代码和全部数据，并配合甲方完成平台交接，不得以任何理由扣留。
H:第十四条 不可抗力
P:14.1 因地震、洪水等不可抗力致使合同不能履行的，受影响一方应及时通知对方并在十日内提供证明，双方可据此协商延期履行或解除合同，互不承担违约责任。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 合同履行中的通知应以书面形式送达本合同首部载明的地址。未尽事宜由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:16.2 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：泸江市林业局　　　　乙方（盖章）：泸江云杉信息技术有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HF-GZ-2026-018
P:甲方：佛山市顺德区恒丰杯垫制品厂
P:乙方：广州智控自动化工程有限公司
P:甲方现有硅胶杯垫、软木杯垫生产线共八条，控制系统老化，故障频发，换型调整耗时较长。为提高设备稳定性和生产效率，甲方委托乙方对上述生产线的控制系统进行改造，提供设备、软件及安装调试服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责八条生产线的控制系统改造，包括拆除旧控制柜、更换PLC控制柜和触摸屏、更换伺服驱动及电机、加装视觉检测单元和数据采集网关，并部署产线控制与数据采集软件。
P:1.2 改造后各生产线应实现配方一键切换、工艺参数集中管理、产量与不良品自动统计、设备状态实时显示，并可向甲方现有ERP系统推送生产日报。
P:1.3 改造须分批进行，每批不超过两条生产线，不得影响其余生产线的正常生产。具体停线时间由甲方生产部门安排，乙方应在停线期间连续作业，尽量缩短停线时间。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含设备、软件、运输、安装调试、培训及税费。价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含控制器、I/O模块、低压电器）|8套|68,000|544,000
TB:2|触摸屏人机界面（HMI）|8台|9,500|76,000
TB:3|伺服驱动器及伺服电机|32套|8,200|262,400
TB:4|视觉检测单元（工业相机、光源、检测软件）|4套|46,500|186,000
TB:5|产线数据采集网关|8台|7,200|57,600
TB:6|产线控制与数据采集软件许可（永久）|1套|342,000|342,000
TB:|设备及软件小计|||1,468,000
TB:7|安装调试（含拆旧、布线、程序编写）|1项|186,000|186,000
TB:8|操作与维护培训|1项|26,000|26,000
TB:|合同总价|||1,680,000
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，计¥336,000。
P:3.2 全部设备到货并完成安装后十个工作日内，甲方支付合同总价的45%，计¥756,000。到货签收和安装完成不代表验收合格。
P:3.3 八条生产线全部通过最终验收后十个工作日内，甲方支付合同总价的35%，计¥588,000。
P:3.4 乙方收款前应开具税率为13%的增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后四十五日内将首批设备运抵甲方厂区，全部改造工作应在合同签订后一百日内完成。
P:4.2 乙方应提前五日提交每批改造的施工方案和停线计划，经甲方确认后实施。施工期间乙方应遵守甲方厂区安全管理制度，做好防火、防触电措施。
P:4.3 乙方应派驻项目经理一名、电气工程师和软件工程师各不少于两名，现场施工人员须持有有效的电工作业证。乙方人员在甲方厂区发生的人身伤害由乙方负责处理。
P:4.4 乙方应对甲方的设备操作人员、维修电工和生产主管分别进行培训，内容包括触摸屏操作、配方管理、常见报警处理、伺服参数备份和视觉检测标定，培训后应进行考核。
H:第五条 验收
P:5.1 每条生产线改造完成后，应连续运行七十二小时无停机故障，方可提请验收。
P:5.2 验收标准：配方切换时间不超过十分钟；单线生产节拍较改造前提升不低于8%；视觉检测漏检率低于0.5%；生产数据采集完整，与人工盘点数量偏差不超过0.2%；生产日报按时推送至ERP系统。
P:5.3 八条生产线全部达标后，双方签署最终验收报告。未达标的，乙方应在十日内整改并承担费用。甲方在验收前使用改造后的生产线组织生产，不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备质量或安装原因出现的故障，乙方负责免费维修或更换。
P:6.2 质保期内，乙方接到甲方故障通知后，应及时安排技术人员处理，尽快恢复生产。乙方在工作日提供电话和远程技术支持，并每季度对改造后的控制系统进行一次巡检，出具巡检报告。
P:6.3 质保期满后，甲方如需乙方继续提供维保服务，年度维保费按设备及软件小计的9%计取，即每年¥132,120，该费用在质保期满后三年内固定不变。维保服务须另行签订合同，不自动续约。
P:6.4 乙方应在最终验收时向甲方移交备品备件清单、电气图纸和程序备份，并推荐合理的备件储备数量。
H:第七条 知识产权
P:7.1 产线控制与数据采集软件的著作权归乙方所有，乙方授予甲方在本厂区永久使用的许可。
P:7.2 乙方为本项目编写的PLC程序、HMI画面、配方管理程序及ERP接口程序，其知识产权归甲方所有。乙方应在验收时交付全部源程序和注释文档，甲方有权自行或委托他人修改和使用。
H:第八条 数据安全
P:8.1 生产工艺参数、配方、产量和质量数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或提供给任何第三方。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方提供的专用通道接入，并留存操作记录。数据采集网关应关闭与外网的直接连接。
P:8.3 因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应立即通知甲方，采取补救措施，并赔偿由此造成的全部损失。
P:8.4 项目结束后，乙方应删除其工程师电脑中保存的甲方程序备份和生产数据，并向甲方出具书面确认。
H:第九条 保密
P:9.1 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，特别是甲方的产品配方、客户信息和生产工艺，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。
H:第十条 分包
P:10.1 乙方可将电气布线、控制柜安装等现场施工工作分包给具有相应资质的单位，但应在分包单位进场前书面告知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的10%。
P:11.2 因乙方施工原因造成甲方停产损失或设备损坏的，乙方应予赔偿。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，或逾期超过四十五日，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 合同解除后，乙方应配合甲方恢复生产线的正常运行，并移交已完成部分的程序、图纸和设备资料，已安装的设备经甲方确认可用的按实际价值结算。
H:第十三条 不可抗力
P:13.1 因不可抗力导致不能按期履行的，受影响一方应在事件发生后五日内通知对方并提供证明，履行期限相应顺延。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议。乙方提供的设备须为原厂全新正品，并随货提供合格证、说明书和装箱清单。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：施工方案、设备技术参数表。
P:甲方（盖章）：佛山市顺德区恒丰杯垫制品厂　　乙方（盖章）：广州智控自动化工程有限公司
"""

Z03 = """约课及会员管理系统订阅与实施服务合同

合同编号：QY-IT-2026-009
甲方：上海清音双簧管艺术培训有限公司
乙方：杭州约课宝网络科技有限公司

甲方在上海、苏州、杭州等地经营双簧管培训门店共四十家，需要统一的线上约课、会员、课消和教室排期系统。乙方向甲方提供其约课及会员管理云服务（以下简称“云服务”）的订阅，并完成实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方在两个服务年度内向甲方四十家门店提供云服务，包括学员预约、课程排期、教室与乐器借用管理、会员卡与课时包、课消统计、教师课酬核算、家长端小程序和总部经营报表。
2. 第一个服务年度自上线验收合格之日起算，满一年为第二个服务年度的开始。
3. 每家门店不限前台账号数量，教师端和家长端账号按实际使用开通。
（二）实施服务
1. 乙方负责将甲方现有约课表格、会员档案、剩余课时和储值余额迁移至云服务，并逐店核对。
2. 乙方完成系统参数配置、课程体系和收费标准设置，并将家长端小程序与甲方已有的微信服务号和支付商户号对接。
3. 乙方对甲方总部运营人员、门店店长和前台人员进行培训，每家门店至少一名人员通过操作考核。

二、费用及支付
（一）合同总价为人民币捌拾捌万贰仟元整（¥882,000），构成如下：
1. 订阅费：每家门店每个服务年度¥9,600，四十家门店每年¥384,000，两个服务年度合计¥768,000；
2. 实施费：¥96,000；
3. 培训费：¥18,000。
（二）实施费和培训费在上线验收合格后十五个工作日内一次性支付。
（三）订阅费按季度支付，每季度¥96,000，甲方在每季度服务期结束后十五个工作日内凭乙方发票支付。
（四）服务期内增加门店的，按每店每年¥9,600按实际服务月份折算计费。

三、实施与上线验收
（一）乙方应在合同签订后六十日内完成数据迁移、配置和对接，具备上线条件。
（二）上线验收标准：
1. 会员档案、剩余课时和储值余额迁移准确率达到99.98%以上，差异逐条说明并经门店确认；
2. 约课、签到、课消、退费、课酬核算全流程在全部门店测试通过；
3. 家长端小程序在线支付、预约提醒正常，三百人并发预约时页面响应不超过两秒；
4. 总部报表数据与门店流水核对一致；
5. 教师课酬核算结果与甲方财务部门按原方式核算的结果一致，抽查不少于两个月的数据。
（三）全部标准达到后，双方签署上线验收单。甲方门店在验收前开始试用系统，不视为验收合格。

（四）乙方应指定一名实施项目经理和一名客户成功经理，负责实施计划、门店培训和上线后的日常对接。项目经理应每周向甲方提交实施进度报告，列明已完成门店、遗留问题和下周计划。
（五）甲方应提供门店名单、课程和收费标准、历史数据导出文件及微信服务号、支付商户号的配置权限，并指定总部联系人配合测试。

四、服务水平
（一）云服务月度可用率不低于99.5%，计划维护应安排在每日二十三时至次日六时之间，并提前两天通知甲方。
（二）故障分级与响应：
1. 一级故障（系统整体无法登录、无法约课或无法支付）：乙方应在一小时内响应，六小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：两小时内响应，一个工作日内解决；
3. 三级问题（咨询或一般缺陷）：一个工作日内答复。
（三）月度可用率低于承诺值的，当季订阅费按以下比例扣减：可用率低于99.5%但不低于99%的，扣减5%；低于99%的，扣减10%。一级故障恢复超时的，每超时一小时扣减¥500。

（四）乙方应提供工作日九时至二十一时的在线客服和电话支持，周末及法定节假日保留值班人员处理一级、二级故障。
（五）乙方每月五日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长、工单统计和版本更新说明。云服务版本更新涉及门店操作变化的，乙方应提前一周通知并提供更新说明。

五、数据安全与数据权属
（一）甲方及学员、家长的个人信息、会员数据、课程和交易数据均属于甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他任何目的，也不得向第三方提供。
（二）云服务部署在中国境内的数据中心，并已通过网络安全等级保护第三级备案测评。乙方应对数据加密存储和传输，实行最小权限管理，保留访问日志不少于六个月，每日备份。
（三）发生数据泄露或可能泄露的，乙方应在两小时内通知甲方，采取补救措施，配合甲方履行向学员告知和向监管部门报告的义务，并赔偿甲方由此遭受的损失。
（四）合同终止后三十日内，乙方应以通用格式导出全部数据交付甲方，并在甲方确认后删除，出具删除证明。

六、保密
双方对履行本合同过程中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后继续有效。乙方应要求其接触甲方信息的员工签署保密承诺，并对员工违反保密义务的行为承担责任。

七、知识产权
（一）云服务平台的知识产权归乙方所有。
（二）乙方为甲方定制的课程体系模板、报表和小程序对接程序，其知识产权归甲方所有，甲方可自由使用和修改。

八、服务变更
（一）甲方新开、关闭或迁址门店的，应提前十五日书面通知乙方，乙方应在接到通知后五个工作日内完成开通、停用或信息调整，费用按第二条第（四）项结算。
（二）甲方提出新增功能需求的，双方另行评估工作量和费用，以书面补充协议确定。

九、续期
服务期满前三十日，任何一方均未书面提出不续约的，本合同自动续期一年。续期时乙方有权根据市场情况上调订阅费单价，涨幅不超过8%，并在续期前通知甲方。

十、违约责任
（一）乙方未按约定期限具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露、故意或重大过失造成的损失不受此限。
（三）甲方逾期支付订阅费的，每逾期一日按应付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的实施服务或运维服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）乙方连续两个月可用率低于99%的，甲方有权解除合同，并按实际服务期结算费用。

十三、不可抗力
因自然灾害、公共卫生事件等不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。但乙方应按其业务连续性方案尽快恢复服务，不可抗力不免除乙方的数据备份义务。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十五、其他
本合同附件包括：门店清单、云服务功能清单、实施计划。附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海清音双簧管艺术培训有限公司
乙方（盖章）：杭州约课宝网络科技有限公司
"""

Z04 = """吐峪县坎儿井保护监测系统2027年度运行维护服务合同

采购项目编号：TYSL-CS-2026-021（竞争性磋商）
采购人（甲方）：吐峪县水利局
供应商（乙方）：新疆绿洲智水科技有限公司

根据《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就吐峪县坎儿井保护监测系统（以下简称“监测系统”）2027年度运行维护服务订立本合同。

1. 服务范围
1.1 监测系统由县级监测中心平台、坎儿井暗渠水位与流量监测站五十八处、竖井口视频监控点一百二十六处、地下水位监测井十四口、太阳能供电与无线传输设备以及移动巡查应用组成。
1.2 乙方负责监测系统的日常运行监控、前端设备巡检与维修、平台软件维护、数据质量管理、安全防护和巡查人员技术支持，保障监测数据连续、准确、及时上传。
1.3 服务期为2027年1月1日至2027年12月31日。

2. 服务费用与支付
2.1 年度运行维护服务费为人民币肆拾捌万陆仟元整（¥486,000），包括人工、交通、常规备件、通信流量和税费。单个配件价值超过¥2,000的更换，由乙方报价，经甲方确认后另行结算。
2.2 服务费按季度支付，每季度¥121,500。每季度结束后，甲方按第6条组织季度考核，考核结果确认后十五个工作日内支付当季服务费（扣除考核扣减金额）。
2.3 乙方收款前应开具合规发票。

3. 服务要求
3.1 运行监控：乙方安排专人每日两次检查平台运行状态和各站点数据上传情况，发现断线、数据异常的，应当日处理或安排现场维修。
3.2 定期巡检：乙方每月对全部监测站、视频点和供电设备现场巡检一次，汛期（6月至8月）每月两次，清理传感器淤积，检查太阳能板、蓄电池和防雷接地，填写巡检记录并拍照上传。
3.3 数据管理：乙方每日核查水位、流量数据的完整性和合理性，对异常值进行标注，每月五日前提交上月数据质量报告和坎儿井出水量变化分析。
3.4 平台维护：乙方负责平台系统补丁、数据库维护和数据备份，每周全量备份一次，备份数据存放于甲方指定的存储设备。
3.5 技术支持：乙方为甲方及乡镇巡查人员提供电话和现场技术支持，每半年组织一次移动巡查应用操作培训，培训对象包括各乡镇水管员和坎儿井巡护员，乙方应做好培训签到和考核记录。
3.6 人员配置：乙方应配备项目负责人一名、驻县运维工程师不少于三名，驻县人员变更须经甲方同意。

3.7 汛期保障：每年汛期前，乙方应对全部监测站点进行一次专项检查，更换老化蓄电池和线缆，并制定汛期值守方案报甲方备案。汛期内乙方应安排人员全天值守，遇强降雨、洪水等情况时，按甲方指令加密巡查。
3.8 现场作业安全：乙方人员进入竖井口、暗渠检查段作业时，应遵守坎儿井保护相关规定，不得破坏井口、渠壁和文物本体，下井作业应至少两人同行并配备通风、照明和安全绳。乙方应为现场人员购买意外伤害保险，乙方人员作业中发生的人身伤害由乙方负责。
3.9 备品备件：乙方应在县城储备常用备件，包括水位计、流量计探头、摄像机、无线模块和蓄电池，储备数量不少于在用数量的5%，并每季度向甲方报送备件台账。

4. 服务水平
4.1 监测中心平台年度可用率不低于99.95%。前端站点月度数据上传率不低于98%。
4.2 故障分级：
（1）一级故障：平台整体中断、超过十处站点同时离线或汛期预警功能失效。乙方应在三十分钟内响应，六小时内到达现场，十二小时内恢复。
（2）二级故障：单个站点离线或视频中断。乙方应在两小时内响应，两个工作日内修复。
（3）三级问题：数据异常、功能缺陷或操作咨询，一个工作日内答复。
4.3 考核扣减：一级故障响应或恢复每超时一小时，扣减服务费¥300；平台可用率每低于承诺值0.01个百分点，扣减¥500；站点上传率每低于承诺值一个百分点，扣减¥800。季度扣减总额不超过当季服务费的20%。

5. 数据安全
5.1 监测系统产生的全部水文、视频和巡查数据属于甲方所有，乙方仅可为履行本合同使用，不得向任何单位或个人提供，不得用于其他用途。
5.2 乙方应按照网络安全等级保护第二级要求开展运维，远程运维须通过甲方堡垒机接入，运维账号实名管理，操作全程审计，禁止使用移动存储介质拷贝数据。
5.3 发生网络攻击、数据丢失或数据被非法获取等安全事件的，乙方应在一小时内报告甲方，立即采取处置措施，并在三日内提交事件分析报告。因乙方原因造成的损失由乙方承担赔偿责任。
5.4 乙方应每季度对平台和前端设备开展一次安全检查，及时修补系统漏洞，修改默认口令，并将检查结果纳入季度服务报告。服务期满或合同解除时，乙方应删除其持有的全部监测数据副本，并书面确认。

6. 考核与验收
6.1 甲方按季度对乙方服务进行考核，考核内容包括：巡检完成率（应达到全部计划巡检任务）、数据上传率、故障处理时效、数据质量报告提交情况和巡查人员满意度。
6.2 服务期满后，甲方组织年度验收。验收标准为：年度巡检记录完整；平台可用率和上传率达到第4.1条要求；全年无因乙方原因导致的数据丢失；运维文档、设备台账和备份数据完整移交。年度验收合格的，甲方出具验收意见书。
6.3 季度考核不合格的，乙方应在十日内整改并提交整改报告，整改结果经甲方复核确认。
6.4 甲方可委托第三方机构对监测数据准确性进行抽查，乙方应予配合。抽查发现数据失真的，乙方应查明原因并重新校准相关设备。

7. 知识产权
乙方在服务过程中编写的运维手册、巡检记录、数据分析报告、运维脚本和设备台账，其权利归甲方所有，乙方应随季度考核一并移交。

8. 违约处理
8.1 乙方未按本合同要求提供服务的，甲方有权要求乙方限期整改，并按第4.3条扣减服务费。
8.2 乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，按实际服务期结算费用，并可另行选定运维单位。

8.3 因乙方违规操作造成监测设备损坏或坎儿井本体受损的，乙方应负责修复或赔偿。

9. 甲方义务
9.1 甲方应向乙方提供监测系统竣工资料、设备台账、账号权限和必要的办公场所，协调乡镇和村委会配合乙方进场巡检。
9.2 甲方应指定专人负责日常联络，对乙方提交的报告和考核资料在十个工作日内予以确认。

10. 分包
乙方不得将本合同项下服务转包或分包给其他单位。

11. 服务交接
合同终止或服务期满后，乙方应在十五日内向甲方或甲方指定的运维单位完成交接，移交全部账号、密码、配置文件、备件和技术资料，并配合完成交接期内的故障处理。

12. 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

13. 其他
13.1 竞争性磋商文件、响应文件、成交通知书是本合同的组成部分。
13.2 本合同一式五份，甲方三份，乙方二份，自双方签章之日起生效。

甲方（盖章）：吐峪县水利局
乙方（盖章）：新疆绿洲智水科技有限公司
签订日期：2026年12月　日
"""

Z05 = """# 软件许可及定制开发合同

> 纸艺云标准软件许可及开发合同 V2.3（乙方模板）

合同编号：ZYY-XK-2026-0617

甲方（买方）：南京卷纸坊衍纸艺术工作室

乙方（卖方）：苏州纸艺云软件有限公司

鉴于甲方从事衍纸作品设计、定制和教学，需要对订单和作品制作工序进行跟踪管理；乙方为“纸艺云工序跟踪系统”的开发者和著作权人。双方经协商，就软件许可及定制开发事项达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供纸艺云工序跟踪系统标准版软件许可（永久许可，二十个并发用户），并根据甲方需求进行定制开发和实施。

1.2 标准版功能包括：订单登记、设计稿管理、纸条裁切与配色领料、卷纸、塑形、拼贴、装裱等工序报工、工时统计、成品入库、发货跟踪以及工序异常和返工记录统计。

1.3 定制开发内容包括：定制订单客户确认小程序、按作品尺寸和复杂度的工时估算模型、教学课程学员作品跟踪模块、与甲方网店后台的订单同步接口。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 纸艺云工序跟踪系统标准版软件许可（永久，二十并发） | 286,000 |
| 2 | 定制开发（小程序、工时估算模型、学员作品模块、网店接口） | 84,000 |
| 3 | 部署实施及培训 | 22,000 |
| | 合计 | 392,000 |

2.1 合同总价为人民币叁拾玖万贰仟元整（¥392,000），含税。

2.2 上述价格不含甲方服务器、操作系统、数据库及网络设备费用，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，计¥254,800。乙方收到该款项后开始实施。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，计¥137,200。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方有权暂停实施和技术支持。

3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税普通发票。甲方需要增值税专用发票的，应在付款前提供开票信息。

## 第四条 实施与交付

4.1 乙方在收到首期款后九十日内完成部署、定制开发和上线。因甲方需求变更、数据提供延迟或配合不及时导致的延误，工期相应顺延。

4.2 甲方应指定项目联系人，提供订单样例、工序流程、历史数据和网店后台接口权限，并在乙方提交需求确认书后三个工作日内签字确认。

4.3 需求确认书签署后，甲方提出的新增或变更需求，乙方另行报价。

4.4 乙方协助甲方将近两年的订单、客户和作品资料导入系统，导入模板由乙方提供，甲方负责按模板整理数据并对数据的准确性负责。

4.5 乙方为甲方提供两次远程培训和一次现场培训，培训对象为甲方的管理人员、设计师和制作人员，每次培训时长不超过半天。超出部分按第6.5款另行收费。

4.6 甲方应按乙方提供的配置清单准备服务器和网络环境。因甲方环境不符合要求导致系统无法部署或运行异常的，乙方不承担责任。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后对系统提出的问题，由乙方在维护期内统一处理，不影响验收结论和付款。

## 第六条 维护与支持

6.1 乙方自系统上线之日起提供六个月免费维护，内容包括缺陷修复、远程技术支持和标准版小版本升级。

6.2 维护期内，乙方在工作日九时至十八时提供电话、微信和远程支持。一级故障（系统无法登录或无法报工）乙方在八小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。

6.3 乙方将尽力按上述时限处理故障，但未能按时响应或解决的，乙方不承担扣款、赔偿或违约金。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费为软件许可费的25%，即每年¥71,500。未签订维护协议的，乙方不再提供升级和技术支持。

6.5 现场服务按每人每日¥1,800另行收费，差旅费由甲方承担。

6.6 标准版大版本升级不属于免费维护范围，甲方需要升级的，按乙方届时报价另行签订协议。

## 第七条 知识产权

7.1 纸艺云工序跟踪系统的著作权及相关知识产权归乙方所有。

7.2 乙方根据本合同为甲方定制开发的小程序、工时估算模型、学员作品模块、接口程序及相关文档，其知识产权归乙方所有。乙方授予甲方在本工作室内部非独占、不可转让的使用权，甲方不得修改、反编译或提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入的订单、客户、作品和工时数据归甲方所有。

8.2 乙方采取合理的技术措施保护系统中的数据，包括账号权限控制、数据库加密和操作日志。乙方发现数据泄露的，应及时通知甲方并协助处理；因乙方原因造成数据泄露的，乙方承担相应责任。

8.3 甲方同意，乙方可以将系统运行中产生的数据经脱敏、汇总处理后，用于产品改进、工时估算模型训练和行业分析，该等处理后的数据及成果归乙方所有。

8.4 甲方应自行做好服务器的日常备份。因甲方未备份导致的数据丢失，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业信息、技术资料和客户信息承担保密义务，未经对方书面同意不得向第三方披露，但依法律规定或有关部门要求披露的除外。本条在合同终止后两年内有效。双方应要求各自员工遵守本条约定。

## 第十条 违约责任

10.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

10.3 因甲方使用不当、擅自修改系统、网络中断或第三方软硬件原因导致的故障，乙方不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方已支付的软件许可费不予退还，但因乙方原因导致合同解除的除外。

## 第十二条 不可抗力

12.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并根据影响程度部分或全部免除责任。不可抗力包括自然灾害、政府行为、网络运营商故障、大规模网络攻击等不能预见、不能避免且不能克服的客观情况。

12.2 不可抗力影响持续超过六十日的，任何一方可书面通知对方终止合同，已履行部分按实际完成情况结算。

## 第十三条 争议解决

13.1 因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。

14.2 甲方需增加并发用户数的，每增加一个并发用户，一次性支付许可费¥8,600。甲方不得将软件安装于本工作室以外的场所，也不得供其关联方使用。

14.3 乙方官网公布的《纸艺云软件许可使用条款》为本合同附件，与本合同不一致的，以本合同为准。

甲方（盖章）：南京卷纸坊衍纸艺术工作室　　　　乙方（盖章）：苏州纸艺云软件有限公司
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. JH-WMS-2026-041
P:This Agreement is made between Jiaxing Hengtai Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Customer"), and Kaczawa Logistics Software Sp. z o.o., a limited liability company registered in Poland with its registered office in Legnica (the "Supplier").
P:The Customer operates three temperature-controlled warehouses and wishes to replace its warehouse management system. The Supplier develops the KLS Warehouse Suite. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the KLS Warehouse Suite, version 9, in object code, with its standard documentation, including the inbound, putaway, replenishment, picking, cold-chain temperature log, dock scheduling and billing modules.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and any other work product created by the Supplier specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software at the Customer's sites, including stock records, temperature records, customer and consignee information and personal information of drivers and staff.
P:1.4 "Go-Live" means the day the Software is first used in production at all three warehouses.
H:Article 2 Scope
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Customer's own servers in mainland China for up to 260 named users and 180 handheld terminals, for the business of the Customer and its subsidiaries.
P:2.2 The Supplier shall configure and implement the Software, build interfaces to the Customer's ERP system, its transport management system and the temperature sensors in the cold rooms, migrate the open stock and master data from the legacy system, and train the Customer's key users and administrators.
P:2.3 The Supplier shall provide a named project manager who speaks English. Key personnel may be replaced only with the Customer's prior consent, which shall not be unreasonably withheld.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,856,000, fixed and inclusive of all taxes, duties and travel expenses, made up as follows: Software licence fee CNY 1,260,000; implementation and interfaces CNY 418,000; data migration CNY 132,000; training CNY 46,000.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 185,600) within 20 days after signature of this Agreement and receipt of an invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 1,020,800) within 20 days after Go-Live at all three warehouses and receipt of an invoice. Go-Live is not acceptance.
P:4.3 The Customer shall pay the balance of 35% of the Contract Price (CNY 649,600) within 20 days after signature of the Final Acceptance Certificate under Article 6.
P:4.4 Payments shall be made in CNY by bank transfer to the account named in the invoice. Each party bears its own bank charges.
H:Article 5 Timetable and Delay
P:5.1 The Supplier shall deliver the Software and complete the configuration, interfaces and migration so that Go-Live can take place within 150 days after signature, in accordance with the project plan attached as Annex 2.
P:5.2 If Go-Live or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:5.3 Delays caused by the Customer, including late provision of data, servers or access, extend the timetable accordingly.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for 45 consecutive days. Final Acceptance requires that: (a) all functions listed in Annex 1 pass the agreed test scripts; (b) stock quantities in the Software match a full physical count of each warehouse within a variance of 0.1%; (c) temperature records are received from every sensor at least once per minute and alarms reach the duty officer within one minute; (d) each interface runs without data loss for 20 consecutive working days; and (e) no Severity 1 incident occurs in the last 20 days of the period.
P:6.2 When the criteria are met, the Customer shall sign the Final Acceptance Certificate within 10 days. If any criterion is not met, the Supplier shall correct the defect at its own cost and the test period shall be repeated for the affected part.
P:6.3 Use of the Software in production, payment of any instalment or signature of delivery notes shall not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for a warranty period of 18 months from the date of Final Acceptance. During the warranty period the Supplier shall correct defects, provide new releases of the Software, and provide remote support free of charge.
P:7.2 Support is provided from Legnica by remote session and from the Supplier's partner office in Shanghai. For Severity 1 incidents (warehouse operations stopped, or temperature alarms not working) the Supplier shall respond within 1 hour at any time of day and provide a workaround within 8 hours. Severity 2 incidents shall be answered within 2 hours during business hours in China and resolved within 3 business days.
P:7.3 For each full hour by which the Supplier exceeds the Severity 1 response or workaround time, the Supplier shall credit the Customer CNY 1,000 against the next amount due, or pay it if no amount is due.
P:7.4 After the warranty period the Customer may order annual support from the Supplier. The annual support fee shall be 11% of the Software licence fee, that is CNY 138,600 per year, and shall not be increased for the first three years after the warranty period. Each year of support shall be ordered by a separate purchase order; support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Supplier retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:8.2 All intellectual property rights in the Custom Deliverables shall vest in the Customer upon creation. The Supplier shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them to third parties without further payment.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only as necessary to perform this Agreement and shall not use it for any other purpose.
P:9.2 Customer Data shall remain on the Customer's servers in mainland China. The Supplier's staff may access the production environment only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT department, and all sessions shall be logged. The Supplier shall not copy Customer Data to any system outside the Customer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Supplier shall notify the Customer within 8 hours after becoming aware of any unauthorised access to, or loss of, Customer Data caused through its staff or tools, shall take all necessary remedial measures, and shall be responsible for the losses of the Customer resulting from its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for the purposes of this Agreement. This obligation continues for five years after termination.
H:Article 11 Limitation of Liability
P:11.1 The total liability of either party under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, or breach of Article 9 or Article 10.
P:11.2 Neither party shall be liable for loss of profit or other indirect loss, except in the cases excluded from the limit in Article 11.1.
H:Article 12 Subcontracting
P:12.1 No part of the services may be subcontracted unless the Customer has first approved it in writing. The Supplier's partner office in Shanghai named in Annex 3 is approved by signature of this Agreement. The Supplier remains responsible for the work of any subcontractor.
H:Article 13 Termination
P:13.1 If the Supplier is in material breach and the breach is still not cured 20 days after the Customer's written notice, or once the liquidated damages under Article 5.2 have reached their ceiling, the Customer may end this Agreement by written notice.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for the parts of the work that the Customer cannot use, and shall hand over all Custom Deliverables completed so far. The licence under Article 2.1 survives if the licence fee has been paid.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Poland.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be resolved by the common court having jurisdiction over the registered office of the Supplier in Legnica, Poland.
H:Article 16 General
P:16.1 This Agreement is made in English. The Annexes form part of it: Annex 1 Functional Specification; Annex 2 Project Plan; Annex 3 Approved Subcontractor.
P:16.2 This Agreement enters into force on signature by both parties.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

E02 = """# Order Form No. PCS-CN-2026-118

**Parsęta Cloud Systems Sp. z o.o. — FieldOps Subscription**

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Provider and the Customer named below. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Parsęta Cloud Systems Sp. z o.o., a company registered in Poland with its registered office in Koszalin, Poland.
- **Customer:** Suzhou Anjia Elevator Maintenance Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province.

### A2. Subscription

- **Service:** FieldOps, the Provider's cloud platform for scheduling and tracking field maintenance work, including work orders, technician dispatch, mobile inspection checklists, spare-parts consumption, customer sign-off and management dashboards.
- **Users:** 180 named technician and dispatcher users. Customer may add users at any time at the unit fee in A3, prorated to the end of the current Subscription Year.
- **Subscription Term:** 24 months from the Subscription Start Date, divided into two Subscription Years.
- **Subscription Start Date:** the date of Go-Live Acceptance under A5.
- **Hosting:** the production environment and all backups are hosted in mainland China, in the Shanghai region of the Provider's hosting partner named in the Provider's sub-processor list.
- **Renewal:** the Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit fee (CNY) | Amount (CNY) |
|---|---|---|---|
| FieldOps subscription, Subscription Year 1 | 180 users | 1,450 per user per year | 261,000 |
| FieldOps subscription, Subscription Year 2 | 180 users | 1,450 per user per year | 261,000 |
| Onboarding: configuration, data import, integration with Customer's ERP, training | 1 | 36,000 | 36,000 |
| **Total fees for the Subscription Term** | | | **558,000** |

All fees are in CNY and include VAT. Unit fees are fixed for the Subscription Term.

### A4. Invoicing and Payment

- The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice.
- Subscription fees are invoiced quarterly in advance, CNY 65,250 per quarter, from the Subscription Start Date, and are payable within 30 days of each invoice.
- No other amount is payable before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

- The Provider shall complete onboarding within 60 days after signature of this Order Form.
- Go-Live Acceptance tests: (a) all 180 users can log in with single sign-on from the Customer's directory; (b) work orders created in the Customer's ERP appear in FieldOps within two minutes, and completed work orders with spare-parts consumption flow back without loss during a reconciliation run of ten working days; (c) the mobile app works offline in lift shafts and synchronises without data loss when the connection returns; (d) 300 concurrent users can work with page response under three seconds.
- When all tests are passed, the Customer signs a Go-Live Acceptance certificate within five working days. Use of FieldOps during the tests is not acceptance.
- If Go-Live Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay.

### A6. Signatures

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that the Customer or its users enter into or generate in the Service, including work orders, equipment records, inspection results, photographs, customer sign-offs and personal information of the Customer's staff and its customers' contacts.

1.2 "Customer Configurations" means the workflows, checklist templates, report templates and integration scripts created for the Customer during onboarding or later at its request.

1.3 "Subscription Year" means each one-year period of the Subscription Term starting on the Subscription Start Date or its anniversary.

### 2. The Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with the documentation and these General Terms.

2.2 The Provider may improve the Service from time to time but shall not materially reduce its functions during the Subscription Term.

### 3. Service Levels

3.1 The Service shall be available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 23:00 and 05:00 Beijing time.

3.2 Incident response: Priority 1 (Service unavailable or work orders cannot be dispatched) — response within 30 minutes, at any time; Priority 2 (a major function impaired) — response within 2 hours; Priority 3 — response within one business day.

3.3 If monthly availability is below the commitment in 3.1, the Customer receives a service credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to 50% of the monthly fee. A Priority 1 response later than the commitment in 3.2 gives a credit of CNY 300 per hour of delay. Credits are deducted from the next invoice.

3.4 The Provider shall send a monthly service report with availability, incidents and response times.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose, and shall not use it for analytics, benchmarking or product development.

4.2 Within 30 days after the end of the Agreement, the Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 5. Data Security

5.1 The Provider shall maintain security measures appropriate to the risk, including encryption of Customer Data in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access, daily backups kept in mainland China and annual penetration tests. The production environment holds MLPS level 3 filing.

5.2 The Provider shall not transfer Customer Data outside mainland China. Remote administration from Poland is limited to system operation and shall not include export of Customer Data.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 8 hours after becoming aware of it, shall take remedial action, shall assist the Customer with notifications required by law, and shall compensate the Customer for losses caused by the Provider's breach of this Section.

### 6. Intellectual Property

6.1 The Provider owns the Service and its underlying software.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify and license them freely, also with another service provider after the Agreement ends.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. These duties continue for three years after the Agreement ends.

### 8. Subcontractors

8.1 The Provider may engage subcontractors and sub-processors, including its hosting partner and local support partners in China, to perform any part of the Agreement. The Provider shall inform the Customer by email of any new subcontractor or sub-processor at least 14 days before it starts work, and remains responsible for their performance.

### 9. Liability

9.1 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer under the Agreement in the six months before the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss or loss of profits. The limits in this Section do not apply to death or personal injury caused by negligence, or to fraud.

### 10. Term and Termination

10.1 The Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. On termination for the Provider's breach, the Provider shall refund any prepaid subscription fees for the period after termination.

### 11. Warranties

11.1 The Provider warrants that the Service will perform materially in accordance with its documentation and that it holds all rights needed to provide the Service.

### 12. Force Majeure

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control. The Provider's disaster recovery obligations under Section 5.1 continue to apply.

### 13. Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with the Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 14. General

14.1 Notices shall be given in writing to the addresses in the Order Form. The Agreement is written in English; a Chinese translation may be made for reference.
"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. YF-EQ-2026-073
P:Buyer: Guangxi Yunfeng Paper Co., Ltd., registered in Wuzhou, Guangxi Zhuang Autonomous Region, People's Republic of China.
P:Supplier: Słupia Sensing Sp. z o.o., registered in Słupsk, Poland.
P:The Buyer operates two paper machines and a pulp line and wishes to monitor the condition of its rotating equipment. The Supplier manufactures wireless vibration and temperature sensors and condition monitoring software. This Contract is made on the Buyer's standard terms for imported equipment.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and monitoring server listed in clause 3.
P:1.2 "Software" means the Supplier's condition monitoring software, licensed under clause 9.
P:1.3 "System" means the Equipment and the Software installed and working together at the Buyer's mill.
P:1.4 "Buyer Data" means all measurements, alarms, reports, equipment records and other data collected or generated by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, configure and commission 420 wireless sensors on motors, pumps, fans, gearboxes and dryer cylinder bearings, 36 gateways and the monitoring server, and shall install the Software on the server in the Buyer's data room.
P:2.2 The Supplier shall set alarm thresholds for each measuring point, build the asset hierarchy of the mill in the Software, connect the Software to the Buyer's maintenance management system and distributed control system, and train the Buyer's staff.
P:2.3 The Supplier shall supervise installation on site with its own engineers. Mechanical mounting work may be carried out by the Buyer's maintenance staff under the Supplier's supervision.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,940,000, inclusive of VAT, customs duties, delivery to the Buyer's mill, installation, commissioning and training. The price breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|420|2,150|903,000
TB:2|Gateway with industrial enclosure|36|6,800|244,800
TB:3|Monitoring server, on-premises|1|118,000|118,000
TB:4|Condition monitoring software, perpetual licence|1|486,000|486,000
TB:|Equipment and licence subtotal|||1,751,800
TB:5|Installation supervision, configuration and commissioning|1|164,000|164,000
TB:6|Training|1|24,200|24,200
TB:|Contract Price|||1,940,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes or increases in the Supplier's costs.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 194,000) is payable within 15 working days after signature of this Contract and receipt of an advance payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 1,067,000) is payable within 15 working days after delivery and installation of all Equipment, confirmed by a delivery and installation note. The note confirms quantities only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 679,000) is payable within 15 working days after signature of the Final Acceptance Certificate under clause 6.
P:4.4 The Supplier shall issue a VAT invoice for each payment.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment to the Buyer's mill within 75 days after signature, and complete installation and commissioning within 120 days after signature, during the planned machine shutdowns notified by the Buyer.
P:5.2 The Equipment shall be new, packed for sea and road transport, and shipped with packing lists, certificates of origin, test reports for each sensor and the documents needed for customs clearance in China. Risk passes to the Buyer on delivery at the mill.
P:5.3 The Supplier shall train ten maintenance engineers and four reliability analysts on installation, alarm handling, spectrum analysis and battery replacement, and shall provide training materials in Chinese.
P:5.4 If the Supplier fails to meet a date in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 30 days. Final acceptance requires that: (a) every sensor transmits data at the configured interval with fewer than 0.5% lost readings; (b) vibration readings of 20 sample points agree with the Buyer's calibrated portable analyser within 5%; (c) alarms appear in the Software and in the maintenance management system within one minute; (d) the battery status of every sensor is reported; and (e) no Priority 1 incident occurs in the last 15 days of the trial period.
P:6.2 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 days. If not, the Supplier shall correct the defects at its own cost and repeat the relevant tests.
P:6.3 Use of the System during the trial period, payment or signature of the delivery and installation note shall not be deemed acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective Equipment, correct Software defects and provide Software updates free of charge, including the cost of shipping replacement parts.
P:7.2 Priority 1 incidents (server or Software down, or more than one gateway offline) shall be responded to within 1 hour by telephone or remote session and restored within 8 hours; if restoration requires a site visit, the Supplier's service partner shall be on site within two working days. Priority 2 incidents shall be responded to within one working day.
P:7.3 For each hour by which the Supplier exceeds the Priority 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, deducted from any amount due or paid on demand.
P:7.4 After the warranty period the Buyer may order annual support covering Software updates, remote support and repair of Equipment. The annual support fee is 7% of the equipment and licence subtotal, that is CNY 122,626 per year, and is fixed for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep spare parts for the Equipment available for at least seven years after Final Acceptance.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Software runs on the Buyer's server in the Buyer's network. The Supplier's remote access requires the Buyer's approval for each session, is made through the Buyer's VPN and is recorded. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:8.3 The Supplier shall ensure that the Equipment and Software have no hidden remote access functions, shall inform the Buyer of security vulnerabilities and provide patches promptly, and shall notify the Buyer within 8 hours of any security incident affecting the System or Buyer Data. The Supplier is liable for losses caused by a security incident due to its breach of this clause.
H:9. Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at the Buyer's mill for any number of measuring points connected to the System.
P:9.2 The asset hierarchy, alarm settings, interface programs, reports and documentation made for the Buyer under this Contract belong to the Buyer, and the Buyer may use, modify and license them freely. The Supplier shall deliver the interface source code at Final Acceptance.
H:10. Confidentiality
P:10.1 Technical and commercial information that one party receives from the other under this Contract, above all the Buyer's production figures and process know-how, is confidential. The receiving party may use it only for this Contract and may pass it on to a third party only with the disclosing party's written approval. This duty lasts until five years after the Contract ends.
H:11. Liability
P:11.1 All claims against the Supplier under or in connection with this Contract are together capped at an amount equal to two times the Contract Price. Claims for personal injury, for wilful misconduct and for breach of clause 8 or clause 10 are outside the cap.
H:12. Subcontracting
P:12.1 Any subcontract for part of the supply or the services needs the Buyer's written approval in advance. An approved subcontractor works under the Supplier's full responsibility.
H:13. Termination
P:13.1 Where the Supplier is in material breach and has not cured the breach within 15 days of the Buyer's written demand, or where the liquidated damages under clause 5.4 have reached their ceiling, the Buyer is entitled to end this Contract by written notice.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the payments received for work that the Buyer cannot use.
H:14. Force Majeure
P:14.1 A party affected by force majeure shall notify the other party promptly and provide evidence. Time for performance is extended by the duration of the event. If the event lasts more than 60 days, either party may terminate the Contract for the part not yet performed.
H:15. Governing Law and Disputes
P:15.1 The laws of the People's Republic of China apply to this Contract.
P:15.2 Any dispute that the parties cannot settle by negotiation goes to arbitration before the Wuzhou Arbitration Commission, seated in Wuzhou.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese; both versions have equal effect. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. RD-MSA-2026-05**

This Managed IT Services Agreement (the "Agreement") is made between:

- **Changzhou Ruida Precision Bearing Co., Ltd.**, a company incorporated in the People's Republic of China, registered office in Changzhou, Jiangsu Province (the "Customer"); and
- **Wisła Managed IT Sp. z o.o.**, a company registered in Poland, registered office in Włocławek, Poland (the "Provider").

The Customer wishes to outsource the operation of its IT infrastructure and user support at its plant and offices. The Provider operates a network operations centre in Włocławek and works in China with the local field partner named in Schedule 1. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Term" means 36 months from the Service Commencement Date.

1.3 "Service Commencement Date" means the date stated in the Transition Acceptance certificate under Section 3.

1.4 "Customer Data" means all data of the Customer, its staff and its customers that the Provider or its personnel access, receive or handle in performing the Services, including production, quality, financial and personnel data.

1.5 "Monthly Service Charge" means the charge stated in Schedule 3.

## 2. Services

2.1 The Provider shall provide the Services from the Service Commencement Date for the Term, in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Provider shall assign a service delivery manager who speaks English and Chinese and who attends a monthly service review with the Customer's IT manager.

2.3 The Provider shall keep the configuration management database, network diagrams and operating procedures of the Customer's environment up to date and available to the Customer at all times.

## 3. Transition

3.1 Within 60 days after signature, the Provider shall take over the Services from the Customer's internal IT team and its current service providers, following the transition plan agreed at signature.

3.2 Transition Acceptance requires that: (a) all servers, network devices and endpoints in the inventory are monitored by the Provider's tools; (b) every item in the configuration management database has been verified on site; (c) runbooks for all critical systems have been written and approved by the Customer; (d) the service desk has handled live tickets for ten working days in shadow mode within the response times in Schedule 2; and (e) a failover test of the plant's core network has been passed.

3.3 When the criteria are met, the Customer shall sign a Transition Acceptance certificate within five working days. The Service Commencement Date is stated in that certificate.

3.4 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,550,000, consisting of the Transition Charge of CNY 84,000 and 36 Monthly Service Charges of CNY 68,500 each.

4.2 The Transition Charge is invoiced after Transition Acceptance. Monthly Service Charges are invoiced monthly in arrears, less any service credits earned in the month. Invoices are payable within 30 days.

4.3 The charges are fixed for the Term. Changes in the number of users or devices by more than five per cent are priced by change order at the unit rates in Schedule 3.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2. Service credits for failures are calculated under Schedule 3 and deducted from the next invoice.

5.2 Service credits are a price adjustment for reduced service and do not limit the Customer's right to claim damages for losses caused by the Provider's breach.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and for no other purpose, and shall not sell, license or otherwise make Customer Data available to any third party.

6.2 At the end of the Term the Provider shall hand over all Customer Data and documentation in its possession to the Customer or to a new provider nominated by the Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including drawings, process parameters, prices and customer lists, and shall not disclose it to any third party without prior written consent. Each party shall ensure that its staff and approved subcontractors are bound by the same duty.

7.2 These duties continue for five years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Provider keeps ownership of its monitoring tools and general know-how.

8.2 Runbooks, scripts, configuration documents, network diagrams and reports created for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a future provider.

## 9. Personnel and Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The local field partner named in Schedule 1 is approved by signature of this Agreement. The Provider is responsible for its subcontractors as for itself.

9.2 Personnel working on site shall follow the Customer's plant safety rules.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term. The limit does not apply to personal injury, wilful misconduct or breach of Section 7.

10.2 Neither party is liable for indirect loss or loss of profits.

## 11. Term and Termination

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; the parties may agree in writing on an extension at least three months before the end of the Term.

11.2 This Agreement may not be terminated before the end of the Term, except by written agreement of both parties or by either party if the other party becomes insolvent or ceases business. Failures in the performance of the Services shall be remedied through service credits, corrective action plans and damages under this Agreement, and do not entitle either party to terminate.

11.3 At the end of the Term the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days at the unit rates in Schedule 3.

## 12. Force Majeure

12.1 Neither party is liable for failures caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to restore performance.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for 620 users | Monday to Saturday, 07:00–22:00 Beijing time |
| Network operations | Monitoring and management of 2 core switches, 48 access switches, 6 firewalls, 96 wireless access points and the plant's industrial network | Round the clock |
| Server and storage operations | 58 virtual and 14 physical servers, storage arrays, backup jobs and restore tests | Round the clock |
| Endpoint management | Patching, software distribution and asset records for 640 PCs and 180 shop-floor terminals | Business hours |
| Field support | On-site engineers from the local field partner, Changzhou Xinlian IT Services Co., Ltd. | Two engineers on site each working day |
| Reporting | Monthly service report and service review | Monthly |

## Schedule 2 — Service Levels

| Measure | Target |
|---|---|
| Availability of the core network and critical servers, per month | 99.95% |
| Priority 1 (plant production or ERP stopped): response | 15 minutes |
| Priority 1: restoration | 6 hours |
| Priority 2 (a department or site impaired): response | 1 hour |
| Priority 2: restoration | 1 business day |
| Priority 3 (single user): response | 2 business hours |
| Backup restore test success, per quarter | all scheduled tests passed |

## Schedule 3 — Charges and Service Credits

| Item | Amount (CNY) |
|---|---|
| Transition Charge, one time, after Transition Acceptance | 84,000 |
| Monthly Service Charge | 68,500 |
| Total charges for the Term (84,000 + 36 × 68,500) | 2,550,000 |
| Additional user per month | 95 |
| Additional server per month | 420 |
| Engineer day for project work | 2,600 |
| Service credit: availability below target, for each started 0.02 percentage point | 2% of the Monthly Service Charge |
| Service credit: Priority 1 response or restoration late, per started hour | 1,500 |
| Maximum service credits per month | 25% of the Monthly Service Charge |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BF-DATA-2026-012

BETWEEN

Wielkopolska Agrometeo Sp. z o.o., a company registered in Poland with its registered office in Leszno, Poland (the "Provider"); and

Harbin Beifeng Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin, Heilongjiang Province (the "Customer").

BACKGROUND

The Customer buys soybeans, maize and wheat from growers and trading partners in several countries and wishes to use weather, crop-condition and yield-forecast data in its purchasing and risk decisions. The Provider produces such data from weather models and satellite imagery and delivers it through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the weather observations and forecasts, vegetation indices, crop-condition scores and yield forecasts delivered through the API for the regions listed in Annex A.

1.2 "API" means the Provider's programming interface through which the Customer's systems request and receive Licensed Data.

1.3 "Customer Inputs" means the field boundaries, sourcing regions, crop plans, query parameters and any other information the Customer sends to the Provider.

1.4 "Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Subscription Year" means each one-year period starting on the Start Date or on its first anniversary. The Subscription Term consists of two Subscription Years.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to receive the Licensed Data through the API, store it in the Customer's systems, and use it for the internal business of the Customer and its subsidiaries in mainland China.

2.2 The Customer may share reports and charts that contain Licensed Data with its banks, insurers and auditors, but shall not resell the Licensed Data as such.

2.3 The Customer may keep and continue to use Licensed Data received during the Subscription Term after the Subscription Term ends, for internal historical analysis.

2.4 The subscription covers up to two million API calls per Subscription Year. The Provider shall warn the Customer when eighty per cent of this volume has been used.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Set-up fee for onboarding, test environment, mapping of the Customer's sourcing regions and the Custom Indicators under clause 7.2: CNY 42,000;
(b) Subscription fee for Subscription Year 1: CNY 348,000;
(c) Subscription fee for Subscription Year 2: CNY 348,000.
The total fees for the Subscription Term are CNY 738,000, inclusive of taxes. Additional API calls above the volume in clause 2.4 are charged at CNY 0.08 per call and are not included in the total.

3.2 The Provider shall invoice the set-up fee and the subscription fee for Subscription Year 1 together upon signature of this Agreement. That invoice is payable within 20 days and in any case before the Provider starts onboarding work.

3.3 The subscription fee for Subscription Year 2 is invoiced at the start of that Subscription Year and is payable within 30 days.

3.4 Fees are fixed for the Subscription Term.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 The Provider shall provide test credentials within 10 days after receipt of the payment under clause 3.2, and shall make production access available within 45 days after that payment.

4.2 Integration Acceptance requires that: (a) the API returns data for every region in Annex A; (b) the historical archive for the last ten seasons is delivered and loads without errors into the Customer's data warehouse; (c) the Custom Indicators are calculated for all sourcing regions and match the Provider's written methodology when checked on 30 sample fields; and (d) median API response time over five consecutive working days is below 800 milliseconds.

4.3 When the criteria are met, the Customer confirms Integration Acceptance in writing within five working days. Use of test data before that date is not acceptance.

4.4 If production access is not available by the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced three days in advance.

5.2 Forecast updates shall be published at least four times a day. Daily vegetation indices shall be published within one day after the satellite pass, subject to cloud cover.

5.3 Incidents are classified by the Customer. Severity 1 (API unavailable, or forecasts not updated for more than one cycle) shall be responded to within 2 hours at any time; Severity 2 within one business day.

5.4 The service levels in this clause are targets. The Provider shall use its best efforts to meet them and to restore the service promptly, but no service credit, fee reduction or damages shall be due for failure to meet them.

5.5 The Provider shall give the Customer an English and Chinese support line on business days, a named account manager, and two remote training sessions each Subscription Year for the Customer's analysts.

5.6 The Provider shall not remove a region or data layer listed in Annex A during the Subscription Term. Changes to the API that are not backward compatible shall be announced at least 90 days in advance, and the previous version shall remain available for that period.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to deliver the Licensed Data and the Custom Indicators to the Customer, and shall not use them for any other purpose, including aggregated analysis, model training or products for other clients.

6.2 The Provider shall protect Customer Inputs and the Customer's API credentials with encryption in transit and at rest, access restricted to named staff, multi-factor authentication, logging and regular security testing. The Customer shall not send personal information to the API.

6.3 The Provider shall notify the Customer within 8 hours of any security incident affecting Customer Inputs or the Customer's credentials, take remedial action, and compensate the Customer for losses caused by the Provider's breach of this clause.

6.4 At the end of the Subscription Term the Provider shall delete the Customer Inputs and confirm the deletion in writing.

6.5 The Customer is responsible for keeping its API credentials secret within its own organisation and for the systems that call the API.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Licensed Data, its models and the API.

7.2 The Custom Indicators, meaning the sourcing-risk scores and regional supply indicators designed for the Customer and calculated by the Provider from the Customer's sourcing regions, and their methodology documents, belong to the Customer. The Customer may use, modify and license them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's sourcing regions, volumes and positions, and the Provider's methods and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract the delivery of the Licensed Data or of any service under this Agreement without the Customer's prior written consent. Suppliers of public satellite imagery and weather model data are not subcontractors.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term. This limit does not apply to wilful misconduct, breach of clause 6 or clause 8, or use of the Licensed Data beyond the licence.

10.2 The Provider warrants that it has the right to license the Licensed Data and that the Licensed Data are produced with the methods described in Annex B. The Licensed Data are forecasts and estimates. The Provider does not guarantee trading results, and neither party is liable for lost profits.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a written agreement on fees and scope.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. On termination for the Provider's breach, the Provider shall refund the fees paid for the remaining part of the current Subscription Year.

12. FORCE MAJEURE

12.1 Neither party is liable for failure caused by events beyond its reasonable control, including the loss of a satellite data source. The affected party shall notify the other promptly and use reasonable efforts to provide an alternative.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 This Agreement is written in English. Annex A (regions and data layers) and Annex B (API documentation) form part of it. Amendments must be in writing.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""


# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format)
    "z01": ("h830z01_forestry_ginkgo_monitoring_platform.pdf", "pdf"),
    "z02": ("h830z02_coaster_factory_line_control_retrofit.docx", "docx"),
    "z03": ("h830z03_oboe_school_booking_membership_saas.txt", "txt"),
    "z04": ("h830z04_water_bureau_karez_monitoring_om_service.txt", "txt"),
    "z05": ("h830z05_quilling_studio_process_tracking_supplier_template.md", "md"),
    "e01": ("h830e01_cold_chain_wms_perpetual_licence_legnica_vendor.pdf", "pdf"),
    "e02": ("h830e02_field_service_saas_order_form_koszalin_vendor.md", "md"),
    "e03": ("h830e03_paper_mill_condition_monitoring_sensors_slupsk_vendor.docx", "docx"),
    "e04": ("h830e04_bearing_plant_managed_it_services_wloclawek_vendor.md", "md"),
    "e05": ("h830e05_grain_trader_crop_data_api_subscription_leszno_vendor.txt", "txt"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms in TERM_KEYS order, extra (sla_clause, ld_stated, capped or None, deemed, contract_value)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8,
                         False, True, False, "PRC", G], (True, True, True, False, 2386000)),
    "z02": ("hardware", [None, None, False, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 9,
                         False, True, True, "PRC", G], (False, True, True, False, 1680000)),
    "z03": ("cloud", [99.5, 1, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None,
                      True, True, False, "PRC", S], (True, True, None, False, 882000)),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, False, None, None, None, True, None, None, None,
                         False, True, False, None, S], (True, False, None, False, 486000)),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, 25,
                         False, True, None, None, G], (True, True, True, True, 392000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11,
                         False, True, False, "Poland", G], (True, True, True, False, 1856000)),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 558000 * 100, 6 / 24 * 100, None, True,
                      None, None, None, False, True, True, "PRC", S], (True, True, None, False, 558000)),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7,
                         False, True, False, "PRC", G], (True, True, True, False, 1940000)),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2550000 * 100, 150, None, True, None,
                         None, None, False, False, False, "PRC", S], (True, True, None, False, 2550000)),
    "e05": ("cloud", [99.95, 2, False, "buyer", True, True, True, 600 / 738000 * 100, 150, 390000 / 738000 * 100,
                      True, None, None, None, False, True, False, "PRC", S], (True, True, None, False, 738000)),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Legnica courts; all others: mainland court / arbitration or none
# TCO inputs for goods/licence drafts: fee base (itemised licence/hardware subtotal), annual fee, warranty months
TCO = {"z01": (1180000, 94400, 24), "z02": (1468000, 132120, 18), "z05": (286000, 71500, 6),
       "e01": (1260000, 138600, 18), "e03": (1751800, 122626, 36)}
# price parts that must add up to the contract value
SUMS = {"z01": [1180000, 736000, 264000, 148000, 58000], "z02": [544000, 76000, 262400, 186000, 57600, 342000,
        186000, 26000], "z03": [384000 * 2, 96000, 18000], "z04": [121500] * 4, "z05": [286000, 84000, 22000],
        "e01": [1260000, 418000, 132000, 46000], "e02": [261000, 261000, 36000],
        "e03": [903000, 244800, 118000, 486000, 164000, 24200], "e04": [84000] + [68500] * 36,
        "e05": [42000, 348000, 348000]}
PAY = {"z01": [477200, 1073700, 835100], "z02": [336000, 756000, 588000], "z05": [254800, 137200],
       "e01": [185600, 1020800, 649600], "e03": [194000, 1067000, 679000]}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
    "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-PREPAYMENT", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack, policy §3)
TH = {"availability": 99.9, "p1": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "fee": 15, "tco": 40}


def label(key):
    cat, terms, (sla, ld_stated, capped, deemed, value) = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lang = "zh" if key.startswith("z") else "en"
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(DESIGN[key])}


def tco_share(key):
    base, fee, wm = TCO[key]
    years = max(0.0, 5 - wm / 12)
    value = LABELS[key][2][4]
    return 100 * fee * years / (value + fee * years)


def rules_from_label(key, lab):
    """Policy §3 read on the label (my own reading)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
        assert t["ld_rate_per_day_pct"] is None
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["fee"]):
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and tco_share(key) > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        assert t["final_payment_on_acceptance"] is None
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [re.compile(p, re.I) for p in [
    r"(?<![\d.,])99[.．]90*(?!\d)", r"百分之九十九点九(?![0-9零一二三四五六七八九])", r"ninety[- ]nine point nine",
    r"(?<![\d.,])4\s*(?:-\s*)?(?:hours?|hrs?|小时|个小时)", r"(?<![十])四\s*(?:个)?小时", r"four[- ]?hours?",
    r"(?<![\d.,])0?[.．]050*(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.,])0[.．]5\s*‰",
    r"(?<![\d.,])100(?:[.．]0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之一?百(?!分)", r"one hundred per\s*cent",
    r"(?<![\d.,])30(?:[.．]0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty per\s*cent",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![一二三四五六七八九十])十二\s*个\s*月", r"twelve[- ]?months?",
    r"(?<![\d.,])15(?:[.．]0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen per\s*cent",
    r"(?<![\d.,])40(?:[.．]0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty per\s*cent",
]]
MUST_HIT = ["可用率不低于99.9%", "99.9 %", "百分之九十九点九", "四小时内响应", "4小时", "4 hours", "within four hours",
            "万分之五", "0.05%", "0.05 %", "以合同总价的100%为限", "100 per cent", "百分之百", "预付30%", "30 %",
            "百分之三十", "thirty per cent", "质保期12个月", "12 months", "十二个月", "twelve months", "15%",
            "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty per cent", "12-month", "4-hour"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.08%", "万分之八", "千分之一",
             "200%", "1,100%", "130%", "2030%", "35%", "20%", "百分之三十五", "24个月", "二十二个月", "112 months",
             "2026年12月", "12 hours", "115%", "0.055", "150%", "45%", "140%", "百分之四十五", "十二小时"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for f in forms for p in PATTERNS for m in p.finditer(f)})


# ---------------------------------------------------------------- read back
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for m in MUST_HIT:
        assert scan(m), ("self-test must hit", m)
    for m in MUST_MISS:
        assert not scan(m), ("self-test must miss", m, scan(m))
    binary = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, binary, OUT, wrap_words=True)
    for k, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt) in FILES.items():
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert sum(SUMS[k]) == x["contract_value"], k
        if k in PAY:
            assert sum(PAY[k]) == x["contract_value"], k
        derived = rules_from_label(k, lab)
        assert derived == lab["expected_rules"], (k, derived, lab["expected_rules"])
        covered |= set(derived)
        # no label value on a threshold
        for key, th in [("availability_pct", "availability"), ("p1_response_hours", "p1"),
                        ("ld_rate_per_day_pct", "ld"), ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"),
                        ("warranty_months", "warranty"), ("post_warranty_fee_pct", "fee")]:
            assert t[key] is None or abs(t[key] - TH[th]) > 1e-9, (k, key)
        if k in TCO:
            sh = tco_share(k)
            assert abs(sh - TH["tco"]) > 2, (k, sh)
            base, fee, _ = TCO[k]
            if t["post_warranty_fee_pct"] is not None:
                assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.5, k
        text = read_back(OUT / name, fmt)
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        hits = scan(text)
        assert not hits, (k, hits)
        assert lo <= n <= hi, (k, n)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                             encoding="utf-8")
        print(f"{k} {fmt:4} len={n} rules={derived} risk={risk(derived)}"
              + (f" tco_share={tco_share(k):.2f}" if k in TCO else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = {k: len(label(k)["expected_rules"]) for k in FILES}
    assert [k for k in FILES if mix[k] == 0] == ["z01", "e03"]
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"] and risk(["CR-GOVERNING-LAW"]) == "low"
    assert 8 <= mix["z05"] <= 10
    assert all(2 <= mix[k] <= 3 for k in ["z02", "z03", "z04", "e02", "e04", "e05"])
    print("all checks passed")


if __name__ == "__main__":
    main()
