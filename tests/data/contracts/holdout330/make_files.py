import sys; sys.dont_write_bytecode = True
"""holdout330 — ten ordinary draft contracts (5 zh, 5 en) with their expected labels.

Writes every contract (.txt / .md directly, .docx / .pdf through ../word_pdf.py with wrap_words=True) and its
sidecar .json label, reads every built file back, checks lengths, threshold figures and label arithmetic, and
prints the expected rules per contract. Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H330Z01 = """T:澄州市气象局智能网格预报业务平台建设项目采购合同
P:合同编号：CZQX-ZFCG-2027-018
P:项目编号：CZCG2027-GK-0416（公开招标）
P:甲方（采购人）：澄州市气象局
P:地址：澄州市北苑区观云路9号
P:乙方（供应商）：天衡气象信息技术有限公司
P:地址：南京市江宁区麒麟科创园天衡大厦6层
P:鉴于甲方就“澄州市智能网格预报业务平台建设项目”依法组织公开招标，乙方为经评标委员会评审、采购人确认的中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据招标文件、乙方投标文件及中标通知书，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设智能网格预报业务平台，包括平台软件许可、格点订正算法定制开发、历史资料迁移与数据接口、部署实施及培训，使甲方能够生成、订正、检验并向下游业务系统分发5公里分辨率的格点预报产品。
P:1.2 平台部署在甲方业务内网的服务器上，服务器及操作系统由甲方提供，乙方负责数据库、中间件及平台软件的安装与调优。
P:1.3 详细技术要求以招标文件第五章《采购需求》及乙方投标文件的技术响应为准，二者不一致时以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾陆万元整（¥2,560,000.00），为固定总价，含税费、运输、安装、调试、培训、文档及质保期内的全部服务费用，甲方不再另行支付任何费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|智能网格预报平台软件许可（永久授权，含预报编辑、检验评估、产品分发模块）|1套|1,280,000
TB:2|格点订正算法定制开发（温度、降水、风场三类要素）|1项|760,000
TB:3|历史格点资料迁移及与省级平台、预警发布系统的数据接口|1项|318,000
TB:4|部署实施及系统联调|1项|156,000
TB:5|业务培训（预报员、运维人员）|1项|46,000
TB:合计| | |2,560,000
P:2.2 上表第1项为软件许可价款，下文所称“软件许可费”即指该项金额人民币128万元。
H:第三条 付款方式
P:3.1 本合同签订且乙方提交金额为合同总价百分之十的银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币512,000元。
P:3.2 系统部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币1,152,000元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币896,000元。
P:3.4 乙方每次请款前应开具等额合法发票。甲方付款通过国库集中支付方式办理，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后90日内完成平台部署并提交初步验收申请，合同签订后150日内具备最终验收条件。
P:4.2 乙方应在项目启动后10个工作日内提交实施方案，经甲方书面确认后执行，并每周报告进度。
H:第五条 验收
P:5.1 初步验收在系统部署联调完成后进行，标准为：（1）招标文件所列功能逐项测试通过；（2）温度、降水、风场格点订正产品连续10日按时生成；（3）向省级平台及预警发布系统的数据推送成功率不低于99.8%；（4）单次全要素格点产品生成时间不超过8分钟。
P:5.2 初步验收合格后系统进入为期60日的试运行。试运行期间累计无一级故障，且订正后温度预报准确率不低于订正前基准，方可申请最终验收。最终验收由甲方组织专家按上述标准及合同文档清单进行，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或甲方支付任何款项，均不视为验收合格；未通过验收的，乙方应在10日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运行维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程技术支持，并于每个汛期前进行一次现场巡检。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。故障分级响应时限为：一级故障（平台整体不可用或格点产品无法生成）30分钟内响应，2小时内到场；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（一般问题）在1个工作日内解决。
P:6.3 乙方未达到第6.2条服务水平的，一级故障每超时1小时扣减人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元；扣减款项从最终验收款或履约保证金中抵扣。
P:6.4 质保期满后，经甲方书面确认续签的，年度维护费按软件许可费的8%计取，即每年人民币102,400元，该价格在质保期满后的三个年度内不得上调。维护合同逐年签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的格点订正算法、数据接口程序及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时完整交付。甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 平台软件许可部分的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台处理的观测资料、格点产品、用户信息及系统日志均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》及气象数据管理规定，按网络安全等级保护第三级要求落实访问控制和操作审计，远程维护须经甲方逐次审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履约过程中知悉的甲方内部资料、业务流程、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成部署或具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方逾期超过30日，或系统两次验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包
P:11.1 乙方不得转包或分包本项目的任何部分。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同，双方互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：澄州市气象局    法定代表人或授权代表：________    日期：____年__月__日
P:乙方（盖章）：天衡气象信息技术有限公司    法定代表人或授权代表：________    日期：____年__月__日
"""

H330Z02 = """T:糖化车间控制系统改造工程合同
P:合同编号：XLPJ-CJ-ZD-2027-07
P:甲方：雪岭啤酒（崇江）有限公司
P:住所：崇江市经济开发区酿造大道88号
P:乙方：恒拓自动化工程有限公司
P:住所：青岛市城阳区棘洪滩工业园恒拓路3号
P:甲方糖化车间现有控制系统投运已逾十四年，备件停产、工艺配方无法在线调整。为提高糖化工序的稳定性和能耗水平，甲方委托乙方对糖化车间控制系统实施改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、工程范围
P:（一）拆除糖化车间原有控制柜及老旧仪表，新建PLC控制系统、操作站及服务器，更换糖化锅、过滤槽、煮沸锅、回旋沉淀槽相关的流量、温度、液位仪表及电动阀门。
P:（二）编制糖化工艺控制程序，实现投料、糖化、过滤、煮沸、回旋沉淀全流程自动控制和配方管理，并与甲方生产执行系统（MES）对接。
P:（三）完成安装、接线、调试及操作人员、维修人员的培训。改造须利用甲方计划内的两次停产窗口完成，每次不超过10日。
P:（四）乙方应在改造前完成现场勘察，核对原有I/O点、电缆走向和设备接口，编制施工组织设计及停产窗口切换方案，经甲方生产部、设备部书面确认后实施。切换方案应包含回退措施，确保在窗口期内无法完成切换时可恢复原系统生产。
H:二、合同价款
P:（一）合同总价为人民币壹佰柒拾万元整（¥1,700,000），含设备、软件、运输、安装、调试、培训及税费。明细如下：
TB:序号|名称|规格/数量|金额（元）
TB:1|PLC控制系统（冗余CPU、I/O模块、控制柜）|主站2套、远程站6套|486,000
TB:2|操作站及过程数据服务器|操作站4台、服务器2台|128,000
TB:3|现场仪表（电磁流量计、温度变送器、雷达液位计）|共142台|352,000
TB:4|电动调节阀、开关阀及执行机构|共96台|294,000
TB:5|SCADA组态软件授权（运行版及开发版）|1套|96,000
TB:软硬件小计| | |1,356,000
TB:6|安装、接线及调试|1项|178,000
TB:7|糖化工艺控制程序编制及MES对接|1项|142,000
TB:8|培训|1项|24,000
TB:合计| | |1,700,000
P:（二）上述价格为固定价格，除甲方书面变更工程范围外不作调整。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计人民币340,000元。
P:（二）全部设备运抵甲方现场并经双方清点签收后10个工作日内，甲方支付合同总价的35%，计人民币595,000元。
P:（三）系统安装调试完成后10个工作日内，甲方支付合同总价的45%，计人民币765,000元。
P:（四）乙方应在每期付款前开具增值税专用发票。
H:四、工期
P:（一）设备应于合同生效后60日内到货。
P:（二）安装调试应在甲方第二个停产窗口结束前完成，具体日期由甲方提前15日书面通知。
H:五、交货与安装
P:（一）设备应为原厂全新产品，随货提供合格证、出厂检验报告和说明书。
P:（二）乙方应遵守甲方的安全生产、动火作业及食品卫生管理制度，进入车间人员须穿戴洁净工作服。因乙方原因造成的安全事故由乙方负责。
P:（三）乙方应在调试完成时向甲方移交竣工图纸、I/O点表、控制逻辑说明、仪表校验记录、操作手册和维修手册各两套（纸质及电子版），并对甲方操作人员、维修人员分别进行不少于三天的现场培训。
H:六、验收
P:（一）系统安装调试完成、通电投入生产运行后，即视为甲方验收合格，甲方不再另行组织验收。
P:（二）设备到货时的清点签收仅确认数量及外观，不代表设备质量合格。
H:七、质量保证
P:（一）质保期为二十四个月，自系统安装调试完成之日起计算。质保期内因设备或程序质量问题发生的故障，乙方免费维修或更换。
P:（二）质保期内服务水平：一级故障（糖化工序停机或配方无法下发）乙方应在30分钟内电话响应，2小时内到达现场；二级故障（单台设备或单个回路异常）在8小时内到场处理；三级故障在3个工作日内处理完毕。
P:（三）乙方一级故障到场超时的，每超过1小时向甲方支付人民币800元；二级故障到场超时的，每超过1小时支付人民币300元。该款项可从应付款中扣除。
H:八、质保期满后的维保服务
P:（一）质保期满后，甲方可委托乙方继续提供年度维保服务，内容包括每季度一次现场巡检、备件供应、程序维护及远程技术支持。
P:（二）年度维保费按乙方当年公布的服务价格标准计收，具体金额在每个维保年度开始前由乙方书面报价，双方签订年度维保合同。
H:九、知识产权
P:（一）乙方为本工程编制的工艺控制程序、组态画面、MES接口程序及其源代码归甲方所有，乙方应在调试完成时交付全部工程文件和备份。
P:（二）SCADA组态软件及PLC固件的知识产权归其原厂所有，甲方依授权永久使用。
H:十、数据安全与保密
P:（一）糖化工艺配方、生产批次记录及控制系统运行数据属于甲方，乙方不得复制、带离或用于本工程以外的任何用途。
P:（二）乙方远程维护须事先取得甲方书面批准，通过甲方指定的工业防火墙和VPN接入，每次访问留存日志。乙方工程师使用的笔记本电脑及移动存储介质须经甲方查毒后方可接入控制网络。
P:（三）因乙方原因导致配方泄露、控制系统感染病毒或数据丢失的，乙方应在2小时内报告甲方，负责恢复，并赔偿甲方全部损失。
P:（四）双方对在履约过程中获知的对方商业秘密、工艺参数、价格及其他非公开信息承担保密义务，未经对方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）因乙方原因导致停产窗口延长的，乙方除支付上述违约金外，还应赔偿甲方因停产延长造成的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:（一）乙方可将电缆敷设及桥架安装工作分包给具有相应资质的单位，但应事先取得甲方书面同意；其余工作不得分包。乙方对分包工作承担全部责任。
H:十三、合同解除
P:（一）乙方严重违约且在甲方书面通知后15日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:（二）乙方设备存在重大质量缺陷，经两次维修仍不能正常运行的，甲方有权要求更换或解除合同。
H:十四、法律适用及争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）双方发生争议应协商解决，协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十五、其他
P:（一）本合同附件包括设备技术规格书、I/O点表及培训计划，与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：雪岭啤酒（崇江）有限公司    授权代表：________    日期：________
P:乙方（盖章）：恒拓自动化工程有限公司    授权代表：________    日期：________
"""

H330Z03 = """车略门店云 SaaS 服务及实施合同

