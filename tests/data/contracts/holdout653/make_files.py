"""holdout653: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf are
built by ../word_pdf.py (PDF lines broken at word boundaries)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:北岭山滑雪旅游度假区安全监管平台采购合同
P:合同编号：BLS-ZC-2025-047　采购方式：公开招标（政府采购）
P:甲方（采购人）：北岭山滑雪旅游度假区管理委员会
P:乙方（供应商）：雪域智安科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方经协商一致，采用甲方提供的合同文本订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“滑雪场安全监管平台”软件许可，并完成雪道客流监测、索道运行监管、救援调度、气象与雪况预警、安全巡查五个模块的定制开发、部署实施和培训。
P:1.2 平台部署于甲方机房，与度假区视频监控系统、票务闸机系统、索道控制系统之间的数据接口由乙方开发，详细需求以附件1《技术需求书》为准。
P:1.3 软件许可为永久许可，授权范围为甲方及其下属各滑雪场，不限用户数和终端数。
P:1.4 乙方提供的第三方组件应在投标文件中列明，并随平台一并取得合法授权。
H:第二条 合同价款
P:2.1 合同总价为人民币2,188,000元（大写：贰佰壹拾捌万捌仟元整），含税，由以下部分组成：
P:（1）平台软件许可费1,160,000元；
P:（2）定制开发及接口开发费874,000元；
P:（3）部署实施费118,000元；
P:（4）培训费36,000元。
P:2.2 合同总价为固定价格，除经甲方书面确认的需求变更外，不因人工、材料或汇率变化而调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即437,600元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即984,600元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即765,800元。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。甲方按国库集中支付规定办理付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后90日内完成部署并申请初步验收；初步验收后进入试运行，试运行期为60日，且须包含雪季营业期内不少于20个营业日。
P:4.2 乙方应派驻不少于5名实施人员，项目经理须为投标文件中列明的人员，未经甲方书面同意不得更换。
P:4.3 乙方应为甲方管理人员、值班人员和救援人员分批组织培训，培训不少于6期，并提交培训教材和考核记录。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题和下周计划；重大问题应即时报告。甲方有权对实施过程进行检查，乙方应予配合。
H:第五条 验收
P:5.1 初步验收标准：（1）五个模块的功能与《技术需求书》逐项相符；（2）与视频、票务、索道系统的接口联调通过，数据延迟不超过3秒；（3）在800个并发用户下页面平均响应时间不超过2秒；（4）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期内无一级故障；客流超限与索道告警的准确率不低于98%；至少完成两次救援调度联合演练且流程完整；乙方交付全部源代码、接口文档、操作手册和运维手册。
P:5.3 验收由甲方组织，可邀请相关专家参加，验收结果以双方签署的书面验收报告为准。平台上线试运行、甲方实际使用或支付款项均不视为验收合格。未通过验收的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持。
P:6.2 质保期内平台年度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:6.3 故障响应：一级故障（平台整体不可用，或索道监管、救援调度模块中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，当日解决；三级故障在下一工作日内解决。
P:6.4 乙方响应或恢复超时的，每超时一小时向甲方支付1,000元；年度可用率每低于约定值0.01个百分点，向甲方支付2,000元，甲方可从应付款项中直接扣减。
P:6.5 质保期满后，甲方可与乙方另行签订年度维护合同，年度维护费不超过平台软件许可费的9%（即每年不超过104,400元），且签订后前三年不上调。维护合同期满不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台原有产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集和产生的游客信息、客流数据、视频截图、救援记录等全部数据归甲方所有，乙方不得用于本合同以外的任何目的，不得留存副本或向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求实施部署，落实访问控制、加密传输、操作审计和最小授权，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、安全防范部署及游客个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权拒收，要求乙方返还已付款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按应付未付金额每日万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的全部或部分义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过45日，或发生重大违约经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:13.2 争议处理期间，双方应继续履行本合同中不涉及争议的部分，乙方不得以存在争议为由中止平台运行保障。
H:第十四条 其他
P:14.1 双方指定的项目联系人负责日常沟通，书面通知按合同首页地址送达；联系人或地址变更的，应提前书面告知对方。乙方应遵守甲方关于政府采购廉洁管理的规定，不得向甲方工作人员提供任何不正当利益。
P:14.2 本合同附件包括技术需求书、报价明细表、实施计划和人员名单，均为本合同的组成部分。
P:14.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：北岭山滑雪旅游度假区管理委员会　　乙方（盖章）：雪域智安科技有限公司
P:签订日期：2025年11月　日
"""

Z02 = """T:包子成型及速冻生产线控制系统改造合同
P:合同编号：HX-SB-2025-112
P:甲方：禾香速冻食品有限公司
P:乙方：恒拓自动化工程有限公司
P:甲方为提升包子成型机组与螺旋速冻隧道的自动化水平，委托乙方对第二车间两条包子成型及速冻生产线的控制系统实施改造，双方经协商订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条生产线的电气控制柜更换、伺服及变频驱动改造、速冻隧道温控模块升级、工业触摸屏与数据网关安装，并提供生产监控软件许可及程序开发。
P:1.2 程序开发内容包括成型机组配方管理、面皮与馅料定量联动、速冻隧道温度曲线控制、设备状态采集，以及与甲方现有ERP系统的产量和能耗数据对接。
P:1.3 改造须利用甲方计划停产窗口分线实施，每条线停产时间不超过7日，不得影响另一条线的正常生产。
P:1.4 乙方应在进场前提交改造实施方案，内容包括旧设备拆除顺序、电气接线图、程序备份与回退措施、停产窗口内的日程安排及食品安全防护措施，经甲方设备部和品控部书面确认后方可实施。
P:1.5 拆除的旧控制柜、驱动器等设备归甲方所有，由乙方清理后移交甲方指定仓库存放。
P:1.6 改造后的控制系统应保留手动操作模式，在网络中断或上位软件故障时，成型机组和速冻隧道仍可在现场独立运行。
H:第二条 合同价款
P:2.1 合同总价为人民币1,578,000元，含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含低压电器）|4套|412,000
TB:2|伺服驱动及变频器|1批|298,000
TB:3|速冻隧道温控模块|2套|186,000
TB:4|工业触摸屏及数据网关|1批|94,000
TB:5|生产监控软件许可（永久）|1套|296,000
TB:|软硬件小计||1,286,000
TB:6|安装调试|1项|148,000
TB:7|程序开发及ERP对接|1项|126,000
TB:8|操作及维修培训|1项|18,000
TB:|合计||1,578,000
P:2.2 上述价格包括设备运输、保险、安装材料及税费，甲方无需另行支付任何费用。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完毕后10个工作日内，甲方支付合同总价的55%。到货签收和安装完毕不代表甲方对质量的验收。
P:3.3 两条生产线均通过最终验收后10个工作日内，甲方支付合同总价的35%。
H:第四条 交付与安装
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方工厂，并在甲方书面通知的停产窗口内完成安装。
P:4.2 设备到货时，双方共同开箱清点，核对型号、数量和随机资料，并签署到货签收单。设备铭牌、合格证及软件许可证书应齐全，缺失的由乙方在5日内补齐。
P:4.3 安装期间乙方人员应遵守甲方食品生产车间的卫生管理制度，进入洁净区须更衣消毒，不得携带易碎品和非食品级润滑剂。
H:第五条 验收
P:5.1 每条生产线改造完成后进行72小时连续负荷试生产。验收标准为：（1）成型机组产能不低于每分钟120只；（2）包子单重偏差不超过正负2克；（3）速冻隧道出口中心温度稳定达到零下18摄氏度；（4）设备状态与产量数据采集完整，与ERP对接数据一致；（5）停机、超温等报警功能测试通过。
P:5.2 试生产期间，甲方品控部按批次抽检包子重量、外形和中心温度，抽检记录作为验收依据之一。乙方应提交程序清单、电气图纸、参数设置表、操作规程和维修手册。
P:5.3 两条生产线均满足上述标准后，双方签署最终验收报告。试生产期间产品的正常销售不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内设备及软件的故障由乙方免费维修和更换。
P:6.2 一级故障（造成整条生产线停机）乙方应在30分钟内响应，3小时内到达现场；二级故障2小时内响应，次日内到场处理。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付800元，由甲方从应付款中扣减。
P:6.4 质保期满后，乙方按软硬件小计的8%每年收取维保费，即每年102,880元，该费用三年内保持不变；维保内容包括每季度一次预防性维护、备件优惠供应和远程技术支持。
P:6.5 乙方应在甲方工厂备有常用易损件，包括传感器、继电器和触摸屏备件，保证一级故障时可立即更换；备件清单作为本合同附件。
P:6.6 乙方每半年对改造后的控制系统进行一次免费巡检，出具巡检报告，并对操作人员进行复训。
P:6.7 质保期内同一部件因质量原因更换两次后仍出现故障的，乙方应更换为同档次以上的新型号部件，并相应延长该部件的质保期。更换部件的运输、安装和调试费用均由乙方承担。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、配方模板、画面组态及接口程序归甲方所有，乙方应在验收时交付全部源程序和注释文档。生产监控软件的著作权仍属乙方，甲方享有永久使用许可。
H:第八条 数据安全与保密
P:8.1 配方参数、产量、能耗等生产数据归甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方事先批准，通过甲方指定的VPN账号登录并全程记录；数据网关应关闭不必要的端口。发生数据泄露或被篡改的，乙方应立即通知甲方并承担由此造成的损失。
P:8.3 双方对在履约中知悉的对方技术和商业秘密负有保密义务，保密期限至合同终止后五年。
P:8.4 乙方人员在甲方工厂拍摄照片或视频须经甲方同意，不得拍摄配方、工艺卡片和客户订单信息。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之七支付违约金。
P:9.2 因乙方原因造成停产时间超出约定窗口的，乙方另行赔偿甲方的直接损失。
P:9.3 乙方交付的设备不符合合同约定的品牌、型号或技术参数的，甲方有权要求更换，由此造成的逾期按第9.1款处理。
P:9.4 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十条 责任限额
P:10.1 乙方在本合同项下的累计赔偿责任（包括违约金）以合同总价的60%为限，但因乙方故意或重大过失、人身伤害及食品安全事故造成的损失除外。
H:第十一条 分包
P:11.1 乙方可将电气安装、线缆敷设等辅助工作交由具备相应资质的第三方完成，但应在进场前书面告知甲方该第三方的名称和人员名单，乙方对其工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还相应款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:13.2 争议解决期间，乙方仍应继续履行维修和维保义务，不得以争议为由拒绝处理生产线故障。
H:第十四条 其他
P:14.1 双方的项目负责人分别为甲方设备部经理和乙方项目经理，负责组织协调、签认进度和处理日常问题。一方变更负责人的，应提前书面通知对方。
P:14.2 本合同附件包括改造实施方案、设备技术参数表、备件清单和培训计划，均为本合同组成部分。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：禾香速冻食品有限公司　　乙方（盖章）：恒拓自动化工程有限公司
"""

