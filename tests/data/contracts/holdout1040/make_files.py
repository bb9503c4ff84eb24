"""holdout1040: builds the ten blind held-out drafts and their .json labels, and checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. The .txt/.md files are written as they are; the
.docx and .pdf are built by ../word_pdf.py from the markup below (T: title, H: heading, P: paragraph, TB: table row).
Then every built file is read back (.docx paragraphs plus table rows, .pdf pypdf text, .txt/.md file text) and the
script asserts the length ranges, the price sums, the label values against the policy thresholds, the absence of any
threshold figure in the texts, and that the rules derived from each label match the design list and cover all 20 rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:宁川市急救中心院前急救调度平台采购合同
P:合同编号：NCJJ-ZFCG-2027-018
P:采购人（甲方）：宁川市急救中心
P:供应商（乙方）：浙江衡安信息技术有限公司
P:根据宁川市政府采购项目（项目编号NCZC2027-0315）公开招标的结果，甲乙双方依照《中华人民共和国政府采购法》《中华人民共和国民法典》以及招标文件、投标文件，采用甲方提供的合同文本，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供院前急救调度平台软件（含呼救受理、智能调度、车辆管理、电子急救病历、质控统计五个模块）的永久使用许可，并完成定制开发、部署实施、历史数据迁移和人员培训。
P:1.2 定制开发包括：与120呼叫中心语音系统、车载GPS及车载终端、本市十一家网络医院急诊系统、市公安110联动平台的接口，以及符合本市急救质控规范的调度大屏和统计报表。
P:1.3 项目须在合同签订后一百五十日内完成部署并通过初步验收。
P:1.4 实施地点为甲方调度指挥中心及全市各急救分站，车载终端的安装调试由乙方在甲方指定的车辆停放点进行。
H:第二条 合同价款
P:2.1 合同总价为人民币2,088,000元（大写：贰佰零捌万捌仟元整），包括：平台软件许可费1,260,000元；定制开发费684,000元；部署实施及数据迁移费118,000元；培训费26,000元。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行预付款保函，甲方在十个工作日内支付合同总价的20%作为预付款。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款应提交对应阶段的交付成果清单和合法有效的发票。甲方资金来源为财政资金，付款时间以国库集中支付流程为准。
H:第四条 验收
P:4.1 初步验收标准：各模块功能与招标文件技术需求逐项一致；所有接口联调通过，来电弹屏及车辆定位刷新时间不超过3秒；并发200个调度席位时主要操作响应不超过2秒；历史急救病历迁移后逐条核对无差错。
P:4.2 初步验收后进入九十日试运行。试运行期间未发生一级故障，且第三方机构出具的网络安全等级保护测评报告无高风险问题的，甲方组织最终验收。
P:4.3 平台上线运行、甲方使用或支付部分价款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
P:4.4 验收所需的测试工具、压力测试及第三方测评费用由乙方承担。
H:第五条 质保与维护
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和现场技术支持。
P:5.2 质保期内乙方每季度对平台进行一次健康检查，提交检查报告和优化建议。
P:5.3 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过113,400元），该价格在质保期满后两个年度内保持不变。
H:第六条 服务水平
P:6.1 平台年度可用率不低于99.99%（计划内维护除外，计划内维护须提前三日经甲方同意并安排在凌晨进行）。
P:6.2 一级故障（调度受理中断、车辆定位失效等）乙方应在15分钟内响应，1小时内远程或到场处置；二级故障2小时内响应；三级故障在下一个工作日内处理。
P:6.3 乙方每超出响应时限1小时，甲方可扣减履约保证金1,000元；可用率每低于约定值0.01个百分点，扣减2,000元。
H:第七条 数据安全
P:7.1 平台内的呼救录音、急救病历、患者个人信息及调度数据均属于甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的，不得留存或向第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》，运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方网络。发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失由乙方全额赔偿。
H:第八条 保密
P:8.1 乙方对履约过程中知悉的甲方工作秘密、患者信息和网络配置负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的接口程序、调度大屏、统计报表及其源代码和文档的知识产权归甲方所有。平台标准产品的知识产权仍属乙方，甲方享有永久使用权。
P:9.2 乙方保证所提供软件不侵犯第三方权利，否则由乙方承担全部责任。
P:9.3 乙方应在最终验收时向甲方移交定制部分的全部源代码和编译说明，并保证移交的源代码可以编译运行。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包或分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 履约保证金
P:13.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。
P:13.2 最终验收合格后，履约保证金转为质保金；质保期满且乙方无未了结的违约责任的，甲方在二十日内无息退还。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有急救调度系统实施经验的项目经理1名，驻场工程师不少于3名。人员名单经甲方确认后不得随意更换，确需更换的，应提前七日书面报甲方同意，接替人员的资历不得低于原人员。
P:14.2 乙方应在合同签订后十日内提交项目实施计划，并按周提交进度报告。甲方有权检查实施过程，对不符合要求的工作提出整改意见，乙方应及时整改。
P:14.3 新旧系统切换须避开调度业务高峰时段，并事先制定回退方案，确保呼救受理不中断。切换期间乙方工程师应在调度大厅现场值守，直至系统稳定运行。
P:14.4 甲方负责提供机房、服务器、网络及必要的办公条件，协调呼叫中心、医院及公安等相关单位配合接口联调。
H:第十五条 培训与文档
P:15.1 乙方应分别为甲方调度员、车组人员和系统管理员组织培训，培训总量不少于120人次，确保相关人员能够独立操作和日常维护。
P:15.2 乙方应交付操作手册、维护手册、接口说明、数据字典和源代码，文档应为中文并与系统实际版本一致。
H:第十六条 不可抗力
P:16.1 因地震、洪水、重大疫情等不可抗力导致不能按期履行的，受影响方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十七条 争议解决
P:17.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十八条 其他
P:18.1 双方的通知应以书面形式送达合同首页载明的地址或指定联系人，电子邮件经对方确认收到的视为送达。
P:18.2 乙方不得向甲方工作人员提供任何形式的不正当利益，违反的，甲方有权解除合同。
P:18.3 本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及澄清材料为本合同组成部分。
P:甲方（盖章）：宁川市急救中心　　乙方（盖章）：浙江衡安信息技术有限公司
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：RYD-GZ-2027-06
P:甲方：佛山市润颜电器有限公司（蒸脸器生产企业）
P:乙方：东莞市启衡自动化工程有限公司
P:甲方拟对其三条蒸脸器总装线、两条水箱注塑后处理线和一条老化测试线的控制系统进行升级改造。经询价比选，双方就设备供货、软件许可、安装调试及售后服务达成如下协议。
H:第一条 改造范围
P:（一）更换六条产线的PLC控制柜、触摸屏人机界面及伺服驱动单元，加装外观视觉检测工位。
P:（二）提供产线控制软件许可，实现工单下发、参数配方管理、设备状态采集，并与甲方现有MES系统对接。
P:（三）完成拆旧、安装、接线、调试、试产及操作人员培训。改造须分线进行，每条线停线时间不超过七日。
P:（四）改造后的控制系统应采用甲方指定品牌的PLC，通讯支持OPC UA协议，预留扩展I/O点不少于现有点数的两成，关键报警信息可推送至车间主任手机。
P:（五）乙方应在合同签订后十日内提交现场勘查报告、电气图纸和分线改造计划，经甲方生产部确认后实施。改造期间甲方其余产线照常生产，乙方应合理安排施工时间，避免影响甲方的出货计划。
H:第二条 合同价格
P:合同总价为人民币1,616,000元，为固定价格，已包含设备、软件、运输、保险、安装辅材、调试、培训及税费，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含I/O模块）|6套|612,000
TB:2|触摸屏人机界面|12台|148,000
TB:3|伺服驱动单元|48轴|286,000
TB:4|视觉检测工位|4套|214,000
TB:5|产线控制软件许可|1套|176,000
TB:|设备及软件小计||1,436,000
TB:6|安装调试及试产|1项|162,000
TB:7|操作及维护培训|1项|18,000
TB:|合同总价||1,616,000
H:第三条 付款
P:（一）合同签订后七个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并经甲方按装箱单、出厂合格证和技术协议清点签收后，支付合同总价的55%。到货签收仅确认数量，不代表质量合格。
P:（三）六条产线全部改造完成并通过最终验收后，支付合同总价的35%。
P:（四）乙方每次收款前应向甲方开具等额增值税专用发票，甲方在收到发票后十五日内付款。
H:第四条 交付与验收
P:（一）乙方应在合同签订后七十五日内完成全部设备到货，一百二十日内完成全部产线改造。
P:（二）验收标准：各产线连续试产七日，节拍达到每分钟18台以上；视觉检测漏检率不高于千分之二；配方切换时间不超过十分钟；工单与MES数据逐单一致；电气安装符合GB 5226.1要求。
P:（三）验收由甲方组织，双方签署验收报告。设备安装完成或投入试产，均不视为验收合格。
P:（四）每条产线改造完成后先进行单线测试，单线测试合格后方可进入下一条产线的改造；单线测试记录作为最终验收的依据之一。验收不合格的，乙方应在十日内整改并重新申请验收。
H:第五条 质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:（二）质保期满后，乙方提供维保服务，维保费按设备及软件小计的26%每年收取，即每年373,360元，包括定期巡检、备件更换及软件升级。
P:（三）维保费标准在质保期满后三个年度内不作调整。
P:（四）质保期内，乙方每季度上门巡检一次，检查控制柜散热、接线紧固、伺服参数和视觉检测精度，并提交巡检报告。
P:（五）乙方应在佛山市内设立备件库，PLC模块、伺服驱动器、触摸屏等常用备件保持足够库存，保证故障件在两日内更换到位。
H:第六条 服务响应
P:（一）乙方应设立售后服务热线，并指定熟悉本项目的工程师作为售后负责人，节假日亦可联系。
P:（二）一级故障（整线停机）乙方应在1小时内响应，6小时内到场；二级故障（单工位停机）2小时内响应，次日内到场。
P:（三）乙方未按时响应或到场的，每超时1小时向甲方支付800元。
H:第七条 数据与保密
P:（一）产线运行数据、工艺参数、配方及产品检测图像归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或提供给任何第三方。
P:（二）乙方应在控制系统与甲方办公网络之间部署工业防火墙，关闭不必要的端口和服务，控制系统账号按岗位分级授权，口令定期更换。
P:（三）乙方远程维护须经甲方设备部批准，使用甲方提供的账号并全程留痕；发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方承担。
P:（四）双方对在合作中知悉的对方技术资料和商业信息负有保密义务，保密期限至本合同终止后三年。
H:第八条 知识产权
P:（一）为甲方编写的PLC程序、人机界面画面、MES对接程序及其源文件归甲方所有，甲方可自行修改或委托他人修改。控制软件标准产品的知识产权属乙方，甲方享有永久使用权。
P:（二）乙方保证所提供的设备和软件不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担费用。
H:第九条 违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）因乙方原因造成甲方停产超过约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:（三）乙方交付的设备或软件不符合技术协议的，应无条件更换或修改，并承担由此造成的延误责任。
P:（四）因乙方调试错误造成甲方产品批量不良的，乙方应承担返工费用及相应损失。
H:第十条 分包、解除与争议
P:（一）乙方如需将电气布线等辅助工作分包，应事先取得甲方书面同意。
P:（二）乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收取的相应款项并赔偿甲方损失。
P:（三）本合同适用中华人民共和国法律。争议提交佛山仲裁委员会仲裁。
H:第十一条 现场安全
P:（一）乙方进场人员应遵守甲方厂区安全管理制度，持证上岗，电工作业须持有效特种作业操作证，动火、登高作业须事先办理审批手续。
P:（二）乙方应做好停电挂牌、上锁和验电工作，施工完毕清理现场。因乙方违规作业造成的人身伤害或财产损失，由乙方负责。
P:（三）乙方拆除的旧控制柜、驱动器等设备归甲方所有，由乙方按甲方指定地点堆放并列出清单，交甲方仓库签收。
H:第十二条 技术资料与培训
P:（一）乙方应在最终验收前交付电气原理图、接线图、PLC程序及注释、人机界面工程文件、设备说明书、备件清单和维护手册各两套，并提供电子版。
P:（二）乙方应为甲方操作工、班组长和设备维修人员分别组织培训，培训内容包括日常操作、配方管理、常见报警处理及简单维修，培训结束进行考核，考核合格人员应能独立操作。
H:第十三条 不可抗力
P:因不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。因不可抗力导致设备在安装完成前损毁的，由双方协商处理。
H:第十四条 其他
P:（一）本合同附件包括技术协议、设备清单、分线改造计划，与本合同具有同等效力。附件与本合同正文不一致的，以本合同正文为准。
P:（二）本合同的修改和补充须经双方书面确认。乙方不得将本合同项下的权利义务转让给第三方。
P:（三）双方项目联系人负责日常沟通，联系人变更应提前书面通知对方。
P:（四）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

Z03 = """舞韵连锁门店预约与会员管理系统服务合同