合同编号：CL-SAAS-2027-0312

甲方：驰洁汽车服务连锁有限公司
注册地址：佛山市南海区桂城街道海八路18号
联系人：采购部 何经理

乙方：车略云科技有限公司
注册地址：广州市天河区软件路11号车略大厦
联系人：大客户部 庄经理

鉴于：
甲方在华南地区经营50家汽车美容及快修门店，需要统一的工单、会员储值和库存管理系统；乙方是“车略门店云”SaaS平台的开发和运营方。甲方经比选，决定订阅乙方平台并委托乙方完成实施。双方本着平等自愿原则，就以下条款达成一致。

第一条 服务内容
（1）乙方向甲方50家门店及总部开通“车略门店云”专业版，包括接车工单、施工派工、会员及储值卡、套餐计次、库存与采购、门店报表、总部经营驾驶舱等模块。
（2）实施服务：将甲方现有会员资料、储值余额、计次套餐余额从旧系统迁移至平台，配置门店、工位、技师及价格体系，开发5张总部定制报表，并对门店店长和收银员进行培训。
（3）平台部署在乙方租用的境内公有云上，甲方及门店通过浏览器、收银平板和微信小程序使用。
（4）门店收银平板、小票打印机、扫码枪由甲方自行采购，乙方提供兼容设备清单，并在实施期间远程协助门店完成设备连接和调试。
（5）乙方为甲方指定一名客户成功经理，负责实施进度协调、月度使用情况分析和新功能培训；服务期内乙方每个服务季度回访不少于五家门店，收集店长意见并书面反馈改进计划。

第二条 服务期限
（1）订阅服务期为三个服务年度，自全部门店上线验收合格之日起计算。
（2）服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅费，每次上调幅度不超过上一服务年度订阅费的10%，乙方应在续期前以书面或系统公告方式通知甲方。

第三条 费用
（1）订阅费：每家门店每个服务年度人民币4,800元，50家门店合计每个服务年度人民币240,000元，三个服务年度合计人民币720,000元。总部账号、小程序及短信通知（每月5,000条以内）不另收费。
（2）实施费：一次性人民币86,000元，包括数据迁移、配置、定制报表开发及培训。
（3）本合同总金额为人民币806,000元（含税）。
（4）甲方在服务期内新增门店的，按每店每个服务年度4,800元按月折算计费；关闭门店的，自关闭次月起停止计费。
（5）订阅费包含平台的版本升级、功能更新和在线客服支持，乙方不得在服务期内就已开通模块另行收费。

第四条 付款
（1）实施费在全部门店上线验收合格后15个工作日内一次性支付。
（2）订阅费按服务季度结算，每个服务季度结束后15个工作日内，乙方按当季实际开通门店数开具发票，甲方在收到发票后10个工作日内支付。
（3）除上述约定外，甲方无需在上线前支付任何款项。

第五条 上线与验收
（1）乙方应在合同签订后45日内完成全部门店上线。
（2）上线验收标准：①迁移后的会员数、储值余额、计次余额与甲方旧系统导出数据逐户核对一致；②50家门店均能完成开单、派工、结算、储值消费全流程；③5张定制报表数据与抽查的原始单据一致；④收银平板在门店网络下开单响应时间不超过2秒。
（3）甲方在收到乙方验收申请后5个工作日内组织验收并签署验收单。门店开始使用平台不视为验收合格。
（4）验收不合格的，乙方应在7日内完成整改并重新提交验收；因整改导致上线延迟的，按第十条第（1）款计算逾期天数。
（5）数据迁移前，甲方应冻结旧系统的储值操作，乙方应在迁移当晚完成迁移并将核对结果报甲方财务部确认；核对发现差异的，以甲方旧系统导出数据为准修正。

第六条 服务水平
（1）平台月度可用率不低于99.5%，乙方提前48小时通知并安排在凌晨0点至6点之间的计划维护不计入不可用时间。
（2）故障响应：一级故障（平台无法登录、无法开单或储值数据异常）30分钟内响应，3小时内恢复；二级故障（单个模块不可用）2小时内响应，1个工作日内恢复；三级故障及咨询在2个工作日内答复。
（3）月度可用率低于承诺值的，按当月订阅费的5%向甲方提供服务抵扣；低于98%的，按当月订阅费的10%抵扣。一级故障恢复超时的，每次另抵扣人民币500元。抵扣额在下一期订阅费中扣减。

第七条 甲方数据
（1）甲方及门店在平台上录入和产生的会员信息、车辆信息、工单、储值及消费记录等数据（“甲方数据”）归甲方所有。
（2）乙方仅为向甲方提供本合同项下服务而处理甲方数据，不得出售、出租或用于其他任何目的。
（3）服务终止后30日内，乙方应按甲方要求以Excel或数据库文件格式交还全部甲方数据，交还后删除平台上的甲方数据。

第八条 知识产权
（1）“车略门店云”平台软件及其升级版本的知识产权归乙方所有。
（2）乙方为甲方开发的5张定制报表及其模板、数据迁移脚本归甲方所有，甲方可自行修改或交由第三方使用。

第九条 保密
（1）双方对因履行本合同获知的对方经营数据、价格政策、客户名单、技术资料等商业秘密承担保密义务，未经对方书面同意不得披露给任何第三方。
（2）本条义务在本合同终止后三年内持续有效。

第十条 违约责任
（1）乙方未能在第五条第（1）款约定的期限内完成上线的，每逾期一日，向甲方支付违约金人民币600元。
（2）乙方在本合同项下的累计赔偿责任以本合同总金额的150%为限，但因乙方故意或重大过失造成的损失除外。
（3）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（4）乙方交付的定制报表与需求说明不符的，应免费修改，直至通过验收。

第十一条 转包与分包
（1）未经甲方书面同意，乙方不得将本合同项下的实施或运营服务转包或分包给第三方。
（2）乙方租用的公有云基础设施不视为分包，但乙方更换云服务商的，应提前60日书面通知甲方，并保证迁移期间服务不中断、数据完整。

第十二条 合同解除
（1）乙方严重违反本合同约定，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已收取但尚未提供服务部分的费用。
（2）平台连续两个月可用率低于98%的，甲方有权解除合同而无需承担违约责任。

第十三条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。
（2）因本合同产生的争议，双方应友好协商；协商不成的，提交广州仲裁委员会按其仲裁规则仲裁。

第十四条 其他
（1）本合同附件：附件一 门店清单；附件二 定制报表需求说明；附件三 兼容设备清单。
（2）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（3）本合同一式两份，双方各执一份，经双方盖章后生效。

甲方（盖章）：驰洁汽车服务连锁有限公司
授权代表：__________
日期：__________

乙方（盖章）：车略云科技有限公司
授权代表：__________
日期：__________
"""

H330Z04 = """岚州市审计局审计业务管理系统2027年度运维服务合同

采购方式：竞争性磋商（项目编号：LZCG-CS-2026-1187）
合同编号：LZSJ-YW-2027-01

采购人（甲方）：岚州市审计局
地址：岚州市明湖区政通路66号

供应商（乙方）：智审信息技术服务有限公司
地址：岚州市高新区创业大道215号智审科技楼

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就审计业务管理系统2027年度运维服务事宜订立本合同。

1. 服务范围
1.1 运维对象为甲方审计业务管理系统（含审计计划、现场作业、审计底稿、审计报告、整改跟踪、数据分析六个子系统）及其运行所依赖的应用服务器、数据库服务器、存储和中间件。
1.2 服务内容：驻场运维、系统日常巡检与性能优化、数据库维护与备份管理、故障应急响应、安全加固与漏洞修复、用户操作支持、重要时段保障。
1.3 重要时段指年度审计项目集中进场期、审计报告集中出具期及甲方书面通知的其他时段，乙方应增派人员现场值守。

2. 服务期限
2.1 服务期自2027年1月1日起至2027年12月31日止。
2.2 服务期满本合同自然终止。甲方如需继续采购运维服务，另行依法组织采购。

3. 服务费用
3.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人员、差旅、工具、备品及税费。费用构成如下：
  (1) 驻场运维（1名工程师，工作日驻场）：人民币264,000元；
  (2) 系统巡检与性能优化（每月一次）：人民币78,000元；
  (3) 数据库维护与备份管理：人民币62,000元；
  (4) 故障应急响应及重要时段保障：人民币48,000元；
  (5) 安全加固与漏洞修复：人民币34,000元。
3.2 服务期内不因人工成本或物价变化调整价格。