Z03 = """乒乓球培训门店课程预约SaaS服务及实施合同

合同编号：YQ-SaaS-2025-0318
甲方：银球体育文化发展有限公司（连锁乒乓球培训，共60家门店）
乙方：约课云信息技术有限公司

鉴于甲方需要一套覆盖全部门店的课程预约与学员管理系统，乙方提供云端订阅服务及上线实施，双方经协商订立本合同。

一、服务内容
（一）乙方向甲方60家门店提供“约课云”SaaS平台订阅服务，包括教练排课、学员约课与签到、课时包管理、场地预订、家长端小程序和经营报表。
（二）乙方负责上线实施，包括系统配置、与甲方收银系统及会员系统的接口开发、历史学员与课时数据迁移，以及门店人员培训。
（三）乙方应保证家长端小程序与门店端数据实时同步，学员约课、取消和签到结果应即时推送给家长和教练。
（四）乙方应为甲方开通总部管理后台，总部可查看全部门店的排课、约课、课时消耗和收入报表，并可按区域设置门店管理员权限。
（五）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，每个服务年度为自起算日起连续一年。

二、费用及支付
（一）订阅费按门店计收，每家门店每个服务年度3,600元，60家门店每个服务年度合计216,000元，两个服务年度合计432,000元。
（二）实施费58,000元，数据迁移费14,000元，均为一次性费用。
（三）本合同总金额为504,000元，含税。
（四）实施费和数据迁移费在上线验收合格后15个工作日内支付。每个服务年度的订阅费在该服务年度开始后20个工作日内支付。
（五）乙方收款前应向甲方开具增值税专用发票，发票信息以甲方提供的开票资料为准。甲方付款后，乙方应在系统后台同步更新各门店的服务期限。
（六）服务期内新增门店的，按每店每服务年度3,600元按月折算收费；新增门店费用不计入本合同总金额。

三、上线与验收
（一）乙方应在合同签订后50日内完成配置、接口开发和数据迁移，并提交上线验收申请。
（二）上线验收标准：
1. 全部门店可正常排课、约课、签到和核销课时，功能与附件《需求清单》一致；
2. 迁移的学员档案、剩余课时与原系统逐条核对一致；
3. 与收银、会员系统的接口连续7日运行无差错；
4. 在2,000名学员同时约课时页面响应时间不超过3秒。
（三）甲方在收到申请后10个工作日内组织验收并出具书面意见。未通过的，乙方应整改后重新申请。
（四）实施期间乙方应指定一名实施经理，按周提交实施进度报告；各门店的上线培训以线上直播与区域集中培训相结合的方式进行，每家门店至少培训店长和前台各一名，并提供操作视频和常见问题手册。
（五）上线验收前，乙方应完成不少于三家试点门店的试运行，试运行期间发现的问题应在正式上线前全部解决。

四、服务水平
（一）平台月度可用率不低于99.5%，计划维护应安排在凌晨且提前三日通知甲方。
（二）一级故障（全部门店无法约课或签到）乙方应在1小时内响应，3小时内恢复；二级故障（部分门店或部分功能不可用）2小时内响应，当日恢复。
（三）月度可用率未达标的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，累计不超过当月订阅费的50%；一级故障恢复超时的，每次另行抵扣2,000元。
（四）乙方提供每日早八点至晚十点的在线客服，周末和法定节假日照常服务，以配合门店的营业时间。
（五）乙方每季度向甲方提交服务报告，内容包括可用率统计、故障记录、服务抵扣计算和系统版本更新说明。平台功能升级应提前七日告知甲方，涉及门店操作变化的，乙方应提供更新说明和培训。
（六）乙方应为甲方提供专属客户经理，负责需求收集、问题跟踪和服务协调；客户经理变更的，应提前十日通知甲方并完成工作交接。
（七）乙方每年组织一次门店使用回访，收集门店意见并提出改进方案，由双方协商确定实施计划。

五、数据与数据安全
（一）甲方的学员、家长、教练及课程数据归甲方所有。
（二）乙方可对上述数据进行去标识化处理后，用于乙方产品改进及体育培训行业分析报告，不再另行征得甲方同意。
（三）平台部署于境内云服务商的数据中心，乙方应落实身份认证、加密存储、访问日志和异地备份，每日备份一次；未成年学员信息按个人信息保护法律的要求单独加强保护。
（四）乙方人员访问甲方数据应经授权并留存日志，不得批量导出学员联系方式；家长端小程序收集个人信息应取得监护人同意，并提供查询、更正和删除功能。
（五）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因导致的损失由乙方全额赔偿。

六、知识产权
（一）约课云平台及其源代码的知识产权归乙方所有。
（二）乙方为甲方开发的接口程序、定制报表及配置方案归甲方所有，甲方可自行修改或交第三方使用。

七、保密
（一）双方应对履约中获知的对方商业信息、学员个人信息及价格条款保密，不得向第三方披露，保密义务于合同终止后继续有效三年。
（二）乙方应要求其参与本项目的员工签署保密承诺，并对员工违反保密义务的行为承担责任。
（三）法律法规或监管机关要求披露的，披露方应在法律允许的范围内事先通知对方，并仅披露必要的部分。

八、违约责任
（一）乙方未按期完成上线的，每逾期一日，按本合同总金额的千分之一向甲方支付违约金。
（二）乙方违反第五条约定造成学员个人信息泄露的，除赔偿甲方损失外，还应承担甲方因此支出的调查、通知和律师费用。
（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

九、期满续订
服务期满前30日内任何一方未书面提出异议的，本合同自动续期一个服务年度，续期可多次发生。续期时乙方有权根据其当年价格政策调整订阅费单价，并以书面方式通知甲方。

十、分包
乙方不得将本合同项下的服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。
（二）甲方门店关闭或合并的，甲方可在每个服务年度开始前书面通知乙方减少订阅门店数量，减少后的订阅费相应调整，但门店总数不低于50家。
（三）合同解除或终止后30日内，乙方应将甲方全部数据以通用格式导出交付甲方，并在甲方确认后删除平台上的数据。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方住所地有管辖权的人民法院诉讼解决。

十三、其他
（一）双方往来通知以书面形式发送至合同载明的地址或电子邮箱，电子邮件发出即视为送达。
（二）因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但乙方应尽力恢复服务。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（四）附件《需求清单》《门店名单》《服务水平说明》为本合同组成部分。

甲方（盖章）：银球体育文化发展有限公司
乙方（盖章）：约课云信息技术有限公司
签订日期：2025年10月　日
"""