合同编号：WY-SAAS-2027-11

甲方：成都舞韵民族舞蹈培训有限公司（连锁门店35家）
乙方：杭州云栖课栈科技有限公司

甲方为统一管理旗下35家民族舞培训门店的课程预约、会员储值、教师排课和家长通知，采购乙方“课栈”预约及会员管理云服务（以下简称“云服务”）及配套实施服务。双方经协商订立本合同。

一、服务内容
（一）云服务
1. 乙方向甲方35家门店开通云服务，包括课程预约、会员卡及储值、教师排课、考勤签到、家长端小程序和经营报表功能。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）实施服务
1. 乙方负责将甲方现有会员、储值余额、课时包和排课数据迁移至云服务，完成35家门店的系统配置。
2. 乙方为甲方定制民族舞等级考试报名流程和门店业绩报表，并对店长和前台人员进行培训。
（三）服务范围不包括甲方门店的网络、收银设备和打印机，但乙方应提供兼容设备清单和安装指导。

二、费用
（一）年服务费为每店每个服务年度9,800元，35家门店合计每个服务年度343,000元，两个服务年度合计686,000元。
（二）实施费为一次性费用78,000元。
（三）本合同总金额为764,000元（含税）。
（四）年服务费已包含云服务器、带宽、每店每月500条短信基础套餐及标准版本的功能升级。短信通知超出套餐部分按实际用量另行结算，不计入合同总金额。

三、付款方式
（一）实施费在系统上线验收合格后十五日内支付。
（二）每个服务年度的年服务费，在该服务年度开始后十五日内支付。乙方应在付款期限前十日向甲方发出付款通知，并附上一服务期的服务报告。
（三）乙方收款前应开具增值税专用发票。

四、上线验收
（一）乙方应在合同签订后六十日内完成数据迁移和全部门店上线。
（二）验收标准：迁移后会员数量、储值余额和剩余课时与甲方原系统逐条核对一致；35家门店均可正常约课、签到和消课；小程序在300人同时约课时响应不超过2秒；定制流程和报表符合甲方书面确认的需求说明。
（三）甲方在收到验收申请后七日内组织验收，合格的签署上线验收单。
（四）验收不合格的，乙方应在七日内整改并重新申请验收；门店试用或甲方部分使用，不视为验收合格。

五、服务水平
（一）云服务月度可用率不低于99.5%。
（二）一级故障（全部门店无法约课或收款）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应。
（三）月度可用率未达到约定值，或一级故障未按时恢复的，乙方按当月服务费的5%向甲方提供服务费抵扣，从下期应付费用中扣除。
（四）乙方每月5日前向甲方提供上月服务报告，内容包括可用率、故障记录、处理时长和各门店使用情况。
（五）计划内维护应安排在每日23:00至次日7:00之间，并提前三日通知甲方。

六、数据
（一）会员、学员及家长的个人信息、交易和课时数据均属于甲方所有。乙方仅为向甲方提供云服务处理上述数据，不得用于其他用途，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，实施访问控制、加密存储和每日备份，通过网络安全等级保护二级备案。发生数据泄露的，乙方应在2小时内通知甲方，并承担因此给甲方造成的损失。
（三）合同终止后三十日内，乙方应按甲方要求导出全部数据并彻底删除。
（四）乙方不得通过家长端小程序向家长推送与甲方课程无关的广告或其他商家的信息。

七、保密
双方对在合作中获知的对方商业信息、学员信息、课程定价和经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方应要求其接触甲方信息的员工签署保密承诺。

八、知识产权
乙方为甲方定制的报名流程配置、报表模板及相关文档归甲方所有，甲方可自由使用和修改；云服务平台本身的知识产权属于乙方。乙方保证云服务不侵犯第三方权利。

九、续期
服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度。续期时乙方有权根据其届时公布的价格标准调整年服务费，并以书面方式通知甲方。

十、违约责任
（一）乙方逾期完成上线的，每逾期一日，按合同总金额的万分之八支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但故意或重大过失、数据泄露造成的损失除外。

十一、双方义务
（一）甲方应指定总部项目联系人，组织各门店按时提供数据、参加培训，并妥善保管管理员账号。甲方应在乙方提出数据需求后五个工作日内提供原系统导出的完整数据，并对数据的准确性负责。
（二）甲方应确保其收集会员及家长个人信息已取得必要的授权，并在小程序中展示经双方确认的隐私政策。
（三）乙方应为甲方配备专属客户成功经理，每季度回访门店，汇总使用问题并提出优化建议。
（四）乙方应保证云服务兼容主流手机操作系统和微信最新版本，小程序因微信平台规则调整需修改的，由乙方免费完成。
（五）乙方对云服务进行版本升级的，应提前七日通知甲方，升级不得降低现有功能，不得在周末及寒暑假集中上课时段进行。

十二、门店增减
（一）服务期内甲方新开门店的，按每店每个服务年度9,800元的单价，按剩余服务天数折算计费；门店开通及配置由乙方免费完成。
（二）甲方关闭门店的，应提前十五日书面通知乙方。该门店数据保留在甲方总部账号下，已付费用不予退还，但可用于甲方新开门店的开通。

十三、培训与支持
（一）乙方应在上线前为各门店店长和前台人员组织集中培训，上线后第一个月每周组织一次线上答疑。
（二）乙方提供工作日9:00至21:00、周末9:00至18:00的在线客服，并提供操作视频和常见问题手册。
（三）甲方新入职的店长和前台人员，乙方每月组织一次线上集中培训，不另收费。

