"""holdout326 — ten ordinary draft contracts (no tricks), written blind from policy.md / API.md.

Writes the five Chinese and five English contracts of this folder (.txt / .md directly, .docx / .pdf through
../word_pdf.py `write(..., wrap_words=True)`), their sidecar .json labels, reads every built file back, checks the
text lengths, the price / payment sums, that no derived value and no text sits on a policy threshold, and that every
CR rule of policy.md is expected at least once. Run from this folder:
    /work/main/.venv/bin/python -B make_files.py
"""
import sys
sys.dont_write_bytecode = True

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 — 农业农村局 高标准农田建设监管平台, 政府采购 公开招标, buyer's paper (.pdf, 第X条 + 1.1)
# ----------------------------------------------------------------------------------------------------------------
H326Z01 = """T:青禾县高标准农田建设监管平台建设项目政府采购合同
P:合同编号：QHNY-ZC-2025-017　　采购方式：公开招标　　招标编号：QHZC2025-GK-0342
P:采购人（甲方）：青禾县农业农村局　　地址：青禾县城关镇农丰路18号
P:供应商（乙方）：江苏田联数智科技有限公司　　地址：南京市江宁区将军大道88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青禾县高标准农田建设监管平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设覆盖全县38.6万亩高标准农田的建设监管平台，包括“农田一张图”、项目全过程监管、工程质量抽检、建后管护、墒情与苗情监测五个子系统，并完成与省级农田建设综合监测监管系统的数据对接。
P:1.2 乙方在全县14个乡镇布设土壤墒情监测站24套、高清视频监控点36个，并将2011年以来已建项目的图斑、工程清单与验收资料整理后上图入库。
P:1.3 平台部署于县政务云，乙方不得将平台及其数据部署于其他环境，也不得在政务云以外留存任何副本。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾伍万元整（¥2,350,000），为固定总价，包含设备、软件、定制开发、安装、运输、保险、培训、税费及质保期内的全部服务费用。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|监管平台软件许可（永久，含五个子系统）|1套|860,000
TB:2|土壤墒情监测站（含传感器、太阳能供电、无线传输）|24套|444,000
TB:3|高清视频监控点（含立杆、防雷接地）|36个|352,800
TB:|软硬件小计||1,656,800
TB:4|定制开发（全过程监管模块、省级系统对接）|1项|412,000
TB:5|历史项目数据整理与上图入库|1项|186,000
TB:6|部署实施及培训|1项|95,200
TB:|合计||2,350,000
P:2.2 合同履行期间因甲方需求变更增加的工作量，由双方另行书面确认；合同价款不因原材料、人工或汇率变化而调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十日内，甲方支付合同总价的20%作为预付款，计470,000元。
P:3.2 全部设备到货安装、平台部署完毕并通过初步验收后，甲方支付合同总价的45%，计1,057,500元。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，计822,500元。
P:3.4 乙方每次请款前应开具等额增值税发票。甲方付款按财政国库集中支付程序办理。乙方已于签约前提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成全部设备安装和平台部署，并在合同签订后150日内具备最终验收条件。
P:4.2 乙方应在进场前提交实施方案、人员名单和安全措施，经甲方确认后执行，并于每月5日前书面报送上月进度。
H:第五条 验收
P:5.1 初步验收：甲方会同乙方清点设备型号、数量并查验合格证；墒情站连续运行七日，每站每日上传数据不少于24组；平台五个子系统按招标文件功能清单逐项测试通过。
P:5.2 最终验收：平台试运行满60日且期间未发生一级故障；与省级系统的数据对接经省级平台核验通过；历史项目图斑按乡镇抽查，位置和属性无错漏；第三方测评机构出具的安全测评报告无高风险项。最终验收由甲方组织专家按招标文件技术要求逐项评定，并形成书面验收报告。
P:5.3 设备到货签收、平台上线试运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用；复验仍不合格的，甲方有权解除合同。
H:第六条 质量保证与运维
P:6.1 质保期自最终验收合格之日起计算，为三十六个月。质保期内乙方免费提供软硬件维修、更换、升级和技术支持。
P:6.2 服务水平：平台年度可用率不低于99.95%（计划内维护需提前三日报甲方同意，不计入不可用时间）。一级故障（平台整体无法访问或监测数据全部中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次一工作日内解决；三级故障在下一次版本更新中解决。
P:6.3 乙方未达到6.2约定的，一级故障每超时1小时扣减履约保证金1,000元；年度可用率每低于约定值0.01个百分点，扣减2,000元。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过软硬件小计的8%，即每年不超过132,544元，前两个服务年度按此价格执行、不得上调，由双方另行签订运维合同。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的程序、源代码、数据库设计、接口及文档的知识产权归甲方所有。乙方应在最终验收前交付完整源代码和编译部署说明，甲方可自行或委托第三方修改、使用。
P:7.2 平台软件许可中乙方既有产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.3 乙方保证所供软硬件不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、产生的农田图斑、项目清单、监测数据等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存或向任何第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，采取访问控制、传输与存储加密、操作日志留存等安全措施；运维人员经甲方审批后通过堡垒机访问。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同获悉的甲方工作秘密和未公开信息负有保密义务，未经甲方书面同意不得披露；本条在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期完成安装部署或逾期具备最终验收条件的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的设备或软件不符合合同约定的，乙方应负责更换并承担费用，造成甲方损失的应予赔偿。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不得分包、转包；乙方不得将本合同的权利义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：（一）逾期超过30日；（二）验收两次不合格；（三）发生重大数据安全事件；（四）其他根本违约，经催告后15日内未改正。
P:12.2 合同解除后，乙方应退还已收取的未履行部分款项，并赔偿甲方因此遭受的损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青禾县农业农村局　　法定代表人或授权代表：________　　日期：2025年6月20日
P:乙方（盖章）：江苏田联数智科技有限公司　　法定代表人或授权代表：________　　日期：2025年6月20日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 — 纸箱厂 瓦楞纸板生产线控制系统改造 with post-warranty 维保 (.docx, 一、/（一）, Word price table)
# ----------------------------------------------------------------------------------------------------------------
H326Z02 = """T:瓦楞纸板生产线控制系统改造合同
P:合同编号：SLZP-JS-2025-06
P:甲方（买方）：佛山市顺联纸品包装有限公司　　地址：佛山市顺德区勒流街道富安工业区三路6号
P:乙方（卖方）：广州智楞自动化工程有限公司　　地址：广州市番禺区石碁镇金山大道西168号
P:甲方现有一条2500型五层瓦楞纸板生产线，原控制系统已运行多年，故障频繁且备件停产。经比选，甲方委托乙方对该生产线的控制系统进行整体改造。双方经平等协商，订立本合同。
H:一、改造范围
P:（一）更换单面机、双面机、横切机、分纸压线机的PLC控制系统及伺服驱动，新增湿部温度闭环控制与纸幅张力控制。
P:（二）部署生产管理软件（排单、自动换单、质量追溯模块），并与甲方现有ERP的订单接口对接。
P:（三）拆除旧控制柜，完成新设备安装、布线、调试、联机试产及操作维护培训。
P:（四）改造后生产线设计车速不低于每分钟220米，自动换单时不停机。
P:（五）乙方提供电气原理图、接线图、PLC程序注释、备件清单及操作维护手册各两套（纸质及电子版）。
P:（六）培训：乙方为甲方操作工、电工和工艺员提供不少于三天的现场培训，培训结束后进行实操考核。
H:二、合同价款
P:（一）合同总价为人民币壹佰捌拾肆万陆仟元整（¥1,846,000），含13%增值税，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜及I/O模块|6面|586,000
TB:2|伺服驱动器及伺服电机|28套|412,000
TB:3|温度闭环与张力控制单元|1套|268,000
TB:4|生产管理软件许可（永久）|1套|236,000
TB:5|HMI触摸屏操作站|8台|74,000
TB:|软硬件小计||1,576,000
TB:6|安装调试及联机试产|1项|198,000
TB:7|旧系统拆除及清运|1项|46,000
TB:8|操作与维护培训|1项|26,000
TB:|合同总价||1,846,000
P:（二）上述价格为固定价格，已包括运输、保险、安装辅材及税费，合同履行期间不作调整。
H:三、付款方式
P:（一）合同签订后十日内，甲方支付合同总价的10%，即184,600元，作为预付款。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的35%，即646,100元。到货签收仅确认数量和外观，不构成验收。
P:（三）最终验收合格后，甲方支付合同总价的50%，即923,000元。
P:（四）其余5%即92,300元作为质量保证金，质保期满且无未解决的质量问题后十五日内无息支付。
H:四、工期
P:（一）乙方应在合同签订后45日内将全部设备运抵甲方工厂。
P:（二）甲方为改造安排连续10日的停机窗口，乙方应在该窗口内完成拆装、调试并恢复生产。乙方应提前七日提交施工方案和停机计划，经甲方生产部确认后执行。
P:（三）乙方应遵守甲方厂区安全生产管理制度，施工人员进场前接受安全培训，动火、登高及带电作业须办理作业票。因乙方施工造成的人身伤害和财产损失由乙方负责。
H:五、验收
P:（一）验收标准：连续三个班次联机试产；车速达到每分钟220米；纸板粘合强度、平整度符合甲方工艺标准；换单不停机；生产管理软件与ERP订单数据核对一致；各急停、安全联锁功能逐项测试合格。
P:（二）联机试产合格后进入30日试运行期，期间未发生一级故障的，双方签署最终验收报告。
P:（三）设备到货、安装完毕或甲方恢复生产，均不视为验收合格。验收不合格的，乙方应在七日内整改，费用由乙方承担。
H:六、质量保证及售后维保
P:（一）质保期为自最终验收合格之日起二十四个月。质保期内乙方免费维修、更换故障部件并提供程序修正。
P:（二）故障分级与响应：一级故障（整线停机）乙方应在15分钟内电话响应，3小时内到达现场，8小时内恢复生产；二级故障（单机停机或车速受限）1小时内响应，次日内解决；三级故障在下次巡检时处理。
P:（三）乙方未在上述时限内响应、到场或恢复的，每超时1小时向甲方支付800元，从质量保证金或维保费中扣除。
P:（四）质保期满后，乙方继续提供维保服务。年度维保费为软硬件小计的9%，即141,840元/年，三个服务年度内不上调；维保内容包括每季度现场巡检一次、远程诊断、程序备份和备件优惠供应。维保费按服务年度于每年度结束后支付。
P:（五）乙方应在质保期内保证常用备件库存；质保期满后三个服务年度内，备件价格不高于本合同附件所列价格。
H:七、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、接口程序及其源程序，知识产权归甲方所有。乙方应在验收时交付全部源程序和注释文档，甲方可自行修改或委托他人维护。
P:（二）生产管理软件的著作权归乙方，甲方享有永久使用许可。
P:（三）乙方保证其提供的设备、软件和程序不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。
H:八、数据与网络安全
P:（一）生产线运行数据、订单数据和工艺参数归甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:（二）乙方远程诊断须经甲方逐次批准，通过甲方提供的VPN和专用账号进行，并留存操作日志；乙方应采取措施防止病毒和恶意代码进入甲方网络。
P:（三）发生数据泄露或网络安全事件的，乙方应在24小时内书面报告甲方；因乙方原因造成的，由乙方承担全部责任。
H:九、保密
P:（一）双方对在履行本合同中知悉的对方技术资料、工艺参数及商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。
H:十、分包
P:（一）乙方可将电气配线、机械安装和旧系统拆除工作交由其选定的第三方完成，但应提前三日书面通知甲方；乙方对分包方的工作质量和安全向甲方负责。
H:十一、违约责任
P:（一）乙方逾期到货或未能在停机窗口内完成调试的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:（二）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但人身伤害及因故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:十二、合同的履行
P:（一）本合同生效后，任何一方不得单方解除合同。一方违约的，另一方有权要求其继续履行、采取补救措施、支付违约金或赔偿损失，但均不得以此为由解除本合同。
H:十三、适用法律与争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，提交佛山仲裁委员会按其仲裁规则仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议和施工方案为本合同附件。
P:（二）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:（三）双方联系人为甲方设备部经理和乙方项目经理。一方变更联系人或联系方式的，应书面通知对方。
P:甲方（盖章）：佛山市顺联纸品包装有限公司　　代表：________　　日期：2025年5月
P:乙方（盖章）：广州智楞自动化工程有限公司　　代表：________　　日期：2025年5月
"""

# ----------------------------------------------------------------------------------------------------------------
# z03 — 连锁宠物医院 (40 家) 病历及会员 SaaS + 实施 (.txt, 第X条 + （1）)
# ----------------------------------------------------------------------------------------------------------------
H326Z03 = """宠物医院病历及会员管理云服务合同