Z04 = """墨韵书画院创作与展陈管理系统年度运维服务合同

项目编号：MYSHY-CS-2025-09（竞争性磋商）
甲方：墨韵书画院
乙方：澄观数字技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就书画院创作与展陈管理系统的年度运维服务订立本合同。

第一条 服务对象
书画院现有的创作与展陈管理系统，包括：作品数字档案库、创作项目管理、展览策划与排期、展厅数字导览、藏品出入库管理五个子系统，以及配套的应用服务器、数据库服务器、存储设备、展厅导览终端和网络设备。系统清单见附件一。

第二条 服务期限
服务期限为一年，自2026年1月1日起至2026年12月31日止。服务期满本合同即行终止，是否续签由甲方依照政府采购程序另行确定。

第三条 服务内容
（一）日常运维：对应用系统、数据库、服务器和网络设备进行日常巡检和监控，处理系统告警，维护用户账号与权限，每月提交运维月报。
（二）故障处理：系统出现故障时，乙方应及时响应并尽快排除，必要时派员到场处理，并在处理完毕后提交故障报告。
（三）展陈保障：每年展览计划由甲方于年初提供，临时展览至少提前七日通知乙方。在书画院举办的展览开幕、重要接待和节假日期间，乙方派员现场值守，保障展厅数字导览和多媒体设备正常运行。
（四）数据维护：负责作品高清影像、题跋释文、藏品档案等数据的日常录入校对、备份与恢复演练，每季度进行一次恢复演练并形成记录。
（五）版本维护：对系统已知缺陷进行修复，按甲方需求进行不超过80人日的小型功能调整。
（六）安全管理：每月进行一次漏洞扫描和病毒库更新，及时安装经测试的安全补丁，配合甲方完成网络安全检查和等级保护测评整改。
（七）年度交付事项：乙方应在2026年6月30日前完成数据库版本升级和存储扩容迁移，在2026年11月30日前完成年度安全加固和作品档案库数据全面核查。

第四条 人员要求
（一）乙方应安排2名驻场运维工程师，工作日在甲方现场办公，并配备数据库、网络和展陈多媒体方面的后备技术人员。驻场人员更换须提前通知甲方并经甲方同意。
（二）乙方应指定一名项目负责人，负责服务计划、人员调度和与甲方的日常沟通，每季度向甲方当面汇报服务情况及改进措施。
（三）驻场人员应具备相应的专业资格和两年以上同类系统运维经验，熟悉书画作品影像采集与管理的基本要求，遵守甲方的考勤、出入和展厅管理制度。
（四）进入库房和展厅作业时，乙方人员应在甲方工作人员陪同下进行，不得触碰作品原件，不得在展厅内饮食或使用明火。

第五条 服务交接与文档
（一）服务开始后20日内，乙方应完成与原服务商的交接，核对设备、账号和文档清单，编制系统现状评估报告并提交甲方。
（二）乙方应建立运维台账，记录巡检、故障、变更、备份和恢复演练情况，台账随月报一并提交，服务期满后移交甲方。
（三）系统变更须提前报甲方审批，重大变更应制定回退方案，安排在闭馆时间实施，变更完成后更新配置清单。
（四）乙方应编制应急预案，明确系统中断、数据损坏、展厅设备故障等情形下的处置流程和联系人，每半年与甲方共同开展一次应急演练，并根据演练结果修订预案。

第六条 服务费用
（一）本合同服务费总额为人民币468,000元，含税，为固定总价。
（二）服务费按季度支付，每季度117,000元。每季度结束后，甲方对乙方服务进行季度考核，考核合格后15个工作日内支付当季服务费。
（三）季度考核得分低于85分的，每低1分扣减当季服务费的0.5%。
（四）服务费已包括乙方人员的工资、差旅、交通、通讯、工具软件及税费。备品备件、设备维修配件和第三方软件的升级费用不在服务费范围内，确需采购的，由乙方提出建议并报价，经甲方按规定程序审批后另行采购。
（五）乙方收款前应开具增值税发票，甲方按财政资金支付程序办理付款。

第七条 考核与验收
（一）季度考核内容包括巡检完成率、故障处理记录、运维月报质量、展陈值守情况和甲方工作人员满意度，满分100分，考核细则见附件二。
（二）服务期满后，甲方组织年度服务验收。验收标准为：四个季度考核平均分不低于85分；第三条第（七）项年度交付事项全部完成并经甲方确认；巡检、备份及恢复演练记录齐全；运维文档、配置清单和账号清单完整移交。
（三）验收不合格的，乙方应在20日内整改，整改后仍不合格的，甲方可扣减最后一个季度的服务费。

第八条 数据安全
（一）系统中的作品影像、释文、藏品档案、展览资料及观众信息等数据均归甲方所有，乙方仅为履行本合同之目的进行处理，不得复制、留存、对外提供或用于任何其他用途。
（二）乙方应遵守网络安全等级保护及甲方信息安全管理制度，运维操作须通过甲方堡垒机进行并留存审计日志，不得使用个人存储介质拷贝数据，不得擅自开通远程访问。
（三）因乙方原因造成数据泄露、损毁或丢失的，乙方应立即报告甲方，配合调查并承担全部赔偿责任；情节严重的，甲方可解除合同。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、运维文档及小型功能调整所形成的成果，知识产权归甲方所有。乙方保证其使用的运维工具和软件不侵犯第三方的合法权利，因此引起的纠纷由乙方负责处理并承担费用。

第十条 违约责任
（一）乙方逾期完成第三条第（七）项所列年度交付事项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员无故缺勤的，每人每日扣减服务费800元。
（三）因乙方运维不当造成系统损坏的，乙方负责修复并赔偿甲方损失。

第十一条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 合同解除
（一）乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（二）甲方因机构调整或预算变化需要变更服务范围的，双方可协商签订补充协议，相应调整服务费。
（三）合同解除或终止时，乙方应完整移交系统账号、密码、配置资料和运维文档，并配合新的服务商完成交接。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）双方指定的联系人负责日常工作联系，重要事项以书面形式确认。通知按合同载明的地址送达，一方地址或联系人变更的，应及时书面告知对方。
（二）因不可抗力导致服务中断的，乙方应及时通知甲方并尽力恢复，受影响期间的服务费按实际情况协商调整。
（三）乙方应遵守甲方廉洁管理规定，不得向甲方工作人员提供礼品、礼金或其他不正当利益。
（四）竞争性磋商文件、乙方响应文件、成交通知书及附件一、附件二均为本合同的组成部分。
（五）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：墨韵书画院
乙方（盖章）：澄观数字技术服务有限公司
签订日期：2025年12月　日
"""