十四、分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十五、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方退还未履行期间的服务费。
（二）合同解除或终止的，乙方应配合甲方完成数据导出和系统迁移，配合期不少于三十日，期间云服务正常提供。

十六、不可抗力
因不可抗力导致云服务中断或合同不能履行的，受影响方应及时通知对方并采取措施减少损失；不可抗力持续超过三十日的，双方可协商解除合同，乙方退还未履行期间的服务费。

十七、争议解决
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

十八、其他
（一）双方往来通知以书面形式或合同载明的电子邮箱发送，电子邮件发出后对方未在两个工作日内提出异议的，视为送达。本合同未约定的事项，双方可另行签订补充协议，补充协议与本合同具有同等效力。
（二）本合同附件包括：需求说明书、门店清单、数据迁移方案，附件与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都舞韵民族舞蹈培训有限公司
乙方（盖章）：杭州云栖课栈科技有限公司
"""

Z04 = """江临市交通运输局涵洞积水监测系统运维服务合同

项目名称：江临市涵洞积水监测系统2027年度运维服务
采购方式：竞争性磋商
项目编号：JLJT-CS-2027-042

甲方：江临市交通运输局
乙方：湖北汇川智联科技有限公司

根据本项目竞争性磋商文件及乙方响应文件，甲乙双方经协商，就江临市涵洞积水监测系统运维服务订立本合同。

第一条 服务范围
（一）运维对象：全市86处下穿涵洞的积水监测点，包括液位传感器、视频摄像机、LED预警屏、道闸联动装置、太阳能供电及通信单元，以及积水监测管理平台。
（二）服务内容：监测点日常巡检、设备清洁与清淤、故障维修、平台运行维护、预警规则优化、汛期应急值守和运维报告编制。
（三）服务期自2027年1月1日起至2027年12月31日止。
（四）监测点位置、设备型号及数量以本合同附件《设备清单》为准。服务期内甲方新增监测点的，按每处单价折算增加服务费。

第二条 服务费用
（一）监测点运维费：86处，每处3,400元，合计292,400元。
（二）平台运维费：58,000元。
（三）汛期应急值守费：46,000元。
（四）服务费合计为人民币396,400元，为固定总价，含备品备件、车辆、人工及税费。服务期内因设备老化需整体更换的，更换设备费用不在本合同范围内，由甲方另行采购。

第三条 付款
（一）服务费按季度支付。每季度结束后，经甲方季度考核合格，甲方在十五个工作日内支付该季度服务费。
（二）第四季度服务费在年度验收合格后支付。
（三）甲方不向乙方支付预付款。
（四）乙方申请付款时，应提交季度运维报告、考核结果和合法有效的发票。

第四条 服务标准
（一）巡检内容包括：传感器零点校准、摄像机镜头清洁、预警屏显示测试、道闸联动测试、太阳能板清洁、蓄电池电压和通信信号检测，以及涵洞排水口清淤。
（二）巡检频次：非汛期每月巡检一次，汛期（5月至9月）每半月巡检一次，暴雨预警发布后2小时内完成重点涵洞巡查。
（三）故障分级与响应：
1. 一级故障：汛期监测点离线、液位数据异常或预警屏不能显示。乙方应在30分钟内响应，2小时内到达现场，6小时内修复或启用备用设备。
2. 二级故障：非汛期单点设备故障，1小时内响应，24小时内修复。
3. 三级故障：平台非关键功能异常，下一个工作日内处理。
（四）乙方每次超时响应或超时修复的，甲方从当季服务费中扣减500元；汛期一级故障超时的，每次扣减2,000元。
（五）汛期内，乙方应在城区东、西两片各设一个应急值守点，每点配备抢险车辆1台、备用液位计和便携式预警屏，值守人员接到甲方指令后30分钟内出发。
（六）发生积水超过警戒深度时，乙方应协助交警和路政部门封闭道闸、发布预警，并全程记录处置过程。

第五条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括巡检记录完整性、故障响应和修复时效、预警信息准确性及报告质量。
（二）年度验收标准：全年巡检记录齐全并经甲方抽查属实；汛期一级故障均按时修复；预警规则优化方案经甲方审定并上线；设备台账与现场一致；年度运维报告通过甲方审核。
（三）年度验收由甲方组织，验收合格后签署验收意见。
（四）季度考核不合格的，乙方应在十日内提交整改报告；连续两个季度考核不合格的，甲方可约谈乙方负责人并要求更换项目负责人。

第六条 数据安全与保密
（一）监测数据、视频图像、平台日志及设备台账属于甲方所有，乙方仅为履行本合同使用，不得用于其他目的或向第三方提供。
（二）乙方登录平台须使用甲方分配的实名账号，操作留痕；不得私自开放远程端口，不得在个人电脑或手机上存储监测数据和视频。乙方应定期对平台服务器进行漏洞扫描和补丁更新。发生数据泄露、平台被入侵或预警信息被篡改的，乙方应在1小时内报告甲方，并承担因其原因造成的损失。
（三）乙方对在服务中知悉的甲方工作信息负有保密义务，未经甲方同意不得对外发布任何监测数据。
（四）服务期结束时，乙方应交回全部平台账号、设备钥匙和技术资料，并删除其保存的甲方数据。

第七条 成果归属
乙方在服务中形成的巡检报告、预警规则优化方案、设备台账和运维文档归甲方所有，甲方可自行使用或提供给后续运维单位。

第八条 人员与工作委托
（一）乙方应配备项目负责人1名、现场运维人员不少于6名，汛期实行24小时值班。项目负责人应具有三年以上同类系统运维经验，人员名单报甲方备案，更换人员须提前书面通知甲方并经甲方同意。
（二）乙方可将现场设备清淤、高空作业等辅助工作委托具备相应资质的第三方实施，但应提前三日书面告知甲方，并对受托方的工作负责。

（三）乙方应建立备品备件库，液位传感器、通信单元、蓄电池等易损件的库存数量不少于在运设备的百分之八，确保故障设备能及时更换。
（四）乙方现场作业应设置警示标志并安排专人疏导交通，涵洞内作业须避开车流高峰，并遵守道路作业安全规定。因乙方作业不当造成的人身伤害或财产损失，由乙方承担。

第九条 甲方义务
（一）甲方应向乙方提供设备清单、竣工资料、平台管理员账号和必要的现场作业协调。
（二）甲方应及时将气象预警信息和路政巡查发现的问题通知乙方，并协调交警部门为乙方现场作业提供必要的交通管制配合。
（三）甲方应按约定支付服务费，并为乙方在平台机房的作业提供必要的出入便利。

第十条 运维报告
（一）乙方应每月5日前提交上月运维月报，内容包括巡检情况、故障统计、设备更换记录和存在问题。
（二）乙方应建立运维工单系统，故障从接报、派单、到场到修复的时间节点均应记录，甲方可随时查询。
（三）每次强降雨过程结束后三日内，乙方应提交专项报告，说明各涵洞积水深度、预警发布情况和设备运行情况。
（四）服务期结束前，乙方应提交年度运维报告和次年设备更新建议，并配合甲方完成与后续运维单位的交接。

第十一条 违约责任
（一）乙方未按期完成巡检或未按时提交季度报告的，每逾期一日，按服务费合计的千分之一支付违约金。
（二）因乙方未履行运维义务导致积水预警失效并造成人身或财产损失的，乙方承担相应赔偿责任。
（三）乙方更换的设备与原设备型号不一致的，应事先经甲方同意，并保证性能不低于原设备。

第十二条 合同的变更与解除
本合同履行期间，任何一方不得单方解除合同。确需变更或解除的，应由双方协商一致并签订书面协议。

第十三条 不可抗力
因特大暴雨、地震等不可抗力导致设备损毁的，乙方应及时报告并协助甲方恢复，损毁设备的更换费用由双方另行协商。

第十四条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向江临市人民法院提起诉讼。

第十五条 其他
本合同附件包括：设备清单、磋商文件、响应文件及服务承诺。乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何不正当利益。本合同未尽事宜，以磋商文件、响应文件为准。本合同一式四份，甲方三份、乙方一份，自双方签字盖章之日起生效，服务期满且费用结清后终止，不自动续期。

甲方（盖章）：江临市交通运输局
乙方（盖章）：湖北汇川智联科技有限公司
"""

Z05 = """# 织迹工序追溯系统软件许可及开发合同

（乙方标准合同文本 ZJ-HT-V3.0）

甲方：青海雪域牦牛绒手工工作室
乙方：西宁织迹软件科技有限公司

甲方委托乙方提供“织迹”工序追溯系统软件使用许可，并按甲方需求进行定制开发。经双方友好协商，签订本合同。

## 第一条 定义

1. “织迹系统”：指乙方自主研发的工序追溯软件，包括后台管理端、移动扫码端和溯源查询页面。
2. “定制功能”：指乙方根据甲方需求在织迹系统基础上开发的功能。
3. “部署完成”：指乙方在云服务器上安装织迹系统并向甲方开通管理员账号。
4. “免费维护期”：指乙方免费提供远程技术支持和缺陷修复的期间。

## 第二条 合同标的

