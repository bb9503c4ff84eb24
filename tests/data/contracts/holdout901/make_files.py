"""holdout901: builds the ten blind held-out drafts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Sources are kept below; .txt/.md are written as is, .docx/.pdf through ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市文化和旅游局自驾游服务平台采购合同（许可及定制开发）
P:合同编号：WLJ-ZJY-2027-008　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市文化和旅游局
P:乙方（供应商）：杭州途悦信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，甲乙双方经协商一致，订立本合同。本合同使用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“自驾游服务平台”软件产品的永久使用许可，并完成定制开发、部署实施、数据对接和培训，使平台具备线路推荐、营地与停车位查询、路况与景区客流提示、电子导览、投诉受理及后台统计功能。
P:1.2 平台部署在甲方指定的政务云资源上，服务对象为来本市自驾游的游客及本市文旅行业管理人员。平台应支持简体中文和英文界面，并与甲方现有的统一身份认证系统对接。
P:1.3 详细功能及性能要求以招标文件第三章《采购需求》和乙方投标文件的技术响应表为准。
H:第二条 合同价款
P:2.1 合同总价为人民币1,720,000元（大写：壹佰柒拾贰万元整），包括：平台软件许可费860,000元；定制开发费640,000元（含自驾线路规划引擎、营地预约、“一码游”小程序及统计驾驶舱）；部署实施与数据对接费186,000元；培训费34,000元。
P:2.2 合同总价为固定价格，包含软件许可、开发、差旅、税费及完成本项目所需的全部费用，除甲方书面变更需求外，不因任何原因调整。
P:2.3 乙方应按付款节点开具增值税发票，发票信息错误导致付款延迟的，甲方不承担责任。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完毕、通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于初步验收后六十日内完成试运行。
P:4.2 乙方应按周向甲方报告进度，需求变更须经甲方书面确认。涉及合同价款调整的变更，按政府采购有关规定办理。
P:4.3 乙方应派驻不少于五名项目人员，其中项目经理须具有同类平台项目经验，未经甲方同意不得更换。
P:4.4 乙方应为甲方系统管理员、景区及营地操作人员提供不少于六场集中培训，并提交培训教材和操作视频，培训效果以甲方抽查考核为准。
P:4.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式）。最终验收合格且无未结违约金的，甲方在十个工作日内无息退还；乙方违约的，甲方可从中扣收违约金及赔偿款。
H:第五条 验收
P:5.1 初步验收标准：功能与招标文件及需求规格说明书逐项一致；与市交通路况平台、景区客流监测系统、12345热线平台的接口联调通过；在1,000个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：连续试运行六十日无一级故障；第三方测评机构出具的软件测评报告及网络安全等级保护测评报告无高风险问题；源代码、接口文档、运维手册完整移交。
P:5.3 甲方组织专家按上述标准验收并出具书面验收报告。平台上线使用、甲方付款均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意。
P:6.2 一级故障（平台整体不可访问或核心功能失效）乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障2小时内响应，次一工作日内解决。
P:6.3 响应或恢复超时的，每超时一小时扣减维护费用或履约保证金1,000元；月度可用率每低于约定0.01个百分点，扣减2,000元。
P:6.4 乙方应每月向甲方提交运行报告，列明可用率、故障处理情况、访问量及安全事件，作为计算扣减的依据。
H:第七条 质保及质保期满后的维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持，并每季度进行一次巡检和安全漏洞排查，出具巡检报告。
P:7.2 质保期满后，如甲方续购维护服务，年度维护费不高于平台软件许可费的9%，即每年不超过77,400元，且该价格在质保期满后三个年度内不得上调。
H:第八条 知识产权
P:8.1 定制开发成果（含源代码、接口程序、数据模型、设计文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.2 平台软件产品的知识产权仍归乙方，甲方依第一条享有永久使用许可。乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全与数据权属
P:9.1 平台采集、产生的游客信息、线路与客流数据及业务数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，采取访问控制、加密存储、日志审计等措施；运维操作须经甲方堡垒机进行，不得将数据复制出政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护期满时，乙方应在甲方监督下将全部数据完整移交甲方，并删除其留存的任何副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、网络配置及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方规定期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
P:11.3 甲方逾期付款的，应按逾期金额每日万分之二向乙方支付违约金，但因财政资金拨付程序造成的合理延迟除外。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方不得将本合同项下的任何工作交由其他单位完成。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 维护服务合同期满即终止，不自动续期。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书、需求规格说明书及双方确认的变更文件均为本合同组成部分，内容不一致的，以对甲方更有利的为准。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期或解除合同。
P:15.3 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:15.4 双方联系人：甲方为信息中心主任，乙方为项目经理；联系人变更应书面通知对方。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2027年3月　日
"""

Z02 = """T:泳镜生产线控制系统改造合同
P:合同编号：HY-SB-2027-031
P:甲方：广东浩泳光学用品有限公司
P:乙方：东莞精控自动化工程有限公司
P:甲方为提升泳镜注塑、镀膜、装配及包装生产线的自动化水平，委托乙方对八条生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责八条生产线控制系统的设计、供货、安装、编程、调试和培训，包括更换PLC控制器、伺服驱动系统，新增镜片视觉检测单元，部署产线监控软件并与甲方现有MES系统对接。
P:1.2 改造须分线、分批实施，先完成一条试点线并经甲方确认后再推广至其余七条线；每条线停机时间不得超过五日，具体排期由双方书面确认，乙方不得影响其他产线正常生产。
P:1.3 改造后的控制系统应满足：各产线PLC统一品牌和编程平台；伺服定位精度满足镜框注塑及镜片装配工艺要求；视觉检测单元可识别划痕、气泡、镀膜不均、镜片偏心等缺陷并自动剔除；监控软件可实时显示产量、节拍、停机原因和良品率，并按班次生成报表。
P:1.4 乙方应在施工前提交详细设计方案、电气原理图和改造排期，经甲方书面确认后方可实施。
H:第二条 合同价格
P:2.1 合同总价为人民币2,760,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O模块|24套|28,500|684,000
TB:2|伺服驱动器及伺服电机|96套|7,250|696,000
TB:3|镜片视觉检测单元|8套|52,000|416,000
TB:4|工业交换机及HMI触摸屏|16套|13,500|216,000
TB:5|产线监控软件许可（含MES接口模块）|1套|348,000|348,000
TB:|设备及软件小计|||2,360,000
TB:6|安装调试|1项|218,000|218,000
TB:7|PLC程序及HMI画面定制|1项|164,000|164,000
TB:8|操作与维护培训|1项|18,000|18,000
TB:|合同总价|||2,760,000
P:2.2 上述价格已包含运输、保险、安装辅材、技术服务等全部费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 八条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后五十日内将全部设备运抵甲方厂区，并在到货后七十日内完成全部产线改造。
P:4.2 乙方安装人员应遵守甲方厂区安全、防尘和洁净车间管理制度，因乙方人员违规造成的损失由乙方承担。
P:4.3 乙方应提供设备原厂合格证、检测报告和装箱单。设备应为全新原装正品，型号与投标文件一致，不得以翻新或替代型号供货。
P:4.4 旧控制柜及拆除部件归甲方所有，由乙方按甲方要求拆除、标识并搬运至指定仓库。
P:4.5 甲方应按排期提供停机窗口、施工用电和临时存放场地，并指派设备部专人配合。因甲方未按时提供停机窗口造成延误的，工期相应顺延。
P:4.6 乙方应对甲方设备部维修人员进行不少于五个工作日的现场培训，使其能够独立完成日常点检、参数调整、程序备份恢复和常见故障处理，培训结束后由甲方组织考核。
H:第五条 验收
P:5.1 单线验收：每条产线改造完成后连续带料生产七十二小时，节拍不低于改造前，设备综合效率提升不低于8%，视觉检测漏检率不高于0.3%。
P:5.2 最终验收：八条产线均通过单线验收，连续运行三十日无一级故障，MES数据对接准确，技术资料（电气图纸、程序备份、参数表、操作手册）完整移交。
P:5.3 甲方按上述标准组织验收并签署验收报告。产线投入生产或甲方支付款项均不视为验收合格。
P:5.4 验收不合格的，乙方应在十日内整改并重新申请验收，由此产生的费用由乙方承担；第二次验收仍不合格的，甲方有权按第十二条解除合同。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并提供软件升级。因质量问题更换的部件，其质保期自更换之日起重新计算。
P:6.2 故障分级及响应：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|整条产线停机|1小时|6小时|24小时
TB:二级|单台设备故障，产线降速运行|2小时|次日|48小时
TB:三级|不影响生产的一般问题|8小时|三个工作日|下次巡检
P:6.3 乙方响应、到场或修复超时的，每超时一小时向甲方支付800元。
P:6.4 质保期满后，乙方提供年度维保服务（含驻场工程师、易损件更换及程序维护），年度维保费为人民币660,800元，按年度支付，服务期内价格固定。
P:6.5 乙方应在甲方厂区存放常用备件（伺服驱动器、I/O模块、相机及光源各不少于两套），并每季度进行一次预防性巡检，出具巡检报告。
H:第七条 知识产权
P:7.1 乙方为本项目定制的PLC程序、HMI画面、接口程序及相关文档的知识产权归甲方所有，乙方应交付全部源程序，甲方可自行修改或委托他人维护。
P:7.2 监控软件产品的知识产权归乙方，甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、配方及质量数据均属于甲方所有，乙方仅为履行本合同使用，不得复制、带离或用于其他目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方指定的VPN及审计系统进行；不得在控制网络中安装未经甲方同意的软件。因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应在2小时内报告并承担全部赔偿责任。
P:8.3 合同履行完毕或解除后，乙方应将其持有的甲方工艺参数、程序备份及其他资料全部返还或在甲方监督下销毁，不得留存任何副本。
H:第九条 保密
P:9.1 双方对履约中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。乙方应要求其参与本项目的人员签署保密承诺书。
H:第十条 分包
P:10.1 乙方可将电气安装、布线和桥架施工分包给具备相应资质的单位，但应在开工前书面通知甲方，并对分包单位的工作质量及安全承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因改造造成产线停机超出约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 因不可抗力导致合同无法履行的，受影响方应及时通知对方并提供证明，双方可协商延期履行或解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 乙方项目经理及主要技术人员在项目实施期间不得随意更换，确需更换的应提前七日书面通知甲方并经甲方认可。
P:14.2 本合同附件包括技术协议、设备清单及改造排期表，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """攀树体验门店预约及会员管理系统服务合同

