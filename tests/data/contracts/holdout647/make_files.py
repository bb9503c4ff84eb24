"""holdout647: builds the ten blind held-out draft contracts from the sources below, writes their .json labels and
asserts the checks of the brief (lengths, no threshold figure, label values off the thresholds, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, markup for ../word_pdf.py)
Z01 = """T:临江市儿童福利院儿童养育管理平台采购合同
P:合同编号：LJFLY-ZC-2025-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市儿童福利院
P:乙方（供应商）：杭州启育信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就儿童养育管理平台采购事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方提供儿童养育管理平台软件许可一套（永久许可，不限用户数），并完成定制开发、历史数据迁移、部署实施及培训。
P:1.2 平台覆盖儿童入院评估、养育照料记录、医疗康复、特殊教育、助养寄养、出院回归及统计报表等业务。定制开发内容为：与民政部门儿童福利信息系统的数据对接、养育员移动端巡查记录、康复训练计划排程、院内药品发放核对及家庭寄养回访功能。
P:1.3 招标文件、投标文件、需求规格说明书、报价明细表及本合同附件均为本合同组成部分；内容不一致的，以本合同及有利于甲方的解释为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币玖拾捌万元整（¥980,000.00），其中：平台软件许可费¥486,000，定制开发费¥372,000，数据迁移费¥58,000，部署实施及培训费¥64,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件、安全测评配合及乙方完成本合同所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方开具的等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，即¥196,000。
P:3.2 平台部署完成、数据迁移完成并通过初步验收后，甲方支付合同总价的45%，即¥441,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥343,000。
P:3.4 甲方付款前，乙方应提供合法有效的增值税发票。因财政资金支付审批流程导致的合理延迟，不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后九十日内完成平台部署、定制功能开发和历史数据迁移，并向甲方提交初步验收申请。
P:4.2 乙方应派驻项目经理一名、实施工程师不少于二名；项目经理未经甲方书面同意不得更换。
P:4.3 乙方应按甲方确认的实施方案开展工作，每周提交进度报告；发现影响工期或质量的重大问题，应当日书面告知甲方。
P:4.4 乙方应为甲方养育员、医护人员、社工及系统管理员分批开展操作培训，提供操作手册和管理员手册，培训效果以甲方组织的上机考核为准。
P:4.5 甲方应为乙方提供必要的办公场地、网络环境和测试账号，并指定专人负责需求确认和数据核对；甲方提供的历史数据应保持完整，因甲方原因造成延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能逐项测试通过；（2）迁移的儿童档案、照料记录、医疗记录与原系统逐条核对一致，差异已全部处理并经甲方确认；（3）与民政儿童福利信息系统的接口连续运行十日无数据丢失；（4）平台通过第三方网络安全等级保护二级测评，高风险问题已整改完毕。
P:5.2 初步验收合格后，平台试运行六十日。试运行期间未发生一级故障、页面平均响应时间不超过2秒的，乙方可申请最终验收；甲方应在收到申请后十个工作日内组织验收并出具验收报告。
P:5.3 平台上线使用、甲方工作人员登录操作或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，乙方提供的年度维护服务费不超过平台软件许可费的8%，即每年不超过¥38,880；该费用在质保期满后两年内不得上调。是否续订维护服务由甲方决定。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，经甲方同意且提前三日通知的计划内维护时间除外。
P:7.2 一级故障（平台整体不可用、儿童档案无法访问或数据错误）乙方应在1小时内响应，6小时内恢复；二级故障（部分功能不可用）2小时内响应，次日内解决；一般问题三个工作日内解决。
P:7.3 乙方未按时响应或恢复的，每超时一小时扣减¥500；月度可用率每低于约定值0.01个百分点扣减¥1,000。上述扣减从甲方应付款项中直接扣除，不足部分由乙方另行支付。
H:第八条 数据安全与个人信息保护
P:8.1 平台中的儿童身份信息、健康医疗信息、照片影像及全部业务数据属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 儿童个人信息属于敏感个人信息。乙方应遵守《个人信息保护法》《数据安全法》及未成年人保护相关规定，采取加密存储、传输加密、访问权限最小化和操作日志留存等措施；实施人员接触数据须经甲方审批，不得将数据复制带离甲方环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在发现后2小时内报告甲方，立即采取补救措施并配合调查；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、儿童信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应要求其参与本项目的人员签署保密承诺书。保密义务不因本合同终止而解除。
H:第十条 知识产权
P:10.1 平台标准产品的知识产权仍归乙方，甲方享有永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的程序、接口、报表模板及相关源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用；乙方应在最终验收时一并交付源代码。乙方保证所交付成果不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过四十五日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定的，应免费整改；给甲方造成损失的，应予赔偿。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方，不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方退还未完成部分的已付价款、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等效力。
P:15.2 附件：需求规格说明书；报价明细表；实施方案。
P:甲方（盖章）：临江市儿童福利院        乙方（盖章）：杭州启育信息技术有限公司
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (.docx)
Z02 = """T:水泵装配线及性能试验台控制系统改造合同
P:合同编号：YS-SB-2025-063
P:甲方：台州永盛水泵股份有限公司
P:乙方：宁波科测自动化工程有限公司
P:甲方拟对其二号厂房离心泵装配线及两套水泵性能试验台的控制系统进行改造，乙方提供设备、软件、安装调试、定制开发及维保服务。双方根据《中华人民共和国民法典》，经协商一致订立本合同。
H:第一条 供货范围与价格
P:1.1 供货及服务明细如下表（含税，人民币元）：
TB:序号|名称|规格/数量|金额
TB:1|PLC控制柜|S7-1500系列控制器及柜体，6面|438,000
TB:2|试验台测控装置|电磁流量计、压力变送器、扭矩转速仪、变频器等，2套|512,000
TB:3|工控机及HMI|工业计算机3台，触摸屏6台|96,000
TB:4|水泵性能测试软件许可|永久许可，2套试验台|214,000
TB:|设备及软件小计||1,260,000
TB:5|安装调试|旧系统拆除、布线、安装、联调|118,000
TB:6|定制开发|MES接口、试验报告模板、装配工位防错程序|86,000
TB:7|培训|操作及维护培训|16,000
TB:|合同总价||1,480,000
P:1.2 合同总价为固定总价，包括设备、软件、运输、保险、安装、调试、培训及税费。除甲方书面变更需求外，乙方不得以任何理由要求增加费用。
H:第二条 付款
P:2.1 合同生效后十个工作日内，甲方支付合同总价的10%，即¥148,000，作为预付款。
P:2.2 设备到货并安装完成后，甲方支付合同总价的55%，即¥814,000。到货签收及安装完成不视为验收。
P:2.3 终验合格后，甲方支付合同总价的35%，即¥518,000。
P:2.4 乙方每次收款前应开具相应金额的增值税专用发票。
H:第三条 交货与工期
P:3.1 乙方应于合同生效后六十日内将设备运至甲方厂房；改造施工利用甲方停产检修窗口进行，自进场之日起二十五日内完成安装和联调。
P:3.2 乙方施工应遵守甲方安全生产、动火作业及门禁管理制度；因乙方原因导致甲方停产时间超出约定窗口的，乙方应赔偿甲方由此产生的直接损失。
P:3.3 乙方应提交设备清单、电气图纸、接线表、PLC程序备份、软件安装介质及操作维护手册。
P:3.4 乙方应在进场前提交施工组织方案、安全技术交底记录及停机切换计划，经甲方设备部和安环部书面确认后方可施工。旧控制柜、旧仪表拆除后应按甲方指定地点堆放，旧设备的所有权仍归甲方。
P:3.5 改造期间乙方应保证每日施工结束后现场清理干净，消防通道畅通；涉及高压配电、动火作业和高处作业的，应持证上岗并办理甲方作业许可。
P:3.6 甲方应按约定提供停产检修窗口、施工用电用水、原有设备图纸和工艺参数，并指派工艺工程师配合联调；因甲方原因造成工期延误的，工期相应顺延。
P:3.7 培训内容包括：试验台操作、测试程序编辑、报表导出、常见故障处理、PLC程序备份与恢复。乙方应为甲方培训操作人员不少于十人次、维护人员不少于六人次，并提供中文培训教材。
H:第四条 验收
P:4.1 验收标准：（1）流量、压力、扭矩、转速测量精度满足GB/T 3216规定的1级要求；（2）试验台自动完成性能曲线测试并生成报告，与甲方标准泵比对结果在技术协议允许偏差范围内；（3）装配线防错程序对漏装、错装的拦截符合技术协议要求；（4）MES接口连续运行十日数据完整、无重复；（5）设备连续带载运行72小时无故障。
P:4.2 全部标准满足后，双方签署终验报告。设备安装通电、甲方试用或试验台出具报告，均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:4.3 终验由甲方设备部、质量部和生产部共同参加，乙方应提前五日提交验收申请、自检报告和测量不确定度分析，验收记录作为终验报告附件。
H:第五条 质量保证与服务水平
P:5.1 质保期为十八个月，自终验合格之日起计算。质保期内设备硬件故障免费维修或更换，测试软件免费升级。
P:5.2 一级故障（试验台或装配线停机）乙方应在2小时内响应，8小时内到达现场，24小时内恢复；二级故障（单项功能异常）1个工作日内响应并处理。
P:5.3 乙方未按时响应、到场或恢复的，每超时一小时向甲方支付¥600，甲方可从应付款项中直接扣除。
P:5.4 质保期内，乙方每半年对测控装置进行一次巡检和校准配合，出具巡检报告；传感器的计量检定由甲方委托法定计量机构进行，乙方应予配合。
P:5.5 乙方应在甲方所在地或邻近地区储备常用备件，包括压力变送器、流量计电极板、PLC通讯模块及触摸屏，保证一级故障所需备件在到场时可用。
H:第六条 维保服务
P:6.1 质保期满后，乙方提供年度维保服务，内容包括每季度巡检、易损件更换、软件升级、传感器校准配合及远程技术支持。
P:6.2 维保服务费按设备及软件小计的26%每年计取，即每年¥327,600，自合同签订之日起五年内不作调整。维保服务按年签订确认单。
P:6.3 维保期间乙方应保证备件供应，主要部件停产的，应提前通知甲方并提供兼容替代方案，替代产品性能不得低于原产品。
H:第七条 知识产权
P:7.1 测试软件标准版本的知识产权归软件原厂所有，甲方获得永久使用许可。
P:7.2 为甲方定制开发的MES接口程序、报告模板、防错程序及PLC应用程序，知识产权归甲方所有，甲方可自行修改和使用；乙方应交付源程序及注释文档。
H:第八条 数据安全
P:8.1 试验数据、工艺参数、产品图纸等数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方指定的安全接入方式进行并留存操作日志；乙方不得擅自拷贝、传输甲方数据。发生数据泄露或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成损失的，乙方承担赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方技术资料、工艺参数、客户信息及经营信息承担保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息公开之日止。
H:第十条 分包
P:乙方可将现场拆除、布线及土建配合工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意、重大过失造成的损失及人身伤亡赔偿除外。
P:11.3 乙方交付的设备或软件不符合技术协议的，甲方有权要求更换、修理或减价；经两次整改仍不合格的，甲方有权退货，乙方应退还相应款项。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 合同解除
P:乙方严重违约，且在收到甲方书面通知后十日内未纠正的，甲方有权解除本合同，并要求乙方返还相应款项、赔偿损失。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议由双方协商解决；协商不成的，提交台州仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、施工方案。
P:甲方：（盖章）                    乙方：（盖章）
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (.txt)
Z03 = """连锁门店预约及会员管理SaaS服务合同

