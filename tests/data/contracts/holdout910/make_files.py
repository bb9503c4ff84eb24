"""holdout910: builds the ten blind held-out drafts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py),
writes the .json labels and asserts lengths, thresholds, rule design and coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H910Z01 = """T:市自然资源局界桩巡护服务平台采购合同
P:合同编号：ZRZY-CG-2026-0417　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市自然资源局
P:乙方（供应商）：某市图衡地理信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就界桩巡护服务平台的软件许可与定制开发事项，经协商一致订立本合同。本合同使用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供界桩巡护服务平台软件许可（永久使用，不限终端数），并完成定制开发：巡护移动端应用、界桩电子档案、巡查任务派发与轨迹管理、损毁上报与修复闭环、与市国土空间基础信息平台及不动产登记系统的接口。
P:1.2 乙方负责部署、历史界桩数据迁移（约一万一千余个界桩点位及照片）、系统联调与操作培训。平台部署于甲方政务云，移动端应支持离线巡护与北斗定位，巡护照片自动叠加时间、坐标水印。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰零肆万陆仟元整（¥2,046,000），含税，为固定总价。
TB:项目|金额（元）
TB:平台软件许可|1,160,000
TB:定制开发（移动端、档案、任务、接口）|742,000
TB:部署实施及数据迁移|118,000
TB:培训|26,000
TB:合计|2,046,000
P:2.2 合同总价已包含软件、开发、实施、培训、差旅、税费及质保期内的全部服务费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统试运行满九十日并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后一百二十日内完成部署、定制开发与数据迁移，具备初步验收条件。
P:4.2 乙方应按周提交进度报告，重大偏差应在三个工作日内书面说明原因及补救措施。
P:4.3 乙方应组建不少于八人的项目组，项目经理须具备五年以上地理信息系统项目管理经验，未经甲方同意不得更换；确需更换的，继任人员资历不得低于原人员。
P:4.4 甲方负责提供机房、网络、政务云资源和必要的业务资料，并指定联系人协调各区县自然资源分局配合界桩数据核查。
P:4.5 乙方应在合同签订后五个工作日内提交人民币十万元的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：功能符合招标文件技术要求和双方确认的需求规格说明书；迁移的界桩点位、坐标、照片与原数据逐条比对一致；接口连续运行十个工作日无数据丢失；移动端在五百个并发用户下查询响应不超过两秒。
P:5.2 最终验收标准：试运行九十日内未发生一级故障；第三方测评机构出具的安全测评报告无高风险问题；乙方提交源代码、接口文档、部署手册和运维手册。
P:5.3 验收由甲方组织，出具书面验收报告。系统上线、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%。一级故障（平台无法登录或巡护数据无法上传）乙方应在30分钟内响应，两小时内到场，八小时内恢复；二级故障两小时内响应。
P:6.3 乙方未达到6.2约定的，每超时一小时扣减服务费800元；月度可用率每低于约定0.01个百分点，扣减1,500元，从质保金或后续款项中扣除。
P:6.4 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可价格的8%（即每年不超过92,800元），该价格自质保期满起三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.5 乙方应为甲方巡护人员及系统管理员提供不少于三期的集中培训和现场跟班指导，培训教材归甲方所有，乙方应确保培训后甲方人员能独立完成日常巡护任务派发、数据维护与统计分析。
P:6.6 质保期内，乙方每季度对平台进行一次健康检查，提交巡检报告，并在汛期、森林防火期等重点时段安排技术人员驻场保障。
H:第七条 知识产权
P:7.1 平台产品的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的移动端、接口程序、源代码、文档及数据成果的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
H:第八条 数据安全
P:8.1 界桩数据、巡护轨迹、照片和业务数据属于甲方所有，乙方仅为履行本合同使用，不得留存、复制或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《网络安全等级保护》的要求，通过甲方堡垒机进行远程操作，不得将数据拷贝出甲方网络。
P:8.3 乙方人员须签署数据安全承诺书，仅按最小权限原则访问，操作日志保存不少于六个月；合同终止或履行完毕后，乙方应将其掌握的甲方数据全部返还或在甲方监督下删除，并出具书面确认。
P:8.4 发生数据泄露或安全事件的，乙方应在两小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第九条 保密
P:乙方对履行合同中知悉的甲方工作秘密、测绘成果和未公开信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。乙方应与参与本项目的全部人员签订保密协议，涉密测绘成果的使用与保管应符合测绘地理信息管理的有关规定。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的成果不符合约定且逾期未整改的，甲方有权要求乙方重新开发或更换，并赔偿由此造成的损失。
P:10.3 甲方逾期付款的，按未付金额每日万分之二支付逾期付款违约金。
H:第十一条 分包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 乙方逾期超过六十日，或交付成果两次验收不合格的，甲方有权解除合同，乙方应退还已收取的款项并赔偿甲方损失。
P:12.3 合同解除后，乙方应在十日内移交已完成的开发成果、文档与数据，并配合甲方完成系统交接。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:因地震、洪水、疫情等不能预见、不能避免且不能克服的事件导致不能履行合同的，受影响方应及时通知对方并在十五日内提供证明，双方可协商延期履行或变更合同，受影响方不承担违约责任。
H:第十五条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分，与本合同具有同等法律效力；内容不一致的，以本合同为准。本合同未尽事宜，双方可签订书面补充协议。
P:甲方（盖章）：________　乙方（盖章）：________
"""

H910Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HBC-JG-2026-031
P:甲方：某市文星画笔制造有限公司
P:乙方：某省锐控自动化工程有限公司
P:甲方拟对其油画笔、水彩笔六条生产线（制杆、装毛、胶合、修型、烫印、包装）的控制系统进行改造。乙方经比选成交。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及售后服务达成如下协议。
H:第一条 改造范围
P:1.1 乙方负责将六条产线原有继电器及老旧PLC控制系统更换为新一代PLC控制系统，加装触摸屏人机界面、伺服驱动、笔头视觉检测单元和数据采集网关，并部署上位机生产监控软件。
P:1.2 改造后各产线应实现配方参数集中下发、设备状态实时监视、不良品自动剔除、产量与能耗自动统计，并将数据上传至甲方现有的生产管理系统。
P:1.3 改造须利用甲方春节停产及周末检修时间分线实施，每条产线停线时间不得超过六日，不得影响其他产线生产。
P:1.4 乙方应在改造前对六条产线进行现场勘测，核实原有电气线路、气动元件和传感器状况，形成勘测报告和改造设计方案，经甲方确认后作为施工和验收依据。勘测中发现原有设备存在安全隐患的，乙方应书面提示甲方。
H:第二条 合同价格与明细
P:2.1 合同总价为人民币壹佰陆拾陆万元整（¥1,660,000），含13%增值税，含运输、安装、调试、培训及质保期内服务。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O模块（每线一套）|6套|68,000|408,000
TB:2|触摸屏人机界面|12台|9,500|114,000
TB:3|伺服驱动器及电机|36套|6,200|223,200
TB:4|笔头视觉检测单元|6套|42,800|256,800
TB:5|数据采集网关|6台|7,300|43,800
TB:6|上位机组态及生产监控软件许可（永久）|1套|340,200|340,200
TB:|软硬件小计|||1,386,000
TB:7|安装调试及电气改造|1项|164,000|164,000
TB:8|PLC程序及画面编写|1项|98,000|98,000
TB:9|操作与维护培训|1项|12,000|12,000
TB:|合同总价|||1,660,000
H:第三条 付款方式
P:3.1 合同签订后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅为数量和外观确认，不视为质量验收。
P:3.3 六条产线全部改造完成并通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方应在每笔付款前开具等额增值税专用发票。甲方以银行转账方式付款，因乙方发票不合格导致付款延迟的，甲方不承担逾期付款责任。乙方收款账户变更的，应提前以盖章书面通知告知甲方。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后四十五日内将全部设备送达甲方厂区，并在到货后九十日内完成全部六条产线的改造。
P:4.2 乙方进场前应提交施工方案、停线计划和安全措施，经甲方生产部与设备部书面确认后方可实施。施工人员应遵守甲方厂区安全、防火和用电管理规定。
P:4.3 甲方负责提供施工用电、设备临时存放场地和产线原有工艺参数，并安排熟悉工艺的班组长全程配合调试。
P:4.4 乙方供应的设备应为原厂全新合格产品，附出厂合格证、检验报告和中文说明书；PLC、伺服与触摸屏应为同一品牌系列，便于甲方统一备件。乙方应随货免费提供每类关键部件不少于两件的随机备件。
P:4.5 改造期间拆除的旧控制柜、旧PLC等物资归甲方所有，乙方应清点后移交甲方仓库。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线验收，验收标准为：各工位动作与改造前工艺一致；连续运行七十二小时无停机故障；视觉检测对笔头开叉、缺毛、胶合不良的检出率不低于98%，误剔率不高于2%；产量、能耗数据与人工计数偏差不超过0.5%。
P:5.2 六条产线全部通过单线验收并连续稳定运行三十日后，由甲方组织最终验收，出具书面验收报告。设备到货、安装完毕或投入生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并申请复验，费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起十八个月。质保期内乙方免费维修或更换故障设备和部件，并提供软件缺陷修复与升级。
P:6.2 一级故障（整条产线停机）乙方应在1小时内响应，三小时内到达现场，十小时内排除；二级故障（单工位故障）八小时内到达现场。
P:6.3 乙方未按6.2约定响应或到场的，每超时一小时向甲方支付500元，从后续付款或质保金中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的17%计取，即每年235,620元，含每季度一次预防性维护、备件更换及软件升级，该费率在质保期满后三年内固定不变。
P:6.5 维保服务按年签订，甲方有权决定是否续签，不自动续期。
P:6.6 乙方应为甲方电工、设备管理员和产线班组长提供不少于四十课时的操作与维护培训，内容包括PLC程序备份恢复、触摸屏参数修改、视觉检测模板调整和常见故障排查，培训后应确保甲方人员能独立处理二级故障。
H:第七条 知识产权
P:7.1 PLC程序、触摸屏画面、组态工程文件及其源文件、电气图纸等为本项目编制的成果，其知识产权归甲方所有，乙方应在最终验收前全部交付，甲方可自行修改或委托他人修改。
P:7.2 上位机软件产品本身的知识产权归原厂或乙方所有，甲方获得永久使用许可。
H:第八条 生产数据安全
P:8.1 产线采集的工艺配方、产量、质量和能耗数据属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方设备部每次审批，通过甲方指定的工业防火墙和堡垒机接入，操作全程留痕；禁止在产线网络中接入未经甲方检测的移动存储介质。
P:8.3 因乙方原因导致数据丢失、泄露或控制系统遭受网络攻击的，乙方应在一小时内报告甲方，配合处置，并赔偿甲方由此遭受的全部损失。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 因乙方原因造成产线停线超过约定时间的，乙方应赔偿甲方的停产损失。
P:9.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十条 分包
P:乙方不得转包本合同。电气配线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十一条 合同解除
P:乙方严重违约，或逾期超过三十日，或产线改造两次验收不合格的，甲方有权书面通知解除合同，要求乙方退还已付款项并赔偿损失。合同解除后，乙方应配合甲方恢复产线运行，并移交已完成部分的程序和图纸。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方，并在十日内提供有关证明，双方协商延期履行或部分解除合同，受影响方免除相应责任。
H:第十四条 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。乙方报价文件、技术方案和经双方确认的停线计划为本合同附件，与本合同具有同等效力。合同变更须经双方书面确认。
P:甲方（盖章）：________　乙方（盖章）：________
"""

