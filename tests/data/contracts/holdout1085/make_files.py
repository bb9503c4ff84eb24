"""holdout1085: ten blind held-out draft contracts (ordinary drafts, no tricks) and their expected labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
It writes the five .txt/.md drafts from the sources below, builds the two .docx and two .pdf drafts with ../word_pdf.py
(PDF paragraphs broken at word boundaries), writes the ten .json labels, and asserts:
- every draft's length as read back (Chinese 2,750-3,000 characters without whitespace; English 1,450-1,650 words);
- no label value equal to a policy threshold, no TCO share within 2 points of the TCO threshold;
- no threshold figure anywhere in the read-back text (raw, whitespace-collapsed, whitespace-free), with a regex that is
  self-tested on must-hit and must-miss strings;
- every price and payment sum;
- the rules derived from each label (this folder's own reading of policy section 3) equal the design list, and all 20
  CR rules fire at least once over the ten drafts.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:农贸市场智慧监管平台软件采购合同
P:项目名称：农贸市场智慧监管平台建设项目（政府采购）
P:合同编号：SJG-ZC-2026-0417
P:采购人（甲方）：××市市场监督管理局
P:供应商（乙方）：江城数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供农贸市场智慧监管平台软件（永久使用许可，不限用户数），并完成摊位与经营户管理、快检数据接入、食用农产品追溯、电子秤计量监管、移动巡查执法等功能的定制开发，以及部署实施和培训。
P:1.2 平台覆盖全市六十八家农贸市场，对接甲方现有的市场主体登记系统、执法办案系统和省级追溯平台，具体功能以本合同附件《需求规格说明书》为准。
P:1.3 平台部署在甲方指定的政务云资源上，乙方不得将平台或任何数据部署到甲方未书面同意的环境中。
H:第二条 合同价款
P:2.1 合同总价为人民币1,532,000元（大写：壹佰伍拾叁万贰仟元整），含税，为固定总价。其中：平台软件许可费872,000元；定制开发费526,000元；部署实施费108,000元；培训费26,000元。
P:2.2 合同总价包括软件、开发、接口、部署、测试、培训、质保期内服务以及税费等乙方完成本项目所需的全部费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即306,400元。
P:3.2 平台上线试运行满六十日并通过初步验收后，甲方支付合同总价的55%，即842,600元。
P:3.3 通过最终验收后，甲方支付合同总价的25%，即383,000元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 乙方收款账户信息以本合同首页为准，如需变更应提前书面通知甲方并加盖公章，否则由此产生的风险由乙方承担。每期付款前乙方应开具合法有效的增值税发票。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后一百二十日内完成全部开发与部署，并在六十八家市场完成上线。
P:4.2 乙方应按周向甲方提交进度报告，关键节点延误的，应提前书面说明原因和补救措施。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格，未经甲方同意不得更换；驻场人员应遵守甲方的办公、安全和廉政管理规定。
P:4.4 乙方应为甲方及各区市场监管所的业务人员、市场开办方管理人员分批开展培训，培训不少于六场，并提供操作手册和视频教程。
P:4.5 甲方负责协调政务云资源、网络接入和相关系统的接口授权，指定专人对接需求确认与验收工作，并按本合同约定及时支付款项。甲方提供的需求资料应真实、完整。
P:4.6 乙方应于合同签订前以银行保函形式提交合同总价5%的履约保证金，有效期至最终验收后满三个月。乙方违约时，甲方可从履约保证金中扣除相应违约金和扣减款项，履约保证金不足的，乙方应补足。
H:第五条 验收
P:5.1 初步验收条件：全部功能按需求规格说明书实现；全部快检数据、电子秤数据和追溯数据均已接入，与源系统逐条比对无差错；在三百个并发用户下页面响应不超过3秒；无一级、二级遗留缺陷。
P:5.2 最终验收条件：试运行期满六十日且期间无一级故障；第三方测评机构出具的安全测评报告无高危问题；源代码、数据库设计、接口文档和操作手册交付齐全。
P:5.3 甲方组织专家按上述标准进行验收并出具书面验收报告。平台上线、试运行或甲方使用平台，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，并在省级追溯平台或相关接口标准调整后二十日内完成适配。
P:6.3 质保期满后如甲方需要继续维护，年度维护费为平台软件许可费的8.5%，即每年74,120元，该价格在质保期满后三年内不上调。维护合同按年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或数据无法上报）30分钟内响应、2小时内到场、6小时内恢复；二级故障2小时内响应、24小时内解决。
P:7.3 响应或恢复每超时一小时，甲方扣减维护费或履约保证金1,000元；月度可用率每低于约定值0.01个百分点，扣减2,000元。
H:第八条 知识产权
P:8.1 平台软件原有的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台中的经营户信息、检测数据、追溯数据、执法记录及其衍生数据均属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应落实等级保护第三级的安全要求，对运维账号实行最小授权，通过甲方堡垒机操作并全程留痕，不得将数据拷贝出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，由此造成的损失及行政责任由乙方承担。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、执法信息和未公开资料负有保密义务，未经甲方书面同意不得披露；保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合约定、经两次整改仍不能通过验收的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 乙方违反本合同第九条、第十条约定的，应赔偿甲方因此遭受的全部损失，并承担相应的法律责任。
P:11.4 甲方无正当理由逾期付款的，按逾期金额的万分之二向乙方支付违约金。
H:第十二条 分包与转包
P:乙方不得将本项目转包，也不得分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同。
P:13.2 乙方累计逾期超过四十五日，或发生第九条约定的数据安全事件且未能及时补救的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.3 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。履约中发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。招标文件、投标文件、中标通知书和附件为本合同的组成部分。
P:双方往来的通知、确认和验收文件应以书面形式送达本合同首页载明的地址或电子邮箱，一方变更联系方式的，应在变更后三日内通知对方。
P:附件：1.需求规格说明书；2.分项报价表；3.项目实施计划；4.验收方案；5.数据安全承诺书。
P:甲方（盖章）：            乙方（盖章）：
P:签订日期：2026年  月  日
"""
Z02 = """T:生产线控制系统改造合同
P:合同编号：HX-SB-2026-058
P:甲方（买方）：浙江禾欣办公设备制造有限公司（电动碎纸机生产厂）
P:乙方（卖方）：杭州恒控自动化工程有限公司
P:甲方拟对其三条电动碎纸机装配及检测生产线的电气控制系统进行改造，乙方具备相应的设计、供货和调试能力。双方经协商，就控制系统设备供货、软件许可及改造服务订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方一号、二号总装线及刀组检测线，包括更换可编程控制器及控制柜、伺服驱动系统、触摸屏人机界面，新建产线数据采集与监控（SCADA）系统，并开发工艺配方管理和刀组寿命检测模块。
P:1.2 乙方负责方案设计、设备供货、旧系统拆除、安装接线、程序编制、联调、试生产保障和培训，并与甲方现有的MES系统和仓储系统完成接口对接。
P:1.3 改造应在甲方安排的停线窗口内分线实施，每条线停线不超过十日，不得影响其余产线的正常生产。
H:第二条 合同价格
P:2.1 合同总价为人民币1,592,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含安全继电器）|3套|486,000
TB:2|伺服驱动及电机|42轴|352,800
TB:3|触摸屏人机界面|9台|81,000
TB:4|数据采集网关及工业交换机|6套|97,200
TB:5|SCADA软件许可（永久）|1套|188,000
TB:6|边缘服务器及存储|2台|79,000
TB:|设备及软件小计||1,284,000
TB:7|工艺配方管理及刀组检测模块开发|1项|122,000
TB:8|拆除、安装、调试及试生产保障|1项|168,000
TB:9|操作与维护培训|1项|18,000
TB:|合同总价||1,592,000
P:2.2 上述价格为固定价格，包含运输、保险、安装辅材、调试及技术服务费用。
H:第三条 付款
P:3.1 合同签订后十日内，甲方支付合同总价的10%，即159,200元。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%，即875,600元。到货和安装调试仅表示设备已具备试运行条件，不视为验收。
P:3.3 最终验收合格后十五日内，甲方支付合同总价的35%，即557,200元。
P:3.4 乙方在每次付款前开具合法的增值税专用发票。甲方付款前发现乙方存在应支付的违约金或扣款的，可从当期应付款项中直接扣除，并书面告知乙方扣除的依据和金额。
H:第四条 工期
P:4.1 乙方应在合同签订后七十五日内完成三条生产线的改造并具备试生产条件。
P:4.2 乙方应在开工前提交详细的施工组织方案、停线计划和旧系统程序备份方案，经甲方设备部和生产部共同确认后实施；每条线改造完成后，乙方应陪产三日，协助甲方恢复正常产能。
P:4.3 乙方现场人员应遵守甲方的安全生产、动火作业和电气作业管理制度，特种作业人员须持证上岗。因乙方原因发生的人身伤害或财产损失，由乙方承担责任。
P:4.4 甲方负责提供施工用电、设备临时存放场地和停线窗口，并指定生产、设备部门的联系人配合调试。
P:4.5 乙方应随设备提供备品备件清单，并免费提供一套易损件（包括继电器、接近开关和熔断器）；最终验收前交付电气图纸、程序备份、点表、操作规程和维护手册各两套。
P:4.6 乙方应对甲方的设备维修人员进行不少于五天的培训，使其能独立完成日常点检、程序备份、参数调整和常见故障处理。
H:第五条 验收
P:5.1 验收标准：各产线连续试生产二十个工作日，节拍不低于每分钟十八台；控制系统无因程序或设备原因导致的停线；刀组检测线误判率不高于0.5%；SCADA对产量、故障和能耗数据的采集与现场记录一致；与MES系统的工单和报工接口联调通过。
P:5.2 甲方按上述标准组织验收，并签署最终验收证书。设备通电运行、试生产或甲方实际使用，均不视为最终验收。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内设备及软件出现的质量问题，乙方免费修复或更换。
P:6.2 质保期内，乙方每半年到现场进行一次预防性检查，免费提供SCADA软件的补丁和小版本升级，并在甲方新增产品型号时配合完成配方参数调整。
P:6.3 一级故障（整条产线停线）：乙方接报后1小时内响应，远程无法解决的，6小时内到达现场，24小时内恢复生产；二级故障：8小时内响应，48小时内解决。
P:6.4 响应或到场每超时一小时，乙方向甲方支付500元；因乙方原因导致产线停线超过24小时的，每超过一日另支付3,000元。
H:第七条 质保期后的维保
P:7.1 质保期满后，甲方可选择由乙方提供年度维保服务，年度维保费为设备及软件小计的9.5%，即每年121,980元。该费用在质保期满后的三年内保持不变。
P:7.2 维保服务内容包括每季度一次预防性维护、备件优先供应、程序优化和7×24小时电话支持，具体以届时签订的维保协议为准。
H:第八条 知识产权
P:8.1 SCADA软件及设备内置软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编制的PLC程序、触摸屏画面、工艺配方模块和检测模块的源程序及文档，其知识产权归甲方所有，乙方应在最终验收前全部交付。甲方可自行修改和使用。
H:第九条 数据安全
P:9.1 产线运行数据、工艺参数、配方和质量记录属于甲方，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方审批，通过甲方提供的专用通道进行并保留操作日志，不得在产线网络中安装与项目无关的软件。
P:9.3 因乙方原因造成数据泄露、丢失或工控网络安全事件的，乙方应在2小时内通知甲方，协助处置并赔偿全部损失。
H:第十条 保密
P:双方对在合作中获悉的对方技术资料、工艺信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。乙方不得在宣传材料或案例介绍中使用甲方的产线照片、工艺参数和产能数据。本条在合同终止后三年内有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 因乙方施工或程序缺陷造成甲方设备损坏或批量产品报废的，乙方应负责修复并赔偿直接损失。
P:11.4 乙方提供的设备或软件不符合约定，经整改仍不能通过验收的，甲方有权退货并要求乙方赔偿损失。
H:第十二条 分包
P:乙方可将电气安装和布线施工分包给具备相应资质的单位，但应在进场前书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 合同解除后，乙方应在十日内撤离现场并移交已完成部分的程序、图纸和资料；甲方已接收并使用的设备，按合同单价结算，已结算部分不影响甲方要求赔偿损失的权利。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交湖州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 甲方要求增减改造内容的，双方以书面变更单确认工作量、价格和工期的调整，未经书面确认的变更不产生额外费用。
P:15.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""
Z03 = """星穹天文教育连锁门店预约及会员管理系统服务合同