合同编号：MCAK-SaaS-2025-003

甲方：成都萌宠安康动物医院管理有限公司
住所：成都市武侯区天府大道北段1700号
乙方：上海宠云信息技术有限公司
住所：上海市闵行区紫星路588号

鉴于甲方在成都、重庆两地经营40家连锁宠物医院，需统一电子病历、会员储值和疫苗提醒；乙方运营“宠云”宠物医疗云平台。双方经协商，就乙方向甲方提供云服务及实施服务订立本合同。

第一条 服务内容
（1）乙方向甲方40家门店开通“宠云”平台的电子病历、处方与检验报告、会员储值与积分、疫苗及驱虫提醒、库存管理模块，每店不限账号数。
（2）乙方提供实施服务：历史病历及会员数据迁移、门店配置、检验设备（血球仪、生化仪）接口对接、店长及前台培训。
（3）乙方为甲方定制集团经营驾驶舱及医疗质量报表共12张。
（4）乙方负责平台的日常运维、安全补丁和版本升级，升级前应提前七日通知甲方，且不得降低已有功能。
（5）乙方为甲方指定一名客户成功经理，每季度回访并提交服务报告，内容包括可用率、故障、工单处理及门店使用情况。

第二条 服务期限
（1）订阅服务期为三个服务年度，自上线验收合格之日起算。
（2）服务期满前60日，任何一方未书面提出不续订的，本合同自动续期一个服务年度，续期次数不限。
（3）续期时，乙方有权按其届时公布的标准价目调整订阅单价，并于续期前30日通知甲方；甲方未在期满前提出异议的，视为接受调整后的价格。

第三条 费用及支付
（1）订阅费为每店每服务年度9,600元，40家门店每服务年度合计384,000元，三个服务年度合计1,152,000元。
（2）实施费为一次性168,000元。
（3）本合同总金额为1,320,000元（含6%增值税）。
（4）订阅费按服务季度支付，甲方于每个服务季度开始后十日内支付当季订阅费96,000元。
（5）实施费在上线验收合格后十五日内一次性支付。甲方在上线验收前无需支付任何款项。
（6）新增门店按每店每服务年度9,600元按月折算计费，不计入本合同总金额。
（7）乙方应在收款前开具增值税专用发票。甲方逾期付款的，按逾期金额每日万分之三支付违约金。

第四条 上线与验收
（1）乙方应在合同签订后75日内完成全部40家门店上线。
（2）上线验收标准：历史病历及会员数据逐条核对无差异，储值余额与原系统一致；40家门店全部完成开单、收银、病历书写、检验结果回传的实际操作测试；高峰时段单店并发20个终端时页面响应不超过2秒；定制报表数据与源数据抽查一致。
（3）乙方提交验收申请后，甲方在十个工作日内组织验收并出具书面意见。门店开始使用不视为验收合格。
（4）乙方逾期完成上线的，每逾期一日向甲方支付违约金1,000元。
（5）上线前，乙方应完成不少于两轮数据迁移演练并提交迁移核对报告，并为每家门店完成不少于两小时的现场或远程培训。

第五条 服务水平
（1）平台月度可用率不低于99.5%，计划内维护应在凌晨1点至5点之间进行并提前三日通知甲方。
（2）故障响应：一级故障（全部门店无法登录或无法收银）30分钟内响应，2小时内恢复；二级故障（单一模块不可用）1小时内响应，8小时内恢复；三级故障次一工作日内处理。
（3）月度可用率低于约定值的，按当月订阅费的5%抵扣；低于99%的，按10%抵扣。一级故障恢复每超时1小时，抵扣当月订阅费的1%。抵扣金额在下一服务季度的费用中扣除。
（4）乙方提供7×24小时服务热线和在线客服，普通咨询在工作时间内2小时内答复。

第六条 数据权属与使用
（1）甲方门店产生的宠物病历、主人信息、会员及交易数据归甲方所有。
（2）乙方可对上述数据进行去标识化处理后，用于其产品功能改进、行业诊疗统计及向第三方提供的宠物医疗行业分析报告，该使用在本合同终止后仍可继续。
（3）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后删除其系统中的甲方数据。
（4）宠物主人个人信息的处理应符合《中华人民共和国个人信息保护法》，乙方应配合甲方响应个人信息主体的查阅、更正和删除请求。

第七条 数据安全
（1）乙方应按网络安全等级保护第三级要求运行平台，对数据进行加密存储和传输，实行最小权限访问控制，并留存操作日志不少于六个月。
（2）平台数据存储于中国境内，乙方不得将甲方数据传输至境外。
（3）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，配合调查并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部责任，包括对宠物主人的赔偿及监管罚款。
（4）乙方每个服务年度委托第三方机构进行一次渗透测试，并向甲方提供测试结论摘要。

第八条 知识产权
（1）“宠云”平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方定制的驾驶舱、报表及接口程序的知识产权归甲方所有，乙方应交付报表定义和接口源代码，甲方可自行修改或交由第三方使用。
（3）乙方保证平台不侵犯第三方知识产权，因此产生的纠纷由乙方负责处理并承担费用。

第九条 保密
（1）双方对履行本合同中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

第十条 违约责任与责任限额
（1）任何一方违反本合同约定的，应赔偿对方因此遭受的损失。
（2）乙方在本合同项下的累计赔偿责任以本合同总金额的1.5倍为限，但因乙方违反第七条造成的损失不受此限。

第十一条 转包与分包
（1）未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 合同解除
（1）一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。
（2）平台连续两个月可用率低于99%的，甲方有权解除合同，乙方应退还已预收但未提供服务期间的费用。
（3）合同解除或终止后，乙方应继续提供不少于30日的只读访问，便于甲方完成数据迁移。

第十三条 适用法律与争议解决
（1）本合同适用中华人民共和国法律。
（2）争议协商不成的，提交成都仲裁委员会仲裁。

第十四条 不可抗力
（1）因地震、洪水、重大公共卫生事件等不可抗力导致不能履行的，受影响一方应在三日内通知对方，并在十五日内提供证明；不可抗力持续超过60日的，双方可协商解除合同。

