"""holdout824: ten blind held-out draft contracts and their labels.

Builds every contract file from the sources below (the .docx and .pdf through ../word_pdf.py, PDFs broken into lines at
word boundaries), writes the .json labels, and asserts: the text lengths as read back, that no text states a
threshold figure and no label value sits on a threshold, that the rules derived from each label match the design list,
and that all 20 CR rules fire over the set. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """
T:市商务局废旧电池回收管理平台采购合同
P:合同编号：SWJ-ZFCG-2027-0318
P:采购人（甲方）：某市商务局
P:供应商（乙方）：江南循环科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号ZFCG-2027-0147）、乙方投标文件和中标通知书，甲乙双方就废旧电池回收管理平台的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供废旧电池回收管理平台软件（以下简称"平台"）的永久使用许可。许可范围为甲方、各区商务主管部门、登记在册的回收网点及监管人员使用，不限用户数和安装节点数。
P:1.2 乙方按照招标文件技术需求完成定制开发，包括：回收网点备案与星级评定模块、电池来源溯源与流向登记模块、再生利用企业月度报送模块、监管驾驶舱及预警规则配置、移动端巡查应用。
P:1.3 乙方负责与省级再生资源回收信息系统、市场监管企业信息库及甲方统一身份认证平台完成数据对接，并负责平台在甲方政务云上的部署、历史台账数据迁移、试运行和操作培训。
P:1.4 乙方提交的成果包括：平台安装介质及许可文件、定制模块源代码、接口说明、数据库设计说明、用户手册、运维手册和培训教材。
P:1.5 乙方应在合同签订后二十日内提交项目实施方案和进度计划，经甲方确认后执行；需求调研期间形成的需求规格说明书须经甲方书面确认后作为开发和验收依据。
H:第二条 合同价款
P:2.1 合同总价为人民币1,668,000元（大写：壹佰陆拾陆万捌仟元整），为固定总价，已含税费、差旅及第三方测评配合费用。其中：平台软件许可费780,000元；定制开发费636,000元；数据对接费154,000元；部署实施及培训费98,000元。
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即333,600元。
P:3.2 平台通过初步验收后十个工作日内，甲方支付合同总价的45%，即750,600元。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即583,800元。
P:3.4 乙方每次申请付款前应开具合法有效的增值税发票。资金支付按国库集中支付的有关规定办理，因财政审批流程产生的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百二十日内完成全部定制开发、数据对接和部署，并向甲方提交初步验收申请。
P:4.2 初步验收通过后进入试运行期，试运行期为九十日。试运行期间乙方应安排专人驻场，记录并处理全部问题。
P:4.3 乙方应每两周向甲方提交项目周报，如实反映进度、风险和待甲方协调事项；甲方应及时协调各区商务主管部门及相关信息系统主管单位配合对接。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现；（2）与三个外部系统的接口连续十日运行无数据丢失、无重复推送；（3）在五百个并发用户下，普通查询响应不超过2秒，统计报表生成不超过8秒；（4）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障；历史回收台账数据迁移经甲方抽样核对无差错；第1.4款所列全部成果提交完毕并经甲方确认。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以双方签字的书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，甲方如需续购维护服务，年度维护费不超过平台软件许可费的9.5%，即每年不超过74,100元，该价格在质保期满后三年内不得上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划维护应提前三个工作日书面通知甲方并安排在非工作时间）。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据错误影响监管）30分钟内响应，2小时内到场或远程处理；二级故障（单一模块不可用）2小时内响应，当日解决；三级故障次一工作日内处理。
P:7.3 响应超时的，每超时一小时扣减1,200元；月度可用率每低于承诺值0.01个百分点，扣减1,500元。扣减款项从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的模块、接口程序、驾驶舱配置及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再许可，无需另行付费。
P:8.3 乙方保证所交付成果不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台存储和处理的回收网点信息、电池溯源数据、企业报送数据等全部数据归甲方所有。乙方不得将上述数据用于履行本合同以外的任何目的，不得留存或向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，采取访问控制、加密传输、操作审计等措施；远程维护须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开的政务信息及第三方商业信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:12.1 乙方不得将本合同项下工作转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 本合同履行完毕后不自动续期；维护服务如需续购，双方另行签订合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应组建不少于八人的项目团队，项目经理须具备信息系统项目管理师资格，实施期间不得擅自更换；确需更换的，应提前十日书面报甲方同意，且继任人员资历不低于原人员。
P:15.2 乙方应在合同签订后五个工作日内提交合同总价5%的履约保证金，最终验收合格且无未结扣款后无息退还。
P:15.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期或部分免除责任。
P:15.4 招标文件、投标文件、中标通知书均为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：HL-GZ-2027-021
P:甲方：浙江恒晾日用制品有限公司
P:乙方：杭州启工自动化工程有限公司
P:甲方为晾衣绳生产企业，拟对其挤出、编绳、包胶、定长裁切及包装车间共六条晾衣绳生产线的电气控制系统实施改造。经询价比选，双方就设备供货、软件许可、安装调试及售后维保事宜，订立本合同。
H:第一条 改造范围
P:1.1 乙方拆除原有继电器控制柜，更换为PLC控制柜，配置伺服驱动及变频单元、触摸屏操作终端和边缘数据网关，实现牵引张力闭环控制、编织速度联动和定长自动裁切。
P:1.2 乙方提供产线监控软件许可一套（永久许可，不限终端数），实现设备状态采集、产量与断线统计、能耗统计及报警推送，并与甲方现有ERP系统对接工单与产量数据。
P:1.3 乙方编写全部PLC与触摸屏程序，负责安装、调试、试生产，以及对操作工和设备电工的培训。
P:1.4 改造后每条产线应保留手动操作模式和急停回路，控制柜防护等级不低于IP54，柜内元器件选用主流品牌并在投标文件所附品牌清单范围内。
H:第二条 合同价款
P:2.1 合同总价为人民币1,370,000元，含增值税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造|6套|96,000|576,000
TB:2|伺服驱动及变频单元|48台|6,500|312,000
TB:3|触摸屏操作终端|12台|8,800|105,600
TB:4|产线监控软件许可|1套|148,000|148,000
TB:5|边缘数据网关|6台|12,400|74,400
TB:|软硬件小计|||1,216,000
TB:6|安装调试及程序编写|1项|138,000|138,000
TB:7|操作及维护培训|1项|16,000|16,000
TB:|合计|||1,370,000
P:2.2 上述价格包含设备运输、保险、税费、旧柜拆除及乙方人员差旅费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即137,000元。
P:3.2 设备全部到货并完成安装通电后十个工作日内，甲方支付合同总价的55%，即753,500元。到货签收及安装通电不代表质量验收。
P:3.3 项目最终验收合格后十个工作日内，甲方支付合同总价的35%，即479,500元。
P:3.4 乙方应在每次收款前开具等额增值税专用发票。甲方付款前，乙方应提交对应阶段的到货清单、安装记录或验收报告。
H:第四条 工期
P:4.1 乙方应于合同签订后七十五日内完成设备到货。为减少停产损失，改造分三批实施，每批停机不超过六日，全部改造于合同签订后一百二十日内完成。
P:4.2 每批停机计划应提前七日报甲方生产部确认；因乙方原因延长停机的，按第十三条处理。
P:4.3 每批改造完成后，乙方应陪同甲方连续生产三个班次，及时处理断线、张力波动和裁切偏差等问题，并记录调试参数。
H:第五条 验收
P:5.1 验收标准：（1）每条产线连续七十二小时带料运行无控制故障；（2）牵引张力控制偏差在设定值±3%以内；（3）定长裁切误差不超过±5毫米；（4）监控软件采集的产量数据与现场计数器核对一致，ERP工单同步延迟不超过一分钟；（5）设备型号、数量与合同一致，随机资料、电气图纸及程序备份齐全。
P:5.2 全部产线满足上述标准后，双方签署最终验收报告。甲方试生产使用不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第六条 质量保证与售后维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内硬件故障免费更换，软件免费修复和升级。
P:6.2 质保期内一级故障（整条产线停机）乙方应在1小时内响应，8小时内到达现场；二级故障（单台设备异常、不影响整线）当日响应，两日内修复。超时响应的，每超时一小时乙方向甲方支付600元，从应付款中扣除。
P:6.3 质保期满后，乙方提供年度维保服务，内容包括每季度巡检、易损件更换、程序维护及软件升级。年度维保费按软硬件小计的28%计取，即每年340,480元，质保期满后三年内不作调整。
H:第七条 现场施工与安全
P:7.1 乙方进场人员应遵守甲方厂区安全生产、消防及防尘管理制度，电气作业人员须持有效特种作业操作证。动火、登高及带电作业须事先办理甲方作业许可。
P:7.2 乙方应在每批停机改造前完成旧柜拆除方案和新柜接线图的审核，拆除的旧控制柜、电缆由乙方分类整理后交甲方处置，不得擅自运出厂区。
P:7.3 施工期间因乙方原因造成人身伤害、设备损坏或原材料（聚乙烯、聚丙烯粒料及钢丝芯线）报废的，由乙方承担全部责任。
H:第八条 甲方义务
P:8.1 甲方应按乙方提交的停机计划安排生产，提供施工所需的电源、场地和临时仓储，并指定生产部负责人作为项目联系人。
P:8.2 甲方应提供原有设备图纸、工艺参数表及ERP接口所需的测试环境和账号，并在五个工作日内确认乙方提交的程序功能说明。
H:第九条 备品备件与培训
P:9.1 乙方应随货提供伺服驱动器、触摸屏及网关各一台作为备机，以及易损件清单和建议库存。质保期满后乙方保证按不高于本合同单价的价格供应备件，供应期不少于六年。
P:9.2 乙方应分三期完成操作工和设备电工培训，培训内容包括触摸屏操作、常见报警处理、张力参数调整及程序备份恢复，培训结束后进行考核。
H:第十条 数据安全
P:10.1 产线运行数据、工艺参数、产量与订单数据均归甲方所有。乙方不得复制、留存或将其用于本合同以外的用途。
P:10.2 边缘网关与监控软件应部署在甲方内网，远程维护须经甲方批准并在甲方人员监督下进行；乙方应采取账号分级、日志审计等安全措施。因乙方原因造成数据泄露或丢失的，乙方应立即通知甲方、采取补救措施并承担赔偿责任。
H:第十一条 保密
P:11.1 双方对在履行本合同中获知的对方技术资料、工艺配方及经营信息负有保密义务，保密期至该信息合法公开之日止。
H:第十二条 知识产权
P:12.1 乙方为本项目编写的PLC程序、触摸屏组态及ERP接口程序（含源代码）归甲方所有，甲方可自行修改和使用。监控软件产品的知识产权仍归乙方，甲方享有永久使用权。
P:12.2 乙方应在最终验收时移交全部程序的最新版本备份、电气原理图和接线图电子版，质保期内程序有修改的，应在修改后三日内更新备份并书面说明修改内容。
H:第十三条 违约责任
P:13.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:13.2 甲方逾期付款的，按未付金额每日万分之三支付违约金。
P:13.3 因设备质量问题造成甲方停产的，乙方应赔偿甲方的直接损失。
H:第十四条 分包
P:14.1 乙方如需将电缆桥架敷设等辅助工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十五条 合同解除
P:15.1 任何一方严重违约且在收到书面通知后十五日内未予纠正的，守约方有权解除合同并要求赔偿损失。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交湖州仲裁委员会仲裁。
P:16.2 因不可抗力致使不能按期履行的，受影响方应在三日内通知对方，工期相应顺延，但乙方应采取措施减少停产损失。
P:16.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：　　　　签订日期：2027年　月　日
"""

Z03 = """长笛培训连锁门店预约及会员管理系统服务合同