4. 付款
4.1 服务费按季度支付。每季度结束后，甲方按第7条对乙方当季服务进行考核，考核通过后15个工作日内支付当季服务费人民币121,500元。
4.2 季度考核扣款从当季服务费中扣除。
4.3 本合同不设预付款。

5. 服务要求
5.1 驻场工程师应具备三年以上同类系统运维经验并持有数据库专业认证，人员更换须提前10个工作日征得甲方同意。
5.2 乙方每月提交巡检报告，内容包括服务器资源使用、数据库性能、备份完成情况、安全日志分析及优化建议。
5.3 数据库每日增量备份、每周全量备份，每季度进行一次恢复演练，演练结果报甲方信息中心确认。
5.4 乙方应于2027年6月30日前完成年度安全加固，修复甲方年度等级保护测评发现的中高危问题。
5.5 乙方应建立运维服务台，工作日8:30至17:30由驻场工程师受理，其他时间通过热线电话受理。每次故障处理完毕后，乙方应在2个工作日内提交故障报告，说明原因、处理过程和防范措施。
5.6 系统升级、补丁安装、配置变更等操作须提前提交变更申请，经甲方信息中心批准后在非工作时间实施，实施前应做好数据备份和回退准备。
5.7 服务期满前30日，乙方应向甲方移交全部运维文档、账号口令清单及配置资料，并配合后续服务单位完成交接。

6. 故障响应
6.1 故障分为三级：
  (1) 一级故障：系统整体不可用，或审计底稿、审计报告数据无法读写；
  (2) 二级故障：单个子系统或主要功能不可用；
  (3) 三级故障：个别功能异常或用户操作问题。
6.2 响应时限：一级故障乙方应在6小时内响应并开始处置，12小时内恢复系统运行；二级故障在1个工作日内响应；三级故障在2个工作日内解决。
6.3 乙方未在上述时限内响应或恢复的，每超时1小时扣减服务费人民币500元；同一季度发生两次以上一级故障的，当季考核为不合格。

7. 考核与验收
7.1 甲方每季度按照附件《运维服务考核表》对乙方进行考核，考核项目包括故障响应及恢复时限、巡检报告质量、备份完成率、用户满意度和驻场出勤。考核得分80分及以上为合格。
7.2 考核不合格的，甲方扣减当季服务费的10%，乙方应提交整改计划。
7.3 服务期满前，甲方根据四个季度考核结果及运维文档交付情况组织年度验收，并出具书面验收意见。
7.4 乙方对考核结果有异议的，可在收到考核结果后5个工作日内书面提出，甲方应予复核。

8. 委托第三方
8.1 乙方可将机房设备硬件巡检、存储扩容实施等辅助性工作委托具有相应能力的第三方完成，但应提前5个工作日书面告知甲方，并对第三方的工作承担全部责任。

9. 数据安全
9.1 审计系统中的审计项目资料、被审计单位数据、审计底稿及报告均属于甲方，乙方运维人员仅可在履行运维职责所必需的范围内接触，不得查询、复制、下载或带离。
9.2 乙方应严格遵守甲方信息安全管理制度：运维操作须在甲方内网通过堡垒机进行，禁止使用个人移动存储介质，所有操作留存审计日志。
9.3 发生数据泄露、丢失或被篡改事件，乙方应立即采取处置措施并在1小时内向甲方报告；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

10. 保密
10.1 乙方及其人员对在服务过程中知悉的审计工作秘密、被审计单位商业秘密及甲方内部信息负有保密义务，不得以任何方式向第三方泄露。
10.2 乙方驻场人员须签署保密承诺书。保密义务不因合同终止或人员离职而解除。

11. 知识产权
11.1 乙方在服务期内为甲方编写的运维文档、巡检报告、脚本和优化方案归甲方所有，乙方不得用于其他项目。
11.2 乙方运维过程中使用的自有工具软件，其知识产权仍归乙方，乙方保证其来源合法且不含恶意代码，服务期满后应从甲方系统中卸载。

12. 违约责任
12.1 乙方未按第5.4条约定期限完成年度安全加固的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
12.2 因乙方运维过错导致系统数据丢失且无法恢复的，乙方应赔偿甲方全部损失。
12.3 乙方驻场人员未经甲方同意擅自离岗或更换的，每发生一次扣减服务费人民币1,000元。
12.4 甲方未按约定付款的，应按中国人民银行同期贷款市场报价利率支付逾期利息。

13. 合同解除
13.1 乙方连续两个季度考核不合格，或发生严重违约经书面催告后10日内仍未纠正的，甲方有权解除合同，并按实际服务期结算费用。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 发生争议，双方协商解决；协商不成的，向岚州市明湖区人民法院提起诉讼。

15. 其他
15.1 磋商文件、响应文件、成交通知书及附件《运维服务考核表》为本合同的组成部分。
15.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：岚州市审计局
代表人签字：__________    日期：2026年12月__日

乙方（盖章）：智审信息技术服务有限公司
代表人签字：__________    日期：2026年12月__日
"""

H330Z05 = """# 产品追溯系统软件许可及定制开发合同

（链迹溯源标准合同文本 V4.0，乙方提供）

合同编号：LJSY-HT-2027-0093

**甲方（买方）**：岭南百草凉茶饮品有限公司
地址：江门市蓬江区杜阮镇百草路1号

**乙方（卖方）**：链迹溯源科技有限公司
地址：深圳市南山区粤海街道科技南十二路链迹大厦

甲方拟建设覆盖原料药材、生产批次、成品赋码及经销商流向的产品追溯系统。乙方为“链迹溯源平台”的著作权人，愿意向甲方授予软件许可并提供定制开发及实施服务。双方经协商，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供链迹溯源平台企业版软件许可（含原料管理、批次追溯、一物一码、渠道流向、消费者扫码查询模块）。

1.2 乙方根据甲方需求进行定制开发，包括：与甲方灌装线喷码设备的赋码对接、与甲方ERP及仓储系统的接口、经销商扫码出入库小程序、防窜货预警规则及消费者扫码营销活动页面。

1.3 乙方负责系统部署、初始化配置及培训。

1.4 甲方负责提供部署所需的服务器、网络环境和数据库授权，并协调灌装线设备厂家、ERP实施方配合接口联调。因甲方配合不到位导致的工期延误，乙方不承担责任。

1.5 双方确认的《需求规格说明书》为本合同附件，需求变更应以书面变更单确认，涉及费用调整的另行协商。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰贰拾捌万元整，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 链迹溯源平台企业版软件许可（永久授权，不限用户数） | 900,000 |
| 2 | 定制开发（赋码对接、ERP/WMS接口、经销商小程序、防窜货规则、扫码营销页面） | 300,000 |
| 3 | 部署实施及培训 | 80,000 |
| | 合计 | 1,280,000 |

2.2 上述价款不含甲方自行采购的服务器、喷码设备及二维码标签耗材。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即人民币640,000元，乙方收到该款项后启动项目。

3.2 系统上线试运行后10个工作日内，甲方支付合同总价的38%，即人民币486,400元。

3.3 系统验收合格后10个工作日内，甲方支付合同总价的12%，即人民币153,600元。

3.4 甲方逾期付款的，乙方有权暂停开发及服务，工期相应顺延。

## 第四条 交付与验收

4.1 乙方应在收到首期款后120日内完成开发和部署，并通知甲方上线试运行。

4.2 试运行期为30日。试运行结束后，甲方按以下标准进行验收：（1）在灌装线满速（每分钟600瓶）条件下赋码关联成功率不低于99.95%；（2）经销商小程序扫码出入库单次处理时间不超过2秒；（3）按批次号反查原料来源、生产记录和流向的结果与ERP记录一致；（4）需求规格说明书所列功能全部实现。

4.3 甲方应在试运行结束后7日内组织验收并签署验收报告。

4.4 验收未通过的，乙方应在15日内完成整改并申请复验。乙方交付的文档包括安装部署手册、用户操作手册、接口说明和培训课件。

## 第五条 知识产权

5.1 链迹溯源平台软件的知识产权归乙方所有。

5.2 乙方为履行本合同进行定制开发所形成的全部成果，包括赋码对接程序、接口程序、小程序、防窜货规则模型、营销页面及其源代码和文档，其知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发。

## 第六条 数据

6.1 甲方在系统中产生的生产、批次及流向数据归甲方所有。

6.2 乙方采取访问控制、数据加密和操作日志等安全措施保护甲方数据。发生数据泄露事件的，乙方应在24小时内通知甲方，并对因乙方原因导致的泄露承担相应责任。

6.3 甲方同意，乙方有权将经脱敏处理的扫码数据、渠道流向数据用于改进乙方产品、训练防窜货算法及编制行业分析报告，该权利在本合同终止后继续有效。

## 第七条 免费维护期

7.1 系统验收合格之日起六个月为免费维护期，乙方在此期间提供缺陷修复和远程技术支持。

7.2 一级故障（系统无法赋码或无法扫码查询）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

7.3 乙方将尽力在承诺时限内响应和处理故障，但不因响应或处理超时承担任何扣款、赔偿或违约金责任。

## 第八条 维保服务

8.1 免费维护期满后，甲方应与乙方签订年度维保合同，年度维保费为软件许可费的25%，即每年人民币225,000元。

8.2 维保内容包括缺陷修复、版本升级、远程支持及每年两次现场巡检。

8.3 维保费在每个维保年度开始前一次性支付。甲方未签订维保合同的，乙方不再提供版本升级和技术支持。

## 第九条 保密

9.1 双方应对在合作中知悉的对方技术秘密和商业信息保密，未经对方同意不得向第三方披露，但依法律规定或监管要求披露的除外。

9.2 甲方不得向任何第三方披露乙方的报价、产品架构及接口文档。保密期限为合同终止后三年。

## 第十条 违约责任

10.1 因乙方原因未能按第4.1条约定的期限完成开发和部署的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十一条 分包