合同编号：XQ-IT-2026-021
签订地点：成都市武侯区
甲方：成都星穹天文教育咨询有限公司
乙方：上海约课云网络科技有限公司

甲方在全国经营三十五家天文培训门店，开设观星课、望远镜操作课、天文摄影课和研学营。为统一课程预约、排课、会员储值和门店结算，甲方订购乙方的“约课云”预约及会员管理系统（软件即服务，以下简称“系统”），并委托乙方完成实施。双方协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十五家门店提供系统的在线使用服务，包括课程与排课、在线预约与候补、会员卡及储值、课消核销、教练课时统计、营销活动、门店经营报表和总部看板。
2. 账号数量不限，甲方可随门店增减调整开通门店数，费用按第三条约定结算。
3. 系统随乙方版本迭代持续更新，更新不得减少甲方已使用的功能。
（二）实施服务
1. 乙方负责系统初始化配置、三十五家门店的课程与价目配置、历史会员及储值余额迁移、与甲方微信小程序和财务系统的接口对接。
2. 乙方为总部和各门店店长、前台、教练开展线上及集中培训，集中培训不少于三场，并提供操作视频和常见问题手册。
3. 实施期为合同签订后六十日。
（三）运营支持
1. 服务期内，乙方指定一名客户成功经理和一名技术支持工程师对接甲方，提供工作日9:00至21:00的在线客服，以及寒暑假、流星雨等甲方营业高峰期间的值守支持。
2. 乙方每月向甲方提交服务报告，内容包括系统可用率、故障处理情况、工单统计和优化建议；每季度与甲方召开一次服务回顾会议。
3. 甲方新开门店的，乙方应在接到通知后五个工作日内完成开通、配置和店员培训，不另收实施费。

二、服务期限
（一）服务期为两个服务年度，第一服务年度自实施验收合格之日起计算，每个服务年度为三百六十五日。
（二）服务期届满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权按其届时的价格标准调整订阅费，每次上调幅度不超过上一服务年度费用的8%。

三、费用及支付
（一）订阅费：每家门店每个服务年度7,800元，三十五家门店每个服务年度合计273,000元，两个服务年度合计546,000元。
（二）实施费：一次性68,000元。
（三）合同总价为614,000元（含6%增值税）。
（四）实施费在实施验收合格后十五日内支付。
（五）每个服务年度的订阅费在该服务年度开始后三十日内支付。
（六）乙方收款前应开具增值税专用发票，甲方收到合格发票后方支付相应款项。
（七）服务年度中途新增门店的，按剩余天数折算收费；减少门店的，自下一服务年度起调整。

四、实施验收
（一）验收标准：
1. 三十五家门店全部上线，课程、价目、教练和教室配置与甲方确认的清单一致；
2. 历史会员信息和储值余额迁移后逐户核对无差异，抽查两百名会员的课时记录准确；
3. 小程序预约、候补、取消和课消核销的全流程测试通过，财务系统日结对账一致；
4. 在一千个并发预约请求下，页面响应时间不超过2秒。
（二）甲方在乙方提交验收申请后十个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十日内整改并重新提交验收，由此延误的时间计入实施期。系统开通或门店试用不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日零时至六时之间并提前通知甲方。
（二）一级故障（系统无法登录、预约或收款）：30分钟内响应，2小时内恢复；二级故障（部分功能异常）：2小时内响应，1个工作日内解决；一般问题：1个工作日内答复。
（三）月度可用率低于承诺值的，每低出0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障恢复超时的，每超时一小时抵扣当月订阅费的2%。抵扣合计不超过当月订阅费。
（四）因甲方网络故障、微信平台故障或不可抗力导致的不可用时间，不计入可用率考核，但乙方应积极协助甲方恢复门店业务，必要时提供离线登记和事后补录的方案。

六、数据
（一）甲方在系统中录入或产生的会员信息、课程数据、交易流水和经营数据属于甲方。
（二）乙方可在去除个人身份信息后，将甲方的预约、课消和会员消费数据用于乙方产品改进、行业分析报告和为其他客户提供的经营对标服务，该使用权在合同终止后继续有效。
（三）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付甲方的全部数据，随后删除系统中的甲方数据并出具删除证明。

七、数据安全
（一）乙方应采取加密传输与存储、访问控制、操作审计和每日备份等措施保障数据安全，系统应通过网络安全等级保护第三级测评，会员个人信息的处理应遵守《个人信息保护法》。
（二）乙方应对系统数据实行异地备份，数据恢复点目标不超过1小时，恢复时间目标不超过6小时，并每半年进行一次恢复演练，演练结果告知甲方。
（三）乙方员工访问甲方数据须经授权并留存日志，乙方应定期开展安全培训和漏洞扫描，发现高危漏洞的应在三日内修复。
（四）发生数据泄露、篡改或丢失的，乙方应在12小时内通知甲方，采取补救措施，并承担由此给甲方造成的损失。

八、保密
双方对履约中获知的对方经营信息、课程定价、技术资料和客户资料负有保密义务，仅可向履行本合同所必需的员工披露，未经对方书面同意不得向第三方披露，合同终止后三年内仍然有效。