合同编号：PS-IT-2027-006
甲方：上海攀野户外运动管理有限公司（下称“甲方”）
乙方：成都云约科技有限公司（下称“乙方”）

甲方在全国经营四十家攀树体验门店，拟采用乙方的预约及会员管理SaaS服务，并委托乙方完成系统实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方四十家门店提供预约及会员管理SaaS服务，功能包括：
1. 线上预约与排期：小程序、公众号及门店收银端预约，按场次、教练、年龄段和身高体重限制自动排期；
2. 会员管理：会员注册、储值卡、次卡、积分、等级权益及生日关怀；
3. 安全管理：体验者安全须知电子签署、装备检查记录、教练资质与带队记录；
4. 经营分析：各门店客流、复购率、储值余额、教练课时报表；
5. 营销工具：团购核销、优惠券、拼团及节假日活动配置，支持按门店单独设定价格和活动规则。
（二）实施服务：乙方负责系统配置、四十家门店开通、历史会员及储值数据迁移、与甲方财务系统和第三方支付的接口对接、门店人员培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算，每个服务年度自起算日起至次年对应日的前一日止，第二个服务年度紧接第一个服务年度。

二、服务费用
（一）SaaS服务费按门店计收，每家门店每个服务年度9,600元，四十家门店每个服务年度合计384,000元，两个服务年度合计768,000元。
（二）实施费为一次性费用126,000元，包括系统配置、数据迁移、接口对接、门店开通及培训。
（三）合同总价为人民币894,000元（含6%增值税）。服务期内新增门店的，按同一单价另行计费。

三、付款方式
（一）实施费在上线验收合格后二十个工作日内一次性支付。
（二）SaaS服务费按季度支付，每季度结束后十五个工作日内，甲方按当季实际开通门店数支付该季度服务费。
（三）本合同不设预付款。乙方应在每次收款前开具合法有效的增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店开通及数据迁移，并提交上线验收申请。
（二）上线验收标准：
1. 功能与本合同第一条及附件《功能清单》逐项一致；
2. 历史会员、储值余额及次卡数据迁移后与原系统逐条核对一致；
3. 支付对账连续七日差异为零；
4. 高峰时段（周末及节假日）模拟五千并发预约，页面响应时间不超过2秒。
（三）甲方按上述标准进行验收并出具书面验收单。门店试用或甲方付款均不视为验收合格。
（四）乙方应指派专职项目经理，并为每个区域的门店店长、前台及教练组织线上培训，提供操作手册和培训视频；培训完成后由甲方抽查考核，考核不合格的门店应安排补训。
（五）甲方应及时提供门店清单、历史数据及接口所需的账户资料，并指定对接人。因甲方原因延误的，实施期限相应顺延。

五、服务水平
（一）乙方承诺SaaS服务月度可用率不低于99.5%。可用率按当月可用分钟数占当月总分钟数的比例计算，计划内维护须安排在门店营业时间以外并提前三日通知。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、收银或核销）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单项功能异常）：1小时内响应，8小时内恢复；
3. 三级故障（一般咨询及不影响营业的问题）：次一工作日内答复。
（三）服务补偿：月度可用率未达承诺的，每低于0.1个百分点，乙方按当月服务费的2%向甲方提供服务抵扣，当月抵扣合计不超过当月服务费的四分之一；一级故障恢复超时的，每超时一小时抵扣500元。
（四）乙方应于每月五日前向甲方提交上月服务报告，列明可用率、故障清单及处理时长、抵扣金额，经甲方确认后在当季服务费中扣减。
（五）乙方提供7×24小时服务热线及在线工单，节假日及暑期高峰期间应安排专人值守。

六、数据安全与数据权属
（一）甲方会员信息、预约及消费记录、储值数据、安全须知签署记录等全部数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，系统应通过网络安全等级保护三级测评，对个人信息加密存储、访问分级授权并保留操作日志。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内书面通知甲方，并配合甲方处置；因乙方原因造成的损失，由乙方承担赔偿责任。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出并移交全部数据，随后删除其保存的数据并出具删除证明。

七、保密
双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。

八、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的接口程序、报表模板和配置方案归甲方所有，甲方可自行使用、修改或交由第三方维护。
（三）乙方保证其提供的服务及交付成果不侵犯第三方知识产权；如因此引起第三方索赔，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。

九、违约责任
（一）乙方未按第四条约定期限完成上线的，每逾期一日向甲方支付违约金600元。
（二）实施期间乙方人员原因造成门店停业或会员投诉的，乙方应协助处理并承担相应的直接损失。
（三）乙方违反第六条约定的，应赔偿甲方因此遭受的损失，包括甲方向会员支付的赔偿及监管部门的罚款。
（四）除违反第六条、第七条及故意或重大过失外，任何一方在本合同项下的累计赔偿责任以合同总价的两倍为限。

十、续约
服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调服务单价，上调幅度不超过8%，乙方应在服务期满前通知甲方新单价。

十一、分包
乙方不得将本合同项下的服务分包给第三方，但经甲方事先书面同意的除外。

十二、合同解除
（一）乙方严重违约，或连续两个月月度可用率未达承诺，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算费用。
（三）合同解除的，乙方应按第六条第（四）项移交数据，并在数据移交完成前继续维持系统可用，不得以费用争议为由中断服务或删除数据。
（二）甲方关闭门店的，可提前三十日书面通知乙方停止该门店的服务，相应服务费停止计收。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十四、甲方的权利义务
（一）甲方应按约定支付费用，妥善保管管理员账号及密码，并对门店员工的使用行为进行管理。
（二）甲方有权随时查询系统运行情况，并要求乙方就重大故障出具书面原因分析和整改措施。

十五、其他
本合同附件包括《功能清单》《门店清单》《实施计划》。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""

