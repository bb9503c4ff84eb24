"""holdout1111: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no value or text on a policy threshold, rules derived from the labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:高标准农田建设管理平台采购合同
P:合同编号：QYNY-ZC-2027-018
P:采购人（甲方）：青阳市农业农村局
P:供应商（乙方）：苏州禾田数字科技有限公司
P:采购方式：公开招标（政府采购项目编号：QYCG2027-GK-0116）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“高标准农田建设管理平台”软件许可（市、县、乡三级部署，不限用户数，永久使用），并完成定制开发、数据对接、部署实施及培训。
P:1.2 定制开发内容包括：项目储备库与年度建设计划管理、建设进度“一张图”、工程质量抽检与影像留痕、资金拨付台账、建后管护巡查移动端、耕地质量等级评价数据管理，以及与省级农田建设综合监测监管平台、市自然资源局国土变更调查数据的接口。
P:1.3 系统部署于甲方指定的市级政务云环境。乙方应在合同签订之日起一百五十日内完成部署并具备初步验收条件。
P:1.4 需求规格说明书由乙方在合同签订后二十日内编制完成，经甲方书面确认后作为本合同附件，与本合同具有同等效力。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾肆万元整（¥2,240,000），含税，其中：平台软件许可费¥1,180,000；定制开发费¥746,000；数据对接费¥218,000；部署实施及培训费¥96,000。
P:2.2 合同总价为固定总价，已包含乙方完成本项目所需的软件、开发、差旅、税费等全部费用，除甲方书面提出需求变更外不作调整。需求变更涉及费用增减的，由双方另行书面确认。
H:第三条 付款方式
P:3.1 本合同生效且乙方向甲方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%，即¥448,000，作为预付款。
P:3.2 系统完成部署并通过初步验收后十个工作日内，甲方支付合同总价的45%，即¥1,008,000。
P:3.3 系统通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥784,000。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方按财政国库集中支付的规定办理付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 实施要求
P:4.1 乙方应组建不少于八人的项目团队，项目经理应具有同类项目经验，未经甲方书面同意不得更换。
P:4.2 乙方应按经甲方确认的实施计划推进工作，每两周提交一次进度报告，并参加甲方组织的项目例会。
P:4.3 乙方应在实施期间为甲方配置专职驻场人员，负责需求对接、问题跟踪和县乡用户的日常答疑。
P:4.4 乙方负责对甲方及各县区农业农村部门的管理员和业务人员进行培训，培训不少于六场，并提供操作手册和培训视频。
H:第五条 验收
P:5.1 初步验收条件：需求规格说明书所列功能全部实现；与省级监管平台的接口连续十日数据交换无差错；三级用户账号及权限配置完成；在三百个并发用户下，常用查询的响应时间不超过3秒；历史项目数据迁移完整，抽样核对无差错。
P:5.2 初步验收后系统试运行九十日。试运行期间未发生一级故障，且系统通过第三方网络安全等级保护测评和商用密码应用安全性评估的，由甲方组织最终验收，并出具验收报告。
P:5.3 系统上线、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担费用，整改后重新验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费提供缺陷修复、版本升级、接口适配和技术支持服务。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的10%（即每年不超过¥118,000），且在质保期满后三年内不作上调。维护服务合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%。计划内维护应提前三个工作日书面通知甲方，安排在非工作时间进行，且不计入不可用时间。
P:7.2 故障分为三级。一级故障指平台整体不可用或项目、资金等核心业务无法办理，乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障指部分功能异常，乙方应在2小时内响应；三级故障指一般咨询或界面问题，乙方应在1个工作日内响应。
P:7.3 乙方每迟延响应或迟延恢复一小时，向甲方支付违约金1,500元；月度可用率每低于约定值0.01个百分点，扣减当期质保金或维护费2,000元。
H:第八条 数据安全
P:8.1 平台中的地块、项目、资金、农户信息等全部业务数据及其衍生数据均归甲方所有。乙方仅可为履行本合同之目的、在甲方授权范围内处理上述数据，不得用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，按等级保护第三级要求落实访问控制、加密存储和操作审计；一切运维操作须经甲方堡垒机进行，不得将数据拷贝出政务云环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，配合调查，并承担由此造成的全部损失及法律责任。
H:第九条 知识产权
P:9.1 平台软件的著作权仍归乙方所有，甲方获得永久、不可撤销的使用许可。
P:9.2 本项目定制开发的功能模块、接口程序及其源代码、数据库设计和技术文档的知识产权归甲方所有。乙方应在最终验收前向甲方移交全部源代码，甲方可自行或委托第三方修改、使用。
P:9.3 乙方保证所提供的软件及服务不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第十条 分包
P:10.1 乙方可将数据对接和现场实施中的非主体、非关键性工作分包给具有相应能力的单位，但应在分包前书面告知甲方分包单位名称及分包内容。
P:10.2 乙方就分包部分向甲方承担全部责任，分包单位同样应遵守本合同第八条的约定。
H:第十一条 违约责任
P:11.1 乙方未按期具备初步验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合约定，经甲方书面通知后二十日内仍未改正的，甲方有权按本合同第十二条解除合同。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，或逾期超过六十日仍未具备初步验收条件的，甲方有权书面通知乙方解除合同，乙方应退还已收款项，并赔偿甲方由此遭受的损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。受不可抗力影响的一方应在事件发生后五日内书面通知对方，并提供有关部门出具的证明材料。
P:12.3 合同解除后，乙方应在十日内向甲方移交已完成的开发成果、源代码、文档及平台中的全部数据。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份。
P:14.2 招标文件、乙方投标文件、需求规格说明书及实施计划为本合同附件。
P:甲方（盖章）：青阳市农业农村局　　　　乙方（盖章）：苏州禾田数字科技有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HF-JG-2027-031
P:甲方（买方）：浙江恒孚电动阀门股份有限公司
P:乙方（卖方）：杭州拓岚自动化工程有限公司
P:鉴于甲方拟对其电动执行器装配线、阀体加工线及出厂测试线的控制系统进行改造，乙方具备相应的设计、供货、编程和实施能力，双方经友好协商，就改造项目达成如下条款。
H:第一条 改造范围
P:1.1 更换三条生产线的PLC控制柜、人机界面和工业网络设备；部署制造执行数据采集软件（MES-DC）和出厂测试台控制软件；完成控制程序改造、设备联调及与甲方现有ERP系统的接口开发。
P:1.2 改造须分线停产实施，每条线停产时间不超过七日，具体安排以双方确认的停产计划为准。乙方应提前做好程序离线调试和备件准备，减少对甲方生产的影响。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾捌万元整（¥1,780,000），含13%增值税、运输、保险、安装调试及培训费用。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、电源）|6套|128,000|768,000
TB:2|工业触摸屏（HMI）|12台|9,500|114,000
TB:3|工业以太网交换机|8台|11,000|88,000
TB:4|MES数据采集软件许可（永久）|1套|296,000|296,000
TB:5|出厂测试台控制软件许可（永久）|1套|184,000|184,000
TB:|软硬件小计|||1,450,000
TB:6|控制程序改造及ERP接口开发|1项|168,000|168,000
TB:7|安装调试|1项|136,000|136,000
TB:8|操作及维护培训|1项|26,000|26,000
TB:|合计|||1,780,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或汇率变动而调整。设备应为原厂全新产品，乙方应提供原厂授权及供货证明。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装、甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方在每期付款前提供等额增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后六十日内将全部设备运抵甲方厂区，并在到货后九十日内完成三条线的改造和联调。
P:4.2 乙方应在设备发货前向甲方提交电气原理图、控制柜布置图、I/O点表和程序设计说明，经甲方技术部门书面确认后方可生产和发货。设备到货时应附装箱清单、出厂检验报告、合格证及使用说明书。
P:4.3 乙方应在每条线停产改造前完成程序离线仿真测试，并制定回退方案；改造期间如出现无法按期恢复生产的情况，乙方应立即启用回退方案，恢复原控制系统运行。
P:4.4 乙方施工人员应遵守甲方的安全生产、动火作业及厂区管理制度。因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
H:第五条 验收
P:5.1 验收标准：控制系统满足技术协议全部功能；各条生产线连续七十二小时带料运行无停机故障；装配线节拍不低于改造前水平；测试台压力、扭矩数据采集误差在技术协议规定范围内；MES-DC与ERP的工单、报工数据一致。
P:5.2 每条线改造完成后由双方进行单线验收，三条线全部通过后组织最终验收并签署验收报告。安装完成或投入生产均不视为验收合格。
P:5.3 单线验收不合格的，乙方应在七日内完成整改并重新组织验收；同一条线两次验收仍不合格的，甲方有权要求乙方更换相关设备或软件，由此产生的费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及程序修正，均由乙方免费负责。
P:6.2 质保期内乙方应每季度对三条生产线的控制系统进行一次预防性巡检，检查柜内元器件、通讯状态和程序备份，并向甲方提交巡检报告。
P:6.3 质保期内，一级故障（导致整条生产线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备或单一功能异常）应在8小时内响应。乙方每迟延一小时，向甲方支付违约金800元。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方提供全包维保服务，内容包括定期巡检、程序维护、备品备件更换及驻场工程师支持，响应时限与第6.2条相同。
P:7.2 维保年费按软硬件小计的34%计取，即每年人民币493,000元，在质保期满后三年内固定不变。维保合同每年签订一次，不自动续期。
H:第八条 数据与保密
P:8.1 生产工艺参数、测试数据、设备运行数据及MES-DC中的全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方指定的VPN和堡垒机进行，并全程留存操作日志；乙方不得将甲方数据拷贝至甲方网络以外。发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方全部损失。
P:8.3 双方对在合作中获知的对方技术资料、工艺信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本保密义务在合同终止后三年内继续有效。
H:第九条 知识产权
P:9.1 本项目中乙方编写的PLC控制程序、HMI画面、ERP接口程序及其源代码和技术文档归甲方所有，乙方应在验收时一并移交。甲方可自行修改和使用。
P:9.2 标准软件的著作权仍归原权利人所有，甲方享有永久使用权。
H:第十条 分包
P:10.1 乙方不得将本项目转包。电气布线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因导致甲方停产超出计划时间的，乙方应赔偿甲方由此产生的直接损失。
H:第十二条 合同解除
P:12.1 乙方严重违约，或逾期超过四十五日的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 培训与技术资料
P:14.1 乙方应为甲方电气工程师、设备维修人员和产线操作人员分别提供培训，培训内容包括系统原理、程序结构、日常操作、故障诊断及备件更换，培训结束后应确保甲方维修人员能够独立处理常见故障。
P:14.2 乙方应在最终验收时向甲方移交完整的竣工资料，包括竣工图纸、程序备份、参数清单、接口说明、维护手册及备品备件清单，纸质版和电子版各一套。
H:第十五条 不可抗力
P:15.1 因地震、火灾、洪水等不可抗力导致一方不能按期履行的，受影响方应在三日内通知对方，并在十日内提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 双方往来通知以书面形式送达合同首部所列地址，电子邮件通知经对方确认后视为送达。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件。
P:甲方（盖章）：浙江恒孚电动阀门股份有限公司　　　乙方（盖章）：杭州拓岚自动化工程有限公司
"""