合同编号：DY-IT-2027-006

甲方：上海笛韵艺术培训有限公司
乙方：南京约课云信息技术有限公司

鉴于甲方在华东地区经营三十家长笛培训门店，需要统一的课程预约、会员储值与课消管理系统，双方经协商一致，订立本合同。

一、服务内容
（一）乙方以软件即服务（SaaS）方式向甲方提供"约课云"预约及会员管理系统，覆盖甲方三十家门店，每店开通前台、教师及店长账号，并提供学员端微信小程序和总部管理后台。
（二）乙方负责实施服务，包括：
1. 门店、教室、教师及课程体系（启蒙、进阶、考级、乐团排练）配置；
2. 从甲方原有表格及旧系统迁移学员档案、会员卡及剩余课时数据；
3. 配置乐器租借登记、考级报名及演出活动报名流程；
4. 对店长、前台及教师分批培训，并提供操作手册。
（三）系统应支持按门店、按教师和按课程类型的课消统计，支持家长端查看课时余额、上课记录和教师点评，支持微信支付和门店收银台收款的对账。
（四）服务期为两个服务年度，第一个服务年度自系统上线验收通过之日起算。

二、费用与支付
（一）订阅费按门店计收，每店每个服务年度9,600元，三十家门店每个服务年度合计288,000元，两个服务年度合计576,000元。
（二）实施费一次性64,000元。
（三）合同总价为640,000元，含税。
（四）每个服务年度的订阅费于该服务年度开始后十五日内一次支付；实施费于上线验收通过后十五日内支付。
（五）服务期内门店数量增加的，新增门店按每店每个服务年度9,600元按月折算计费；门店关闭的，自关闭次月起按月折算退还或抵扣订阅费。
（六）乙方应在收款前开具增值税普通发票。甲方逾期付款的，乙方应书面催告，催告后三十日内仍未支付的，乙方可暂停新增账号开通，但不得停止已有门店的服务。

三、实施与上线验收
（一）乙方应于合同签订后四十五日内完成配置、数据迁移和培训，并提交上线验收申请。
（二）验收标准：
1. 迁移的学员档案、会员卡余额与剩余课时经甲方逐店核对一致；
2. 预约、签到、课消、退费、储值、排课冲突提示等功能按需求清单测试通过；
3. 模拟周六上午高峰三千人同时预约，页面响应不超过3秒；
4. 五家试点门店试用五日，未发生一级故障。
（三）乙方应在上线前提交切换方案，明确旧系统停用时间、数据冻结节点和回退措施；切换应安排在周一至周三的非教学时段进行，避免影响周末课程。
（四）验收合格的，双方签署上线验收单。乙方逾期提交验收或验收不合格需整改的，每逾期一日，乙方向甲方支付800元违约金。

四、服务水平
（一）系统月度可用率不低于99.5%。计划维护应安排在凌晨零时至六时之间，并提前两日通知甲方。
（二）一级故障（全部门店无法预约或收款）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，次日内修复。
（三）二级及以上故障处理完毕后三个工作日内，乙方应向甲方提交故障报告，说明原因、影响门店和整改措施。
（四）月度可用率低于承诺值的，每低0.1个百分点，按当月订阅费的2%抵扣服务费；一级故障响应超时的，每次抵扣500元。抵扣在下一服务年度订阅费中结算。

五、数据与安全
（一）学员及家长个人信息、会员交易数据、课程数据均归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的。
（二）乙方应按照个人信息保护法律法规采取加密存储、访问控制、日志审计等措施，系统应完成网络安全等级保护第二级备案。
（三）发生数据泄露的，乙方应在二十四小时内通知甲方，配合处置，并承担因其过错造成的损失。
（四）乙方应每日备份甲方数据，备份保存不少于三十日；乙方工作人员访问甲方数据须经授权并留存操作记录。
（五）合同终止后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除其留存的数据。

六、知识产权
（一）乙方系统平台的知识产权归乙方，乙方在服务期内授予甲方及其门店使用权。
（二）为甲方定制的报表模板、小程序页面设计及数据导出脚本归甲方所有，甲方可自由使用、修改并交由第三方使用。
（三）乙方保证系统及其提供的服务不侵犯第三方知识产权；甲方因此遭受第三方索赔的，由乙方负责处理并赔偿甲方损失。小程序使用的甲方商标、课程名称和教学视频归甲方所有。

七、甲方义务
（一）甲方应指定总部运营部为项目对接部门，并为每家门店指定一名系统管理员，负责本门店账号的开通、变更和注销。
（二）甲方应在合同签订后十日内提供门店清单、课程价目表、会员卡规则及旧系统导出数据，并对其真实性负责。
（三）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

八、日常支持
（一）乙方提供每日早八时至晚十时的在线客服和电话支持，周末及法定节假日照常服务，以适应培训机构晚间和周末排课的特点。
（二）乙方每季度向甲方提交一次服务报告，内容包括可用率统计、故障及处理情况、功能使用情况和优化建议。
（三）乙方每个服务年度免费为甲方新开门店提供两次远程实施培训；甲方新入职的前台和教师可随时使用乙方在线课程学习系统操作。
（四）系统功能更新应提前七日在管理后台公告；涉及收款、退费、课消规则的变更，须事先取得甲方书面确认。

九、保密
双方对因本合同获知的对方商业信息、学员资料及价格信息承担保密义务，该义务在合同终止后三年内继续有效。

十、服务变更
（一）甲方需要增加定制功能的，双方另行签订补充协议，明确功能范围、费用和上线时间。
（二）乙方如变更系统的服务器所在地或云服务商，应提前三十日书面通知甲方，并保证数据仍存储于中国境内，服务水平不因此降低。

十一、分包
乙方可将数据迁移、现场培训及客服热线等工作委托第三方完成，但应提前书面通知甲方，并对第三方的行为负责。

十二、续期
服务期满前三十日任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%。

十三、违约与解除
（一）乙方违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方退还未使用服务期对应的订阅费。
（二）一方违约给对方造成损失的，应当赔偿。
（三）因不可抗力或基础电信运营商网络中断导致服务中断的，受影响方应及时通知对方并尽力恢复，相应期间不计入可用率考核，但乙方应提供中断说明。
（四）合同终止或期满不续约的，乙方应提供不少于三十日的过渡期，保证甲方正常使用并协助甲方将数据迁移至新的系统，过渡期不另收费。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交上海仲裁委员会仲裁。