Z04 = """某县广播电视局有线电视前端机房监控系统运维服务合同

项目编号：GDJ-CS-2027-002（竞争性磋商）
甲方（采购人）：某县广播电视局
乙方（成交供应商）：湖南广安智维技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就有线电视前端机房监控系统运维服务事项，经协商一致订立本合同。

第一条 服务范围
（一）运维对象为甲方有线电视前端机房及两个分前端机房的监控系统，包括：动力环境监控（UPS、配电、精密空调、温湿度、漏水、烟感）、视频监控及门禁、信号监测（卫星接收、编码复用、光发射机关键指标）及集中监控平台软硬件。
（二）服务内容包括日常巡检、故障处理、定期保养、系统配置变更、告警策略优化、运行报告及重要保障期值守。
（三）服务期自2027年1月1日起至2027年12月31日止。
（四）运维设备数量以附件《设备清单》为准，主要包括监控主机两台、采集器三十六台、各类传感器二百一十个、摄像机六十四路、门禁控制器十二套。服务期内新增设备数量不超过清单总量十分之一的，不另行收费。

第二条 服务费用及支付
（一）服务费总额为人民币370,000元（含税），包括人工、交通、工具、常用耗材及备品备件的全部费用。单次更换价值超过2,000元的部件，由乙方报价并经甲方书面确认后另行结算。
（二）服务费按季度支付，每季度92,500元。每季度结束后，甲方根据当季考核结果，在十五个工作日内支付该季度服务费，考核扣款从当季服务费中扣除。
（三）本合同不设预付款。乙方应在收款前开具合法发票。

第三条 服务要求
（一）乙方应在合同生效后五日内完成进场，派驻两名驻场工程师（工作日白天在岗），并安排夜间及节假日远程值守和二线技术支持。
（二）乙方应每日远程检查平台运行，每周现场巡检一次，每季度对UPS电池、空调、传感器进行保养和校准，并出具巡检保养记录。
（三）故障分级及时限：
1. 一级故障（前端机房动力或环境告警失效、平台整体瘫痪、信号监测中断）：接报后15分钟内响应，1小时内到场，6小时内恢复；
2. 二级故障（单个子系统或单个分前端监控异常）：30分钟内响应，3小时内到场，24小时内恢复；
3. 三级故障（单点设备或一般问题）：2小时内响应，次一工作日内处理完毕。
（四）春节、国庆、重大活动等重要保障期，乙方应安排工程师驻场值守，并提前制定保障方案报甲方审定。
（五）乙方应每月提交运维报告，内容包括告警统计、故障处理、保养情况、隐患及改进建议。
（六）乙方应每半年配合甲方开展一次机房断电、空调失效及火灾告警应急演练，演练方案报甲方审定，演练结束后提交总结报告。
（七）乙方应在驻场点储备常用备件，包括温湿度传感器、漏水绳、门禁读卡器、硬盘及监控平台服务器电源，确保一般故障无需等待备件。
（八）告警策略、阈值及联系人调整须经甲方书面确认，乙方不得擅自关闭或屏蔽告警。

第四条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括：巡检保养按计划完成率、故障响应及恢复时限达标情况、告警误报漏报情况、运维记录完整性及甲方满意度，考核细则见附件。
（二）季度考核得分不低于90分的，视为该季度服务验收合格；低于90分的，每低1分扣减当季服务费的0.5%。
（三）服务期满时，甲方组织年度验收，乙方应移交完整的运维档案、配置备份、账号密码清单及设备台账。

（四）年度验收时发现运维档案缺失或设备台账与实物不符的，乙方应在十日内补正，补正完成前甲方可暂缓支付第四季度服务费。

第五条 服务水平违约
（一）一级故障响应、到场或恢复超时的，每超时一小时扣减服务费500元；二级故障超时的，每超时一小时扣减200元。
（二）因乙方未及时处理告警导致前端机房设备损坏或停播事故的，乙方应赔偿甲方直接损失，并承担相应的行政责任配合义务。
（三）同一故障在一个月内重复发生两次以上的，乙方应提交书面原因分析及整改方案，并在甲方规定期限内彻底消除隐患。

第六条 数据安全
（一）监控系统产生的告警记录、视频录像、门禁记录、配置数据及运行日志均属于甲方，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
（二）乙方远程运维须通过甲方指定的专用通道和堡垒机，账号实名使用、操作全程审计；不得在监控网络中接入未经甲方许可的设备或软件。
（三）乙方发现或发生数据泄露、非法入侵等安全事件的，应在1小时内报告甲方，并按甲方应急预案处置；因乙方原因造成的损失由乙方承担全部赔偿责任。

第七条 保密
乙方及其人员对履约中接触的安全播出信息、网络结构、设备配置、视频资料及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。乙方驻场人员应签署保密承诺书，离场时应交回门禁卡、钥匙及全部技术资料，不得留存任何复制件。

第八条 知识产权
乙方在服务过程中形成的运维文档、脚本、告警策略及配置方案归甲方所有，甲方可自由使用和修改。乙方保证其使用的工具软件来源合法、不侵犯第三方权利，并不含恶意代码；因此引起的纠纷由乙方负责处理并承担费用。

第九条 人员与分包
（一）驻场工程师应具备相应的电工、弱电或系统运维资质，名单报甲方备案，更换人员须提前七日经甲方同意。
（二）乙方不得将本合同服务分包或转包给第三方。

第九条之一 甲方的义务
（一）甲方应为驻场工程师提供必要的办公场所、机房出入权限及网络接入条件，并指定专人负责日常联络和考核。
（二）甲方对系统进行改造、扩容或与其他系统对接的，应提前通知乙方，乙方应予以配合，相关工作量超出本合同范围的，双方另行协商。

第十条 违约责任
（一）乙方未按约定时间进场，或未按甲方书面通知的期限完成隐患整改的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方违反第六条、第七条的，应赔偿甲方全部损失。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十一条 合同的履行与解除
（一）本合同生效后，双方应全面履行，合同期内任何一方均不得单方解除合同。一方违约的，守约方可要求违约方继续履行、采取补救措施并承担违约责任。
（二）因不可抗力致使合同目的不能实现的，双方可协商终止合同，并按实际服务期间结算费用。
（三）服务期满，本合同终止，不自动续期。甲方如需继续采购，应依法重新组织采购。

第十一条之一 服务交接
服务期满或合同终止时，乙方应配合甲方或新的服务单位完成交接，交接期不少于十日，交接期间乙方应继续履行运维义务，不得以任何理由中断服务。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
磋商文件、响应文件、成交通知书及附件《考核细则》《设备清单》为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

Z05 = """# 琴匠工坊工艺追溯系统软件许可及定制开发合同

**（乙方标准合同文本 QZ-HT-2026版）**

合同编号：QZ-2027-0119

甲方：苏州弦歌提琴制作工作室

乙方：北京琴匠数字科技有限公司

甲方拟在其提琴制作工作室使用乙方“琴匠工坊工艺追溯系统”，对小提琴、中提琴、大提琴从选材、风干、制作、油漆到调音出厂的全过程进行记录和追溯。经双方协商，依据乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予“琴匠工坊工艺追溯系统”标准版软件的永久使用许可，授权用户数为三十个，部署在甲方工作室服务器上。

1.2 乙方根据甲方需求进行定制开发，内容包括：木材档案及风干周期管理、制作工序扫码报工、油漆层次与干燥记录、声学测试数据录入、每把琴的电子履历证书及二维码查询页面。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统包括以下标准模块：琴坯及配件库存、工序模板、制作进度看板、质检记录、维修保养登记、客户档案、证书打印。标准模块的功能以乙方产品说明书为准，乙方有权对标准模块进行版本调整。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺追溯系统标准版软件许可（三十用户） | 168,000 |
| 2 | 定制开发（木材档案、扫码报工、油漆记录、声学数据、电子履历） | 214,000 |
| 3 | 安装部署、数据初始化及培训 | 38,000 |
| | 合同总价 | 420,000 |

上述价格含税，不含差旅费。乙方人员到甲方现场服务的交通及住宿费用由甲方据实承担。甲方需自行准备服务器、扫码枪、标签打印机等硬件设备。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的55%，即231,000元。乙方收到该款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，即189,000元。

3.3 甲方逾期付款的，乙方有权暂停实施或暂停技术支持，由此造成的工期延误由甲方承担。

## 第四条 实施与交付

4.1 乙方预计在收到首期款后九十日内完成定制开发及部署。上述期限为预计期限，因需求变更、甲方配合不及时或其他非乙方可控原因导致延期的，交付期限相应顺延。

4.2 乙方对交付时间不作保证，亦不承担因交付延迟产生的任何违约金或赔偿责任。

4.3 甲方应在乙方要求的时间内提供工艺流程说明、样例数据及测试环境，并指定对接人员。

4.4 需求以双方确认的《需求确认书》为准。需求确认后，甲方提出新增或变更需求的，乙方有权按每人天2,800元另行收取开发费用，并相应调整交付时间。

4.5 乙方为甲方的制琴师、学徒及管理人员提供两次现场培训，每次不超过一个工作日。超出部分的培训按乙方收费标准另行计费。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行之日，即视为甲方验收合格。

5.2 上线前，乙方将进行内部测试并向甲方演示主要功能。甲方应在演示后三个工作日内确认上线时间；甲方未按时确认的，乙方可自行安排上线。