Z03 = """门店预约及会员管理系统订阅服务合同

合同编号：BSP-IT-2027-007
甲方：广州博斯普鲁斯教育科技有限公司（以下简称“甲方”，经营土耳其语培训门店共40家）
乙方：成都约课云科技有限公司（以下简称“乙方”）

甲方拟为旗下门店统一采用课程预约、排课及会员管理系统。乙方同意以软件即服务（SaaS）方式提供“约课云”系统并完成实施。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店提供“约课云”教育机构版订阅服务，包括课程预约、排课与教室管理、学员档案、会员卡及课时包管理、在线支付对账、微信小程序、消息推送及经营报表功能。
2. 订阅期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧随其后。
3. 每家门店开通不超过十个员工账号，学员端用户数不限。
4. 订阅期内乙方对系统进行的功能优化和版本更新，甲方无需另行付费。甲方提出的个性化开发需求，由双方另行书面约定。
（二）实施服务
1. 乙方负责完成系统初始化配置，包括门店、教室、教师、课程体系（A1至C1级别土耳其语课程及考试辅导课程）和价格体系的配置。
2. 乙方负责将甲方现有会员系统中的学员档案、剩余课时、会员卡余额及上课记录迁移至新系统。
3. 乙方负责定制甲方品牌的学员端小程序页面，开发与甲方财务系统的收款对账接口，并对各门店店长和前台人员进行培训。

二、合同价款
（一）订阅费：每家门店每个服务年度人民币6,800元，40家门店每个服务年度合计人民币272,000元，两个服务年度合计人民币544,000元。
（二）实施费：人民币86,000元（一次性）。
（三）数据迁移费：人民币28,000元（一次性）。
（四）合同总价：人民币658,000元（大写：陆拾伍万捌仟元整），含增值税。服务期内甲方新增门店的，按每店每个服务年度6,800元的单价按月折算计收。

三、付款方式
（一）实施费和数据迁移费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度支付，每个季度的订阅费为人民币68,000元，甲方在每个季度首月的第十日前支付当季费用。
（三）乙方应在收款前开具增值税普通发票。甲方新增门店产生的订阅费，随下一季度订阅费一并结算。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部实施工作，具备上线条件。
（二）上线验收标准：
1. 40家门店全部完成配置，预约、签到、消课、退费流程测试通过；
2. 迁移数据与原系统逐条核对无差错，剩余课时和会员卡余额差额为零；
3. 在八百名学员同时预约时，页面响应时间不超过2秒；
4. 收款对账接口连续七日与财务系统对账一致。
（三）甲方在收到乙方验收申请后十个工作日内组织验收，验收合格的签署上线验收单。试用或部分门店先行使用不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%。计划内维护应在每日二十三时至次日六时之间进行，并提前两日通知甲方。
（二）一级故障（系统整体无法登录，或预约、支付功能不可用）乙方应在30分钟内响应，3小时内恢复；二级故障应在2小时内响应；一般问题应在1个工作日内答复。
（三）月度可用率每低于约定值0.1个百分点，乙方减免当季订阅费的2%；一级故障每迟延恢复一小时，乙方向甲方支付违约金500元。

六、数据
（一）甲方及其学员在系统中产生的学员信息、课程记录和交易数据归甲方所有。
（二）乙方应依法保护学员个人信息，采取加密存储、访问权限控制、操作日志审计等安全措施。发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担由此造成的损失。
（三）甲方同意，乙方可在服务期内及服务期满后，将甲方数据经脱敏及汇总处理后用于产品改进和教育培训行业分析，但不得识别到具体学员。
（四）乙方应将甲方数据存储于中华人民共和国境内的服务器，每日进行数据备份，备份数据至少保留三十日。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除其系统中的甲方数据。

七、知识产权
（一）“约课云”系统的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、课程体系配置方案、报表模板和对账接口程序归甲方所有，甲方可自由使用和修改。

八、保密
双方对在履行本合同过程中知悉的对方商业信息、价格信息和学员信息承担保密义务，未经对方书面同意不得向任何第三方披露。该义务在本合同终止后三年内继续有效。

九、续期
（一）服务期满前三十日内，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，并可依此类推。
（二）续期期间的订阅单价由乙方根据其届时的价格体系确定，并以书面通知甲方的价格为准。

十、分包
乙方不得将本合同项下的实施服务分包或转包给第三方，确需分包的须事先取得甲方书面同意。

十一、违约责任
（一）乙方未按第四条约定的期限具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十二、甲方的义务
（一）甲方应指定项目负责人，及时提供门店、课程、价格及会员数据等实施所需资料，并在乙方提交需求确认书后五个工作日内予以书面确认。
（二）甲方应妥善保管各门店的管理员账号和密码，因甲方人员泄露账号导致的损失由甲方自行承担。
（三）甲方应合法收集学员个人信息，并在小程序中向学员告知个人信息的处理规则。
（四）甲方应按本合同约定及时支付费用，并组织各门店人员参加培训。

十三、培训与支持
（一）乙方应在上线前为甲方总部运营人员举办两场集中培训，并为每家门店的店长和前台人员提供线上培训及操作手册、教学视频。
（二）服务期内乙方提供工作日九时至二十一时的在线客服和电话支持，周末及法定节假日提供值班支持。
（三）乙方对系统进行版本升级的，应提前七日通知甲方，升级不得减少本合同约定的功能。

十四、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已付但未使用期间的订阅费。
（二）一方被宣告破产或停止营业的，另一方可以解除合同。

十五、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

十六、不可抗力
因自然灾害、重大公共卫生事件、基础电信网络大面积中断等不可抗力导致一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。不可抗力持续超过三十日的，双方可协商解除合同。

十七、通知
双方因履行本合同发出的通知，应以书面形式送达对方在本合同首部列明的地址，或发送至双方项目负责人的电子邮箱。任何一方变更联系方式的，应在变更后三日内通知对方。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、实施计划、服务水平说明。

甲方（盖章）：广州博斯普鲁斯教育科技有限公司
乙方（盖章）：成都约课云科技有限公司
日期：2027年2月　日
"""