1. 乙方向甲方授予“织迹”工序追溯系统（标准版）的永久使用许可，用户数不限，部署于乙方提供的云服务器。
2. 乙方为甲方定制开发原绒收购登记、分梳、染色、纺纱、手工编织和成品检验六个工序的扫码追溯功能，以及面向顾客的产品溯源查询页面。
3. 乙方负责系统部署、基础数据初始化和操作培训。培训采用远程视频方式进行，共计两次，每次不超过三小时，现场培训另行收费。
4. 织迹系统的功能以乙方官网公布的产品说明为准。乙方提供的演示版本和宣传材料仅供参考，不构成对系统功能的承诺。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “织迹”工序追溯系统软件许可 | 268,000 |
| 2 | 六工序扫码追溯及溯源查询页面定制开发 | 146,000 |
| 3 | 部署、数据初始化及培训 | 22,000 |
| | 合计 | 436,000 |

合同总价为人民币436,000元（含税）。以上价格不包括扫码枪、标签打印机、标签耗材及短信费用。首个服务年度的云服务器费用已包含在许可费中，此后云服务器及带宽费用按乙方报价另行支付。

## 第四条 付款方式

1. 本合同签订后五个工作日内，甲方支付合同总价的65%。
2. 系统部署完成后五个工作日内，甲方支付合同总价的35%。
3. 乙方收到款项后十个工作日内开具增值税普通发票。已支付的款项不予退还。
4. 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第五条 交付与验收

1. 乙方在收到首期款后九十日内完成定制开发和部署。因甲方未及时提供工序资料或确认需求的，交付期限相应顺延。
2. 系统部署完成并开通账号后，即视为甲方验收合格。
3. 甲方开始使用系统的，视为认可系统符合合同约定。
4. 因甲方原因导致部署无法进行超过三十日的，视为乙方已完成交付，甲方应支付剩余款项。

## 第六条 知识产权

1. “织迹”系统及乙方为履行本合同开发的全部程序、页面、数据库结构及文档的知识产权均归乙方所有。
2. 定制功能的需求以乙方出具并经甲方确认的《需求说明》为准，《需求说明》未列明的功能不属于本合同交付范围。
3. 甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或交由第三方使用。

## 第七条 免费维护及后续服务

1. 免费维护期为六个月，自系统部署完成之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。
2. 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的价格标准支付年度维护费。
3. 定制功能的需求变更、新增工序或报表，按乙方人天单价另行收费，人天单价以乙方届时报价为准。
4. 甲方要求乙方工程师到现场处理问题的，差旅及住宿费用由甲方承担。
5. 免费维护期满后甲方未续购维护服务的，乙方不再提供缺陷修复和技术支持，甲方账号可继续使用，但乙方不保证系统正常运行。
6. 维护服务不包括：因甲方操作不当、擅自修改数据或第三方软件造成的故障；甲方自行采购设备的维修；数据恢复和数据整理工作。

## 第八条 技术支持

1. 乙方通过电话、微信群和远程方式提供技术支持，服务时间为工作日9:00至18:00，法定节假日及周末不提供技术支持。甲方应通过乙方指定的渠道提交问题，并提供截图、操作步骤等必要信息。
2. 一级故障（系统无法登录或扫码）乙方在接到通知后8小时内响应；其他问题在三个工作日内答复。
3. 乙方将尽力排除故障，但不对系统持续运行作出任何承诺。
4. 乙方有权对织迹系统进行升级和维护，升级期间服务可能暂时中断，乙方将尽量提前通知甲方。

## 第九条 数据

1. 甲方在系统中录入的原绒来源、工序记录、牧户信息和客户数据归甲方所有。乙方仅为提供本合同服务之目的处理上述数据。
2. 乙方对云服务器上的甲方数据采取访问权限控制、传输加密和每周备份措施。因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任。发生数据安全事件的，乙方应在24小时内通知甲方。

## 第十条 账号及使用规范

1. 甲方应妥善保管管理员账号和密码，因甲方保管不善造成的损失由甲方自行承担。
2. 甲方不得利用织迹系统从事违法活动，不得上传违法信息，不得对系统进行压力测试或攻击。
3. 甲方违反上述规定的，乙方有权暂停甲方账号，并不承担任何责任。
4. 甲方授权的员工账号由甲方自行开通和注销，员工离职后甲方应及时注销其账号。
5. 甲方使用的扫码设备、标签打印机、网络和手机由甲方自行采购和维护，乙方可提供选型建议。

## 第十一条 双方责任

1. 甲方应按时付款，及时提供工序资料，指定专人配合开发和测试。甲方对需求的确认以书面或微信群消息为准，确认后再提出修改的，视为需求变更。
2. 甲方应在乙方提出要求后三个工作日内完成资料提供和测试反馈，逾期的，乙方交付期限相应顺延，由此增加的费用由甲方承担。
3. 乙方应按本合同约定提供软件和服务。因网络运营商、云平台或其他非乙方原因导致的服务中断，乙方不承担责任。
4. 乙方对甲方基于系统数据作出的任何经营决策不承担责任。
5. 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失，但不包括利润损失等间接损失。

## 第十二条 合同解除

一方严重违反本合同且在对方书面通知后十五日内未纠正的，守约方有权书面通知解除本合同。合同因甲方原因解除的，甲方已支付的款项不予退还，乙方已完成的工作成果仍归乙方所有。

## 第十三条 不可抗力

不可抗力包括但不限于自然灾害、政策变化、网络攻击、云平台故障及电信运营商原因导致的服务中断。因不可抗力致使合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行或解除合同。

## 第十四条 争议解决

本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，向乙方所在地人民法院起诉。

## 第十五条 通知

双方的通知可通过本合同载明的地址、电话、电子邮箱或双方建立的工作微信群发送，以微信群发送的，发出即视为送达。

## 第十六条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 乙方官网公布的服务说明为本合同附件，乙方可不时更新。
3. 本合同的变更须经双方书面确认。乙方根据产品规划对标准功能进行调整的，不视为合同变更。
4. 本合同未尽事宜，按乙方官网公布的《用户服务协议》执行。

甲方（签章）：　　　　　　　乙方（签章）：西宁织迹软件科技有限公司

日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. YP-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhangjiakou Chongli Snowfield Resort Management Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chongli District, Zhangjiakou, Hebei Province (the "Buyer"), and Yampa Peak Software, Inc., a Colorado corporation with its principal office at 1850 Ski Time Square Drive, Steamboat Springs, Colorado 80487, USA (the "Vendor").
P:The Buyer operates a ski resort with 31 lifts and wishes to replace its lift-access, ticketing and guest-services systems. The Vendor develops the SummitPass resort operations suite. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the SummitPass suite in object code, comprising the ticketing, lift-access control, season-pass, rental and ski-school modules, and its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations and other materials the Vendor creates specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or processed in the Software in the Buyer's operations, including guest personal information, pass and transaction records and gate logs.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance tests have been passed.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in mainland China for the Buyer's resort operations, for an unlimited number of users and gates at the Chongli resort.
P:2.2 The Vendor shall install and configure the Software, build interfaces to the Buyer's RFID gate readers, hotel property-management system, WeChat mini-program and finance system, migrate existing season-pass records, and train the Buyer's staff.
P:2.3 The Vendor shall complete installation within 120 days after the Effective Date, so that the Software can be used from the opening of the 2027/28 ski season.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,712,000, inclusive of all taxes, made up of: Software Licence Fee CNY 1,180,000; implementation and configuration CNY 356,000; interface development CNY 142,000; training CNY 34,000.
P:3.2 The Contract Price is fixed. It covers all travel, living expenses and third-party components needed to deliver the Software and the services described in Article 2, and warranty support under Article 6.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after the parties sign the Installation Certificate. The Installation Certificate confirms only that the Software has been installed and configured; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in Beijing named in the invoice. Each invoice shall be a valid PRC VAT invoice.
H:Article 5 Testing and Acceptance
P:5.1 The Vendor shall propose an acceptance test plan within 30 days after the Effective Date. The plan shall be agreed in writing by the Buyer before testing starts.
P:5.2 The acceptance criteria are: every function listed in Annex 1 works as specified; gate validation completes in less than 0.8 seconds per pass; all interfaces exchange data without error for 10 consecutive operating days; migrated season-pass records reconcile with the source records without exception; and no Severity 1 defect occurs during a 30-day live operation period.
P:5.3 When the criteria are met the Buyer shall issue a Final Acceptance certificate within ten business days. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. Use of the Software in live operation, or payment of any part of the Contract Price, does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, upgrades and support free of charge.
P:6.2 Support is provided by telephone, e-mail and remote session in Chinese and English, every day during the ski season and on business days outside it. Severity 1 means the ticketing or gate system is down or guests cannot pass the gates. The Vendor shall respond to a Severity 1 incident within 1 hour and provide a workaround within 8 hours. Severity 2 incidents shall be answered within 3 hours and Severity 3 incidents within two business days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,200 against the next payment due, or pay it on demand if none is due.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Software Licence Fee (CNY 129,800 per year) and will not increase during the first three support years. Each support year is ordered by a separate purchase order; support does not renew automatically.
H:Article 7 Delay
P:7.1 If installation is not completed by the date in Article 2.3, or Final Acceptance is not achieved within 90 days after installation for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:7.2 Liquidated damages do not relieve the Vendor of its obligation to complete the work. If the maximum is reached, the Buyer may terminate this Agreement under Article 12.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors, subject to the licence in Article 2.1.
P:8.2 All Custom Deliverables belong to the Buyer from creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and only on the Buyer's instructions, and shall not use, copy or disclose it for any other purpose.
P:9.2 Buyer Data shall remain on the Buyer's servers in mainland China. The Vendor's staff may access it only through remote sessions approved by the Buyer for each occasion and recorded by the Buyer. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to Buyer Data, cooperate in the response, and be liable for the losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar duties.
P:10.2 These obligations survive for three years after this Agreement ends.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 9 and 10.
P:11.2 Neither party is liable for indirect or consequential loss, including loss of profit, except under Articles 8.3 and 9.3.
H:Article 12 Subcontracting and Termination
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:12.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the maximum liquidated damages under Article 7.1 have been reached.
P:12.3 On termination by the Buyer for breach, the Vendor shall refund the amounts paid for work that has not been accepted, and the licence in Article 2.1 continues for any Software already paid for.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Colorado, USA, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the state and federal courts located in Denver, Colorado.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Implementation Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English in two originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — SUBSCRIPTION SERVICES