十五、其他
本合同附件包括：门店清单、需求清单及验收测试用例、服务水平考核表。附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z04 = """大件垃圾清运调度系统年度运维服务合同
（竞争性磋商）

项目编号：CGJ-CS-2027-009
采购人（甲方）：某市城市管理局
供应商（乙方）：城运数智科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就大件垃圾清运调度系统的年度运维服务，订立本合同。

第一条 服务对象
本合同运维对象为甲方已建成的大件垃圾清运调度系统，包括：居民预约小程序及热线工单接入模块、清运车辆定位调度模块、中转站称重计量模块、拆解处置台账模块、数据统计大屏，以及相关服务器、数据库和中间件。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。

第三条 服务内容
1. 日常运维：每日巡检系统运行、数据库与备份状态，处理告警并记录。
2. 故障处理：按第五条时限响应和修复故障。
3. 应用维护：修复缺陷，每季度完成一次小版本优化；全年完成不少于两次功能升级，升级需求由甲方书面确认。
4. 安全运维：每月开展漏洞扫描并完成整改，配合等保测评和网络安全检查。
5. 数据维护：清运数据、称重数据的核对与修正，每月5日前出具上月运营数据报告。
6. 重点时段保障：春节、国庆及大件垃圾集中清运期间安排专人值守。
7. 驻场服务：乙方派驻两名运维工程师在甲方指挥中心工作日驻场，非工作时间安排电话值班，接到一级故障通知后远程处理。
8. 终端维护：负责中转站称重终端、清运车辆车载终端的软件配置、数据接入和故障定位，终端硬件的维修由甲方另行安排。
9. 用户支持：为各区环卫所、街道工作人员提供系统使用咨询，每半年组织一次操作培训。

第四条 服务费用及支付
1. 服务费总额为人民币486,000元，含税，为固定总价。
2. 服务费按季度支付。每季度结束且当季考核完成后十五个工作日内，甲方支付121,500元。
3. 当季考核扣款从当季服务费中扣除。甲方不支付预付款。
4. 乙方应在每次付款前开具增值税发票，并提交当季巡检记录、故障处理记录及月度报告作为付款依据。
5. 乙方应在合同签订后五个工作日内提交服务费总额5%的履约保证金，年度验收合格后无息退还。

第五条 服务水平
1. 系统月度可用率不低于99.95%。
2. 故障分级：一级故障（预约或调度全部中断）30分钟内响应，2小时内恢复；二级故障（单个模块异常）1小时内响应，8小时内修复；三级故障次一工作日内修复。
3. 遇重大活动或极端天气导致预约量激增时，乙方应根据甲方通知提前扩容并安排双人值守，确保预约和调度功能正常。
4. 考核扣款：一级故障响应或恢复超时的，每次扣减服务费1,000元；月度可用率低于承诺值的，每低0.01个百分点扣减500元；季度考核得分低于80分的，扣减当季服务费的5%。

第六条 服务考核与验收
1. 甲方按季度依据运维服务考核表对乙方评分，满分一百分，考核内容及权重为：巡检记录完整性（20分）、故障处理时效（35分）、报告质量（20分）、用户满意度（25分）。用户满意度由甲方向各区环卫所发放问卷确定。
2. 乙方对考核结果有异议的，可在收到考核结果后五个工作日内书面申请复核，甲方应在五个工作日内答复。
3. 服务期满后十日内，乙方提交年度运维总结、系统文档和配置清单。甲方按磋商文件所列考核标准组织年度验收：全年四个季度考核均不低于80分、升级事项全部完成、文档与配置清单与系统现状一致的，为验收合格。

第七条 数据安全
1. 系统中的居民预约信息、车辆轨迹、称重及处置数据归甲方所有，乙方不得复制、留存或用于运维以外的目的。
2. 乙方应落实网络安全等级保护第三级要求，运维操作一律通过甲方堡垒机进行，严禁私自导出数据。
3. 乙方运维人员应签署数据安全承诺书，仅在甲方授权范围内访问数据，调取居民个人信息须经甲方业务科室书面批准并留存记录。
4. 发生数据泄露、丢失或被篡改的，乙方应在一小时内报告甲方，采取补救措施，并承担由此造成的全部责任。

第八条 知识产权
1. 乙方在运维过程中编写的脚本、修改的程序代码及形成的文档归甲方所有，甲方可自行使用、修改，或交由其他单位使用。
2. 乙方使用自有运维工具的，应事先报甲方备案，工具不得收集或外传系统数据；服务期满后乙方应将工具从甲方系统中卸载。
3. 乙方保证其提供的服务及成果不侵犯第三方知识产权，由此引起的纠纷由乙方负责处理。

第九条 人员
1. 乙方驻场人员应具备相应资质并保持稳定，更换须提前十日经甲方同意，并完成不少于五个工作日的交接。
2. 乙方应指定一名项目负责人，负责服务协调、月度例会汇报和考核整改，项目负责人应具有三年以上市政类信息系统运维经验。
3. 驻场人员应遵守甲方指挥中心的值班、出入和用电管理规定，不得使用个人设备接入甲方业务网络。

第十条 甲方义务
1. 甲方应为驻场人员提供办公场所、网络接入和必要的堡垒机账号，并及时审批运维操作申请。
2. 甲方应指定业务联系人，按月组织运维例会，及时确认功能升级需求和季度考核结果。
3. 甲方负责协调各区环卫所、清运车队和中转站配合乙方开展数据核对和终端维护。

第十一条 应急保障与服务交接
1. 乙方应在服务期开始后二十日内提交系统应急预案，内容包括服务器宕机、数据库损坏、网络中断、称重终端批量离线等场景的处置流程，并每半年组织一次应急演练。
2. 乙方应每日对数据库进行增量备份、每周进行全量备份，备份数据存放于甲方指定的异地存储，每季度进行一次恢复测试。
3. 服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的接续服务单位完成交接，移交全部账号、配置、脚本、文档和未结问题清单，交接期间不得中断服务。

第十二条 运维记录与报告
1. 乙方应使用甲方指定的运维工单平台登记全部巡检、故障、变更和数据修正操作，工单记录作为季度考核依据。
2. 月度运营数据报告应包括预约量、清运完成率、平均清运时长、各中转站称重量及拆解处置量等指标，并对异常情况作出分析。
3. 系统变更（含程序更新和配置调整）须提交变更申请，经甲方批准后在非高峰时段实施，并准备回退方案。

第十三条 分包
乙方不得转包或分包本合同项下的服务。

第十四条 违约责任
1. 乙方未按期完成第三条所列功能升级、漏洞整改或月度报告的，每逾期一日，按服务费总额的万分之二向甲方支付违约金。
2. 乙方驻场人员无故缺勤的，每人每日扣减服务费300元。
3. 甲方逾期付款的，按同期贷款市场报价利率支付利息。
4. 因不可抗力不能履行的，受影响方应及时通知对方，在影响范围内免除责任。

第十五条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算服务费。

第十六条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

第十七条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。服务期满本合同终止，不自动续期。本合同一式五份，甲方三份，乙方两份。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z05 = """# 螺钿工艺工序追溯系统软件许可及定制开发合同

> 文本编号：SG-HT-STD-2026（乙方标准合同文本）

**甲方（买方）**：苏州漆贝螺钿工坊有限公司

**乙方（卖方）**：宁波溯工软件有限公司

甲方从事螺钿漆器及螺钿镶嵌家具的制作，需对从贝壳原料到成品的各道工序进行追溯管理。双方根据《中华人民共和国民法典》，就乙方软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"溯工MES"工序追溯软件标准版许可（永久许可，二十个并发用户）。

1.2 乙方按甲方确认的需求进行定制开发：贝壳原料批次登记（夜光贝、鲍鱼贝、珍珠母贝）、磨片与分层厚度记录、点螺与镶嵌工序报工、髹漆及推光工序追踪、成品一物一码溯源页面、扫码终端适配。

1.3 乙方负责部署实施、基础数据初始化及操作培训。

1.4 乙方交付物为：软件安装程序及授权文件、定制功能模块、用户操作手册、系统管理员手册。源代码不属于交付物范围。

## 第二条 价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯工MES标准版软件许可 | 168,000 |
| 2 | 定制开发 | 212,000 |
| 3 | 部署实施及培训 | 36,000 |
| | 合计 | 416,000 |

合同总价为人民币416,000元，含税。

## 第三条 付款

3.1 合同签订后五个工作日内，甲方支付合同总价的55%，即228,800元。

3.2 系统上线后五个工作日内，甲方支付剩余45%，即187,200元。

3.3 乙方收款后十个工作日内开具增值税普通发票。甲方要求开具专用发票的，应提供完整开票信息。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之二支付滞纳金，乙方并有权暂停实施和维护工作。

## 第四条 交付与验收

4.1 乙方于收到首付款后六十日内完成部署上线。甲方应提供服务器、网络及扫码设备等运行环境。

4.2 系统部署完成并上线运行，即视为甲方验收合格。甲方在上线后提出的问题，按维护问题处理。甲方在上线后十日内未书面提出异议的，不得再以系统功能不符为由拒付款项。