Z04 = """滨江市公园客流监测系统年度运维服务合同

项目编号：BJYL-CS-2027-004（竞争性磋商）
采购人（甲方）：滨江市园林绿化局
供应商（乙方）：南京慧景物联科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，双方就公园客流监测系统年度运维服务订立本合同。

1. 服务范围与期限
1.1 运维对象为甲方在全市十八个公园建设的客流监测系统，包括出入口客流计数摄像机、闸机计数器、LED客流诱导屏共326个前端点位，以及客流监测平台、数据库和应急广播联动接口。
1.2 服务期限自2027年1月1日起至2027年12月31日止。服务期满，本合同自然终止，不自动续期。
1.3 乙方应自服务期开始之日起七日内完成运维接管，接管时发现的设备缺失或损坏应书面报甲方确认，接管前已存在的问题不计入乙方考核；接管内容包括设备台账核对、平台账号交接和运维人员进场。

2. 服务内容
2.1 前端设备运维：每月巡检一次，清洁镜头、校准计数精度，重要节假日前专项巡检，及时维修或更换故障设备。
2.2 平台运维：服务器、数据库和中间件日常监控、补丁更新、数据备份，每月进行一次备份恢复演练，并于每季度末提交平台运行分析报告。
2.3 数据服务：每月向甲方提交客流统计分析报告，在春节、清明、五一、国庆等高峰期提供每日客流简报，并在客流超过公园承载量预警值时即时推送预警信息。
2.4 乙方应安排两名驻场工程师，节假日高峰期增派人员现场值守。
2.5 乙方应建立设备运维台账，完整记录每次巡检、故障处置和备件更换情况，并在运维系统中留存照片和处理记录，供甲方随时查阅。
2.6 乙方应每半年对平台进行一次安全漏洞扫描和基线检查，发现的中高危漏洞应在甲方规定的期限内完成修复，并向甲方提交整改报告。
2.7 乙方应配合甲方做好客流数据与市文旅、公安等部门平台的共享对接工作，接口调整属于本合同服务范围。
2.8 乙方应储备不少于前端设备总量百分之五的常用备件，确保故障设备能够及时更换。更换下来的旧设备归甲方所有，由乙方登记后交回甲方。

3. 人员要求
3.1 乙方应组建不少于六人的运维团队，其中项目负责人一名、驻场工程师两名、巡检维修人员三名。驻场工程师应具备弱电系统运维经验，熟悉视频监控及网络设备。
3.2 乙方更换项目负责人或驻场工程师的，应提前七日书面征得甲方同意，且替换人员的资历不得低于原人员。
3.3 乙方人员进入公园作业时应佩戴工作证，遵守公园管理规定，高处作业应落实安全防护措施。因乙方作业造成游客或第三方人身、财产损害的，由乙方承担责任。

4. 合同价款
4.1 合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括：前端设备运维费¥286,000；设备维修及备件费¥124,000；平台运维与数据服务费¥58,000。
4.2 单次维修更换的备件单价在人民币三千元以上的，乙方应事先报甲方确认。合同总价包含备件费用，服务期内不另行计费。

5. 付款方式
5.1 运维服务费按季度支付，每季度¥117,000。
5.2 每季度结束后，甲方按第7条进行季度考核，考核合格并收到乙方发票后十五个工作日内支付当季费用；考核扣款从当季费用中扣除。
5.3 本合同不设预付款。

6. 服务水平
6.1 客流监测平台的月度可用率不低于99.95%。
6.2 故障分级及响应：一级故障（平台整体中断，或节假日高峰期任一公园客流数据中断），乙方应在30分钟内响应、2小时内到场处置；二级故障（单个前端点位故障）应在2小时内响应、次日内修复；三级故障（一般问题）应在3个工作日内处理完毕。
6.3 乙方每迟延响应或迟延到场一小时，扣减运维费600元；平台月度可用率每低于约定值0.01个百分点，扣减当季运维费1,000元；单个点位故障超过三日未修复的，每点位每日扣减200元。

6.4 遇重大节假日、大型活动或极端天气，乙方应按甲方通知制定保障方案，提前完成设备检查，并安排工程师在甲方指定的公园现场值守，保障客流数据和诱导屏信息的实时发布。

7. 考核与验收
7.1 季度考核内容包括：巡检记录完整率、故障按时处置率、计数精度抽检（抽检点位计数误差不超过5%）、客流报告按时提交情况和甲方满意度评价。考核低于80分的，当季扣减运维费的3%，并由乙方限期整改。
7.2 服务期满，甲方根据四个季度的考核结果和乙方提交的年度运维总结报告进行服务验收，出具验收意见。
7.3 乙方进场接管或提交报告，均不视为考核合格。
7.4 年度服务验收的标准为：四个季度考核均合格；全年一级故障均按时处置；设备台账、运维记录和技术文档完整，并已按甲方要求归档。

8. 数据安全
8.1 客流数据、视频图像、设备配置信息及平台中的全部数据归甲方所有，乙方仅可为履行运维服务使用，不得用于其他目的，不得对外提供。
8.2 乙方应执行甲方的网络安全管理制度，运维操作通过甲方堡垒机进行，不得私自留存视频图像；涉及游客人脸图像的，应严格按照《个人信息保护法》处理。
8.3 发生数据泄露、丢失或系统被入侵的，乙方应在1小时内报告甲方，采取补救措施，并承担由此造成的全部损失和法律责任。

9. 保密
乙方对履行合同中知悉的甲方工作秘密、系统口令、网络结构和未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。

10. 知识产权
乙方在服务期内编写的运维脚本、配置文件、分析报告和技术文档归甲方所有，甲方可自由使用和修改。

11. 分包
乙方不得将本合同项下服务分包或转包给任何第三方。

12. 违约责任
12.1 乙方未按第1.3条按时完成接管，或未在甲方规定期限内完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
12.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

13. 不可抗力
因自然灾害、极端天气等不可抗力导致服务不能按约提供的，受影响一方应及时通知对方并提供证明，可根据影响程度部分免除责任，但乙方应在不可抗力消除后尽快恢复服务。

14. 合同解除
14.1 乙方连续两个季度考核不合格，或有其他严重违约行为，经甲方书面通知后十日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
14.2 合同解除或服务期满时，乙方应在十日内向甲方或甲方指定的后续服务单位移交设备台账、系统账号、运维记录和技术文档，并配合完成交接，不得删除或带走甲方数据。

15. 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

16. 其他
16.1 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
16.2 磋商文件、响应文件及运维服务方案为本合同组成部分。上述文件与本合同正文不一致的，以本合同正文为准。
16.3 本合同未尽事宜，由双方协商签订补充协议。

甲方（盖章）：滨江市园林绿化局
乙方（盖章）：南京慧景物联科技有限公司
签订日期：2026年12月　日
"""