11.1 乙方有权根据项目需要将部分开发、实施工作分包给第三方完成，无需征得甲方同意，乙方对分包工作的质量负责。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 甲方因自身原因解除合同的，已支付的款项不予退还。

12.3 合同解除后，乙方应停止对甲方系统的远程访问，并在甲方付清已完成部分的费用后交付已完成的可执行程序。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同产生的争议，提交深圳仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官方网站公布的《链迹溯源服务规则》为准。

14.2 甲方同意乙方在其官方网站、宣传材料及投标文件中将甲方列为客户案例，并使用甲方名称和商标。

14.3 乙方向甲方发出的通知，以电子邮件或系统站内信发出即视为送达。

14.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：岭南百草凉茶饮品有限公司　　　授权代表：________　　日期：________

乙方（盖章）：链迹溯源科技有限公司　　　授权代表：________　　日期：________
"""

H330E01 = """T:Software Licence and Customisation Agreement
P:Agreement No. ORW-QZ-2027-004
P:This Agreement is made between:
P:(1) Quanzhou Silkstring Puppet Theatre Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 27 Xijie Lane, Licheng District, Quanzhou, Fujian Province (the "Buyer"); and
P:(2) Örö Rigworks Oy, a company incorporated in Finland with its registered office at Harbour Building 2, Örö Island, Kemiönsaari, Finland (the "Vendor").
P:Background
P:(A) The Buyer produces marionette theatre, animated films and digital performances based on the Quanzhou string-puppet tradition and wishes to rig digital models of its marionettes, with up to thirty-two control strings each, for previsualisation and animation.
P:(B) The Vendor develops and licenses the StringRig software for the rigging and simulation of string-driven puppets and has agreed to grant perpetual licences, to customise rig templates for the Buyer's puppet types and to install the software at the Buyer's studio.
P:(C) At the Buyer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the StringRig Studio application, the Rig Library module and their documentation, in the versions current at delivery, together with all updates supplied under this Agreement.
P:1.2 "Custom Rig Templates" means the rig templates, control-bar mappings, string-tension presets and scripts that the Vendor develops specifically for the Buyer under Article 3, including their source files.
P:1.3 "Final Acceptance" means the Buyer's written acceptance of the complete system under Article 6.
P:1.4 "Buyer Data" means all models, motion-capture recordings, scene files, images and other material that the Buyer or its staff create, load or process with the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on fourteen named workstations at the Buyer's premises in Quanzhou and on one backup server, for the Buyer's own productions and those of its commissioned partners.
P:2.2 The Buyer may transfer a licence from one workstation to another by notifying the Vendor through the licence portal. The licence survives the expiry or termination of this Agreement, except termination for the Buyer's non-payment.
P:2.3 The Software runs entirely on the Buyer's premises. Licence activation may be done offline.
H:Article 3 Customisation and Installation
P:3.1 The Vendor shall develop Custom Rig Templates for six traditional puppet types (the scholar, the general, the maiden, the clown, the elder and the monk), each with a control-bar mapping matching the Buyer's physical control bars, and a string-tension preset library calibrated from the Buyer's reference recordings.
P:3.2 The Vendor shall install the Software, import the Buyer's character models and train the Buyer's staff in Quanzhou.
P:3.3 The Vendor shall complete installation within 45 days and deliver all Custom Rig Templates within 110 days after the Effective Date.
H:Article 4 Contract Price
P:4.1 The total Contract Price is CNY 1,060,000, fixed and inclusive of all taxes, travel and expenses. It is made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|StringRig Studio perpetual licence|14 seats at CNY 46,000|644,000
TB:2|Rig Library module, perpetual site licence|1|118,000
TB:Licence subtotal| | |762,000
TB:3|Custom Rig Templates for six puppet types|1 lot|236,000
TB:4|Installation, model import and training|1 lot|62,000
TB:Total Contract Price| | |1,060,000
P:4.2 In this Agreement "Licence Fees" means the licence subtotal of CNY 762,000.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 212,000) within 20 days after the Effective Date, against the Vendor's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:5.2 The Buyer shall pay 45% of the Contract Price (CNY 477,000) within 20 days after the Installation Certificate is signed. The Installation Certificate only confirms that the Software is installed on all workstations and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 371,000) within 20 days after Final Acceptance.
P:5.4 The Vendor shall issue valid invoices (fapiao) through its authorised agent in China before each payment.
H:Article 6 Acceptance
P:6.1 When all Custom Rig Templates are delivered the Vendor shall notify the Buyer, and the parties shall run the acceptance tests in the Acceptance Test Plan attached as Annex 2.
P:6.2 The acceptance criteria are: (a) each of the six puppet types can be rigged from its template and animated with all control strings, without manual correction of string attachment points; (b) simulated string motion matches the Buyer's reference recordings within the tolerance stated in Annex 2; (c) a ninety-second scene with four puppets plays back in real time on the Buyer's workstations; (d) all existing character models are imported with their textures; and (e) the training programme is complete and the documentation is delivered in Chinese.
P:6.3 If the tests are passed, the Buyer shall sign the Final Acceptance Certificate within 10 working days. If any test fails, the Vendor shall correct the defect and the test shall be repeated. Use of the Software in production or any payment does not mean acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Rig Templates will perform in accordance with their specifications for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions and provide remote support free of charge.
P:7.2 Support requests are classified as follows: Severity 1 means the Software cannot be started or rigged scenes cannot be opened or saved on any workstation; Severity 2 means a major function fails with no workaround; Severity 3 means all other issues. The Vendor shall respond to a Severity 1 request within 2 hours at any time of day, and to a Severity 2 request within 8 business hours, and shall provide a fix or workaround for a Severity 1 request within 2 business days.
P:7.3 If the Vendor misses the Severity 1 response time, it shall pay CNY 600 for each hour or part of an hour of delay, and if it misses the Severity 1 fix time, CNY 2,000 for each further business day. These amounts may be deducted from any payment due to the Vendor.
P:7.4 After the Warranty Period the Buyer may order annual support at a fee of 9% of the Licence Fees per year (CNY 68,580). This fee is fixed for the first three support years after the Warranty Period. Each support year is ordered separately by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Rig Templates vest in the Buyer on creation. The Vendor shall deliver their source files at Final Acceptance. The Buyer may use, modify, copy and license the Custom Rig Templates freely, including to other studios.
P:8.3 The Vendor shall indemnify the Buyer against third-party infringement claims concerning the Software or the Custom Rig Templates.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or disclose it.
P:9.2 Reference recordings and models provided for the customisation shall be transferred only through the encrypted file service designated by the Buyer, stored only on encrypted storage, accessed only by named members of the Vendor's project team and deleted, with written confirmation, within 30 days after Final Acceptance.
P:9.3 Remote support sessions require the Buyer's approval for each session and shall be recorded. The Vendor shall notify the Buyer within 24 hours after becoming aware of any loss of, or unauthorised access to, Buyer Data, shall take all steps necessary to contain it and shall be responsible for the losses it causes to the Buyer.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's unreleased productions, character designs and scripts, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation or to deliver the Custom Rig Templates by the dates in Article 3.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement claims under Article 8.3, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the customisation or installation without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if delay damages under Article 11.1 reach their maximum. The Vendor shall then refund payments for work not accepted.
P:13.2 Either party may terminate if the other becomes insolvent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Finland, excluding its conflict-of-laws rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising from this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce. The seat of arbitration is Helsinki and the language is English.
H:Article 15 General
P:15.1 Annex 1 (Specifications) and Annex 2 (Acceptance Test Plan) form part of this Agreement. Amendments must be in writing.
P:15.2 This Agreement is signed in two English originals and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: Quanzhou Silkstring Puppet Theatre Studio Co., Ltd.    Name: ____________    Title: ____________    Date: ____________
P:For the Vendor: Örö Rigworks Oy    Name: ____________    Title: ____________    Date: ____________
"""

H330E02 = """# Order Form and General Terms — Peakline Ticketing Cloud

Order Form No. PT-CN-2027-0158

## Part A — Order Form

**Customer:** Emei Cloudline Ropeway Co., Ltd., Baoguo Road 6, Emeishan City, Sichuan Province, People's Republic of China ("Customer")

**Provider:** Papey Ticketing ehf., Old Farmhouse, Papey Island, Djúpivogur, Iceland ("Provider")

**Service:** Peakline Ticketing Cloud, Enterprise edition, for online sales, dynamic time-slot booking, turnstile validation and visitor-flow reporting for Customer's Golden Summit and Wannian ropeways.

**Hosting:** Alibaba Cloud, Chengdu region, operated for Provider under Provider's account. Customer Data is stored only in mainland China.

**Subscription Term:** three Subscription Years starting on the Go-Live Date. Each Subscription Year runs from the Go-Live Date or its anniversary to the day before the next anniversary.

**Currency:** at Customer's request, all fees are stated and paid in Chinese yuan (CNY).

### A1. Fees

| Item | Type | Amount (CNY) |
|---|---|---|
| Subscription Fee, Enterprise edition, 2 ropeways, up to 4.5 million tickets per Subscription Year | per Subscription Year | 268,000 |
| Subscription Fees for the Subscription Term (3 Subscription Years) | recurring | 804,000 |
| Onboarding: configuration, price rules, payment channels, staff training | one-time | 72,000 |
| Turnstile integration for 38 gates at both stations | one-time | 46,000 |
| **Total fees under this Order Form** | | **922,000** |

Tickets above the annual allowance are charged at CNY 0.03 per ticket, invoiced after the end of each Subscription Year.

### A2. Invoicing and payment

A2.1 On signature of this Order Form Provider shall invoice the Subscription Fee for the first Subscription Year together with the Onboarding fee and the Turnstile integration fee, in total CNY 386,000. Customer shall pay this invoice within 15 days after signature. Provider starts onboarding work after receipt of this payment.

A2.2 The Subscription Fee for each later Subscription Year is invoiced 30 days before that Subscription Year starts and is payable on its first day.

A2.3 Invoices are issued as valid VAT fapiao by Provider's appointed billing agent in Chengdu.