九、知识产权
（一）系统及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的报表、接口程序和小程序页面的知识产权归甲方所有，甲方可自由使用、修改并委托他人维护。

十、违约责任
（一）乙方未按期完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）乙方违反第七条、第八条约定的，应赔偿甲方的全部损失。

十一、转委托
乙方不得将本合同项下的实施或运维工作转委托第三方，确需委托的，应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面催告后二十日内仍未改正的，守约方有权解除合同。
（二）合同解除的，乙方应退还甲方已付但尚未使用期间的订阅费，并按本合同第六条（三）交付数据。
（三）乙方连续两个月可用率低于承诺值，或一个服务年度内发生三次以上一级故障的，甲方可提前三十日书面通知解除合同，不承担违约责任。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。双方因本合同发生争议的，应协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、其他
（一）甲方应指定项目负责人，及时提供门店、课程、会员等初始化资料，并对资料的真实性负责。
（二）双方的通知以书面或电子邮件方式发送至本合同首页载明的联系人，电子邮件发出即视为送达。
（三）本合同一式二份，双方各执一份，自双方盖章之日起生效。附件《门店清单》《功能清单》《实施计划》与本合同具有同等效力。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""
Z04 = """建筑起重机械（塔吊）安全监测系统年度运维服务合同

项目编号：ZJJ-CS-2026-009（竞争性磋商）
采购人（甲方）：××市住房和城乡建设局
供应商（乙方）：安澜智能监测科技有限公司

本项目经竞争性磋商确定乙方为成交供应商。根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就市建筑起重机械安全监测系统的年度运维服务，经协商订立本合同。

第一条 服务对象与范围
1. 运维对象为甲方已建成的建筑起重机械安全监测系统，包括市级监管平台、数据接入服务、移动端应用，以及安装在全市在建工地约四百二十台塔吊上的力矩、幅度、高度、回转、风速传感器、吊钩可视化摄像头和司机人脸识别终端。
2. 服务内容：平台软件及数据库的日常运行维护、缺陷修复和小版本优化；监测终端的巡检、校准、故障维修和更换；新进场塔吊的设备安装与平台接入、拆除塔吊的设备回收及再利用登记；监测数据质量核查；报警信息的复核与推送；对工地管理人员和监督站人员的操作培训。
3. 塔吊监测终端的硬件更换以乙方自备的备件完成，单价五千元以下的配件包含在服务费内，超出部分经甲方书面确认后按响应文件的单价另行结算。

第二条 服务期限
服务期为一年，自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，按政府采购规定另行组织。

第三条 服务费用与支付
1. 服务费总额为人民币648,000元（含税），包括人工、备件、交通、工具、通信、软件更新等全部费用。
2. 服务费按季度支付，每季度162,000元。甲方在每季度服务考核完成、收到乙方发票后十五个工作日内支付上一季度的服务费，实际支付金额为季度服务费扣除当季考核扣款后的余额。
3. 本合同不设预付款。

第四条 服务水平
1. 监管平台月度可用率不低于99.95%，计划维护应在夜间进行并提前两个工作日报甲方同意。
2. 一级故障（平台中断、数据大面积中断或报警推送失效）：30分钟内响应，2小时内到达现场或远程处置，6小时内恢复；二级故障（单个工地或单台塔吊监测中断）：2小时内响应，24小时内修复；三级问题：3个工作日内处理。
3. 终端要求：单台在役塔吊监测终端月度累计离线时间不超过24小时，终端数据上报延迟不超过10秒。
4. 乙方每月对全部在役塔吊的监测终端完成一次现场巡检，每半年完成一次力矩和重量传感器的校准，并出具巡检和校准记录。
5. 应急保障：气象部门发布大风、台风或暴雨预警期间，以及重大活动和节假日期间，乙方应安排专人全天值守平台，对风速报警和超载报警逐条电话复核并通知工地和属地监督站，值守记录纳入月度报告。

第五条 考核与扣款
1. 甲方按季度对乙方进行服务考核，考核内容包括故障响应及时率、终端离线时长、巡检完成率、报警复核准确率和用户满意度。
2. 一级故障响应或恢复每超时一小时，扣款1,000元；二级故障修复每超时一日，扣款500元；平台月度可用率每低于约定值0.01个百分点，扣款1,500元；单台终端累计离线时间超过约定的，每台每月扣款200元；漏检一台塔吊，扣款300元。
3. 报警复核准确率按甲方抽查结果计算，抽查比例不低于当季报警记录的5%。
4. 季度考核得分低于八十分的，乙方应提交整改报告，并在下一季度内完成整改。

第六条 服务交付与验收
1. 乙方每月5日前提交上月运维报告，包括故障清单、巡检记录、终端离线统计、报警分析、备件消耗和下月工作计划。
2. 季度考核即为当季服务的验收，以考核得分和扣款结果为准。
3. 服务期满前，甲方组织年度验收，验收标准为：全年季度考核平均得分不低于八十五分；巡检、校准记录完整；平台和终端资产清单、配置文件、账号清单与现场一致；运维文档齐全并完成移交。年度验收合格后，甲方退还履约保证金。

第七条 服务启动
乙方应在服务期开始前完成人员进场和运维交接；未按期完成交接或未按期启动服务的，每逾期一日，乙方按服务费总额的千分之一向甲方支付违约金。

第八条 数据安全
1. 监管平台中的塔吊运行数据、报警记录、司机身份信息、视频图像及衍生数据均属甲方所有，乙方仅为履行运维职责使用，不得用于其他用途或提供给任何第三方。
2. 乙方应按网络安全等级保护第三级的要求开展运维，运维操作须通过甲方的堡垒机进行，实行一人一账号和最小授权，禁止将数据下载到个人终端。乙方每季度对平台开展一次漏洞扫描和弱口令检查，发现的高危漏洞应在五日内修复，修复情况报甲方备案。
3. 发生数据泄露、被篡改或系统被入侵等安全事件的，乙方应在2小时内报告甲方并配合处置，因乙方原因造成的损失和责任由乙方承担。

第九条 知识产权
乙方在运维过程中编写的脚本、配置文件、接口适配程序、报告和文档，其知识产权归甲方所有。平台原有软件的知识产权不因本合同而转移。

第十条 人员要求
1. 乙方应配备项目经理一名、平台运维工程师二名、现场维护人员不少于六名，现场人员须持有高处作业证书。
2. 乙方人员进入施工现场，应佩戴安全帽等防护用品，服从工地项目部的安全交底和作业安排，遵守工地安全管理规定，因乙方人员违规作业造成的安全事故由乙方负责。
3. 乙方更换项目经理或平台运维工程师的，应提前十个工作日书面报甲方同意，新人员的资格和经验不得低于响应文件承诺。
4. 乙方应建立运维值班制度和工单台账，所有故障从报修到关闭全程在平台工单模块中记录，甲方可随时查阅。
5. 乙方不得将本项目分包或转包给第三方。

第十一条 甲方义务与交接
1. 甲方提供平台运行所需的政务云资源、网络和堡垒机账号，协调各工地和监督站配合乙方开展巡检与安装，并及时组织考核。
2. 服务期满或本合同终止时，乙方应在十个工作日内向甲方或甲方指定的单位移交全部账号、密码、配置文件、备件清单、运维记录和未处理工单，并配合新服务单位完成不少于十五日的过渡，过渡期间乙方不得停止服务或删除任何资料。
3. 甲方对乙方服务有异议的，可随时书面通知乙方，乙方应在三个工作日内给予书面答复。

第十二条 违约责任
1. 乙方未达到服务水平的，按第五条扣款。
2. 乙方未按第八条履行义务的，应赔偿甲方全部损失。
3. 甲方逾期支付服务费的，应按未付金额每日万分之二支付违约金。

第十三条 合同的履行
本合同签订后，双方应全面履行。服务期内双方均不得单方解除合同。乙方存在违约行为的，甲方可按本合同第五条、第十二条扣款并要求乙方限期整改，乙方应继续履行本合同直至服务期满。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

第十五条 其他
1. 乙方应于合同签订前提交服务费总额5%的履约保证金。
2. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。磋商文件、响应文件和成交通知书是本合同的组成部分。
3. 双方的通知以书面形式或政务协同平台送达。
4. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

采购人（盖章）：                供应商（盖章）：
签订日期：
"""
Z05 = """# 匠心工单 修复流程追踪系统 软件许可及定制开发合同

**乙方标准合同文本 JX-HT-V3.0**

合同编号：JX2026-0613

甲方（用户）：苏州弦音古琴与提琴修复工作室有限公司

乙方（供应商）：苏州匠心工单软件有限公司

鉴于甲方从事古琴、小提琴、大提琴等乐器的修复与保养业务，需要对送修乐器从接收、检测、报价、修复、质检到交付的全过程进行追踪管理；乙方是“匠心工单”修复流程追踪系统的开发商。双方依据《中华人民共和国民法典》，就软件许可及定制开发事宜订立本合同。

## 第一条 定义

1.1 “许可软件”指乙方享有著作权的“匠心工单”修复流程追踪系统标准版，包括工单、工序、物料、影像档案和客户门户模块。

1.2 “定制开发”指乙方按甲方需求开发的乐器档案（含木材、年代、修复史）、修复工序模板、材料配比记录和微信客户进度查询功能。

1.3 “上线”指许可软件及定制功能在甲方服务器安装完成并开放给甲方人员使用。

1.4 “工作日”指中国法定工作日；“并发用户”指同一时刻登录系统的账号数量。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 许可软件（永久许可，20个并发用户） | 236,000 |
| 2 | 定制开发 | 60,000 |
| 3 | 安装部署、数据导入及培训 | 20,000 |
| | 合计 | 316,000 |

2.1 合同总价为人民币316,000元，含税。

2.2 甲方需增加并发用户的，按乙方届时的报价另行签订合同。

2.3 合同总价不包括服务器及网络设备、操作系统和数据库软件、短信和微信通道费用，以及乙方人员赴外地的差旅费用，上述费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即158,000元。乙方收到该笔款项后开始工作。

3.2 系统上线后五个工作日内，甲方支付剩余的50%，即158,000元。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取违约金。

## 第四条 交付

4.1 乙方在收到首笔款项后四十五个工作日内完成安装部署和定制开发，并以电子邮件方式通知甲方上线时间。定制开发的需求以双方签字确认的需求清单为准，清单以外的需求另行计费。

4.2 甲方应提供符合乙方要求的服务器、操作系统、数据库和网络环境，并配合完成历史工单数据的整理。因甲方环境或资料原因造成的延误，交付期限相应顺延。

4.3 乙方为甲方提供两天现场培训，培训对象不超过八人，内容包括工单录入、工序派工、质检、影像上传和客户门户设置。超出部分按每人天1,800元收费。

4.4 乙方负责将甲方不超过三千条的历史工单按乙方提供的模板格式导入系统，甲方负责数据的准确性和完整性。

## 第五条 验收

5.1 系统上线即视为甲方验收合格。

5.2 乙方在上线时向甲方提交安装部署记录和用户手册，甲方应在上线当日签收。

5.3 甲方在上线后对功能提出的修改意见，乙方视情况在后续版本中统筹考虑。

## 第六条 免费维护

6.1 免费维护期为六个月，自上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持和缺陷修复。一级故障（系统无法登录或工单无法保存）乙方在8小时内响应，二级故障在2个工作日内响应，其他问题在5个工作日内答复。

6.3 乙方尽力在合理时间内排除故障，但对故障持续时间、业务中断或数据恢复不作承诺，也不承担任何扣款、赔偿或违约金。

6.4 因甲方自行修改配置、使用盗版操作系统或遭受病毒攻击导致的故障，不属于免费维护范围，乙方可按人天收费处理。

## 第七条 有偿维保

7.1 免费维护期满后，甲方应向乙方订购年度维保服务，年度维保费为许可软件价格的26%，即每年61,360元，按年度预付。

7.2 维保服务包括远程支持、缺陷修复和标准版本升级，现场服务按每人天1,800元另计。

7.3 甲方未订购维保服务或维保中断的，乙方不再提供缺陷修复和版本升级；甲方日后恢复维保的，应补缴中断期间的维保费。

7.4 维保期满前三十日内甲方未提出书面异议的，维保服务自动延续一年，维保费标准不变。

## 第八条 知识产权

8.1 许可软件的著作权及一切知识产权归乙方所有。

8.2 定制开发成果（包括源代码、工序模板、数据库结构和相关文档）的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用，乙方有权将定制开发成果用于其他客户。

8.3 乙方不向甲方提供源代码。

8.4 许可软件仅限甲方在其经营场所内的一套生产环境中使用，甲方不得转让、出租或向关联公司分许可。

## 第九条 数据

9.1 甲方在系统中录入的客户信息、乐器档案、影像资料和修复记录属于甲方，乙方不得将其用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意并使用甲方提供的临时账号，维护结束后由甲方关闭账号；乙方不得复制、下载或留存甲方数据。

9.3 甲方负责系统数据的日常备份和服务器安全防护，乙方应在上线时为甲方配置每日自动备份任务，并对甲方管理员进行备份与恢复操作的培训。乙方应对其人员进行数据安全教育，并对参与本项目的人员进行账号权限登记。

9.4 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并承担由此造成的损失。

## 第十条 保密

双方对因本合同获知的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。甲方不得向任何第三方提供乙方的软件安装包、技术文档和报价信息。保密期限至合同终止后二年。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限交付的，每逾期一日按合同总价的万分之八支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部责任（包括违约金和赔偿金）累计不超过合同总价的20%，乙方不承担间接损失、利润损失或商誉损失。

11.3 甲方违反第八条约定擅自修改、复制或向第三方提供软件的，应按许可软件价格的两倍向乙方支付违约金，并立即停止侵权行为。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方可以解除本合同。

12.2 合同解除时，甲方已支付的许可费用不予退还，但乙方根本违约的除外。

12.3 甲方逾期付款超过三十日的，乙方有权解除合同并收回许可。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方并在合理期限内提供证明。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交苏州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

15.2 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

15.3 双方的通知以电子邮件或快递方式发送至本合同载明的联系地址，发出后第三日视为送达。甲方的报修应通过乙方客服热线或工单系统提交，以乙方系统记录的时间为准。

甲方（签章）：                    乙方（签章）：
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HSL-CN-2026-044
P:This Agreement is made between Ningbo Haishun Ship Repair Engineering Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo ("Buyer"), and Harbourline Systems Limited, a company incorporated in Ireland with its registered office at Pier Road, Kinsale, County Cork, Ireland ("Vendor").
P:Background: Vendor develops MaintainIQ, a software product for planning and recording the maintenance and repair of vessels, docks and yard equipment. Buyer wishes to license MaintainIQ on a perpetual basis for its ship-repair yard and to have Vendor configure, integrate and introduce it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means MaintainIQ Enterprise version 7, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, work-order templates, interface programs to Buyer's ERP and document management systems, migration scripts, reports and related documentation produced by Vendor specifically for Buyer.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software in Buyer's environment, including vessel records, repair histories, drawings, personnel records and cost data.
P:1.4 "Final Acceptance" means Buyer's signature of the final acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 Vendor grants Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 350 named users at Buyer's sites in Ningbo and Zhoushan and in a separate test environment.
P:2.2 Vendor shall configure the Software, build the interfaces described in Annex 1, migrate Buyer's legacy maintenance data, and train Buyer's administrators and key users.
P:2.3 The Software will be installed on servers provided by Buyer in Buyer's own data centre. Vendor will not host the Software or any Buyer Data.
P:2.4 Vendor shall appoint a project manager with experience of at least two comparable implementations, who shall remain assigned until Final Acceptance unless Buyer agrees to a replacement. Vendor shall submit a detailed project plan within 15 days after signature and a written progress report every two weeks.
P:2.5 Buyer shall provide the servers, operating systems, database licences and network access described in Annex 1, make its key users available for workshops and testing, and give Vendor's consultants access to its yard offices during normal working hours, subject to Buyer's safety and site rules.
P:2.6 Training shall consist of a five-day course for up to ten administrators and eight one-day sessions for key users, held in Ningbo. Vendor shall supply training materials in Chinese.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,808,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,260,000; configuration and integration CNY 384,000; data migration CNY 118,000; training CNY 46,000.
P:3.2 The Contract Price is fixed. It covers all travel, accommodation and expenses of Vendor's personnel for the work described in this Agreement.
H:Article 4 Payment
P:4.1 Buyer shall pay 20% of the Contract Price (CNY 361,600) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 Buyer shall pay 45% of the Contract Price (CNY 813,600) within 30 days after the Software has been installed and the installation certificate has been signed. Signature of the installation certificate confirms delivery only and is not acceptance.
P:4.3 Buyer shall pay the remaining 35% of the Contract Price (CNY 632,800) within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to Vendor's account stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall install the Software within 45 days and achieve readiness for Final Acceptance testing within 150 days after signature.
P:5.2 Final Acceptance testing follows the test plan in Annex 2. The Software passes when: (a) every function in the requirements specification has been demonstrated; (b) all migrated records reconcile with the legacy system by count and by checksum; (c) the ERP and document management interfaces run for 20 consecutive working days without data loss; (d) screens respond within 3 seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 Buyer shall sign the final acceptance certificate within 10 working days after the criteria are met or give written reasons for refusal. Go-live, productive use or any payment shall not be treated as acceptance.
P:5.4 If the Software fails any criterion, Vendor shall correct the defects at its own cost and repeat the relevant tests within 15 days. If the criteria are still not met after the second round of testing, Buyer may reject the Software and terminate this Agreement under Article 13.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will conform to the specification for 18 months from Final Acceptance. During this period Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 Severity 1 incidents (the system is down or work orders cannot be issued): response within 1 hour, workaround within 8 hours, 24 hours a day. Severity 2 incidents: response within 2 working hours, correction within 3 working days.
P:6.3 For each hour by which Vendor exceeds a response or workaround time, Vendor shall credit CNY 1,500 against the next payment or the support fee.
P:6.4 After the warranty period, Buyer may order annual support at 11% of the Software licence fee, that is CNY 138,600 per year. This fee is fixed for the first three years of annual support. Each support year is ordered separately by Buyer; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and Vendor's pre-existing tools remain the property of Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including source code, pass to Buyer on creation. Vendor shall deliver the source code and build instructions before Final Acceptance. Buyer may use, modify and license the Custom Deliverables without restriction.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to Buyer. Vendor shall use Buyer Data only to perform this Agreement and shall not copy it to any system outside Buyer's environment.
P:8.2 Vendor's personnel shall access Buyer's systems only through the remote access channel approved by Buyer for each session, with multi-factor authentication and logging. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when handling Buyer Data.
P:8.3 Vendor shall notify Buyer within 12 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data caused by Vendor, shall assist Buyer in containing it, and shall be liable for the resulting losses.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including Buyer's drawings, customer lists and pricing, and use it only for this Agreement.
P:9.2 This obligation continues for five years after the Agreement ends.
H:Article 10 Delay
P:10.1 If Vendor fails to achieve readiness for Final Acceptance testing by the date in Article 5.1 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:10.2 Payment of liquidated damages does not release Vendor from its obligation to complete the work.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of Article 8 or Article 9.
H:Article 12 Subcontracting
P:Vendor shall not subcontract any part of the services without Buyer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 Buyer may also terminate by written notice if the liquidated damages under Article 10 reach their maximum.
P:13.3 On termination by Buyer under this Article, Vendor shall refund the amounts paid for work not accepted and deliver all Custom Deliverables completed so far.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Ireland.
P:14.2 The courts of Ireland have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 Force Majeure
P:Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate this Agreement by written notice.
H:Article 16 General
P:16.1 This Agreement is written in English and Chinese; both versions have equal force.
P:16.2 Annex 1 (Interfaces and Requirements) and Annex 2 (Acceptance Test Plan) form part of this Agreement.
P:16.3 Amendments must be in writing and signed by both parties.
P:16.4 Notices shall be given in writing to the addresses stated above, or to any other address a party notifies, and take effect on receipt. Notices by e-mail take effect when sent, unless the sender receives a delivery failure message.
P:16.5 Neither party may assign this Agreement without the other party's prior written consent.
P:For Buyer: ____________________    For Vendor: ____________________
"""
E02 = """# ROSTERWISE ORDER FORM AND GENERAL TERMS

Order Form No. RW-OF-2026-1187

## PART A - ORDER FORM

### A1. Parties

**Provider:** Rosterwise Limited, a company registered in Ireland, Unit 4, Emmet Street Business Park, Birr, County Offaly, Ireland.

**Customer:** Chengdu Jinli Fresh Supermarkets Co., Ltd., a company registered in the People's Republic of China, with its registered office in Jinjiang District, Chengdu.

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service

Rosterwise Workforce Cloud, a hosted service for staff scheduling, shift swapping, time and attendance, labour forecasting and payroll export, for Customer's 64 supermarkets and two distribution centres in Sichuan, for up to 5,200 employee profiles and 260 manager users. The Service includes the Rosterwise mobile application for employees and a connector to Customer's payroll system.

### A3. Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A5. The Subscription Term ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees

| Item | Basis | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
| --- | --- | --- | --- | --- |
| Workforce Cloud subscription | 64 stores, 2 distribution centres | 286,000 | 286,000 | 572,000 |
| Payroll connector subscription | per Subscription Year | 36,000 | 36,000 | 72,000 |
| Onboarding services | one-time | 42,000 | - | 42,000 |
| Total fees | | 364,000 | 322,000 | 686,000 |

All fees are in CNY and include VAT. Subscription fees are invoiced quarterly in arrears during each Subscription Year. The onboarding fee is invoiced after Onboarding Acceptance. Invoices are payable within 30 days after receipt. No fee is payable before Onboarding Acceptance.

### A5. Onboarding and Acceptance

Provider shall complete onboarding within 70 days after signature of this Order Form. Onboarding consists of tenant set-up, import of store, department and employee master data, configuration of Customer's shift rules, labour rules and approval flows, set-up of the payroll connector, and training of 40 key users.

Onboarding Acceptance occurs when Customer signs an acceptance note confirming that: (a) all employee master records have been imported and reconciled with Customer's HR list; (b) schedules for four pilot stores have been produced for two consecutive weeks in line with Customer's labour rules; (c) the payroll export for one full pay period matches the results of Customer's existing system; and (d) the mobile application has been tested on Customer's standard Android and iOS devices. Customer shall sign the note, or list the criteria not met, within 10 working days after Provider's notice of completion. Use of the Service in the pilot stores is not Onboarding Acceptance.

If onboarding is late for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a maximum of CNY 42,000.

### A6. Contacts and Signatures

Customer contact: Ms. Luo Yan, HR Systems Manager. Provider contact: Mr. Cathal Dooley, Account Director.

Signed for Provider: ____________________  Signed for Customer: ____________________

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall provide the Service to Customer during the Subscription Term in accordance with the Agreement and the documentation.

1.2 Provider will use commercially reasonable efforts to make the Service available, except for scheduled maintenance and events beyond its reasonable control. Provider will try to carry out scheduled maintenance outside Customer's store opening hours.

1.3 Support is provided through Provider's online portal and by e-mail during Irish business hours. Provider will use commercially reasonable efforts to respond to and resolve support requests promptly, taking account of their impact on Customer's operations.

1.4 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 2. Customer Responsibilities

2.1 Customer is responsible for the accuracy of the data it enters, for the conduct of its users and for keeping its login credentials secure.

2.2 Customer shall not use the Service to store data unrelated to workforce management, or attempt to access parts of the Service that are not made available to it.

2.3 Customer shall appoint a project lead for onboarding, provide the master data and rules needed for configuration in the format requested by Provider, and make its key users available for workshops and training sessions.

2.4 If Customer's number of stores or employee profiles grows beyond the quantities in A2, the parties shall agree the additional fees in a written amendment before the additional stores or profiles are added.

### 3. Invoices and Taxes

3.1 Provider shall issue valid VAT invoices (fapiao) through its authorised reseller in China for all fees. Customer is not obliged to pay any amount before it has received a valid invoice.

3.2 If Customer disputes an invoice in good faith, it shall notify Provider within 15 days and pay the undisputed part. The parties shall try to resolve the dispute within 30 days.

3.3 Fees are fixed for the Subscription Term and may not be increased during it.

### 4. Customer Data

4.1 All data that Customer or its users enter into the Service, and all schedules, timesheets and reports generated from it ("Customer Data"), belong to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose.

4.2 Provider shall store Customer Data in a data centre located in mainland China, operated by a provider holding MLPS level 3 certification, and shall not transfer Customer Data outside mainland China.

4.3 Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, logging of administrative access and daily backups, and shall comply with the Personal Information Protection Law of the People's Republic of China.

4.4 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and shall be liable for losses suffered by Customer as a result of an incident caused by Provider's breach of this Section 4.

4.5 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

### 5. Intellectual Property

5.1 Provider owns the Service and all related software and documentation.

5.2 Configurations, report templates and payroll mapping tables prepared specifically for Customer belong to Customer. Customer may use, modify and give them to any third party without restriction.

### 6. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement, and not disclose it to third parties except to its professional advisers under a duty of confidence. This obligation lasts for three years after the end of the Agreement.

### 7. Subcontractors

7.1 Provider may engage subcontractors and subprocessors, including hosting providers and support partners, to perform any part of the Service.

7.2 Provider shall inform Customer by e-mail of any new subcontractor or subprocessor at least 15 days before it begins work. Provider remains responsible for their performance.

### 8. Liability

8.1 Each party's aggregate liability under the Agreement is limited to 200% of the total fees stated in A4.

8.2 Neither party is liable for indirect or consequential losses, except in case of wilful misconduct or a breach of Section 4 or Section 6.

### 9. Term and Termination

9.1 The Agreement continues until the end of the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

9.3 If Customer terminates under 9.2, Provider shall refund any fees paid for the period after termination.

### 10. Force Majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public telecommunications networks and government action, provided that it informs the other party without delay and uses reasonable efforts to resume performance. Fees for any period in which the Service cannot be used because of such an event shall be reduced proportionately.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from the Agreement shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign the Agreement without the other party's prior written consent.

12.2 Notices shall be in writing and sent to the contacts stated in A6.

12.3 The Agreement is the entire agreement between the parties for the Service and replaces any earlier proposals.

12.4 The Agreement is made in English. At Customer's request Provider shall supply a Chinese translation for information; the English text prevails. Any amendment must be in writing and signed by both parties.
"""
E03 = """T:SUPPLY AND LICENCE CONTRACT FOR COLD-STORE MONITORING SYSTEM
P:Contract No. CJCC-PUR-2026-0932
P:Buyer: Wuhan Changjiang Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China.
P:Supplier: Monaincha Instruments Limited, Limerick Road, Roscrea, County Tipperary, Ireland.
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer operates 11 cold stores and 3 cross-docking centres and wishes to replace its manual temperature logs with a wireless monitoring system that records temperature and humidity in real time and raises alarms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, including the alarm engine, dashboards, mobile application and report generator, licensed under Clause 8.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all measurements, alarms, audit trails, reports and other data generated by the System or supplied by the Buyer.
P:1.5 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the System at the 14 sites listed in Appendix A, integrate the Software with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:2.2 The Software shall run on servers in the Buyer's data centre. The Supplier shall supply the installation media and documentation in Chinese and English.
P:2.3 All sensors shall be calibrated before delivery by a laboratory accredited under ISO/IEC 17025, and the calibration certificates shall be delivered with the Equipment. Sensors shall have a battery life of at least five years at the Buyer's standard reporting interval of five minutes.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,834,000, including VAT, customs duties, delivery to site and insurance, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|1,840|420|772,800
TB:2|LoRa gateway with 4G backup|96|3,850|369,600
TB:3|ColdWatch software, perpetual licence, unlimited sensors at 14 sites|1|428,000|428,000
TB:|Equipment and licence subtotal|||1,570,400
TB:4|Installation and commissioning|1|156,000|156,000
TB:5|WMS integration|1|88,000|88,000
TB:6|Training|1|19,600|19,600
TB:|Contract Price|||1,834,000
P:3.2 The Contract Price is fixed and covers everything needed to complete the System in accordance with this Contract.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 183,400) as an advance within 20 days after signature of this Contract, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,008,700) within 30 days after all Equipment has been delivered and installed and the installation certificate has been signed. The installation certificate confirms delivery and installation only; it is not acceptance.
P:4.3 The Buyer shall pay the balance of 35% (CNY 641,900) within 30 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 50 days and complete installation and commissioning at all sites within 100 days after signature of this Contract.
P:5.2 The Supplier shall carry out the installation in accordance with the Buyer's site safety rules, including the rules for working in freezer rooms, and shall agree the installation schedule with each site manager so that warehouse operations are not interrupted.
P:5.3 The Buyer shall provide power supply points, mounting positions, network access for the gateways and escorted access to its cold rooms, and shall nominate a coordinator at each site.
P:5.4 Together with the Equipment the Supplier shall deliver a stock of spare sensors and spare batteries equal to 2% of the installed quantity, free of charge, and shall keep spare parts available for at least eight years after Final Acceptance.
P:5.5 Training shall cover system administration for six IT staff and daily operation for the duty staff of every site. The Supplier shall provide training materials and operating manuals in Chinese.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 45 consecutive days.
P:6.2 The System passes Final Acceptance when, during the trial period: (a) scheduled sensor readings are received by the Software from every site with no gap longer than 15 minutes; (b) the deviation of each sampled sensor from a calibrated reference probe is within ±0.3 °C; (c) alarms are delivered by SMS and mobile application within 60 seconds of a threshold breach in every test; (d) temperature data and alarms are transferred correctly to the WMS; and (e) the audit trail and reports meet the requirements of the Good Supply Practice for cold-chain storage.
P:6.3 The Buyer shall sign the final acceptance certificate within 10 working days after the criteria are met. Installation, use of the System or any payment does not amount to acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period it shall repair or replace defective Equipment, including batteries, free of charge and provide software updates and support.
P:7.2 Critical faults (a whole site without monitoring, or alarms not delivered): the Supplier shall respond within 30 minutes, 24 hours a day, and restore monitoring within 8 hours. Other faults: response within 2 hours and correction within 2 working days.
P:7.3 For each hour by which the Supplier exceeds a response or restoration time, it shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period the Buyer may order annual support at 7.5% of the Equipment and licence subtotal, that is CNY 117,780 per year. This fee is fixed for the three years following the warranty period. Support is ordered year by year and does not renew automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's sites and at any new site of the Buyer.
P:8.2 The WMS interface, report templates and alarm rules developed for the Buyer, together with their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, analyse or keep it for any other purpose.
P:9.2 The Supplier may access the System remotely only through the Buyer's VPN with a personal account approved for each session. All access shall be logged. The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 6 hours, help the Buyer to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this Clause 9.
P:9.4 Any storage medium that leaves the Buyer's sites for repair, including a replaced gateway or server disk, shall first be wiped in the presence of the Buyer's staff or kept by the Buyer.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's customer names, storage volumes and site layouts, and shall not disclose it without prior written consent.
P:10.2 This obligation survives for five years after the end of this Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete installation and commissioning by the date in Clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Clauses 9 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for the work of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the liquidated damages under Clause 11.1 reach their maximum.
P:13.2 On termination under Clause 13.1 the Supplier shall refund all amounts paid for Equipment or services not accepted and shall remove any rejected Equipment at its own cost.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules.
H:15. Force Majeure
P:A party affected by force majeure, such as natural disaster, epidemic or government action, shall inform the other party promptly and is excused for the period of the event. If the event lasts for more than 60 days, either party may terminate this Contract by written notice, and the parties shall settle the amounts due for work accepted.
H:16. General
P:16.1 This Contract is made in Chinese and English; both versions are equally authentic.
P:16.2 Appendix A (Site List) and Appendix B (Technical Specification) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. SMIT-2026-HF-07

**Customer:** Hefei Qingyuan Home Appliances Co., Ltd., Economic and Technological Development Zone, Hefei, Anhui Province, People's Republic of China.

**Provider:** Suirside Managed IT Limited, Gashouse Lane, Clonmel, County Tipperary, Ireland, acting with its delivery centre in Dalian.

The Customer manufactures small kitchen appliances at three plants and runs a sales office in Hefei. It wishes to outsource its IT service desk, end-user device management and the monitoring and administration of its servers and network to the Provider. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that transition has been completed in accordance with Section 3.

1.3 "Initial Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or can access in performing the Services.

## Section 2. Services

2.1 The Provider shall perform the Services from the Service Commencement Date for the Initial Term and any renewal term, in accordance with Schedule 1 and the service levels in Schedule 3.

2.2 The Provider shall assign a named service delivery manager who shall meet the Customer's IT manager monthly to review performance, incidents, changes and planned work, and shall deliver a monthly service report by the fifth working day of each month.

2.3 The Provider shall keep on-site engineers at each of the three plants during the hours set out in Schedule 1 and shall provide remote support from Dalian at all other times.

2.4 The Customer shall provide the Provider's staff with workspace, access to its systems and the information reasonably required for the Services.

## Section 3. Transition

3.1 The Provider shall complete the transition within 60 days after signature of this Agreement. Transition includes knowledge transfer from the Customer's current IT team, documentation of the asset inventory and network, set-up of the service desk tools and monitoring platform, and a parallel run of 10 working days.

3.2 Transition is complete when: (a) the asset inventory has been reconciled with a physical count at each plant; (b) all servers and network devices in scope are reporting to the monitoring platform; (c) the service desk has handled tickets for 10 working days with the response times in Schedule 3; and (d) the operations manual has been approved by the Customer. The Customer shall confirm completion in writing within 5 working days after these criteria are met.

3.3 If transition is not completed within the period in 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The total contract value for the Initial Term is CNY 2,340,000.

4.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt of a valid VAT invoice. No advance payment is due.

4.3 Service credits under Schedule 3 are deducted from the next invoice.

## Section 5. Term and Renewal

5.1 This Agreement starts on signature and continues until the end of the Initial Term.

5.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the then current term.

5.3 For each renewal term, the Provider may increase the monthly service charge by up to 6% by giving written notice at least 60 days before the renewal term begins.

## Section 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of this Agreement the Provider shall return all Customer Data in its possession to the Customer.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including product designs, prices, customer lists and the details of the Customer's IT environment, and shall not disclose it to any third party without prior written consent.

7.2 The Provider shall ensure that its staff and any approved subcontractors are bound by equivalent obligations. This Section survives for five years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 The Provider's tools, monitoring platform and general methods remain the Provider's property.

8.2 Scripts, runbooks, configurations, documentation and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and hand them to any successor provider without restriction.

## Section 9. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value stated in 4.1.

10.2 The limit does not apply to personal injury, fraud or wilful misconduct, or to a breach of Section 7.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if the Provider misses the same Priority 1 service level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 2, hand over all documentation and credentials, and cooperate with any successor provider.

## Section 12. Changes and Staff

12.1 Either party may request a change to the scope of the Services. The Provider shall reply within 10 working days with the effect on charges, service levels and timing. No change is binding until both parties sign a written change note.

12.2 The Provider shall use suitably qualified staff, shall replace any engineer whom the Customer reasonably considers unsuitable, and shall not replace the service delivery manager without the Customer's prior consent, which shall not be unreasonably withheld. The Provider's staff shall follow the Customer's plant safety and site rules.

## Section 13. Force Majeure

Neither party is responsible for a failure caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, if it informs the other party promptly and uses reasonable efforts to continue performance. Service levels affected by such an event are suspended for its duration.

## Section 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## Section 15. General

15.1 Notices shall be given in writing to the addresses stated above and take effect on receipt.

15.2 This Agreement, including its Schedules, is the entire agreement of the parties about the Services. It is signed in English and Chinese; both versions are equally valid.

Signed for the Customer: ____________________    Signed for the Provider: ____________________

## Schedule 1 - Service Description

| Service | Scope | Hours |
| --- | --- | --- |
| Service desk | Chinese and English telephone, e-mail and portal support for 1,450 users | 7:00 to 22:00, seven days a week; remote on-call at other times |
| End-user devices | Imaging, deployment, patching and repair of 1,380 PCs and laptops and 210 tablets | On site 8:00 to 18:00 on working days |
| Server administration | Monitoring, backup checks, patching and capacity reports for 64 virtual and 12 physical servers | Monitoring 24 x 7 |
| Network administration | Monitoring and configuration of 186 switches, 9 firewalls and 420 wireless access points | Monitoring 24 x 7 |
| Asset management | Inventory, licence tracking and disposal records | Working days |

## Schedule 2 - Charges

| Charge | Amount (CNY) | Quantity | Total (CNY) |
| --- | --- | --- | --- |
| Transition fee | 126,000 | one-time | 126,000 |
| Monthly service charge | 61,500 | 36 months | 2,214,000 |
| Total contract value | | | 2,340,000 |
| Exit assistance and additional work | 2,600 per engineer day | as ordered | - |

## Schedule 3 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed |
| --- | --- | --- | --- | --- |
| Priority 1 | A plant or the sales office cannot operate, or a core system is down | 15 minutes | 6 hours | 3% of the monthly service charge per incident |
| Priority 2 | A department or a critical user is affected | 1 hour | 1 working day | 1% of the monthly service charge per incident |
| Priority 3 | A single user is affected, with a workaround | 8 working hours | 3 working days | none |

Total credits in any month shall not exceed 20% of that month's service charge. Response and resolution times are measured in the Provider's service desk tool, which the Customer may inspect at any time.
"""
E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. CDS-SUB-2026-0215