5.3 甲方在上线后发现的问题，可通过乙方客服渠道提交，乙方将在后续版本中统一处理。

## 第六条 技术支持与维护

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方在工作日的九时至十八时，通过电话、微信及远程方式提供技术支持，节假日不提供支持服务，并尽商业上合理的努力解决甲方提出的问题。

6.2 乙方不对系统的持续可用、问题响应时间或解决时间作任何承诺。

6.3 技术支持不包括：甲方自行修改配置或数据造成的问题、硬件及操作系统故障、第三方软件问题、新增功能开发及现场服务。上述服务乙方可另行收费。

6.4 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

## 第七条 知识产权

7.1 本合同项下的软件产品及乙方为甲方定制开发的全部程序、页面、数据模型、报表和文档，其著作权及其他知识产权均归乙方所有。

7.2 甲方仅在本合同约定的用户数和场所范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，也不得将定制内容交由第三方维护或再开发。

7.3 乙方有权将定制开发中形成的功能纳入其标准产品，向其他客户提供。

7.4 甲方如需获得定制部分源代码或将系统扩展至其他场所使用，应另行向乙方购买相应许可，价格由双方另行商定。

## 第八条 数据

8.1 甲方在系统中录入的木材来源、工艺记录、声学测试数据及客户信息属于甲方。

8.2 甲方同意，乙方有权在去除甲方名称及客户个人信息后，使用上述工艺及声学数据进行产品改进、算法训练及行业分析，并可将分析结果用于乙方的其他产品和服务。本项授权在合同终止后继续有效。

8.3 乙方远程维护时应使用甲方分配的账号，采取防病毒、访问控制和数据备份等安全措施，不得擅自导出甲方的客户信息。发生数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方并协助处理；因乙方过错造成的，乙方承担相应的赔偿责任。

8.4 甲方应自行负责服务器的运行环境、网络安全及日常数据备份。因甲方服务器故障、病毒感染或操作失误造成的数据丢失，乙方不承担责任。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密、制作工艺和技术资料负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定必须披露的除外。本条在合同终止后两年内有效。经甲方同意，乙方可在其宣传材料及客户名单中使用甲方名称和成功案例介绍。

## 第十条 违约责任与责任限制

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不承担任何间接损失、利润损失、数据恢复费用或第三方索赔。

10.3 甲方逾期支付合同款项的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金。

10.4 甲方违反第七条约定擅自修改、复制或向第三方提供软件的，应向乙方支付合同总价两倍的违约金。

## 第十一条 合同解除

11.1 一方严重违反本合同，经另一方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除后，甲方已支付的许可费及已完成工作的费用不予退还。

11.3 合同解除或终止后，甲方应停止使用尚未付清款项部分对应的软件功能；乙方可在甲方书面申请后，按其收费标准协助导出甲方数据。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致不能履行或延迟履行的，受影响方不承担责任，但应及时通知对方。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地有管辖权的人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，未经乙方书面同意，对本文本条款的修改无效。

14.2 双方的通知以书面、电子邮件或微信方式发送至本合同首页所列联系人，发出后即视为送达。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RV-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Hunan Xiangtie Railcar Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Zhuzhou, Hunan Province (the "Buyer"), and Red River Asset Systems, Inc., an Arkansas corporation with its principal office at State Line Avenue, Texarkana, Arkansas, United States (the "Vendor").
P:The Buyer wishes to replace its spreadsheet-based maintenance records with the Vendor's asset management software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RailAsset EAM software, version 9, in object code, with its standard modules for work orders, preventive maintenance, inventory, tooling calibration and reporting, as described in Annex 1.
P:1.2 "Services" means the configuration, interface development, data migration, installation and training services described in Annex 2.
P:1.3 "Deliverables" means all configurations, workflows, report templates, interface programs, migration scripts and documents that the Vendor prepares specifically for the Buyer under this Agreement.
P:1.4 "Buyer Data" means all data entered into, processed by or generated by the Software at the Buyer's sites, including equipment records, maintenance histories, inspection results and employee information.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for 260 named users and 40 shop-floor tablet users at the Buyer's plants in Zhuzhou and Changsha and at any affiliate of the Buyer in mainland China.
P:2.2 The Software will be installed on servers owned and operated by the Buyer in its own data centre. The Vendor will not host the Software or any Buyer Data.
H:Article 3 Price
P:3.1 The total price of this Agreement (the "Contract Price") is CNY 1,986,000, inclusive of all taxes payable in the People's Republic of China, made up as follows: Software licence fee CNY 1,260,000; configuration services CNY 418,000; interface development for the Buyer's ERP, document management and time-and-attendance systems CNY 246,000; training CNY 62,000.
P:3.2 The Contract Price is fixed. It covers all expenses of the Vendor's personnel and changes only by a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price within twenty days after the Vendor has installed the Software, completed the configuration and interfaces and the Buyer has signed an installation certificate. The installation certificate records completion of work only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
H:Article 5 Delivery and Project Plan
P:5.1 The Vendor shall deliver the Software within twenty days after signature and complete installation, configuration and interfaces within 120 days after signature, in accordance with the project plan in Annex 2.
P:5.2 The Vendor shall appoint a project manager who speaks Mandarin and will be present at the Buyer's Zhuzhou plant during configuration and go-live. The Vendor shall not replace the project manager without the Buyer's prior written approval.
H:Article 6 Acceptance
P:6.1 After installation the parties shall run the acceptance tests set out in Annex 3, which include: every function listed in Annex 1 working as described; all three interfaces passing reconciliation of 2,000 sample transactions without error; migration of the Buyer's 48,000 equipment records and seven years of maintenance history with counts and checksums matching; and screen response of less than 3 seconds with 200 concurrent users.
P:6.2 After the tests are passed, the Software shall be used in production for a trial period of 60 days. The trial period is successful when no Severity 1 defect has occurred during the last 30 consecutive days.
P:6.3 When the tests and the trial period are passed, the Buyer shall issue a written Final Acceptance certificate within ten working days. Productive use of the Software, the installation certificate or any payment is not acceptance.
P:6.4 If a test fails, the Vendor shall correct the defect at its own cost and repeat the test. If the Software fails the same test a third time, the Buyer may terminate this Agreement under Article 13.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and Deliverables will perform in accordance with Annex 1 and Annex 3 for a warranty period of 24 months starting on the date of Final Acceptance. During the warranty period the Vendor shall correct defects and provide all updates and new versions of the Software free of charge.
P:7.2 Defects are classified and handled as follows. Severity 1 (the Software is down, or work orders cannot be created or closed at a plant): response within 1 hour and a fix or workaround within 8 hours. Severity 2 (a major function is impaired but a workaround exists): response within 2 hours and a fix within 3 working days. Severity 3 (minor defects and questions): response within one working day and a fix in the next scheduled release.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due to the Vendor.
P:7.4 After the warranty period the Buyer may order annual support, which includes defect correction, updates and the service levels of Article 7.2. The annual support fee is 11% of the Software licence fee, that is CNY 138,600 per year, and it is fixed for the first three years after the warranty period. Support is ordered each year by a purchase order of the Buyer; it does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software and its standard documentation.
P:8.2 All intellectual property rights in the Deliverables vest in the Buyer upon creation. The Vendor shall deliver the Deliverables, including the source code of the interface programs and migration scripts, at Final Acceptance. The Buyer may use, modify and license the Deliverables freely, itself or through third parties.
P:8.3 The Vendor warrants that the Software and Deliverables do not infringe any third-party right and shall defend and indemnify the Buyer against any claim that they do.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and for no other purpose, and shall not keep, copy or transfer any Buyer Data outside the Buyer's systems.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN and bastion host with individual accounts approved by the Buyer for each session. The Vendor shall comply with the Buyer's security policies and with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within 24 hours after it becomes aware of any unauthorised access to, loss of or disclosure of Buyer Data in connection with the Services, cooperate in the investigation and remediation, and bear all losses caused by its breach of this Article 9.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for the purpose of this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after this Agreement ends.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to complete installation or to achieve Final Acceptance by the dates in Annex 2 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8.3, 9 and 10, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if the delay damages under Article 11.1 reach their maximum.
P:13.2 On termination under Article 13.1 the Vendor shall refund the amounts paid for any part of the work that has not been accepted, and the Buyer may keep and use the Deliverables already delivered.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Arkansas, United States of America, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall first be discussed by senior managers of both parties. If it is not resolved within 45 days, it shall be finally settled by arbitration administered by the International Centre for Dispute Resolution in Little Rock, Arkansas, in English, before one arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Services and Project Plan) and Annex 3 (Acceptance Tests), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# HerdLine Cloud Subscription Order Form