第十五条 其他
（1）甲方应指定项目联系人，及时提供门店资料和历史数据，并组织门店人员参加培训。
（2）本合同项下通知以书面形式送达首部所列地址或双方指定的电子邮箱。
（3）本合同附件包括：门店清单、功能清单、报表清单、数据迁移方案。
（4）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都萌宠安康动物医院管理有限公司
授权代表：__________　　日期：2025年7月
乙方（盖章）：上海宠云信息技术有限公司
授权代表：__________　　日期：2025年7月
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 — 市档案馆 数字档案管理系统 年度运维, 政府采购 竞争性磋商 (.txt, 1. / 1.1)
# ----------------------------------------------------------------------------------------------------------------
H326Z04 = """沅江市数字档案管理系统运维服务采购合同

项目名称：沅江市档案馆数字档案管理系统年度运维服务
采购方式：竞争性磋商
合同编号：YJDA-YW-2025-02

采购人（甲方）：沅江市档案馆
地址：沅江市琼湖中路26号
成交供应商（乙方）：湖南典藏信息技术有限公司
地址：长沙市岳麓区麓谷大道627号

甲乙双方根据本项目竞争性磋商文件、乙方响应文件及成交通知书，经协商一致，订立本合同。

1. 服务范围
1.1 对甲方数字档案管理系统（含档案接收、整理编目、利用服务、长期保存四个子系统）、电子档案长期保存库、数据库服务器12台及存储设备提供运行维护。
1.2 服务内容包括：驻场运维、日常巡检与性能优化、数据备份与容灾演练、安全加固配合、应急响应、系统小版本升级以及甲方档案业务人员的操作支持。
1.3 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
1.4 乙方驻场时间为工作日8:30至17:30，节假日及夜间安排人员电话值守，重大活动期间按甲方要求加派人员。
1.5 乙方应配备项目经理一名，负责服务协调和考核对接；项目经理须具备信息系统项目管理师或同等资格。

2. 服务费用
2.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，构成如下：
（1）驻场运维（2人）288,000元；
（2）巡检与性能优化96,000元；
（3）数据备份与容灾演练62,000元；
（4）应急响应与升级支持40,000元。
2.2 上述费用包括人员、交通、工具、备件及税费，服务期内不作调整。
2.3 服务期内甲方新增子系统或设备超出本合同范围的，双方另行协商。

3. 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度支付：每季度结束后，甲方根据第6条季度考核结果，在收到发票后15个工作日内支付当季服务费121,500元，扣减当季考核扣款。
3.3 乙方应在请款前开具增值税发票。

4. 服务启动
4.1 乙方应在服务期开始之日起五个工作日内完成驻场人员到岗、与原运维单位的交接以及运维手册确认。
4.2 驻场人员须具备三年以上同类系统运维经验，更换人员须提前十日经甲方书面同意。
4.3 乙方应在服务启动后20日内完成系统现状评估，提交问题清单和整改建议。

5. 服务水平
5.1 数字档案管理系统月度可用率不低于99.95%，计划内维护须提前两个工作日报甲方批准，不计入不可用时间。
5.2 故障分级与响应：
（1）一级故障（系统整体不可用或长期保存库无法访问）：15分钟内响应，1小时内到场，6小时内恢复；
（2）二级故障（单一子系统不可用或查询严重缓慢）：30分钟内响应，12小时内恢复；
（3）三级故障（个别功能异常）：2个工作日内解决。
5.3 乙方每日完成巡检并记录，每周进行一次增量备份校验，每季度进行一次恢复演练，每半年进行一次异地容灾切换演练。
5.4 乙方应建立运维工单台账，所有故障和服务请求均应登记、分派、跟踪和关闭，工单记录作为考核依据。
5.5 乙方每月5日前提交上月运维月报，内容包括系统运行状况、故障处理、备份情况、安全事件和改进建议；每季度另提交一次性能分析和容量预测。

6. 考核与验收
6.1 每季度末，甲方依据运维日志、工单记录、备份校验记录和演练报告，按磋商文件所附考核细则对乙方进行考核，考核结果书面确认。
6.2 考核扣款：一级故障响应或恢复每超时1小时扣款1,000元；月度可用率每低于约定值0.01个百分点扣款1,500元；未按期完成备份校验或演练的，每次扣款2,000元。
6.3 服务期满，乙方提交年度运维报告、系统配置清单及运维知识库，甲方按本合同第5条逐项核验；四个季度考核均合格且上述资料完整的，甲方出具年度验收意见。驻场或付款均不视为验收合格。
6.4 乙方对考核结果有异议的，可在五个工作日内提出书面复核申请，甲方应在五个工作日内答复。

7. 违约责任
7.1 乙方未按第4.1条按期完成服务启动的，每逾期一日按合同总价的千分之二向甲方支付违约金。
7.2 因乙方违反操作规程造成档案数据损毁、丢失的，乙方应负责恢复，并赔偿甲方全部损失。
7.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
7.4 乙方人员在甲方场所造成设备损坏的，应照价赔偿。

8. 档案数据安全
8.1 系统中的全部电子档案、目录数据和日志归甲方所有，乙方仅为履行运维服务接触，不得复制、下载、留存或向任何单位和个人提供。
8.2 乙方人员在甲方机房内通过堡垒机作业，禁止使用外接存储介质；涉密网段不得远程访问。乙方应遵守《中华人民共和国档案法》和《中华人民共和国数据安全法》的规定。
8.3 发生或发现数据泄露、篡改、损毁的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
8.4 乙方应配合甲方开展年度等级保护测评和档案安全检查，对发现的问题在甲方确定的期限内完成整改。

9. 保密
9.1 乙方及其人员对在服务中知悉的档案内容、系统口令和网络结构负有保密义务，驻场人员须签署保密承诺书；保密义务不因合同终止而解除。
9.2 驻场人员离场时，乙方应注销其账号权限，并由甲方检查其使用的工作电脑。

10. 知识产权
10.1 乙方在服务中形成的运维脚本、巡检报告、配置清单和运维知识库归甲方所有，甲方可交由后续运维单位使用和修改。
10.2 乙方保证其交付的脚本和工具不含恶意代码，不侵犯第三方知识产权。

11. 转包与分包
11.1 乙方不得转包或分包本合同项下的任何服务。

12. 合同解除
12.1 乙方连续两个季度考核不合格，或发生因乙方原因造成的重大数据安全事件，或有其他严重违约行为经书面催告后十日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
12.2 合同解除或期满时，乙方应在十日内完成与甲方或新运维单位的交接，移交全部运维资料、账号清单和未完成工单，交接期间继续履行本合同义务。

13. 续签
13.1 本合同期满后不自动续期。甲方如需继续采购运维服务，依法另行履行采购程序。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。争议期间，无争议部分的服务应继续进行。

15. 不可抗力
15.1 因不可抗力导致不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方根据影响程度协商部分或全部免除责任。

16. 其他
16.1 磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。
16.2 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：沅江市档案馆　　授权代表：________
乙方（盖章）：湖南典藏信息技术有限公司　　授权代表：________
签订日期：2025年6月18日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 — 腐乳厂 ERP licence + custom development, supplier's own template (.md, "## 第X条" + 1.1, markdown table)
# ----------------------------------------------------------------------------------------------------------------
H326Z05 = """# 云筹ERP软件许可及实施服务合同

> 云筹标准合同文本 V4.0（乙方制式合同，本文本经双方确认后生效）

**合同编号**：YC-ERP-2025-0419

**甲方（用户）**：绍兴古越坊酿造食品有限公司
地址：绍兴市柯桥区安昌街道酱园路9号

**乙方（许可方）**：杭州云筹软件有限公司
地址：杭州市西湖区文三路478号

甲方为腐乳及调味品生产企业，拟建设覆盖财务、供应链、生产和质量追溯的ERP系统。甲方同意采购乙方“云筹ERP”软件产品并委托乙方进行定制开发和实施。双方依据《中华人民共和国民法典》，订立本合同。

## 第一条 定义

1.1 “软件产品”指乙方享有著作权的“云筹ERP”V8系列标准产品。

1.2 “定制开发成果”指乙方根据甲方需求开发的发酵批次追溯、腌制周期管理、电子秤及灌装线数据采集等功能模块，及其源代码、数据库脚本和文档。

1.3 “上线”指系统在甲方生产环境中开始用于日常业务处理。

1.4 “维护服务年度”指免费维护期满后的每个连续服务期间，首个维护服务年度自免费维护期满次日起算。

## 第二条 产品与服务

2.1 乙方向甲方提供软件产品许可，含财务、采购、销售、库存、生产、质量六个模块，50个并发用户。

2.2 乙方为甲方提供定制开发、系统实施、期初数据导入和用户培训。定制开发需求以双方签字确认的《定制开发需求说明书》为准，确认后的需求变更按变更处理。

2.3 合同价款如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 云筹ERP软件产品许可（永久，50并发用户） | 1套 | 720,000 |
| 2 | 定制开发（发酵批次追溯、腌制周期管理、称重采集） | 1项 | 268,000 |
| 3 | 实施服务（蓝图设计、配置、数据导入、上线支持） | 1项 | 96,000 |
| 4 | 用户培训 | 1项 | 16,000 |
| | **合计** | | **1,100,000** |

合同总价为人民币壹佰壹拾万元整（¥1,100,000），含税。

2.4 乙方提供的软件产品为其标准版本，乙方仅对软件产品说明书所列功能负责。

## 第三条 付款

3.1 本合同签订后7日内，甲方向乙方支付合同总价的65%，即715,000元。

3.2 系统上线后15日内，甲方支付合同总价的35%，即385,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术支持服务。

3.4 乙方收到款项后开具增值税专用发票。

## 第四条 实施与交付

4.1 乙方在收到3.1款项后开始实施，计划在合同签订后120日内上线。

4.2 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。因甲方需求变更、数据准备不及时等原因造成的延误，不视为乙方逾期。

4.3 甲方应按乙方要求提供场地、服务器、网络环境和期初数据，并指派关键用户全程参与实施。甲方未按时提供的，实施计划相应顺延。

4.4 乙方实施顾问按实施计划到甲方现场工作，计划外的现场服务按每人天2,800元另行计费。

## 第五条 验收

5.1 系统上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整，乙方可按变更处理并另行收费。

## 第六条 免费维护与技术支持

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 故障处理：一级故障（系统无法登录或无法过账）乙方在接到报告后8小时内响应，并尽合理努力尽快恢复；二级、三级故障在3个工作日内响应。

6.3 乙方按6.2处理故障，但不因响应或恢复时间超出上述时限承担任何扣款、赔偿或违约责任。

6.4 下列情况不属于免费维护范围：甲方自行修改系统或数据库；因甲方硬件、网络、操作系统或第三方软件引起的问题；因甲方操作不当造成的数据错误。远程支持时间为工作日9:00至17:30。

## 第七条 维护服务费

7.1 免费维护期满后，甲方应向乙方购买年度维护服务。年度维护费按软件产品许可费的28%计收，即201,600元/年，于每个维护服务年度开始前一次性支付。

7.2 年度维护服务包括产品补丁、小版本升级和远程支持，不包括定制开发成果的修改及现场服务，现场服务按乙方人天单价另行计费。

7.3 甲方未购买维护服务的，乙方不再提供补丁和升级，已上线的定制功能亦不再提供任何支持。维护费逾期未付的，乙方有权停止全部维护服务，恢复服务时甲方应补缴中断期间的维护费。

## 第八条 知识产权

8.1 软件产品的著作权归乙方所有。

8.2 定制开发成果的知识产权（包括源代码）归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或移植。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

8.4 甲方不得将软件产品转让、出租或许可给任何第三方使用，不得超出许可用户数使用。

## 第九条 数据

9.1 甲方录入系统的业务数据归甲方所有，乙方仅为实施和维护目的访问，不得用于其他用途。

9.2 乙方实施人员访问甲方系统须使用甲方分配的账号，乙方应采取合理的技术和管理措施防止甲方数据泄露、毁损；发生数据安全事件的，乙方应在48小时内通知甲方，因乙方原因造成数据泄露或丢失的，由乙方承担相应赔偿责任。

## 第十条 保密

10.1 双方对在合作中获知的对方技术信息、经营信息负有保密义务，保密期限为合同终止后两年。

## 第十一条 违约与责任限制

11.1 任何一方违约的，应承担相应的违约责任。

11.2 乙方在本合同项下的全部责任（包括违约金和赔偿）累计不超过合同总价的20%，且乙方不承担间接损失、利润损失和数据恢复费用。