H910Z03 = """水上摩托培训连锁门店预约与会员管理系统服务合同

合同编号：HY-IT-2026-0082

甲方：某市浪驰水上运动培训管理有限公司（含其四十家直营门店）
乙方：某市云帆数字科技有限公司

甲方为统一管理旗下四十家水上摩托培训门店的学员预约、课程排班、会员储值与教练考勤，向乙方订购预约与会员管理云平台服务（以下简称"平台服务"）并委托乙方实施。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容与服务期
（一）服务内容
1. 平台服务：学员线上预约、课程与教练排班、船只与泊位调度、会员储值与次卡、电子合同与安全须知签署、门店经营报表，按门店数开通，共四十家门店。
2. 实施服务：平台配置、四十家门店上线、历史会员与储值余额迁移、微信小程序上线、与甲方收银系统和财务系统对接、店长及前台培训。
3. 平台应支持总部、区域和门店三级权限，总部可统一设定课程价格、会员权益和营销活动，门店仅能查看本店数据；学员须在线签署安全须知并上传健康承诺后方可预约下水课程。
（二）服务期
1. 服务期为两个服务年度，自平台上线验收合格之日起计算。第一服务年度自上线验收合格之日起算，第二服务年度紧随其后。
2. 服务期内甲方新增门店的，按单店订阅价格折算后另行签订补充协议；关闭门店的，自关闭次月起停止计费，已付费用在下期结算时抵扣。

二、合同价格
（一）订阅费为每店每服务年度人民币6,800元，四十家门店每服务年度合计272,000元，两个服务年度合计544,000元。
（二）实施费为人民币96,000元，一次性收取。
（三）合同总价为人民币640,000元（含税），包括平台服务、实施、培训及服务期内的运维支持。

三、付款方式
（一）合同签订后十日内，甲方一次性支付实施费96,000元及第一服务年度订阅费272,000元，合计368,000元。乙方收到该笔款项后方开始实施。
（二）第二服务年度开始前十日内，甲方支付第二服务年度订阅费272,000元。
（三）乙方应在收款前开具等额增值税专用发票。

四、实施与验收
（一）乙方应在收到首笔款项后六十日内完成全部四十家门店的上线。乙方应提交实施计划，按区域分三批上线，每批上线前应完成门店人员培训。
（二）上线验收标准：
1. 需求确认书列明的功能全部实现并通过甲方测试；
2. 历史会员信息及储值余额迁移后逐户核对一致，差异须在上线前清零；
3. 预约、支付、核销全流程在两百家次并发预约下页面响应不超过两秒；
4. 收银、财务接口连续十个营业日对账无差错。
（三）全部门店达到上述标准后，甲方出具书面验收报告。门店开始试用或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在七日内整改后重新提交验收。

（四）乙方应为每家门店提供不少于两次的现场或远程培训，并提供操作手册和视频教程；上线后第一个旺季，乙方应在甲方指定的重点门店安排驻店支持人员。

五、服务水平
（一）平台月度可用率不低于99.95%，计划内维护应安排在每日零点至六点之间并提前两日通知。
（二）一级故障（任一门店无法预约、支付或核销）乙方应在15分钟内响应，两小时内恢复；二级故障一小时内响应，当日解决。乙方提供每日八点至二十二点电话与在线客服，旺季（五月至十月）延长至二十三点。
（三）月度可用率每低于约定0.01个百分点，当月订阅费抵扣2%；一级故障响应每超时一小时，抵扣300元，抵扣从下期应付费用中扣减。

（四）乙方应指定专属客户成功经理，每月提交服务报告，内容包括可用率、故障记录、工单处理时长和功能使用情况；每季度与甲方召开一次服务回顾会，对旺季前的容量扩展和预约高峰保障作出安排。
（五）平台版本升级应在淡季进行，升级不得减少甲方已使用的功能，不得改变已迁移数据的口径；涉及收银、储值规则变更的，须事先取得甲方书面确认。

六、数据与安全
（一）学员与会员信息、预约记录、储值及交易数据、门店经营数据均属于甲方所有，乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云数据中心，平台应通过网络安全等级保护二级测评，个人信息加密存储、最小权限访问、操作日志留存，并遵守《个人信息保护法》。
（三）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方，采取补救措施，并承担由此造成的损失及监管处罚。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后彻底删除，并出具删除证明。

七、保密
双方对在履行本合同中获知的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。

八、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）为甲方专门开发的小程序页面、报表模板、接口程序及配置成果归甲方所有，甲方可自行或委托第三方修改使用。

九、续期
服务期届满前三十日内任何一方未书面提出异议的，本合同自动续展一个服务年度，可多次续展。续展期的订阅费由乙方根据市场情况调整，调整幅度不超过上一服务年度订阅费的10%，乙方在续展期开始前通知甲方即可。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方违约造成甲方损失的，应予赔偿；乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。
（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

十一、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权解除合同。
（二）乙方连续两个月可用率未达标的，甲方有权解除合同，乙方应退还未服务期间的订阅费。
（三）合同解除或服务期满不再续展的，乙方应提供不少于三十日的过渡期，保持平台可用并配合甲方迁移数据和储值余额，过渡期内不另收费用。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。

十四、甲方的义务
（一）甲方应指定项目负责人，及时确认需求、提供门店清单、会员原始数据和收银、财务系统接口资料。
（二）甲方应组织店长和前台人员按计划参加培训，并对本方账号和密码的使用负责。
（三）甲方应按本合同约定支付款项，并及时将门店开业、停业和迁址情况通知乙方。

十五、不可抗力
因台风、洪水等不可抗力或政府管控导致一方不能履行的，该方应及时通知对方并提供证明，双方协商顺延履行期限；因此导致门店停业的，双方可协商相应调整订阅期限。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。需求确认书、实施计划及门店清单为本合同附件。本合同的变更和补充应以书面形式作出，经双方签章后生效。

甲方（盖章）：________　　乙方（盖章）：________
"""