Z05 = """# 织迹生产跟踪系统 软件许可及定制开发合同

**织迹软件标准合同文本 V3.0**

- 合同编号：ZJ-HT-2027-0219
- 甲方（客户）：桐乡暖织绒线工作室
- 乙方（服务商）：杭州织迹软件有限公司

甲方因生产管理需要，委托乙方提供“织迹生产跟踪系统”软件许可并进行定制开发。双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1. 乙方向甲方提供“织迹生产跟踪系统”标准版软件许可，用户数二十个，永久使用，部署于甲方自有服务器。
2. 乙方按甲方需求进行定制开发，内容包括：染色批次追溯（毛线色号、缸号与成品对应）、订单排产看板、手工编织计件工资统计、外发加工登记以及库存预警。
3. 乙方负责系统部署、基础数据导入和操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹生产跟踪系统标准版许可（20用户，永久） | 126,000 |
| 2 | 定制开发（染色批次追溯、排产看板、计件统计等） | 94,000 |
| 3 | 部署实施及培训 | 18,000 |
| | 合计 | 238,000 |

合同总价为人民币贰拾叁万捌仟元整（¥238,000），含税。

## 第三条 付款方式

1. 合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即人民币154,700元。乙方收到该款项后开始开发工作。
2. 系统上线后五个工作日内，甲方支付合同总价的35%，即人民币83,300元。
3. 甲方未按期付款的，乙方有权暂停开发或服务，工期相应顺延。

## 第四条 开发与交付

1. 乙方在收到首期款后九十日内完成开发并部署上线。开发过程中，乙方每两周通过电子邮件或微信工作群向甲方通报进度，甲方应在收到界面原型后五个工作日内反馈意见，逾期未反馈的视为确认。
2. 甲方应在合同签订后十日内提供需求资料、样表和基础数据，并指定专人配合。因甲方原因导致需求变更或资料提供延迟的，工期相应顺延，由此增加的工作量另行计费。
3. 需求确认后甲方提出的新增或变更需求，乙方有权按人天单价人民币1,800元另行收费。
4. 乙方交付的内容包括：系统安装程序、用户操作手册和培训课件。源代码、数据库设计文档不属于交付范围。
5. 系统部署所需的硬件设备和第三方软件由甲方自行采购，乙方可提供配置建议。

## 第五条 上线与验收

1. 乙方完成部署后通知甲方上线。系统上线运行后，即视为甲方验收合格。
2. 甲方在上线后发现的问题，按第六条的维护服务处理。
3. 甲方在上线后继续使用系统的，视为认可系统的功能和质量。因甲方原因导致系统未能按期上线的，自乙方通知甲方具备上线条件之日起满十日，视为系统已上线。

## 第六条 维护服务

1. 自系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复。
2. 乙方接到甲方故障报告后，对于导致系统无法使用的一级故障，于8小时内响应；其他故障于2个工作日内响应。乙方将尽力排除故障，但不保证故障在特定时间内修复。
3. 下列情况不属于免费维护范围：甲方擅自修改系统配置或数据库；因甲方服务器、网络或其他软件故障引起的问题；甲方人员误操作；新增功能需求。乙方处理上述问题的，按人天单价另行收费。
4. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务协议，维护费用按乙方届时公布的服务价格标准执行。

## 第七条 知识产权

1. “织迹生产跟踪系统”及其全部版本的著作权归乙方所有。
2. 本合同项下定制开发的功能模块、程序代码及相关文档的知识产权归乙方所有。甲方在本合同约定的用户数范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，不得转让或许可他人使用。
3. 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第八条 数据

1. 甲方在系统中录入和产生的订单、生产、库存及人员数据归甲方所有，乙方仅为提供本合同约定的服务而接触和使用该等数据。
2. 乙方远程维护时应使用甲方分配的账号，采取合理的技术措施防止数据被泄露或篡改。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应责任。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。本条在合同终止后两年内有效。

## 第十条 违约责任

1. 乙方未按第四条约定期限上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。
2. 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。
3. 甲方未经乙方同意将软件安装于约定以外的服务器，或超出约定用户数使用的，应按超出部分向乙方补交许可费，并支付相当于补交金额的违约金。
4. 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失、数据损失不承担责任。

## 第十一条 软件升级

1. 免费维护期内，乙方对标准产品发布的补丁版本，甲方可免费升级。
2. 标准产品的大版本升级不属于免费范围。甲方需要升级的，按乙方届时的升级政策另行收费；升级后定制功能需要适配的，适配工作量另行计算。
3. 乙方停止对某一版本提供技术支持的，应提前三个月通知甲方。

## 第十二条 合同解除

任何一方严重违反本合同，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十三条 甲方义务

1. 甲方应自行准备符合乙方要求的服务器、操作系统、数据库及网络环境，并承担相应费用。因甲方运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。
2. 甲方应妥善保管系统账号及密码，不得将软件提供给本合同约定用户以外的人员使用。甲方新增用户的，应向乙方购买新增用户许可，单价按乙方当年度报价执行。
3. 甲方应定期备份系统数据。因甲方未备份造成的数据损失，由甲方自行承担。

## 第十四条 乙方保证

1. 乙方保证其提供的软件为乙方合法拥有或有权许可的软件，不侵犯第三方的知识产权。
2. 乙方将为甲方提供上线前的操作培训，培训时间不少于两天，培训地点在甲方工作室。
3. 软件以“现状”提供，除本合同明确约定外，乙方不对软件适用于甲方特定用途作出任何保证。

## 第十五条 不可抗力

因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十六条 争议解决

因本合同发生的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 通知

双方的通知可通过电子邮件、微信工作群或书面方式发送至对方在本合同中预留的联系方式。任何一方变更联系方式的，应提前三日通知对方，否则按原联系方式发送的通知视为已送达。

## 第十八条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同具有同等效力。

甲方（签章）：桐乡暖织绒线工作室　　　　乙方（签章）：杭州织迹软件有限公司

日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MRS-CN-2027-004
P:This Agreement is made between Ningbo Haoyu Precision Bearings Co., Ltd., a company established in the People's Republic of China with its registered address in Beilun District, Ningbo (the "Buyer"), and Malvern Ridge Software Limited, a company registered in England and Wales whose registered office is at The Homend, Ledbury, Herefordshire, United Kingdom (the "Vendor").
P:Background: The Buyer wishes to replace the maintenance and spare-parts tools used at its three bearing plants with a single computerised maintenance management system. The Vendor publishes the Orchard CMMS software and has agreed to license it to the Buyer on a perpetual basis and to implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Orchard CMMS software in object code, version 9 or later, including the mobile work-order application and the reliability analytics module, together with its user documentation.
P:1.2 "Custom Deliverables" means all interfaces, reports, workflows, scripts, data-migration programs and configurations written or prepared by the Vendor specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Go-Live" means the date on which all three plants start using the Software for live maintenance work orders.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
P:1.5 "Buyer Data" means all data entered into, processed by or generated in the Software by or for the Buyer, including asset registers, maintenance histories, spare-parts stocks, employee names and sensor readings.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 250 named users across the Buyer's plants in Ningbo, Cixi and Yuyao, and on any disaster-recovery server of the Buyer.
P:2.2 The Vendor shall implement the Software, including process workshops, configuration of asset hierarchies and preventive-maintenance plans, an interface to the Buyer's SAP ERP for spare-parts purchasing, an interface to the vibration-monitoring system on the grinding lines, migration of the existing maintenance histories, and training of administrators, planners and technicians.
P:2.3 The Software will be installed on servers provided by the Buyer in its Ningbo data room.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,880,000, inclusive of applicable taxes, made up as follows: Licence Fee CNY 1,320,000; implementation and interfaces CNY 410,000; data migration CNY 92,000; training CNY 58,000.
P:3.2 The Contract Price is fixed. Additional work may only be ordered by a written change order signed by both parties which states the added price.
H:Article 4 Payment
P:4.1 25% of the Contract Price (CNY 470,000) is payable within 30 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 42% of the Contract Price (CNY 789,600) is payable within 30 days after Go-Live at all three plants. Go-Live is not acceptance.
P:4.3 33% of the Contract Price (CNY 620,400) is payable within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account with a bank in Shanghai, against a valid invoice issued in accordance with PRC tax rules.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live no later than 120 days after the date of this Agreement, following the project plan in Annex 2.
P:5.2 Final Acceptance requires that: (a) every function in the requirement specification in Annex 1 passes the agreed test scripts; (b) the migrated maintenance histories reconcile with the source systems, with no record lost; (c) the SAP and vibration-monitoring interfaces run for 20 consecutive working days without failed transactions; (d) work-order screens open within 2 seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect is open at the end of a 60-day period of live use after Go-Live.
P:5.3 When the criteria are met, the Buyer shall sign an acceptance certificate within 10 working days. Installation, Go-Live, live use or any payment is not Final Acceptance.
P:5.4 If the criteria are not met, the Vendor shall correct the defects at its own cost and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and the requirement specification for 18 months from Final Acceptance. During that period the Vendor shall correct defects, supply new versions and provide technical support free of charge.
P:6.2 Defects are classified as: Severity 1, where the Software is unavailable or work orders cannot be created at any plant; Severity 2, where a main function is impaired and no workaround exists; and Severity 3, all other defects and questions. The Vendor shall respond to Severity 1 within 1 hour at any time and provide a workaround within 8 hours; Severity 2 within 2 hours during Chinese business hours; and Severity 3 within 2 working days.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Buyer CNY 1,000, which may be deducted from any amount due.
P:6.4 After the warranty period, the Vendor shall offer annual support on the same service levels at a fee of 11% of the Licence Fee per year (CNY 145,200), fixed for the first three years after the warranty period. Support is ordered by the Buyer's purchase order each year and does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analytics for other customers.
P:7.2 The Vendor shall access the Buyer's systems only through the Buyer's remote-access gateway, with named accounts and multi-factor authentication, and shall not copy Buyer Data outside the Buyer's systems, except test extracts approved in writing by the Buyer, which shall be deleted after use.
P:7.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law as they apply to its work. The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours of becoming aware of it, cooperate in the investigation and remedy, and compensate the Buyer for all losses arising from an incident caused by the Vendor or its personnel.
H:Article 8 Intellectual Property
P:8.1 The Vendor and its licensors keep all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Buyer may use, modify, copy and license the Custom Deliverables freely, including through third-party contractors.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including technical drawings, production volumes, prices and the terms of this Agreement, shall use it only for this Agreement and shall not disclose it to third parties without the other party's prior written consent.
P:9.2 This obligation does not apply to information that is public through no fault of the receiving party, or that must be disclosed by law, and it continues for three years after this Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 8.3, or breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor, who shall be bound by Articles 7 and 9.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.2 Either party may terminate this Agreement if the other party becomes insolvent or ceases to carry on business.
P:12.3 On termination by the Buyer under Article 12.1, the Vendor shall refund the amounts paid for services not accepted, deliver all completed Custom Deliverables and return or destroy Buyer Data as the Buyer directs. The licence under Article 2.1 survives if the Licence Fee has been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement and any dispute arising out of or in connection with it are governed by the laws of England and Wales.
P:13.2 Any dispute shall be finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English in two originals, one for each party.
P:Annex 1: Requirement specification. Annex 2: Project plan. Annex 3: Support service description.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# TideTrace Cold-Chain Platform — Order Form and General Terms

**Order Form No. TT-OF-27-0113**

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Bluenose Harbour Analytics Inc., a corporation incorporated under the laws of Nova Scotia, with its head office on Montague Street, Lunenburg, Nova Scotia, Canada.
- **Customer:** Dalian Haiyun Cold Chain Logistics Co., Ltd., a company established in the People's Republic of China, with its registered office in Dalian, Liaoning Province.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

The Customer subscribes to the TideTrace cold-chain platform, Professional edition (the "Service"), which records temperature and humidity readings from the Customer's reefer trucks, cold rooms and containers, tracks shipments from receipt to delivery, raises excursion alerts and produces the temperature-history reports the Customer's food and pharmaceutical clients require.

- Named users: 150.
- Connected sensor gateways: up to 420.
- Hosting: production tenant in a data centre in the Shanghai region of a mainland Chinese cloud provider, with a standby tenant in the Beijing region.
- Integrations included: the Customer's transport management system and its warehouse management system.

### A3. Subscription Term

The Subscription Term starts on the Service Start Date, which is the date on which the Provider makes the production tenant available to the Customer, and runs for two Subscription Years. A "Subscription Year" is each successive period of one year from the Service Start Date.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform fee | per Subscription Year | 228,000 |
| Named users (150 × CNY 1,120) | per Subscription Year | 168,000 |
| Subscription fees, Subscription Year 1 | | 396,000 |
| Subscription fees, Subscription Year 2 | | 396,000 |
| Onboarding services (one-time) | fixed | 64,000 |
| **Total fees for the Subscription Term** | | **856,000** |

All amounts are in CNY and include VAT. Additional named users may be added at CNY 1,120 per user per Subscription Year, prorated by month.

### A5. Invoicing and Payment

1. Subscription fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days of invoice.
2. The onboarding fee is invoiced after Onboarding Acceptance under Section 4 of Part B and is payable within 30 days of invoice.
3. Invoices are issued in CNY by the Provider's authorised reseller in Shanghai. Payment is made by bank transfer.

### A6. Onboarding and Contacts

- Target Onboarding Date: 60 days after the Service Start Date.
- Onboarding covers tenant configuration, gateway registration, user set-up, the two integrations, alert rules for each of the Customer's client contracts, report templates and training for 20 key users.
- Provider contact: Customer Success Manager, Lunenburg office. Customer contact: IT Director, Dalian head office.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, including sensor readings, shipment records, client names, driver details and reports generated from them.

1.2 "Customer Configurations" means the alert rules, report templates, dashboards and integration mappings created for the Customer during onboarding or at its request.

1.3 "Documentation" means the Provider's user guides and service descriptions for the Service as updated from time to time, provided that no update reduces the functions subscribed.

### 2. Use of the Service

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for its internal business purposes, including giving its clients read-only access to their own shipment reports.

2.2 The Customer is responsible for the accuracy of data it enters and for keeping its user credentials secure.

### 3. Service Levels

3.1 The Provider shall make the production tenant available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

3.2 Incidents are classified as: Severity 1, where the Service is unavailable or sensor readings are not being recorded; Severity 2, where alerts or reports are delayed or a main function is impaired; and Severity 3, all other issues. The Provider shall respond to Severity 1 incidents within 30 minutes, 24 hours a day, and restore the Service within 3 hours; to Severity 2 within 2 hours; and to Severity 3 within one business day.

3.3 If monthly availability falls below the committed level, the Provider shall credit 5% of that month's subscription fees for each started tenth of a percentage point of shortfall, up to a total credit of 25% of that month's fees. Each missed Severity 1 restoration time gives a further credit of CNY 2,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 4. Onboarding and Acceptance

4.1 The Provider shall complete onboarding by the Target Onboarding Date.

4.2 Onboarding Acceptance requires that: (a) all gateways listed by the Customer transmit readings to the Service at the configured intervals; (b) the two integrations exchange shipment data for ten consecutive business days without error; (c) alert rules are tested for each client contract; and (d) sample temperature-history reports are approved by the Customer's quality manager.

4.3 The Customer shall confirm Onboarding Acceptance in writing within ten business days after the criteria are met, or state the criteria not met. Use of the Service in production before that confirmation is not acceptance.

4.4 If onboarding is not completed by the Target Onboarding Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay.

### 5. Customer Data and Security

5.1 Customer Data is and remains the property of the Customer. The Provider shall process Customer Data only to provide the Service and support under this Agreement and for no other purpose.

5.2 The Provider shall host Customer Data in mainland China, protect it with encryption in transit and at rest, role-based access and logged administrator access, maintain a multi-level protection scheme record at level 3 for the Service, and keep daily backups for 30 days.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and bear the losses and regulatory costs caused by an incident attributable to the Provider or its subcontractors.

5.4 On expiry or termination, the Provider shall export Customer Data in CSV and PDF formats on request within 30 days and then delete it from the Service.

### 6. Intellectual Property

6.1 The Provider keeps all rights in the Service and the Documentation.

6.2 Customer Configurations belong to the Customer. The Provider shall export them on request, and the Customer may use, modify and let third parties use them freely.

### 7. Confidentiality

Each party shall keep confidential the other's non-public information disclosed under this Agreement, use it only to perform this Agreement and not disclose it to third parties except to its employees and advisers who need to know it. This obligation continues for three years after the Agreement ends.

### 8. Subcontractors

The Provider may engage subcontractors and sub-processors, including its hosting provider and its reseller in Shanghai, to perform any part of the Service. The Provider will inform the Customer of new subcontractors by updating the list on its trust portal; the Customer's consent is not required. The Provider remains responsible for its subcontractors.

### 9. Renewal

At the end of the Subscription Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. The Provider may increase the fees for any renewal term by notice to the Customer at least 75 days before that renewal term starts.

### 10. Liability

10.1 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six months immediately preceding the event giving rise to the claim.

10.2 The limit in Section 10.1 does not apply to the Customer's payment obligations, to liability for death or personal injury, or to fraud.

10.3 Neither party is liable for lost profits or indirect or consequential damages.

### 11. Term and Termination

11.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after receiving written notice.

11.2 If the Customer terminates under Section 11.1, the Provider shall refund prepaid subscription fees for the remaining period.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

Neither party may assign this Agreement without the other's written consent, except to an affiliate in a corporate reorganisation. Notices must be in writing and sent to the contacts in A6. The Agreement is in English; a Chinese translation may be prepared for reference.
"""