Z05 = """# 萃源香料萃取批次追溯系统软件许可及开发合同

**（溯联软件标准合同文本 V4.0）**

- 合同编号：SL-HT-2025-0876
- 甲方（买方）：萃源香料有限公司
- 乙方（卖方）：溯联软件科技有限公司

甲方拟建设萃取车间批次追溯系统，乙方同意按本标准合同文本提供软件许可及定制开发服务。双方确认已仔细阅读本合同全部条款，经协商一致订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“溯联批次追溯平台”标准版软件许可及移动采集端许可，许可方式为永久许可，限甲方萃源工厂使用。

1.2 乙方按甲方需求进行定制开发，内容包括：原料香辛料入库与检验批次登记、萃取釜投料与工艺参数记录、精油及浸膏产出批次赋码、成品调配与出库追溯、批次正反向追溯查询，以及与甲方称重系统和仓储系统的接口。

1.3 乙方负责系统安装部署和操作培训。培训对象为甲方萃取车间班组长、质检员和仓库管理员，培训方式为现场集中培训，培训时长以乙方培训计划为准。

1.4 系统运行所需的服务器、数据库软件、网络设备、条码打印机和手持终端硬件由甲方自行采购，乙方可提供选型建议。甲方硬件环境不符合乙方推荐配置而导致的性能问题，乙方不承担责任。

1.5 定制开发需求以双方确认的《需求说明书》为准。需求说明书确认后，甲方提出新增或变更需求的，乙方有权另行报价，交付期限相应顺延。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 批次追溯平台标准版软件许可 | 620,000 |
| 2 | 移动采集端软件许可（40个终端） | 140,000 |
| | 软件许可小计 | 760,000 |
| 3 | 定制开发（含称重、仓储接口） | 286,000 |
| 4 | 安装部署及培训 | 74,000 |
| | 合计 | 1,120,000 |

合同总价为人民币壹佰壹拾贰万元整（1,120,000元），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即728,000元。乙方收到该款项后开始开发工作。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即392,000元。

3.3 乙方收到每笔款项后10个工作日内向甲方开具增值税普通发票，甲方要求开具专用发票的，应提前提供开票资料。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付

4.1 乙方在收到首笔款项后75日内完成开发和部署，并通知甲方上线。

4.2 因甲方未及时提供需求确认、服务器环境或配合人员造成延误的，交付期限相应顺延。

4.3 乙方交付的内容包括：软件安装介质或安装包、软件许可授权文件、用户操作手册和系统管理员手册。源代码不属于交付内容。

4.4 乙方可根据项目进度分阶段部署各功能模块，阶段性部署完成后甲方即可开始使用。

4.5 乙方按照本合同第二条约定的内容交付，甲方另行提出的功能需求，由双方另行签订补充协议并另行计费。

4.6 甲方应指定一名项目联系人，负责需求确认、数据整理和内部协调。甲方应按乙方要求提供历史批次数据模板，数据的完整性和准确性由甲方负责。

## 第五条 上线与验收

5.1 乙方完成安装部署并通知甲方后，系统即上线运行。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后发现的问题，按第六条的维护约定处理。

## 第六条 免费维护与后续服务

6.1 乙方提供六个月的免费维护期，自系统上线运行之日起计算。免费维护期内，乙方负责修复软件缺陷并提供电话和远程支持。

6.2 甲方应通过乙方客服热线或服务邮箱报告故障，并描述故障现象、发生时间和影响范围。甲方报告一级故障（系统整体无法使用、批次无法赋码）的，乙方在8小时内响应；其他故障在3个工作日内响应。

6.3 因甲方操作不当、擅自修改配置、硬件故障或第三方软件原因导致的问题，不属于免费维护范围，乙方可按其服务价格另行收费。

6.4 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可小计的26%计取，即每年197,600元。年度维护内容包括缺陷修复、版本升级和远程技术支持，现场服务另行收费。

## 第七条 知识产权

7.1 乙方提供的软件产品及为本项目定制开发的全部程序、接口、数据模型、报表模板和技术文档，知识产权均归乙方所有。

7.2 甲方在许可范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，亦不得向第三方提供。

## 第八条 数据

8.1 系统中录入和产生的原料、工艺、配方及客户订单等业务数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方应对系统采取账号权限控制、操作日志和数据加密措施，远程维护须经甲方同意。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息、经营信息负有保密义务，特别是甲方的香料配方和工艺参数。保密期限为本合同终止后三年。

9.2 乙方为提供技术支持而接触甲方系统时，应遵守甲方的现场管理规定。

9.3 依照法律规定或政府部门要求进行的披露不视为违约。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 任何一方违反本合同其他约定的，应赔偿对方因此遭受的实际损失，但不包括间接损失、利润损失和商誉损失。

10.3 因甲方提供的原料数据、配方数据或业务流程描述有误，导致系统追溯结果不准确的，由甲方自行承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方可以解除本合同。合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还。

11.2 合同解除后，乙方应停止提供维护服务，甲方可继续使用已安装的软件，但不得要求乙方提供新版本。

11.3 甲方因自身原因要求解除合同的，应提前30日书面通知乙方，已支付的款项不予退还，乙方已完成的工作成果仍归乙方所有。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。不可抗力包括自然灾害、政府行为、网络运营商故障、大规模病毒攻击等不能预见、不能避免并不能克服的客观情况。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交乙方所在地的扬州仲裁委员会仲裁，仲裁裁决是终局的。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《溯联软件服务条款》为准。

14.2 乙方有权在甲方系统登录页面和对外宣传材料中标注“溯联批次追溯平台”字样，并将本项目列为乙方客户案例，但不得披露甲方的配方和工艺参数。

14.3 双方往来通知以书面形式送达合同首页载明的地址，或以电子邮件发送至双方指定邮箱。

14.4 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：萃源香料有限公司　　乙方（盖章）：溯联软件科技有限公司
"""