BETWEEN

Comeragh Data Services Limited, a company incorporated in Ireland, with its registered office at Main Street, Carrick-on-Suir, County Tipperary, Ireland ("Provider");

AND

Qingdao Haiwan Grain and Oilseeds Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shinan District, Qingdao ("Customer").

BACKGROUND

Provider compiles and distributes market data on grains, oilseeds and vegetable oils, including daily physical prices at major ports, freight rates, crop condition estimates and export inspection figures. Customer imports soybeans and rapeseed and wishes to receive this data through Provider's application programming interface (API) for use in its purchasing, risk and planning systems.

1. DEFINITIONS

1.1 "Data" means the market data sets listed in Annex 1, as updated by Provider from time to time.

1.2 "API" means Provider's REST interface through which the Data is delivered, together with its documentation.

1.3 "Subscription Year" means each period of 365 days starting on the Service Start Date or on an anniversary of it. The Subscription Term consists of two Subscription Years.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Customer Data" means all data that Customer submits to the API or uploads to Provider's portal, including query parameters, watch lists and position files, and all results generated from such data for Customer.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the Data through the API and to use it for Customer's internal business purposes, including in reports shared with Customer's board, banks and auditors.

2.2 Customer may store the Data in its own systems and keep Data received during the Subscription Term after it ends, for internal reference and audit, but may not resell the Data or make it available to third parties as a data product.