E03 = """T:Supply Contract for Snow and Slope Monitoring Equipment and Software
P:Contract No. XYGS-WZ-2027-022
P:Buyer: Sichuan Xueyu Expressway Operation Co., Ltd., Chengdu, Sichuan Province, People's Republic of China (the "Buyer").
P:Supplier: Selkirk Snowpack Instruments Ltd., a company incorporated in British Columbia, with its principal office in Revelstoke, British Columbia, Canada (the "Supplier").
P:The Buyer operates a mountain expressway section that is exposed to heavy snowfall, avalanches and slope movement between November and April. Following the Buyer's tender, the Buyer has selected the Supplier to supply monitoring equipment and software and to install and commission them. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the snow-depth and slope-movement sensor units and the road weather stations listed in Clause 2, including their mounting hardware, solar power kits and embedded firmware.
P:1.2 "Software" means the Supplier's SnowGuard monitoring software, licensed under Clause 9.2, including the server application, the web console and the mobile alert application.
P:1.3 "Custom Deliverables" means the interface to the Buyer's road-operation management platform, the alert rules and thresholds configured for each monitored slope, the site maps and the reports written for the Buyer under this Contract.
P:1.4 The Supplier shall supply the Equipment and the Software, install the Equipment at the 64 monitoring points and 8 weather station sites shown in Annex 1, install the Software on the Buyer's servers in its Chengdu monitoring centre, build the Custom Deliverables, calibrate all sensors and train the Buyer's staff.
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,270,000, inclusive of VAT, delivery to site, import duties, installation, commissioning and training, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Snow-depth and slope-movement sensor unit|64|18,500|1,184,000
TB:2|Road weather station|8|42,000|336,000
TB:3|SnowGuard software licence (perpetual, server and 40 users)|1|460,000|460,000
TB:|Hardware and Licence Subtotal|||1,980,000
TB:4|Installation and commissioning|1 lot|238,000|238,000
TB:5|Calibration and training|1 lot|52,000|52,000
TB:|Total Contract Price|||2,270,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 227,000) within 20 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 1,248,500) within 20 working days after the Buyer signs the Installation Certificate for all sites. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 794,500) within 20 working days after Final Acceptance.
P:3.4 The Supplier shall issue a valid VAT invoice for each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's warehouse in Ya'an within 75 days after signature and complete installation at all sites within 50 days after delivery, before the start of the snow season.
P:4.2 Work on the expressway shall follow the Buyer's traffic-control and safety rules. Lane closures shall be requested from the Buyer at least three working days in advance.
P:4.3 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 After installation, the system shall run for 45 consecutive days. Final Acceptance requires that: (a) each sensor unit reports data at the configured interval throughout the run, with no gap longer than two hours; (b) snow-depth readings agree with manual measurements within 2 cm at the sample points chosen by the Buyer; (c) slope-movement alarms are triggered in a simulated movement test at every monitored slope; (d) alerts reach the road-operation management platform and the duty officers' phones within 60 seconds; and (e) no Severity 1 fault occurs during the last 20 days of the run.
P:5.2 The Buyer shall sign the Final Acceptance certificate within 10 working days after the criteria are met. Delivery, installation, use of the system or any payment does not constitute acceptance.
P:5.3 If the criteria are not met, the Supplier shall remedy the defects at its own cost and the run shall be repeated.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software against defects in design, materials and workmanship for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including transport, on-site labour and firmware updates.
P:6.2 Faults are classified in the table below. The Supplier shall meet the response and on-site times:
TB:Severity|Description|Response|On site
TB:Severity 1|Monitoring software unavailable, or ten or more sensors offline on one slope during the snow season|1 hour|24 hours
TB:Severity 2|Single sensor or weather station faulty|8 hours|3 days
TB:Severity 3|Other issues and questions|2 working days|as agreed
P:6.3 For each hour by which the Supplier misses a Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment or from the warranty bond.
H:7. Support after Warranty
P:7.1 After the warranty period, the Supplier shall provide annual support for the Equipment and Software, with the same service levels, at 8% of the Hardware and Licence Subtotal per year (CNY 158,400). This fee is fixed for the first two years after the warranty period.
P:7.2 Support after the warranty is ordered by a separate purchase order each year and does not renew automatically.
H:8. Training, Spare Parts and Documentation
P:8.1 The Supplier shall train up to 24 of the Buyer's engineers and duty officers in two sessions in Chengdu, covering system operation, alarm handling, sensor cleaning and replacement, calibration checks and basic troubleshooting. Training materials shall be provided in Chinese.
P:8.2 The Supplier shall deliver, as part of the Contract Price, a stock of spare sensor units, batteries and communication modules sufficient for the first winter, as listed in Annex 2, and shall keep spare parts available for purchase for at least eight years after Final Acceptance.
P:8.3 Before Final Acceptance the Supplier shall hand over as-built drawings, calibration records, firmware versions and user and maintenance manuals, in Chinese and English.
H:9. Intellectual Property
P:9.1 All rights in the Custom Deliverables belong to the Buyer. The Supplier shall deliver their source code, configuration files and documentation before Final Acceptance, and the Buyer may use, modify and license them freely.
P:9.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the embedded firmware for the Buyer's operations. The Supplier keeps all other rights in them.
P:9.3 The Supplier shall indemnify the Buyer against any third-party claim of infringement arising from the Equipment, the Software or the Custom Deliverables.
H:10. Data Security
P:10.1 All monitoring data, images, alarms, maps and other data collected or generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract and for no other purpose.
P:10.2 The Supplier shall configure the Equipment and Software to transmit data only to the Buyer's servers, with encrypted communication and password policies approved by the Buyer. Remote maintenance requires the Buyer's approval for each session and shall be logged. The Supplier shall not copy the Buyer's data outside the Buyer's systems.
P:10.3 The Supplier shall notify the Buyer of any security incident within 12 hours, take immediate remedial action and compensate the Buyer for losses caused by an incident attributable to the Supplier.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the technical and commercial information received from the other party, including the Buyer's network design and the Contract Price, and shall not disclose it to third parties without prior written consent, during this Contract and for three years after it ends.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation crews require the same consent, and the Supplier remains responsible for their work and safety.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under Clause 4.3 reach their maximum.
P:14.2 On termination under Clause 14.1, the Supplier shall refund the amounts paid for items not accepted and remove them from site at its own cost.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final.
H:16. General
P:16.1 This Contract is made in English and Chinese. Both versions have equal effect.
P:16.2 Annex 1: Site list. Annex 2: Technical specification. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement reference:** TSM-QLM-2027-01

This Managed IT Services Agreement (the "Agreement") is entered into between:

- **Qingdao Lanhai Marine Foods Co., Ltd.**, a company established in the People's Republic of China with its registered office in Huangdao District, Qingdao, Shandong Province (the "Customer"); and
- **Three Sisters Managed IT Corp.**, a corporation incorporated in Alberta, Canada, with its principal office on Bow Valley Trail, Canmore, Alberta, acting through its representative office in Qingdao (the "Provider").

The Customer operates two seafood processing plants, a cold store and a head office, and wishes to outsource the day-to-day running of its IT environment. The Provider has agreed to provide the managed services described in Schedule 1 for a term of 36 months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the Transition Services.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 4.

1.3 "Charges" means the charges set out in Schedule 2.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or can access in providing the Services.

1.5 "Service Levels" means the service levels in Schedule 3.

## 2. Term

2.1 This Agreement starts on the date of signature and, unless terminated earlier under Section 12, continues until 36 months after the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## 3. Services

3.1 The Provider shall provide the Services in accordance with this Agreement, the Service Levels and good industry practice.

3.2 The Provider shall staff a service desk in Qingdao from 07:00 to 22:00 on all days, with Chinese-speaking engineers, and an on-call engineer outside those hours.

3.3 The Provider shall assign a service delivery manager who attends a monthly service review with the Customer and provides a monthly report on incidents, requests, changes and Service Level performance.

## 4. Transition

4.1 The Provider shall take over the Services from the Customer's current arrangements within 75 days after signature, following the transition plan agreed by the parties.

4.2 Transition Acceptance requires that: (a) all assets in the Customer's inventory are recorded in the Provider's configuration database and checked on site; (b) monitoring is active on all servers, network devices and backup jobs; (c) runbooks for the Customer's ERP, warehouse and cold-chain applications have been written and reviewed by the Customer; (d) the service desk has handled live tickets for 14 days in parallel with the Customer's IT team; and (e) a test restore of each critical system has been completed.

4.3 The Customer shall confirm Transition Acceptance in writing within 7 working days after the criteria are met. The start of parallel running is not Transition Acceptance.

4.4 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay beyond the date in Section 4.1.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 2. The total Charges for the Term are CNY 2,574,000, including VAT.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting from the Service Commencement Date.

5.3 The Customer shall pay each undisputed invoice within 30 days of receipt. Service credits under Schedule 3 are deducted from the next invoice.

5.4 The Charges are fixed for the Term. Changes in the number of users or devices within a range of ten percent above or below the baseline in Schedule 2 do not change the Charges.

## 6. Service Levels

6.1 The Provider shall meet the Service Levels in Schedule 3. Where it does not, it shall credit the Customer the service credits set out in Schedule 3.

6.2 The Provider shall investigate the root cause of every Priority 1 incident and deliver a written report within 5 working days.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to provide the Services and shall not use it for any other purpose.

7.2 At the end of the Term, the Provider shall return all Customer Data and documentation in its possession to the Customer.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that it receives in connection with this Agreement and that is marked as confidential or would reasonably be regarded as confidential, including Customer Data, prices, supplier lists and production figures.

8.2 The receiving party shall use such information only for the purposes of this Agreement and shall not disclose it to any third party, except to its employees and professional advisers who need to know it and are bound by similar obligations, or where disclosure is required by law.

8.3 This Section 8 continues for three years after the end of the Term.

## 9. Intellectual Property

9.1 The Provider keeps all rights in its own tools, templates and methods.

9.2 All runbooks, scripts, configuration documents and reports written specifically for the Customer under this Agreement belong to the Customer. The Customer may use, modify and license them freely, including to a replacement provider.

## 10. Personnel and Subcontracting

10.1 The Provider shall ensure that its personnel are qualified and comply with the Customer's site rules, including the hygiene rules of the processing plants.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term.

11.2 The limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of Section 8.

## 12. Termination

12.1 This Agreement may be terminated before the end of the Term only:

- (a) by either party, by written notice, if the other party becomes insolvent, enters into liquidation or ceases to carry on business; or
- (b) by either party, by written notice, if a force majeure event prevents the performance of a substantial part of the Services for more than 90 consecutive days.

12.2 The Customer's remedies for any failure of the Services are the service credits in Schedule 3 and damages under Section 11. A failure of the Services does not entitle the Customer to terminate this Agreement.

12.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2, including handover of documentation, credentials and knowledge transfer to the Customer or a replacement provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.

## 14. General

14.1 This Agreement, including its Schedules, is the entire agreement between the parties on its subject matter.

14.2 Amendments are valid only if made in writing and signed by both parties. This Agreement is signed in English and Chinese, and both versions are equally authentic.

## Schedule 1 — Services

| Service | Scope | Location |
|---|---|---|
| Service desk | Incident and request handling for about 420 users by phone, email and portal | Qingdao, remote |
| On-site support | Two engineers on site on working days; desktop, printer and meeting-room support | Head office, Plant 1 |
| Server management | Monitoring, patching, capacity and backup of 38 servers, virtual platform and storage | Head office server room |
| Network management | Monitoring and configuration of switches, wireless and WAN links for all sites | All sites |
| Application support | First-line support for the ERP, warehouse and cold-chain monitoring applications | Remote |
| Transition Services | Inventory, runbooks, monitoring set-up and parallel running | All sites |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 126,000 |
| Monthly Service Charge | 68,000 per month × 36 months | 2,448,000 |
| **Total Charges for the Term** | | **2,574,000** |
| Baseline volumes | 420 users, 38 servers, 6 sites | included |
| Exit assistance and extra work | per engineer day | 3,200 |

## Schedule 3 — Service Levels and Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Priority 1 incident (plant production, ERP or cold-chain monitoring down) | Response within 15 minutes, 24 hours a day; restore within 3 hours | CNY 2,000 per started hour beyond restore time |
| Priority 2 incident (function impaired, workaround exists) | Response within 1 hour; restore within 8 hours | CNY 500 per started hour beyond restore time |
| Priority 3 incident and service requests | Response within 1 business day; resolve within 3 business days | CNY 300 per request resolved late |
| Server and core network availability | At least 99.95% per month | 5% of the Monthly Service Charge for each started tenth of a percentage point below the level |
| Backups | Daily backup of all critical systems; monthly restore test | CNY 1,000 per missed restore test |

Service credits in any month are capped at 20% of the Monthly Service Charge.
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BHD-HJ-2027-03

BETWEEN

Badlands Hail Data Ltd., a corporation incorporated under the laws of Alberta, Canada, with its office on Centre Street, Drumheller, Alberta (the "Provider"); and

Hebei Jinsui Agricultural Insurance Co., Ltd., a company established in the People's Republic of China with its head office in Shijiazhuang, Hebei Province (the "Customer").

BACKGROUND

The Customer insures wheat, maize and orchard crops in Hebei and neighbouring provinces. It wishes to use hail and severe-convective-weather data to price policies, to send early warnings to insured farmers and to verify hail claims. The Provider compiles radar-derived hail swaths, hailstone size estimates and storm forecasts and makes them available through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the hail, storm and weather datasets, forecasts and derived products made available by the Provider through the API or by file delivery, together with their documentation.

1.2 "Customer Data" means all data that the Customer or its users submit to the API or to the Provider's systems, including the coordinates and boundaries of insured plots, policy numbers, claim references and the results of queries linked to them.

1.3 "Custom Deliverables" means the county-level hail-risk layer for the Customer's insured area, the claim-matching scripts and the warning-message templates that the Provider develops specifically for the Customer under Clause 4.

1.4 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Service Start Date stated in Clause 3.1.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use the Provider Data for its insurance business in mainland China, including pricing, underwriting, early warnings to policyholders, claim verification and reporting to regulators.

2.2 The Customer may display Provider Data to its policyholders and agents in its own applications and reports, with attribution to the Provider, but may not resell Provider Data as a separate data product.

2.3 The subscription includes up to 8 million API calls per Subscription Year, historical hail swaths for the Customer's area from 2010 onward, daily storm forecasts for the next three days, and near-real-time hail swaths during the convective season from April to September.

2.4 The Provider may improve or change the API and the Provider Data, provided that it gives the Customer at least 90 days' notice of any change that removes a data field or endpoint used by the Customer and keeps the previous API version available during that notice period.

3. SUBSCRIPTION TERM

3.1 The Subscription Term starts on the date on which the Provider issues production API credentials to the Customer (the "Service Start Date") and lasts for two Subscription Years.

3.2 The Subscription Term does not renew automatically. Any further subscription requires a new written agreement between the parties.

4. SET-UP AND INTEGRATION ACCEPTANCE

4.1 The Provider shall provide set-up and integration services: onboarding of the Customer's developers, loading of the Customer's insured plot boundaries, configuration of warning rules for each county, development of the Custom Deliverables and support for the Customer's integration tests. The Provider shall aim to complete these services within 60 days after the Service Start Date.

4.2 Integration Acceptance requires that: (a) the Customer's underwriting and claims systems retrieve hail swaths and forecasts through the API for all insured counties; (b) the claim-matching scripts correctly match a test set of 500 historical claims agreed by the parties to the corresponding hail events; (c) warning messages for a simulated storm reach test policyholders within 10 minutes of the forecast update; and (d) the hail-risk layer covers every insured county and is documented.

4.3 The Customer shall confirm Integration Acceptance in writing within 10 working days after the criteria are met, or tell the Provider which criteria are not met. The Provider shall then correct the deficiencies and the tests shall be repeated.

5. FEES AND PAYMENT

5.1 The fees are:

Subscription fee, Subscription Year 1 ........ CNY 348,000
Subscription fee, Subscription Year 2 ........ CNY 348,000
Set-up and integration fee (one-time) ........ CNY 42,000
Total fees ................................... CNY 738,000

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

5.3 The set-up and integration fee is invoiced after Integration Acceptance and is payable within 30 days of invoice.

5.4 API calls above the included volume are charged at CNY 0.02 per call and invoiced quarterly in arrears.

5.5 All fees are in CNY and include VAT. Invoices are issued by the Provider's appointed billing agent in Beijing.

6. AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to make the API available and to deliver the Provider Data in a timely manner.

6.2 The Provider will answer support requests submitted by email or through its support portal during its normal business hours in Mountain Time. The Provider may carry out maintenance on the API at any time and will try to announce planned maintenance on its status page.

6.3 The Provider does not guarantee that the API will be uninterrupted or that the Provider Data will be free of errors. Hail swaths and forecasts are estimates derived from radar and model data.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API and the services under this Agreement and for no other purpose, and shall not combine it with data of other customers.

7.2 The Provider shall store Customer Data only on servers located in mainland China, in the environment hosted by its cloud provider in Beijing. Customer Data shall be encrypted in transit and at rest, access shall be limited to named Provider staff with multi-factor authentication, and all access shall be logged and the logs kept for one year.

7.3 Policyholder personal information shall be processed in accordance with the PRC Personal Information Protection Law. The Customer shall submit only the data needed for the services and shall pseudonymise policyholder names where possible.

7.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours of discovery, take immediate measures to contain it, assist the Customer with its notifications to regulators and policyholders, and compensate the Customer for losses, fines and costs caused by an incident attributable to the Provider.

7.5 Within 30 days after the end of the Subscription Term, the Provider shall return Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider keeps all rights in the API and the Provider Data. The Customer keeps all rights in its own systems, models and reports.

8.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Provider shall deliver their source files and documentation at Integration Acceptance, and the Customer may use, modify and license them freely, also after the Subscription Term.

8.3 Pricing models, risk scores and claim decisions that the Customer derives from Provider Data belong to the Customer and may be kept and used after the Subscription Term.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer Data, the Provider's methods and the fees, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law or by a regulator.

9.2 This Clause 9 continues to apply for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of its obligations under this Agreement without the Customer's prior written consent. The Customer consents to the hosting services of the cloud provider named in the Annex. The Provider is responsible for its subcontractors as for itself.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees stated in Clause 5.1.

11.2 This limit does not apply to liability for breach of Clause 7 or Clause 9, for infringement of intellectual property rights, or for fraud or wilful misconduct.

11.3 The Provider shall defend the Customer against any claim that the Customer's use of the Provider Data in accordance with this Agreement infringes a third party's rights, and shall pay any damages awarded.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

12.2 If the Customer terminates under Clause 12.1, the Provider shall refund the fees paid for the remainder of the Subscription Term.

12.3 Clauses 7.5, 8, 9 and 11 survive termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall first be discussed by senior managers of both parties. If it is not settled within 30 days, it shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above or to the email addresses of the contract managers.

14.2 This Agreement is made in English and Chinese, in two counterparts each. If the versions differ, the parties shall agree on the meaning in good faith, having regard to the purpose of the Agreement.

ANNEX: Approved cloud provider; API documentation; warning-rule specification.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1111z01_farmland_platform_licence_development.pdf", Z01),
    "z02": ("h1111z02_valve_plant_line_control_retrofit.docx", Z02),
    "z03": ("h1111z03_turkish_school_chain_booking_saas.txt", Z03),
    "z04": ("h1111z04_park_visitor_counting_om_service.txt", Z04),
    "z05": ("h1111z05_yarn_studio_tracking_supplier_template.md", Z05),
    "e01": ("h1111e01_cmms_perpetual_licence_ledbury_vendor.pdf", E01),
    "e02": ("h1111e02_cold_chain_saas_order_form_lunenburg_vendor.md", E02),
    "e03": ("h1111e03_snow_slope_sensors_revelstoke_supplier.docx", E03),
    "e04": ("h1111e04_managed_it_services_canmore_provider.md", E04),
    "e05": ("h1111e05_hail_data_api_subscription_drumheller_provider.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (language, category, terms in TERM_KEYS order, extras, fee base for TCO or None, design rules)
LABELS = {
    "z01": ("zh", "software",
            [99.95, 0.5, True, "buyer", True, True, False, 0.08, None, 20, True, True, 24, 10, False, True, True,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2240000), 1180000, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z02": ("zh", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 34, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1780000), 1450000, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("zh", "cloud",
            [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=658000), None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services",
            [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000), None,
            []),
    "z05": ("zh", "software",
            [None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
             None, G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=238000), 126000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("en", "software",
            [None, 1, True, "buyer", True, True, True, 0.08, 150, 25, True, True, 18, 11, False, True, False,
             "England and Wales", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1880000), 1320000, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud",
            [99.95, 0.5, True, "buyer", True, True, True, 700 / 856000 * 100, 6 / 24 * 100, None, True, None, None,
             None, True, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=856000), None,
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ("en", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2270000), 1980000, []),
    "e04": ("en", "services",
            [99.95, 0.25, True, "buyer", False, True, True, 1800 / 2574000 * 100, 150, None, True, None, None, None,
             False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2574000), None,
            ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("en", "cloud",
            [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False,
             "PRC", S],
            dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=738000), None,
            ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 (and its section on where rules apply)."""
    r = set()
    goods = t["contract_kind"] == G
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# No threshold figure in any text (policy §3 thresholds: 99.9 %, 4 hours, 0.05 %/day, 100 % cap, 30 % prepayment,
# 12-month warranty, 15 % post-warranty fee, 40 % TCO share, and the 5-year TCO horizon)
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?" + PCT,
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0\.050*(?!\d)",
    r"万分之五(?![十])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hours?)",
    r"(?:四个?小时|four[\s-]*hours?)",
    r"(?<![\d.年])12\s*(?:个)?\s*(?:月|months?\b|-months?)",
    r"(?:十二个月|twelve[\s-]*months?)",
    r"(?:质保期?为?一年|一年质保|one[\s-]*year\s*warranty|warranty\s*(?:period\s*)?of\s*one\s*year)",
    r"(?<![\d.])5\s*(?:年|years?\b|-years?)",
    r"(?:五年|five[\s-]*years?)",
]]
MUST_HIT = ["30%", "30 %", "in 30 per cent", "百分之三十", "4小时", "4 个小时", "4 hours", "four hours", "99.9%",
            "99.9 %", "0.05%", "万分之五", "100%", "百分之百", "12个月", "十二个月", "12 months", "twelve months",
            "15%", "百分之十五", "40 %", "百分之四十", "5 years", "五年", "质保期一年", "4h"]