### A3. Go-Live

A3.1 Provider shall make the Service ready for Go-Live Acceptance within 75 days after receipt of the payment under A2.1.

A3.2 Go-Live Acceptance tests: (a) online sale of each ticket type through WeChat, Alipay and Customer's website; (b) booking of time slots with the capacity limits set by Customer; (c) validation of QR and ID-card tickets at every gate within one second per passage; (d) reconciliation of one full trial day of sales against the payment channels without difference; and (e) delivery of the standard daily and monthly reports. Customer signs a Go-Live Acceptance Certificate when all tests pass. The "Go-Live Date" is the date of that certificate. Use of the Service for trial sales is not acceptance.

A3.3 If the Service is not ready for Go-Live Acceptance by the date in A3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

### A4. Service Levels

A4.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding maintenance announced at least 5 days in advance and carried out between 23:00 and 05:00 Beijing time.

A4.2 Priority 1 incidents (ticket sales or gate validation stopped at either station) shall be responded to within 30 minutes and restored within 2 hours. Priority 2 incidents (a major function degraded) shall be responded to within 2 hours. Other incidents shall be answered within 1 business day.

A4.3 If monthly availability is below the commitment, Customer receives a service credit of 5% of the monthly portion of the Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that monthly portion. Each Priority 1 incident not restored within 2 hours earns a further credit of CNY 1,500. Credits are set off against the next invoice.

### A5. Order of precedence

This Order Form incorporates the General Terms in Part B. If they conflict, this Order Form prevails.

Signed for Customer: ____________ (name, title, date, company seal)

Signed for Provider: ____________ (name, title, date)

## Part B — General Terms

### B1. Definitions

B1.1 "Service" means the Peakline Ticketing Cloud as described in the Order Form and its documentation.

B1.2 "Customer Data" means all data that Customer, its visitors or its staff enter into or generate through the Service, including visitor identity data, orders, payment records and gate passage records.

B1.3 "Customer Configurations" means the price rules, time-slot rules, report layouts, gate scripts and interface mappings that Provider builds for Customer during onboarding.

### B2. Use of the Service

B2.1 Provider grants Customer a non-exclusive right to use the Service during the Subscription Term for Customer's ropeway operations, through any number of Customer's staff and sales channels.

B2.2 Customer is responsible for the accuracy of prices and capacity limits that it enters.

B2.3 Provider shall keep the Service compliant with the ticketing and real-name booking requirements of the Sichuan provincial tourism authorities and of the Mount Emei scenic area administration, and shall implement changes required by those authorities within the time they set, at no extra charge.

B2.4 Provider shall release new versions of the Service at least 7 days after announcing them, shall test each release against Customer's price and time-slot rules in a staging environment, and shall not change Customer-facing functions during the Golden Week holidays or the Spring Festival period.

B2.5 Provider shall give Customer's staff telephone and online support in Chinese from 06:00 to 22:00 Beijing time every day, and an emergency hotline at all other times.

### B3. Customer Data

B3.1 Customer Data belongs to Customer. Provider processes Customer Data on Customer's behalf to provide the Service.

B3.2 Provider shall protect Customer Data in accordance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, including encryption in transit and at rest, role-based access with multi-factor authentication, logging of all administrative access and an annual penetration test. The hosting environment holds an MLPS level 3 record.

B3.3 Provider shall notify Customer of any personal information breach or other security incident affecting Customer Data within 12 hours after becoming aware of it, shall cooperate with Customer in remedial steps and regulatory notifications, and shall bear the costs and losses caused by an incident for which Provider is responsible.

B3.4 Provider may compile aggregated and de-identified statistics from Customer Data, such as visitor volumes, booking patterns and price responses, and use them to improve and market the Service, to benchmark mountain attractions and to publish tourism trend reports, during and after the Subscription Term. Such statistics will not identify any individual visitor or name Customer.

B3.5 Within 30 days after the end of the Subscription Term Provider shall return all Customer Data in CSV format and then delete it from the Service.

### B4. Intellectual Property

B4.1 Provider owns the Service and all its improvements.

B4.2 Customer Configurations belong to Customer. Customer may use, modify and hand them to any later service provider without restriction.

### B5. Confidentiality

B5.1 Each party shall keep confidential the other party's non-public business and technical information received under this agreement and use it only for this agreement. This obligation continues for three years after the end of the Subscription Term.

### B6. Subcontracting

B6.1 The hosting provider named in the Order Form is approved by Customer's signature. Provider shall not use any other subcontractor or subprocessor for the Service without Customer's prior written consent.

### B7. Term, Renewal and Termination

B7.1 This agreement ends at the end of the Subscription Term. It may be renewed only by a new Order Form signed by both parties.

B7.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice. Customer may also terminate if monthly availability falls below 99.0% in two consecutive months. On termination by Customer, Provider refunds the prepaid Subscription Fee for the remaining period.

### B8. Liability

B8.1 Provider's total liability arising out of or in connection with this agreement, whether in contract, tort or otherwise, shall not exceed CNY 320,000 in aggregate.

B8.2 Neither party is liable for indirect or consequential loss or loss of profit.

### B9. Governing Law and Disputes

B9.1 This agreement is governed by the laws of the People's Republic of China.

B9.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The award is final.

### B10. General

B10.1 Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign this agreement without the other's written consent.

B10.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as earthquakes, landslides or government orders closing the scenic area, provided that it notifies the other party promptly and resumes performance as soon as possible. Fees for any period in which the ropeways are closed by government order are reduced pro rata.

B10.3 These General Terms are written in English. A Chinese translation may be made for reference; the English text prevails.
"""

H330E03 = """T:Purchase Contract for Storage-Cellar Climate Monitoring and Control Equipment
P:Contract No. DXHP-CG-2027-011
P:Buyer: Dingxi Highland Potato Farm Co., Ltd., Anding District, Dingxi City, Gansu Province, People's Republic of China (the "Buyer")
P:Supplier: Manoel Island Agritech Integration Ltd., Yacht Yard Building, Manoel Island, Gżira, Malta (the "Supplier")
P:The Buyer stores seed and table potatoes in sixteen underground and semi-underground cellars. Losses from sprouting, rot and condensation rise when temperature, humidity and carbon dioxide are not controlled. The Buyer issued an invitation for bids on its own contract terms, and the Supplier's bid was selected. The parties therefore agree as follows. At the Buyer's request all amounts are stated and paid in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission a climate monitoring and control system for the Buyer's sixteen storage cellars, consisting of temperature, humidity and CO2 sensors, one wireless gateway per cellar, one ventilation and humidifier controller per cellar, and the CellarSense monitoring software with alarm notification by SMS and WeChat.
P:1.2 The Supplier shall connect the controllers to the existing fans, dampers and humidifiers, set the control curves for seed and table potatoes agreed with the Buyer's storage manager, calibrate all sensors on site and train the Buyer's staff.
P:1.3 The technical specifications, cellar drawings and the equipment list are set out in Annex 1.
H:Section 2 Contract Price
P:2.1 The total Contract Price is CNY 970,000, fixed, including all taxes, import duties, transport to the farm, installation, calibration and training. The price breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature, humidity and CO2 sensor, IP67|240|1,450|348,000
TB:2|Wireless gateway with 4G backup|16|6,800|108,800
TB:3|Ventilation and humidifier controller|16|12,600|201,600
TB:4|CellarSense monitoring software, perpetual site licence|1|186,000|186,000
TB:Hardware and licence subtotal| | | |844,400
TB:5|Installation, cabling and connection to fans and humidifiers|1 lot| |96,600
TB:6|On-site calibration and training|1 lot| |29,000
TB:Contract Price| | | |970,000
P:2.2 "Equipment Price" in this Contract means the hardware and licence subtotal of CNY 844,400.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 97,000) within 15 days after signature, against an advance-payment guarantee of the same amount from a bank in mainland China.
P:3.2 Delivery and installation payment: 55% of the Contract Price (CNY 533,500) within 20 days after all equipment is delivered and installed in the sixteen cellars and the Installation Record is signed. The Installation Record confirms quantities and installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 339,500) within 20 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued in China by the Supplier's registered branch or agent.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm within 60 days after signature and complete installation within 30 days after delivery. Installation work shall be scheduled so that no more than four cellars are out of control at any time during the storage season.
P:4.2 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, and the calibration certificates of the sensors. The Buyer's signature on the delivery note confirms quantities only.
P:4.3 The Supplier's staff shall follow the farm's hygiene rules for entering cellars, including disinfection of footwear and tools, to prevent the spread of potato diseases.
H:Section 5 Acceptance
P:5.1 After installation the system runs for a trial period of 21 days. Final Acceptance is carried out by the Buyer at the end of the trial period against these criteria: (a) every sensor reads within ±0.3 °C and ±3% relative humidity of the calibrated reference instrument; (b) every controller keeps cellar temperature within ±0.5 °C of the set point for seven consecutive days; (c) alarms reach the designated staff within one minute of a limit being exceeded; (d) data from all cellars is recorded without gaps over the trial period; and (e) all documentation and training are complete.
P:5.2 If the criteria are met, the Buyer signs the Final Acceptance Certificate within 7 days. If not, the Supplier shall remedy the defects at its cost and the trial period is repeated.
P:5.3 Installation, operation of the system during the trial period or any payment shall not be regarded as acceptance.
H:Section 6 Warranty and Service
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace free of charge any defective equipment, including sensors damaged by normal cellar conditions, and shall provide software updates and remote support.
P:6.2 Faults are classified as Critical (a cellar controller fails, or monitoring of a cellar is lost), Major (a sensor group or alarm channel fails) and Minor (all others). For Critical faults the Supplier shall respond within 1 hour by remote connection and restore control within 24 hours, if necessary by replacing the controller from the spare stock kept at the farm. Major faults shall be responded to within 8 hours and corrected within 3 days. Minor faults shall be corrected within 10 days.
P:6.3 For each hour by which the Supplier exceeds the Critical response or restoration time, the Supplier shall pay CNY 500. For Major faults the amount is CNY 200 per day of delay. The Buyer may deduct these amounts from any sum due to the Supplier or from the performance guarantee.
P:6.4 The Supplier shall keep at the farm, at its own cost, spare stock of two controllers, one gateway and twenty sensors during the warranty period.
H:Section 7 Post-Warranty Service
P:7.1 After the warranty period the Buyer may order maintenance service for the system. The annual maintenance fee is 7% of the Equipment Price, that is CNY 59,108 per year, and will not be increased during the first two maintenance years.
P:7.2 Maintenance is ordered year by year by the Buyer's written order. There is no automatic renewal.
H:Section 8 Intellectual Property
P:8.1 The CellarSense software remains the property of the Supplier, who grants the Buyer a perpetual licence to use it for the Buyer's cellars.
P:8.2 The control curves, alarm rules, dashboards and cellar configurations prepared for the Buyer belong to the Buyer, who may use, modify and disclose them to other service providers.
H:Section 9 Data Security
P:9.1 All measurement data, alarm records and storage records collected by the system belong to the Buyer and are stored on the Buyer's server at the farm. The Supplier shall use them only to perform this Contract.
P:9.2 Remote access by the Supplier is allowed only through the VPN account issued by the Buyer, with a separate password for each engineer, and each session shall be logged. The Supplier shall not copy data from the Buyer's server except for fault diagnosis with the Buyer's consent.
P:9.3 The Supplier shall report any loss of data or unauthorised access within 12 hours, shall help restore the data and shall compensate the Buyer for losses caused by the Supplier's breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and business information obtained under this Contract, including the Buyer's storage volumes, varieties and customers, and shall not disclose it to third parties without written consent. This obligation survives termination for three years.
H:Section 11 Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery or installation beyond the dates in Section 4.1, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed twice the Contract Price, except for liability for personal injury, fraud or wilful misconduct, which is not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier may use a local installation contractor for cabling only with the Buyer's prior written consent, and remains fully responsible for its work. No other subcontracting is allowed.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and fails to remedy the breach within 15 days after the Buyer's notice, or if the delay in Section 11.1 exceeds 30 days. The Supplier shall then refund all payments for equipment not accepted and remove that equipment.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou. The arbitration award is final and binding on both parties.
H:Section 15 Miscellaneous
P:15.1 Annex 1 (technical specifications and equipment list) and Annex 2 (control curves) form part of this Contract.
P:15.2 This Contract is made in four originals in English, two for each party, and takes effect on signature by both parties.
P:Buyer: Dingxi Highland Potato Farm Co., Ltd.    Authorised representative: ____________    Date: ____________
P:Supplier: Manoel Island Agritech Integration Ltd.    Authorised representative: ____________    Date: ____________
"""

H330E04 = """# Managed Endpoint Protection Services Agreement