2.3 The licence covers up to 80 named users and up to two million API calls per Subscription Year. Provider shall tell Customer when usage reaches three quarters of the annual call allowance. Additional calls are charged at the rate in Annex 2.

2.4 Customer shall keep its API keys secure, shall not share user accounts, and shall inform Provider without delay if it suspects that a key has been compromised, so that Provider can issue a replacement.

2.5 Provider may change the format of the API with at least 90 days' written notice, provided that it maintains the previous version during that period and that the change does not reduce the content of the Data.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee for the first Subscription Year: CNY 348,000;
(b) Subscription fee for the second Subscription Year: CNY 348,000;
(c) One-time set-up and integration support fee: CNY 24,000.
The total fees for the Subscription Term are CNY 720,000, including VAT.

3.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 87,000, each in arrears at the end of the quarter. The set-up fee is invoiced after Integration Acceptance. Invoices are payable within 30 days after Customer receives a valid VAT invoice issued by Provider's authorised distributor in China.

3.3 The fees are fixed for the Subscription Term.

4. SET-UP AND INTEGRATION ACCEPTANCE

4.1 Provider shall provide API credentials, a test environment, sample files and two days of remote integration workshops for Customer's developers. Provider shall map the Data to the product codes and port names in Customer's purchasing system as described in Annex 3.