4.3 甲方应在需求调研结束后五个工作日内确认《需求规格说明书》。需求确认后甲方提出变更的，乙方有权另行报价并相应顺延上线时间。

4.4 乙方提供不超过两日的集中操作培训，培训对象为甲方工序组长及仓管人员，超出部分按每人日2,400元另行计费。

## 第五条 维护服务

5.1 乙方自系统上线之日起提供六个月免费维护。

5.2 免费维护期满后，甲方可续购年度维护服务，维护费按乙方当年度公布的服务价格标准执行。

5.3 维护期内，一级故障（系统无法登录或扫码报工中断）乙方于10小时内响应，二级故障于两个工作日内响应。

5.4 乙方将尽力按上述时限处理故障，但不因响应或修复超时承担任何扣款、赔偿或违约责任。

5.5 免费维护的范围仅限于软件缺陷修复和远程技术咨询，不包括新增功能、报表调整、数据修复、现场服务及因甲方操作不当引起的问题处理；上述服务按乙方收费标准另行计费。

5.6 维护服务通过乙方客服热线、工单系统及远程协助方式提供，服务时间为工作日上午九时至下午五时。

## 第六条 知识产权

6.1 标准软件及定制开发成果（含源代码、数据库设计、接口程序、页面模板）的知识产权均归乙方所有。

6.2 甲方在许可范围内享有非独占的使用权，不得自行或委托他人修改、反向工程或向第三方提供。

6.3 乙方保证其提供的标准软件不侵犯第三方的合法权利。因甲方提供的资料、图案或工艺说明引起的侵权纠纷，由甲方自行负责。

6.4 甲方增加并发用户数的，按乙方届时的许可价格另行购买。

## 第七条 数据

7.1 甲方录入系统的业务数据归甲方所有。

7.2 甲方同意，乙方可将脱敏处理后的工序数据、工时数据用于产品改进、行业分析，以及向其他客户提供工艺基准参考。

7.3 乙方采取防火墙、访问控制、定期备份等措施保障数据安全；因乙方过错导致数据泄露或丢失的，乙方负责补救并承担相应赔偿责任。

7.4 合同终止后，乙方可应甲方要求协助导出业务数据，导出服务按乙方收费标准另行计费。

## 第八条 甲方责任

8.1 甲方应保证运行环境符合乙方提供的配置要求（服务器、操作系统、数据库版本及扫码枪型号），因运行环境不符导致系统异常的，乙方不承担责任。

8.2 甲方应指定专人负责系统管理，妥善保管管理员账号。甲方擅自修改数据库或安装其他软件导致故障的，乙方提供的修复服务另行收费。

8.3 甲方应按约定时间提供原料批次、工序定义、工价标准及产品编码等基础资料，因甲方资料延误导致上线推迟的，上线时间相应顺延。

## 第九条 保密

双方对对方提供的非公开技术和商业信息负有保密义务，包括甲方的工艺做法、配方、客户名单和乙方的软件文档、报价，未经对方同意不得向第三方披露。保密期限为合同终止后两年。

## 第十条 违约责任

10.1 乙方逾期上线的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部责任（含违约金与赔偿）累计不超过合同总价的25%。

10.3 任何一方均不对间接损失、利润损失承担责任。

## 第十一条 合同解除

一方严重违约且经书面催告后二十日内未纠正的，另一方可解除合同。合同解除后，甲方应支付乙方已完成工作对应的费用，已交付的软件许可继续有效。

## 第十二条 争议

因本合同产生的争议，双方应先友好协商；自一方提出协商之日起十五日内协商不成的，任何一方均可向乙方所在地人民法院起诉。诉讼期间，本合同不涉及争议的部分继续履行。

## 第十三条 通知

双方通知以书面形式送达本合同首页所列地址，或发送至双方指定的电子邮箱。一方变更联系方式的，应在变更后三日内通知对方，否则按原地址送达即视为送达。

## 第十四条 不可抗力

因地震、火灾、洪水、疫情、政府行为、网络运营商故障或黑客攻击等不能预见、不能避免的事件导致无法履行的，受影响方不承担责任，但应及时通知对方。

## 第十五条 其他

15.1 本合同构成双方就合同标的达成的完整协议，取代此前的一切口头或书面约定。甲方采购订单或其他文件中与本合同不一致的条款不适用。

15.2 乙方可在其官网、宣传材料及客户案例中使用甲方名称和标识。

15.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：

## 附件一 定制功能清单

1. 原料管理：贝壳原料入库登记，记录品种、产地、供货商、批次及质检结论，支持原料图片上传。

2. 磨片工序：记录开片、研磨、分层的厚度与数量，统计各批次出片率和损耗。

3. 点螺与镶嵌：按订单派发工序任务，匠人扫码报工，记录工时、用料和完成数量。

4. 髹漆与推光：记录每道漆层的施工日期、阴干时间和检验结果，阴干时间不足时提示不得进入下道工序。

5. 成品溯源：成品生成唯一二维码，扫码可查看原料产地、主要工序、匠人署名及完成日期。

6. 统计报表：工序进度看板、匠人工时统计、原料库存及损耗报表，报表样式以乙方标准模板为准。
"""

E01 = """
T:Software Licence and Services Agreement
P:Agreement No. NDS-CN-2027-014
P:This Agreement is made between Inner Mongolia Qingcao Dairy Co., Ltd., a company registered in Hohhot, People's Republic of China (the "Buyer"), and Narew Dairy Systems sp. z o.o., a company registered in Łomża, Republic of Poland, with its office at ul. Polowa 21, 18-400 Łomża (the "Vendor").
P:The Vendor develops laboratory and quality management software for dairy processors. The Buyer operates four milk processing plants and wishes to replace its paper-based and spreadsheet-based quality records with the Vendor's software, configured for its plants and connected to its existing systems. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's LabDairy QMS product, version 7, including the sample management, test scheduling, specification, release, deviation and CAPA modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the plant configurations, report templates, label layouts, instrument drivers and interface programs that the Vendor develops or configures specifically for the Buyer under Article 3, together with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or processed with the Software in the Buyer's environment, including raw milk test results, supplier farm records, batch release records and laboratory instrument readings.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
P:1.5 "Severity 1 Incident" means a failure that stops batch release or sample registration at any plant, or corrupts Buyer Data.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's four plants and its head office for an unlimited number of named users, for the Buyer's internal business purposes and those of its affiliates in mainland China.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence survives the expiry or termination of this Agreement, except termination by the Vendor for non-payment of the licence fee.
H:Article 3 Services
P:3.1 The Vendor will provide the following services: installation of the Software in test and production environments; configuration of specifications and test methods for about 320 products; interfaces with the Buyer's ERP system, its milk collection system and 46 laboratory instruments; migration of open test records; user training; and go-live support at each plant.
P:3.2 The Vendor will deliver the services according to the project plan attached as Annex 2. The Vendor will complete installation and configuration within 100 days after the Effective Date and present the Software for acceptance testing within 130 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,560,000, inclusive of all taxes payable in China and of the Vendor's travel costs, made up as follows: perpetual Software licence CNY 1,120,000; configuration, interfaces and data migration CNY 386,000; training CNY 54,000.
P:4.2 The Buyer will pay 20% of the Contract Price (CNY 312,000) within 15 days after the Effective Date against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.3 The Buyer will pay 45% of the Contract Price (CNY 702,000) within 15 days after the Software has been installed in the production environment at all four plants and the Buyer has signed an installation certificate. The installation certificate does not mean acceptance.
P:4.4 The Buyer will pay the remaining 35% of the Contract Price (CNY 546,000) within 15 days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 The parties will agree an acceptance test plan within 30 days after the Effective Date. The plan will include at least the following criteria: every function listed in the requirements specification works as described; results from all 46 instruments are transferred without manual entry and match the instrument printouts; batch release status reaches the ERP system within one minute; migrated open records reconcile fully with the source records; and the Software supports 150 concurrent users with screen response under three seconds.
P:5.2 After successful acceptance testing the Software will run in production for 45 days. Final Acceptance requires that no Severity 1 Incident has occurred in that period and that all documentation and the source code of the Custom Deliverables have been delivered.
P:5.3 When the criteria are met, the Buyer will sign a Final Acceptance certificate within ten working days. Use of the Software in production before that date is not acceptance. If the criteria are not met, the Vendor will correct the defects within 20 days at its own cost and the tests will be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the requirements specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor will correct defects, supply all updates and new versions, and provide the support services under Article 6.2 free of charge.
P:6.2 The Vendor will provide a support desk in Chinese and English on working days from 08:00 to 20:00 Beijing time, and a hotline at all times for Severity 1 Incidents. The Vendor will respond to a Severity 1 Incident within one hour and provide a workaround or fix within eight hours. A Severity 2 Incident will be answered within two hours and fixed within three working days.
P:6.3 For every full hour by which the Vendor misses the Severity 1 response time, the Vendor will credit the Buyer CNY 1,000, and for every full day by which it misses the fix time, CNY 3,000. Credits are deducted from the next payment or, after the last payment, paid by the Vendor within 30 days.
P:6.4 After the Warranty Period the Buyer may order annual support from the Vendor. The annual support fee is 11% of the licence fee, that is CNY 123,200 per year, and will not be increased during the first three years after the Warranty Period. Annual support includes the services described in Articles 6.2 and 6.3 and all new versions.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer upon creation. The Vendor will deliver their source code and documentation. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties. The Vendor may reuse its general know-how, but not the Custom Deliverables themselves.
P:7.3 The Vendor will defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor will use Buyer Data only to perform this Agreement and will not copy it, keep it after the work is done, or use it for any other purpose, in aggregated, anonymised or any other form.
P:8.2 The Vendor will access the Buyer's systems only through the Buyer's secure access gateway with individual accounts, will follow the Buyer's information security rules, and will not transfer Buyer Data out of mainland China. Test data will be masked by the Buyer before the Vendor receives it.
P:8.3 The Vendor will notify the Buyer within two hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, will assist the Buyer to contain the incident, and will be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party will keep confidential all non-public information received from the other party, including formulations, supplier lists, prices and technical documentation, and will use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to present the Software for acceptance testing within the period in Article 3.2, or fails to achieve Final Acceptance within 190 days after the Effective Date, for reasons not attributable to the Buyer, the Vendor will pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 8 or infringement claims under Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor may not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any subcontractor approved by the Buyer.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Poland, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of or in connection with this Agreement that the parties cannot settle by negotiation within 30 days will be resolved by the competent common court in Łomża, Poland.
H:Article 14 General
P:14.1 This Agreement is made in English and Chinese; both versions are equally authentic. Notices must be given in writing to the addresses above. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ROUTEWISE FIELD SERVICE PLATFORM — ORDER FORM