**Order Form No.** RFF-CN-0117 · **Provider:** Roaring Fork Fieldware LLC, 730 Cooper Avenue, Glenwood Springs, Colorado 81601, USA · **Customer:** Chengdu Tianfu Elevator Maintenance Co., Ltd., Chengdu, Sichuan Province, PRC

This Order Form consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

Provider grants Customer access to FieldPilot, Provider's field-service management platform, for scheduling maintenance visits, dispatching technicians, recording inspection checklists for elevators and escalators, managing spare parts, and producing regulatory inspection reports. Customer's 420 named technicians and supervisors may use the web console and the mobile app.

### A2. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 begins on the Go-Live Date, which is the date of Onboarding Acceptance under A6. Subscription Year 2 begins on the first anniversary of the Go-Live Date. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| FieldPilot subscription | 420 named users × CNY 1,150 per user per year | 483,000 | 483,000 | 966,000 |
| Premium Support | per Subscription Year | 38,000 | 38,000 | 76,000 |
| Onboarding services | one-time, fixed price | 64,000 | — | 64,000 |
| **Total Fees** | | | | **1,106,000** |

All Fees are in CNY and include VAT. Additional users may be added at the same per-user price, pro rated to the end of the current Subscription Year. SMS notifications above 20,000 messages per month are charged at CNY 0.06 per message and are not part of the Total Fees.

### A4. Invoicing and Payment

1. Onboarding services are invoiced after Onboarding Acceptance.
2. The subscription and Premium Support fees for each Subscription Year are invoiced at the start of that Subscription Year.
3. Customer pays each correct invoice within 30 days of receipt, by bank transfer in CNY to the account of Provider's authorised reseller in Chengdu named on the invoice, against a valid PRC VAT invoice.
4. No fee is payable before Onboarding Acceptance.

### A5. Hosting, Service Levels and Approved Subcontractor

1. The platform and all Customer Data are hosted in Alibaba Cloud's Chengdu region in mainland China. Alibaba Cloud is an approved subcontractor for hosting only.
2. Provider commits to monthly availability of the platform of at least 99.95%, excluding scheduled maintenance announced five days in advance and performed between 01:00 and 05:00 Beijing time.
3. Priority 1 incidents (the platform or mobile app unavailable to all users, or dispatch not working) are answered within 30 minutes, at any time; Priority 2 incidents within 2 hours; Priority 3 requests within one business day.
4. Service credits: if monthly availability falls below the commitment, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that monthly amount; each late Priority 1 response earns a credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### A6. Onboarding

1. Provider shall configure FieldPilot for Customer's 14 branch offices, import Customer's equipment register of about 23,000 lifts and escalators and its open maintenance contracts, build the inspection checklists under TSG T5002, integrate the platform with Customer's Kingdee finance system, and train Customer's super-users.
2. Onboarding shall be complete within 75 days after signature of this Order Form.
3. Onboarding Acceptance criteria: the imported equipment register reconciles with Customer's source file record by record; all checklists and report templates match the specification signed by Customer; the finance interface posts test invoices correctly for 5 consecutive business days; and 50 technicians complete a pilot week in two branches without a Priority 1 incident. Customer confirms Onboarding Acceptance in writing within seven business days after the criteria are met. Use of the platform during the pilot is not acceptance.
4. If Onboarding Acceptance is delayed beyond the date in A6.2 for reasons attributable to Provider, Provider pays Customer CNY 900 for each day of delay, up to a total of CNY 64,000.

Signed for Customer: ____________________   Signed for Provider: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

"Customer Data" means all data submitted to the platform by or for Customer, including equipment records, maintenance logs, photographs and technician personal information. "Aggregated Data" means statistical data derived from Customer Data and from other customers' data that does not identify Customer or any individual. "Fees" means the fees in A3.

### 2. Access and Use

2.1 Provider grants Customer a non-exclusive right during the Subscription Term to access and use the platform for its internal business.
2.2 Customer shall not resell the platform, attempt to reverse engineer it, or use it to build a competing product.
2.3 Customer is responsible for the conduct of its users and for keeping passwords secure.

### 3. Provider Obligations

3.1 Provider shall provide the platform in accordance with its documentation and Part A, with reasonable skill and care.
3.2 Provider shall not materially reduce the functionality of the platform during the Subscription Term.
3.3 Provider shall provide Premium Support in Chinese through telephone, e-mail and a ticketing portal, with a named customer success manager.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data. Provider processes Customer Data to provide the platform and support to Customer.
4.2 Provider may use Customer Data to create Aggregated Data, and may use Aggregated Data during and after the Subscription Term to improve its products, train its scheduling models and publish industry benchmarks.
4.3 Within 30 days after the end of the Subscription Term Provider shall make Customer Data available for export in CSV format and then delete it from the platform.

### 5. Data Security

5.1 Provider shall maintain administrative, technical and physical safeguards for Customer Data, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, daily backups kept in mainland China, and a Multi-Level Protection Scheme level 3 record for the platform.
5.2 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, keep Customer informed of its investigation, and bear the costs and losses caused by an incident resulting from its breach of this Section.
5.3 Provider shall comply with the PRC Personal Information Protection Law and Data Security Law when processing personal information of Customer's technicians.

### 6. Intellectual Property

6.1 Provider retains all rights in the platform and its documentation.
6.2 Checklists, report templates, workflows and other configurations made for Customer during onboarding belong to Customer, and Customer may use, copy and modify them freely, including on other systems.

### 7. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form, and not disclose it to third parties except to its professional advisers and to approved subcontractors who are bound by similar obligations. These obligations continue for three years after the Subscription Term.

### 8. Subcontracting

Provider may not subcontract any of its obligations, other than hosting by the subcontractor approved in A5, without Customer's prior written consent. Provider is liable for its subcontractors as for itself.

### 9. Warranties

Provider warrants that the platform will perform materially in accordance with its documentation and that onboarding services will be performed in a professional manner. If a warranty is breached, Provider shall correct the failure at no charge.

### 10. Limitation of Liability

10.1 Provider's total liability arising out of or in connection with this Order Form is limited to the Fees paid or payable by Customer in the six (6) months immediately preceding the event giving rise to the claim.
10.2 Neither party is liable for indirect, special or consequential damages or lost profits.
10.3 The limits in this Section do not apply to Customer's payment obligations or to either party's fraud or wilful misconduct.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice.
11.2 If Customer terminates under 11.1, Provider shall refund any prepaid Fees for the period after termination.
11.3 Sections 4, 5, 7 and 10 survive termination.

### 12. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, except for payment obligations.

### 13. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 14. General