4.2 Integration Acceptance occurs when Customer confirms in writing that: (a) all data sets in Annex 1 are delivered through the API for 15 consecutive working days; (b) the daily prices received match Provider's published reference files for every day of that period; (c) the product and port mapping is complete and correct; and (d) the average API response time measured by Customer is below 800 milliseconds. Customer shall confirm or state the failed criteria within 5 working days after Provider's notice. Access to the test environment does not amount to acceptance.

4.3 Provider will use reasonable efforts to make the credentials and test environment available within 10 working days after signature.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out outside 08:00 to 20:00 China Standard Time.

5.2 Daily price data shall be published by 18:00 China Standard Time on each trading day at the relevant exchange.

5.3 Support requests are classified by severity. Severity 1 (the API is unavailable or the Data is not updated for a trading day): Provider shall respond within 8 business hours. Severity 2 (a data set is incomplete or late): response within 2 business days. Severity 3 (questions and minor errors): response within 5 business days. Business hours are 09:00 to 17:30 Irish time on Irish working days.

5.4 If availability in a month falls below the level in 5.1, Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each full 0.1 percentage point of shortfall, up to 50% of that monthly equivalent. Credits are deducted from the next invoice.

5.5 Provider shall correct any error in the Data reported by Customer or found by Provider, publish the correction through the API, and inform Customer by e-mail of every correction to a daily price already delivered.