合同编号：CT-IT-2025-029
甲方：广东驰途汽车轮胎服务连锁有限公司
乙方：广州车聚云信息科技有限公司

甲方在广东省内经营55家汽车轮胎及快修门店，拟采购门店预约及会员管理SaaS服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方55家门店提供“车聚云”门店预约及会员管理SaaS服务，包括：线上预约（小程序及公众号）、到店排队叫号、工单与轮胎库存、会员储值与积分、保养及换胎提醒、营销券发放核销及总部经营报表。
（二）实施服务：门店及账号开通、会员档案及储值余额数据迁移、小程序定制页面开发、与甲方ERP库存接口开发、店长及技师培训。
（三）服务期为两个服务年度，首个服务年度自上线验收合格之日起算，第二个服务年度紧接其后，服务期合计二十四个月。

二、费用及支付
（一）SaaS服务费按门店计收，每店每个服务年度¥4,800，55家门店每个服务年度合计¥264,000，两个服务年度合计¥528,000。
（二）实施费为一次性费用¥86,000。
（三）合同总价为¥614,000。
（四）支付方式：
1. 实施费在上线验收合格后十个工作日内一次付清；
2. 服务费按季度支付，每季度¥66,000，甲方于每季度首月十日前支付当季费用；
3. 乙方应在每次收款前开具增值税专用发票。
（五）服务期内甲方新增门店的，按每店每月¥400计费，按实际开通月份结算，不计入合同总价。

（六）服务费包含平台使用、短信通知（每店每月不超过二千条）、云资源、数据备份、版本升级及在线客服支持，乙方不得另行收取。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店开通、数据迁移、定制页面和接口开发。
（二）上线验收标准：
1. 55家门店账号、工位、技师排班配置完毕；
2. 会员档案、储值余额、积分与甲方原系统逐户核对一致，差异经甲方确认处理；
3. 小程序预约、到店、开单、收银、核销全流程测试通过；
4. 与ERP库存接口连续七日同步无差错；
5. 高峰时段每店并发预约不少于五十单时，页面响应时间不超过3秒。
（三）满足上述标准后，甲方出具上线验收单。门店试用、甲方支付费用均不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日按¥500向甲方支付违约金，但不免除其继续履行的义务。

（五）乙方应为本项目配备项目经理一名、实施顾问三名，按区域分批上线：第一批为广州、佛山门店，第二批为深圳、东莞门店，第三批为其余门店。每批上线前，乙方应完成门店店长培训和模拟演练。
（六）甲方应提供原系统数据导出文件、门店清单、技师名单、价格体系和ERP接口文档，并指定总部信息部作为对接部门。

四、服务水平
（一）系统月度可用率不低于99.98%，乙方提前三日通知并在夜间进行的计划维护除外。
（二）一级故障（预约或收银核销功能不可用）乙方应在1小时内响应，3小时内恢复；二级故障（报表、提醒等功能异常）2小时内响应，当日解决；其他问题三个工作日内解决。
（三）月度可用率低于约定值的，按当季服务费的5%至20%给予服务费抵扣；一级故障超时恢复的，每次另行抵扣¥1,000。
（四）乙方应每月向甲方提供服务报告，列明可用率、故障及处理情况。

（五）乙方应提供工作日早八点至晚十点的电话及在线客服，门店高峰时段（节假日前后及换季）应增派值班人员。
（六）乙方升级平台版本的，应提前五日通知甲方，不得减少本合同约定的功能；因版本升级造成门店无法正常营业的，按一级故障处理。

五、数据
（一）甲方会员信息、车辆信息、消费记录、储值余额等数据归甲方所有。
（二）乙方有权对甲方业务数据进行脱敏、汇总处理后，用于编制汽车后市场行业分析报告及优化乙方产品，该等报告及衍生数据归乙方所有。
（三）数据安全：乙方应将数据存储于中国境内通过等保三级备案的云服务器，采取加密存储、访问控制、异地备份等措施，员工访问甲方数据须留存日志；发生数据泄露、丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）服务终止后二十日内，乙方应向甲方交付全部数据的完整导出文件，并在甲方确认后删除乙方保存的副本。

（五）乙方处理会员个人信息应遵守《个人信息保护法》，会员手机号、车牌号在门店端应做脱敏展示；甲方通知会员注销的，乙方应在五个工作日内删除相关信息。

六、保密
双方对在合作中知悉的对方商业秘密及其他非公开信息承担保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

（三）乙方应每日对甲方数据进行全量备份，备份保存不少于二十日，并每半年进行一次恢复演练，演练结果书面报告甲方。
（四）乙方不得在甲方会员端小程序中投放与甲方业务无关的广告，不得以乙方名义向甲方会员推送任何信息。
（五）甲方可随时通过平台导出会员及交易数据，乙方不得设置导出限制或另行收费。

七、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、ERP接口程序及相关文档，知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人维护。

（三）甲方可将定制页面和接口程序交由其他服务商维护或迁移至其他平台，乙方应提供必要的接口说明和技术配合，配合费用按双方另行确认的人天单价结算。

八、续期
（一）服务期届满前二十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后依此类推。
（二）续期服务费由乙方按其届时的标准价格确定，乙方可上调服务单价，但上调幅度不超过上一服务年度单价的10%。

（三）续期期间，本合同其他条款继续适用；甲方在续期服务年度内提前终止的，乙方应按未使用月份退还已付服务费。