E01 = """T:Software Licence and Services Agreement - Plant Maintenance Management System
P:Agreement No. HR-IT-2025-0611
P:This Agreement is made between Jiangsu Hengrun Cement Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yixing, Jiangsu Province (the "Buyer"), and Setifis Industrial Software SARL, a company incorporated in Algeria with its registered office in Setif, Algeria (the "Vendor").
P:The Buyer wishes to replace its paper-based maintenance records at its two clinker lines with a computerised maintenance management system, and the Vendor has offered its MaintPro Enterprise product together with the related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MaintPro Enterprise software in object code, including the mobile work order application, as described in Annex 1.
P:1.2 "Custom Deliverables" means the interfaces, reports, work order templates, data migration scripts and any other material that the Vendor creates specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
P:1.4 "Buyer Data" means all data entered into, processed by or generated in the Software in connection with the Buyer's operations, including equipment records, maintenance history, spare parts data and personnel information.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's Yixing plant for up to 350 named users and 60 mobile devices.
P:2.2 The Vendor shall configure the Software, migrate the Buyer's equipment register and five years of maintenance records, build interfaces with the Buyer's ERP and distributed control system historian, and train the Buyer's maintenance planners, engineers and system administrators.
P:2.3 The detailed scope of services, the project plan and the responsibilities of each party are set out in Annex 2. The Vendor's consultants may work remotely from Algeria, but on-site presence at the plant is required during the go-live period and for user training.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,796,000, inclusive of all taxes payable in the People's Republic of China, and consists of:
P:(a) Software licence fee: CNY 1,240,000;
P:(b) Implementation and data migration: CNY 386,000;
P:(c) ERP and historian interfaces: CNY 142,000;
P:(d) Training: CNY 28,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's personnel are included and shall not be charged separately.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 179,600) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 987,800) within 20 days after the Software has been installed, the interfaces have been tested and the system has gone live. Go-live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 628,600) within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer. Any bank charges outside China are borne by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, migration and interfaces within 120 days after signature, in accordance with the project plan in Annex 2.
P:5.2 The acceptance criteria are: (a) all functions listed in Annex 1 operate as specified; (b) migrated equipment and maintenance records reconcile with the source data without missing items; (c) work orders and spare parts reservations are exchanged with the ERP system without error during ten consecutive working days; (d) alarms from the historian create work orders automatically; (e) the mobile application works offline and synchronises correctly; (f) no Severity 1 defect remains open.
P:5.3 After go-live the system runs in productive use for 45 days. If the criteria in Article 5.2 are met, the Buyer issues a Final Acceptance certificate within 10 working days. If they are not met, the Vendor shall correct the defects within 15 days and the test shall be repeated. Productive use, go-live or payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and new versions, and provide remote support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the system or the mobile application is unavailable for all users) within 1 hour, by telephone or remote session, and shall restore service within 8 hours. Severity 2 incidents shall be answered within 3 hours and corrected within 2 working days.
P:6.3 If the Vendor misses a response or restoration time, the Buyer may deduct CNY 800 for each hour of delay from any amount due to the Vendor or claim it as a service credit.
P:6.4 After the warranty period, the Vendor shall offer annual support at 9% of the software licence fee, that is CNY 111,600 per year, and shall not increase this fee during the first three years after the warranty period. Annual support is ordered by the Buyer each year by a separate purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer upon creation. The Vendor shall deliver the source code of the interfaces and migration scripts, and the Buyer may use, modify and license the Custom Deliverables without restriction.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only for the purpose of performing this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Software is installed on the Buyer's servers in China. Remote access by the Vendor requires prior approval of the Buyer for each session, is made through the Buyer's VPN with multi-factor authentication and is logged. No Buyer Data may be transferred outside China.
P:8.3 The Vendor shall notify the Buyer within 12 hours of any actual or suspected security incident affecting Buyer Data, cooperate in the investigation and remedy, and is liable for all losses caused by an incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all technical and commercial information received from the other party and shall use it only for the purposes of this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve go-live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The total liability of either party under this Agreement is limited to 150% of the Contract Price. This limitation does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for approved subcontractors as for its own personnel.
P:11.2 Neither party may assign this Agreement without the prior written consent of the other party.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if delay damages reach their maximum.
P:12.2 On termination, the Vendor shall return or destroy Buyer Data as instructed by the Buyer and shall hand over all completed Custom Deliverables.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Algeria.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between the parties' project directors. If not settled within 30 days, it shall be submitted to the competent commercial court of Setif, Algeria.
H:Article 15 General
P:15.1 This Agreement is made in English. Annex 1 (Functional Specification) and Annex 2 (Project Plan and Responsibilities) form part of it.
P:15.2 Notices shall be in writing and sent to the addresses stated above or to the e-mail addresses of the project directors.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms - SafeWork HSE Cloud

Order Form No. SW-CN-2025-0142

## PART A - ORDER FORM

### A1. Parties

- Customer: Ningbo Donghai Chemical Logistics Co., Ltd., Beilun District, Ningbo, People's Republic of China.
- Provider: Caspian SafeWork LLP, a limited liability partnership registered in Aktau, Mangystau Region, Kazakhstan, acting in China through its appointed service team.

### A2. Service

SafeWork HSE Cloud, a software-as-a-service platform for permit-to-work, incident reporting, hazard observations, inspections and corrective actions, including the mobile application for field staff. Modules ordered: Permit to Work, Incidents and Investigations, Inspections and Audits, Actions Tracker, Contractor Management. Named users: 300.

### A3. Subscription Term

24 months from the Service Start Date. The Service Start Date is the date on which the Customer signs the Onboarding Acceptance under Section 3 of Part B. The subscription ends at the end of the Subscription Term. Any extension requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | 300 named users x CNY 78 per user per month x 24 months | 561,600 |
| Onboarding and configuration | one-time | 64,000 |
| Integration with Customer ERP (SAP) and access control system | one-time | 38,000 |
| Total fees for the Subscription Term | | 663,600 |

Additional named users may be added at CNY 78 per user per month for the remainder of the Subscription Term. Fees are fixed for the Subscription Term and include all taxes payable in China.

### A5. Invoicing and Payment

- Onboarding and integration fees: invoiced after Onboarding Acceptance, payable within 30 days of invoice.
- Subscription fees: invoiced quarterly at the start of each quarter of the Subscription Term, payable within 30 days of invoice.
- No other advance payment is due.
- Hosting: Customer Data is hosted in the Provider's production environment at a data centre operated by Shanghai Yunhe Data Services Co., Ltd. in Shanghai, which the Customer approves by signing this Order Form.

### A6. Contacts and Signatures

Customer contact: HSE Director, Ningbo Donghai Chemical Logistics. Provider contact: Regional Account Director, Caspian SafeWork.

This Order Form incorporates the General Terms in Part B. If there is a conflict, this Order Form prevails.

For the Customer: ____________________ For the Provider: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents, images and records submitted to the Service by or for the Customer, including personal information of employees and contractors.

1.2 "Configurations" means the workflows, forms, permit templates, risk matrices, reports and integration mappings created for the Customer during onboarding or during the Subscription Term.

1.3 "Incident" means any interruption or degradation of the Service, classified by severity as set out in Section 4.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's named users in accordance with this Order Form and the documentation, and shall keep the Service compliant with the laws of the People's Republic of China applicable to the Service, including the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

2.2 The Provider may update the Service from time to time, provided that no update materially reduces the functionality ordered. The Provider shall announce major updates at least 14 days in advance.

2.3 The Customer is responsible for the accuracy of the data it enters and for the use of the Service by its users.

### 3. Onboarding and Acceptance

3.1 The Provider shall complete onboarding within 60 days after signature of the Order Form. Onboarding includes configuration of the ordered modules, import of the Customer's existing permit and incident records for the last three years, the two integrations listed in A4, single sign-on with the Customer's directory, and training of 20 key users.

3.2 Onboarding Acceptance requires: (a) all ordered modules configured as agreed in the onboarding workbook; (b) imported records reconciled with the source files; (c) the ERP and access control integrations tested with at least 50 sample transactions without error; (d) single sign-on working for all named users; (e) a successful end-to-end test of a hot-work permit issued and closed on the mobile application.

3.3 The Customer shall test within 10 working days after the Provider's notice of readiness and either sign the Onboarding Acceptance or list the failed criteria. The Provider shall correct them and the test shall be repeated.

### 4. Service Levels

4.1 The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 00:00 and 05:00 China Standard Time.

4.2 Response and resolution targets:

| Severity | Description | Response | Resolution target |
|---|---|---|---|
| Severity 1 | Service unavailable, or permits cannot be issued or closed | 30 minutes | 6 hours |
| Severity 2 | A module or the mobile application is seriously degraded | 2 hours | 1 business day |
| Severity 3 | Other defects and questions | 1 business day | next release |

4.3 If monthly availability falls below the target, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to 50% of that monthly fee. If a Severity 1 response target is missed, an additional credit of CNY 1,000 applies for each hour of delay. Credits are deducted from the next invoice.

4.4 Support is provided in Chinese and English through the portal, by e-mail and by telephone, 24 hours a day for Severity 1 and during business hours for other Incidents.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall use Customer Data solely to provide the Service to the Customer and shall not use it for any other purpose, including analytics or benchmarking.

5.2 Customer Data is stored and processed only in mainland China. The Provider shall maintain a security programme that includes encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of administrative actions, annual penetration tests and daily backups retained for 30 days. The production environment holds an MLPS level 3 filing.

5.3 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, provide regular updates, take all necessary remedial measures and bear the costs and losses caused by an incident attributable to the Provider or its hosting provider.

5.4 At the end of the Subscription Term the Provider shall make all Customer Data available for export in a standard format for 60 days and then delete it, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service and its underlying software.

6.2 Configurations belong to the Customer. The Customer may export them and use, modify and license them freely, including for use with another platform.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for the purposes of this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This obligation continues for five years after the end of the Subscription Term.

### 8. Subcontracting

The Provider shall not subcontract the performance of the Service without the Customer's prior written consent, except for the hosting provider named in A5. The Provider remains fully responsible for its subcontractors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

9.2 The total aggregate liability of the Provider arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

9.3 The limitation in Section 9.2 does not apply to personal injury or death caused by negligence, fraud or wilful misconduct.

### 10. Term and Termination

10.1 This Agreement runs for the Subscription Term stated in A3.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice. If the Customer terminates for the Provider's breach, the Provider shall refund any prepaid subscription fees for the period after termination.

10.3 Sections 5, 7 and 9 survive termination.

### 11. General

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

11.3 Notices shall be given in writing to the contacts in A6. This Agreement is executed in English and Chinese, both texts being equally authentic.
"""