11.3 一方严重违约，经对方书面通知后30日内未纠正的，守约方有权解除本合同。因甲方原因导致合同解除的，甲方已支付的款项不予退还。

## 第十二条 不可抗力

12.1 因不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方并提供证明。

## 第十三条 法律适用与争议

13.1 本合同适用中华人民共和国法律。

13.2 因本合同引起的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。本合同附件包括《功能清单》《定制开发需求说明书》和《实施计划》，与本合同具有同等效力。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

| 甲方（盖章）：绍兴古越坊酿造食品有限公司 | 乙方（盖章）：杭州云筹软件有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2025年4月 | 日期：2025年4月 |
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 — Suzhou embroidery studio, stitch-pattern design software, perpetual licences; Finnish vendor on Seurasaari
#       (.pdf, Article N / N.N, price table printed as rows)
# ----------------------------------------------------------------------------------------------------------------
H326E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. OD-CN-2025-11
P:This Software Licence and Services Agreement (the "Agreement") is made on 8 September 2025 between:
P:(1) Suzhou Jinzhen Embroidery Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 26 Xiuyuan Road, Zhenhu Subdistrict, Huqiu District, Suzhou, Jiangsu Province (the "Buyer"); and
P:(2) Ompelu Design Oy, a company incorporated in Finland with its registered office at Seurasaari Island 3, 00250 Helsinki, Finland (the "Vendor").
P:Background. The Buyer designs and produces Su embroidery for art collectors, museums and fashion houses. It wishes to replace its ageing pattern-drafting tools with the Vendor's StitchForge software and to have the Vendor build a library of traditional Su embroidery stitches for it. The Vendor has agreed to supply the software and services on the terms below. At the Buyer's request all prices are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's StitchForge Pro desktop application and StitchForge Library Server, version 9.2, including updates supplied under this Agreement.
P:1.2 "Custom Stitch Library" means the digital library of traditional Su embroidery stitches (including needle-path rules, thread-blending presets and the related templates) that the Vendor develops for the Buyer under Article 3.
P:1.3 "Installation Certificate" means the document signed by both parties confirming that the Software has been installed on the Buyer's workstations and server.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the complete deliverables under Article 6.
P:1.5 "Buyer Data" means all pattern files, design drafts, photographs, client records and any other data created or stored by the Buyer using the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on fourteen named workstations and one library server at the Buyer's premises in Suzhou, for the Buyer's own business.
P:2.2 The Buyer may move any licence to a replacement workstation by written notice to the Vendor, at no charge.
P:2.3 The licence does not end when support ends. Once the licence fees are paid, the Buyer may keep using the version it has installed without further payment.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, migrate the Buyer's existing pattern archive (about 18,000 files) into the library server, and train the Buyer's designers.
P:3.2 The Vendor shall develop the Custom Stitch Library covering at least 42 traditional stitch types, including the flat, random, knot and hair stitches used in double-sided embroidery, in close cooperation with the Buyer's master embroiderers.
P:3.3 The Vendor shall deliver installation by 30 November 2025 and make the complete deliverables ready for Final Acceptance by 31 January 2026.
H:Article 4 Price
P:4.1 The total contract price is CNY 850,000 (the "Contract Price"), inclusive of all taxes, travel and expenses, itemised as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|StitchForge Pro perpetual workstation licence|14|539,000
TB:2|StitchForge Library Server perpetual licence|1|96,000
TB:|Licence subtotal||635,000
TB:3|Custom Stitch Library development|1 lot|148,000
TB:4|Installation, configuration and archive migration|1 lot|42,000
TB:5|Training of designers (four days on site)|1 lot|25,000
TB:|Contract Price||850,000
P:4.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements or any other reason.
H:Article 5 Payment
P:5.1 The Buyer shall pay 25% of the Contract Price (CNY 212,500) within fifteen days after signature, against the Vendor's invoice.
P:5.2 The Buyer shall pay 50% of the Contract Price (CNY 425,000) within thirty days after the Installation Certificate is signed. Signature of the Installation Certificate does not mean acceptance.
P:5.3 The Buyer shall pay the remaining 25% of the Contract Price (CNY 212,500) within thirty days after Final Acceptance.
P:5.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai named in Annex 2.
H:Article 6 Acceptance
P:6.1 After installation the Vendor shall run the acceptance tests agreed in Annex 1, which include at least: (a) opening, editing and saving of 200 sample patterns from the migrated archive without loss of layers, colours or stitch data; (b) export of patterns to the Buyer's two embroidery machine formats and a trial stitch-out checked by the Buyer's master embroiderer; (c) each of the 42 stitch types of the Custom Stitch Library reproduced on a test panel to the Buyer's written standard; and (d) ten working days of production use without a Severity 1 fault.
P:6.2 When all tests are passed the Buyer shall issue a Final Acceptance certificate within five working days. If a test fails, the Vendor shall correct the defect at its own cost and repeat the test.
P:6.3 Installation, use of the Software in production or any payment shall not by itself amount to Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Stitch Library will perform materially in accordance with their documentation for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote and on-site support free of charge.
P:7.2 Severity 1 means that no workstation can open or save patterns, or the library server is unavailable. The Vendor shall respond to a Severity 1 fault within 2 hours (Beijing time, seven days a week) and restore service within one working day. Severity 2 faults shall be answered within eight working hours.
P:7.3 If the Vendor misses a response or restoration time in Article 7.2, it shall pay the Buyer CNY 600 for each hour of delay, which the Buyer may deduct from any amount due.
P:7.4 After the Warranty Period the Buyer may order annual support at 11% of the licence subtotal, that is CNY 69,850 per year. This fee is fixed for the first three support years after the Warranty Period. Support is ordered year by year in writing and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all rights in the Software.
P:8.2 All rights in the Custom Stitch Library, including the templates and needle-path rules developed for the Buyer, vest in the Buyer on creation. The Buyer may use, modify, reproduce and license the Custom Stitch Library freely, including to other software vendors. The Vendor shall deliver it in open file formats with documentation.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Stitch Library infringes the rights of a third party.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session, takes place through the Buyer's VPN with two-factor log-in and is logged. The Vendor shall keep its support laptops encrypted and free of malware and shall delete any Buyer Data received for fault analysis when the fault is closed.
P:9.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to, or loss of, Buyer Data and shall bear the costs and losses caused by any such incident attributable to it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's non-public information confidential, including the Buyer's designs, clients and pricing, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Vendor misses a date in Article 3.3 for reasons within its control, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for death or personal injury, fraud, wilful misconduct and breach of Articles 8.3 and 9, which is not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any of its obligations without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days after notice, or if delay damages under Article 11.1 reach their maximum. The licences granted for paid fees survive termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Finland, excluding its conflict-of-law rules and the UN Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce. The seat of arbitration is Helsinki and the language is English.
H:Article 15 General
P:15.1 This Agreement with Annex 1 (Acceptance Tests) and Annex 2 (Bank Details) is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________ Name / Title: ____________________ Date: __________
P:For the Vendor: ____________________ Name / Title: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 — Guilin river-raft operator, booking SaaS; Icelandic vendor on Viðey (.md, Order Form Part A + General Terms
#       Part B, fee table)
# ----------------------------------------------------------------------------------------------------------------
H326E02 = """# Fleki Booking Cloud — Order Form and General Terms

**Order Form No.** FBC-2025-CN-0087

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Vendor and the Customer named below. If Part A and Part B conflict, Part A prevails.

# Part A — Order Form

## A1. Parties

| | |
|---|---|
| **Vendor** | Fleki Bókun ehf., Viðey Island, 104 Reykjavík, Iceland (the "Vendor") |
| **Customer** | Guilin Lijiang Qingzhu Raft Tourism Co., Ltd., No. 9 Binjiang Road, Xiufeng District, Guilin, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Customer") |

## A2. Service

A2.1 The Vendor will provide the Fleki Booking Cloud (the "Service"): online booking and ticketing for the Customer's bamboo-raft routes on the Li River and the Yulong River, including time-slot and boat-capacity management, WeChat mini-program and web booking pages, QR-code boarding passes, pier check-in on handheld devices, agent (travel agency) accounts, dynamic pricing by season, and daily sales and passenger reports.

A2.2 Scope: 4 piers, up to 650 rafts, up to 60 agent accounts, up to 120 staff users.

A2.3 Set-up Services: configuration of routes, piers, rafts and fares; integration with WeChat Pay and the Customer's finance system (daily settlement file); import of agent accounts; training of pier staff and office users (the "Set-up Services").

A2.4 The Customer will appoint a project lead, provide route, pier and fare information in the Vendor's import templates by the dates in the project plan, and make pier staff available for training.

## A3. Fees

At the Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year | 214,000 |
| Subscription Fees for the Initial Term | 3 Subscription Years | 642,000 |
| Set-up Fee | one-time | 58,000 |
| **Total fees for the Initial Term** | | **700,000** |
| SMS notifications beyond 400,000 per Subscription Year | per message, billed monthly in arrears | 0.045 |

A3.1 The Subscription Fee is invoiced at the start of each Subscription Year and payable within thirty days of invoice.

A3.2 The Set-up Fee is invoiced on Go-Live Acceptance and payable within thirty days of invoice. No amount is payable before Go-Live Acceptance.

A3.3 Prices include VAT. Payment gateway charges of WeChat Pay are paid by the Customer directly to the gateway and are not part of the fees.

## A4. Term

A4.1 The first Subscription Year starts on the date of Go-Live Acceptance. The Initial Term is three Subscription Years.

A4.2 After the Initial Term, the Agreement renews for one further Subscription Year at a time, at the same Subscription Fee, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current Subscription Year.

## A5. Go-Live

A5.1 Target Go-Live Date: 15 March 2026, before the spring rafting season.

A5.2 Go-Live Acceptance tests: (a) bookings of every route and time slot through the mini-program, the web page and an agent account; (b) payment, refund and partial-refund flows through WeChat Pay, reconciled against the daily settlement file for five consecutive days without difference; (c) boarding passes scanned at all 4 piers on the handheld devices, including in offline mode; (d) capacity limits per time slot enforced. The Customer signs a Go-Live Acceptance certificate when all tests are passed. Use of the Service with real passengers before the certificate is signed is not acceptance.

A5.3 If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay CNY 600 for each day of delay, up to CNY 36,000, which the Customer may set off against the fees.

## A6. Hosting

The Service for the Customer is hosted on Alibaba Cloud in the Shenzhen region, operated by the Vendor's hosting provider named here: Alibaba Cloud Computing Co., Ltd.

## A7. Signatures

| For the Vendor | For the Customer |
|---|---|
| Name: | Name: |
| Title: | Title: |
| Date: | Date: |

# Part B — General Terms

## B1. Use of the Service

B1.1 The Vendor grants the Customer a non-exclusive, non-transferable right to use the Service during the term for its own business and that of its authorised agents.

B1.2 The Customer is responsible for the accounts it creates and shall keep log-in credentials secure.

B1.3 The Customer shall not resell the Service, attempt to access its source code, or use it to send marketing messages to passengers who have not agreed to receive them.

## B2. Support and Availability

B2.1 The Vendor will use commercially reasonable efforts to keep the Service available at all times, to carry out planned maintenance outside the Customer's operating hours, and to answer support requests promptly through its helpdesk (e-mail and WeChat, Chinese and English).

B2.2 The Vendor will tell the Customer in advance of any planned maintenance that it knows will interrupt bookings.

## B3. Customer Data

B3.1 "Customer Data" means all data entered into or generated by the Service for the Customer, including passenger names, identity-document numbers, telephone numbers, bookings, payments and agent records. Customer Data belongs to the Customer.

B3.2 The Vendor shall process Customer Data only to provide the Service to the Customer and in accordance with the Customer's instructions and the Personal Information Protection Law of the People's Republic of China. Customer Data is stored only in mainland China.

B3.3 The Vendor shall maintain security measures appropriate to the data, including encryption in transit and at rest, role-based access with two-factor authentication for its staff, logging of administrative access and the controls of its MLPS level 3 filing.

B3.4 The Vendor shall notify the Customer within 24 hours after becoming aware of any breach of security affecting Customer Data, shall take all reasonable steps to contain it, and shall compensate the Customer for losses, fines and third-party claims arising from a breach caused by the Vendor or its hosting provider.

B3.5 Within thirty days after the Agreement ends, the Vendor shall return all Customer Data in CSV format and then delete it from the Service, confirming the deletion in writing.

B3.6 On reasonable notice, and not more than once in each Subscription Year, the Customer or its auditor may review the Vendor's security documentation and the summary of its latest MLPS assessment.

## B4. Intellectual Property

B4.1 The Vendor owns the Service and its software.

B4.2 The booking page designs, fare tables, report templates and the settlement-file interface configured for the Customer ("Customer Configurations") belong to the Customer. The Customer may use, modify and give them to any third party, including a future provider.

## B5. Confidentiality

B5.1 Each party shall keep the other party's Confidential Information secret and use it only for this Agreement. Confidential Information includes the Customer's prices, sales figures and agent terms and the Vendor's non-public product information. This clause survives for three years after the Agreement ends.

## B6. Subcontracting

B6.1 Apart from the hosting provider named in Part A, the Vendor shall not subcontract any part of the Service or the Set-up Services without the Customer's prior written consent. The Vendor remains responsible for the acts of its hosting provider and any approved subcontractor.

## B7. Liability

B7.1 Each party's total liability under this Agreement shall not exceed twice the total fees for the Initial Term stated in Part A.

B7.2 Clause B7.1 does not limit liability for death or personal injury, fraud, or breach of clause B3.

## B8. Termination

B8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice describing the breach.

B8.2 On termination by the Customer under clause B8.1, the Vendor shall refund any prepaid Subscription Fee for the period after termination.

## B9. Suspension and Force Majeure

B9.1 The Vendor may suspend the Service only if an undisputed invoice remains unpaid for more than forty-five days after a second written reminder, and shall restore it within one business day after payment. The Vendor shall not suspend the Service during the May Day and National Day holidays without the Customer's written agreement.

B9.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as floods, typhoons, epidemics, government orders or failures of public telecommunication networks, provided that it notifies the other party promptly and does what it reasonably can to limit the effect. The Customer may terminate without liability if such an event prevents use of the Service for more than sixty consecutive days.

## B10. Governing Law and Jurisdiction

B10.1 The Agreement is governed by the laws of Iceland.

B10.2 The District Court of Reykjavík (Héraðsdómur Reykjavíkur) has exclusive jurisdiction over any dispute arising out of or in connection with the Agreement.

## B11. General

B11.1 Notices shall be in writing and sent by e-mail with a copy by courier to the addresses in Part A.

B11.2 Neither party may assign the Agreement without the other's written consent.

B11.3 Changes to the Agreement must be agreed in writing and signed by both parties.

B11.4 Each party is an independent contractor. Nothing in the Agreement creates a partnership, agency or employment relationship.

B11.5 The Agreement is written in English. A Chinese translation may be prepared for the Customer's records, but the English text prevails.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 — Ningxia goji-berry farm, irrigation sensors, buyer's paper; Maltese integrator on Comino
#       (.docx, Section N / N.N, Word price table)
# ----------------------------------------------------------------------------------------------------------------
H326E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR SMART IRRIGATION SENSORS
P:Contract No. ZNHG-IRR-2025-03
P:This Contract is entered into in Zhongning County, Ningxia Hui Autonomous Region, on 14 October 2025 by and between:
P:Buyer: Ningxia Zhongning Hongguo Goji Plantation Co., Ltd., Shiqiao Township, Zhongning County, Zhongwei City, Ningxia, People's Republic of China (the "Buyer"); and
P:Supplier: Kemmuna AgriSense Ltd., Comino Business Quarter, Comino, Republic of Malta, acting through its representative office in Yinchuan (the "Supplier").
P:WHEREAS the Buyer operates 3,200 mu of goji-berry orchards under drip irrigation and fertigation; WHEREAS the Buyer wishes to measure soil moisture and weather conditions in each block and to control irrigation valves automatically; and WHEREAS the Supplier has offered to supply, install and commission such a system, the parties agree as follows. At the Buyer's request, all prices in this Contract are in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission: 120 soil moisture and salinity sensor stations at three depths; 6 automatic weather stations; 8 LoRaWAN gateways; 60 solenoid valve controllers; and the perpetual licence for the irrigation control platform, installed on the Buyer's server in the farm office (together, the "System").
P:1.2 The Supplier shall integrate the System with the Buyer's existing pump station controllers and the two fertigation units, so that irrigation and fertiliser dosing can be scheduled from the platform according to soil moisture thresholds set by the Buyer's agronomists.
P:1.3 The Supplier shall train the Buyer's farm technicians and orchard team leaders in operation, calibration checks and basic maintenance.
P:1.4 Customs clearance of any imported equipment, including duties and import VAT, is the Supplier's responsibility and is included in the Contract Price.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,400,000, including VAT, transport to the farm, insurance, installation materials and all other costs of the Supplier. It is itemised in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and salinity sensor station|120|3,850|462,000
TB:2|Automatic weather station|6|28,000|168,000
TB:3|LoRaWAN gateway|8|12,500|100,000
TB:4|Solenoid valve controller|60|4,200|252,000
TB:5|Irrigation control platform, perpetual licence|1|186,000|186,000
TB:|Equipment and licence subtotal|||1,168,000
TB:6|Installation and field calibration|1 lot||142,000
TB:7|Integration with pump stations and fertigation units|1 lot||74,000
TB:8|Training|1 lot||16,000
TB:|Contract Price|||1,400,000
P:2.2 The Contract Price is fixed and shall not be adjusted.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 140,000) within fifteen days after signature of this Contract, against an advance-payment guarantee issued by a bank in mainland China for the same amount.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 770,000) within thirty days after all equipment has been delivered and installed and the parties have signed the installation record. The installation record confirms quantities and positions only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 490,000) within thirty days after the Final Acceptance Certificate is signed.
P:3.4 Each payment is made by bank transfer in CNY against the Supplier's VAT invoice.
H:Section 4 Delivery Schedule
P:4.1 The Supplier shall deliver all equipment to the farm by 20 December 2025 and complete installation and calibration by 28 February 2026, so that the System is ready before the first spring irrigation.
P:4.2 Installation in the orchards shall follow the block plan agreed with the Buyer's production department and shall not damage goji plants, drip lines or ridges. The Supplier shall repair any such damage at its own cost.
P:4.3 The Supplier shall send a delivery list for each shipment at least five days before arrival, and the Buyer's warehouse staff shall count the goods on arrival in the presence of the Supplier's representative.
H:Section 5 Acceptance
P:5.1 Final acceptance tests shall be carried out during the first spring irrigation round and include: (a) readings of every sensor station compared with the Buyer's hand-held reference meter at 20 stations chosen by the Buyer, each within the tolerance stated in the technical specification; (b) every valve controller opened and closed from the platform and by schedule, and the actual flow confirmed at the block; (c) thirty consecutive days of operation in which the platform receives data from at least 114 of the 120 stations every hour; (d) automatic irrigation triggered and stopped by soil moisture thresholds in at least six blocks; and (e) delivery of the as-built drawings, the station list with coordinates, and the operation manual in Chinese.
P:5.2 When all tests are passed, the parties sign the Final Acceptance Certificate. Failed items shall be corrected by the Supplier at its cost and tested again.
P:5.3 Delivery, installation, the installation record or use of the System in irrigation shall not be treated as acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System for thirty-six months from the date of the Final Acceptance Certificate. During the warranty the Supplier shall repair or replace any defective equipment free of charge, including parts, labour and travel, and shall supply platform updates.
P:6.2 Priority 1 means that the platform is down, or that more than ten valve controllers do not respond, during the irrigation season (April to October). The Supplier shall respond to a Priority 1 fault within 1 hour and have an engineer on the farm within 24 hours. Other faults shall be answered within one working day and fixed within five working days.
P:6.3 For each hour by which the Supplier misses the Priority 1 response or on-site time, it shall pay the Buyer CNY 500, which the Buyer may deduct from the final payment or claim directly.
H:Section 7 Support after Warranty
P:7.1 After the warranty, the Supplier shall offer annual support at 7.5% of the equipment and licence subtotal, that is CNY 87,600 per year, fixed for the first two years after the warranty. Support includes one calibration visit before each irrigation season, remote support and replacement of failed sensors at cost price.
P:7.2 Annual support is ordered in writing by the Buyer for each year and does not renew automatically.
H:Section 8 Farm Data
P:8.1 All data collected or produced by the System, including soil readings, weather records, irrigation and fertiliser logs and yield notes entered by the Buyer, belongs to the Buyer. The Supplier may use it only to install, support and maintain the System for the Buyer and shall not sell, share or reuse it.
P:8.2 The Supplier shall protect the data: accounts with individual passwords, encrypted LoRaWAN keys and encrypted connections to the platform, remote access only through the Buyer's VPN after approval by the Buyer's IT officer, and no copies of data kept outside the Buyer's server.
P:8.3 The Supplier shall inform the Buyer within 12 hours after learning of any unauthorised access to the System or loss of data, shall take immediate measures to stop it, and shall compensate the Buyer for losses caused by the Supplier's breach of this Section.
H:Section 9 Intellectual Property
P:9.1 The Supplier keeps its rights in the platform software and equipment firmware. The Buyer has a perpetual licence to use them with the System.
P:9.2 The integration programs, block maps, irrigation schedules and configurations made for the Buyer belong to the Buyer, which may use and modify them freely and give them to other contractors. The Supplier shall hand them over with the source code at Final Acceptance.
H:Section 10 Delay
P:10.1 If the Supplier does not complete delivery or installation by the dates in Section 4.1, it shall pay liquidated damages of 0.03% of the Contract Price for each day of delay.
P:10.2 If the delay exceeds forty-five days, the Buyer may also terminate the Contract under Section 12.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Trenching and cable laying by local workers may be subcontracted only to a contractor approved by the Buyer in writing.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or in the case of Section 10.2. The Supplier shall then refund all amounts received for the parts not accepted and remove its equipment at its own cost if the Buyer so requests.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes that cannot be settled by negotiation within thirty days shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:Section 14 Miscellaneous
P:14.1 The technical specification and the block plan are annexes to this Contract and form part of it.
P:14.2 Notices under this Contract shall be in writing and sent to the addresses above by courier or e-mail; a notice sent by e-mail is received on the next working day.
P:14.3 This Contract is made in Chinese and English, two originals in each language; both texts have equal effect. It takes effect on signature and seal by both parties.
P:Buyer (seal): Ningxia Zhongning Hongguo Goji Plantation Co., Ltd.  Authorised representative: ____________
P:Supplier (seal): Kemmuna AgriSense Ltd.  Authorised representative: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 — Wenzhou shoe maker, managed email security service; Irish provider on Árainn Mhór
#       (.md, numbered clauses with Schedules: priority and charges tables)
# ----------------------------------------------------------------------------------------------------------------
H326E04 = """# MANAGED EMAIL SECURITY SERVICES AGREEMENT

**Reference:** AMG-WZ-2025-014

**Date:** 3 November 2025

**Between**

**Arranmore Mailguard Limited**, a company registered in Ireland, whose registered office is at Leabgarrow, Árainn Mhór, County Donegal, Ireland (the **"Provider"**); and

**Wenzhou Ouhai Lufeng Shoes Co., Ltd.**, a company registered in the People's Republic of China, whose registered office is at No. 188 Xianhe Road, Ouhai Economic Development Zone, Wenzhou, Zhejiang Province (the **"Customer"**).

**Background**

(A) The Customer makes leather and casual shoes for export and has about 900 mailboxes used by its sales, purchasing and finance teams, who receive a high volume of phishing and invoice-fraud e-mails.

(B) The Provider operates a managed e-mail security service with a filtering platform hosted in mainland China through its Chinese partner data centre and a security operations team that watches it around the clock.

(C) The parties have agreed that the Provider will supply that service to the Customer on the terms of this Agreement. At the Customer's request all charges are stated and paid in Chinese yuan (CNY).

## 1. Definitions

1.1 **"Service"** means the managed e-mail security service described in clause 2.

1.2 **"Customer Mail Data"** means all e-mails, attachments, headers, quarantine contents, user lists and logs that pass through or are generated by the Service for the Customer.

1.3 **"Service Acceptance"** means the Customer's written confirmation under clause 4.3.

1.4 **"Incident"** means any event that stops or degrades the Service, classified by priority as set out in Schedule 1.

## 2. The Service

2.1 The Provider shall filter all inbound and outbound e-mail of the Customer's domains lufengshoes.com and lufeng-shoes.cn for spam, malware, phishing and business e-mail compromise, including sandbox analysis of attachments and rewriting and checking of links.

2.2 The Provider's security operations team shall review suspicious e-mails reported by users, release or delete quarantined messages on request, and send the Customer a monthly report on threats blocked, user reports and policy changes.

2.3 The Provider shall run a phishing awareness simulation for the Customer's staff twice during the term and report the results by department.

## 3. Term

3.1 This Agreement starts on signature. The service term is twenty-four months from Service Acceptance.

3.2 The Agreement does not renew automatically. Any extension shall be agreed in writing by both parties, including the charges for the extension.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding, including mail routing changes, policy set-up, user import and administrator training, with the target of completing it within thirty days after signature. The Provider will use reasonable endeavours to meet this target.

4.2 Before Service Acceptance the Provider shall demonstrate, in a test period of ten working days: (a) delivery of all test e-mails sent through the Service from at least five external mail systems; (b) blocking of the Provider's standard set of test malware and phishing samples; (c) correct handling of the Customer's overseas buyer domains on the allow list; (d) quarantine release by users and administrators; and (e) no loss of legitimate mail reported by the Customer's pilot group of forty users.

4.3 When all the points in clause 4.2 are met, the Customer shall confirm Service Acceptance in writing within three working days. Routing the Customer's mail through the Service does not by itself count as Service Acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total charges for the service term are CNY 550,000.

5.2 The monthly service charge is invoiced at the end of each calendar month and paid within thirty days of the invoice. The onboarding charge is invoiced after Service Acceptance.

5.3 No payment is due before Service Acceptance.

5.4 Additional mailboxes above 900 are charged at the rate in Schedule 2, from the month in which they are added.

## 6. Service Levels

6.1 The Provider shall keep the e-mail filtering service available for not less than 99.95% of each calendar month, excluding planned maintenance notified five days in advance and carried out between 00:00 and 05:00 Beijing time.

6.2 The Provider shall respond to and resolve Incidents within the times in Schedule 1. Average e-mail delivery delay through the Service shall not exceed five minutes in any hour.

6.3 The Provider shall report any failure to meet clauses 6.1 or 6.2 in the monthly report, with the cause and the corrective action taken. The service levels are targets for the Provider's performance; no service credits, fee reductions or other payments apply if they are missed.

## 7. Customer Mail Data and Security

7.1 Customer Mail Data belongs to the Customer. The Provider shall process it only to provide the Service and shall not use it for any other purpose.

7.2 Customer Mail Data is stored and processed only in mainland China. Quarantined messages are kept for thirty days and logs for one hundred and eighty days, after which they are deleted.

7.3 The Provider shall protect Customer Mail Data with encryption in transit and at rest, strict role-based access, two-factor authentication for all its staff, and logging and review of every access to message content. Its platform holds an MLPS level 3 filing and ISO/IEC 27001 certification, which the Provider shall keep valid during the term.

7.4 The Provider shall notify the Customer without delay, and in any case within 12 hours, after becoming aware of any unauthorised access to or disclosure of Customer Mail Data, shall cooperate with the Customer's investigation and any regulator, and shall be responsible for the losses, fines and costs caused to the Customer by any such incident arising from its breach of this clause 7.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's customers, prices, designs and e-mail contents, and the Provider's detection rules. Neither party shall disclose it to a third party without written consent, except to its professional advisers or as required by law.

8.2 This clause continues for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 The Provider keeps all rights in its platform, detection engines and threat intelligence.

9.2 The policy rules, allow and block lists, report templates and awareness training materials prepared specifically for the Customer belong to the Customer, which may use and change them and may pass them to any successor provider.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Service without the Customer's prior written consent, except for the Chinese partner data centre named in Schedule 2, which the Customer approves by signing this Agreement. The Provider is responsible for every subcontractor as for itself.

## 11. Liability

11.1 The Provider's total liability to the Customer arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the charges paid by the Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss, or for loss of profit.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within twenty days after receiving notice of the breach.

12.2 Either party may terminate by written notice if the other becomes insolvent.

12.3 On termination or expiry, the Provider shall restore the Customer's mail routing, hand over the policy rules and lists under clause 9.2, and delete Customer Mail Data after the Customer has confirmed that it has received any export it asked for.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Wenzhou Arbitration Commission for arbitration in Wenzhou in accordance with its rules. The award is final and binding.

## 14. General

14.1 This Agreement, with its Schedules, is the whole agreement of the parties on its subject. Changes must be in writing and signed by both parties.

14.2 Notices shall be sent by e-mail and courier to the addresses above.

## Schedule 1 — Incident Priorities

| Priority | Description | Response | Resolution target |
|---|---|---|---|
| P1 | Inbound or outbound mail flow stopped for the Customer, or malware being delivered to mailboxes | 30 minutes, 24 x 7 | 2 hours |
| P2 | Filtering degraded, delivery delay over 30 minutes, or quarantine not accessible | 1 hour, 24 x 7 | 8 hours |
| P3 | Single user problem, report error, policy change request | 1 working day | 3 working days |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge (up to 900 mailboxes) | per month | 21,500 |
| Monthly service charges for the service term | 24 months | 516,000 |
| Onboarding charge | one-time | 34,000 |
| **Total charges** | | **550,000** |
| Additional mailbox above 900 | per mailbox per month | 22 |

Chinese partner data centre: Zhejiang Yunhai Data Services Co., Ltd., Hangzhou.

**Signed for the Provider:** ____________________  Name: ____________________

**Signed for the Customer:** ____________________  Name: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 — Wuhan food-delivery platform, health-certificate check API subscription; Finnish vendor on Harakka
#       (.txt, upper-case headings, a Schedule)
# ----------------------------------------------------------------------------------------------------------------
H326E05 = """API SUBSCRIPTION AGREEMENT
HEALTH CERTIFICATE VERIFICATION SERVICE

Agreement number: HV-2025-WH-031
Date: 21 August 2025

PARTIES

Harakka Verify Oy, a limited company registered in Finland under business ID 3198472-6, with its registered office at Harakka Island, 00140 Helsinki, Finland ("Vendor"); and

Wuhan Sudao Delivery Technology Co., Ltd., a company registered in the People's Republic of China, with its registered office at Floor 21, Guanggu Software Park Building C6, Donghu New Technology Development Zone, Wuhan, Hubei Province ("Customer").

BACKGROUND

Customer runs a food-delivery platform in Wuhan and nearby cities. Restaurants on the platform, and couriers who handle unpacked food, must hold a valid food-handler health certificate. Customer wants to check the certificates automatically when a restaurant or courier signs up and again before each certificate expires. Vendor provides an API that reads a certificate image, checks it against the issuing records that Vendor is authorised to query, and returns the result. At Customer's request, all fees in this Agreement are in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means Vendor's certificate verification application programming interface described in the Schedule.
1.2 "Check" means one API call that returns a verification result for one certificate.
1.3 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.
1.4 "Service Start Date" means the date of Integration Acceptance.
1.5 "Customer Data" means certificate images, names, identity-card numbers, certificate numbers, restaurant and courier identifiers and any other data that Customer sends to the API, and the results returned.

2. SERVICE

2.1 Vendor shall make the API available to Customer for up to 1,200,000 Checks in each Subscription Year, through a dedicated endpoint in mainland China.
2.2 Vendor shall provide a sandbox, API keys for production and test, technical documentation in Chinese and English, and a named integration engineer until Integration Acceptance.
2.3 Vendor shall keep the recognition models and the issuing-record connections up to date so that certificates issued in Hubei Province and in the provinces listed in the Schedule can be checked.
2.4 Vendor shall notify Customer at least thirty days in advance of any change to the API that is not backward compatible, and shall keep the previous version running for at least ninety days after such a change.

3. INTEGRATION AND ACCEPTANCE

3.1 Vendor shall help Customer integrate the API into Customer's merchant and courier onboarding systems, including a batch interface for re-checking certificates close to expiry.
3.2 Integration Acceptance tests: (a) 2,000 sample certificates supplied by Customer, including expired, altered and unreadable ones, processed in the sandbox with every result matching the result established by Customer's compliance team; (b) a load test at 50 Checks per second for thirty minutes with an average response time under 800 milliseconds; (c) a batch run of 20,000 records completed overnight; and (d) correct error codes for every case listed in the documentation.
3.3 When all tests are passed Customer shall sign an Integration Acceptance certificate. Production use before that certificate is signed does not count as acceptance.
3.4 The target date for Integration Acceptance is 31 October 2025. If Integration Acceptance is delayed beyond that date for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 30,000.

4. FEES AND PAYMENT

4.1 Customer shall pay the fees in the Schedule. The total fees for the Initial Term are CNY 580,000.
4.2 The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter of that Subscription Year and is payable within thirty days of invoice.
4.3 The one-time integration fee is invoiced after Integration Acceptance.
4.4 Checks above 1,200,000 in a Subscription Year are charged at the overage rate in the Schedule, invoiced quarterly in arrears.
4.5 No fee is payable before the Service Start Date.
4.6 All invoices shall be Chinese VAT special invoices issued by Vendor's branch registered in Wuhan.

5. TERM AND RENEWAL

5.1 The Initial Term is two Subscription Years from the Service Start Date.
5.2 At the end of the Initial Term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless Customer gives written notice of non-renewal at least ninety days before the end of the current term.
5.3 Vendor may increase the Subscription Fee and the overage rate for each renewal term by up to 9% over the fees of the preceding Subscription Year by giving Customer notice at least sixty days before the renewal. The increased fees apply automatically from the start of the renewal term.

6. SERVICE LEVELS

6.1 The API shall be available for at least 99.95% of each calendar month, measured at Vendor's endpoint, excluding planned maintenance of which Customer has at least three days' notice.
6.2 Vendor shall respond to support tickets according to the priorities in the Schedule. A Priority 1 ticket (API unavailable, or wrong results returned for a whole issuing province) shall receive a response within 1 hour at any time of day.
6.3 If availability in a calendar month is below the level in clause 6.1, Customer receives a service credit of 10% of the quarterly instalment covering that month, and 25% if availability is below 99.5%. If Vendor misses the Priority 1 response time, Customer receives a credit of CNY 800 for each hour of delay. Credits are set off against the next invoice.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to perform the Checks for Customer and shall not use it for any other purpose, whether during or after the term.
7.2 Vendor shall delete certificate images thirty days after the Check and all other Customer Data within thirty days after this Agreement ends, except where law requires it to keep the data longer.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the API, its models and documentation. Customer receives the right to use them during the term to perform Checks for its own platform.
8.2 The mapping tables, batch scripts and adaptor code that Vendor writes for Customer during integration belong to Customer, which may use, modify and license them freely. Vendor shall deliver their source code before Integration Acceptance.
8.3 Vendor warrants that the API and its use by Customer in accordance with this Agreement do not infringe the rights of any third party.

9. CONFIDENTIALITY

9.1 Each party shall treat as confidential the other party's non-public business and technical information received under this Agreement, including Customer's merchant and courier volumes and Vendor's pricing, and shall not disclose it without the other party's written consent. This obligation lasts during the term and for three years after it.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the performance of this Agreement, in whole or in part, without Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Initial Term stated in clause 4.1.
11.2 The limit in clause 11.1 does not apply to fraud, wilful misconduct or death or personal injury.

12. DURATION AND REMEDIES

12.1 This Agreement continues until the end of the Initial Term and of any renewal term. Neither party may terminate it before the end of the current term, whether for breach or otherwise.
12.2 If Vendor fails to perform, Customer's remedies are the service credits under clause 6.3, the delay payment under clause 3.4, performance of the obligation and damages within the limit of clause 11.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan under its rules then in force. The arbitration shall be conducted in Chinese.

14. GENERAL

14.1 This Agreement and its Schedule form the entire agreement between the parties. Changes must be in writing and signed by both parties.
14.2 Neither party may assign this Agreement without the written consent of the other.
14.3 Notices shall be given in writing by e-mail to the addresses designated by each party, with a copy by courier for any notice of non-renewal, claim or dispute.
14.4 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
14.5 This Agreement is signed in two originals in English.

SCHEDULE - SERVICE, FEES AND SUPPORT

Part 1. Fees (CNY, including VAT)

Subscription Fee, up to 1,200,000 Checks per Subscription Year ........ 268,000 per Subscription Year
Subscription Fees for the Initial Term (two Subscription Years) ........ 536,000
One-time integration fee ............................................... 44,000
Total fees for the Initial Term ........................................ 580,000
Overage, per Check above 1,200,000 in a Subscription Year .............. 0.18

Part 2. Provinces covered at the Service Start Date

Hubei, Hunan, Henan, Jiangxi, Anhui, Chongqing. Further provinces are added without charge when Vendor obtains access to their issuing records.

Part 3. Support priorities

Priority 1: API unavailable, or wrong results for a whole issuing province. Response within 1 hour, 24 hours a day, 7 days a week. Workaround or fix within 6 hours.
Priority 2: response times above 3 seconds, or errors on more than 2% of Checks. Response within 2 hours during 08:00-22:00 Beijing time. Fix within one business day.
Priority 3: questions, documentation errors, single wrong results. Response within one business day.

SIGNATURES

For Harakka Verify Oy: ______________________  Name and title: ______________________

For Wuhan Sudao Delivery Technology Co., Ltd.: ______________________  Name and title: ______________________
"""

# ================================================================================================================
# Labels (buyer's view; conventions in NOTES.md). Key sets / order / spellings as holdout18 / holdout19.
# ================================================================================================================
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def label(file, lang, category, kind, t, extra, rules):
    keys = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
            "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
            "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
            "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law"]
    terms = {k: t[k] for k in keys}
    terms["contract_kind"] = kind
    ex = {"sla_clause": extra["sla_clause"], "ld_stated": extra["ld_stated"]}
    if kind == "goods_or_licence":
        ex["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    ex["acceptance_deemed_on_delivery"] = extra["acceptance_deemed_on_delivery"]
    ex["contract_value"] = extra["contract_value"]
    return {"file": file, "language": lang, "category": category, "expected_terms": terms, "expected_extra": ex,
            "expected_rules": sorted(rules)}


def T(**kw):
    return kw


# price / payment arithmetic (asserted)
Z01_HW_LIC = 860000 + 444000 + 352800
Z01_VALUE = Z01_HW_LIC + 412000 + 186000 + 95200
assert (Z01_HW_LIC, Z01_VALUE) == (1656800, 2350000) and 24 * 18500 == 444000 and 36 * 9800 == 352800
assert 470000 + 1057500 + 822500 == Z01_VALUE and Z01_VALUE * 0.08 != 0 and Z01_HW_LIC * 8 // 100 == 132544
Z02_HW_LIC = 586000 + 412000 + 268000 + 236000 + 74000
Z02_VALUE = Z02_HW_LIC + 198000 + 46000 + 26000
assert (Z02_HW_LIC, Z02_VALUE) == (1576000, 1846000) and Z02_HW_LIC * 9 // 100 == 141840
assert 184600 + 646100 + 923000 + 92300 == Z02_VALUE
Z03_VALUE = 3 * 40 * 9600 + 168000
assert Z03_VALUE == 1320000 and 384000 // 4 == 96000
Z04_VALUE = 288000 + 96000 + 62000 + 40000
assert Z04_VALUE == 486000 and Z04_VALUE // 4 == 121500
Z05_LIC = 720000
Z05_VALUE = Z05_LIC + 268000 + 96000 + 16000
assert Z05_VALUE == 1100000 and 715000 + 385000 == Z05_VALUE and Z05_LIC * 28 // 100 == 201600
E01_LIC = 14 * 38500 + 96000
E01_VALUE = E01_LIC + 148000 + 42000 + 25000
assert (E01_LIC, E01_VALUE) == (635000, 850000) and 212500 + 425000 + 212500 == E01_VALUE
assert E01_LIC * 11 // 100 == 69850
E02_VALUE = 3 * 214000 + 58000
assert E02_VALUE == 700000
E03_HW_LIC = 120 * 3850 + 6 * 28000 + 8 * 12500 + 60 * 4200 + 186000
E03_VALUE = E03_HW_LIC + 142000 + 74000 + 16000
assert (E03_HW_LIC, E03_VALUE) == (1168000, 1400000) and 140000 + 770000 + 490000 == E03_VALUE
assert E03_HW_LIC * 75 // 1000 == 87600
E04_VALUE = 24 * 21500 + 34000
assert E04_VALUE == 550000
E05_VALUE = 2 * 268000 + 44000
assert E05_VALUE == 580000

# TCO (policy §4): horizon 5 years from acceptance; post-warranty years = 5 - warranty years, pro rata
HORIZON = 5


def tco(value, fee_per_year, warranty_months):
    post_years = max(0.0, HORIZON - warranty_months / 12)
    fees = post_years * fee_per_year
    return value + fees, fees / (value + fees) * 100


TCO = {
    "h326z01": tco(Z01_VALUE, Z01_HW_LIC * 0.08, 36),
    "h326z02": tco(Z02_VALUE, Z02_HW_LIC * 0.09, 24),
    "h326z05": tco(Z05_VALUE, Z05_LIC * 0.28, 6),
    "h326e01": tco(E01_VALUE, E01_LIC * 0.11, 24),
    "h326e03": tco(E03_VALUE, E03_HW_LIC * 0.075, 36),
}

LABELS = {}
LABELS["h326z01"] = label(
    "h326z01_county_farmland_construction_supervision_platform.pdf", "zh", "software", "goods_or_licence",
    T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
      prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
      post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
      subcontract_without_consent=False, governing_law="PRC"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=Z01_VALUE),
    [])