九、分包
乙方不得将本合同项下服务分包给第三方；确需将短信发送等辅助服务交由第三方提供的，应事先取得甲方书面同意，并对该第三方的行为负责。

十、违约与解除
（一）乙方严重违约，经甲方书面催告后十日内未纠正的，甲方有权解除本合同，乙方应退还未履行期间的已付服务费并赔偿甲方损失。
（二）甲方逾期支付服务费超过二十日的，乙方可书面催告；催告后十日内仍未支付的，乙方可暂停服务。

（三）因乙方原因导致会员储值余额、积分数据错误的，乙方应负责核对更正，并赔偿甲方因此向会员作出的补偿。
（四）任何一方因不可抗力不能履行本合同的，应及时通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力持续超过二十日的，双方可协商解除合同。

十一、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

十二、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。附件：服务功能清单、门店清单、实施计划。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# ---------------------------------------------------------------- z04 (.txt)
Z04 = """种子质量监管信息系统年度运维服务合同

项目编号：YAZC2025-C031（竞争性磋商）
甲方：永安市种子管理站
乙方：福州农信数科技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就种子质量监管信息系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：种子质量监管信息系统，包括种子质量检验管理、种子生产经营备案、市场监督抽检、标签二维码追溯、检验室样品管理等子系统，以及相关的应用服务器、数据库服务器、中间件和备份设备。
（二）服务内容：日常巡检、故障处理、系统补丁及安全加固、数据库维护、数据备份及恢复演练、用户咨询支持、春秋两季市场抽检期间的重点保障，以及甲方提出的小范围功能优化（全年合计不超过六十人天）。
（三）乙方派驻驻场工程师一名，工作日在甲方办公地点提供服务；另安排二线数据库及应用专家提供远程支持。

（四）服务交接：合同生效后七日内，乙方应与原运维单位完成交接，包括系统账号、配置台账、运维文档、未结故障单和备份介质清点，交接记录经甲方签字确认。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，按政府采购规定另行组织。

第三条 服务费用及支付
（一）年度运维服务费为人民币叁拾陆万捌仟元整（¥368,000），为固定总价，包括人工、差旅、工具软件及税费。
（二）本合同不设预付款。服务满六个月并经季度考核合格后，甲方支付¥184,000；服务期满并经年度验收合格后，甲方支付¥184,000。
（三）乙方应在每次付款前开具合法有效的发票。
（四）服务期内国家或省级主管部门发布新的种子质量监管要求、需要对系统进行较大功能改造的，不属于本合同运维范围，由甲方另行立项采购；乙方应提供改造建议并配合评估。

第四条 服务人员
（一）驻场工程师应具备三年以上同类系统运维经验，乙方更换驻场工程师须提前十日书面通知甲方并经甲方同意。
（二）乙方人员应遵守甲方的工作制度和安全管理规定。

（三）乙方应建立运维人员名册，报甲方备案；人员名册发生变化的，应在变化后三日内更新。乙方人员离岗时，应在甲方监督下注销其系统账号并交回门禁卡。
（四）甲方应为驻场工程师提供办公场所、网络接入和必要的系统账号，指定专人负责运维工作的联络、审批和考核，及时确认乙方提交的变更申请和服务报告。

第五条 服务水平
（一）系统月度可用率不低于99.95%，经甲方批准的计划停机时间除外。
（二）一级故障（系统整体不可用、检验数据无法录入或追溯查询中断）乙方应在半小时内响应，3小时内恢复；二级故障（单个子系统或功能异常）2小时内响应，8小时内解决；三级问题（咨询、报表调整等）1个工作日内处理。
（三）春季和秋季市场抽检期间，乙方应安排专人值守，确保抽检数据录入和标签追溯查询正常。
（四）乙方未达到上述服务水平的，应在三日内向甲方提交书面原因说明，并在十日内完成整改。

（五）日常工作要求：
1. 每日上午、下午各巡检一次，检查服务器资源、数据库状态、备份作业和应用日志，填写巡检记录；
2. 每月第五个工作日前提交上月运维月报，内容包括可用率、故障统计、变更记录、安全事件和下月工作计划；
3. 系统变更实行审批制度，重大变更应在非工作时间实施，并事先制定回退方案；
4. 每季度开展一次漏洞扫描，发现的高危漏洞应在七日内完成修复或采取临时防护措施；
5. 配合甲方开展种子质量年度统计、上级部门数据报送及检查工作。

第六条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括巡检记录、故障处理单、备份恢复演练报告、可用率统计和用户反馈。
（二）年度验收标准：1.全年各月可用率均达到本合同第五条要求；2.一级故障均在约定时间内恢复；3.备份恢复演练每半年至少成功一次；4.运维日志、配置台账、应急预案等文档齐全；5.用户满意度测评不低于90分。
（三）乙方于服务期满前十日提交年度运维总结报告及验收申请，甲方在收到申请后十个工作日内组织验收并出具书面验收意见；不合格的，乙方应在十日内整改后重新申请验收。

（四）季度考核结果作为甲方评价乙方服务质量和今后采购的参考，甲方应将考核意见书面告知乙方。

第七条 数据安全
（一）系统中的检验数据、备案信息、抽检结果及企业信息属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
（二）乙方应按网络安全等级保护二级要求开展运维，所有运维操作须通过甲方堡垒机进行并留存日志，不得私自导出、复制数据，不得在个人设备上存储甲方数据。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。

（五）乙方人员调阅种子企业备案材料、检验报告等敏感资料的，须经甲方业务科室负责人审批并登记，不得拍照、截图或外传。

第八条 保密
乙方及其人员对在服务过程中知悉的甲方工作信息、种子企业信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、巡检模板、应急预案及运维文档，知识产权归甲方所有，乙方应在服务期满时完整移交。

第十条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

（二）乙方对系统进行安全加固、补丁升级时，应事先在测试环境验证，不得影响检验室样品管理和标签追溯的正常使用。
（三）服务期满或合同解除时，乙方应配合甲方将系统管理权限、密码和全部数据完整移交，不得保留任何副本。

第十一条 违约责任
（一）乙方未按本合同约定提供服务的，甲方有权要求其限期改正；给甲方造成损失的，乙方应依法承担赔偿责任。

（二）乙方驻场工程师无正当理由缺勤或擅自离岗的，甲方有权要求乙方立即另派人员到岗，并可将相关情况记入季度考核。
（三）乙方违反数据安全或保密约定的，甲方可要求乙方立即更换相关人员并书面说明情况。

第十二条 合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

（二）合同解除后，乙方应在五个工作日内完成工作移交，交回全部文档、账号和数据，并配合甲方或新的运维单位完成交接。
（三）因不可抗力导致合同无法履行的，双方均可解除合同，互不承担违约责任。

第十三条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向永安市人民法院提起诉讼。

（四）季度考核连续两次不合格的，甲方可约谈乙方负责人，并要求乙方更换项目负责人。

第十四条 其他
（一）磋商文件、响应文件、成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：永安市种子管理站          乙方（盖章）：福州农信数科技术服务有限公司
签订日期：2025年6月  日
"""