E03 = """T:Supply Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. TLK-EQ-2025-0388
P:Buyer: Anhui Tongling Kuangye Concentrator Co., Ltd., Tongling, Anhui Province, People's Republic of China.
P:Supplier: Seybouse Sensing Technologies SPA, a joint-stock company registered in Annaba, Algeria.
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer intends to monitor the vibration and temperature of its crushers, ball mills, flotation cells and slurry pumps, and the Supplier has been selected after competitive negotiation.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's VibraWatch monitoring software, licensed under clause 2.3, including its alarm, trend and diagnostic functions.
P:1.3 "Analytics Models" means the fault detection models, alarm thresholds per machine and dashboards configured by the Supplier for the Buyer's machines.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under clause 6.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 180 wireless triaxial vibration and temperature sensors on 62 machines at the Buyer's concentrator, together with 14 industrial gateways and the network connection to the Buyer's server room.
P:2.2 The Supplier shall install the Software on the Buyer's servers, configure the machine hierarchy, set up the Analytics Models, connect the Software to the Buyer's maintenance system and train the Buyer's staff.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 300 monitoring points at the Tongling site, including the right to relocate sensors between machines.
P:2.4 All Equipment shall be new, of current production and certified for use in dusty and wet industrial environments with an ingress protection rating of IP67 or better. Sensors mounted on machines in hazardous areas shall carry the applicable explosion-protection certificate.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 1,558,000, including delivery to site, import duties, taxes, installation and all other costs, itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor with mounting kit|180|4,200|756,000
TB:2|Industrial wireless gateway with power supply and enclosure|14|9,800|137,200
TB:3|VibraWatch monitoring software, perpetual licence, 300 points|1|428,000|428,000
TB:|Equipment and licence subtotal|||1,321,200
TB:4|Installation, cabling and commissioning|1 lot||96,000
TB:5|Configuration of machine hierarchy and Analytics Models|1 lot||118,000
TB:6|Training of operators, maintenance engineers and administrators|1 lot||22,800
TB:|Contract Price|||1,558,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes, freight costs or any other reason.
H:4. Payment
P:4.1 20% of the Contract Price (CNY 311,600) within 30 days after signature, against an advance payment guarantee from a bank in China for the same amount.
P:4.2 45% of the Contract Price (CNY 701,100) within 30 days after delivery and installation of all Equipment, confirmed by an installation certificate signed by both parties. The installation certificate is not acceptance of the Equipment or the Software.
P:4.3 35% of the Contract Price (CNY 545,300) within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid invoice. Payments are made in CNY to the Supplier's account stated in the Contract.
H:5. Delivery and Installation
P:5.1 The Equipment shall be delivered DDP to the Buyer's concentrator within 75 days after signature. Installation and commissioning shall be completed within 30 days after delivery, during the maintenance windows notified by the Buyer.
P:5.2 The Supplier's personnel shall comply with the Buyer's safety rules, including lock-out procedures, personal protective equipment and work permits for work at height and near rotating machinery.
P:5.3 Risk in the Equipment passes to the Buyer on delivery; title passes on payment of the instalment under clause 4.2.
P:5.4 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, calibration certificates for each sensor, and the user, installation and maintenance manuals in Chinese and English. The parties shall open and check the packages together, and any missing or damaged items shall be replaced by the Supplier within 10 days at its own cost.
P:5.5 The Supplier shall appoint a project manager who speaks Chinese or works with an interpreter provided by the Supplier, and who is present on site during installation and the first two weeks of the trial period.
H:6. Testing and Acceptance
P:6.1 After commissioning, the system shall run for a trial period of 60 days.
P:6.2 The acceptance criteria are: (a) all 180 sensors report data with a daily packet success rate of at least 98%; (b) vibration readings agree with the Buyer's reference portable analyser within plus or minus 5% on ten sample machines; (c) alarms are generated and forwarded to the maintenance system within 60 seconds of a simulated event; (d) battery life forecasts meet the specification; (e) the Analytics Models detect the three seeded faults in the factory acceptance test; (f) all documentation has been delivered.
P:6.3 If any criterion is not met, the Supplier shall remedy the defect at its cost within 15 days and the relevant tests shall be repeated.
P:6.4 When all criteria are met, the Buyer shall issue the Final Acceptance certificate within 10 working days. Installation, use of the system during the trial period or payment of any instalment shall not be deemed acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including sensors whose batteries fail before their specified life, and shall provide Software updates and remote support.
P:7.2 Incident response times are:
TB:Severity|Description|Response|Resolution
TB:Severity 1|Software server down, or more than 10% of sensors not reporting|2 hours|1 working day
TB:Severity 2|Single gateway or single machine not reporting|8 hours|3 working days
TB:Severity 3|Other faults and questions|2 working days|next update
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response time, the Supplier shall pay CNY 600; for each day by which it exceeds a resolution time, CNY 1,500. The Buyer may deduct these amounts from any payment.
P:7.4 After the warranty period the Supplier shall provide annual support, including Software updates, remote diagnostics support and replacement of failed sensors at cost, for 7% of the equipment and licence subtotal per year (CNY 92,484), fixed for years 4 to 6. The Buyer may order it year by year; it does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software and the firmware of the Equipment remain the property of the Supplier.
P:8.2 The Analytics Models, machine configurations, alarm settings, reports and interface code created for the Buyer belong to the Buyer, which may use, modify and license them, and engage third parties to maintain them.
H:9. Data Security
P:9.1 All measurement data, alarm history, machine information and reports belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep copies.
P:9.2 The Software is installed on the Buyer's servers, and the gateways send data only to those servers. Any remote access by the Supplier requires the Buyer's prior approval for each session, is made through the Buyer's VPN and is recorded. The Supplier shall apply encryption between gateways and servers and change all default passwords.
P:9.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 12 hours and shall compensate the Buyer for losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production figures and equipment condition, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the Contract ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation labour may be used only with such consent, and the Supplier remains liable for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages reach their maximum. The Supplier shall then refund payments for undelivered items.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The award is final.
H:15. General
P:15.1 This Contract is made in English and Chinese; both versions are equally valid. Annex A (Technical Specification) and Annex B (Site Layout) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Infrastructure Services Agreement

Agreement No. CDE-MS-2025-027

Between **Chengdu Xishan Engineering Design Institute Co., Ltd.**, Chengdu, Sichuan Province, People's Republic of China ("Customer"), and **Zhaiyk Digital Services LLP**, registered in Atyrau, Kazakhstan ("Provider").

The Customer operates a data room with around 90 servers, storage and network equipment for its design and document management systems, and wishes to outsource the day-to-day operation of this infrastructure and of its service desk. The Provider has offered a managed service covering those functions for a term of 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that transition is complete under Section 4.

1.3 "Service Levels" means the targets in Schedule 2, and "Service Credits" means the amounts in Schedule 3.

1.4 "Customer Data" means all data held on or processed by the Customer's systems, including design drawings, project files, e-mail and personnel records.

1.5 "Monthly Charge" means the fixed monthly fee in Section 5.1.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the 36 months. Any extension shall be agreed in writing by the parties, including the applicable charges.

## Section 3. Services

3.1 The Provider shall perform the Services in Schedule 1 with suitably qualified staff, in a good and workmanlike manner and in accordance with the Customer's IT policies as provided to the Provider from time to time.

3.2 The Provider shall station two engineers at the Customer's Chengdu office during business hours and provide remote monitoring and support from its operations centre outside business hours.

3.3 The Provider shall provide a monthly service report covering incidents, changes, capacity, backups, Service Level performance and Service Credits, and shall attend a monthly service review with the Customer's IT manager.

3.4 The Provider shall maintain the configuration database and keep all runbooks, network diagrams and procedures up to date. These documents shall be handed over to the Customer on request and at the end of the term.

## Section 4. Transition and Service Acceptance

4.1 The Provider shall complete transition within 45 days after signature. Transition includes the inventory of all devices and systems, installation of monitoring agents, knowledge transfer from the Customer's current team, creation of runbooks and set-up of the service desk tools.

4.2 Transition is complete when: (a) all devices in the inventory are monitored and alerts reach the Provider's operations centre; (b) runbooks exist for all critical systems listed in Schedule 1; (c) the service desk has handled live tickets for 10 working days in parallel with the Customer's team without any missed priority 1 target; (d) a test restore of the document management system from backup has been completed successfully.

4.3 The Customer shall confirm completion in writing within 5 working days after the Provider shows that the criteria are met, or state which criteria are not met. Operation of the Services before that confirmation is not acceptance.

## Section 5. Charges and Payment

5.1 The Monthly Charge is CNY 58,000, fixed for the term. Over 36 months the Monthly Charges total CNY 2,088,000.

5.2 The one-time transition fee is CNY 86,000, payable within 30 days after the Service Commencement Date.

5.3 The total contract value is CNY 2,174,000, including all taxes payable in China.

5.4 The Monthly Charge is invoiced monthly in arrears and is payable within 30 days of invoice, less any Service Credits for that month. There is no advance payment.

5.5 Work outside the scope of Schedule 1, such as projects, relocations or new system installations, shall be quoted separately at the rates in Schedule 3 and carried out only on the Customer's written order.

## Section 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2. Service Level performance is measured monthly by the Provider's monitoring and ticketing tools, to which the Customer has read access.

6.2 If a Service Level is missed, the Provider shall credit the amounts in Schedule 3 against the next invoice. Service Credits in a month are capped at 20% of that month's Monthly Charge. Service Credits do not limit the Customer's other rights.

6.3 If the Provider misses the same Service Level in three consecutive months, it shall submit an improvement plan within 10 working days and implement it at its own cost.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy it for any other purpose or disclose it to any third party.

7.2 At the end of the term the Provider shall return all Customer Data and documentation in its possession.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's designs, tenders, client lists and system configurations, and shall use it only to perform this Agreement.

8.2 Each party may disclose confidential information to employees and advisers who need to know it and who are bound by confidentiality obligations no less strict than this Section. This Section continues to apply for five years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, monitoring templates, reports and documentation produced by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them without restriction.

9.2 The Provider's own tools and know-how remain the Provider's property.

## Section 10. Delay Damages and Liability

10.1 If the Service Commencement Date does not occur within 45 days after signature for reasons attributable to the Provider, the Provider shall pay delay damages of 0.07% of the total contract value for each day of delay, up to a maximum of 6% of the total contract value.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury, fraud or wilful misconduct.

## Section 11. Personnel and Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

11.2 The Customer may require the replacement of any Provider engineer who does not perform adequately or breaches the Customer's site rules.

## Section 12. Termination

12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party becomes insolvent, enters liquidation or ceases business.

12.2 The Customer may terminate this Agreement for convenience by giving 180 days' written notice, in which case it shall pay an early termination charge equal to three Monthly Charges.

12.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days, including handover of documentation, credentials and knowledge transfer to the Customer or a new provider, at the rates in Schedule 3.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## Section 14. General

14.1 Notices shall be in writing and sent to the addresses above. This Agreement is made in English and Chinese; both versions have equal effect.

14.2 The Schedules form part of this Agreement.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 - Scope of Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Tickets by portal, e-mail and telephone for 420 users, password resets, software requests, first-line fixes | Business days 08:30-18:00 |
| Server operations | 90 physical and virtual servers: patching, health checks, capacity monitoring, user and permission changes | 24 x 7 monitoring |
| Storage and backup | Two storage arrays, backup software and tape library: daily backup checks, monthly restore tests | 24 x 7 monitoring |
| Network | Core and access switches, firewalls, Wi-Fi and VPN links to 6 branch offices: monitoring, configuration changes, firmware updates | 24 x 7 monitoring |
| Critical systems | Document management system, CAD licence servers, e-mail, directory and file servers | 24 x 7 monitoring |
| End-user devices | Installation and repair of 420 desktops, laptops and plotters at the Chengdu office | Business days |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | A critical system or the core network is down for the whole office | 15 minutes | 3 hours |
| P2 | A critical system is degraded, or a branch office is cut off | 30 minutes | 8 hours |
| P3 | A single user or a non-critical function is affected | 2 hours | 2 business days |
| Availability | Core network and critical systems, monthly | 99.95% | - |

## Schedule 3 - Service Credits and Rates

| Item | Credit or rate |
|---|---|
| Each P1 response missed | 2% of the Monthly Charge |
| Each P1 restoration missed | 3% of the Monthly Charge |
| Monthly availability below target | 5% of the Monthly Charge for each 0.02 percentage point of shortfall |
| P2 targets missed in more than 10% of tickets in a month | 2% of the Monthly Charge |
| Additional work, engineer | CNY 1,200 per person-day |
| Additional work, senior engineer | CNY 1,800 per person-day |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT
AGROCLIMATE AND CROP MARKET DATA SERVICE

Agreement No. HF-DATA-2025-019

PARTIES

Customer: Henan Fengyuan Feed Group Co., Ltd., Zhengzhou, Henan Province, People's Republic of China.
Provider: Aures AgroData SARL, a company registered in Batna, Algeria.

BACKGROUND

The Customer buys maize, soybean meal and wheat bran for its feed mills and wants daily weather, crop condition and market price data for its sourcing regions, delivered by API into its procurement and risk systems. The Provider operates a data platform that combines satellite crop indices, weather station data and market price series. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Service" means access to the Provider's datasets and API described in Schedule A, including the web dashboard and standard reports.
1.2 "Subscription Year" means each successive period of one year starting on the Go-Live Date or on its anniversary.
1.3 "Go-Live Date" means the date on which the Customer confirms acceptance under clause 4.
1.4 "Customer Data" means all information the Customer provides to the Data Service, including its sourcing regions, supplier locations, purchase volumes, price alerts and queries.
1.5 "Custom Feeds" means the data mappings, region definitions, alert rules and integration code configured specifically for the Customer.

2. SUBSCRIPTION

2.1 The Provider grants the Customer and its subsidiaries a non-exclusive, non-transferable right to access the Data Service and to use the data for their internal business purposes during two Subscription Years.
2.2 The Customer may keep and use data downloaded during the subscription for its internal records and models after the subscription ends, but may not resell it.
2.3 API access is limited to 200,000 calls per day. The Provider may throttle calls above this volume after informing the Customer.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 384,000 per Subscription Year, for a total of CNY 768,000 for the two Subscription Years.
3.2 The one-time set-up fee for Custom Feeds and integration is CNY 24,000.
3.3 The total fees under this Agreement are CNY 792,000, including all taxes payable in China.
3.4 The set-up fee is invoiced after the Go-Live Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.
3.5 Additional API volume or additional datasets ordered by the Customer are charged at the rates in Schedule B and are not part of the total fees above.

4. SET-UP AND ACCEPTANCE

4.1 Within 40 days after signature, the Provider shall configure the Custom Feeds for the Customer's 26 sourcing regions, connect the API to the Customer's procurement system and deliver the integration documentation.
4.2 The Customer shall test the Data Service for 10 working days. Acceptance criteria: (a) all datasets in Schedule A are available for all 26 regions; (b) daily updates arrive before 07:00 China Standard Time on each test day; (c) price series reconcile with the public exchange settlement prices on the sample dates; (d) API responses are returned within 2 seconds for standard queries; (e) alerts are triggered correctly for three test scenarios agreed in advance.
4.3 When the criteria are met, the Customer shall confirm acceptance in writing, and that date is the Go-Live Date. If not, the Provider shall correct the problems and the test shall be repeated.
4.4 The Provider shall train up to 15 of the Customer's procurement analysts and IT staff on the dashboard, the API and the alert settings, and shall provide the training materials in Chinese.

5. SERVICE LEVELS

5.1 The API and the dashboard shall be available at least 99.5% of each calendar month, excluding scheduled maintenance announced three days in advance.
5.2 Severity 1 incidents (the API is unavailable, or the daily update is missing) shall be responded to within 1 hour and resolved within 6 hours. Severity 2 incidents (a dataset is incomplete or late) shall be responded to within 3 hours and resolved within 2 business days.
5.3 If availability falls below the target in a month, the Customer receives a service credit of 5% of one twelfth of the annual subscription fee for each 0.5 percentage point of shortfall. Each missed Severity 1 response time gives a further credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the subscription.
5.4 Support is available in English and Chinese by e-mail and telephone on Chinese business days from 08:00 to 20:00, and by telephone at all times for Severity 1 incidents.

6. DATA QUALITY

6.1 The Provider shall source its data from reliable providers and apply documented quality checks. Known errors shall be corrected within two business days after discovery, and the Customer shall be informed of significant corrections.
6.2 The Provider shall keep a change log of each dataset, including changes to sources, methods, region boundaries and units, and shall announce changes that affect the Customer's integration at least 30 days in advance, with test data where the format changes.
6.3 If a data source used by the Provider becomes unavailable, the Provider shall replace it with a source of comparable quality at no extra charge and inform the Customer of the replacement and of any effect on historical series.
6.4 The Provider does not warrant that forecasts or crop condition indices will be accurate, but it warrants that they are produced in accordance with the methods described in Schedule A.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Service to the Customer and shall not use it for any other purpose, in particular not to inform other clients or to compile market statistics.
7.2 Customer Data is stored in the Provider's environment hosted in mainland China. The Provider shall protect it with encryption in transit and at rest, access controls limited to named support staff, audit logs and regular security testing, and shall not transfer it outside China.
7.3 The Provider shall notify the Customer within 12 hours of any security incident affecting Customer Data, take remedial measures and compensate the Customer for losses caused by an incident attributable to the Provider.

8. INTELLECTUAL PROPERTY

8.1 The datasets, the platform and the Provider's methods remain the property of the Provider and its licensors.
8.2 Custom Feeds belong to the Customer, which may use, modify and license them freely, including for use with other data sources.

9. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including the Customer's sourcing strategy and the commercial terms of this Agreement, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

10. SUBCONTRACTORS

The Provider may use subcontractors and data partners to perform any part of the Data Service, including hosting, data collection and support. The Provider shall inform the Customer of its main subcontractors by listing them on its website and remains responsible for their performance.

11. DELAY AND LIABILITY

11.1 If the Go-Live Date is delayed beyond the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay delay damages of 0.08% of the total fees for each day of delay, up to a maximum of 5% of the total fees.
11.2 The Provider's total liability under this Agreement is limited to 150% of the total fees. The limit does not apply to breach of clause 7, wilful misconduct or fraud.

12. RENEWAL

At the end of the second Subscription Year, this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year. For each renewal Subscription Year, the subscription fee will be the Provider's list price in effect at the time of renewal, which the Provider may set at its discretion.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
13.2 If the Customer terminates for the Provider's breach, the Provider shall refund the unused part of the subscription fee paid for the current Subscription Year.
13.3 On termination or expiry, the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

15. GENERAL

15.1 This Agreement, with Schedule A (Datasets and API) and Schedule B (Rates), is the entire agreement of the parties about its subject.
15.2 Notices shall be in writing and sent to the addresses given by each party. This Agreement is signed in two originals in English and Chinese, both equally valid.

For the Customer: ____________________
For the Provider: ____________________
"""