LABELS["h326z02"] = label(
    "h326z02_carton_plant_corrugator_control_retrofit.docx", "zh", "hardware", "goods_or_licence",
    T(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
      prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
      post_warranty_fee_pct=9, auto_renewal_price_increase=False, termination_for_breach=False,
      subcontract_without_consent=True, governing_law="PRC"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=Z02_VALUE),
    ["CR-SUBCONTRACT", "CR-TERMINATION"])
LABELS["h326z03"] = label(
    "h326z03_pet_hospital_chain_records_membership_saas.txt", "zh", "cloud", "service",
    T(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=1000 / Z03_VALUE * 100,
      liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
      warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
      termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z03_VALUE),
    ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
LABELS["h326z04"] = label(
    "h326z04_city_archives_digital_archive_system_om.txt", "zh", "services", "service",
    T(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.2, liability_cap_pct=None,
      prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
      post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
      subcontract_without_consent=False, governing_law="PRC"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z04_VALUE),
    [])
LABELS["h326z05"] = label(
    "h326z05_fermented_tofu_plant_erp_supplier_template.md", "zh", "software", "goods_or_licence",
    T(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=20,
      prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
      post_warranty_fee_pct=28, auto_renewal_price_increase=False, termination_for_breach=True,
      subcontract_without_consent=None, governing_law="PRC"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
         contract_value=Z05_VALUE),
    ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
     "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])
LABELS["h326e01"] = label(
    "h326e01_embroidery_studio_stitch_design_licences_fi_vendor.pdf", "en", "software", "goods_or_licence",
    T(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
      prepayment_pct=25, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
      post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
      subcontract_without_consent=False, governing_law="Finland"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=E01_VALUE),
    ["CR-GOVERNING-LAW"])
LABELS["h326e02"] = label(
    "h326e02_river_raft_booking_saas_order_form_is_vendor.md", "en", "cloud", "service",
    T(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=600 / E02_VALUE * 100,
      liability_cap_pct=200, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
      warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
      termination_for_breach=True, subcontract_without_consent=False, governing_law="Iceland"),
    dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E02_VALUE),
    ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])