# ---------------------------------------------------------------- z05 (.md, supplier's template)
Z05 = """# 海晶智控软件产品销售及开发合同

（乙方标准合同文本 V3.0）

合同编号：HJZK-XS-2025-0412

甲方（买方）：河北沧东盐场有限公司

乙方（卖方）：天津海晶智控科技有限公司

甲方因盐田生产管理需要，向乙方采购“海晶卤水蒸发监测软件”并委托乙方进行定制开发。双方经友好协商，订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供海晶卤水蒸发监测软件V3（以下简称“软件”）的使用许可，用于甲方盐场的制卤区和结晶区。

1.2 定制开发内容：蒸发池液位、卤水浓度（波美度）、温度自动采集接入；结晶池产盐量预测模型；气象站数据对接；移动端巡池记录；生产日报及月报。

1.3 部署实施：在甲方服务器上安装软件，接入甲方现有传感器及采集终端，完成系统调试。

1.4 软件许可范围：甲方可在其盐场内部安装使用，授权并发用户数为五十个，服务器一套（主备）。甲方如需扩充用户数或增加部署地点，应另行向乙方购买许可。

1.5 乙方提供的交付物包括：软件安装介质、用户手册、管理员手册、接口说明及培训课件。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 海晶卤水蒸发监测软件V3使用许可 | 620,000 |
| 2 | 定制开发 | 410,000 |
| 3 | 部署实施及传感器接入调试 | 90,000 |
| | 合计 | 1,120,000 |

2.1 合同总价为人民币壹佰壹拾贰万元整（¥1,120,000），含增值税。

2.2 上述价格不含甲方自有服务器、数据库许可、传感器及采集终端的费用，也不含乙方驻场服务费用。甲方需要乙方驻场服务的，按乙方人天单价另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥728,000。

3.2 系统上线后十个工作日内，甲方支付剩余的35%，即¥392,000。

3.3 甲方逾期付款的，乙方有权暂停履行本合同，交付期限相应顺延。

3.4 甲方应在收到乙方发票后十个工作日内付款。乙方开具的发票为增值税专用发票，税率按国家规定执行；国家税率调整的，合同含税总价相应调整。

## 第四条 交付

4.1 乙方在收到甲方按第3.1款支付的款项后九十日内完成软件部署及定制开发。

4.2 乙方有权根据项目实际情况调整实施进度，调整前通知甲方即可。

4.3 因甲方未及时提供场地、网络、传感器接口资料等条件造成延误的，交付期限相应顺延，乙方不承担责任。

4.4 甲方应在部署前完成服务器、操作系统、数据库及网络的准备，并提供传感器和采集终端的通讯协议资料。传感器、采集终端及现场布线由甲方自行负责，不在本合同范围内。

4.5 乙方可视情况安排现场实施或远程实施，现场实施人员的差旅费用已包含在合同价款内。

## 第五条 验收

5.1 系统安装部署完成后，即视为甲方验收合格。

5.2 甲方在系统部署完成后五日内未以书面形式提出异议的，视为甲方认可全部交付内容。

5.3 系统上线后，甲方提出的功能修改或新增需求，不属于本合同范围，双方另行协商并签订补充协议。

## 第六条 知识产权

6.1 软件及本合同项下定制开发成果（包括但不限于源代码、预测模型、接口程序、报表模板及文档）的知识产权均归乙方所有。

6.2 甲方在本项目范围内享有非独占、不可转让的使用权，不得修改、反向工程、复制或许可第三方使用。

6.3 乙方有权将定制开发成果用于其他客户项目。

6.4 乙方保证其提供的软件不侵犯第三方知识产权；如发生侵权纠纷，由乙方负责处理，但甲方擅自修改或与其他软件组合使用引起的除外。

## 第七条 技术支持与维护

7.1 自系统上线之日起，乙方为甲方提供六个月的免费维护服务。

7.2 乙方通过电话、电子邮件及远程方式提供技术支持，对甲方提出的问题尽商业上合理的努力予以解决。

7.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费用按乙方当年公布的价格标准执行。

7.4 因甲方操作不当、擅自修改或第三方设备原因导致的问题，不属于免费维护范围。

7.5 乙方为甲方提供一次操作培训和一次管理员培训，每次不超过两天，培训地点由乙方确定。甲方新增人员培训的，按乙方标准收费。

7.6 软件升级：免费维护期内，乙方提供软件补丁；软件大版本升级另行收费。

## 第八条 数据

8.1 甲方在使用软件过程中产生的生产数据归甲方所有，乙方仅为履行本合同目的使用。

8.2 乙方实施及远程维护人员访问甲方系统须经甲方授权，操作留存日志，不得复制、带离甲方数据；乙方应采取必要的安全措施防止数据泄露。

8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复并承担相应赔偿责任。

8.4 乙方有权在不泄露甲方商业信息的前提下，将本项目作为案例用于乙方的宣传和投标材料，甲方同意乙方使用甲方名称及项目名称。

## 第九条 保密

9.1 双方对本合同内容及履约中知悉的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露，但依法应当披露的除外。

9.2 保密义务在本合同终止后继续有效，期限为三年。

## 第十条 违约责任及责任限制

10.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的25%。

10.3 乙方在任何情况下均不对甲方的间接损失、生产损失、利润损失承担责任。

10.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金；逾期超过二十日的，乙方有权暂停技术支持并解除合同。

10.5 甲方违反第六条使用定制开发成果或软件的，应赔偿乙方全部损失，且不受本合同任何责任限制的约束。

## 第十一条 合同解除

一方严重违约，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除后，甲方已支付的款项不予退还；甲方应停止使用定制开发成果，但已取得许可的软件可继续在许可范围内使用。

11.3 因甲方原因导致本合同解除的，甲方应支付合同全部剩余款项。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

本条所称不可抗力包括地震、台风、风暴潮、洪水、疫情、政府行为及网络运营商大范围故障等不能预见、不能避免且不能克服的客观情况。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准文本，双方对本合同条款的修改须以书面补充协议形式作出。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.3 双方往来通知以书面形式送达本合同首页所载地址或电子邮箱。一方地址变更的，应在变更后五日内通知对方，否则原地址送达视为有效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------- e01 (.pdf)
E01 = """T:Software Licence and Services Agreement - CanaPlan Harvest Planning Suite
P:Agreement No. NF-IT-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Guangxi Nanfeng Sugar Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanning, Guangxi (the "Buyer"), and Chimu Agrotech S.A.C., a company incorporated in the Republic of Peru with its principal office in Trujillo, La Libertad (the "Vendor").
P:The Buyer operates sugarcane plantations and three mills in Guangxi and wishes to plan planting, harvesting and cane transport with the Vendor's software. The Vendor has offered a perpetual licence of its CanaPlan Harvest Planning Suite together with implementation and training. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CanaPlan Harvest Planning Suite, version 7, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, harvest-scheduling rules, data conversion scripts and any other work product prepared by the Vendor specifically for the Buyer, together with their source code.
P:1.3 "Buyer Data" means all data supplied by the Buyer or generated by the Buyer's use of the Software, including field boundaries, cane yield and sucrose records, grower information and transport logs.
P:1.4 "Go-Live" means the first day on which the Software is used for live harvest planning at all three mills.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 6.
P:1.6 "Severity 1 Incident" means a fault that stops harvest scheduling or cane intake planning at any mill.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers for up to 220 named users and for the business of the Buyer and its subsidiaries in the People's Republic of China.
P:2.2 The Vendor shall install and configure the Software, develop the Custom Deliverables listed in Annex 1, convert the Buyer's historical field and yield data for the last three crushing seasons, integrate the Software with the Buyer's ERP and weighbridge systems, and train the Buyer's planners, agronomists and administrators.
P:2.3 The services shall be performed mainly on site in Nanning and at the mills, with remote work from Trujillo where the Buyer agrees.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,600,000, made up of: Software Licence Fee CNY 1,240,000; implementation, interfaces and data conversion CNY 316,000; training CNY 44,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, accommodation and third-party components. No other charge is payable unless agreed in a signed change order.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 320,000) within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 720,000) within twenty days after Go-Live.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 560,000) within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall achieve Go-Live no later than 1 October 2025, before the start of the crushing season, and Final Acceptance no later than 31 January 2026.
P:5.2 If the Vendor fails to achieve Go-Live or to present the Software for Final Acceptance by the relevant date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests shall be carried out during the first sixty days of the crushing season and shall show that: (a) every function listed in Annex 2 works as specified; (b) converted field and yield records reconcile with the Buyer's source records without unexplained differences; (c) the ERP and weighbridge interfaces have run for twenty consecutive days without data loss; (d) a daily harvest plan for all three mills is produced within ten minutes; and (e) no Severity 1 Incident has occurred in the last twenty days of the test period.
P:6.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Go-Live, live use of the Software or payment of any instalment does not constitute acceptance.
P:6.3 If a test fails, the Vendor shall correct the defect at its own cost and repeat the test.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex 2 for a warranty period of twenty-four (24) months from Final Acceptance. During the warranty period the Vendor shall correct defects and provide updates, remote support and on-site support free of charge.
P:7.2 The Vendor shall respond to a Severity 1 Incident within one (1) hour, at any time of day during the crushing season, and restore service or provide a workaround within eight hours. Other incidents shall be answered within one working day.
P:7.3 For each hour by which the Vendor exceeds the response or restoration time for a Severity 1 Incident, the Vendor shall credit the Buyer CNY 800, which the Buyer may deduct from any payment due.
P:7.4 After the warranty period the Buyer may order annual support. The annual support fee shall be 11% of the Software Licence Fee (CNY 136,400 per year) and shall not be increased for the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property in the Custom Deliverables belongs to the Buyer from creation. The Vendor shall deliver their source code with the Final Acceptance documents, and the Buyer may use, modify and license them freely.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analysis or benchmarking.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts and multi-factor authentication, shall not copy Buyer Data outside the Buyer's environment and shall comply with the laws of the People's Republic of China on data security and personal information, including rules on cross-border transfer.
P:9.3 The Vendor shall notify the Buyer within twelve hours of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all necessary remedial steps and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.
P:10.2 This obligation continues for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to personal injury, wilful misconduct, breach of Articles 9 and 10, or infringement claims under Article 8.3.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice, or if delay damages under Article 5.2 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund payments made for work not accepted, and the licence in Article 2.1 shall continue for any Software already paid for.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Peru.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Arbitration Centre of the Lima Chamber of Commerce under its rules, by a sole arbitrator, seated in Lima and conducted in English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Custom Deliverables and interfaces) and Annex 2 (functional specification and acceptance tests), is the entire agreement of the parties on its subject.
P:15.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------- e02 (.md)
E02 = """# RutaPro Order Form and General Terms

**Order No.** MRS-CN-2025-0187

## Part A - Order Form

### A1 Parties

- **Provider:** Muchik Route Software S.A.C., a company incorporated in Peru, Av. Balta 1120, Chiclayo, Lambayeque, Peru.
- **Customer:** Fujian Haixi Beverage Distribution Co., Ltd., a company incorporated in the People's Republic of China, Fuzhou, Fujian.

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Part A prevails.

### A2 Subscription

- **Service:** RutaPro route planning and field sales platform, Professional edition, hosted in a data centre in mainland China operated by the Provider's hosting partner.
- **Modules:** route optimisation, van-sales and pre-sales apps, outlet visit plans, order capture, stock on van, merchandising photos, and sales dashboards.
- **Named users:** 180 field and office users.
- **Subscription Term:** twenty-four (24) months from the Go-Live Date, consisting of two Subscription Years.
- **Onboarding:** configuration, import of 26,000 outlets and the product master, integration with the Customer's ERP order interface, and train-the-trainer sessions in Fuzhou and Xiamen.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Year 1 | 180 users x CNY 1,450 | 261,000 |
| Subscription Year 2 | 180 users x CNY 1,450 | 261,000 |
| Onboarding and ERP integration | one-time, fixed | 38,000 |
| **Total Fees** | | **560,000** |

Additional users may be added during the Subscription Term at CNY 1,450 per user per Subscription Year, pro rata. Such additions are not part of the Total Fees above. All amounts include VAT.

### A4 Invoicing and Payment

1. The Onboarding fee is invoiced after the Customer signs the Go-Live Acceptance certificate.
2. Each Subscription Year's fee is invoiced at the start of that Subscription Year.
3. Invoices are payable within twenty-five days of receipt of a valid VAT invoice, by bank transfer in CNY.

### A5 Onboarding and Go-Live Acceptance

1. The Provider shall complete onboarding within eight weeks after signature of this Order Form.
2. Go-Live Acceptance criteria: (a) all 180 users can sign in and work on their assigned routes; (b) the imported outlet and product master data match the Customer's extract record for record; (c) orders captured in the app reach the ERP order interface within five minutes for ten consecutive working days; (d) route optimisation produces next-day plans for all depots before 22:00; and (e) the test scripts in the onboarding plan pass without open Severity 1 or Severity 2 defects.
3. When the criteria are met, the Customer signs the Go-Live Acceptance certificate within five working days. Pilot use by a depot before that date is not acceptance.
4. If onboarding is late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, and the Subscription Term starts only on the Go-Live Date.

### A6 Renewal

This Agreement ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data entered into or generated in the Service by or for the Customer, including outlet, order, pricing, stock, photo and location data.

1.2 "Service" means the RutaPro platform and the mobile apps described in Part A.

1.3 "Severity 1" means the Service is unavailable, or users cannot capture or transmit orders, for all or most users.

1.4 "Severity 2" means a major function, such as route optimisation, the dashboards or the ERP interface, is unavailable or seriously degraded for a group of users, while order capture continues to work.

1.5 "Go-Live Date" means the date on which the Customer signs the Go-Live Acceptance certificate under A5.

1.6 "Monthly availability" means the minutes in a calendar month in which users can sign in and capture orders, divided by the total minutes of that month less permitted maintenance.

### 2. The Service

2.1 The Provider shall provide the Service in accordance with its documentation and this Agreement and shall keep it compatible with current Android and iOS versions used by the Customer's staff.

2.2 The Customer shall use the Service only for its internal business and shall keep its user credentials secure.

2.3 The Provider shall release updates at least quarterly and shall announce any change that removes or materially changes a function at least sixty days in advance. No update may reduce the functions described in Part A during the Subscription Term.

2.4 The mobile apps shall continue to capture orders offline for at least eight hours and shall synchronise automatically when the connection returns, without losing or duplicating orders.

2.5 The Provider shall provide Chinese-language user guides and shall answer questions from the Customer's administrators by phone, chat and email during business hours in China.

### 3. Service Levels

3.1 The Provider shall make the Service available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 23:00 and 05:00 China Standard Time.

3.2 The Provider shall respond to a Severity 1 incident within one (1) hour and to a Severity 2 incident within two hours, twenty-four hours a day, seven days a week, with a Chinese-speaking support line.

3.3 If monthly availability falls below the commitment in 3.1, the Provider shall credit the Customer 5% of the monthly equivalent of the subscription fee for each full 0.5 percentage point of shortfall, up to half of that monthly equivalent. A late response to a Severity 1 incident earns a credit of CNY 500 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the term.

3.4 The Provider shall send a monthly service report showing availability, incidents and credits.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose.

4.2 Customer Data is stored and processed in mainland China. The Provider shall maintain the hosting environment under MLPS level 3, encrypt Customer Data in transit and at rest, restrict staff access to named support engineers, log all access and keep daily backups.

4.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, shall take remedial action and shall be responsible for the Customer's losses caused by its failure to meet this Section.

4.4 On expiry or termination the Provider shall make a complete export of Customer Data available for sixty days and then delete it.

### 5. Confidentiality

Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for this Agreement and not disclose it to third parties except to staff and advisers who need to know it. This Section survives for five years after the Agreement ends.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service.

6.2 Configurations, report templates and the ERP integration mapping created for the Customer belong to the Customer, and the Customer may use, modify and have them used by third parties without restriction.

### 7. Subcontractors and Subprocessors

7.1 The Provider may use subcontractors and subprocessors, including its hosting partner and its local support partner in Fuzhou, to perform the Service.

7.2 The Provider will inform the Customer by email of any new subcontractor or subprocessor at least ten days before it begins work. The Provider remains responsible for the performance of its subcontractors.

### 8. Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the Total Fees.

8.2 The limit does not apply to personal injury, wilful misconduct or breach of Sections 4 and 5.

### 9. Term and Termination

9.1 This Agreement starts on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within twenty days after written notice.

9.3 If the Customer terminates under 9.2, the Provider shall refund prepaid fees for the remaining part of the Subscription Term.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules.

### 10A. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or large-scale failures of public telecommunication networks, provided that it informs the other party promptly and takes reasonable steps to limit the effect. Force majeure does not excuse the Customer's payment obligations for services already provided.

### 11. General

11.1 Notices shall be in writing and sent to the addresses in A1.

11.2 Neither party may assign this Agreement without the other party's written consent.

11.3 This Agreement is the entire agreement on its subject and may be changed only by a written amendment signed by both parties.

**Signed for the Customer:** ____________________ **Signed for the Provider:** ____________________
"""