H910Z04 = """某海事局船舶污染物接收监控系统年度运维服务合同

项目编号：HSJ-CS-2026-019（竞争性磋商）

甲方（采购人）：某海事局
乙方（成交供应商）：某市海纳智联信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、竞争性磋商文件和乙方的响应文件，甲乙双方就船舶污染物接收监控系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：船舶污染物接收监控系统，包括监管平台软件、十八个港口接收点的视频监控前端、电子联单终端、称重与液位传感器、网络与安全设备，以及与船舶污染物联合监管平台、港口企业接收系统的数据接口。
（二）服务内容：日常监测与故障处理、季度巡检、软件缺陷修复与小版本升级、数据备份与恢复演练、网络安全加固、等级保护测评整改配合、用户培训和重大活动期间的值守保障。
（三）乙方应每半年为甲方执法人员和港口企业操作人员各组织一次培训，内容包括平台操作、联单异常处理和视频调阅，培训资料交甲方留存。
（四）服务期：自2027年1月1日起至2027年12月31日止。服务期满合同自然终止，不自动续期。

第二条 服务费用与支付
（一）年度运维服务费为人民币肆拾捌万陆仟元整（¥486,000），含税，包括人工、差旅、工具、备品备件及税费。
（二）服务费按季度支付，每季度121,500元。每季度结束后，甲方依据第六条进行季度考核，考核合格后十五个工作日内支付当季服务费，并扣除依本合同应扣减的款项。
（三）乙方应在请款时提交季度服务报告和等额发票。
（四）服务期内如新增接收点，新增部分的运维费用按本合同单点费用标准折算，由双方另行签订补充协议。

第三条 服务水平
（一）系统监管平台年度可用率不低于99.98%，计划内维护应提前三个工作日报甲方批准并在夜间进行。
（二）故障分级与响应：
1. 一级故障（监管平台整体不可用，或三个以上接收点数据中断）：乙方应在30分钟内响应，两小时内到达现场或远程接入处置，八小时内恢复；
2. 二级故障（单个接收点视频或联单数据中断）：一小时内响应，次日内恢复；
3. 三级故障（一般功能异常或咨询）：当日响应，五个工作日内解决。
（三）乙方应提供全年每日全天候的服务热线，并安排一名驻场工程师在甲方指挥中心工作日值守。
（四）乙方响应、到场或恢复每超时一小时，扣减当季服务费1,000元；平台年度可用率每低于约定0.01个百分点，扣减2,000元。扣减额合计不超过当季服务费的20%。

第四条 巡检与报告
（一）乙方每季度对全部十八个接收点进行一次现场巡检，检查摄像机、存储、传感器、终端与线路，形成巡检记录并附照片。
（二）乙方每月提交运维月报，内容包括系统运行、故障处理、数据质量和安全事件情况；每年提交一次年度运维总结和优化建议。发现设备老化、存储容量不足或安全漏洞的，乙方应及时书面提出处置方案，由甲方决定是否另行采购。
（三）每季度至少进行一次数据备份恢复演练，演练结果报甲方备案。

（四）乙方应在每年防汛、防台和重大节假日期间制定专项保障方案，安排工程师在指定接收点值守，确保监控与联单数据不中断。

第五条 人员与备件
（一）乙方应组建不少于六人的运维团队，其中项目负责人须具有信息系统运维五年以上经验，至少一人持有网络安全相关资格证书。人员名单应报甲方备案，更换人员须提前书面报告甲方并经甲方认可。
（二）乙方应在本地储备摄像机、硬盘、交换机、电子联单终端和传感器等常用备件，保证故障部件可在承诺时限内更换；更换下来的存储介质应交由甲方处置，不得带离。
（三）服务期开始后十日内，乙方应完成与原运维单位的交接，核对设备台账、账号权限和文档资料，形成交接清单报甲方确认。服务期满时，乙方应以同样方式向甲方或甲方指定的单位完成交接。

第六条 考核与验收
（一）季度考核标准：一级故障响应与恢复时限全部达标；接收点视频在线率、电子联单上传完整率达到磋商文件技术要求；巡检覆盖全部接收点；月报按期提交。
（二）服务期满后，甲方组织年度服务验收，以全年季度考核结果、运维文档完整性和系统运行状况为依据，出具书面验收意见。
（三）考核或验收不合格的，乙方应在十日内整改，整改期间相应服务费暂缓支付。

第七条 数据安全
（一）系统中的船舶信息、接收联单、视频影像和监管数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
（二）乙方应按照网络安全等级保护第三级的要求开展运维，远程运维须经甲方审批并通过甲方堡垒机进行，全程审计；乙方人员账号实行实名制和最小权限管理。
（三）发生数据泄露、篡改或网络安全事件的，乙方应立即处置并在一小时内报告甲方，因乙方原因造成的损失和责任由乙方承担。
（四）服务期满或合同终止时，乙方应交回全部账号、密钥和存储介质，删除其掌握的系统数据和配置备份，并出具书面确认。

第八条 保密
乙方对履行合同过程中知悉的甲方工作秘密、执法信息和系统配置信息负有保密义务，不得向任何第三方泄露；乙方应与所有参与人员签订保密承诺书。本条在合同终止后继续有效。

第九条 知识产权
运维过程中形成的巡检记录、运维文档、配置文件、脚本和统计报表，其所有权和知识产权归甲方所有。乙方为修复缺陷或对接新接口编写的程序，应连同源代码和说明文档一并交付甲方，甲方可自行或委托他人修改使用。

第十条 分包
乙方可将各港口接收点的现场设备巡检和线路维护委托当地服务单位实施，但应提前五个工作日书面告知甲方，并对受托单位的工作质量负责。

第十一条 违约责任
（一）乙方未按期完成季度巡检、备份恢复演练或系统升级任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方未达到服务水平的，按第三条第（四）项扣减服务费；同一季度一级故障超时累计三次以上的，该季度考核视为不合格。
（三）乙方原因造成数据泄露或系统长时间中断，导致甲方监管工作受到影响的，乙方应赔偿甲方损失。

第十二条 合同的解除
合同履行期间，除因不可抗力致使合同目的不能实现外，任何一方均不得解除本合同。乙方出现违约情形的，甲方可依照本合同扣减服务费或要求乙方支付违约金、限期整改，但不得因此解除合同。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 甲方的义务与不可抗力
（一）甲方应为乙方驻场人员提供必要的办公条件，协调各港口接收点和港口企业配合巡检，及时提供运维所需的系统资料和账号。
（二）因台风、地震等不可抗力导致设备损毁或服务中断的，乙方应尽力抢修，不承担超时责任；设备损毁修复所需的材料费用由双方另行协商。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同的组成部分，内容不一致的，以本合同为准。

甲方（盖章）：________　　乙方（盖章）：________
"""