Agreement reference: IFCS-MEP-0271

This Agreement is made between **Ningbo Inkwell Stationery Co., Ltd.**, 88 Wenjiao Road, Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China (the "Customer"), and **Inis Fraoigh Cyber Services Ltd.**, The Boathouse, Inis Fraoigh, County Galway, Ireland, acting through its Shanghai security operations centre (the "Provider").

The Customer manufactures pens, notebooks and school supplies at two plants in Ningbo and runs sales offices in six cities. It wishes to have the laptops, desktops and servers at these sites protected and monitored by a managed service. The Provider offers such a service using its licensed endpoint detection and response platform and round-the-clock analysts. At the Customer's request all charges are stated and paid in Chinese yuan (CNY).

## 1. Definitions

1.1 "Endpoints" means the Customer's devices listed in the asset register agreed at onboarding, initially 1,150 devices.

1.2 "Services" means the managed endpoint protection services described in clause 2 and Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer signs the Onboarding Completion Certificate under clause 4.

1.4 "Customer Data" means all data on the Endpoints and all telemetry, alerts, logs and reports that the Services collect or produce about the Customer's systems and users.

## 2. Services

2.1 The Provider shall deploy its endpoint agent on all Endpoints, operate the management console, monitor alerts 24 hours a day, investigate and contain threats, and apply policy changes requested by the Customer.

2.2 The Provider shall deliver a monthly service report with detected threats, containment actions, agent coverage and recommendations, and shall attend a quarterly service review meeting in Ningbo.

2.3 The Provider shall maintain the agents on supported versions, test each new agent version on a pilot group of Endpoints agreed with the Customer before wider deployment, and keep the agent's effect on production line PCs within the CPU and memory limits set out in the runbook.

2.4 The Provider shall provide incident response support for confirmed compromises of up to 40 analyst hours per contract year without additional charge.

## 3. Term

3.1 This Agreement starts on signature and continues for an Initial Term of 36 months from the Service Commencement Date.

3.2 The Agreement ends at the end of the Initial Term unless the parties agree in writing to extend it. There is no automatic renewal.

## 4. Onboarding and Acceptance

4.1 The Provider shall complete onboarding within 40 days after signature. Onboarding includes agent deployment, tuning of detection policies for the Customer's production and office systems, integration with the Customer's Active Directory and ticketing tool, and a runbook approved by the Customer.

4.2 Onboarding is complete when: (a) the agent reports from at least 98% of Endpoints in the asset register; (b) a simulated attack exercise on three test devices is detected and contained within the times in Schedule 1; (c) no production line application is blocked by the agent over a ten-day observation period; and (d) the runbook and escalation contacts are approved. The Customer then signs the Onboarding Completion Certificate. Deployment of agents alone is not acceptance.

4.3 If onboarding is not complete within the time in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

## 5. Service Levels and Credits

5.1 The Provider shall meet the response and containment times in Schedule 1 and keep the management console available at least 99.95% of each month.

5.2 If a response or containment time for a P1 or P2 incident is missed, or console availability falls below the commitment, the Provider shall grant the service credits in Schedule 1. Credits are deducted from the next monthly invoice.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 2. The total charges over the Initial Term are CNY 618,000.

6.2 The onboarding charge is invoiced after the Service Commencement Date. The monthly charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt of a valid VAT invoice. No amount is payable in advance.

6.3 Each invoice shall show the number of Endpoints covered in the month, the monthly charge, any service credits and the resulting amount, and shall be supported by the agent coverage figures from the management console.

6.4 The charges are fixed for the Initial Term. If the number of Endpoints changes by more than 50 devices, the monthly charge is adjusted at the unit rate in Schedule 2.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Services to the Customer and shall not use it for any other client or for product development.

7.2 Customer Data shall be stored and processed only in mainland China, in the Provider's Shanghai environment, which holds an MLPS level 3 record and ISO/IEC 27001 certification. Analyst access to the console requires multi-factor authentication and is logged.

7.3 The Provider shall notify the Customer within 6 hours of becoming aware of any security incident affecting Customer Data or the Provider's own systems used for the Services, and shall be liable for losses caused by such an incident where it results from the Provider's failure to comply with this clause.

7.4 At the end of the Agreement the Provider shall uninstall the agents on request, return the Customer Data in an agreed format and delete it from its systems within 30 days.

## 8. Intellectual Property

8.1 The Provider's platform, agents and threat intelligence remain the Provider's property.

8.2 The runbook, detection rules and reports written specifically for the Customer belong to the Customer, who may use and modify them and give them to any other service provider.

## 9. Customer Responsibilities

9.1 The Customer shall give the Provider an up-to-date asset register, administrator contacts available around the clock for P1 incidents, and the network access needed to deploy and manage the agents.

9.2 The Customer shall tell the Provider in advance of planned changes to its production systems that may affect the agents, such as new line control software or operating system upgrades.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The platform vendor whose licences the Provider uses is not a subcontractor for this purpose.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges in clause 6.1.

11.2 The limit does not apply to liability under clause 7, for death or personal injury, or for fraud.

## 12. Termination

12.1 The Customer acknowledges that the charges are calculated on a committed Initial Term. The Customer may not terminate this Agreement before the end of the Initial Term for any reason, including any failure of the Provider to meet the service levels or other obligations; its remedies for such failures are limited to the service credits under clause 5 and damages under clause 11.

12.2 The Provider may suspend the Services if any undisputed invoice remains unpaid 45 days after its due date, after giving 10 days' written notice.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final.

## 14. General

14.1 This Agreement, with Schedules 1 and 2, is the whole agreement between the parties. Changes must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the other party's written consent.

## Schedule 1 — Incident Priorities, Service Levels and Credits

| Priority | Definition | Response time | Containment time | Credit if missed |
|---|---|---|---|---|
| P1 | Active ransomware, data exfiltration, or compromise of a server or production line controller PC | 15 minutes | 1 hour | 5% of the monthly charge per incident |
| P2 | Confirmed malware on one or more user devices, no spread | 30 minutes | 3 hours | 2% of the monthly charge per incident |
| P3 | Suspicious activity needing investigation | 2 hours | 1 business day | none |
| P4 | Policy change or information request | 1 business day | 3 business days | none |

Console availability below 99.95% in a month: credit of 3% of the monthly charge; below 99.5%: credit of 8% of the monthly charge. Total credits in a month are limited to half of the monthly charge.

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (deployment, tuning, integration, runbook) | one-time | 38,400 |
| Monthly charge, 1,150 Endpoints at CNY 14 per Endpoint | per month | 16,100 |
| Monthly charges over the Initial Term (36 months) | recurring | 579,600 |
| **Total charges over the Initial Term** | | **618,000** |

Additional Endpoints above the agreed number are charged at CNY 14 per Endpoint per month. Endpoints that are retired and removed from the asset register are no longer charged from the following month, provided the agent has been uninstalled.

Signed for the Customer: ______________________  Date: __________

Signed for the Provider: ______________________  Date: __________
"""

H330E05 = """JURMO VERIFY API SUBSCRIPTION AGREEMENT

Agreement No. JV-CN-2027-033

BETWEEN