MUST_MISS = ["130%", "0.30%", "35%", "百分之三十五", "24小时", "24 hours", "99.95%", "99.99%", "0.058", "万分之五十",
             "2027年12月31日", "2025年", "150%", "1,000", "115%", "14 hours", "25 years", "0.15%", "2,100%"]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "regex hits " + s


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets, sources = {}, {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            targets[key] = (name, name.rsplit(".", 1)[1])
            sources[key] = src
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    for key, (name, _) in FILES.items():
        lang, cat, vals, extra, base, design = LABELS[key]
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS), key
        rules = derive(terms, extra, base)
        assert rules == sorted(design), (key, rules, design)
        fired.update(rules)
        # no value on a threshold
        for k, thr in THRESHOLD_VALUES.items():
            assert terms[k] is None or abs(terms[k] - thr) > 1e-9, (key, k)
        share = tco_share(terms, extra, base)
        assert share is None or abs(share - 40) > 2, (key, share)
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        # text read back
        text = read_back(OUT / name)
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (key, hits)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        print("%s %-62s %5d %s %s %s" % (key, name, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                         "" if share is None else "TCO share %.2f %%" % share))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    # the mix
    counts = {k: len(LABELS[k][5]) for k in LABELS}
    assert counts["z04"] == 0 and counts["e03"] == 0 and LABELS["e01"][5] == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["z05"] <= 10
    assert all(2 <= counts[k] <= 3 for k in ("z01", "z02", "z03", "e02", "e04", "e05"))
    print("all checks passed; all 20 CR rules fire at least once")


if __name__ == "__main__":
    main()