H910Z05 = """# 软件许可及定制开发合同

（香溯科技标准合同文本 XS-HT-V3.0）

合同编号：XS-2026-1107

甲方：某市沉水香道文化工作室

乙方：某市香溯科技有限公司

甲方拟使用乙方"香溯"工艺追溯系统，对香材入库、炮制、研磨、合香、窨藏、成型、晾制和包装等工序进行全程追踪。双方经友好协商，依据《中华人民共和国民法典》签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供"香溯"工艺追溯系统标准版软件许可（永久许可，授权用户数二十个）。

1.2 乙方根据甲方需求进行定制开发，包括：香方配方管理模块、合香工序批次追踪模块、窨藏温湿度记录模块、成品溯源二维码及小程序查询页面。

1.3 乙方负责软件部署、基础数据初始化和操作培训。具体功能以乙方提供的功能清单为准。

1.4 系统以网页端和小程序形式提供，支持在甲方工作室及其合作香坊共三个场所使用；增加使用场所或授权用户数的，按乙方当期报价另行购买。

## 第二条 合同价格

| 项目 | 说明 | 金额（元） |
|---|---|---|
| 软件许可 | "香溯"标准版，二十用户，永久 | 198,000 |
| 定制开发 | 配方、合香批次、窨藏、溯源查询 | 72,000 |
| 实施部署 | 部署、初始化、培训 | 16,000 |
| 合计 | | 286,000 |

2.1 合同总价为人民币贰拾捌万陆仟元整（¥286,000），含税。

2.2 上述价格包含乙方人员在本市范围内的差旅费用；甲方要求乙方人员赴外地门店或合作香坊现场服务的，差旅费用由甲方按实报销。

2.3 甲方所需的服务器、扫码枪、温湿度传感器和标签打印机由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即185,900元。乙方收到款项后开始开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即100,100元。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

## 第四条 交付与上线

4.1 乙方应在收到首期款后四十五个工作日内完成部署和定制开发，并通知甲方上线。

4.2 乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的5%。因甲方需求变更、资料提供不及时或场地、设备未就绪造成的延误，交付期限相应顺延。

4.3 甲方应在乙方通知上线后三个工作日内安排人员参加上线操作；甲方未按时安排的，自乙方通知之日起视为系统已上线运行。

4.4 定制开发开始后，甲方提出新增功能或修改已确认需求的，乙方将评估工作量并另行报价，经双方书面确认后实施，交付期限相应调整。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方在维护期内予以处理，但不影响验收结论及付款。

## 第六条 维护服务

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持及软件缺陷修复。

6.2 维护期内甲方报告的一级故障（系统无法登录或无法录入批次数据），乙方在8小时内响应，并尽力在合理时间内解决；其他问题在三个工作日内答复。

6.3 乙方按上述时限尽力提供服务，但对于响应或解决超时，乙方不承担任何扣款、赔偿或违约责任。

6.4 免费维护期满后，甲方如需继续获得维护和升级服务，应按年购买维护服务，年度维护费为软件许可费的28%，即每年55,440元，于每个维护年度开始前一次性支付。未购买维护服务的，乙方不再提供升级和技术支持。

6.5 维护服务不包括因甲方操作不当、自行修改配置、硬件或网络故障、病毒感染及不可抗力引起的问题；乙方可应甲方要求处理上述问题，费用另计。

6.6 乙方提供两次集中培训，每次不超过一天，培训对象为甲方指定的管理员和工序负责人。超出部分的培训或上门服务，按乙方当期服务价格另行收费。

## 第七条 知识产权

7.1 "香溯"系统及其任何部分的知识产权均归乙方所有。

7.2 乙方为甲方定制开发的模块、页面、程序源代码及相关文档的知识产权归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。乙方有权将定制开发成果纳入其产品并向其他客户提供。

7.3 甲方不得超出授权用户数使用本软件，不得出租、出借、转让软件许可，不得对软件进行反向工程。甲方超出授权范围使用的，应按乙方当期价格补足许可费用。

## 第八条 数据安全

8.1 甲方录入系统的香方配方、工艺参数、批次记录和客户信息属于甲方所有，乙方仅为提供本合同服务而接触，不得用于其他目的。

8.2 乙方对其部署和维护的软件采取必要的安全措施，远程维护须经甲方同意，操作完成后及时关闭远程通道。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并承担相应赔偿责任。

8.3 系统部署在甲方自有服务器上，甲方应定期备份数据。乙方在维护中需要导出数据进行分析的，应事先取得甲方同意，分析完成后立即删除导出数据。

## 第九条 保密

双方对因履行本合同而知悉的对方商业秘密、技术资料和香方配方负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

9.2 乙方可在其宣传资料和客户名单中使用甲方名称作为案例，但不得披露甲方的香方配方、工艺参数和客户信息。

## 第十条 责任限制

10.1 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%。

## 第十一条 甲方的义务

11.1 甲方应指定项目联系人，及时提供工序流程、香方编码规则、历史批次资料等开发所需信息，并对所提供资料的真实性和完整性负责。

11.2 甲方应按乙方提供的配置要求自行准备服务器、网络环境和扫码、打印等终端设备，并负责系统所在环境的日常管理。

11.3 甲方应按约定及时支付各期款项。

## 第十二条 不可抗力

因不可抗力导致任何一方不能履行本合同的，受影响方不承担违约责任，但应及时通知对方，并在不可抗力消除后继续履行。

## 第十三条 合同解除

一方严重违反本合同约定，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。

15.2 本合同一式两份，双方各执一份，具有同等法律效力。

15.3 乙方提供的功能清单、报价单为本合同附件。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

15.4 双方在本合同首页载明的地址为通知送达地址，一方变更地址的，应在变更后五日内书面通知对方，否则按原地址送达即视为送达。

甲方（盖章）：__________　　　　乙方（盖章）：__________

签订日期：____年__月__日
"""

H910E01 = """T:Software Licence and Services Agreement
P:Agreement No. TKS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Huarong Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Traunkreis Software GmbH, a company registered in Austria with its registered office in Wels, Upper Austria (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's QualiCast quality management software for its foundry and machining plants in Changzhou and Yancheng, together with implementation, training and support services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the QualiCast suite in the version current at the Effective Date, comprising the Inspection, Statistical Process Control, Non-Conformance and Supplier Quality modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration packages, scripts and documentation developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or processed by the Software in the Customer's environment, including measurement data, inspection records, supplier records and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance criteria in Article 5 are met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users and 24 shop-floor measurement stations at the Customer's plants in the People's Republic of China, for the Customer's internal business purposes and those of its wholly owned subsidiaries.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence does not lapse if the Customer decides not to purchase support after the warranty period.
P:2.3 The Software is delivered by secure download together with licence keys and installation documentation. Delivery does not constitute acceptance.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services: installation in the Customer's data centre; configuration of inspection plans and control charts for the Customer's product families; interfaces to the Customer's ERP system, its laboratory spectrometers and its coordinate measuring machines; migration of open non-conformance records; and training of key users and administrators.
P:3.2 The Vendor shall assign a named project manager and a lead consultant who speak Mandarin or work with a qualified interpreter at the Vendor's cost. The Vendor shall not replace either of them without the Customer's prior agreement, which shall not be unreasonably withheld.
P:3.3 The project plan attached as Annex 2 sets out the milestones. The Vendor shall complete installation within 45 days and make the system ready for acceptance testing within 150 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,940,000 (one million nine hundred and forty thousand yuan), inclusive of Chinese value-added tax and all withholding taxes, made up as follows:
P:Perpetual licence fee for the Software: CNY 1,420,000
P:Implementation services (installation, configuration, interfaces, migration): CNY 486,000
P:Training services: CNY 34,000
P:Total contract price: CNY 1,940,000
P:4.2 The Customer shall pay the contract price in three instalments: (a) 20% within 30 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% after delivery and installation of the Software in the Customer's production environment; and (c) 35% within 30 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account of the Vendor's agent in Shanghai notified in writing. Each party bears its own bank charges.
P:4.4 Prices are fixed for the duration of the project. No additional charge may be made for travel, interpreters or expenses unless agreed in writing in advance.
H:Article 5 Acceptance
P:5.1 After installation and configuration the parties shall carry out the acceptance tests set out in Annex 3. The acceptance criteria are: (a) all functions in the requirements specification work as described; (b) the ERP, spectrometer and measuring-machine interfaces transfer data for ten consecutive working days without loss or mismatch; (c) control charts for the agreed product families calculate results identical to a reference calculation supplied by the Customer; (d) screens respond within three seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 When the criteria are met and the system has run in production for 60 days without a Severity 1 defect, the Customer shall issue a Final Acceptance certificate within ten working days.
P:5.3 Installation, productive use of the Software or payment of any instalment shall not be deemed acceptance. If a test fails, the Vendor shall correct the defects within 15 days and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and the requirements specification for 24 months from Final Acceptance. During that period the Vendor shall correct defects and provide all new releases and updates free of charge.
P:6.2 During the warranty period the Vendor shall respond to a Severity 1 incident (the Software is unavailable or inspection results cannot be recorded at any plant) within 1 hour, provide a workaround within eight hours and a permanent fix within five working days. Severity 2 incidents shall be responded to within one business day.
P:6.3 For each full hour by which the Vendor exceeds a response or workaround time in Article 6.2, the Vendor shall pay the Customer a service penalty of CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the warranty period, the Customer may purchase annual support. The annual support fee shall not exceed 9% of the perpetual licence fee, that is CNY 127,800 per year, and shall remain fixed for the first three years after the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables pass to the Customer upon payment of the related instalment. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them to third parties without restriction.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose, whether during or after the term.
P:8.2 The Software is installed on the Customer's premises. The Vendor's remote access requires the Customer's approval for each session, takes place through the Customer's jump server with multi-factor authentication and is logged. No Customer Data may be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement. It shall notify the Customer of any actual or suspected security incident affecting Customer Data within six hours, cooperate fully in its investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations survive for five years after termination of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 3.3 for reasons within its control, it shall pay liquidated damages of 0.1% of the total contract price for each day of delay, up to a maximum of 10% of the total contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to breach of Articles 8 and 9, infringement claims under Article 7.3, personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
P:12.2 The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund all amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Austria, excluding its conflict-of-laws rules and the UN Convention on Contracts for the International Sale of Goods.
P:13.2 Any dispute shall be finally settled by arbitration under the Vienna Rules of the Vienna International Arbitral Centre by three arbitrators. The seat of arbitration is Vienna and the language is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (requirements specification), Annex 2 (project plan) and Annex 3 (acceptance test plan), is the entire agreement between the parties.
P:14.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H910E02 = """# AuditLoop Order Form