Hefei Lantern Insurance Brokerage Co., Ltd., a company registered in the People's Republic of China, with its office at 18 Qianshan Road, Shushan District, Hefei, Anhui Province ("Customer")

AND

Jurmo Verify Oy, a company registered in Finland, with its office at Pilot House, Jurmo Island, Parainen, Finland ("Jurmo Verify")

RECITALS

Customer arranges motor insurance for private and fleet clients and must check that drivers named on a policy hold a valid driving licence of the right class. Jurmo Verify operates an application programming interface (the "API") that checks driving-licence status, class and validity through authorised data channels in mainland China, with processing on servers located in Shanghai. Customer wishes to subscribe to the API for its policy-issuing and claims systems. At Customer's request, all fees under this Agreement are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Subscription Year" means each period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.2 "Service Start Date" means the date on which Customer confirms in writing that onboarding is complete under clause 4.

1.3 "Query" means one request to the API concerning one driving licence.

1.4 "Customer Data" means the names, identity numbers, licence numbers and other information that Customer submits in Queries, and the results returned to Customer.

1.5 "Integration Materials" means the field mappings, sample code, test scripts and configuration files that Jurmo Verify prepares specifically for Customer's systems.

2. SERVICES

2.1 Jurmo Verify shall provide Customer with access to the API, a test environment, API credentials for Customer's policy-issuing system and claims system, and a web console showing Query volumes and results.

2.2 Each Query returns whether the licence is valid, its class, its expiry date, and whether it is suspended or revoked, as recorded by the authorised source at the time of the Query.

2.3 Jurmo Verify shall notify Customer at least 30 days in advance of any change to the API that requires changes to Customer's systems, and shall keep the previous API version running for at least 90 days after such a change.

2.4 Jurmo Verify shall provide onboarding assistance, including Integration Materials for Customer's two systems and two remote training sessions for Customer's IT staff.

3. TERM

3.1 This Agreement starts on signature and continues for two Subscription Years from the Service Start Date.

3.2 At the end of the second Subscription Year this Agreement renews automatically for a further Subscription Year at the same Platform Fee and unit prices, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current Subscription Year. The same applies at the end of each renewal.

4. ONBOARDING AND ACCEPTANCE

4.1 Jurmo Verify shall deliver the test environment and the Integration Materials within 20 days after signature.

4.2 Customer shall test the API with the test cases set out in the Schedule. Onboarding is complete when: (a) all test cases return the expected results; (b) both of Customer's systems can send Queries and receive results in production; (c) 95 out of every 100 Queries in a trial run of 2,000 Queries are answered within three seconds; and (d) Customer's IT staff have been trained. Customer then confirms completion in writing. Use of the production API before that confirmation is not acceptance.

4.3 If onboarding is delayed, Jurmo Verify shall use reasonable efforts to complete it as soon as possible. No amount is payable by Jurmo Verify for any delay.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule. The Platform Fee is CNY 186,000 per Subscription Year and includes up to 600,000 Queries in that Subscription Year. The onboarding fee is CNY 24,000. The total fees for the initial two Subscription Years, including the onboarding fee, are CNY 396,000.

5.2 The onboarding fee is invoiced after the Service Start Date. The Platform Fee is invoiced quarterly in arrears in four equal instalments per Subscription Year. Queries above the included volume are charged at the unit price in the Schedule and invoiced quarterly in arrears.

5.3 Customer shall pay each invoice within 30 days after receipt of a valid VAT invoice issued by Jurmo Verify's billing agent in Shanghai. No fees are payable before the Service Start Date.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 Jurmo Verify will use commercially reasonable efforts to keep the API available around the clock, except for planned maintenance and interruptions of the authorised data sources, which are outside its control.

6.2 Customer may report problems by e-mail or through the web console. Jurmo Verify will use commercially reasonable efforts to respond to reports promptly and to restore the API as soon as practicable. Jurmo Verify does not commit to any particular availability level, response time or restoration time.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Jurmo Verify processes Customer Data only on Customer's documented instructions and only to answer Customer's Queries. It shall not use Customer Data for any other purpose, build profiles or databases from it, or disclose it to anyone other than the authorised data source that answers the Query.

7.2 Jurmo Verify shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Customer Data shall be processed and stored only in mainland China, encrypted in transit and at rest, and accessible only to named staff with multi-factor authentication. Query logs are kept for 90 days and then deleted, unless Customer instructs otherwise in writing.

7.3 Jurmo Verify shall notify Customer within 12 hours of becoming aware of any leak, loss or unauthorised access to Customer Data, shall take immediate steps to contain it, shall assist Customer with notifications to regulators and affected individuals, and shall compensate Customer for all losses, fines and costs caused by any breach of this clause by Jurmo Verify.

7.4 Customer is responsible for obtaining the consent of the drivers concerned to the checks, as required by law.

8. INTELLECTUAL PROPERTY

8.1 Jurmo Verify owns the API, the web console and its documentation. Customer receives a non-exclusive right to use them during the term of this Agreement.

8.2 The Integration Materials belong to Customer from delivery. Customer may use, change and copy them without restriction, including by its own IT contractors.

9. CONFIDENTIALITY

9.1 Each party shall treat as confidential all non-public information of the other party received under this Agreement, including prices, technical documents and Customer's client information, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law. This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Jurmo Verify shall not subcontract any part of the services, other than the authorised data source named in the Schedule, without Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees in clause 5.1, except for liability under clause 7 and for fraud, which is not limited.

11.2 Jurmo Verify does not guarantee that the information recorded by the authorised source is correct, but it is responsible for returning that information without alteration.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

12.2 Customer may terminate this Agreement with immediate effect if Jurmo Verify loses its authorisation to access the data source or breaches clause 7.

12.3 On termination Jurmo Verify shall refund any fees paid for services not yet provided.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall first be discussed between senior managers of both parties. If they are not resolved within 30 days, either party may submit the dispute to the Hefei Arbitration Commission for arbitration in Hefei.

14. GENERAL

14.1 This Agreement, including the Schedule, is the entire agreement between the parties on its subject. Changes must be made in writing and signed by both parties.

14.2 Notices shall be sent by e-mail with a copy by courier to the addresses above.

SCHEDULE - FEES, DATA SOURCE AND TEST CASES

A. Fees

Platform Fee per Subscription Year (includes 600,000 Queries): CNY 186,000
Platform Fees for two Subscription Years: CNY 372,000
Onboarding fee (one-time): CNY 24,000
Total fees for the initial term: CNY 396,000
Queries above the included volume: CNY 0.28 per Query

B. Authorised data source

Queries are answered through the licence verification channel operated by Anhui Rongxin Data Services Co., Ltd. under its authorisation from the competent authority.

C. Test cases

1. Valid licence, class C1, not expiring within the next 90 days.
2. Valid licence, class A2, for a fleet driver.
3. Licence expired.
4. Licence suspended.
5. Licence revoked.
6. Licence number and name do not match.
7. Malformed licence number.
8. Batch of 500 Queries sent in one minute.

SIGNATURES

For Customer: ______________________  Name and title: ______________  Date: ________

For Jurmo Verify: ______________________  Name and title: ______________  Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (stem, ext, language, category, contract_kind)
    "h330z01": ("h330z01_met_bureau_grid_forecast_platform", "pdf", "zh", "software", "goods_or_licence"),
    "h330z02": ("h330z02_brewery_brewhouse_control_retrofit", "docx", "zh", "hardware", "goods_or_licence"),
    "h330z03": ("h330z03_car_care_chain_workorder_saas", "txt", "zh", "cloud", "service"),
    "h330z04": ("h330z04_audit_bureau_system_annual_om", "txt", "zh", "services", "service"),
    "h330z05": ("h330z05_herbal_tea_traceability_supplier_template", "md", "zh", "software", "goods_or_licence"),
    "h330e01": ("h330e01_puppet_studio_rigging_licences_finnish_vendor", "pdf", "en", "software", "goods_or_licence"),
    "h330e02": ("h330e02_cable_car_ticketing_saas_order_form", "md", "en", "cloud", "service"),
    "h330e03": ("h330e03_potato_cellar_climate_sensors", "docx", "en", "hardware", "goods_or_licence"),
    "h330e04": ("h330e04_stationery_managed_endpoint_protection", "md", "en", "services", "service"),
    "h330e05": ("h330e05_broker_driving_licence_check_api", "txt", "en", "cloud", "service"),
}
SOURCES = {"h330z01": H330Z01, "h330z02": H330Z02, "h330z03": H330Z03, "h330z04": H330Z04, "h330z05": H330Z05,
           "h330e01": H330E01, "h330e02": H330E02, "h330e03": H330E03, "h330e04": H330E04, "h330e05": H330E05}

# Term order as in the holdout18/19 labels. None = null.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law"]


def t(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law]))


# Amounts behind the derived values (all CNY).
assert 1280000 + 760000 + 318000 + 156000 + 46000 == 2560000                      # z01
assert 512000 + 1152000 + 896000 == 2560000
assert 486000 + 128000 + 352000 + 294000 + 96000 == 1356000                       # z02 hardware + licence
assert 1356000 + 178000 + 142000 + 24000 == 1700000
assert 340000 + 595000 + 765000 == 1700000
assert 50 * 4800 == 240000 and 3 * 240000 + 86000 == 806000                       # z03
assert 264000 + 78000 + 62000 + 48000 + 34000 == 486000 and 4 * 121500 == 486000  # z04
assert 900000 + 300000 + 80000 == 1280000 and 640000 + 486400 + 153600 == 1280000  # z05
assert 14 * 46000 == 644000 and 644000 + 118000 == 762000                         # e01
assert 762000 + 236000 + 62000 == 1060000 and 212000 + 477000 + 371000 == 1060000
assert 3 * 268000 == 804000 and 804000 + 72000 + 46000 == 922000                  # e02
assert 268000 + 72000 + 46000 == 386000
assert 240 * 1450 + 16 * 6800 + 16 * 12600 + 186000 == 844400                     # e03
assert 844400 + 96600 + 29000 == 970000 and 97000 + 533500 + 339500 == 970000
assert 1150 * 14 == 16100 and 36 * 16100 == 579600 and 579600 + 38400 == 618000   # e04
assert 2 * 186000 + 24000 == 396000                                               # e05