**Order Form No.** RW-OF-2027-0588

**Provider:** Routewise Systems sp. z o.o., ul. Kościuszki 44, 16-400 Suwałki, Poland ("Routewise")

**Customer:** Hefei Jingsheng Elevator Service Co., Ltd., Hefei, Anhui Province, People's Republic of China ("Customer")

This Order Form consists of Part A (order details) and Part B (General Terms). By signing below, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Services

Routewise will provide its Routewise field service management platform as a hosted subscription service (the "Service"): work order management, technician scheduling and dispatch, a mobile app for technicians, spare parts tracking, customer e-signature of service reports, and a maintenance-contract module for elevator inspection cycles. The Service includes 260 technician licences and 40 dispatcher licences. Routewise will also provide the onboarding services in A4.

### A2. Subscription Term

The Subscription Term is 24 months, starting on the Subscription Start Date, which is the date on which Routewise makes the production tenant available to Customer. The Subscription Term is divided into two Subscription Years.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 300 licences, annual | 318,000 |
| Subscription fee, Subscription Year 2 | 300 licences, annual | 318,000 |
| Onboarding services | one-time, fixed price | 42,000 |
| **Total Contract Value** | | **678,000** |

All amounts are in CNY and include VAT. Additional licences ordered during the Subscription Term are charged pro rata at CNY 1,060 per licence per Subscription Year and are not part of the Total Contract Value.

### A4. Onboarding and Go-Live

Onboarding covers: tenant set-up; import of about 9,400 elevator units, 1,150 maintenance contracts and the spare parts catalogue; an interface with Customer's finance system for billing of repair orders; configuration of inspection cycles; and train-the-trainer sessions for 24 key users. Routewise will complete onboarding and present the Service for Go-Live acceptance within 60 days after the Subscription Start Date.

Go-Live acceptance criteria: imported records reconcile fully with Customer's source lists; a work order created by a dispatcher reaches the technician's app within 30 seconds; the finance interface transfers a full day's closed orders without error on five consecutive days; and the mobile app works offline in elevator shafts and synchronises when the signal returns. Customer will confirm acceptance in writing within five working days after the criteria are met. Using the Service before Go-Live acceptance is not acceptance.

If Routewise misses the Go-Live date for reasons within its control, it will pay Customer CNY 500 for each day of delay, up to CNY 20,000.

### A5. Invoicing and Payment

(a) On signature of this Order Form, Routewise will invoice the Subscription Year 1 fee together with the onboarding fee (CNY 360,000 in total). Customer will pay this invoice within 10 days and in any case before the Subscription Start Date. Routewise will not make the production tenant available before this payment is received.

(b) Routewise will invoice the Subscription Year 2 fee 30 days before the start of Subscription Year 2, payable before that Subscription Year starts.

(c) Invoices are issued as Chinese VAT invoices through Routewise's authorised local billing agent in Hefei.

### A6. Special Terms

(a) Customer Data will be hosted in Routewise's cloud region in mainland China (Shanghai).

(b) There is no automatic renewal. Any renewal requires a new signed Order Form.

(c) Customer's contact for this Order Form: Head of Service Operations. Routewise's contact: Account Director, Asia.

## PART B — GENERAL TERMS

### 1. Use of the Service

1.1 Routewise grants Customer and its affiliates a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for their internal business purposes, within the licence quantities ordered.

1.2 Customer is responsible for its users' compliance with these General Terms and for keeping login details secure. Customer will not resell the Service or use it to build a competing product.

1.3 Routewise may update the Service from time to time, provided that updates do not materially reduce its functionality or security.

### 2. Service Levels

2.1 Routewise will make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days ahead and carried out between 01:00 and 05:00 Beijing time.

2.2 Routewise will respond to Priority 1 incidents (the Service or the mobile app is unavailable for all users, or data is corrupted) within 30 minutes at any time, and to Priority 2 incidents within two hours during business hours.

2.3 If monthly availability falls below the commitment in 2.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point (or part of it) below the commitment, up to half of that monthly share. Each missed Priority 1 response time gives a further credit of CNY 800. Credits are set off against the next invoice or paid out at the end of the Subscription Term.

### 3. Customer Data

3.1 As between the parties, Customer owns all data that Customer or its users enter into the Service, including elevator unit records, customer contacts, work orders and service reports ("Customer Data").

3.2 Routewise processes Customer Data to provide the Service. In addition, Routewise may compile aggregated and anonymised statistics derived from Customer Data, such as repair times, failure rates by component and parts consumption, and may use them to improve and market its products, develop industry benchmarks and share them with other customers, during and after the Subscription Term. Such statistics will not identify Customer or any individual.

3.3 Routewise will protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging of administrative access and daily backups kept for 30 days. The production environment holds a China MLPS level 3 filing.

3.4 Routewise will notify Customer of any security breach affecting Customer Data within 24 hours of becoming aware of it, will take immediate steps to contain it and will bear the costs of remediation and Customer's losses resulting from its failure to comply with this Section 3.

3.5 Within 30 days after the end of the Subscription Term, Routewise will make Customer Data available for export in a standard format and then delete it from the Service.

### 4. Intellectual Property

4.1 Routewise owns the Service and all its underlying software.

4.2 Configurations, report templates, workflows and interface mappings created for Customer during onboarding belong to Customer. Customer may use, copy and modify them, and let third parties use them, without restriction.

### 5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation lasts for three years after the end of the Subscription Term.

### 6. Subcontracting

Routewise may not subcontract the performance of the Service or the onboarding services without Customer's prior written consent, except for the hosting provider named in A6(a), which Customer approves by signing this Order Form. Routewise is responsible for its subcontractors.

### 7. Term and Termination

7.1 This Order Form runs for the Subscription Term.

7.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If Customer terminates under this Section, Routewise will refund the prepaid fees for the remainder of the Subscription Term.

7.3 Either party may also terminate if the other party becomes insolvent.

### 8. Liability

8.1 Each party's total liability arising out of this Order Form is limited to 150% of the Total Contract Value.

8.2 The limit does not apply to breach of Section 3 or Section 5, wilful misconduct or personal injury.

8.3 Neither party is liable for indirect or consequential loss.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 10. Support and Suspension

10.1 Routewise provides support in Chinese and English through its portal and hotline. Priority 1 incidents may be reported at any time; other requests are handled on business days from 08:30 to 18:00 Beijing time.

10.2 Routewise may suspend access only if Customer's use threatens the security of the Service, and only to the extent and for as long as needed. Routewise will notify Customer beforehand where possible and restore access as soon as the threat is removed. Suspension does not relieve Routewise of its service level commitments unless the threat was caused by Customer.

### 11. General

11.1 Neither party may assign this Order Form without the other's written consent, except to an affiliate that takes over the relevant business.

11.2 Notices must be in writing and sent to the contacts in A6(c).

11.3 This Order Form is the entire agreement on its subject matter and replaces any earlier proposals.