**Order Form No. AL-CN-2026-0093**, issued by Aarewerk Analytics AG, Olten, Switzerland ("Aarewerk") to Foshan Meilan Household Appliances Co., Ltd., Foshan, Guangdong Province, People's Republic of China ("Customer").

This Order Form consists of Part A (the commercial terms) and Part B (the General Terms). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Service

AuditLoop supplier quality and audit management service, provided as software-as-a-service from Aarewerk's hosting region in mainland China, with the Supplier Audit, Corrective Action (8D), Incoming Inspection and Supplier Scorecard modules, for up to 450 named users of the Customer and 1,200 supplier portal accounts. Mobile audit apps for Android and iOS are included.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date defined in A5; the second Subscription Year starts on the first anniversary of the Go-Live Date. The subscription ends at the end of the second Subscription Year. Any extension requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 450 users, 1,200 supplier accounts | 318,000 |
| Subscription Fee, Subscription Year 2 | same scope, same fee | 318,000 |
| Onboarding Services | configuration, data import, two interfaces, training | 42,000 |
| Total Order Value | | 678,000 |

All amounts include Chinese VAT. Additional named users may be ordered at CNY 650 per user per Subscription Year, pro rata; such additions are not part of the Total Order Value.

### A4. Invoicing and Payment

1. The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter of service.
2. The Onboarding Services fee is invoiced after the Customer signs the Go-Live Acceptance certificate.
3. The Customer pays undisputed invoices within 45 days of receipt by bank transfer in CNY to Aarewerk's account in Shanghai.
4. No amount is payable before the service has started.

### A5. Onboarding and Go-Live Acceptance

1. Aarewerk shall complete the Onboarding Services within 60 days after signature: configuration of the audit checklists and 8D workflow, import of 860 active supplier records and their open corrective actions, single sign-on with the Customer's directory, and interfaces to the Customer's ERP (purchase orders and goods receipts) and to its laboratory information system.
2. Go-Live Acceptance criteria: (a) all functions in the agreed configuration workbook work as described; (b) the imported supplier records and open actions reconcile with the source files; (c) the two interfaces run for ten working days without loss or duplication; and (d) pages load within three seconds for 200 concurrent users. The Customer signs the Go-Live Acceptance certificate within five working days after the criteria are met; the date of signature is the Go-Live Date. Use of the service before that date is not acceptance.
3. If Go-Live Acceptance is delayed for reasons attributable to Aarewerk beyond the 60-day period, Aarewerk shall pay CNY 500 for each day of delay.

### A6. Contacts and Signatures

Customer contact: Head of Supplier Quality. Aarewerk contact: Account Director, Greater China.

Signed for the Customer: ____________________ Signed for Aarewerk: ____________________

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Aarewerk shall provide the service in accordance with the documentation and this Order Form and shall not materially reduce its functionality during the Subscription Term.

1.2 Aarewerk may update the service from time to time, provided that the Customer receives at least 14 days' notice of any change that affects the Customer's configuration or interfaces.

1.3 The Customer is responsible for the accuracy of the data it enters and for the conduct of its users and supplier accounts.

### 2. Service Levels

2.1 Aarewerk shall make the service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance of up to six hours per month announced at least three days in advance and carried out between 22:00 and 06:00 China Standard Time.

2.2 Incidents are classified by the Customer. For a Priority 1 incident (the service is unavailable or audits and corrective actions cannot be recorded), Aarewerk shall respond within 30 minutes and restore the service within six hours; for a Priority 2 incident, it shall respond within two hours and provide a workaround within one business day.

2.3 If monthly availability falls below the commitment in 2.1, the Customer receives a service credit of 5% of the monthly portion of the Subscription Fee for each full 0.5 percentage point of shortfall, and 10% for each Priority 1 incident not restored within the restoration time. Credits are deducted from the next invoice.

### 3. Customer Data

3.1 As between the parties, the Customer owns all data that it or its users and supplier accounts submit to the service ("Customer Data").

3.2 Aarewerk shall process Customer Data to provide the service. In addition, the Customer grants Aarewerk a perpetual, worldwide licence to create aggregated and anonymised data from Customer Data and service usage and to use such data to improve its products, to train its analytics models and to publish industry benchmarks, during and after the Subscription Term.

3.3 On expiry or termination Aarewerk shall, at the Customer's choice, export all Customer Data in a standard format and then delete it from production systems within 30 days, and from backups within a further 60 days.

### 4. Security

4.1 Aarewerk shall host Customer Data only in mainland China, maintain an information security management system certified to ISO/IEC 27001, hold a valid MLPS level-3 record for the hosting environment, encrypt Customer Data in transit and at rest, and restrict administrative access to named personnel using multi-factor authentication.

4.2 Aarewerk shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, keep the Customer informed of its investigation and remediation, and bear the costs and losses resulting from an incident caused by its breach of this Section 4.

### 5. Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and not disclose it except to personnel and advisers who need to know it.

5.2 These obligations last for three years after the end of the Subscription Term, and indefinitely for trade secrets.

### 6. Intellectual Property

6.1 Aarewerk retains all rights in the service, the software and the documentation.

6.2 Checklists, report templates, workflow configurations and interface mappings prepared specifically for the Customer during the Onboarding Services belong to the Customer, which may use, modify, and license them to others freely. Aarewerk shall hand them over in an editable format on request.

### 7. Subcontractors

Aarewerk may engage subcontractors for hosting, support or onboarding only with the Customer's prior written consent, which the Customer shall not unreasonably withhold. Aarewerk remains responsible for its subcontractors as for itself.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

8.2 Aarewerk's total liability arising out of or in connection with this Order Form, in contract, tort or otherwise, shall not exceed the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in 8.1 and 8.2 do not apply to death or personal injury caused by negligence, fraud or wilful misconduct.

### 9. Term and Termination

9.1 This Order Form starts on signature and ends at the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If the Customer terminates for Aarewerk's breach, Aarewerk shall refund any fees paid for the period after termination.

9.3 The Customer may also terminate if availability falls below the commitment in Section 2.1 in three consecutive months.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute that the parties cannot settle within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding.

### 11. Miscellaneous

11.1 Notices must be in writing and sent to the contacts named in A6.

11.2 Neither party may assign this Order Form without the other party's consent, except to an affiliate in connection with a reorganisation.

11.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible. Force majeure does not excuse Aarewerk's obligations under Section 4.