LABELS["h326e03"] = label(
    "h326e03_goji_farm_irrigation_sensors_buyer_paper.docx", "en", "hardware", "goods_or_licence",
    T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.03, liability_cap_pct=None,
      prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
      post_warranty_fee_pct=7.5, auto_renewal_price_increase=False, termination_for_breach=True,
      subcontract_without_consent=False, governing_law="PRC"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=E03_VALUE),
    ["CR-CONFIDENTIALITY", "CR-LD-LOW"])
LABELS["h326e04"] = label(
    "h326e04_shoe_maker_managed_email_security_ie_provider.md", "en", "services", "service",
    T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=6 / 24 * 100,
      prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
      post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
      subcontract_without_consent=False, governing_law="PRC"),
    dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=E04_VALUE),
    ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"])
LABELS["h326e05"] = label(
    "h326e05_food_delivery_health_certificate_api_fi_vendor.txt", "en", "cloud", "service",
    T(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
      buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=500 / E05_VALUE * 100,
      liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
      warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
      termination_for_breach=False, subcontract_without_consent=False, governing_law="PRC"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E05_VALUE),
    ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-TERMINATION"])

SOURCES = {"h326z01": H326Z01, "h326z02": H326Z02, "h326z03": H326Z03, "h326z04": H326Z04, "h326z05": H326Z05,
           "h326e01": H326E01, "h326e02": H326E02, "h326e03": H326E03, "h326e04": H326E04, "h326e05": H326E05}


def policy_rules(key):
    """My reading of policy.md §3 applied to the labels (a cross-check of the hand-written expected_rules)."""
    lab = LABELS[key]
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["buyer_owns_data"]:
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and TCO[key][1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ================================================================================================================
# Threshold scan: every policy threshold figure in digits, Chinese numerals and words
# ================================================================================================================
CN = "一二三四五六七八九"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"99\.90*(?!\d)", r"百分之九十九点九(?![" + CN + "])"],
    "P1 4 hours": [r"(?<![\d.])4\s*-?\s*(?:business\s+|working\s+|clock\s+)?(?:hours?|hrs?|h)(?![a-z])",
                   r"(?<![\d.])4\s*个?\s*(?:小时|钟头)", r"(?<![十百" + CN + "])四\s*个?\s*(?:小时|钟头)",
                   r"\bfour\s*(?:\(4\)\s*)?-?\s*(?:business\s+|working\s+|clock\s+)?hours?",
                   r"(?<![\d.])240\s*(?:minutes?|mins?|分钟)", r"二百四十\s*分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*(?!\d)\s*(?:%|per\s*cent|percent)", r"万分之五(?![十百])",
                      r"(?<![\d.])0\.5\s*‰", r"千分之零点五"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之一?百",
                  r"\bone\s+hundred\s+(?:per\s*cent|percent)"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![" + CN + "])",
                        r"三成", r"\bthirty\s+(?:per\s*cent|percent)"],
    "warranty 12 months": [r"(?<![\d.])12\s*-?\s*(?:calendar\s+|consecutive\s+)?(?:months?|个月|月)",
                           r"(?<![" + CN + "])十二\s*个?月", r"\btwelve\s*(?:\(12\)\s*)?-?\s*(?:calendar\s+|consecutive\s+)?months?",
                           r"\bone\s*(?:\(1\)\s*)?-?\s*years?\b", r"(?<![\d.])1\s*-?\s*(?:years?\b|年)",
                           r"(?<![十])[一壹]\s*年", r"\ba\s+year\b"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五(?![" + CN + "点])",
                           r"\bfifteen\s+(?:per\s*cent|percent)"],
    "TCO 40 %": [r"(?<![\d.])40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![" + CN + "])", r"四成",
                 r"\bforty\s+(?:per\s*cent|percent)"],
    "5 years": [r"(?<![\d.])5\s*-?\s*(?:years?\b|年)", r"(?<![十])五\s*个?\s*年", r"\bfive\s*(?:\(5\)\s*)?-?\s*years?",
                r"(?<![\d.])60\s*-?\s*(?:months?|个月)", r"六十\s*个?月", r"\bsixty\s*(?:\(60\)\s*)?-?\s*months?"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(variant):
                    hits.append((name, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours",
            "four (4) hours", "240 minutes", "240分钟", "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent",
            "百分之百", "百分之一百", "30%", "30 %", "百分之三十", "三成", "thirty per cent", "12个月", "12 months",
            "12-month", "十二个月", "twelve months", "twelve calendar months", "one year", "1 year", "一年", "壹年",
            "15%", "15 per cent", "百分之十五", "40%", "百分之四十", "四成", "forty percent", "5年", "5 years",
            "五年", "five years", "60个月", "60 months", "六十个月", "sixty months", "a year"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "99.99%", "115%", "0.15%", "0.055%",
                "四十二个月", "二十二个月", "2025年", "2011年", "35%", "130%", "百分之三十五", "百分之四十五", "万分之五十",
                "十五年", "0.5%", "150%", "24 months", "36 months", "112 months", "three years", "三十六个月",
                "first anniversary", "Subscription Year", "服务年度", "2 hours", "1.5倍", "4G", "400,000"]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses %r" % s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), "regex hits %r: %r" % (s, threshold_hits(s))


# ================================================================================================================
# Build, read back, check
# ================================================================================================================
EXT = {"h326z01": "pdf", "h326z02": "docx", "h326z03": "txt", "h326z04": "txt", "h326z05": "md",
       "h326e01": "pdf", "h326e02": "md", "h326e03": "docx", "h326e04": "md", "h326e05": "txt"}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, lab in LABELS.items():
        assert lab["file"].startswith(key + "_") and lab["file"].endswith("." + EXT[key]), key
    targets = {k: (LABELS[k]["file"], EXT[k]) for k in LABELS if EXT[k] in ("docx", "pdf")}
    for key in LABELS:
        if EXT[key] in ("txt", "md"):
            (OUT / LABELS[key]["file"]).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", LABELS[key]["file"])
    write(SOURCES, targets, OUT, wrap_words=True)

    fired = set()
    problems = []
    print()
    print("%-66s %-6s %s" % ("file", "size", "expected rules (risk)"))
    for key, lab in LABELS.items():
        path = OUT / lab["file"]
        text = read_back(path)
        t, x = lab["expected_terms"], lab["expected_extra"]
        if lab["language"] == "zh":
            size = len(text)
            if not 2800 <= size <= 3300:
                problems.append("%s: %d characters" % (key, size))
        else:
            size = len(text.split())
            if not 1500 <= size <= 1700:
                problems.append("%s: %d words" % (key, size))
        for hit in threshold_hits(text) + threshold_hits(SOURCES[key]):
            problems.append("%s: threshold figure %s %r in %r" % ((key,) + hit))
        # derived values off every threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, key
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 0.005, key
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 5, key
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 2, key
        assert t["warranty_months"] is None or t["warranty_months"] != 12, key
        assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - 15) > 1, key
        if key in TCO:
            assert abs(TCO[key][1] - 40) > 2, key
        derived = policy_rules(key)
        if derived != lab["expected_rules"]:
            problems.append("%s: expected %s but my policy reading gives %s" % (key, lab["expected_rules"], derived))
        fired.update(lab["expected_rules"])
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"
        print("%-66s %-6d %s (%s)" % (lab["file"], size, rules, risk(lab["expected_rules"])))
    for key, (total, share) in TCO.items():
        print("TCO %s: %.2f CNY, post-warranty share %.2f %%" % (key, total, share))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append("rules never expected: %s" % missing)
    mix = sorted(len(l["expected_rules"]) for l in LABELS.values())
    print("findings per contract:", mix)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed; every one of the %d CR rules is expected at least once" % len(ALL_RULES))


if __name__ == "__main__":
    main()