NAMES = {
    "z01": "h653z01_ski_resort_safety_platform.pdf",
    "z02": "h653z02_bun_freezing_line_control_retrofit.docx",
    "z03": "h653z03_table_tennis_booking_saas.txt",
    "z04": "h653z04_painting_academy_exhibition_system_om.txt",
    "z05": "h653z05_spice_extraction_traceability_supplier_template.md",
    "e01": "h653e01_maintenance_software_licence_setif_vendor.pdf",
    "e02": "h653e02_hse_saas_order_form_aktau_vendor.md",
    "e03": "h653e03_condition_monitoring_sensors_annaba_vendor.docx",
    "e04": "h653e04_managed_infrastructure_services_atyrau_vendor.md",
    "e05": "h653e05_crop_market_data_api_batna_vendor.txt",
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract_value)
LAB = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G], True, True, True, False, 2188000),
    "z02": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.07, 60, 10, True, True, 24, 8, False, True,
                         True, "PRC", G], True, True, True, False, 1578000),
    "z03": ("cloud", [99.5, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", S], True, True, None, False, 504000),
    "z04": ("services", [None, None, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                         True, False, "PRC", S], False, True, None, False, 468000),
    "z05": ("software", [None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 26, False, True,
                         None, "PRC", G], True, True, True, True, 1120000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 9, False, True, False,
                         "Algeria", G], True, True, True, False, 1796000),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None,
                      False, True, False, "PRC", S], True, False, None, False, 663600),
    "e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 7, False, True, False,
                         "PRC", G], True, True, True, False, 1558000),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 0.07, 150, None, True, None, None, None, False,
                         False, False, "PRC", S], True, True, None, False, 2174000),
    "e05": ("cloud", [99.5, 1, True, "buyer", True, True, True, 0.08, 150, None, True, None, None, None, True, True,
                      True, "PRC", S], True, True, None, False, 792000),
}
# design: licence/hardware fee base (goods only), forum outside mainland China, and the rules I designed
DESIGN = {
    "z01": (1160000, False, []),
    "z02": (1286000, False, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": (None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": (None, False, ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "z05": (760000, False, ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": (1240000, True, ["CR-GOVERNING-LAW"]),
    "e02": (None, False, ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": (1321200, False, []),
    "e04": (None, False, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": (None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    cat, vals, sla, ld, capped, deemed, value = LAB[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[key], "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": extra, "expected_rules": sorted(DESIGN[key][2])}


def tco_share(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = DESIGN[key][0] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key, lab):
    """My reading of policy section 3, applied to the labels."""
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, lab)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or DESIGN[key][1]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


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


N = r"(?<![\d.,])"
THRESHOLD_RE = re.compile("|".join([
    N + r"99\.90*(?!\d)",
    N + r"4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![-a-z])four\s*-?\s*hours?", r"(?<![十\d])四个?小时",
    N + r"0\.050*(?!\d)", r"万分之五(?![十百\d])", r"千分之零点五",
    N + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百(?![分])", r"one\s*hundred\s*(?:per\s*cent|percent)",
    N + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"(?<![-a-z])thirty\s*(?:per\s*cent|percent)",
    N + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"(?<![-a-z])fifteen\s*(?:per\s*cent|percent)",
    N + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"(?<![-a-z])forty\s*(?:per\s*cent|percent)",
    N + r"12\s*-?\s*(?:months?|个月|calendar\s*months?)", r"(?<![一二三四五六七八九十])十二个(?:日历)?月", r"(?<![-a-z])twelve\s*-?\s*(?:\(12\)\s*)?months?",
]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours", "0.05%", "万分之五",
            "100%", "百分之一百", "百分之百", "100 per cent", "30%", "30 %", "百分之三十", "thirty per cent", "12个月", "十二个月",
            "12 months", "twelve months", "12-month", "15%", "百分之十五", "fifteen percent", "40%", "百分之四十",
            "forty per cent", "one hundred percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.08%", "0.5%", "万分之五十",
             "150%", "130%", "35%", "百分之三十五", "百分之四十五", "18个月", "二十二个月", "112 months", "0.15%", "1,100%",
             "2.30%", "415%", "45%", "55%", "65%", "万分之二"]


def check_regex():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in NAMES if NAMES[k].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    for k, name in NAMES.items():
        if k not in office:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    for k in NAMES:
        lab = label(k)
        (OUT / NAMES[k].rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")


def checks():
    check_regex()
    cover = set()
    for k, name in NAMES.items():
        lab = label(k)
        t = lab["expected_terms"]
        for f, th in TH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        assert lab["expected_extra"]["contract_value"] > 0
        d = derive(k, lab)
        assert d == sorted(DESIGN[k][2]), (k, d, DESIGN[k][2])
        cover |= set(d)
        share = tco_share(k, lab)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        text = read_back(OUT / name)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 40):m.end() + 40])
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        print(f"{name}: {n} {'chars' if k[0] == 'z' else 'words'}; rules {d or '(none)'}; risk {risk(d)}"
              + (f"; TCO share {share:.1f}%" if share is not None else ""))
    assert cover == set(ALL_RULES), set(ALL_RULES) - cover
    mix = [len(DESIGN[k][2]) for k in NAMES]
    assert sum(1 for k in NAMES if not DESIGN[k][2]) == 2
    assert DESIGN["e01"][2] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"][2]) <= 10
    print("all checks passed", mix)


if __name__ == "__main__":
    build()
    checks()