**Signed for Routewise:** ____________________  **Signed for Customer:** ____________________
"""

E03 = """
T:Supply Contract for Cold-Chain Sensors and Monitoring Software
P:Contract No. HXL-PUR-2027-0093
P:Buyer: Wuhan Hanxin Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Roztocze Sensing sp. z o.o., ul. Lubelska 17, 22-400 Zamość, Poland (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer operates eight cold stores and a fleet of refrigerated trucks and needs continuous temperature and humidity monitoring to meet food and pharmaceutical storage rules. The Supplier has been selected through the Buyer's tender No. HXL-T-2027-011.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, door contacts and accessories listed in clause 3.1.
P:1.2 "Software" means the Supplier's ColdTrace monitoring software, licensed under clause 2.2, including the alarm engine, mobile app and report module.
P:1.3 "Deliverables" means the Equipment, the Software, the site configuration, the interface to the Buyer's warehouse management system (WMS) and all documentation.
P:1.4 "Final Acceptance" means acceptance under clause 6.3.
H:2. Scope
P:2.1 The Supplier will supply, install, configure and commission the Equipment in the Buyer's eight cold stores in Wuhan and Xiaogan, and install vehicle units in 60 refrigerated trucks.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's own servers for an unlimited number of sensors and users at the Buyer and its affiliates.
P:2.3 The Supplier will develop an interface that sends temperature excursions and door events to the Buyer's WMS, and a daily compliance report in the format required by the Buyer's pharmaceutical customers.
P:2.4 The Supplier will calibrate every sensor against a traceable reference before shipment and issue a calibration certificate for each one.
H:3. Price
P:3.1 The Contract Price is CNY 1,162,000, inclusive of VAT, delivery to site, customs duties and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|640|780|499,200
TB:2|LoRa gateway with 4G backup|32|6,400|204,800
TB:3|Door contact sensor|180|420|75,600
TB:4|ColdTrace monitoring software, perpetual licence|1|268,000|268,000
TB:|Equipment and licence subtotal|||1,047,600
TB:5|Installation, configuration and WMS interface|1|96,400|96,400
TB:6|Training|1|18,000|18,000
TB:|Contract Price|||1,162,000
P:3.2 The Contract Price is fixed and will not be adjusted for exchange rate changes or any other reason.
H:4. Payment
P:4.1 The Buyer will pay 25% of the Contract Price (CNY 290,500) as an advance within 15 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount valid until delivery.
P:4.2 The Buyer will pay 50% of the Contract Price (CNY 581,000) within 15 working days after delivery and installation at all sites, confirmed by a signed installation record. The installation record confirms quantities only and is not acceptance.
P:4.3 The Buyer will pay the remaining 25% of the Contract Price (CNY 290,500) within 15 working days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier will deliver all Equipment to the Buyer's central warehouse in Dongxihu District within 50 days after signature and complete installation at all sites within 80 days after signature.
P:5.2 Installation in cold rooms must be carried out without interrupting operations. The Supplier's staff must follow the Buyer's cold-room safety rules, including time limits for work below freezing and the buddy system.
H:6. Acceptance
P:6.1 Acceptance tests will be carried out jointly after installation. The criteria are: every sensor reports at the configured interval of one minute; measured temperatures agree with the Buyer's calibrated reference thermometer within ±0.3 °C at three test points per cold room; an alarm for a simulated excursion reaches the duty phone and the WMS within 60 seconds; gateways switch to 4G backup and buffer data without loss when the fixed network is disconnected; and the daily compliance report matches the raw data.
P:6.2 After the tests, the system will run for 30 days. Final Acceptance requires that no Priority 1 fault occurs in this period and that all calibration certificates and documentation have been delivered.
P:6.3 The Buyer will issue a Final Acceptance certificate within seven working days after the criteria are met. Installation, operation or payment does not mean acceptance. If a test fails, the Supplier will correct the defect within ten days at its own cost and repeat the test.
H:7. Warranty
P:7.1 The Supplier warrants the Deliverables for 36 months after Final Acceptance. During this period the Supplier will repair or replace any defective Equipment free of charge, including sensor batteries, correct any Software defect and provide all Software updates.
P:7.2 The Supplier will keep a stock of spare sensors and gateways in Wuhan and replace a failed unit within two working days.
P:7.3 After the warranty, the Buyer may order annual support. The annual support fee will not exceed 7.5% of the Equipment and licence subtotal, that is CNY 78,570 per year, and is fixed for the first two years after the warranty.
P:7.4 The Supplier will deliver, in Chinese, an operations manual, a maintenance manual, the network layout of sensors and gateways for each site, and the calibration procedure. The Supplier will train up to 30 of the Buyer's warehouse supervisors and IT staff in two sessions in Wuhan, covering alarm handling, sensor replacement, report generation and basic troubleshooting, and will give each trainee a written test at the end.
P:7.5 Replacement sensors supplied under the warranty will be calibrated and certified in the same way as the original sensors.
H:8. Service Levels
P:8.1 During the warranty period, the Software and alarm service must be available at least 99.95% of each calendar month.
P:8.2 The Supplier will respond to Priority 1 faults (loss of monitoring or alarms for a whole cold store or more than ten trucks) within 30 minutes at any time of day, and restore monitoring within six hours. Priority 2 faults will be answered within two hours and fixed within two working days.
P:8.3 For each hour of delay in responding to or restoring a Priority 1 fault, the Supplier will pay CNY 800. For each 0.01 percentage point by which monthly availability is below the commitment, the Supplier will pay CNY 600. The Buyer may deduct these amounts from any payment due.
H:9. Liquidated Damages and Liability
P:9.1 If the Supplier delays delivery, installation or Final Acceptance for reasons not caused by the Buyer, the Supplier will pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:9.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage to the Buyer's goods in storage caused by the Supplier's negligence, wilful misconduct, or breach of clauses 10 and 11.
H:10. Data Security
P:10.1 All monitoring data, alarm records, reports and configuration data are the Buyer's property. The Supplier may use them only to perform this Contract and will not keep, copy or disclose them, in any form.
P:10.2 The Software will be installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier will follow the Buyer's information security policy and apply security patches within the agreed time.
P:10.3 The Supplier will report any security incident affecting the Buyer's data within two hours, help the Buyer to contain it and be fully liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier will keep confidential all information about the Buyer's customers, stored goods, site layouts and prices, and will not disclose it to any third party without the Buyer's written consent, during this Contract and for three years after it ends.
H:12. Intellectual Property
P:12.1 The WMS interface, the compliance report template and the site configuration, with their source code, belong to the Buyer. The Buyer may use, modify and license them freely.
P:12.2 The Software and the Equipment firmware remain the Supplier's property, licensed to the Buyer under clause 2.2.
H:13. Subcontracting
P:13.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within 15 days after notice, or if liquidated damages under clause 9.1 reach their maximum. In that case the Supplier will refund amounts paid for Deliverables not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes will be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:16. General
P:16.1 This Contract is made in Chinese and English; if they differ, the Chinese version prevails. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** SNB-MSA-2027-07

**Customer:** Chongqing Yuxin Auto Parts Co., Ltd., Liangjiang New Area, Chongqing, People's Republic of China ("Customer")

**Provider:** San Bridge IT Services sp. z o.o., ul. Mickiewicza 9, 37-700 Przemyśl, Poland, acting through its Chengdu branch ("Provider")

## 1. Background and Structure

1.1 Customer manufactures brake and suspension components at three plants in Chongqing. Provider operates a service desk and remote operations centre and provides managed IT services to manufacturers.

1.2 This Agreement consists of these Sections and the following Schedules: Schedule 1 (Services and Sites), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If there is a conflict, these Sections prevail over the Schedules.

## 2. Term

2.1 This Agreement starts on the Effective Date and runs for 36 months from the Service Commencement Date (the "Term"). The Service Commencement Date is the date on which Customer confirms Transition acceptance under Section 4.

2.2 The Agreement ends at the end of the Term. Any extension must be agreed in writing, including the charges for the extension.

## 3. Services

3.1 Provider will provide the services described in Schedule 1 (the "Services"): a bilingual service desk, end-user device management, management of servers and the plant networks, monitoring, patching and backup management.

3.2 Provider will perform the Services with suitably qualified personnel, in accordance with good industry practice and Customer's IT policies notified to Provider in writing.

3.3 Provider will keep a service manager assigned to Customer, who will hold a monthly service review with Customer's IT manager and present a report on service levels, incidents, changes and open risks.

## 4. Transition

4.1 During the first 60 days after the Effective Date, Provider will take over the Services from Customer's current arrangement (the "Transition"): documenting all assets and configurations, setting up monitoring and the ticketing system, taking over open tickets and training its staff on Customer's systems.

4.2 Transition acceptance criteria: the asset register reconciles with Customer's inventory; all servers and network devices listed in Schedule 1 are monitored with alerting tested; the service desk has handled live tickets for ten working days in parallel with Customer's team meeting the Schedule 2 targets; and runbooks for all critical systems have been reviewed by Customer. Customer will confirm acceptance in writing within five working days after the criteria are met. Use of the Services during the Transition is not acceptance.

4.3 If Provider fails to complete the Transition within the 60 days for reasons within its control, Provider will pay Customer CNY 2,000 for each day of delay, up to CNY 60,000.

## 5. Charges and Payment

5.1 Customer will pay the charges set out in Schedule 3. The Transition fee is invoiced after Transition acceptance. The monthly service charge is invoiced monthly in arrears.

5.2 Customer will pay undisputed invoices within 30 days after receipt of a valid VAT invoice. Customer may withhold amounts it disputes in good faith.

5.3 Service Credits under Schedule 2 are deducted from the invoice for the following month.

## 6. Customer Data

6.1 All data of Customer that Provider receives or can access in performing the Services ("Customer Data") belongs to Customer. Provider will use Customer Data only to perform the Services and will not use it for any other purpose.

6.2 At the end of the Term, Provider will return all Customer Data held by it and delete its copies.

## 7. Confidentiality

7.1 Each party will keep confidential all non-public business, technical and financial information received from the other party and will not disclose it to third parties without the other party's prior written consent, except to its employees who need to know it for this Agreement.

7.2 The obligations in this Section 7 continue for three years after the end of the Term.

## 8. Intellectual Property

8.1 Runbooks, scripts, configurations and documentation created by Provider specifically for Customer belong to Customer, which may use, modify and license them freely, including to a successor provider.

8.2 Provider keeps ownership of its own tools and general methods, and grants Customer a free licence to use those embedded in the deliverables under 8.1.

## 9. Personnel and Subcontracting

9.1 Provider will keep at least two engineers on site at Customer's main plant during Customer's production shifts on working days.

9.2 Provider may not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors.

## 10. Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the total charges paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit, loss of production or indirect loss.

10.3 The limits in this Section do not apply to death or personal injury caused by negligence or to wilful misconduct.

## 11. Term Commitment

11.1 In view of the investment Provider makes in the Transition, this Agreement may not be terminated by either party before the end of the Term, except by Provider under Section 11.2. Customer's remedies for any failure of the Services are the Service Credits under Schedule 2, the escalation procedure in Section 13 and, where applicable, damages subject to Section 10.

11.2 Provider may suspend or terminate the Services if Customer fails to pay undisputed charges within 60 days after a written reminder.

11.3 Provider will continue to perform the Services during any dispute.

## 12. Change Control and Exit

12.1 Either party may request a change to the Services in writing. Provider will assess the request and propose any change to the charges within ten working days. No change is binding until both parties sign a change note.

12.2 At the end of the Term, Provider will provide exit assistance for up to 60 days at no extra charge: handing over all documentation, passwords, open tickets and configurations to Customer or its new provider, and answering their questions.

## 13. Escalation

13.1 Service issues are first discussed in the monthly service review. Unresolved issues are escalated to Customer's Head of IT and Provider's Country Director, who will meet within ten working days.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes that are not resolved under Section 13 will be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing.

## 15. General

15.1 Notices must be in writing and sent to the addresses above. This Agreement may be amended only in writing signed by both parties.

15.2 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

## SCHEDULE 1 — SERVICES AND SITES

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English; phone, e-mail and portal; about 900 users | 24 x 7 |
| End-user devices | 760 laptops and desktops, 140 shop-floor terminals: imaging, patching, antivirus, asset records | Working days 07:30–20:00 |
| Servers | 64 virtual and 11 physical servers in the plant data room: monitoring, patching, capacity | 24 x 7 monitoring |
| Plant networks | Core and access switches, Wi-Fi and firewalls at three plants | 24 x 7 monitoring |
| Backup | Daily backup checks, monthly restore test, quarterly report | Working days |
| On-site support | Two engineers at Plant 1, visits to Plants 2 and 3 as needed | Production shifts |

## SCHEDULE 2 — SERVICE LEVELS AND SERVICE CREDITS

| Measure | Target | Service Credit if missed |
|---|---|---|
| Availability of plant core network and MES servers | 99.95% per month | 3% of the monthly charge per 0.02 percentage point below target |
| Priority 1 incident response (plant production stopped) | 15 minutes | CNY 1,500 per incident |
| Priority 1 incident restoration | 3 hours | CNY 2,500 per hour of delay |
| Priority 2 incident response | 1 hour | CNY 500 per incident |
| Service desk first-call resolution | 70% per month | 2% of the monthly charge |

Total Service Credits in a month are limited to 20% of the monthly charge for that month.

## SCHEDULE 3 — CHARGES

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition fee (one-time) | 96,000 | After Transition acceptance |
| Monthly service charge | 58,000 per month | Monthly in arrears |
| Monthly service charges over the Term (36 months) | 2,088,000 | — |
| **Total charges over the Term** | **2,184,000** | — |

Additional devices beyond the quantities in Schedule 1 are charged at the rates in Provider's proposal of 15 March 2027, only if ordered in writing by Customer.

**Signed for Customer:** ____________________  **Signed for Provider:** ____________________
"""

E05 = """AGRICULTURAL SATELLITE DATA API SUBSCRIPTION AGREEMENT

Agreement No. AGD-2027-CN-031

BETWEEN

Heilongjiang Fengrun Agriculture Co., Ltd., Jiamusi, Heilongjiang Province, People's Republic of China ("Customer"); and

Agrodane Analytics sp. z o.o., ul. Lwowska 12, 22-100 Chełm, Poland ("Provider").

RECITALS

Customer farms about 180,000 hectares of soybean, maize and rice and runs an agronomy platform for its farm managers. Provider processes satellite imagery and weather data into field-level indicators and delivers them through an application programming interface. Customer wishes to subscribe to Provider's data for two Subscription Years.

1. DEFINITIONS

1.1 "API" means Provider's field data API, version 3, and its documentation.

1.2 "Data Products" means the field-level indicators delivered through the API: vegetation indices (NDVI and NDRE) every five days when cloud cover permits, soil moisture estimates, crop growth stage, weather history and seven-day forecasts, and in-season yield estimates.

1.3 "Customer Data" means the field boundaries, crop plans, farm records and any other information that Customer uploads to or sends through the API, and all outputs generated specifically for Customer's fields.

1.4 "Subscription Year" means the period from 1 April 2027 to 31 March 2028 (the first Subscription Year) or the period from 1 April 2028 to 31 March 2029 (the second Subscription Year).

1.5 "Start Date" means 1 April 2027.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use, store, display and combine the Data Products within Customer's group, including in its agronomy platform and reports to its farm managers.

2.2 The Subscription Term consists of two Subscription Years starting on the Start Date. It ends at the end of the second Subscription Year unless the parties sign a renewal agreement. There is no automatic renewal.

2.3 The subscription covers up to 200,000 hectares of registered fields and up to 300,000 API calls per day. Customer may change registered fields at any time within this area.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 264,000 for each Subscription Year, CNY 528,000 for the Subscription Term.

3.2 Provider will also provide integration support under Section 5 for a fixed fee of CNY 18,000.

3.3 The total contract value is CNY 546,000, inclusive of VAT.

3.4 Provider will invoice the fee for each Subscription Year at the start of that Subscription Year. Customer will pay within 30 days after receiving a valid VAT invoice issued through Provider's authorised agent in Harbin.

3.5 The integration support fee is payable within 30 days after Integration Acceptance under Section 5.

3.6 Registered area above 200,000 hectares is charged at CNY 1.40 per hectare per Subscription Year, pro rata, only if ordered by Customer in writing.

4. DELIVERY OF DATA

4.1 Provider will make the API available from the Start Date. Provider will use commercially reasonable efforts to keep the API available and to deliver each Data Product as soon as practicable after the underlying imagery is received.

4.2 Provider may carry out maintenance on the API from time to time and will try to give notice of major maintenance in advance.

4.3 Customer may report problems through Provider's support e-mail address. Provider will handle reported problems in the order received during its business hours in Poland.

4.4 Provider does not guarantee that imagery will be available for any field on any date, since this depends on cloud cover and satellite schedules.

4.5 Customer will keep its API credentials secure, will not share them outside its group and will tell Provider without delay if it suspects misuse. Customer will not resell the Data Products as such or use the API to build a competing data service.

4.6 Provider will publish the methodology for each Data Product, including the satellite sources used, the spatial resolution, the known limitations of soil moisture estimates under dense canopy, and the accuracy of its yield estimates measured against harvest records in previous seasons. Provider will inform Customer at least 30 days before it changes a source or a method in a way that affects the comparability of Data Products over time.

4.7 Each season Provider will meet Customer's agronomy team once before sowing and once before harvest to review the usefulness of the Data Products and Customer's questions.

5. INTEGRATION SUPPORT AND ACCEPTANCE

5.1 Provider will help Customer connect its agronomy platform to the API: set-up of credentials, a mapping of Customer's field identifiers, sample code, two remote workshops for Customer's developers and answering technical questions during integration.

5.2 Integration Acceptance criteria: all registered fields are matched to Provider's field records without error; each Data Product is returned for a test set of 500 fields in the documented format; a full daily refresh for all registered fields completes in under two hours; and historical data for the last three seasons has been loaded for all registered fields.

5.3 Customer will confirm Integration Acceptance in writing within five working days after the criteria are met. Use of the API before then is not acceptance. If a criterion is not met, Provider will correct the problem and the test will be repeated.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider will process Customer Data only to provide the Data Products and the services under this Agreement and will not use it for any other purpose, including in aggregated or anonymised form, or disclose it to any third party.

6.2 Provider will store Customer Data on servers in mainland China operated by its hosting provider approved under Section 9, protect it with encryption in transit and at rest, restrict access to named staff, and keep access logs for at least one hundred and eighty days.

6.3 Provider will inform Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate to limit the consequences, and be liable for the losses caused by its breach of this Section 6.

6.4 At the end of the Subscription Term Provider will return Customer Data in a standard format and delete it within 30 days.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the API, its models and its processing methods. The Data Products are licensed to Customer under Section 2.

7.2 Custom reports, field maps and dashboards prepared by Provider specifically for Customer belong to Customer, which may use, modify and license them freely.

7.3 Data Products stored by Customer during the Subscription Term may continue to be used by Customer for internal purposes after the Subscription Term.

8. CONFIDENTIALITY

8.1 Each party will keep confidential the other party's non-public information, including Customer's planting plans, yields and prices, and will use it only to perform this Agreement. This obligation continues for three years after the end of the Subscription Term.

9. SUBCONTRACTING

9.1 Provider may not subcontract any part of its obligations without Customer's prior written consent. Customer approves, by signing this Agreement, the hosting provider named in Annex B. Provider remains responsible for all subcontractors.

10. WARRANTIES AND LIABILITY

10.1 Provider warrants that it has the rights needed to license the Data Products to Customer and that the Data Products will be produced with the methods described in the documentation.

10.2 Data Products are estimates based on remote sensing and models. Customer is responsible for agronomic decisions made using them.

10.3 Each party's total liability under this Agreement is limited to two times the total contract value. This limit does not apply to breach of Section 6 or Section 8 or to wilful misconduct.

10.4 Neither party is liable for loss of crops, loss of profit or indirect loss, except where caused by wilful misconduct.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after written notice.

11.2 If Customer terminates under Section 11.1, Provider will refund the unused part of the subscription fee for the current Subscription Year.

11.3 Sections 6, 7.3, 8 and 10 survive termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute will be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The arbitration will be conducted in Chinese, and the award is final and binding on both parties.

13. GENERAL

13.1 Notices must be given in writing by courier or e-mail to the addresses in Annex A.

13.2 This Agreement may be amended only in writing signed by both parties. Neither party may assign it without the other's written consent.

13.3 This Agreement is signed in English and Chinese, both versions being equally valid.

13.4 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, war or government action, provided it notifies the other party promptly.

ANNEXES

Annex A: Contacts for notices and operations.
Annex B: Approved hosting provider and data centre location.
Annex C: API documentation and Data Product specifications.

SIGNED for Customer: ____________________

SIGNED for Provider: ____________________
"""



# ---------------------------------------------------------------------------------------------------------------
# Labels: the design of each draft. TERMS follow the key order of holdout19; EXTRA adds the label extras; the
# rest (fee base, forum) is design data used only for the rule derivation and the TCO check below.
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, language, category, terms (in TERM_KEYS order), extra, fee base, forum outside mainland, design rules)
DESIGN = {
    "h824z01": ("h824z01_battery_recycling_platform_licence.pdf", "zh", "software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9.5, False, True,
                 False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1668000), 780000, False, []),
    "h824z02": ("h824z02_clothesline_factory_line_control_retrofit.docx", "zh", "hardware",
                [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True,
                 False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1370000), 1216000, False,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h824z03": ("h824z03_flute_school_booking_membership_saas.txt", "zh", "cloud",
                [99.5, 0.5, True, "buyer", True, True, True, 800 / 640000 * 100, None, None, True, None, None,
                 None, True, True, True, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=640000),
                None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h824z04": ("h824z04_bulky_waste_dispatch_system_om_service.txt", "zh", "services",
                [99.95, 0.5, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None, False,
                 True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
                None, False, ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "h824z05": ("h824z05_mother_of_pearl_workshop_tracking_supplier_template.md", "zh", "software",
                [None, 10, False, "supplier", True, False, True, 0.1, 25, 55, False, False, 6, None, False, True,
                 None, None, G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=416000), 168000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h824e01": ("h824e01_dairy_qms_perpetual_licence_lomza_vendor.pdf", "en", "software",
                [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
                 "Poland", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1560000), 1120000, True,
                ["CR-GOVERNING-LAW"]),
    "h824e02": ("h824e02_field_service_saas_order_form_suwalki_vendor.md", "en", "cloud",
                [99.95, 0.5, True, "buyer", True, False, True, 500 / 678000 * 100, 150, 360000 / 678000 * 100,
                 True, None, None, None, False, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=678000),
                None, False, ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
    "h824e03": ("h824e03_cold_chain_sensors_monitoring_licence_zamosc_vendor.docx", "en", "hardware",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 25, True, True, 36, 7.5, False, True,
                 False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1162000), 1047600, False, []),
    "h824e04": ("h824e04_auto_parts_managed_it_services_przemysl_vendor.md", "en", "services",
                [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2184000 * 100, 6 / 36 * 100, None, True,
                 None, None, None, False, False, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000),
                None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "h824e05": ("h824e05_agri_satellite_data_api_chelm_vendor.txt", "en", "cloud",
                [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                 False, "PRC", S],
                dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=546000),
                None, False, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SRC = {"h824z01": Z01, "h824z02": Z02, "h824z03": Z03, "h824z04": Z04, "h824z05": Z05,
       "h824e01": E01, "h824e02": E02, "h824e03": E03, "h824e04": E04, "h824e05": E05}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (v1 defaults)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_MAX, HORIZON = 40, 5


def tco_share(t, x, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the
    itemised licence / hardware subtotal. Returns the post-warranty share of the TCO in %, or None."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy section 3 (and its section on where rules apply)."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated": also when there is no SLA at all
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
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
        share = tco_share(t, x, base)
        if share is not None and share > TCO_SHARE_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan: no text may state a threshold figure.
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.,])"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    NB + r"99\.90*(?!\d)", r"百分之九十九点九(?!\S?[一二三四五六七八九])",
    NB + r"4\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)", r"(?<![一二三四五六七八九十])四个?小时", r"\bfour\s*hours?",
    NB + r"0\.050*" + PCT, r"万分之五(?![十])", r"千分之零点五",
    NB + r"100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred\s*per\s*cent", r"one\s*hundred\s*percent",
    NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent", r"thirty\s*percent",
    NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent", r"forty\s*percent",
    NB + r"15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s*per\s*cent", r"fifteen\s*percent",
    NB + r"12\s*(?:-\s*)?(?:months?|个月|个自然月)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"一年", r"\bone\s*year", NB + r"1\s*year",
]]
MUST_HIT = ["99.9%", "99.90 %", "availability of 99.9 per cent", "within 4 hours", "4小时内", "四小时", "四个小时",
            "four hours", "0.05% per day", "万分之五", "100%", "100 %", "百分之百", "百分之一百", "30%", "30 per cent",
            "百分之三十", "thirty percent", "40%", "百分之四十", "15%", "15.0 %", "百分之十五", "12 months", "12个月",
            "十二个月", "twelve months", "twelve (12) months", "12-month", "质保期一年", "one year", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "99.98", "24 hours", "24小时", "二十四小时", "14 hours", "1.4 hours", "0.055%",
             "0.5%", "150%", "130%", "115%", "2.30%", "1,100%", "112 months", "2027年12月31日", "第十二条", "十五日",
             "万分之五十", "200%", "第一条", "百分之四十五"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(form)]
    return hits


def readback(path):
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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), "regex self-test must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "regex self-test must miss: %s -> %s" % (s, scan(s))

    targets = {}
    for key, d in DESIGN.items():
        name = d[0]
        if name.endswith((".docx", ".pdf")):
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(SRC[key].strip() + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)

    fired = set()
    for key, (name, lang, cat, vals, extra, base, forum, design) in DESIGN.items():
        assert name.startswith(key + "_")
        text = readback(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        hits = scan(text)
        assert not hits, (name, hits)
        assert "CNY" in text or "元" in text
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS)
        for k, th in TH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (name, k)
        share = tco_share(terms, extra, base)
        if share is not None:
            assert abs(share - TCO_SHARE_MAX) > 2, (name, share)
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        else:
            assert "post_warranty_fee_capped" in extra
        rules = derive(terms, extra, base, forum)
        assert rules == sorted(design), (name, rules, design)
        fired |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (key_stem(name) + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        print("%-62s %-5s n=%-5d risk=%-6s tco=%s %s" % (name, lang, n, risk(rules),
                                                         "-" if share is None else "%.2f" % share, rules))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    mix = {k: derive(dict(zip(TERM_KEYS, d[3])), d[4], d[5], d[6]) for k, d in DESIGN.items()}
    assert [k for k, r in mix.items() if not r] == ["h824z01", "h824e03"]
    assert mix["h824e01"] == ["CR-GOVERNING-LAW"] and risk(mix["h824e01"]) == "low"
    assert 8 <= len(mix["h824z05"]) <= 10
    assert sorted(k for k, r in mix.items() if 2 <= len(r) <= 3) == sorted(
        ["h824z02", "h824z03", "h824z04", "h824e02", "h824e04", "h824e05"])
    print("all checks passed")


def key_stem(name):
    return name.rsplit(".", 1)[0]


if __name__ == "__main__":
    main()