Notices must be in writing and sent to the addresses in the heading of this Order Form. Neither party may assign this Order Form without the other's consent. This Order Form is the entire agreement on its subject.
"""

E03 = """T:CONTRACT FOR THE SUPPLY, INSTALLATION AND LICENSING OF A TAILINGS DAM MONITORING SYSTEM
P:Contract No. GB-TSF-2027-031
P:Buyer: Jiangxi Ganbei Copper Mining Co., Ltd., a company incorporated in the People's Republic of China, Dexing, Jiangxi Province (the "Buyer").
P:Supplier: Cloud City Geotechnical Instruments, Inc., 407 Harrison Avenue, Leadville, Colorado 80461, USA (the "Supplier").
P:This Contract is made on the Buyer's standard form for equipment procurement. The Buyer needs automated monitoring of the No. 3 tailings storage facility to meet the PRC safety regulations for tailings ponds, and the Supplier has offered the equipment, software and services described below.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the sensors, data loggers, gateways and accessories listed in the price table in clause 3.
P:1.2 "Monitoring Software" means the Supplier's GeoSentinel monitoring software, including its alarm engine, web dashboard and mobile alerts, licensed under clause 2.3.
P:1.3 "System" means the Equipment and the Monitoring Software installed and configured together at the Site.
P:1.4 "Site" means the No. 3 tailings storage facility and its control room at the Buyer's mine near Dexing.
P:1.5 "Final Acceptance" means the Buyer's signed certificate under clause 6.4.
P:1.6 "Buyer Data" means all measurements, alarms, images, logs and configuration data collected or generated by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall design the sensor layout, supply the Equipment, install it on the dam crest, slopes and beach, connect it through a LoRa and fibre network to the control room, and commission the System.
P:2.2 The Supplier shall configure alarm thresholds for displacement, phreatic line and seepage in consultation with the Buyer's design institute, build a dashboard that links the System to the provincial emergency management platform, and train the Buyer's operators.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Monitoring Software on the Buyer's servers for the monitoring of the Buyer's tailings facilities in mainland China.
P:2.4 Installation shall be completed within 150 days after the Buyer issues the site access notice, and before the start of the flood season.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,452,000, inclusive of VAT, freight, insurance, import duties and customs clearance, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|GNSS surface displacement station|48|21,500|1,032,000
TB:2|Vibrating-wire piezometer with logger|36|6,800|244,800
TB:3|In-place inclinometer string (30 m)|12|28,600|343,200
TB:4|LoRa gateway with solar power unit|6|14,200|85,200
TB:5|GeoSentinel Monitoring Software, perpetual licence|1|418,000|418,000
TB:|Equipment and Licence Subtotal|||2,123,200
TB:6|Installation, cabling and civil works|1|286,000|286,000
TB:7|Commissioning and training|1|42,800|42,800
TB:|Contract Price|||2,452,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or cost changes.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price within 30 days after signature, against an advance payment guarantee from a bank in mainland China for the same amount.
P:4.2 Delivery and installation payment: 55% of the Contract Price within 30 days after the Buyer signs the installation certificate. The installation certificate confirms delivery and installation only and is not acceptance of the System.
P:4.3 Final payment: 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid PRC VAT invoice issued by the Supplier's agent in Shanghai named in Annex 3.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment DAP Site, packed for transport on mountain roads, with certificates of origin, calibration certificates and PRC explosion-proof or metrology approvals where required.
P:5.2 The Supplier shall follow the Buyer's mine safety rules, including induction training, permits for work at height and near water, and the instructions of the Buyer's safety officer. The Supplier is responsible for the safety of its personnel.
H:6. Testing and Acceptance
P:6.1 Factory test: each GNSS station and inclinometer string shall be tested before shipment and the records delivered with the Equipment.
P:6.2 Site acceptance criteria: every sensor reports to the Monitoring Software; GNSS stations achieve horizontal precision of 2 mm and vertical precision of 3 mm after 24-hour sessions; piezometer readings agree with manual dip readings within 0.2 m; alarms reach the control room and the designated mobile phones within 60 seconds in a simulated event; and the link to the provincial platform is confirmed by the emergency management authority.
P:6.3 After the site tests, the System shall operate for 60 days without a Priority 1 fault and without any sensor losing more than 48 consecutive hours of readings.
P:6.4 When all criteria in 6.2 and 6.3 are met, the Buyer shall sign the Final Acceptance certificate within ten business days. Installation, use of the System or any payment is not acceptance. If a criterion is not met, the Supplier shall remedy the defect and the test or the operating period shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including freight and import costs, recalibrate sensors on schedule, and provide Monitoring Software updates and support.
P:7.2 Faults are classified in the fault table below. The Supplier shall respond and restore service within the stated times.
TB:Priority|Description|Response|Restoration
TB:Priority 1|Monitoring Software down, or loss of data from more than one sensor group|30 minutes|24 hours (replacement sensor on site within 72 hours)
TB:Priority 2|Single sensor or gateway fault|2 hours|5 days
TB:Priority 3|Questions and minor software issues|1 business day|next release
P:7.3 The Monitoring Software shall be available at least 99.95% of each calendar month, excluding maintenance agreed with the Buyer in advance.
P:7.4 For each hour of late response or restoration of a Priority 1 fault, the Supplier shall pay CNY 1,500. For each started 0.01 percentage point of monthly availability below 7.3, the Supplier shall pay CNY 2,000. The Buyer may deduct these amounts from any payment or from the performance security.
P:7.5 After the warranty the Buyer may order support, spare parts service and recalibration for years four and five of operation at an annual fee of 8% of the Equipment and Licence Subtotal (CNY 169,856 per year). This fee is fixed for both years. Support is ordered each year by purchase order and does not renew automatically.
H:8. Delay Damages
P:8.1 If the Supplier fails to complete installation by the date in 2.4 or to achieve Final Acceptance within 90 days after installation for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay.
P:8.2 Total delay damages shall not exceed 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
H:9. Intellectual Property
P:9.1 The Monitoring Software and the Equipment firmware remain the property of the Supplier or its licensors, subject to the licence in 2.3.
P:9.2 The sensor layout design, alarm configurations, dashboards, interface programs and reports made for the Buyer, with their source files, belong to the Buyer. The Buyer may use, modify and license them freely.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer and shall be stored only on the Buyer's servers in mainland China. The Supplier may use Buyer Data only to perform this Contract.
P:10.2 The Supplier shall access the System remotely only through the Buyer's VPN with individual accounts, after approval by the Buyer for each session, and shall not copy Buyer Data outside the Buyer's network.
P:10.3 The Supplier shall report any security incident affecting the System or Buyer Data within 2 hours, assist the Buyer in the response, and be liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and business information received under this Contract, including information on the tailings facility and its safety status, and shall not disclose it without prior written consent, except to authorities as required by law.
P:11.2 This clause survives for three years after the warranty ends.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price.
P:12.2 The limit does not apply to personal injury or death, wilful misconduct, gross negligence, or breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Civil works and cabling may be subcontracted only to a contractor approved in writing by the Buyer that holds the required PRC qualifications.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if total delay damages reach the limit in 8.2.
P:14.2 On termination for the Supplier's breach, the Buyer may complete the work through others at the Supplier's cost, and the Supplier shall refund payments for Equipment and services not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:16. Miscellaneous
P:16.1 This Contract is executed in English and Chinese; both versions are equally valid.
P:16.2 Annexes: Annex 1 Technical Specification; Annex 2 Sensor Layout; Annex 3 Payment Agent and Bank Details.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** CPMS-XM-2027-09

**Between** Xiamen Haixi Outdoor Apparel Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Huli District, Xiamen, Fujian Province ("**Customer**"),

**and** Collegiate Peaks Managed Services, Inc., a Colorado corporation with its principal office at 123 North Main Street, Buena Vista, Colorado 81211, USA, acting in China through its branch office in Xiamen ("**Supplier**").

**Background.** Customer manufactures outdoor apparel in two factories in Xiamen and Zhangzhou and sells through 86 retail stores and online channels. Customer wishes to outsource the day-to-day operation of its IT service desk, end-user devices, store point-of-sale support and data-centre infrastructure. Supplier has agreed to provide these services on the terms below.

## Section 1 — Definitions

1.1 "**Services**" means the services described in Schedule 1.
1.2 "**Service Commencement Date**" means the date on which Customer confirms in writing that the Transition has been completed in accordance with Section 4.
1.3 "**Transition**" means the work by which Supplier takes over the Services from Customer's internal team, as described in Schedule 1, Part B.
1.4 "**Customer Data**" means all data of Customer or its employees, customers and suppliers that Supplier receives or can access in performing the Services.
1.5 "**Service Levels**" means the targets in Schedule 3.

## Section 2 — Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "**Service Term**").
2.2 This Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties.

## Section 3 — Services

3.1 Supplier shall perform the Services in accordance with Schedule 1 and good industry practice.
3.2 Supplier shall provide the named service delivery manager, a service desk team in Xiamen working in Mandarin and English, and field engineers for both factories and the retail stores in Fujian Province.
3.3 Customer shall give Supplier access to its premises, systems and documentation as reasonably required, and shall keep the licences for its own software current.
3.4 Supplier shall use the IT service management tool hosted by Customer, record every ticket in it and follow Customer's change management procedure for any change to production systems.

## Section 4 — Transition and Service Commencement

4.1 Supplier shall complete the Transition within 75 days after signature.
4.2 Service Commencement criteria: all 1,840 end-user devices and 214 servers and network devices are recorded in the configuration database and reconciled with Customer's asset register; the service desk has handled live tickets for ten business days in parallel with Customer's team; runbooks for every system in Schedule 1 are approved by Customer; and a failover test of the core ERP servers has been completed successfully.
4.3 Customer shall confirm the Service Commencement Date in writing within five business days after the criteria are met, or state which criteria are not met. Parallel operation does not constitute acceptance.
4.4 If the Service Commencement Date falls after the date in 4.1 for reasons attributable to Supplier, Supplier shall pay Customer CNY 2,500 for each day of delay, up to a total of CNY 146,000.

## Section 5 — Service Levels

5.1 Supplier shall perform the Services to meet the Service Levels in Schedule 3.
5.2 Supplier shall report its performance against each Service Level monthly, by the fifth business day of the following month, and discuss the report with Customer at the monthly service review.
5.3 Where a Service Level is missed in any month, Supplier shall analyse the cause and present an improvement plan at the next service review. The Service Levels are performance targets. No service credits or deductions apply.

## Section 6 — Charges and Payment