LABELS = {
    "h330z01": (t(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False,
                  "PRC"), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=2560000), []),
    "h330z02": (t(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, False, False, 24, None, False, True,
                  False, "PRC"), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                                      acceptance_deemed_on_delivery=True, contract_value=1700000),
                ["CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"]),
    "h330z03": (t(99.5, 0.5, True, "buyer", False, True, True, 600 / 806000 * 100, 150, None, True, None, None, None,
                  True, True, False, "PRC"), dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                                                 contract_value=806000),
                ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"]),
    "h330z04": (t(None, 6, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, True,
                  "PRC"), dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=486000),
                ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h330z05": (t(None, 8, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, 25, False, True, True,
                  "PRC"), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1280000),
                ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
                 "CR-WARRANTY"]),
    "h330e01": (t(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False, True, False,
                  "Finland"), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                   acceptance_deemed_on_delivery=False, contract_value=1060000),
                ["CR-GOVERNING-LAW"]),
    "h330e02": (t(99.95, 0.5, True, "buyer", True, False, True, 700 / 922000 * 100, 320000 / 922000 * 100,
                  386000 / 922000 * 100, True, None, None, None, False, True, False, "PRC"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=922000),
                ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
    "h330e03": (t(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False,
                  "PRC"), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=970000), []),
    "h330e04": (t(99.95, 0.25, True, "buyer", True, True, False, 500 / 618000 * 100, 150, None, True, None, None, None,
                  False, False, False, "PRC"), dict(sla_clause=True, ld_stated=True,
                                                   acceptance_deemed_on_delivery=False, contract_value=618000),
                ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h330e05": (t(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                  False, "PRC"), dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False,
                                      contract_value=396000),
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
# Post-warranty fee bases (itemised licence / hardware subtotal) and fees, for TCO (policy §4).
FEE_BASE = {"h330z01": 1280000, "h330z02": 1356000, "h330z05": 900000, "h330e01": 762000, "h330e03": 844400}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(key):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty
    years = horizon - warranty years (pro rata). Returns (tco, share %) or None when not computable."""
    terms, extra, _ = LABELS[key]
    if FILES[key][4] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None:
        return None
    horizon = 5
    years = max(0.0, horizon - terms["warranty_months"] / 12)
    fees = FEE_BASE[key] * terms["post_warranty_fee_pct"] / 100 * years
    total = extra["contract_value"] + fees
    return total, fees / total * 100


def rules_from_labels(key):
    """My reading of policy.md §3 applied to the labels (a consistency check of the labels, not the service)."""
    terms, extra, _ = LABELS[key]
    goods = FILES[key][4] == "goods_or_licence"
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] in ("supplier", "joint", None):
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not terms["acceptance_clause"] or terms["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or terms["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(key)
        if x is not None and x[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if terms["governing_law"] not in ("PRC", None):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# --- threshold figures that must not appear in any text -------------------------------------------------------
ZH_NUM = "一二三四五六七八九十零〇两百千万第每"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])"],
    "P1 response 4 h": [r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![\d.])4-hours?",
                        rf"(?<![{ZH_NUM}])四\s*个?\s*小时", r"(?<![A-Za-z-])four[\s-]*hours?",
                        r"(?<![\d.])240\s*(?:分钟|minutes?|mins?\b)", r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![十百])", r"千分之零点五", r"0\.0005(?!\d)"],
    "cap 100 %": [r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百", r"(?<![A-Za-z-])(?:one\s+)?hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"(?<![A-Za-z-])thirty\s+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*个\s*(?:自然)?月", r"(?<![\d.])12\s*months?\b", r"(?<![\d.])12-months?",
                           rf"(?<![{ZH_NUM}])十二\s*个\s*(?:自然)?月", r"(?<![A-Za-z-])twelve[\s-]*months?",
                           rf"(?<![{ZH_NUM}])[一壹]\s*个?\s*年", r"(?<![\d.])1\s*(?:个)?\s*年",
                           r"(?<![A-Za-z-])one[\s-]*years?\b", r"(?<![\d.])1\s*years?\b", r"(?<![\d.])1-year"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"(?<![A-Za-z-])fifteen\s+per\s*cent"],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成",
                       r"(?<![A-Za-z-])forty\s+per\s*cent"],
    "horizon 5 years": [r"(?<![\d.])5\s*(?:个)?\s*(?:年|years?\b)", r"(?<![\d.])5-years?", rf"(?<![{ZH_NUM}])五\s*个?\s*年",
                        r"(?<![A-Za-z-])five[\s-]*years?", r"(?<![\d.])60\s*个\s*(?:自然)?月", r"(?<![\d.])60\s*months?\b",
                        r"(?<![\d.])60-months?", r"六十\s*个\s*月", r"(?<![A-Za-z-])sixty[\s-]*months?"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(variant):
                    hits.append((name, m.group(0), variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    must_hit = ["99.9%", "99.90 %", "4小时", "四小时", "4 个小时", "4 hours", "four hours", "4-hour", "240分钟",
                "240 minutes", "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "one hundred per cent",
                "30%", "30 %", "百分之三十", "三成", "thirty per cent", "12个月", "12 个月", "十二个月", "12个自然月", "一年", "1年", "12 months",
                "twelve months", "one year", "one-year", "12-month", "15%", "百分之十五", "40%", "百分之四十",
                "5年", "五年", "5 years", "five years", "five-year", "60个月", "60 months", "六十个月"]
    must_not_hit = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%",
                    "150%", "四十二个月", "二十四个月", "2025年", "2027年", "35%", "百分之三十五", "45%", "0.005%",
                    "万分之五十", "14 hours", "每年", "三年", "36 months", "24 months", "25%", "14 days",
                    "Subscription Year", "服务年度", "30 days", "30日", "40 days", "15 days", "1,150 Endpoints",
                    "2.5 years", "0.50%", "100,000", "1 hour", "12 hours", "5 days",
                    "2027年12月31日", "十二月份", "60日", "12 business hours"]
    for s in must_hit:
        assert threshold_hits(s), "regex misses %r" % s
    for s in must_not_hit:
        assert not threshold_hits(s), "regex wrongly hits %r: %r" % (s, threshold_hits(s))


# --- reading the built files back --------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    stem, ext, lang, cat, kind = FILES[key]
    terms, extra, rules = LABELS[key]
    et = dict(terms)
    et["contract_kind"] = kind
    for k, v in et.items():
        if isinstance(v, float) and v == int(v) and k != "liability_cap_pct":
            et[k] = int(v)
    ex = {"sla_clause": extra["sla_clause"], "ld_stated": extra["ld_stated"]}
    if kind == "goods_or_licence":
        ex["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in extra
    ex["acceptance_deemed_on_delivery"] = extra["acceptance_deemed_on_delivery"]
    ex["contract_value"] = extra["contract_value"]
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": et,
            "expected_extra": ex, "expected_rules": sorted(rules)}


def check_labels(key):
    terms, extra, rules = LABELS[key]
    near = lambda a, b: a is not None and abs(a - b) < 1e-9
    assert not near(terms["availability_pct"], 99.9)
    assert not near(terms["p1_response_hours"], 4)
    assert not near(terms["ld_rate_per_day_pct"], 0.05)
    assert not near(terms["liability_cap_pct"], 100)
    assert not near(terms["prepayment_pct"], 30)
    assert not near(terms["warranty_months"], 12)
    assert not near(terms["post_warranty_fee_pct"], 15)
    x = tco(key)
    assert x is None or abs(x[1] - 40) > 0.5, x
    if FILES[key][4] == "service":
        assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    derived = rules_from_labels(key)
    assert derived == sorted(rules), (key, derived, sorted(rules))


def main():
    import sys as _sys
    _sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    office = {k: (FILES[k][0] + "." + FILES[k][1], FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in office}, office, OUT, wrap_words=True)
    for k, (stem, ext, *_rest) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", stem + "." + ext)
    problems = []
    fired = set()
    print()
    print("%-56s %-5s %8s  %-6s  %s" % ("file", "lang", "length", "risk", "expected rules"))
    for k, (stem, ext, lang, cat, kind) in FILES.items():
        check_labels(k)
        path = OUT / (stem + "." + ext)
        text = read_back(path)
        if lang == "zh":
            n = len(text)
            if not 2800 <= n <= 3300:
                problems.append("%s: %d characters" % (path.name, n))
        else:
            n = len(text.split())
            if not 1500 <= n <= 1700:
                problems.append("%s: %d words" % (path.name, n))
        for h in threshold_hits(text) + threshold_hits(SOURCES[k]):
            problems.append("%s: threshold figure %r in %r" % (path.name, h[1], h[2]))
        lab = label_json(k)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = lab["expected_rules"]
        fired.update(rules)
        x = tco(k)
        print("%-56s %-5s %8d  %-6s  %s%s" % (path.name, lang, n, risk(rules),
                                             ", ".join(r[3:] for r in rules) or "(none)",
                                             "" if x is None else "   [TCO %.0f, share %.2f %%]" % x))
    missing = [r for r in ALL_RULES if r not in fired]
    print()
    print("rules never expected:", missing or "none")
    assert not missing, missing
    mix = sorted(len(LABELS[k][2]) for k in LABELS)
    print("findings per contract:", mix)
    assert mix.count(0) == 2 and mix.count(1) == 1 and sum(1 for m in mix if 2 <= m <= 3) == 6 and mix[-1] >= 8
    one = [k for k in LABELS if len(LABELS[k][2]) == 1][0]
    assert risk(LABELS[one][2]) == "low"
    if problems:
        print("\n".join(problems))
        raise SystemExit("%d problem(s)" % len(problems))
    print("all checks passed")


if __name__ == "__main__":
    main()