# ---------------------------------------------------------------- e03 (.docx)
E03 = """T:Supply Contract for Pond Water-Quality Sensors and Monitoring Software
P:Contract No. BB-PUR-2025-112
P:This Contract is made between Zhanjiang Bluebay Aquaculture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhanjiang, Guangdong (the "Buyer"), and Sechura Instruments S.A.C., a company incorporated in Peru with its principal office in Piura (the "Supplier"). This Contract is on the Buyer's standard purchasing terms.
P:The Buyer farms shrimp in 96 ponds at its Donghai and Naozhou bases and wishes to monitor dissolved oxygen, temperature, pH, salinity and ammonia continuously. The Supplier has offered sensors, gateways and a perpetual licence of its PondWatch monitoring software, with installation and training.
H:1. Definitions
P:1.1 "Equipment" means the sondes, gateways, mounting kits and spare parts listed in the price table in Clause 2.
P:1.2 "Software" means the PondWatch monitoring software, version 5, with its mobile app and documentation.
P:1.3 "Custom Work" means the dashboards, alarm rules, aerator-control logic and the interface to the Buyer's feeding management system prepared by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Clause 5.
P:1.5 "Severity 1 Fault" means a fault that stops readings or alarms for a whole base.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Software on the Buyer's servers, perform the Custom Work and train the Buyer's staff, for the prices below (CNY, including VAT, delivery to site and installation materials):
TB:Item|Description|Quantity|Unit price|Amount
TB:1|Multi-parameter water-quality sonde with anti-fouling wiper|96|7,800|748,800
TB:2|Solar-powered LoRa gateway with 4G backhaul|24|9,600|230,400
TB:3|PondWatch software, perpetual licence, unlimited users|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||1,265,200
TB:4|Installation, commissioning and Custom Work|1 lot|142,000|142,000
TB:5|Training of operators and administrators|1 lot|22,800|22,800
TB:|Contract Price|||1,430,000
P:2.2 The Contract Price is fixed and covers all costs, taxes, customs clearance and import duties. The Supplier is importer of record for the Equipment.
P:2.3 The Equipment shall be new, of current production, suitable for continuous immersion in brackish and sea water, and shall carry the markings and certificates required for import and use in the People's Republic of China. The Supplier shall provide calibration certificates for every sonde.
P:2.4 The Supplier shall provide spare membranes, wiper brushes and calibration solutions sufficient for the first two years of the warranty period as listed in Annex 1, without additional charge.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 143,000) within twenty days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 786,500) within twenty days after the Equipment has been delivered and installed at both bases. Delivery and installation are not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 500,500) within twenty days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver the Equipment to the Buyer's bases within ten weeks after signature and complete installation and commissioning within five weeks after delivery.
P:4.2 If delivery or commissioning is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:4.3 The Buyer shall provide access to the ponds, power for the server room, a network connection at each base and a contact person at each base. Delays caused by the Buyer's failure to provide these extend the dates in Clause 4.1 accordingly.
P:4.4 The Supplier shall deliver the Equipment with packing lists, operation and maintenance manuals in Chinese and English, and a list of recommended spare parts with prices.
H:5. Acceptance
P:5.1 Acceptance tests shall run for forty-five consecutive days after commissioning. Final Acceptance requires that: (a) each sonde's readings agree with the Buyer's calibrated laboratory instruments within the tolerances in the technical specification; (b) at least 98% of scheduled readings from every pond reach the Software; (c) low-oxygen alarms reach the duty manager's phone within two minutes and trigger the aerator-control logic; (d) the feeding-system interface has run for twenty days without data loss; and (e) no Severity 1 Fault remains open.
P:5.2 When the criteria are met, the Buyer shall sign the acceptance certificate within ten working days. Installation, use of the readings in daily operation or any payment does not amount to acceptance.
H:6. Warranty, Service Levels and Support
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During that period the Supplier shall repair or replace faulty Equipment free of charge, including sensor membranes and probes that fail before their rated life, and provide Software updates.
P:6.2 The Supplier shall respond to faults as set out below:
TB:Severity|Example|Response|On site or restored
TB:Severity 1|No readings or alarms for a whole base|2 hours|24 hours
TB:Severity 2|Several ponds without readings|8 hours|48 hours
TB:Severity 3|Single sensor or report issue|next working day|5 working days
P:6.3 For each hour by which the Supplier exceeds the response or restoration time for a Severity 1 Fault, the Supplier shall pay the Buyer CNY 1,000, deductible from any amount due.
P:6.4 After the warranty period the Buyer may order annual support at 7% of the Equipment and Licence Subtotal (CNY 88,564 per year), fixed for the two years following the warranty period. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep spare parts for the Equipment available for at least seven years after Final Acceptance. If a part is discontinued, the Supplier shall offer a compatible replacement at no higher price.
P:6.6 Training shall cover installation and cleaning of sondes, calibration, gateway replacement, use of the Software, alarm management and basic troubleshooting, and shall be given at each base for operators and at the head office for administrators.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier, and the Buyer's licence is perpetual and irrevocable.
P:7.2 All rights in the Custom Work belong to the Buyer. The Supplier shall hand over its source code and configuration files with the acceptance documents, and the Buyer may use, modify and license it freely.
H:8. Buyer Data and Security
P:8.1 All readings, alarms, pond records and production data belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software shall be installed on the Buyer's servers in Zhanjiang. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN and is logged. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:8.3 The gateways shall use encrypted communication and changed default passwords. The Supplier shall notify the Buyer within twelve hours of any security incident affecting the Buyer's data or systems that involves its Equipment, Software or staff, shall remedy it and shall compensate the Buyer for losses caused by its failure to meet this Clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's farm layouts, production data, prices and other non-public information and shall not disclose them to any third party without the Buyer's prior written consent.
P:9.2 This Clause survives termination for five years.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price.
P:10.2 The limit does not apply to personal injury, wilful misconduct or breach of Clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation crews proposed by the Supplier must be approved in writing before they start work, and the Supplier remains responsible for them.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if liquidated damages under Clause 4.2 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund payments for Equipment and services not accepted and compensate the Buyer's losses, subject to Clause 10.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:13A. Force Majeure
P:Neither party is liable for delay or failure caused by typhoons, floods, epidemics, government action or other events beyond its reasonable control, provided it informs the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than sixty days, either party may terminate the affected part of the Contract by written notice.
H:14. General
P:14.1 Annex 1 (technical specification) and Annex 2 (installation plan) form part of this Contract.
P:14.2 This Contract is signed in English and Chinese in four originals, two for each party. Both languages have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md)
E04 = """# Managed Infrastructure Services Agreement