6.1 The charges are set out in Schedule 2. The total charges for the Service Term are CNY 3,332,000, including VAT.
6.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears.
6.3 Customer pays each correct invoice within 30 days of receipt against a valid PRC VAT invoice issued by Supplier's Xiamen branch.
6.4 The charges are fixed for the Service Term. Changes in the number of devices within a band of 10% above or below the baseline in Schedule 2 do not change the charges.

## Section 7 — Customer Data

7.1 Customer Data is and remains the property of Customer.
7.2 Supplier shall use Customer Data only to perform the Services and shall not use it for any other purpose.
7.3 At the end of the Service Term, Supplier shall return all Customer Data and documentation in its possession.

## Section 8 — Confidentiality

8.1 Each party shall keep confidential all information received from the other party that is marked confidential or would reasonably be understood to be confidential, including Customer's product designs, prices and supplier terms.
8.2 The receiving party shall use such information only for this Agreement and shall not disclose it to any third party without the prior written consent of the disclosing party, except to its employees and professional advisers who need to know it.
8.3 This Section survives for three years after the end of this Agreement.

## Section 9 — Intellectual Property

9.1 Supplier keeps its pre-existing tools and methods.
9.2 Runbooks, scripts, knowledge-base articles, configuration records and reports prepared by Supplier for Customer belong to Customer, which may use, modify and give them to any replacement supplier.

## Section 10 — Personnel and Subcontracting

10.1 Supplier shall not replace the service delivery manager without Customer's approval, which shall not be unreasonably withheld.
10.2 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier remains fully responsible for any approved subcontractor.

## Section 11 — Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges stated in Section 6.1.
11.2 The limit does not apply to personal injury, fraud or wilful misconduct.
11.3 Neither party is liable for loss of profit or indirect loss.

## Section 12 — Termination

12.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and fails to remedy it within 30 days after written notice.
12.2 Either party may terminate if the other becomes insolvent.
12.3 On expiry or termination, Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 2, hand over all documentation and cooperate with any replacement supplier.

## Section 13 — Force Majeure

A party affected by an event beyond its reasonable control is excused for the period of the event, provided it informs the other party promptly and takes reasonable steps to resume performance.

## Section 14 — Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## Section 15 — General

This Agreement, with its Schedules, is the entire agreement on its subject. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above.

## Schedule 1 — Services

| Part | Service | Scope | Hours |
|---|---|---|---|
| A1 | Service desk | Incident and request handling by phone, e-mail, WeCom and portal; password resets; user onboarding and offboarding | 07:00–23:00 daily |
| A2 | End-user devices | Deployment, repair coordination and software distribution for 1,840 laptops, desktops and tablets | business days, on site |
| A3 | Retail store support | Remote and on-site support for point-of-sale terminals, printers and store network equipment in 86 stores | 09:00–22:00 daily |
| A4 | Data-centre operations | Monitoring, patching, backup operation and capacity reporting for 214 servers, storage and network devices | 24 × 7 |
| A5 | Service management | Monthly reporting, change coordination, asset and configuration records | business days |
| B | Transition | Knowledge transfer, asset reconciliation, runbooks, parallel running | per Section 4 |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) | Total for Service Term (CNY) |
|---|---|---|---|
| Transition Charge | one-time, fixed | 146,000 | 146,000 |
| Monthly Service Charge | per month × 36 months | 88,500 | 3,186,000 |
| **Total charges** | | | **3,332,000** |
| Exit assistance, additional projects | per engineer day | 2,800 | not included |

Baseline: 1,840 end-user devices, 86 stores, 214 data-centre devices.

## Schedule 3 — Service Levels

| Priority | Definition | Response target | Restoration target |
|---|---|---|---|
| P1 | ERP, warehouse system or all stores' point of sale down; factory production stopped by an IT fault | 15 minutes | 8 hours |
| P2 | A single store or department unable to work; a major system degraded | 1 hour | 1 business day |
| P3 | A single user affected | 2 hours | 3 business days |
| Requests | Standard service requests | 1 business day | 5 business days |

Customer satisfaction target: average score of 4.5 out of 5 in monthly surveys.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT — SEVERE WEATHER RISK DATA AND API

Agreement No. RGWA-HRB-2027-02

PARTIES

1.1 Royal Gorge Weather Analytics, LLC, a Colorado limited liability company with its principal office at 612 Main Street, Cañon City, Colorado 81212, USA ("Provider").

1.2 Harbin Heitu Agricultural Insurance Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin, Heilongjiang Province ("Customer").

1.3 Customer underwrites crop and greenhouse insurance in north-east China and wishes to use Provider's hail, wind and severe-convective-storm risk data in its pricing and claims processes. Provider licenses that data through an application programming interface (the "API") and as historical files.

DEFINITIONS

2.1 "Provider Data" means the hail probability grids, storm-track records, wind-gust estimates, risk scores and related data that Provider makes available under this Agreement, including the Historical Archive.

2.2 "Historical Archive" means Provider's gridded severe-weather records for Heilongjiang, Jilin and Liaoning provinces and eastern Inner Mongolia from 2000 onwards, at 1 km resolution.

2.3 "Customer Query Data" means the coordinates, field boundaries, policy numbers and other information that Customer sends to the API, and the results returned to Customer.

2.4 "Subscription Year" means each period of 365 days starting on the Activation Date or its anniversary. The subscription runs for two Subscription Years.

2.5 "Activation Date" means the date on which Provider issues production API keys to Customer.

SUBSCRIPTION AND LICENCE

3.1 Provider grants Customer a non-exclusive, non-transferable licence, for the two Subscription Years, to query the API and use Provider Data for underwriting, pricing, portfolio management, reinsurance submissions and claims handling in Customer's business.

3.2 The subscription includes up to 3,000,000 API calls per Subscription Year, 25 named user accounts for the analytics portal, and quarterly model updates.

3.3 Customer may keep and use the Historical Archive and any Provider Data embedded in its pricing models and claims records after the subscription ends, for its internal business only.

3.4 Provider will publish release notes with each quarterly model update, describing changes to methods, input sources and known limitations, and will keep the previous model version available through the API for at least 90 days after each update so that Customer can compare results before switching its pricing models.

3.5 Customer shall not resell Provider Data or make it available to third parties, except to its reinsurers, auditors and regulators in reports prepared by Customer.

FEES AND PAYMENT

4.1 The Subscription Fee is CNY 455,000 for each Subscription Year, CNY 910,000 for both.

4.2 The Setup and Historical Archive Fee is CNY 138,000, one time. It covers delivery of the Historical Archive, configuration of Customer's account, and integration support as described in clause 5.

4.3 The total fees under this Agreement are CNY 1,048,000, including VAT.

4.4 Customer shall pay the Setup and Historical Archive Fee and the Subscription Fee for the first Subscription Year together, within 10 days after signature of this Agreement. Provider will not deliver the Historical Archive or issue production API keys before receiving this payment.

4.5 The Subscription Fee for the second Subscription Year is payable within 30 days after the start of that Subscription Year.

4.6 API calls above the annual allowance are charged at CNY 0.08 per call, invoiced quarterly in arrears. These charges are not part of the total fees.

4.7 The Subscription Fee is fixed for both Subscription Years.

4.8 Payments are made in CNY to the account of Provider's authorised distributor in Beijing, against a valid PRC VAT invoice.

DELIVERY, INTEGRATION AND ACCEPTANCE

5.1 Within 20 days after receiving the payment under 4.4, Provider shall deliver the Historical Archive in NetCDF and GeoTIFF formats with documentation, and issue sandbox API keys.

5.2 Provider shall provide up to 15 consultant days to help Customer integrate the API with its underwriting system and claims platform, and shall deliver sample integration scripts written for Customer's systems.

5.3 Acceptance criteria for the Historical Archive: the files cover the full area and period stated in 2.2 without missing grid cells or days; the file formats and fields match the data dictionary; and a sample of 200 historical hail events selected by Customer can be located in the archive. Customer shall confirm acceptance in writing, or list the defects, within ten business days after delivery. Provider shall correct any defect and redeliver within ten business days.

5.4 If Provider delivers the Historical Archive or issues production API keys later than the date in 5.1 for reasons attributable to it, Provider shall pay Customer CNY 700 for each day of delay.

SERVICE AVAILABILITY AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to process queries promptly.

6.2 Customer may submit support requests by e-mail or through the portal. Provider will answer them within a reasonable time during its business hours.

6.3 Provider may suspend the API for maintenance and will try to give notice of planned maintenance in advance.

6.4 No service levels, response times or service credits apply to the API or to support under this Agreement.

DATA AND DATA SECURITY

7.1 Customer Query Data belongs to Customer. Provider shall process Customer Query Data only to return results to Customer and to provide support, and shall not use it for any other purpose, including product development.

7.2 The API used by Customer is operated from a mainland China cloud region by Provider's hosting partner Alibaba Cloud, which is approved under clause 10.1. Customer Query Data is stored in mainland China, is encrypted in transit and at rest, and is deleted 30 days after each query unless Customer asks for longer retention.

7.3 Provider shall restrict access to Customer Query Data to personnel who need it to provide the service, keep access logs, notify Customer within 24 hours of becoming aware of any unauthorised access, and compensate Customer for losses caused by a breach of this clause.

INTELLECTUAL PROPERTY