11.4 This Order Form is signed in English in two counterparts. It is the entire agreement of the parties on its subject and supersedes any terms printed on purchase orders or shown online.
"""

H910E03 = """T:Supply Contract for Condition-Monitoring Sensors and Software Licence
P:Contract No. QSC-EQ-2026-0215
P:Buyer: Anhui Qingshan Cement Co., Ltd., registered in Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Inntal Sensorik GmbH, registered in Kufstein, Tyrol, Austria (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer intends to monitor the condition of the kilns, mills, fans and conveyors of its two clinker lines, and the Supplier has offered wireless sensors, gateways, edge servers and its condition-monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and edge servers listed in clause 2.
P:1.2 "Software" means the Supplier's condition-monitoring software, including its analytics engine, dashboards and mobile application, licensed under clause 3.
P:1.3 "Project Deliverables" means the asset models, alarm rules, dashboards, interface programs and documentation prepared for the Buyer under this Contract.
P:1.4 "Buyer Data" means all vibration, temperature and process data collected by the Equipment, all data entered into the Software and all information about the Buyer's plant.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and the Software, install and commission them at the Buyer's plant in Wuhu, configure the asset models, connect the Software to the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.2 The contract price is CNY 1,690,000, inclusive of 13% VAT, customs duties, delivery to site, insurance and all services. The price is fixed and is broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors, ATEX rated|320|2,150|688,000
TB:2|Industrial wireless gateways|24|8,600|206,400
TB:3|Edge servers with redundant power supply|2|46,800|93,600
TB:4|Condition-monitoring software, perpetual licence, 400 assets|1|420,000|420,000
TB:|Hardware and Licence Subtotal|||1,408,000
TB:5|Installation and commissioning|1|176,000|176,000
TB:6|Asset model and alarm configuration|1|88,000|88,000
TB:7|Training of operators and maintenance staff|1|18,000|18,000
TB:|Contract Price|||1,690,000
P:2.3 The Supplier shall deliver the Equipment to the Buyer's plant within 70 days after signature and complete installation within 40 days after delivery.
P:2.4 The Equipment shall be new, of current production and suitable for the dust, heat and vibration conditions described in Annex 1. Each delivery shall include packing lists, certificates of origin and quality, calibration certificates for each sensor and installation manuals in Chinese. Risk in the Equipment passes to the Buyer on signature of the Installation Certificate.
P:2.5 The Buyer shall provide access to the plant, scaffolding where needed, power supply for the gateways and a contact person for each line. The Supplier's staff shall follow the Buyer's safety rules, including permits for work near the kilns.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software for up to 400 monitored assets at the Buyer's plants, with an unlimited number of users.
P:3.2 The Buyer may transfer the licence to an affiliate that takes over the plant. The licence does not depend on the purchase of support.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the contract price within 20 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:4.2 The Buyer shall pay 55% of the contract price after the Equipment has been installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms completeness only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the contract price within 30 days after signing the Final Acceptance Certificate.
P:4.4 Each payment requires a valid Chinese VAT invoice. The Supplier may use its authorised distributor in Shanghai to invoice and receive payments on its behalf.
H:5. Acceptance
P:5.1 The Supplier shall propose a test plan at least 14 days before testing. Final acceptance requires: (a) every sensor and gateway reporting to the Software at the configured interval over 30 consecutive days, with no gap longer than one hour; (b) vibration readings within plus or minus 5% of a calibrated reference instrument on ten sample points; (c) alarms for all configured assets triggered and acknowledged correctly in a functional test; (d) the interfaces to the distributed control system and the maintenance management system exchanging data without error for ten working days; and (e) all Project Deliverables handed over.
P:5.2 When the criteria are met the Buyer shall sign the Final Acceptance Certificate within seven working days. Delivery, installation, use of the system or payment shall not be deemed acceptance.
P:5.3 If a test fails, the Supplier shall remedy the defects and repeat the test at its own cost within 15 days.
H:6. Warranty and After-Warranty Support
P:6.1 The warranty period for the Equipment and the Software is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and shall provide all Software updates and defect corrections.
P:6.2 For a Severity 1 fault (monitoring of a kiln or mill is lost, or the Software is unavailable) the Supplier shall respond by telephone or remote session within 30 minutes and have an engineer on site within two days if the fault cannot be fixed remotely. Severity 2 faults shall be responded to within two hours.
P:6.3 For each hour by which the Supplier misses a response time in clause 6.2, it shall pay CNY 800, which the Buyer may deduct from the next payment or claim under the warranty bond.
P:6.4 After the warranty period, the Supplier shall offer annual support for the Equipment and the Software at an annual fee not exceeding 7% of the Hardware and Licence Subtotal, that is CNY 98,560 per year, fixed for the first two years after the warranty period. Support is ordered year by year and shall not renew automatically.
P:6.5 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
P:6.6 Training under clause 2 shall include three days for maintenance engineers on the interpretation of vibration spectra and alarm handling, and one day for operators, with course material in Chinese.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in the Software and in the firmware of the Equipment.
P:7.2 The Project Deliverables belong to the Buyer. The Supplier shall deliver them in editable form, including source code of the interface programs, and the Buyer may use, modify and license them freely.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may process it only to perform this Contract and shall not copy it, retain it or use it for any other purpose.
P:8.2 The Software and all Buyer Data shall be hosted on the edge servers in the Buyer's plant. The Supplier shall not send Buyer Data outside the Buyer's network. Remote access requires the Buyer's approval for each session, uses the Buyer's VPN and is recorded.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting the Equipment, the Software or Buyer Data within two hours, take all measures needed to contain it and be liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep the other party's non-public information confidential, use it only for this Contract and not disclose it to any third party without prior written consent. This obligation continues for five years after the end of the warranty period.
H:10. Delay and Liability
P:10.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 8% of the contract price. Payment does not release the Supplier from its obligations.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the contract price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents to installation by the Supplier's distributor named in Annex 2, for whose work the Supplier remains responsible.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund amounts paid for undelivered or rejected items.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the people's court with jurisdiction at the Buyer's domicile.
H:14. Miscellaneous
P:14.1 Annex 1 (technical specification) and Annex 2 (distributor details and site plan) form part of this Contract. This Contract is signed in two English originals and two Chinese originals; in case of conflict the Chinese text prevails.
P:Buyer: ____________________    Supplier: ____________________
"""

H910E04 = """# Managed Services Agreement

**Agreement No. DIT-HF-2026-07**

**Between** Zhejiang Hengfeng Textile Machinery Co., Ltd., Shaoxing, Zhejiang Province, People's Republic of China ("Customer")

**and** Drautal IT Services GmbH, Lienz, Tyrol, Austria ("Provider").

**Background.** The Customer runs its SAP ERP system, its plant manufacturing execution system and the supporting servers and networks at its head office in Shaoxing and its assembly plant in Zhuji. The Customer wishes to outsource the day-to-day operation of these systems to the Provider for a fixed term of 36 months. The Provider has a service centre in Lienz and a technical team in Hangzhou.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.4 "Customer Data" means all data held in or processed by the systems in scope, including business, production and personnel data.

1.5 "Deliverables" means the runbooks, scripts, configuration records, the configuration management database and the reports produced by the Provider under this Agreement.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Service Term does not renew automatically. The parties may agree an extension in writing at least 90 days before its end.

## Section 3. Services

3.1 The Provider shall perform the Services described in Schedule 1 with suitably qualified staff and in accordance with good industry practice and the Customer's IT policies notified to it.

3.2 The Provider shall appoint a service delivery manager who attends a monthly service review at the Customer's head office and provides a monthly report on Service Levels, incidents, changes, capacity and risks.

3.3 All changes to production systems follow the Customer's change management process. Emergency changes may be made to restore service and shall be documented within one business day.

3.4 The Provider shall keep the key personnel named in the transition plan assigned to the Services during the first six months after the Service Commencement Date and shall replace any member of its team whom the Customer reasonably objects to. The on-site engineers shall speak Mandarin.

3.5 The Customer shall provide the Provider with access to its premises, systems and documentation as reasonably required, and shall name a contact person for each site.

## Section 4. Transition

4.1 The Provider shall take over the Services from the Customer's current provider within 75 days after signature, following the transition plan in Schedule 3.

4.2 Transition Acceptance criteria: (a) all systems in scope recorded in the configuration management database and reconciled with the Customer's asset list; (b) monitoring active for every server, database and network device in scope; (c) runbooks for all recurring tasks approved by the Customer; (d) a successful restore test of the SAP production database; and (e) ten consecutive working days of parallel operation without a Priority 1 incident caused by the Provider.

4.3 When the criteria are met the Customer shall sign the Transition Acceptance certificate within five working days. The Provider's start of operations before that date is not acceptance.

4.4 If Transition Acceptance is delayed, the Provider shall increase its resources at its own cost and report weekly on the recovery plan until the criteria are met.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3: a fixed Monthly Service Charge of CNY 58,000 for 36 months and a one-time Transition Fee of CNY 124,000. The total contract value is CNY 2,212,000, inclusive of VAT.

5.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. The Customer pays correct invoices within 30 days.

5.3 No charge is payable before the Service Commencement Date. The charges are fixed for the Service Term and cover travel, tools and the Provider's remote service centre.

## Section 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2. Where a Service Level is missed, the service credits in Schedule 2 apply and are deducted from the next invoice.

6.2 Service credits in a month are limited to 20% of the Monthly Service Charge for that month. Service credits do not limit the Customer's right to terminate under Section 11.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 On expiry or termination the Provider shall return all Customer Data and Deliverables in its possession to the Customer.

## Section 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties.

8.2 These obligations survive for five years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 The Deliverables belong to the Customer, which may use, modify and license them freely, also to a successor provider.

9.2 The Provider's pre-existing tools remain its property; the Provider grants the Customer a free licence to use those embedded in the Deliverables.

## Section 10. Liability

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to 125% of the total contract value. The limit does not apply to personal injury, fraud or wilful misconduct.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not cure it within 30 days after notice, or if Priority 1 Service Levels are missed in three months of any six-month period.

11.2 On expiry or termination the Provider shall support the handover to the Customer or a successor provider for up to 60 days at the rates in Schedule 3.

## Section 12. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.

## Section 14. General

14.1 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

14.2 Neither party is responsible for failure to perform caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Incident and request handling for 900 users, Mandarin and English, telephone, e-mail and portal | 07:00-22:00 daily |
| Monitoring | 24x7 monitoring of 86 servers, 14 databases, 120 network devices and 3 firewalls | continuous |
| SAP Basis | System administration, transports, client copies, kernel and support package updates, user administration | business days, on call at night |
| Infrastructure | Server, storage, backup, virtualisation and network operation at both sites | business days, on call at night |
| MES support | Second-level support and interface monitoring for the plant MES | shift hours at Zhuji |
| On-site support | One engineer at Shaoxing and one at Zhuji | business days |

## Schedule 2 - Service Levels

| Item | Level | Service credit |
|---|---|---|
| SAP production availability (monthly, excluding agreed maintenance) | 99.95% | 3% of the Monthly Service Charge per 0.1 point below the level |
| Priority 1 incident (SAP or MES down, or a site without network) | response within 15 minutes, restoration within six hours | 2% per incident outside the times |
| Priority 2 incident (major function degraded) | response within one hour, restoration within one business day | 1% per incident outside the times |
| Service desk call answering | 90% of calls within 30 seconds | 1% per month below the level |
| Backup success | all scheduled backups complete, failures re-run the same day | 1% per month below the level |

## Schedule 3 - Charges and Transition

| Item | Amount (CNY) | Billing |
|---|---|---|
| Transition Fee | 124,000 | after Transition Acceptance |
| Monthly Service Charge | 58,000 per month, 36 months (2,088,000) | monthly in arrears |
| Total contract value | 2,212,000 | |
| Handover support after expiry | 3,800 per engineer-day | as used, outside the total |

| Transition phase | Activities | Target |
|---|---|---|
| Knowledge transfer | Workshops with the current provider, documentation review | day 30 |
| Shadow operation | Provider works alongside the current provider | day 55 |
| Parallel operation | Provider leads, current provider available | day 75 |
"""

H910E05 = """DATA SUBSCRIPTION AGREEMENT
AGROMETIS WEATHER AND CROP DATA API

Agreement No. AGM-CN-2026-031

This Data Subscription Agreement is entered into between:

Heilongjiang Beifeng Seed Industry Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China (the "Customer"); and

Agrometis SA, Yverdon-les-Bains, Canton of Vaud, Switzerland (the "Vendor").

The Customer breeds and tests maize and soybean varieties at some 140 trial sites in northeast China and wishes to use the Vendor's weather, soil-moisture and crop-growth data in its breeding and trial-planning systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Vendor's application programming interface through which the Data is delivered.

1.2 "Data" means the historical weather series, daily forecasts, soil-moisture estimates and crop-growth indices for the locations ordered by the Customer, including the Historical Data Set.

1.3 "Historical Data Set" means daily weather and soil-moisture data for all trial sites for the last twenty seasons, delivered once in bulk.

1.4 "Customer Materials" means the site coordinates, trial plans, variety codes, yield records and other information the Customer provides to the Vendor.

1.5 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of it.

2. SUBSCRIPTION AND TERM

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right to access the API and to use the Data for its internal breeding, trial and agronomy purposes, including in reports to its distributors and to government seed authorities.

2.2 The subscription covers up to 160 locations and up to five million API calls per month. The Customer may change locations once per quarter.

2.3 The initial term consists of two Subscription Years starting on the date of Integration Acceptance under clause 5 (the "Start Date").

2.4 The Customer shall not resell the Data as such, make it available through a public interface, or use it to build a competing weather data service. Charts, maps and summaries containing Data may be included in the Customer's internal and external reports with a reference to the Vendor as source.

2.5 The Customer is responsible for keeping its API credentials secure and for all use of the API made with them.

3. RENEWAL

3.1 At the end of the initial term this Agreement renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.2 The Vendor may increase the Subscription Fee for any renewal period by giving the Customer written notice at least 90 days before the renewal date. The increase shall not exceed 8% of the fee for the preceding Subscription Year. The increased fee applies unless the Customer gives notice of non-renewal.

4. FEES AND PAYMENT

4.1 The Subscription Fee is CNY 264,000 for each Subscription Year, that is CNY 528,000 for the initial term.

4.2 The Integration Support fee for the services in clause 5 is CNY 36,000, payable once.

4.3 The total fees for the initial term are CNY 564,000, inclusive of Chinese VAT. API calls above the monthly volume in clause 2.2 are charged at CNY 0.02 per call; such usage charges are not included in the total.

4.4 The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments at the beginning of each quarter of the Subscription Year. The Integration Support fee is invoiced after Integration Acceptance. The Customer shall pay each correct invoice within 30 days.

4.5 Payments are made in CNY to the bank account in Beijing of the Vendor's appointed reseller, which issues the Chinese VAT invoices.

5. INTEGRATION AND ACCEPTANCE

5.1 The Vendor shall deliver the Historical Data Set and provide Integration Support within 50 days after signature. Integration Support comprises API credentials and documentation, mapping of the Customer's trial site codes to Vendor locations, two workshops for the Customer's data team and assistance in connecting the API to the Customer's breeding database.

5.2 Integration Acceptance criteria are: (a) the Historical Data Set is complete for every trial site and season, and a sample of 200 site-days agrees with records of the nearest national weather stations within the tolerances set out in Annex 1; (b) forecasts and indices for all ordered locations are delivered through the API for ten consecutive days; and (c) the Customer's breeding database imports the Data without manual correction.

5.3 When the criteria are met, the Customer shall confirm Integration Acceptance in writing within five working days. Access to test data before that date is not acceptance.

5.4 If the Vendor fails to deliver the Historical Data Set within the period in clause 5.1 for reasons attributable to it, the Vendor shall pay the Customer CNY 400 for each day of delay, up to CNY 28,000.

6. SERVICE AND SUPPORT

6.1 The Vendor will use commercially reasonable efforts to keep the API available and to deliver daily forecasts on time. The Vendor does not guarantee any particular level of availability, accuracy or delivery time, and the API may be interrupted for maintenance, upgrades or reasons beyond the Vendor's control.

6.2 Technical support is provided by e-mail and through the Vendor's support portal during the Vendor's business hours in Switzerland. The Vendor will endeavour to answer support requests promptly, in the order received.

6.3 The Vendor will inform the Customer by e-mail of planned maintenance where practicable.

6.4 Where the Customer reports an obvious error in the Data, such as a missing day or an impossible value, the Vendor will correct it in the next regular update where it is able to do so.

7. CUSTOMER MATERIALS AND DATA SECURITY

7.1 Customer Materials belong to the Customer. The Vendor shall use them only to provide the Data and Integration Support to the Customer and shall not use them for any other purpose, disclose them, or combine them with data of other customers.

7.2 The Vendor shall store Customer Materials only on servers located in mainland China operated by its hosting partner approved under clause 10, encrypt them in transit and at rest, limit access to named staff and keep access logs for one year.

7.3 The Vendor shall notify the Customer of any unauthorised access to, loss of or disclosure of Customer Materials within 48 hours after becoming aware of it, take all reasonable steps to contain and remedy it, and indemnify the Customer against losses resulting from the Vendor's failure to comply with this clause 7.

7.4 On expiry or termination the Vendor shall delete all Customer Materials within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Vendor retains all rights in the API, its models and the Data as supplied.

8.2 Site-specific crop-growth calibrations and derived datasets that the Vendor prepares for the Customer on the basis of Customer Materials belong to the Customer, which may use, modify and license them without restriction. The Vendor shall deliver them in an open file format.

8.3 The Customer may keep and continue to use Data received during the term after this Agreement ends.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's variety codes, trial plans and yield results, and shall use it only for this Agreement.

9.2 This obligation continues for five years after the end of this Agreement.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract any part of its obligations, including hosting, without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Each party's total liability under this Agreement is limited to 200% of the total fees for the initial term, except for breach of clauses 7 and 9, fraud and wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

12.2 If the Customer terminates under clause 12.1, the Vendor shall refund the part of any Subscription Fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above, with a copy by e-mail.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 Neither party is liable for delays caused by force majeure, provided it notifies the other party promptly.

14.4 This Agreement, with Annex 1 (data specification and tolerances), is the entire agreement of the parties and may be amended only in writing signed by both parties.

For the Customer: ____________________

For the Vendor: ____________________
"""

# ---------------------------------------------------------------- targets and labels
FILES = {
    "h910z01": ("h910z01_land_boundary_marker_patrol_platform.pdf", "zh", H910Z01),
    "h910z02": ("h910z02_paintbrush_factory_line_control_retrofit.docx", "zh", H910Z02),
    "h910z03": ("h910z03_jetski_training_chain_booking_saas.txt", "zh", H910Z03),
    "h910z04": ("h910z04_maritime_ship_waste_monitoring_om_service.txt", "zh", H910Z04),
    "h910z05": ("h910z05_incense_studio_process_tracking_supplier_template.md", "zh", H910Z05),
    "h910e01": ("h910e01_foundry_quality_software_perpetual_licence_at_vendor.pdf", "en", H910E01),
    "h910e02": ("h910e02_supplier_audit_saas_order_form_ch_vendor.md", "en", H910E02),
    "h910e03": ("h910e03_cement_condition_monitoring_sensors_licence.docx", "en", H910E03),
    "h910e04": ("h910e04_textile_machinery_managed_services_36_months.md", "en", H910E04),
    "h910e05": ("h910e05_seed_company_weather_data_api_subscription.txt", "en", H910E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# values in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
DESIGN = {
    "h910z01": dict(category="software", terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True,
                                                24, 8, False, True, False, "PRC", G],
                    extra=(True, True, True, False, 2046000), fee_base=1160000, forum_outside=False, rules=[]),
    "h910z02": dict(category="hardware", terms=[None, 1, True, "buyer", True, True, False, 0.1, None, 20, True, True,
                                                18, 17, False, True, False, "PRC", G],
                    extra=(True, True, True, False, 1660000), fee_base=1386000, forum_outside=False,
                    rules=["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE"]),
    "h910z03": dict(category="cloud", terms=[99.95, 0.25, True, "buyer", True, True, True, 0.1, 150,
                                             (96000 + 272000) / 640000 * 100, True, None, None, None, True, True, False,
                                             "PRC", S],
                    extra=(True, True, None, False, 640000), forum_outside=False,
                    rules=["CR-AUTO-RENEWAL", "CR-PREPAYMENT"]),
    "h910z04": dict(category="services", terms=[99.98, 0.5, True, "buyer", True, True, True, 0.02, None, None, True,
                                                None, None, None, False, False, True, "PRC", S],
                    extra=(True, True, None, False, 486000), forum_outside=False,
                    rules=["CR-LD-LOW", "CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h910z05": dict(category="software", terms=[None, 8, False, "supplier", True, True, True, 0.1, 25, 65, False, False,
                                                6, 28, False, True, None, "PRC", G],
                    extra=(True, True, True, True, 286000), fee_base=198000, forum_outside=False,
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                           "CR-WARRANTY"]),
    "h910e01": dict(category="software", terms=[None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True,
                                                24, 9, False, True, False, "Austria", G],
                    extra=(True, True, True, False, 1940000), fee_base=1420000, forum_outside=True,
                    rules=["CR-GOVERNING-LAW"]),
    "h910e02": dict(category="cloud", terms=[99.5, 0.5, True, "buyer", True, False, True, 500 / 678000 * 100, 6 / 24 * 100,
                                             None, True, None, None, None, False, True, False, "PRC", S],
                    extra=(True, True, None, False, 678000), forum_outside=False,
                    rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h910e03": dict(category="hardware", terms=[None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True,
                                                36, 7, False, True, False, "PRC", G],
                    extra=(True, True, True, False, 1690000), fee_base=1408000, forum_outside=False, rules=[]),
    "h910e04": dict(category="services", terms=[99.95, 0.25, True, "buyer", False, True, True, None, 125, None, True,
                                                None, None, None, False, True, False, "PRC", S],
                    extra=(True, False, None, False, 2212000), forum_outside=False,
                    rules=["CR-DATA-SECURITY", "CR-LD-MISSING"]),
    "h910e05": dict(category="cloud", terms=[None, None, False, "buyer", True, True, True, 400 / 564000 * 100, 200, None,
                                             True, None, None, None, True, True, False, "PRC", S],
                    extra=(False, True, None, False, 564000), forum_outside=False,
                    rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    d = DESIGN[key]
    name, lang, _ = FILES[key]
    terms = dict(zip(TERM_KEYS, d["terms"]))
    sla, ld_stated, capped, deemed, value = d["extra"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(derive(key, terms, extra))}


def tco_share(key, t, e):
    d = DESIGN[key]
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d["fee_base"] * years
    return fees / (e["contract_value"] + fees) * 100


def derive(key, t, e):
    """My reading of policy §3 applied to the label values."""
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not e["post_warranty_fee_capped"] or fee > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        if fee is not None and t["warranty_months"] is not None and tco_share(key, t, e) > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or DESIGN[key]["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZHNUM_AFTER = r"(?![零一二三四五六七八九十百点\d])"
THRESHOLD_PATTERNS = [
    NUM + r"99\.9(?!\d)",
    NUM + r"(?:30|40|15|100)(?:\.0+)?" + PCT,
    r"(?i)\b(?:thirty|forty|fifteen|one\s*hundred)" + PCT,
    r"百分之(?:三十|四十|十五|百|一百)" + ZHNUM_AFTER,
    NUM + r"0?\.05(?!\d)" + PCT,
    r"万分之五" + ZHNUM_AFTER,
    NUM + r"0?\.5\s*‰",
    r"千分之零点五",
    NUM + r"4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?i)\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![二三四五六七八九十])四个?小时",
    NUM + r"12\s*(?:-\s*)?(?:months?|个月)",
    r"(?i)\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"(?<![一二三四五六七八九十])十二个月",
]
MUST_HIT = ["30%", "30 %", "百分之三十", "4 hours", "4小时", "四小时", "99.9%", "0.05%", "万分之五", "12个月",
            "十二个月", "12 months", "twelve months", "15%", "40%", "100%", "百分之百", "four hours", "百分之十五",
            "百分之四十", "4-hour", "12-month", "forty per cent", "0.5‰", "40.0%", "within4hours", "30percent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.98%", "150%", "35%", "115%", "0.08%", "万分之二", "120 months",
             "18个月", "5%", "45%", "2027年12月31日", "百分之一百五十", "万分之五十", "24hours", "0.055%", "14 hours",
             "百分之三十五", "1,100%"]


def threshold_hits(text):
    return [m.group(0) for p in THRESHOLD_PATTERNS for m in re.finditer(p, text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def check_label_values(key, lab):
    t = lab["expected_terms"]
    for k, v in TH.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    if t["contract_kind"] == G:
        share = tco_share(key, t, lab["expected_extra"])
        assert abs(share - TCO_SHARE_TH) > 2, (key, "tco share", share)
        return share
    return None


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    binary = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: FILES[k][2] for k in binary}, binary, OUT, wrap_words=True)
    for key, (name, lang, src) in FILES.items():
        if key not in binary:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for key, (name, lang, src) in FILES.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]["rules"]), (key, lab["expected_rules"])
        covered |= set(lab["expected_rules"])
        share = check_label_values(key, lab)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = RANGES[lang]
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (name, hits)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}, rules {lab['expected_rules']}, "
              f"risk {risk(lab['expected_rules'])}" + (f", TCO share {share:.2f}%" if share is not None else ""))
        assert lo <= n <= hi, (name, n)
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all checks passed; coverage", len(covered), "rules")