5.6 Provider shall send Customer a monthly report showing availability, publication times, open support requests and corrections made during the month.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API to Customer and shall not use it for any other purpose, including analysis of market positions, benchmarking or product development.

6.2 Provider shall keep Customer Data encrypted in transit and at rest, restrict access to staff who need it, log all access, and hold a valid ISO/IEC 27001 certificate during the Subscription Term.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Data, take steps to contain it, and be liable for the losses caused by its breach of this clause 6.

6.4 Within 30 days after the end of the Subscription Term, Provider shall delete all Customer Data and confirm this in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information it receives from the other party in connection with this Agreement and shall use it only for this Agreement. Customer's watch lists, positions and purchasing plans are Customer's confidential information.

7.2 These obligations continue for five years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Provider and its sources own the Data and the API.

8.2 The product and port mapping tables and any adapter code prepared by Provider specifically for Customer belong to Customer, which may use and modify them freely.

8.3 Reports, models and analyses created by Customer using the Data belong to Customer.

9. SUBCONTRACTING

Provider shall not subcontract the delivery of the API or the processing of Customer Data without Customer's prior written consent. Provider's data sources are not subcontractors.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 3.1.

10.2 The limit does not apply to fraud, wilful misconduct, Customer's breach of clause 2.2 or Provider's breach of clause 6.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. Any extension requires a written agreement signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 Customer may also terminate this Agreement by written notice if monthly availability falls below the level in clause 5.1 in any three months of a Subscription Year.

11.4 On termination by Customer under this clause 11, Provider shall refund any fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.

13. FORCE MAJEURE

Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or the failure of an exchange or public source to publish its data, provided that it informs the other party promptly and resumes performance as soon as possible.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Annex 1 (Data Sets), Annex 2 (Additional Usage Rates) and Annex 3 (Mapping Requirements) form part of this Agreement.

14.3 Notices shall be given in writing to the addresses stated above, with a copy by e-mail, and take effect on receipt.