Order Form No. HL-CN-27-0042

## Part A — Order Form

### A1. Parties

**Provider:** Panhandle HerdLine Software, LLC, a Texas limited liability company, 1200 South Polk Street, Amarillo, Texas 79101, USA ("Provider").

**Customer:** Ningxia Helan Dairy Group Co., Ltd., Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China ("Customer").

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Services and Subscription Term

Provider will provide the HerdLine Cloud herd health, breeding and feed management service (the "Service") for Customer's nine dairy farms, covering up to 42,000 cows and 180 named users, together with the onboarding services listed below.

The Subscription Term is 36 months starting on the Go-Live Date defined in A4. The Service is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner. Users access the Service through web browsers and Provider's mobile app for Android and iOS.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Year 1 | 9 farms, 42,000 head, 180 users | 286,000 |
| Subscription, Year 2 | same scope | 286,000 |
| Subscription, Year 3 | same scope | 286,000 |
| Onboarding (configuration, data migration, milking-parlour and feed-mixer interfaces, training) | one-time | 42,000 |
| **Total Contract Value** | | **900,000** |

Fees include all taxes payable in China and are fixed for the Subscription Term. Additional farms or head counts above the stated scope may be added by a signed change order at the unit rates in Annex A-1.

### A4. Onboarding and Go-Live

Provider will complete onboarding within 75 days after signature of this Order Form. Go-Live Acceptance requires that: (a) herd records for all nine farms have been migrated and reconciled with Customer's current system by animal ID, with no unresolved differences; (b) the milking-parlour interfaces deliver yield and conductivity data for every milking session for 10 consecutive days; (c) the feed-mixer interface matches ration records within 2% by weight; and (d) 50 trained users have completed the Customer's test scripts. Customer will sign a Go-Live Acceptance certificate within 5 working days after the criteria are met; the date of that certificate is the "Go-Live Date". Use of the Service before that date is not acceptance.

If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider will pay Customer CNY 600 for each day of delay.

### A5. Invoicing and Payment

The onboarding fee is invoiced after the Go-Live Date. Subscription fees are invoiced quarterly in arrears, CNY 71,500 per quarter, and are payable within 30 days of a correct invoice. No amount is payable before the Go-Live Date.

### A6. Contacts and Signature

Provider contact: Account Director, China. Customer contact: Head of Digital Farming. Each party signs below by its authorised representative.

For Provider: ____________________ For Customer: ____________________

## Part B — General Terms

### 1. Use of the Service

1.1 Provider grants Customer and its affiliates a non-exclusive, non-transferable right to use the Service during the Subscription Term for their internal business.

1.2 Customer is responsible for the accuracy of data it enters and for keeping its user credentials secure.

1.3 Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in the documentation.

1.4 Onboarding is performed by a named Provider project manager and a data-migration specialist who work with Customer's farm managers. Onboarding includes configuration of breeding protocols, vaccination calendars, ration groups and alert rules for each farm; migration of at least six years of herd history; the milking-parlour and feed-mixer interfaces; and train-the-trainer sessions at three farms with recorded videos in Mandarin.

1.5 Customer will provide access to its current herd software exports, its parlour and mixer equipment suppliers, and a local administrator at each farm. If Customer's delay holds up onboarding, the dates in A4 move by the period of that delay.

### 2. Service Levels

2.1 Provider targets monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and performed between 22:00 and 05:00 China Standard Time.

2.2 Provider targets the following response times: Priority 1 (the Service is unavailable to a farm or milking data is not being recorded) within 1 hour, at any time; Priority 2 (a major function is degraded) within 2 hours during business hours; Priority 3 (other issues) within one business day.

2.3 Provider reports availability and incident figures to Customer every month.

2.4 Support is provided through Provider's Mandarin-language hotline and ticket portal. Priority 1 incidents must be reported by telephone. Provider will give Customer a root-cause report within 5 business days after each Priority 1 incident.

2.5 The service levels in this Section 2 are targets. Failure to meet them does not entitle Customer to any service credit, fee reduction, refund or damages.

### 3. Customer Data

3.1 All data entered into the Service by or for Customer, and all records, reports and results generated from it ("Customer Data"), belong to Customer. Provider will process Customer Data only to provide the Service to Customer and for no other purpose, and will not sell, share or otherwise use Customer Data, whether identified, aggregated or anonymised.

3.2 Provider will keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, log all access, and maintain a classified protection (MLPS) level-3 filing for the hosting environment.

3.3 Provider will notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and be responsible for losses resulting from its failure to comply with this Section 3.

3.4 Within 30 days after the end of the Agreement, Provider will return all Customer Data in CSV and database-dump formats and then delete it, and will confirm deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the Service and its underlying software.

4.2 Configurations, report templates, interface mappings and other materials created specifically for Customer during onboarding belong to Customer, which may use, modify and let third parties use them without restriction.

### 5. Confidentiality

Each party will protect the other party's confidential information with at least reasonable care, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the Agreement ends.

### 6. Subcontractors

Provider may use subcontractors and subprocessors, including its hosting partner and local support partners, to perform any part of the Service. Provider will notify Customer of a new subcontractor by e-mail at least 10 days before it starts work. Provider remains responsible for its subcontractors.

### 7. Liability

7.1 Neither party is liable for indirect, special or consequential damages or lost profits.

7.2 Each party's total liability arising out of this Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to Customer's payment obligations.

### 8. Term, Renewal and Termination

8.1 The Agreement runs for the Subscription Term. It does not renew automatically; the parties may renew by signing a new Order Form, and Provider will offer the first renewal at the same fees.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach that is not cured within 30 days after written notice describing the breach.

8.3 If Customer terminates under Section 8.2, Customer pays only for the Service provided up to the termination date, no further fees become due, and Section 3.4 applies.

8.4 Provider may suspend a user account that is used in breach of Section 1 after giving Customer notice and a reasonable opportunity to correct the misuse. Provider will not suspend the Service as a whole for a billing dispute that Customer has raised in good faith.

7.3 Provider will maintain professional liability and cyber insurance with reputable insurers during the Subscription Term and will provide certificates of insurance on request.

### 9. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 10. General

10.1 Notices must be in writing and sent to the contacts in A6. E-mail notice is effective when sent to the contact's address stated in A6.

10.2 Neither party is liable for failure to perform caused by events beyond its reasonable control.

10.3 Each party will comply with the laws that apply to it in performing this Agreement, including Chinese laws on cybersecurity, data security, personal information protection and export control.

10.4 Neither party may assign this Agreement without the other party's written consent, except to a successor of its entire business that accepts all obligations under this Agreement.