8.1 Provider and its licensors own Provider Data and the API. Except for the licence in clause 3, no rights are granted.

8.2 The integration scripts written for Customer under 5.2, and all pricing models, reports and analyses that Customer creates using Provider Data, belong to Customer. Customer may use, modify and license the integration scripts freely.

CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's portfolio, pricing and claims information and Provider's model methodology, and use it only for this Agreement.

9.2 This clause continues to apply for three years after the end of this Agreement.

SUBCONTRACTING AND ASSIGNMENT

10.1 Provider may use Alibaba Cloud for hosting the API. Any other subcontracting of Provider's obligations requires Customer's prior written consent.

10.2 Neither party may assign this Agreement without the other party's written consent.

LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees stated in clause 4.3.

11.2 Provider does not guarantee that Provider Data will predict any particular weather event or loss. Customer is responsible for its underwriting and claims decisions.

11.3 Neither party is liable for loss of profit or indirect damage, except in case of wilful misconduct or a breach of clause 7.

TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. The parties may agree a renewal in writing.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.3 If Customer terminates under 12.2, Provider shall refund the part of the Subscription Fee paid for the period after termination.

12.4 Clauses 3.3, 7, 8, 9 and 11 survive the end of this Agreement.

FORCE MAJEURE

13.1 Neither party is responsible for delay or failure caused by events beyond its reasonable control, such as natural disasters, network failures of public carriers or acts of government, if it informs the other party promptly.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final.

COMPLIANCE

15.1 Each party shall comply with the laws that apply to it in performing this Agreement, including insurance regulations as regards Customer's use of Provider Data in filed products, and export control and sanctions laws as regards Provider's supply.

15.2 Provider confirms that Provider Data contains no personal information and no data collected in mainland China by Provider's own instruments. It is derived from public satellite, radar and reanalysis sources and from Provider's models.

15.3 Customer shall name Provider as the source of Provider Data in any filing with the insurance regulator in which the data is material.

GENERAL

16.1 This Agreement is the entire agreement of the parties on its subject and replaces earlier proposals.

16.2 Amendments must be in writing and signed by both parties.

16.3 This Agreement is signed in two originals in English, one for each party.

For Provider: ____________________        For Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h1040z01_emergency_dispatch_platform.pdf", Z01),
    "z02": ("h1040z02_facial_steamer_line_control_retrofit.docx", Z02),
    "z03": ("h1040z03_dance_school_chain_booking_saas.txt", Z03),
    "z04": ("h1040z04_culvert_flood_monitoring_om_service.txt", Z04),
    "z05": ("h1040z05_yak_cashmere_process_tracking_supplier_template.md", Z05),
    "e01": ("h1040e01_resort_operations_perpetual_licence.pdf", E01),
    "e02": ("h1040e02_field_service_saas_order_form.md", E02),
    "e03": ("h1040e03_tailings_dam_monitoring_sensors_licence.docx", E03),
    "e04": ("h1040e04_managed_it_services_36_months.md", E04),
    "e05": ("h1040e05_severe_weather_data_api_subscription.txt", E05),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: language, category, terms in KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract value,
#      fee base for TCO (goods only)
SPEC = {
    "z01": ("zh", "software", [99.99, 0.25, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False,
                               True, False, "PRC", G], True, True, True, False, 2088000, 1260000),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 18, 26, False,
                               True, False, "PRC", G], True, True, True, False, 1616000, 1436000),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.08, 200, None, True, None, None, None, True,
                            True, False, "PRC", S], True, True, None, False, 764000, None),
    "z04": ("zh", "services", [None, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                               False, False, True, "PRC", S], True, True, None, False, 396400, None),
    "z05": ("zh", "software", [None, 8, False, "supplier", True, True, False, None, None, 65, False, False, 6, None,
                               False, True, None, "PRC", G], True, False, False, True, 436000, 268000),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False,
                               True, False, "Colorado", G], True, True, True, False, 1712000, 1180000),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 900 / 1106000 * 100, 6 / 24 * 100, None, True,
                            None, None, None, False, True, False, "PRC", S], True, True, None, False, 1106000, None),
    "e03": ("en", "hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False,
                               True, False, "PRC", G], True, True, True, False, 2452000, 2123200),
    "e04": ("en", "services", [None, 0.25, False, "buyer", False, True, True, 2500 / 3332000 * 100, 150, None, True,
                               None, None, None, False, True, False, "PRC", S], True, True, None, False, 3332000, None),
    "e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 700 / 1048000 * 100, 200,
                            (138000 + 455000) / 1048000 * 100, True, None, None, None, False, True, False, "PRC", S],
            False, True, None, False, 1048000, None),
}
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "e05": ["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}
# policy thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, extra, base):
    """Post-warranty fee share of TCO over the horizon, in %; None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (extra["contract_value"] + fees) * 100


def derive(t, x, base):
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":  # every forum in this set is in mainland China
        r.add("CR-GOVERNING-LAW")  # except e01's Denver courts, which come with Colorado law
    share = tco_share(t, x, base)
    if share is not None and share > TCO_SHARE_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    lang, cat, vals, sla, ld, capped, deemed, cv, base = SPEC[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    rules = derive(t, x, base)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- read back
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


# ---------------------------------------------------------------- threshold scan
TH_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0\.05(?!\d)\s*(%|％|percent|per\s*cent)",
    r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.,])(30|15|40|100)(\.0+)?\s*(%|％|percent|per\s*cent)",
    r"百分之(三十|十五|四十|一百|百)(?![一二三四五六七八九点])", r"(?<![十])[三四]成(?![员])",
    r"(?<![\d.])4\s*-?\s*(小时|个小时|hours?|hrs?|h)(?![a-z])", r"(?<![十\d])四个?小时", r"four[\s-]*hours?",
    r"(?<![\d.])12\s*-?\s*(个月|months?)", r"(?<![\d十])十二个月", r"twelve[\s-]*(\(12\)\s*)?months?",
    r"(?<![第每十同逐单])一年", r"(?<![\d.])1\s*年(?![度级])", r"\b(one|1)[\s-]*year\b",
]
TH_RX = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "0.05 %", "万分之五", "30%", "30 %", "百分之三十", "15%", "40 percent", "100%",
            "百分之百", "4小时", "4 hours", "4-hour", "四小时", "four hours", "12个月", "12 months", "12-month",
            "十二个月", "twelve months", "twelve (12) months", "质保期一年", "one year", "1 year", "1年"]
MUST_MISS = ["99.95%", "99.99%", "24小时", "二十四小时", "24 hours", "14 hours", "0.08%", "万分之八", "35%", "130%",
             "百分之三十五", "1,500,000", "36个月", "每年", "一个服务年度", "Subscription Year 1", "2 hours", "3 hours",
             "45%", "1,150 per user per year", "第一年", "2,100,000", "0.5 hours", "15 minutes", "40 days", "12 hours",
             "120日", "30 days", "成员"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in TH_RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- build and check
def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key], targets[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)


def check_sums():
    assert 1260000 + 684000 + 118000 + 26000 == 2088000 and 1260000 * 9 // 100 == 113400
    assert 612000 + 148000 + 286000 + 214000 + 176000 == 1436000 and 1436000 + 162000 + 18000 == 1616000
    assert 1436000 * 26 // 100 == 373360
    assert 35 * 9800 == 343000 and 2 * 343000 + 78000 == 764000
    assert 86 * 3400 == 292400 and 292400 + 58000 + 46000 == 396400
    assert 268000 + 146000 + 22000 == 436000
    assert 1180000 + 356000 + 142000 + 34000 == 1712000 and 1180000 * 11 // 100 == 129800
    assert 420 * 1150 == 483000 and 2 * 483000 + 2 * 38000 + 64000 == 1106000
    assert 48 * 21500 == 1032000 and 36 * 6800 == 244800 and 12 * 28600 == 343200 and 6 * 14200 == 85200
    assert 1032000 + 244800 + 343200 + 85200 + 418000 == 2123200 and 2123200 + 286000 + 42800 == 2452000
    assert 2123200 * 8 // 100 == 169856
    assert 36 * 88500 == 3186000 and 3186000 + 146000 == 3332000
    assert 2 * 455000 + 138000 == 1048000
    for a, b, c in [(20, 45, 35), (10, 55, 35), (65, 35, 0), (20, 45, 35), (10, 55, 35)]:
        assert a + b + c == 100 and not {a, b, c} & {30, 15, 40, 100}


def main():
    assert all(TH_RX.search(s) for s in MUST_HIT), [s for s in MUST_HIT if not TH_RX.search(s)]
    assert not any(TH_RX.search(s) for s in MUST_MISS), [s for s in MUST_MISS if TH_RX.search(s)]
    check_sums()
    build()
    covered = set()
    for key, (name, _) in FILES.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        sev = {SEVERITY[r] for r in lab["expected_rules"]}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (key, risk)
        covered |= set(lab["expected_rules"])
        t, x = lab["expected_terms"], lab["expected_extra"]
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        share = tco_share(t, x, SPEC[key][-1])
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                             encoding="utf-8")
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        print("%s %-62s %5d %-6s %s%s" % (key, name, n, risk, ", ".join(lab["expected_rules"]) or "(none)",
                                          "" if share is None else "  TCO share %.2f %%" % share))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    main()