14.4 This Agreement is signed in two originals in English, one for each party.

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files
FILES = {
    "z01": ("h1085z01_market_regulation_farmers_market_platform", "pdf", "zh", Z01),
    "z02": ("h1085z02_shredder_plant_line_control_retrofit", "docx", "zh", Z02),
    "z03": ("h1085z03_astronomy_school_booking_membership_saas", "txt", "zh", Z03),
    "z04": ("h1085z04_housing_bureau_tower_crane_monitoring_om", "txt", "zh", Z04),
    "z05": ("h1085z05_instrument_restoration_tracking_supplier_template", "md", "zh", Z05),
    "e01": ("h1085e01_ship_repair_maintenance_licence_kinsale_vendor", "pdf", "en", E01),
    "e02": ("h1085e02_workforce_saas_order_form_birr_vendor", "md", "en", E02),
    "e03": ("h1085e03_cold_store_sensors_monitoring_roscrea_vendor", "docx", "en", E03),
    "e04": ("h1085e04_managed_it_services_clonmel_vendor", "md", "en", E04),
    "e05": ("h1085e05_grain_market_data_api_carrick_vendor", "txt", "en", E05),
}

# ---------------------------------------------------------------------------------------------------------------------
# Labels. Per key: category, then the 19 expected terms in API order, then extra facts.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
T = dict
LAB = {
    "z01": T(category="software", terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8.5,
                                         False, True, False, "PRC", G],
             sla=True, ld=True, capped=True, deemed=False, value=1532000),
    "z02": T(category="hardware", terms=[None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, 9.5,
                                         False, True, True, "PRC", G],
             sla=True, ld=True, capped=True, deemed=False, value=1592000),
    "z03": T(category="cloud", terms=[99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                                      True, True, False, "PRC", S],
             sla=True, ld=True, deemed=False, value=614000),
    "z04": T(category="services", terms=[99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None,
                                         None, False, False, False, "PRC", S],
             sla=True, ld=True, deemed=False, value=648000),
    "z05": T(category="software", terms=[None, 8, False, "supplier", True, True, True, 0.08, 20, 50, False, False, 6, 26,
                                         False, True, None, "PRC", G],
             sla=True, ld=True, capped=True, deemed=True, value=316000),
    "e01": T(category="software", terms=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                         False, True, False, "Ireland", G],
             sla=True, ld=True, capped=True, deemed=False, value=1808000),
    "e02": T(category="cloud", terms=[None, None, False, "buyer", True, True, True, 500 / 686000 * 100, 200, None, True,
                                      None, None, None, False, True, True, "PRC", S],
             sla=False, ld=True, deemed=False, value=686000),
    "e03": T(category="hardware", terms=[None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 7.5,
                                         False, True, False, "PRC", G],
             sla=True, ld=True, capped=True, deemed=False, value=1834000),
    "e04": T(category="services", terms=[None, 0.25, True, "buyer", False, True, True, 2000 / 2340000 * 100, 150, None,
                                         True, None, None, None, True, True, False, "PRC", S],
             sla=True, ld=True, deemed=False, value=2340000),
    "e05": T(category="cloud", terms=[99.95, 8, True, "buyer", True, True, True, None, 150, None, True, None, None, None,
                                      False, True, False, "PRC", S],
             sla=True, ld=False, deemed=False, value=720000),
}

# Design: the rules each draft is written to trigger, plus facts the label does not carry (TCO fee base, a forum
# outside mainland China).
DESIGN = {
    "z01": dict(rules=[], fee_base=872000),
    "z02": dict(rules=["CR-LD-LOW", "CR-SUBCONTRACT"], fee_base=1284000),
    "z03": dict(rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": dict(rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                       "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], fee_base=236000),
    "e01": dict(rules=["CR-GOVERNING-LAW"], fee_base=1260000, forum_outside=True),
    "e02": dict(rules=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "e03": dict(rules=[], fee_base=1570400),
    "e04": dict(rules=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
    "e05": dict(rules=["CR-LD-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40, horizon=5)


def label(key):
    name, ext, lang, _ = FILES[key]
    d = LAB[key]
    terms = dict(zip(TERM_KEYS, d["terms"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": f"{name}.{ext}", "language": lang, "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(DESIGN[key]["rules"])}


def tco_share(key):
    lab = label(key)
    t, v = lab["expected_terms"], lab["expected_extra"]["contract_value"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not lab["expected_extra"]["post_warranty_fee_capped"]:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * DESIGN[key]["fee_base"] * years
    return fees / (v + fees) * 100


def derive(key):
    """This folder's reading of policy section 3, applied to the label."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key)
        if sh is not None and sh > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or DESIGN[key].get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------------------------------------------------------------
# Read-back and checks
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


NUM = r"(?<![\d.,])"
BANNED = re.compile("|".join([
    r"99\.9(?!\d)", r"99\.90\b",
    NUM + r"4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"四\s*个?\s*小时", r"four\s*(?:\(4\)\s*)?hours?",
    NUM + r"0\.05\s*%", r"万分之五(?![十])", r"千分之零点五", r"0\.0500?\s*%",
    NUM + r"(?:100|30|15|40)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:百|一百|三十|十五|四十)(?![一二三四五六七八九点])",
    r"(?:one\s*hundred|thirty|fifteen|forty)\s*(?:per\s*cent|percent)",
    NUM + r"12\s*-?\s*(?:months?|个月|calendar\s*months?)", r"十二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?months?",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "4 个小时", "four hours", "0.05%", "万分之五", "100%", "30%",
            "30 %", "15%", "40%", "百分之三十", "百分之十五", "百分之四十", "百分之百", "12 months", "12-month", "12个月",
            "十二个月", "twelve months", "30 per cent", "forty percent", "within4hours"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "48 hours", "0.5%", "0.055%", "万分之五十", "115%",
             "130%", "140%", "150%", "1.5%", "0.3%", "0.15%", "24 months", "2 months", "112 months", "5%", "20%",
             "百分之三十五", "四十五日", "1,400", "30 days", "15 days", "4G backup", "Section 4 Hardware", "1.30%"]


def self_test():
    for s in MUST_HIT:
        assert BANNED.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not BANNED.search(s), ("must miss", s, BANNED.search(s))


def check_sums():
    assert 872000 + 526000 + 108000 + 26000 == 1532000 == 306400 + 842600 + 383000
    assert round(1532000 * .2) == 306400 and round(1532000 * .55) == 842600 and round(1532000 * .25) == 383000
    assert 486000 + 352800 + 81000 + 97200 + 188000 + 79000 == 1284000
    assert 1284000 + 122000 + 168000 + 18000 == 1592000 == 159200 + 875600 + 557200
    assert round(1592000 * .55) == 875600 and round(1592000 * .35) == 557200 and round(1284000 * .095) == 121980
    assert 35 * 7800 == 273000 and 2 * 273000 + 68000 == 614000
    assert 4 * 162000 == 648000
    assert 236000 + 60000 + 20000 == 316000 == 2 * 158000 and round(236000 * .26) == 61360
    assert round(316000 * .2) == 63200
    assert 1260000 + 384000 + 118000 + 46000 == 1808000 == 361600 + 813600 + 632800
    assert round(1808000 * .45) == 813600 and round(1260000 * .11) == 138600
    assert 2 * 286000 + 2 * 36000 + 42000 == 686000 and 286000 + 36000 + 42000 == 364000
    assert 1840 * 420 == 772800 and 96 * 3850 == 369600 and 772800 + 369600 + 428000 == 1570400
    assert 1570400 + 156000 + 88000 + 19600 == 1834000 == 183400 + 1008700 + 641900
    assert round(1570400 * .075) == 117780
    assert 36 * 61500 + 126000 == 2340000
    assert 2 * 348000 + 24000 == 720000 and 4 * 87000 == 348000


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    check_sums()
    sources, targets = {}, {}
    for key, (name, ext, lang, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (f"{name}.{ext}", ext)
        else:
            (OUT / f"{name}.{ext}").write_text(src, encoding="utf-8")
            print("wrote", f"{name}.{ext}")
    write(sources, targets, OUT, wrap_words=True)
    fired = set()
    for key, (name, ext, lang, _) in FILES.items():
        lab = label(key)
        (OUT / f"{name}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / f"{name}.{ext}")
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = BANNED.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        t = lab["expected_terms"]
        for k in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
                  "warranty_months", "post_warranty_fee_pct"):
            assert t[k] is None or abs(t[k] - TH[k]) > 1e-9, (key, k)
        sh = tco_share(key)
        assert sh is None or abs(sh - TH["tco_share"]) > 2, (key, sh)
        got = derive(key)
        assert got == lab["expected_rules"], (key, got, lab["expected_rules"])
        fired |= set(got)
        high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                "CR-POST-WARRANTY-FEE"}
        risk = "high" if high & set(got) else ("medium" if set(got) - {"CR-GOVERNING-LAW"} else "low")
        print(f"{key} {name}.{ext}: {n} {'chars' if lang == 'zh' else 'words'}; "
              f"TCO share {'-' if sh is None else round(sh, 2)}; risk {risk}; rules {got}")
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