10.5 This Agreement is made in English and Chinese, and both versions are equally authentic.
"""

E03 = """T:Purchase Contract for Vibration Sensors, Gateways and Condition Monitoring Software
P:Contract No. SDCM-EQ-2027-019 (Buyer's standard form)
P:Buyer: Shandong Taishan Cement Co., Ltd., Tai'an, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Ozark Condition Monitoring, Inc., a Missouri corporation, Main Street, Joplin, Missouri, United States (the "Supplier").
P:The Buyer operates two clinker lines and a grinding plant and wants to monitor the condition of its kiln drives, fans, mills and crushers continuously. Following the Buyer's tender, the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's MachineWatch condition monitoring software, including the analytics, alarm and reporting modules and the mobile application.
P:1.3 "Deliverables" means the asset models, alarm thresholds, dashboards, reports, interface programs and documents prepared specifically for the Buyer.
P:1.4 "Buyer Data" means all measurement data, alarms, asset records and reports produced by the Equipment and the Software at the Buyer's plant.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, install and commission the system on 160 critical machines, connect it to the Buyer's distributed control system and maintenance system, and train the Buyer's staff.
P:2.2 The Software is licensed to the Buyer perpetually for use at the Tai'an plant, for an unlimited number of users and up to 400 measurement points. The Software runs on servers provided by the Buyer in the plant's server room.
P:2.3 Within 10 days after signature the Supplier shall survey the site and agree with the Buyer, in a written installation plan, the measurement points, sensor positions and gateway locations.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,550,000, including all taxes, duties, freight to site and insurance, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|320|2,150|688,000
TB:2|Industrial wireless gateways with power supplies|24|9,800|235,200
TB:3|MachineWatch Software, perpetual licence (400 points)|1|412,000|412,000
TB:|Equipment and Software subtotal|||1,335,200
TB:4|Installation, mounting and network cabling|1 lot|168,000|168,000
TB:5|Commissioning, interfaces and training|1 lot|46,800|46,800
TB:|Contract Price|||1,550,000
P:3.2 The Contract Price is fixed and includes everything needed to complete the scope in clause 2, including travel of the Supplier's personnel.
H:4. Payment
P:4.1 10% of the Contract Price is payable within 20 days after signature of this Contract, against the Supplier's invoice and a bank guarantee for the same amount.
P:4.2 55% of the Contract Price is payable within 20 days after delivery of all Equipment to site and the Buyer's signed goods receipt. The goods receipt confirms quantities and visible condition only and is not acceptance.
P:4.3 35% of the Contract Price is payable within 20 days after Final Acceptance under clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's Tai'an plant within 60 days after signature, and complete installation and commissioning within 50 days after delivery, working around the Buyer's production schedule.
P:5.2 Sensors installed in hazardous or high-temperature areas must carry the certifications listed in the Buyer's technical specification. The Supplier's personnel shall follow the Buyer's safety rules and permit-to-work procedures at all times.
P:5.3 Risk in the Equipment passes to the Buyer upon signed goods receipt; title passes upon payment under clause 4.2.
P:5.4 The Supplier shall deliver with the Equipment the packing lists, certificates of origin and conformity, calibration certificates for every sensor, installation drawings, and operation and maintenance manuals in Chinese.
P:5.5 The Supplier shall train at least 12 of the Buyer's maintenance engineers on site for five working days, covering installation, battery replacement, vibration analysis basics, alarm handling and system administration, and shall provide training materials in Chinese. The Buyer will check the result by a written and practical test.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) all 320 sensors report valid data to the Software at the configured interval; (b) data loss over the gateways is below 0.5% over a 14-day test; (c) the Software's vibration readings for 20 selected machines agree with readings taken by the Buyer's calibrated portable analyser within 5%; (d) alarms reach the distributed control system and the maintenance system within 10 seconds; and (e) the system runs for 30 consecutive days without a Severity 1 fault.
P:6.2 The Buyer shall test against these criteria and issue a Final Acceptance certificate within 7 working days after they are met, or give written reasons for refusal. Installation, use of the system or payment does not constitute acceptance.
P:6.3 If the system fails the tests, the Supplier shall correct the defects at its own cost within 15 days and the tests shall be repeated.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries of sensors that fail before their rated life, and provide all Software updates. Replaced parts are covered for the rest of the warranty period or six months, whichever is longer.
P:7.2 Faults are handled as follows:
TB:Severity|Definition|Response|Resolution
TB:1|Software down, or no data from a whole line|30 minutes|8 hours
TB:2|Data missing from several machines, or a gateway failed|2 hours|2 working days
TB:3|Single sensor faults and questions|1 working day|next site visit
P:7.3 For each full hour by which the Supplier misses a Severity 1 response or resolution time, the Supplier shall pay CNY 1,200, which the Buyer may deduct from any payment or from the guarantee.
P:7.4 After the warranty period the Supplier shall provide annual support at a fee of 8% of the Equipment and Software subtotal, namely CNY 106,816 per year, fixed for the two years after the warranty period. Support is ordered by the Buyer's annual purchase order and does not renew automatically.
P:7.5 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software and in the standard firmware of the Equipment.
P:8.2 The Deliverables belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver the source code of the interface programs.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the Equipment, Software or Deliverables infringe its rights.
H:9. Data Security and Buyer Data
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy it, keep it or use it for any other purpose, including product development or benchmarking.
P:9.2 The Supplier shall configure the system so that no data leaves the Buyer's network. Remote support requires the Buyer's approval for each session and runs through the Buyer's VPN and audit system. The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Buyer's information security rules.
P:9.3 The Supplier shall report any security incident affecting the system or Buyer Data to the Buyer within 2 hours, take remedial measures at once, and compensate the Buyer for all losses caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the technical and business information of the other party received under this Contract and shall not disclose it to third parties without prior written consent, during the Contract and for three years afterwards.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery, commissioning or Final Acceptance for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cabling may be subcontracted only to a contractor approved by the Buyer in writing, and the Supplier remains responsible for it.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after the Buyer's notice, or if the liquidated damages under clause 11.1 reach their maximum.
P:13.2 On such termination the Supplier shall refund all amounts paid for work that has not been accepted and the Buyer may claim its losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be settled by negotiation, failing which either party may submit them to the Jinan Arbitration Commission for arbitration in Jinan.
H:15. Miscellaneous
P:15.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within 5 days with evidence and takes reasonable steps to limit the effects. If force majeure lasts more than 60 days, either party may terminate this Contract by notice.
P:15.2 The tender documents, the Supplier's bid and the Buyer's technical specification form part of this Contract. This Contract is signed in English and Chinese; if they differ, the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. LBK-MS-2027-007

This Managed IT Services Agreement (the "Agreement") is entered into on the date of the last signature below between:

- **Weifang Huaxin Textile Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered address in Weifang, Shandong Province (the "Customer"); and
- **Caprock Managed Services, Inc.**, a Texas corporation with its principal place of business at Avenue Q, Lubbock, Texas, United States, acting through its Qingdao branch office (the "Provider").

## Section 1. Background and Definitions

1.1 The Customer runs three spinning and weaving mills and a head office in Weifang. It wishes to outsource the day-to-day operation of its IT environment to the Provider for a fixed term of 36 months.

1.2 In this Agreement: "Services" means the services described in Schedule 1; "Service Levels" means the levels in Schedule 2; "Charges" means the amounts in Schedule 3; "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 3; and "Customer Data" means all data of the Customer that the Provider handles in performing the Services.

## Section 2. Term

2.1 The Agreement starts on signature. The Services run for an initial term of 36 months from the Service Commencement Date (the "Initial Term").

2.2 At the end of the Initial Term the Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the then current term. For each renewal term the Provider may increase the Monthly Service Charge by up to 7% by notice to the Customer given at least 60 days before the renewal term begins.

## Section 3. Transition and Acceptance

3.1 The Provider shall carry out the transition activities in Schedule 1, Part B within 60 days after signature.

3.2 Transition Acceptance requires that: (a) all assets in scope are recorded in the Provider's configuration database and reconciled with the Customer's asset register; (b) the service desk has handled live calls for 10 working days with at least 90% of incidents logged correctly; (c) monitoring covers every server, switch, firewall and wireless controller listed in Schedule 1; and (d) the Customer has approved the operations manual and the escalation contacts. The Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met or give written reasons.

3.3 If the Service Commencement Date is delayed beyond the 60-day period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,600 per day of delay.

## Section 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Provider shall report its performance against each Service Level in a monthly service report and review it with the Customer at a monthly service meeting.

4.3 If the Provider misses a Service Level, the service credits in Schedule 2 apply. Service credits are deducted from the next invoice and do not limit the Customer's other rights.

4.4 Each year the Provider shall propose at least three improvements that reduce incident volumes or the Customer's operating costs. Improvements accepted by the Customer are implemented within the Charges unless the parties agree otherwise in a change order.

4.5 The Customer shall give the Provider's staff access to its sites and systems as reasonably needed, provide desk space for the on-site engineers, and name a service owner for the Agreement.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Transition Charge is invoiced after Transition Acceptance.

5.2 The Customer shall pay each correct invoice within 30 days of receipt. The Charges include value-added tax and all other taxes payable in China.

5.3 The Customer may withhold the disputed part of an invoice in good faith, provided it pays the undisputed part on time and notifies the Provider of the reasons.

5.4 Additional devices beyond the volumes in Schedule 1 are charged at the unit rates in Schedule 3 from the month after they are added.

## Section 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider may use Customer Data only to perform the Services and shall return it to the Customer when the Agreement ends.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, use it only to perform or receive the Services, and not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law.

7.2 This Section survives the end of the Agreement for three years.

## Section 8. Intellectual Property

8.1 The Provider keeps its tools, methods and know-how.

8.2 Operations manuals, scripts, configurations and documents prepared specifically for the Customer belong to the Customer, which may use and modify them freely, including after the Agreement ends and with a replacement provider.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall assign a service delivery manager and sufficient qualified staff, including two on-site engineers based in Weifang during business hours.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3, except for personal injury, fraud and wilful misconduct.

10.2 Neither party is liable for the other party's loss of profit or indirect loss.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if the Provider misses the same critical Service Level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, so that the Services can be transferred to the Customer or a new provider without interruption.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.

## Section 13. General

13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

13.2 Notices must be in writing and delivered by hand, courier or e-mail to the service owners named by each party.

13.3 Changes to the Services or the Charges must be agreed in a written change order signed by both parties.

13.4 This Agreement, including its Schedules, is the entire agreement between the parties on its subject. It is signed in English and Chinese, and both versions have equal effect.

## Schedule 1 — Services

| Part | Service | Scope and volumes |
|---|---|---|
| A1 | Service desk | Mandarin-language hotline, e-mail and portal, 07:00–23:00 every day; about 900 users |
| A2 | End-user support | Desktops, laptops, printers and handheld scanners; about 950 devices at four sites |
| A3 | Network operations | 86 switches, 4 firewalls, 2 wireless controllers, 210 access points; 24x7 monitoring |
| A4 | Server operations | 38 virtual and 9 physical servers; patching, backup checks, capacity reports |
| A5 | Change and asset management | Change records, monthly asset reconciliation |
| B | Transition | Knowledge transfer from the in-house team, asset baseline, tool set-up, operations manual |

## Schedule 2 — Service Levels and Credits

| Service Level | Target | Service credit |
|---|---|---|
| Priority 1 incident (a mill's production network or a core system down): response | 30 minutes | CNY 1,000 per full hour late |
| Priority 1 incident: restoration | 6 hours | CNY 2,000 per full hour late |
| Priority 2 incident (a department or major application affected): response | 1 hour | CNY 400 per full hour late |
| Core network availability, monthly | 99.95% | 3% of the Monthly Service Charge for each 0.1 point below target (see note) |
| Service desk calls answered within 60 seconds | 85% | 2% of the Monthly Service Charge |
| Patches applied within the agreed window | 95% | 2% of the Monthly Service Charge |

Note: availability credits are calculated on the measured monthly figure, in steps of one tenth of a point, and all credits in a month together may not exceed a quarter of that month's Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Amount (CNY) |
|---|---|
| Transition Charge (one-time) | 76,000 |
| Monthly Service Charge | 54,000 per month |
| Monthly Service Charges for the Initial Term (36 months) | 1,944,000 |
| **Total Contract Value** | **2,020,000** |
| Additional end-user device | 45 per device per month |
| Exit assistance | 2,400 per engineer day |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """MARKET DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. DMV-API-2027-003

THIS AGREEMENT is made between Des Moines Valley Grain Analytics, Inc., an Iowa corporation with its office on Main Street, Ottumwa, Iowa, United States ("Provider"), and Henan Zhongyuan Feed Group Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Zhengzhou, Henan Province ("Customer").

1. DEFINITIONS

1.1 "Data Service" means Provider's GrainView data service: daily and intraday cash and basis prices for corn, soybeans, soybean meal and sorghum at US, Brazilian and Argentine origins; export sales and shipment data; crop condition indices; freight spreads to Chinese ports; and Provider's yield forecast models, delivered through the GrainView API and web console.

1.2 "Custom Feeds" means the data feeds, field mappings, dashboards and forecast reports that Provider builds specifically for Customer under clause 3.

1.3 "Customer Data" means all data that Customer uploads to or generates in the Data Service, including its purchase positions, inventories, formulation costs, saved queries, watch lists and user records.

1.4 "Subscription Year" means each period of consecutive months starting on the Start Date or an anniversary of it. The Subscription Term consists of two Subscription Years.

1.5 "Start Date" means the date of Onboarding Acceptance under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer and its subsidiaries in mainland China a non-exclusive, non-transferable right during the Subscription Term to access the Data Service for up to 60 named users and 2,000,000 API calls per Subscription Year, and to use the data in their internal purchasing, risk management and feed formulation.

2.2 Customer may keep and use data downloaded during the Subscription Term for its internal purposes after the term ends. Customer may not resell the data of the Data Service to third parties or publish it in raw form.

2.3 Customer may connect the API to its ERP, risk management and business intelligence systems.

2.4 Provider shall keep the Data Service, its documentation and its API versions current. Provider shall give Customer at least 90 days' notice before withdrawing an API version used by Customer.

3. ONBOARDING AND CUSTOM FEEDS

3.1 Provider shall, within 45 days after signature: set up Customer's accounts and API keys; build Custom Feeds that map Provider's price and freight data to Customer's ERP material codes and to its eight mills' procurement regions; deliver a daily landed-cost dashboard for Chinese ports; and train Customer's purchasing and IT staff.

3.2 Training consists of two remote sessions for purchasing staff, one session for IT staff on the API and error handling, and recorded videos with Chinese subtitles. Provider shall provide API documentation, sample code in Python and Java, and a sandbox environment for the Subscription Term.

3.3 Customer shall provide its material codes, ERP interface specifications and a named technical contact.

4. ONBOARDING ACCEPTANCE

4.1 Onboarding Acceptance requires that: (a) every Custom Feed has delivered complete data for 10 consecutive business days; (b) landed-cost values in the dashboard match Customer's manual calculation for 50 sample shipments within 0.5%; (c) the ERP interface has loaded all feeds for 10 consecutive business days without manual correction; and (d) API response times have stayed below 800 milliseconds for 95% of calls during that period.

4.2 Customer shall issue a written Onboarding Acceptance certificate within five business days after the criteria are met or give written reasons for refusal. Use of the Data Service before acceptance is not acceptance.

4.3 If Onboarding Acceptance is delayed beyond the 45-day period for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:
- Subscription fee, first Subscription Year: CNY 348,000
- Subscription fee, second Subscription Year: CNY 348,000
- One-time onboarding fee (Custom Feeds, dashboard, ERP interface, training): CNY 24,000
- Total contract value: CNY 720,000

5.2 The onboarding fee is invoiced after Onboarding Acceptance. Subscription fees are invoiced quarterly in arrears at CNY 87,000 per quarter. Customer pays each correct invoice within 30 days. Nothing is payable before the Start Date.

5.3 API calls above the annual allowance are charged at CNY 0.08 per call, invoiced quarterly in arrears.

5.4 Fees include all taxes payable in China and are fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 Provider shall make the API and web console available at least 99.95% of each calendar month, excluding maintenance windows announced 72 hours in advance and held on Sundays between 02:00 and 06:00 China Standard Time.

6.2 Provider shall publish daily price data by 07:30 China Standard Time each business day.

6.3 Provider shall respond to incidents reported by Customer as follows: Severity 1 (the API or console is unavailable, or price data for the day is missing) within 8 business hours; Severity 2 (partial data errors or delays) within two business days; Severity 3 (questions) within five business days. Provider's support desk operates during business hours in Iowa, Monday to Friday.

6.4 If availability falls below the level in clause 6.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each full 0.1 point below that level. If daily price data is published more than two hours late on more than three business days in a month, Customer receives a further credit of 5%. Credits are deducted from the next invoice.

6.5 DATA QUALITY. Provider shall compile the Data Service from the public and licensed sources described in the documentation, run its published validation checks before release, and correct any data error reported by Customer or found by Provider within one business day, marking corrected values in the API. Provider shall tell Customer promptly of any change in a source or method that affects the comparability of a price series used in a Custom Feed.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Service to Customer and for no other purpose, and shall not include it, in any form, in Provider's data products, benchmarks or models.

7.2 Provider shall store Customer Data encrypted, restrict access to named operations staff using multi-factor authentication, keep access logs for at least one hundred and eighty days, and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China when handling Customer's user records.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data or Customer's API credentials, take immediate remedial action, and be liable for the losses caused by its breach of this clause 7.

7.4 At the end of the Subscription Term Provider shall export Customer Data to Customer in CSV format and then delete it, and shall confirm deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Data Service, its data and its models.

8.2 Custom Feeds, field mappings, dashboard designs and interface programs made for Customer belong to Customer, which may use, modify and let third parties operate them freely. Provider shall deliver their specifications and source code after Onboarding Acceptance.

9. SUBCONTRACTING

Provider shall not subcontract any part of the onboarding work or the operation of the Data Service without Customer's prior written consent.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 200% of the total contract value, except for breach of clause 7 and wilful misconduct.

10.2 Provider does not guarantee any trading result. Customer remains responsible for its purchasing decisions.

10.3 Neither party is liable for indirect or consequential loss, except for breach of clause 7.

11. TERM AND TERMINATION

11.1 This Agreement begins on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new written order signed by both parties.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not cure it within 20 days after notice, or if availability falls below the level in clause 6.1 in three months of a Subscription Year. On such termination Customer pays fees only up to the termination date.

11.3 Provider may suspend access only if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules. The award is final.

13. GENERAL

13.1 Notices must be in writing and sent to the addresses above or to e-mail addresses named by each party.

13.2 Neither party is liable for delay caused by events beyond its reasonable control.

13.3 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over all of its obligations.

13.4 Each party shall comply with the export control and sanctions laws that apply to it. Provider confirms that no law applicable to it prevents it from delivering the Data Service to Customer in China.

13.5 This Agreement, with the documentation referred to in it, is the entire agreement on its subject and may be amended only in writing signed by both parties. It is made in English and Chinese. Both versions have equal effect.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# targets, labels, design, checks

TARGETS = {
    "z01": ("h901z01_tourism_bureau_self_drive_platform.pdf", "zh"),
    "z02": ("h901z02_swim_goggle_factory_line_control_retrofit.docx", "zh"),
    "z03": ("h901z03_tree_climbing_chain_booking_membership_saas.txt", "zh"),
    "z04": ("h901z04_broadcast_bureau_headend_monitoring_om.txt", "zh"),
    "z05": ("h901z05_violin_workshop_process_tracking_supplier_template.md", "zh"),
    "e01": ("h901e01_railcar_eam_perpetual_licence_arkansas_vendor.pdf", "en"),
    "e02": ("h901e02_dairy_herd_saas_order_form_texas_vendor.md", "en"),
    "e03": ("h901e03_cement_vibration_sensors_monitoring_licence.docx", "en"),
    "e04": ("h901e04_textile_managed_it_services_36_months.md", "en"),
    "e05": ("h901e05_feed_group_grain_market_data_api.txt", "en"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# one row per draft, values in KEYS order
TERMS = {
    "z01": [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
    "z02": [N, 1, T, "buyer", T, T, T, 0.1, N, 10, T, T, 18, 28, F, T, T, "PRC", G],
    "z03": [99.5, 0.5, T, "buyer", T, T, T, 600 / 894000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", S],
    "z04": [N, 0.25, T, "buyer", T, T, T, 0.02, N, N, T, N, N, N, F, F, F, "PRC", S],
    "z05": [N, N, F, "supplier", T, F, T, N, N, 55, F, F, 6, N, F, T, N, N, G],
    "e01": [N, 1, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 24, 11, F, T, F, "Arkansas", G],
    "e02": [99.95, 1, F, "buyer", T, T, T, 600 / 900000 * 100, 6 / 36 * 100, N, T, N, N, N, F, T, T, "PRC", S],
    "e03": [N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 8, F, T, F, "PRC", G],
    "e04": [99.95, 0.5, T, "buyer", F, T, T, 1600 / 2020000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
    "e05": [99.95, 8, T, "buyer", T, T, F, 500 / 720000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S],
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (T, T, T, F, 1720000), "z02": (T, T, T, F, 2760000), "z03": (T, T, N, F, 894000),
    "z04": (T, T, N, F, 370000), "z05": (F, F, F, T, 420000), "e01": (T, T, T, F, 1986000),
    "e02": (T, T, N, F, 900000), "e03": (T, T, T, F, 1550000), "e04": (T, T, N, F, 2020000),
    "e05": (T, T, N, F, 720000),
}
# price parts that must add up to the contract value
PARTS = {
    "z01": [860000, 640000, 186000, 34000], "z02": [684000, 696000, 416000, 216000, 348000, 218000, 164000, 18000],
    "z03": [2 * 40 * 9600, 126000], "z04": [4 * 92500], "z05": [168000, 214000, 38000],
    "e01": [1260000, 418000, 246000, 62000], "e02": [3 * 286000, 42000], "e03": [320 * 2150, 24 * 9800, 412000, 168000, 46800],
    "e04": [36 * 54000, 76000], "e05": [2 * 348000, 24000],
}
# TCO inputs for goods_or_licence drafts with a stated fee: (fee base = itemised licence/hardware subtotal, annual fee)
TCO_IN = {"z01": (860000, 77400), "z02": (2360000, 660800), "e01": (1260000, 138600), "e03": (1335200, 106816)}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # ICDR arbitration in Little Rock
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years (pro rata)."""
    if key not in TCO_IN or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    base, fee = TCO_IN[key]
    assert abs(fee / base * 100 - t["post_warranty_fee_pct"]) < 1e-9
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    return post / (x["contract_value"] + post) * 100


def derive(key, t, x):
    """My reading of policy §3, from the label alone."""
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": TARGETS[key][0], "language": TARGETS[key][1], "category": CATEGORY[key], "expected_terms": t,
            "expected_extra": x, "expected_rules": derive(key, t, x)}


# threshold figures of policy §3 (and the 5-year TCO horizon), in the forms a draft could state them
CN = "零〇一二三四五六七八九十百点"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?" + PCT,
    r"百分之(?:三十|十五|四十|一百|百)(?![" + CN + "])",
    r"(?<![\d.,])99\.90*(?!\d)", r"百分之九十九点九(?![" + CN + "])",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:business|working)?\s*(?:小时|hours?|hrs?|h(?![a-zA-Z]))",
    r"(?<![十\d])四\s*个?\s*小时", r"(?i:four\s*(?:\(4\)\s*)?(?:business|working)?\s*hours?)",
    r"(?<![\d.,])0?\.050*" + PCT, r"万分之五(?![" + CN + r"\d])", r"千分之零点五", r"(?<![\d.,])0\.5\s*‰",
    r"(?<![\d.,])12\s*个\s*(?:自然)?月", r"(?<![" + CN + r"])十二\s*个\s*(?:自然)?月",
    r"(?i:(?<![\d.,])12\s*-?\s*months?)", r"(?i:twelve\s*(?:\(12\)\s*)?-?\s*months?)",
    r"(?<![第每十一二三四五六七八九])一年", r"(?i:(?<![a-z])one\s*-?\s*years?)", r"(?i:(?<![\d.,])1\s*-?\s*years?)",
    r"(?i:(?<![\d.,])5\s*-?\s*years?)", r"(?i:(?<![a-z])five\s*-?\s*years?)", r"(?<![" + CN + r"\d])五\s*年",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS))