**Agreement No.** QTP-MS-2025-009

This Managed Infrastructure Services Agreement (the "Agreement") is made between:

- **Hangzhou Qiantang Parcel Logistics Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Hangzhou, Zhejiang (the "Customer"); and
- **Nanay Cloud Operations S.A.C.**, a company incorporated in Peru with its principal office at Jr. Prospero 540, Iquitos, Loreto, Peru, acting through its operations team and its service partner office in Hangzhou (the "Provider").

## 1. Definitions

1.1 "Services" means the managed infrastructure services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Charges" means the charges in Schedule 3.

1.3 "Service Commencement Date" means the date on which the Customer signs the Service Commencement certificate under Clause 3.

1.4 "Customer Data" means all data of the Customer and its clients held in or passing through the systems covered by the Services, including parcel, address, route and billing data.

1.5 "P1 Incident" means an incident that stops parcel sorting, order intake or the tracking service for customers.

1.6 "P2 Incident" means an incident that degrades a business service or affects a single site without stopping parcel sorting, order intake or tracking.

1.7 "Service Commencement certificate" means the document signed by the Customer confirming that the criteria in Clause 3.2 are met.

## 2. Services and Term

2.1 The Provider shall provide the Services for the Customer's cloud tenancy, its two on-premises server rooms in Hangzhou and Jiaxing, and the network links between them.

2.2 The Services run for thirty-six (36) months from the Service Commencement Date (the "Term"). The Agreement ends at the end of the Term and does not renew automatically. Any extension requires a written amendment signed by both parties at charges agreed at that time.

2.3 The Provider shall assign a named service manager who speaks Chinese and holds a monthly service review with the Customer's IT department.

2.4 The Provider shall keep the configuration management database for all in-scope assets up to date and shall give the Customer read access to it at all times.

2.5 The Provider shall carry out changes only through the Customer's change management process. Emergency changes may be made to restore a P1 Incident and shall be reported to the Customer's IT department on the same day.

2.6 The Customer shall give the Provider the access, information and decisions reasonably needed to perform the Services, and shall tell the Provider in advance of planned changes to the systems in scope.

## 3. Transition and Service Commencement

3.1 The Provider shall complete transition within ten weeks after signature. Transition includes discovery of all in-scope assets, installation of monitoring agents, creation of runbooks, set-up of the service desk queue and a handover from the Customer's current supplier.

3.2 The Customer shall sign the Service Commencement certificate when: (a) all assets in the agreed inventory are monitored and visible in the Provider's dashboards; (b) runbooks for the twenty most frequent incident types have been tested in a joint exercise; (c) backup jobs for all in-scope systems have completed successfully for ten consecutive days and one full restore test has succeeded; and (d) a ten-day shadow period has ended without a missed P1 alert.

3.3 Running the Services during transition or shadow operation is not acceptance.

3.4 If the Service Commencement Date is later than the agreed date for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay, deducted from the first invoices.

## 4. Service Levels

4.1 The Provider shall meet the Service Levels in Schedule 2 from the Service Commencement Date.

4.2 Service credits are calculated as set out in Schedule 2 and deducted from the next monthly invoice. Credits do not limit the Customer's other rights.

4.3 If the Provider misses the same Service Level in three consecutive months, the Customer may require a written improvement plan within ten working days.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3.

5.2 The transition fee is invoiced after the Service Commencement certificate is signed. The monthly service charge is invoiced monthly in arrears.

5.3 Invoices are payable within thirty-five days after receipt of a valid VAT invoice. The Charges are fixed for the Term.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term the Provider shall return to the Customer all configuration records, runbooks and monitoring history that it holds.

## 7. Confidentiality

7.1 Each party shall keep confidential the non-public business and technical information of the other party received under this Agreement and shall not disclose it to any third party without prior written consent, except to staff and advisers who need to know it.

7.2 This Clause continues for five years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Provider keeps all rights in its monitoring tools and standard methods.

8.2 Runbooks, scripts, dashboards and documentation prepared specifically for the Customer belong to the Customer, which may use, modify and give them to any successor supplier.

## 9. Personnel and Subcontracting

9.1 The Provider shall use qualified engineers and shall replace any engineer whom the Customer reasonably objects to.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid by the Customer in the six (6) months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss or loss of profit.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within twenty days after notice, or if the Provider misses the P1 response Service Level in three months out of any six.

11.2 On termination or expiry the Provider shall give exit assistance for up to sixty days at the rates in Schedule 3 so that the Services can be transferred to the Customer or a new supplier.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 12A. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics, government action and large-scale failures of public networks or cloud platforms not caused by the Provider, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits are not payable for periods affected by force majeure.

## 13. General

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

**For the Customer:** ____________________ **For the Provider:** ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Monitoring | servers, databases, storage, cloud resources, network links and the sorting-system middleware | 24 x 7 |
| Incident management | detection, diagnosis, restoration and root-cause reports | 24 x 7 |
| Patch management | monthly operating-system and database patches in agreed windows | monthly |
| Backup management | backup jobs, failure handling, quarterly restore tests | daily |
| Service desk | tickets from the Customer's IT staff in Chinese and English | 24 x 7 |
| Capacity reporting | monthly capacity and cost report with recommendations | monthly |

## Schedule 2 - Service Levels

| Measure | Level | Service credit |
|---|---|---|
| Monitoring platform availability | 99.95% per month | 3% of the monthly charge per 0.1 point below |
| P1 Incident response | within 20 minutes | 2% of the monthly charge per late response |
| P1 Incident restoration or workaround | within 3 hours | 3% of the monthly charge per late restoration |
| P2 Incident response | within 1 hour | 1% of the monthly charge per late response |
| Backup success rate | 99% of scheduled jobs per month | 2% of the monthly charge |

Total service credits in a month are limited to 25% of that month's service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, fixed | 64,000 |
| Monthly service charge | 36 months x CNY 48,500 | 1,746,000 |
| **Total Contract Value** | | **1,810,000** |
| Exit assistance (if requested) | per engineer day | 3,200 |
"""

# ---------------------------------------------------------------- e05 (.txt)
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. JH-DATA-2025-07

PARTIES

Shandong Jinhe Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong ("Customer").

Cumbemayo Geodata S.A.C., a company incorporated in Peru with its principal office in Cajamarca, Peru ("Provider").

BACKGROUND

Customer imports soybeans and maize from South America and wishes to follow crop conditions and weather in its sourcing regions. Provider produces crop-condition indices, yield estimates and weather data from satellite imagery and ground stations and delivers them through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's REST interface through which the Data is delivered, with its documentation.

1.2 "Data" means the crop-condition indices, vegetation maps, yield estimates, planting and harvest progress data and weather observations and forecasts for the regions listed in Schedule A.

1.3 "Customer Data" means the field boundaries, sourcing locations, query parameters, user accounts and any other information that Customer uploads to or enters in the API.

1.4 "Subscription Year" means each of the two consecutive periods of the Subscription Term, the first beginning on the Integration Acceptance Date.

1.5 "Severity 1 Incident" means that the API is unavailable or returns no current Data for all users.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right for up to 60 named users and three internal applications to access the API, to store the Data in Customer's own systems and to use the Data for Customer's internal purchasing, risk management and trading decisions.

2.2 The Subscription Term consists of two Subscription Years starting on the Integration Acceptance Date.

2.3 Customer may show Data in internal reports and in reports to its board, lenders and auditors. Customer shall not resell the Data or provide it to third parties as a data service.

2.4 Provider shall update the Data daily during the growing seasons, weekly outside them, and shall publish a change log whenever a method or data source changes.

2.5 Provider shall give Customer at least sixty days' notice before it withdraws any region, index or endpoint listed in Schedule A and shall offer an equivalent replacement at no extra charge.

2.6 Provider shall provide technical documentation for every endpoint, including field definitions, units, update times and known limitations of each index, and shall answer questions from Customer's analysts by email within two working days.

2.7 Customer shall keep its API keys under its control, shall use the API within the rate limits in Schedule A and shall inform Provider promptly if it suspects that an API key has been misused.

3. FEES AND PAYMENT

3.1 The fees are as follows:

    Subscription Year 1 ............................ CNY 342,000
    Subscription Year 2 ............................ CNY 342,000
    Integration support (one-time, fixed) .......... CNY 26,000
    Total contract value ........................... CNY 710,000

3.2 The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within twenty-five days of receipt of a valid invoice.

3.3 The integration support fee is invoiced after Integration Acceptance.

3.4 API calls above 2,000,000 per Subscription Year are charged at CNY 20 per 10,000 calls, invoiced quarterly in arrears. Such charges are not included in the total contract value.

3.5 All fees are stated in CNY, include VAT and are paid by bank transfer to Provider's account with a bank in mainland China.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall support Customer's IT team in connecting Customer's risk platform to the API. The support includes a test environment, sample code, a data dictionary, two remote workshops and a custom endpoint that returns regional indices in Customer's own region codes.

4.2 Integration Acceptance requires that: (a) all endpoints listed in Schedule A return valid data for every region in the test environment and production; (b) the custom endpoint returns results that match Provider's standard regional indices after code conversion; (c) the API answers at least 95% of test requests within two seconds over ten working days; and (d) historical Data for the last ten seasons has been delivered in full.

4.3 When the criteria are met, Customer signs an Integration Acceptance certificate within five working days. Use of the test environment or of production Data before that date is not acceptance.

4.4 Provider shall keep the test environment available during the whole Subscription Term so that Customer can test new versions of its own systems, and shall give Customer at least thirty days' notice of any change to the API that is not backward compatible, together with migration guidance.

4.5 If Integration Acceptance is delayed beyond eight weeks after signature for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced three days in advance.

5.2 Provider shall respond to a Severity 1 Incident within one (1) hour at any time and restore the API within six hours. Other incidents are answered within one working day.

5.3 For each full 0.1 percentage point by which monthly availability falls below the level in 5.1, Customer receives a credit of 2% of the monthly equivalent of the annual fee. A late response to a Severity 1 Incident earns a credit of CNY 800 per hour of delay. Credits are deducted from the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the Data to Customer and shall not use it for any other purpose, including for improving its models or for reports to other customers.

6.2 Customer Data shall be stored on servers located in mainland China operated by Provider's hosting partner. Provider shall encrypt Customer Data in transit and at rest, protect user accounts with multi-factor authentication, restrict access to named engineers and keep access logs for at least one hundred and eighty days.

6.3 Provider shall notify Customer within twenty-four hours after it becomes aware of any unauthorised access to or loss of Customer Data, shall take remedial measures and shall be liable for Customer's losses caused by its failure to meet this Clause 6.

6.4 At the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API, its models and the Data, subject to the rights granted in Clause 2.

7.2 The custom endpoint, the region-code mapping and the sample code written for Customer belong to Customer, which may use, modify and license them freely. Data already stored by Customer may be kept and used internally after the Subscription Term.

8. SUBCONTRACTING

8.1 Provider shall not subcontract any part of its obligations, other than to the hosting partner named in Schedule A, without Customer's prior written consent. Provider remains responsible for the acts of its hosting partner and of any approved subcontractor.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 200% of the total contract value.

9.2 The limit does not apply to wilful misconduct or to breach of Clause 6.

9.3 The Data are estimates. Provider does not guarantee any crop outcome or price movement, but shall use the methods described in the documentation with due skill and care.

10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically.

10.2 Neither party may terminate this Agreement before the end of the Subscription Term. Customer's remedies for any failure by Provider are the service credits under Clause 5, the payments under Clause 4.5 and damages under Clause 9.

10.3 Provider may suspend access to the API if an undisputed invoice remains unpaid for more than forty-five days after a written reminder, and shall restore access within one working day after payment.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules.

11.3 Before starting arbitration, the parties shall try to settle the dispute through discussions between senior managers for at least twenty days after written notice of the dispute.

12. GENERAL

12.1 Schedule A (regions, endpoints and hosting partner) forms part of this Agreement.

12.2 Notices shall be in writing to the addresses above.

12.3 Neither party may assign this Agreement without the other party's prior written consent.

12.4 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of satellite operators or public networks not caused by it, provided that it informs the other party promptly and takes reasonable steps to limit the effect.

12.5 This Agreement may be changed only by a written amendment signed by both parties.

SIGNATURES

For Customer: ____________________        For Provider: ____________________
"""