MUST_HIT = ["30%", "30 %", "30.0%", "百分之三十", "15 per cent", "40%", "100%", "百分之百", "99.9%", "99.90 %",
            "4 hours", "4小时", "4个小时", "四小时", "four hours", "within 4h", "0.05%", "万分之五", "12 months",
            "12个月", "十二个月", "twelve months", "12-month", "质保一年", "one year", "5 years", "五年", "five years"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "0.5%",
             "万分之五十", "130%", "115%", "150%", "0.15%", "2027年12月31日", "第一年", "十二月", "35%", "300%",
             "1,300", "45 days", "36 months", "十八个月", "二十四个月", "48 hours", "2025年", "25%", "万分之八"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
        assert THRESHOLD_RE.search(re.sub(r"\s+", "", s)), "must hit (no ws): " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: %s (%s)" % (s, THRESHOLD_RE.search(s))


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


def measure(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_label_values(key, t, x):
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
    assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-9
    assert t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - 15) > 1e-9
    share = tco_share(key, t, x)
    assert share is None or abs(share - 40) > 2, (key, share)
    return share


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    markup = {k: v for k, v in SOURCES.items() if TARGETS[k][0].endswith((".docx", ".pdf"))}
    write(markup, {k: (TARGETS[k][0], TARGETS[k][0].rsplit(".", 1)[1]) for k in markup}, OUT, wrap_words=True)
    for k, src in SOURCES.items():
        if k not in markup:
            (OUT / TARGETS[k][0]).write_text(src, encoding="utf-8")
            print("wrote", TARGETS[k][0])
    covered = set()
    for k in TARGETS:
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert sum(PARTS[k]) == x["contract_value"], k
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        share = check_label_values(k, t, x)
        covered |= set(lab["expected_rules"])
        path = OUT / TARGETS[k][0]
        text = read_back(path)
        n = measure(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        rules = lab["expected_rules"]
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if not rules or
                                                                                    set(rules) <= LOW else "medium"))
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s %-64s %5d %-7s %s%s" % (k, TARGETS[k][0], n, risk, ", ".join(r[3:] for r in rules) or "(none)",
                                          "" if share is None else "  TCO share %.1f %%" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    counts = {k: len(DESIGN[k]) for k in DESIGN}
    assert [k for k in counts if counts[k] == 0] == ["z01", "e03"] and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["z05"] <= 10 and all(2 <= counts[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; all 20 CR rules covered")


if __name__ == "__main__":
    main()