# ================================================================ files, labels, checks
FILES = {  # key: (file name, language, format, category, kind)
    "z01": ("h647z01_child_welfare_care_platform.pdf", "zh", "pdf", "software", "goods_or_licence"),
    "z02": ("h647z02_pump_plant_test_bench_retrofit.docx", "zh", "docx", "hardware", "goods_or_licence"),
    "z03": ("h647z03_tyre_chain_booking_membership_saas.txt", "zh", "txt", "cloud", "service"),
    "z04": ("h647z04_seed_station_quality_system_om.txt", "zh", "txt", "services", "service"),
    "z05": ("h647z05_salt_works_brine_monitoring_supplier_template.md", "zh", "md", "software", "goods_or_licence"),
    "e01": ("h647e01_sugar_harvest_planning_licence_trujillo.pdf", "en", "pdf", "software", "goods_or_licence"),
    "e02": ("h647e02_route_sales_saas_order_form_chiclayo.md", "en", "md", "cloud", "service"),
    "e03": ("h647e03_pond_sensors_monitoring_licence_piura.docx", "en", "docx", "hardware", "goods_or_licence"),
    "e04": ("h647e04_managed_infrastructure_36_months_iquitos.md", "en", "md", "services", "service"),
    "e05": ("h647e05_crop_weather_data_api_cajamarca.txt", "en", "txt", "cloud", "service"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# contract value, TCO fee base (itemised licence / hardware subtotal) for goods
VALUE = {"z01": 980000, "z02": 1480000, "z03": 614000, "z04": 368000, "z05": 1120000,
         "e01": 1600000, "e02": 560000, "e03": 1430000, "e04": 1810000, "e05": 710000}
FEE_BASE = {"z01": 486000, "z02": 1260000, "z05": 620000, "e01": 1240000, "e03": 1265200}

COMPLIANT = dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                 data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                 liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                 final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                 auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                 governing_law="PRC")
TERMS = {
    "z01": dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8),
    "z02": dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
                final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                subcontract_without_consent=True),
    "z03": dict(availability_pct=99.98, p1_response_hours=1, buyer_owns_data=False,
                ld_rate_per_day_pct=500 / 614000 * 100, auto_renewal_price_increase=True),
    "z04": dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False),
    "z05": dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                liability_cap_pct=25, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
                warranty_months=6, post_warranty_fee_pct=None, subcontract_without_consent=None),
    "e01": dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
                governing_law="Peru"),
    "e02": dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=600 / 560000 * 100,
                liability_cap_pct=150, subcontract_without_consent=True),
    "e03": dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7),
    "e04": dict(availability_pct=99.95, p1_response_hours=20 / 60, data_security_clause=False,
                ld_rate_per_day_pct=1200 / 1810000 * 100, liability_cap_pct=6 / 36 * 100),
    "e05": dict(availability_pct=99.95, p1_response_hours=1, confidentiality=False,
                ld_rate_per_day_pct=500 / 710000 * 100, liability_cap_pct=200, termination_for_breach=False),
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery
    "z04": dict(ld_stated=False),
    "z05": dict(sla_clause=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
}
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (§3): availability, P1 hours, LD %/day, cap %, prepayment %, warranty months, fee %, TCO share %
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH = 40


def label(key):
    name, lang, fmt, cat, kind = FILES[key]
    t = dict(COMPLIANT)
    t.update(TERMS[key])
    t["contract_kind"] = kind
    x = {"sla_clause": True, "ld_stated": t["ld_rate_per_day_pct"] is not None}
    if kind == "goods_or_licence":
        x["post_warranty_fee_capped"] = True
    x["acceptance_deemed_on_delivery"] = False
    x.update(EXTRA.get(key, {}))
    x["contract_value"] = VALUE[key]
    if kind == "service":
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and "post_warranty_fee_capped" not in x
        assert t["final_payment_on_acceptance"] is None
    return t, x


def tco_share(key, t, x):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (VALUE[key] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 and 'Where rules apply'."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key, t, x)
        if s is not None and s > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
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


# ---------------------------------------------------------------- threshold-figure scan
NUMW = r"(?:%|％|\s*percent|\s*per\s*cent)"
PATTERNS = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0?\.050*(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.,])100(?:\.0+)?\s*" + NUMW, r"百分之(?:一)?百(?![零一二三四五六七八九十])", r"one\s*hundred\s*per",
    r"(?<![\d.,])30(?:\.0+)?\s*" + NUMW, r"百分之三十(?![一二三四五六七八九点])", r"(?<![-\w])thirty\s*(?:\(30\)\s*)?per",
    r"(?<![\d.,])15(?:\.0+)?\s*" + NUMW, r"百分之十五(?![一二三四五六七八九点])", r"(?<![-\w])fifteen\s*(?:\(15\)\s*)?per",
    r"(?<![\d.,])40(?:\.0+)?\s*" + NUMW, r"百分之四十(?![一二三四五六七八九点])", r"(?<![-\w])forty\s*(?:\(40\)\s*)?per",
    r"(?<![\d.,])4\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)", r"(?<![一二三四五六七八九十百零两\d])四个?小时",
    r"(?<![-\w])four\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![-\w])twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"十二个月",
    r"(?<![十\d])一年", r"(?<![\d.,])1\s*年", r"(?<![-\w])one\s*(?:\(1\)\s*)?(?:-\s*)?years?\b",
    r"(?<![\d.,])1\s*(?:-\s*)?years?\b",
]]
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之一百", "30%", "30 %",
            "百分之三十", "thirty percent", "15%", "百分之十五", "15 per cent", "40%", "百分之四十", "forty percent",
            "4 hours", "4小时", "四小时", "four hours", "four (4) hours", "12 months", "12个月", "十二个月",
            "twelve months", "twelve (12) months", "12-month", "一年", "one year", "1 year", "one (1) year", "1年"]
MUST_MISS = ["99.95%", "99.5%", "99.98%", "0.08%", "0.1%", "万分之八", "万分之二", "150%", "200%", "35%",
             "百分之三十五", "10.5%", "25%", "45%", "140%", "115%", "24 hours", "24小时", "二十四小时",
             "twenty-four hours", "twenty-four (24) months", "18 months", "十八个月", "2025年12月31日", "14 hours",
             "0.055%", "1,430,000", "3 hours", "每年", "first three years", "Subscription Year 1", "one (1) hour"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            for m in p.finditer(variant):
                hits.append((p.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan("条款 " + s + " 以内"), ("must hit", s)
    for s in MUST_MISS:
        assert not scan("条款 " + s + " 以内"), ("must miss", s, scan(s))


# ---------------------------------------------------------------- read back and lengths
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, v in FILES.items():
        if v[2] in ("txt", "md"):
            (OUT / v[0]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", v[0])
    problems, covered = [], set()
    for k, (name, lang, fmt, cat, kind) in FILES.items():
        t, x = label(k)
        rules = derive(k, t, x)
        if rules != sorted(DESIGN[k]):
            problems.append("%s: derived %s != design %s" % (k, rules, sorted(DESIGN[k])))
        covered.update(rules)
        for f, th in TH.items():
            if t[f] is not None and abs(t[f] - th) < 1e-9:
                problems.append("%s: %s on threshold" % (k, f))
        s = tco_share(k, t, x)
        if s is not None and abs(s - TCO_SHARE_TH) <= 2:
            problems.append("%s: TCO share %.2f within 2 points" % (k, s))
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        hits = scan(text)
        if hits:
            problems.append("%s: threshold figures %s" % (k, hits[:5]))
        lab = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
               "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s %-58s %5d %-6s TCO=%s %s" % (k, name, n, risk(rules), "-" if s is None else "%.2f" % s,
                                               ", ".join(r[3:] for r in rules) or "(none)"))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
