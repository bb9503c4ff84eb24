"""Builds the holdout1100 set: ten ordinary draft contracts (5 zh, 5 en) and their .json labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written from the sources below; .docx / .pdf through ../word_pdf.py (PDF lines broken at word
  boundaries, as holdout15 onwards).
- Labels (.json) are written from DESIGN below; each draft's expected rules are derived from its labels with this
  file's reading of policy section 3 (derive_rules) and compared with the design list; all 20 CR rules must be covered.
- Checks: price / payment sums, text lengths as read back from the built files, no label value on a policy threshold,
  and no threshold figure anywhere in the built texts (regex self-tested on must-hit / must-miss strings).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
Z01 = """T:定点药店医保智能监管平台建设项目合同书
P:合同编号：YBJ-ZFCG-2027-018　采购方式：公开招标（政府采购）
P:甲方（采购人）：××市医疗保障局
P:乙方（供应商）：××智慧医疗科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就定点零售药店医保智能监管平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“药店医保智能监管平台”软件许可一套，覆盖全市定点零售药店2,380家，许可为永久许可，不限终端数量。
P:1.2 乙方按甲方需求完成定制开发：药店进销存数据对接接口、电子处方流转核验模块、医保结算明细比对模块、视频监管接入模块、违规线索预警规则库及监管驾驶舱。
P:1.3 乙方负责平台部署、历史数据初始化、与省医保信息平台的联调以及对甲方及各区分局人员的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零肆万元整（¥2,040,000），其中：平台软件许可费¥1,160,000；定制开发费¥735,000；部署实施及数据初始化费¥118,000；培训费¥27,000。
P:2.2 合同总价为固定价，包含乙方履行本合同所需的全部费用及税费，甲方不再另行支付任何费用。
P:2.3 合同履行期间因甲方需求变更增加的工作量，由双方按投标文件所列人天单价另行书面确认，不计入本合同总价。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥408,000。
P:3.2 平台上线试运行满60日并通过初步验收后，甲方支付合同总价的45%，即¥918,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥714,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付的规定办理付款。
P:3.5 乙方应在合同签订后7个工作日内向甲方提交合同总价5%的履约保证金（银行保函形式），有效期至最终验收合格后30日。乙方未履行合同义务的，甲方有权从履约保证金中扣除相应违约金和赔偿金。
H:第四条 实施进度
P:4.1 乙方应于合同签订后90日内完成平台部署及定制开发，并提交初步验收申请；于初步验收后60日内完成全部整改并申请最终验收。
P:4.2 乙方应指派具有同类项目经验的项目经理常驻甲方现场，未经甲方同意不得更换。项目组核心人员名单作为本合同附件，乙方更换核心人员须提前10日书面申请。
P:4.3 乙方应为甲方及各区分局业务、技术人员提供不少于6期集中培训，每期不少于2日，并提供培训教材和操作视频；培训效果以甲方组织的上机考核为准。
P:4.4 甲方应为乙方提供必要的工作场所、网络接入条件及业务配合，及时确认需求规格说明书和原型设计，确认期限一般不超过5个工作日。
H:第五条 验收
P:5.1 初步验收标准：招标文件技术需求逐项实现；2,380家药店进销存数据日对接成功率不低于99%；处方流转核验响应时间不超过2秒；500名用户并发访问时页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间无一级故障；预警规则准确率经甲方抽样复核不低于95%；通过第三方机构的网络安全等级保护三级测评和商用密码应用安全性评估；源代码、技术文档及操作手册全部移交。
P:5.3 乙方应在提交验收申请时同时提交测试报告、部署文档、接口说明和数据初始化核对记录，甲方在收到完整资料后15个工作日内组织验收。
P:5.4 验收由甲方组织，可邀请专家参加，验收结论以书面形式作出。平台上线、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥104,400，该价格自质保期满起三个服务年度内不得上调。维护合同期满不自动续期，由双方另行签订。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或医保结算比对中断）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减服务费¥1,500；月度可用率每低于约定值0.01个百分点，扣减¥2,000，从维护费或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久的使用许可。
P:8.2 为本项目定制开发的接口、模块、规则库、驾驶舱及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全
P:9.1 平台中的药店经营数据、医保结算数据、参保人信息均属于甲方所有，乙方仅可为履行本合同处理该等数据，不得用于其他任何目的，不得留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，采取访问控制、加密存储、操作审计等措施；远程运维须经甲方审批并通过堡垒机进行；不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政责任。
P:9.4 合同终止或维护服务结束时，乙方应将其因履约接触的全部数据及副本返还甲方或按甲方要求彻底删除，并出具书面删除确认函；乙方人员离场前应签署数据清退承诺书。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、监管规则及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署、开发或验收整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方提交的成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方根据影响程度协商延期或部分免责。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：　　　　　乙方（盖章）：
P:代表人签字：　　　　　代表人签字：
P:签订日期：2027年　月　日
"""
Z02 = """T:婴儿推车总装线控制系统改造合同
P:合同编号：BW-SB-2027-031
P:甲方（买方）：浙江××童车制造有限公司
P:乙方（卖方）：××自动化工程有限公司
P:甲方拟对其电动婴儿推车三条总装线及一条电机装配线的控制系统进行改造升级。乙方具备相应的设计、供货、安装和调试能力。双方经友好协商，就设备及软件供货、改造实施和后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 将现有继电器及老旧PLC控制系统更换为新型PLC控制系统，包括电控柜、I/O模块、伺服驱动与电机、工业触摸屏；新增两套车架焊点与折叠机构视觉检测工位；部署产线MES数据采集软件，实现节拍、良率、停机原因的实时采集。
P:1.2 乙方负责方案设计、设备供货、拆旧安装、PLC及HMI程序编制、单机和联机调试、停线切换以及操作维护人员培训。
P:1.3 改造须利用甲方春节停产及周末窗口分线实施，每条线停线时间不得超过6个自然日。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾万元整（¥1,600,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块（四条线）|4套|486,000
TB:2|伺服驱动器及伺服电机|56轴|312,000
TB:3|工业触摸屏HMI|18台|117,000
TB:4|视觉检测工位（相机、光源、工控机、检测软件）|2套|276,000
TB:5|产线MES数据采集软件许可（永久）|1套|189,000
TB:|软硬件小计||1,380,000
TB:6|安装调试及停线切换|1项|146,000
TB:7|程序编制与培训|1项|74,000
TB:|合同总价||1,600,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、培训及税费。除经双方书面确认的设计变更外，甲方不承担任何额外费用；设计变更涉及价格调整的，以双方签署的变更单为准。
H:第三条 付款
P:3.1 合同生效后10日内，甲方支付合同总价的10%作为预付款，即¥160,000。
P:3.2 全部设备到货并安装完毕，经甲方签收后，甲方支付合同总价的55%，即¥880,000。到货签收不代表质量验收。
P:3.3 四条线全部通过最终验收后15日内，甲方支付合同总价的35%，即¥560,000。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后75日内完成全部设备到货，并于到货后45日内完成四条线的改造及联机调试。
P:4.2 乙方进入甲方厂区施工，应遵守甲方安全生产、动火作业和洁净车间管理制度，施工人员须接受甲方安全培训。
P:4.3 乙方应在合同生效后10日内提交详细的改造实施计划，列明每条线的停线时间、切换步骤、回退方案及人员安排，经甲方书面确认后执行。因乙方原因超出约定停线时间的，视为逾期完成改造。
P:4.4 甲方负责提供施工用电、压缩空气接口、临时仓储场地，并指派设备部工程师作为现场联络人，协调生产计划与施工窗口。
P:4.5 乙方应对甲方电工、设备维护人员及班组长进行不少于5期培训，内容包括PLC程序结构、HMI操作、视觉检测参数调整、常见故障排除，培训结束后进行实操考核。
H:第五条 验收
P:5.1 每条线改造完成后连续满负荷运行15个工作日，达到以下标准方可申请最终验收：生产节拍不低于每台46秒；因控制系统原因造成的停机累计不超过3小时；视觉检测漏检率不高于0.2%，误判率不高于1.5%；MES采集数据与人工点检记录一致率不低于99%；安全光栅、急停回路经功能测试全部有效。
P:5.2 验收由甲方设备部、生产部和品质部共同进行，出具书面验收报告。设备投入生产使用不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改并重新申请验收，因此发生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因的故障，乙方免费修理或更换，软件免费升级。
P:6.2 质保期满后，乙方提供年度维保服务（定期巡检、备件更换、程序优化及远程支持），年度维保费按软硬件小计的28%计取，即每年¥386,400。该单价自最终验收之日起六年内不予上调，维保合同按年签订。
P:6.3 乙方应在甲方厂区存放常用备件（伺服驱动器、I/O模块、相机各不少于2件），备件清单作为附件；质保期内消耗的备件由乙方及时补足。
P:6.4 一级故障（整线停机）：乙方接到通知后30分钟内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位失效）：2小时内响应，24小时内修复。
P:6.5 乙方响应或到场超时的，每超时1小时向甲方支付¥800；因乙方原因整线停机超过8小时的，每超出1小时另行支付¥2,000。
H:第七条 知识产权
P:7.1 视觉检测软件及MES采集软件的标准产品知识产权归乙方或其原厂所有，甲方取得永久使用许可。
P:7.2 为甲方编制的PLC程序、HMI画面、视觉检测配方、电气图纸及其源文件归甲方所有，乙方应在验收时全部移交，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 产线采集的生产数据、工艺参数及产品图像均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方审批，使用甲方指定的VPN账户并全程记录；不得在乙方设备中留存甲方数据。
P:8.3 因乙方原因导致数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施，并赔偿甲方由此遭受的全部损失。
P:8.4 乙方交付的工控机、HMI及视觉检测设备应关闭不必要的端口和服务，出厂前完成病毒查杀；MES采集软件与甲方办公网之间须通过工业防火墙隔离，访问策略经甲方信息部审批。
H:第九条 保密
P:9.1 双方对在履行本合同中获知的对方技术资料、工艺参数、产能信息等商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方提供的设备不符合约定规格或经整改仍未通过验收的，甲方有权要求乙方更换，或退货并要求乙方返还相应价款。
P:10.4 因乙方施工造成甲方设备损坏或人员伤亡的，乙方承担全部赔偿责任。
H:第十一条 分包
P:11.1 乙方不得转包本合同。电控柜的配线加工如需委托第三方，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 任何一方因不可抗力不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
P:12.3 合同解除后，乙方应配合甲方恢复原有控制系统或完成已改造部分的交接，并移交已完成的程序和图纸，相关费用按责任方承担。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交嘉兴仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备技术规格书、改造实施计划、验收测试方案。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　日期：
"""
Z03 = """门店预约及会员管理系统订阅服务合同

合同编号：SN-IT-2027-006
甲方：成都××整理收纳培训有限公司（连锁门店40家）
乙方：××云软件有限公司

甲方为统一管理其40家直营门店的课程预约、会员储值和学员档案，拟订阅乙方的“门店预约及会员管理系统”（以下简称“系统”），并由乙方完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务：乙方通过其云平台向甲方提供系统的使用权，包括门店端（预约排课、收银核销、学员档案、讲师排班）、总部管理端（会员体系、储值卡、营销活动、经营报表）以及面向学员的微信小程序。
（二）实施服务：乙方负责40家门店的系统开通、历史会员及储值余额迁移、课程产品配置、小程序上线、总部及门店人员培训。
（三）本合同服务期为两个服务年度。首个服务年度自系统上线验收合格之日起算，第二个服务年度自首个服务年度届满次日起算。

二、合同价款
（一）订阅费：门店端每店每个服务年度4,800元，40家门店合计192,000元；总部管理端及小程序每个服务年度36,000元。每个服务年度订阅费合计228,000元，两个服务年度合计456,000元。
（二）实施费：一次性68,000元。
（三）合同总价：524,000元（含税），包括两个服务年度的订阅费和一次性实施费，服务期内订阅单价固定不变。新增门店按门店端单价及剩余服务天数折算，另行结算，不计入合同总价。

三、付款方式
（一）实施费在系统上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（三）乙方收款前应开具增值税专用发票。甲方不向乙方支付任何预付款。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成全部40家门店的开通和数据迁移，并提交上线验收申请。
（二）上线验收标准：
1. 合同附件所列功能全部可用；
2. 迁移的会员人数、储值余额、剩余课时与甲方原系统导出数据逐条核对一致；
3. 预约、核销、储值消费在门店高峰期（200名学员同时在线）页面响应不超过2秒；
4. 小程序通过微信平台审核并正式发布；
5. 每家门店至少2名员工通过乙方组织的操作考核。
（三）甲方在收到验收申请后7个工作日内组织验收并书面确认。系统开通或门店试用均不视为验收合格。验收不合格的，乙方应在7日内整改后重新提交。

（四）乙方应指定一名实施经理全程负责，按“总部先行、门店分三批上线”的方式推进，每批上线前应完成数据核对和门店演练，上线当日安排人员到店或远程值守。
（五）甲方负责提供原系统数据导出文件、门店及课程基础资料，并指定总部联络人及时确认配置方案。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日23:00至次日7:00之间并提前48小时通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、收银或核销）：30分钟内响应，3小时内恢复；
2. 二级故障（单店或单一功能不可用）：2小时内响应，1个工作日内解决；
3. 三级问题（咨询、报表调整）：1个工作日内答复。
（三）服务抵扣：月度可用率每低于约定值0.1个百分点，按当月订阅费的5%抵扣；一级故障响应每超时1小时，抵扣当月订阅费的2%。抵扣在下一期订阅费中扣除，服务期最后一个月的抵扣以现金退还。
（四）乙方每月5日前向甲方提供上月服务报告，列明可用率、故障清单及处理时长。

（五）订阅期内乙方应免费提供系统版本升级、安全补丁及7×12小时在线客服；涉及门店操作方式重大变化的升级，乙方应提前10日通知甲方并提供培训材料。
（六）乙方应对收银、储值等涉及资金的功能提供操作日志，日志保存期限不少于三年，甲方可随时查询和导出。

六、续期
（一）服务期满前30日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期期间的订阅单价由乙方根据其届时公布的价格体系确定，乙方应在服务期满前以邮件方式通知甲方新单价。

七、知识产权
（一）系统及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门配置或开发的会员等级规则、营销活动模板、定制报表及相关文档归甲方所有，甲方可自由使用、修改或交由第三方使用。

八、数据归属与数据安全
（一）甲方及其学员在系统中产生的会员信息、消费记录、课程记录等全部数据属于甲方，乙方仅为提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、日志审计及每日备份措施；学员手机号、身份证号等个人信息应脱敏显示。
（三）发生数据泄露、毁损或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的全部损失及对学员的赔偿责任。
（四）服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。
（五）乙方员工访问甲方数据须经授权并逐次记录，乙方每个服务年度至少进行一次渗透测试，并将测试结论及整改情况书面告知甲方。

九、保密
双方对在合作中获悉的对方经营信息、会员资料、价格政策等非公开信息负有保密义务，未经对方书面同意不得披露给第三方。乙方应要求其参与本项目的员工签署保密承诺。本条在合同终止后三年内有效。

十、违约责任
（一）乙方未按第四条约定期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。
（四）因乙方系统故障导致门店储值、课时数据错误的，乙方应在24小时内完成核对更正，并赔偿甲方因此向学员退赔的款项。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、乙方的其他义务
（一）乙方应确保系统符合《个人信息保护法》及微信小程序平台规则，学员授权页面及隐私政策文本由乙方提供、甲方确认。
（二）乙方应按甲方要求配合对接甲方已使用的财务软件及支付通道，接口费用已包含在实施费中。
（三）服务期内乙方公司名称、云平台或数据中心发生变更的，应提前30日书面通知甲方。
（四）乙方应为甲方总部提供专属客户成功经理，每季度与甲方召开一次服务回顾会，提交门店使用率分析和优化建议。

十三、合同解除
（一）乙方严重违约，或连续两个月可用率低于约定值，经甲方书面通知后15日内未改正的，甲方有权解除合同，并要求乙方退还未履行服务期对应的订阅费。
（二）因不可抗力导致合同无法履行的，双方均可解除合同，互不承担违约责任。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、数据迁移方案。

甲方（盖章）：　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　日期：
"""
Z04 = """××县光伏电站集中监控系统年度运维服务合同

项目编号：NYJ-CS-2027-004（竞争性磋商）
甲方（采购人）：××县能源局
乙方（成交供应商）：××新能源技术服务有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》、本项目竞争性磋商文件及乙方响应文件，甲乙双方就县域光伏电站集中监控系统的年度运维服务达成一致，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象：县光伏电站集中监控中心的监控平台软件、数据采集服务器、通信网关、视频监控系统，以及接入平台的14座村级及屋顶分布式光伏电站（合计装机容量约38.6兆瓦）的数据采集终端和通信链路。
（二）服务内容：监控平台日常运行维护与值守；数据采集终端、通信网关的巡检和故障处理；平台软件缺陷修复、版本升级和功能完善；备品备件供应；网络安全加固及配合等级保护测评；发电量统计及月度、年度运行分析报告。
（三）服务期：自2027年3月1日起至2028年2月29日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第二条 合同价款
（一）合同总价为人民币肆拾柒万玖仟元整（¥479,000），其中：监控平台日常运维与值守¥268,000；系统软件维护及升级¥96,000；备品备件包干¥74,000；网络安全加固及等保测评配合¥41,000。
（二）合同总价为固定包干价，包含人员、差旅、车辆、工具、备件、税费等全部费用。
（三）单件价格超过5,000元的非易损设备更换，不在包干范围内，由乙方报价、甲方书面确认后另行结算。

第三条 付款方式
（一）服务费按季度支付，每季度服务费为¥119,750。
（二）每季度结束后，乙方提交季度运维报告，甲方在确认报告后20个工作日内支付该季度服务费。
（三）本合同不设预付款。

第四条 服务接管与验收
（一）乙方应于2027年3月1日前完成进场，与原运维单位办理交接，对平台、终端和链路逐项核查并形成接管清单，经甲方确认后视为接管完成。
（二）年度服务验收标准：
1. 平台年度可用率不低于99.95%；
2. 14座电站数据采集完整率不低于98%，数据延迟不超过5分钟；
3. 按计划完成每月一次远程巡检、每季度一次现场巡检，巡检记录完整；
4. 全年发生的一级、二级故障均按第五条时限处理并闭环；
5. 等保测评中涉及运维责任的问题全部整改完毕；
6. 运维文档、台账、月度及年度报告齐全。
（三）服务期满前15日，乙方提交年度服务总结，甲方组织验收并出具书面结论。验收不合格的，乙方应在甲方指定期限内完成整改，整改完成前甲方可暂缓支付最后一个季度的服务费。
（四）服务期满或合同解除时，乙方应向甲方或甲方指定的新运维单位完整移交平台账号、配置文件、运维台账和剩余备件，并配合交接不少于10个工作日。

第五条 服务水平
（一）乙方应安排2名专职运维人员在监控中心驻场，工作日8:30至17:30值守，其余时间电话值班。
（二）故障分级及处理时限：
1. 一级故障（监控平台整体中断，或3座以上电站数据同时中断）：30分钟内响应，3小时内到达现场，8小时内恢复；
2. 二级故障（单座电站数据中断或视频中断）：1小时内响应，次日内到达现场，24小时内恢复；
3. 三级故障（单点数据异常、报表错误）：2个工作日内处理。
（三）乙方应在每月5日前提交上月运维报告，内容包括平台可用率、故障清单及处理时长、发电量统计和隐患整改建议；年度报告应对各电站发电效率、设备故障率进行对比分析，并提出下一年度的运维建议。

（四）遇汛期、冰冻、台风等极端天气，乙方应提前制定专项保障方案，增加巡检频次，并安排人员24小时待命。
（五）乙方应建立备品备件台账，数据采集终端、通信网关、交换机等关键备件在监控中心常备不少于2套，使用后10日内补足。

第六条 运维人员与安全生产
（一）乙方驻场人员应具备电工作业证和登高作业证，项目负责人应具有三年以上光伏运维经验。乙方更换驻场人员须提前7日书面告知甲方并经甲方同意。
（二）乙方人员进入电站现场须严格执行工作票、操作票制度，落实停电、验电、挂牌等安全措施；屋顶电站作业应配备安全带和防坠设施。
（三）乙方应为驻场及现场作业人员购买意外伤害保险，保险凭证在进场前报甲方备案。

第七条 甲方义务
（一）甲方提供监控中心办公场所、平台服务器机房的进入授权以及电站现场的通行协调。
（二）甲方指定专人负责日常联络、审核运维报告和组织验收。
（三）甲方应将电站产权单位、电网公司等相关方的联系人及联络方式告知乙方，并协调乙方进入村级电站和屋顶电站现场。

第八条 知识产权
乙方在服务期间形成的运维报告、巡检台账、配置脚本、数据分析模型及平台功能完善成果均归甲方所有，甲方可自由使用和修改。乙方原有工具软件的知识产权不因本合同转移。

第九条 数据安全
（一）监控平台采集的发电数据、设备运行数据、视频资料及用户信息均属于甲方所有，乙方仅可为履行运维职责使用，不得复制、留存或向任何第三方提供。
（二）乙方应落实网络安全责任：运维操作通过甲方堡垒机进行并留存日志；不得擅自开通远程访问通道；使用的移动存储介质须经甲方登记和病毒查杀。
（三）发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任和损失。
（四）乙方应每季度开展一次平台漏洞扫描和弱口令核查，发现的高危漏洞应在7日内完成修复；平台重要配置变更须提前报甲方审批，并做好变更前备份。

第十条 保密
乙方及其人员对在服务中知悉的电站布局、网络拓扑、账号口令及甲方未公开的资料负有保密义务，未经甲方书面同意不得向他人披露。保密义务在本合同终止后继续有效。

第十一条 分包
乙方可将光伏组件清洗、站区除草、线缆敷设等辅助性工作交由第三方实施，但应提前5个工作日书面告知甲方第三方名称和工作内容。乙方对第三方的工作质量和安全承担全部责任。

第十二条 违约责任
（一）乙方未按第四条约定时间完成进场接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方未按巡检计划完成巡检或提交虚假巡检记录的，应在甲方要求期限内补做，并向甲方书面说明原因。
（三）乙方人员在电站作业期间发生安全事故的，由乙方自行承担全部责任。
（四）甲方无正当理由逾期付款的，按应付金额每日万分之二向乙方支付逾期付款违约金。

第十三条 合同解除
（一）乙方未履行主要服务义务，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，按实际服务天数结算，并要求乙方赔偿损失。
（二）因不可抗力导致合同无法履行的，双方可协商解除合同。

第十四条 争议解决
本合同适用中华人民共和国法律。发生争议时双方协商解决，协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方二份，经双方盖章后生效。附件：运维对象清单、巡检计划、应急预案。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""
Z05 = """# 软件许可及定制开发合同

> 云织工艺追溯系统 · 标准合同文本 V1.3（乙方范本）

**合同编号：** YZ-LIC-2027-0112

**甲方（客户）：** 苏州××蓝染工作室（个人独资企业）

**乙方（服务商）：** 杭州云织数字科技有限公司

甲方拟在其扎染、蜡染及植物蓝染生产中使用乙方的“云织工艺追溯系统”，记录从坯布入库、靛蓝发酵、浸染、氧化、固色、水洗到成品出库的全过程，并按甲方的工艺特点进行定制开发。双方依据《中华人民共和国民法典》，本着平等自愿原则签订本合同。

## 第一条 定义

1.1 “系统”指乙方享有著作权的云织工艺追溯系统标准版软件及其后续版本。

1.2 “定制开发成果”指乙方根据甲方需求在系统基础上开发的功能模块、配置、程序代码、报表及相关文档。

1.3 “上线”指系统在甲方指定的服务器或乙方云主机上完成安装部署并可登录使用。

1.4 “工作日”指中华人民共和国法定工作日；“工作时间”指工作日的9:00至18:00。

1.5 “维护服务”指乙方对系统提供的远程技术支持、缺陷修复和版本升级服务，不包括新功能开发和现场服务。

## 第二条 合同内容与价格

2.1 乙方向甲方提供系统标准版许可（10个并发用户，永久许可），并完成以下定制开发：染缸批次与发酵周期记录模块、色卡比对与配方版本管理、订单与批次追溯码（扫码查看染色工艺）、手机端工序报工。

2.2 合同价格如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云织工艺追溯系统标准版许可 | 168,000 |
| 2 | 定制开发（四个模块） | 236,000 |
| 3 | 部署及培训 | 26,000 |
| | 合计 | 430,000 |

2.3 系统许可仅限甲方在其苏州工作室及所属染坊内部使用，并发用户数超过10个的，每增加1个并发用户按6,800元另行购买许可。甲方新增经营场所需使用系统的，应事先书面通知乙方。

2.4 以上价格为含税价。甲方需求变更导致的工作量增加，按乙方人天单价2,800元另行计费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，即人民币279,500元。乙方收到该款项后启动开发。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即人民币150,500元。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金；逾期超过30日的，乙方有权暂停服务并停止系统授权。

3.4 乙方在收到每期款项后10个工作日内向甲方开具增值税普通发票。甲方要求开具专用发票的，应提供完整的开票资料。

## 第四条 开发与上线

4.1 乙方在收到首期款后开始需求调研，一般在60个工作日内完成开发和部署。因甲方提供资料不及时、需求变更或其他非乙方原因造成延误的，工期相应顺延。

4.2 系统可部署在甲方自备服务器上，也可部署在乙方代为租用的云主机上。选择云主机的，云主机租赁费用由甲方另行承担，乙方按年度代收代付。甲方自备服务器的，服务器配置、操作系统及数据库应符合乙方提供的环境要求，因环境不符导致的问题由甲方负责。

4.3 乙方为甲方提供两次集中培训，每次不超过半天，培训对象为甲方管理人员和染坊班组长。超出部分按乙方人天单价另行计费。

4.4 甲方应指定对接人，及时提供工艺流程说明、色卡、历史配方资料，并对原型设计进行确认。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方如对系统功能有异议，应在上线后3个工作日内以书面形式提出，逾期未提出的，视为甲方对全部交付内容无异议。甲方开始使用系统的，视为已经验收。

## 第六条 维护与技术支持

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持和缺陷修复。

6.2 乙方将尽商业上合理的努力，在工作日工作时间内通过电话、微信或远程方式答复甲方的问题，具体处理时间视问题复杂程度而定。

6.3 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应按乙方届时公布的年度服务价格标准购买年度维护服务。未购买维护服务的，乙方不再提供任何支持。

6.4 现场服务按乙方差旅及人天标准另行收费。

6.5 甲方应自行负责服务器、网络、扫码枪、手机等终端设备的维护，以及系统账号和密码的保管。因甲方操作不当、擅自修改数据库或第三方软件冲突造成的故障，乙方可协助处理，但有权另行收费。

## 第七条 知识产权

7.1 系统及定制开发成果（包括源代码、数据库设计、报表模板和文档）的全部知识产权归乙方所有。

7.2 乙方授予甲方在本合同约定范围内非独占、不可转让的使用权。甲方不得对系统或定制开发成果进行反编译、修改，不得许可或提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方录入系统的订单、客户、工艺配方、染色参数等业务数据归甲方所有。

8.2 甲方同意，乙方可在去除甲方名称等识别信息后，将上述数据用于产品优化、行业工艺数据库建设，以及向其他客户提供工艺推荐和数据分析服务。

8.3 乙方对系统采取数据加密、访问控制和定期备份措施。发生数据泄露的，乙方应在知悉后24小时内通知甲方，并协助甲方采取补救措施；因乙方过错造成数据泄露的，乙方依照本合同第十条承担责任。

## 第九条 保密

9.1 双方对因本合同获知的对方商业秘密（包括甲方的染色配方、客户名单及乙方的技术资料、报价）负有保密义务，未经对方书面同意不得向第三方披露，但第八条另有约定的除外。

9.2 保密义务在本合同终止后三年内有效。

## 第十条 责任限制

10.1 乙方对甲方因使用系统所遭受的间接损失、利润损失、数据丢失不承担责任。

10.2 乙方在本合同项下的累计赔偿责任总额，以合同总价的20%为限。

10.3 甲方因使用盗版操作系统、数据库或病毒感染导致的损失，由甲方自行承担。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，甲方已付款项不予退还。

11.3 合同解除或终止后，甲方可在30日内申请导出其业务数据，乙方以Excel格式提供，导出服务费按乙方人天单价计取。逾期未申请的，乙方有权删除相关数据。

## 第十二条 不可抗力

12.1 因不可抗力或网络运营商、云服务商故障、政府管制等乙方无法控制的原因导致系统不能正常使用的，乙方不承担责任。

12.2 受不可抗力影响的一方应及时通知对方，并在合理期限内提供证明。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同条款为乙方标准条款，双方另有书面补充约定的，以补充约定为准。

甲方（签章）：________　　　　乙方（签章）：________

日期：________　　　　　　　　日期：________
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CQ-SZ-2027-014
P:This Agreement is made between Suzhou Hengrui Precision Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu (the "Customer"), and Lough Fea Quality Systems Limited, a company incorporated in Ireland with its registered office at Main Street, Carrickmacross, Co. Monaghan, Ireland (the "Vendor").
P:The Customer manufactures machined and stamped components for automotive and medical-device clients and wishes to replace its paper-based and spreadsheet quality records with the Vendor's quality management software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's QualiTrace quality management suite, release 8, comprising the document control, non-conformance and CAPA, audit management, supplier quality, calibration and training-records modules, with its documentation.
P:1.2 "Custom Deliverables" means all configurations, workflows, report templates, interface programs, data migration scripts and documents created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the course of the Customer's business, including quality records, drawings, supplier data and personal information of employees.
P:1.4 "Go-Live" means the first day on which the Software is used in production at the Customer's Suzhou plant.
P:1.5 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in China for its internal business, for up to 300 named users, together with the right to make copies for backup, testing and disaster recovery.
P:2.2 The Vendor shall implement the Software: confirm the requirements, configure the modules, build interfaces to the Customer's ERP and MES systems, migrate the quality records of the last seven years, validate the system and train key users and administrators.
P:2.3 The detailed scope, project plan and interface specifications are set out in Annex 1 and Annex 2.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,800,000 (one million eight hundred thousand yuan), inclusive of VAT, consisting of: Licence Fee CNY 1,260,000; Implementation Services CNY 410,000; Data Migration CNY 96,000; Training CNY 34,000.
P:3.2 The Contract Price is fixed. It includes all travel, accommodation, translation and third-party costs of the Vendor. No other charge is payable unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 360,000) is payable within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 45% of the Contract Price (CNY 810,000) is payable within 30 days after Go-Live. Go-Live and the Customer's production use of the Software do not constitute acceptance.
P:4.3 35% of the Contract Price (CNY 630,000) is payable within 30 days after Final Acceptance.
P:4.4 The Vendor shall issue valid Chinese VAT invoices, through its appointed agent in Shanghai, for each payment. Payments are made in CNY by bank transfer.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 110 days after signature and shall apply for Final Acceptance within 60 days after Go-Live.
P:5.2 The acceptance criteria are: (a) every function in Annex 1 passes the agreed test scripts; (b) migrated records reconcile with the source data by record count and by a random sample of 500 records checked field by field, with no unresolved discrepancy; (c) the ERP and MES interfaces run for 20 consecutive working days without data loss; (d) report and search response time is no more than 3 seconds with 80 concurrent users; (e) no open Severity 1 or Severity 2 defect; and (f) the validation report and administrator documentation are delivered.
P:5.3 The Customer shall complete its acceptance tests within 15 working days after the Vendor's written application. If the criteria are met, the Customer issues the Final Acceptance certificate. If not, the Vendor shall correct the defects at its own cost and the tests are repeated.
P:5.4 Neither installation, Go-Live, production use nor any payment shall be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation and Annex 1 for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide new releases and patches, and provide support, all free of charge.
P:6.2 Severity 1 (the Software is unavailable, or a function needed to release products is blocked): response within 1 hour, workaround within 8 hours, permanent fix within 5 working days. Severity 2 (a major function is impaired): response within 2 hours and fix within 3 working days. Severity 3: response within 1 working day.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 or Severity 2 response or workaround time, the Vendor shall pay the Customer CNY 1,200, which the Customer may set off against any amount due.
P:6.4 After the warranty period, the Customer may order annual support and upgrades at 11% of the Licence Fee per year (CNY 138,600), a price fixed for the three years following the end of the warranty period. Each year of support is ordered by a separate purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including source code of interface programs and migration scripts, belong to the Customer upon creation. The Customer may use, modify and license them to third parties freely. The Vendor shall deliver the source code and documentation at Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe an intellectual property right.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process it only to perform this Agreement and shall not use it for any other purpose, nor keep copies after completion of the work.
P:8.2 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC. Remote access to the Customer's systems is permitted only through the Customer's VPN and jump server, with prior approval for each session, and all sessions are logged. Customer Data shall not be transferred outside mainland China.
P:8.3 The Vendor shall notify the Customer of any actual or suspected security breach affecting Customer Data within 12 hours after becoming aware of it, take all necessary remedial measures and cooperate with any investigation. The Vendor is liable for all losses caused to the Customer by a breach attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information of the other party, including drawings, quality data, customer lists and prices, and use it only for the purposes of this Agreement. These obligations survive for seven years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live or apply for Final Acceptance by the dates in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8.
P:10.3 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund the amounts paid for services not accepted, and the Customer may keep using the Software and the Custom Deliverables already delivered.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by an event beyond its reasonable control, provided it gives prompt notice and takes reasonable steps to limit the effect. If the event lasts longer than 60 days, either party may terminate.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement and any non-contractual obligation arising from it are governed by the laws of Ireland.
P:14.2 The courts of Dublin, Ireland shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; both versions are equally valid. Notices shall be in writing and sent to the addresses above. Amendments must be in writing and signed by both parties.
P:Annex 1: Functional scope and test scripts. Annex 2: Project plan and interface specifications.
P:For the Customer: ____________________   For the Vendor: ____________________
"""
E02 = """# ORDER FORM AND GENERAL TERMS - WORKFORCE PLANNING SUBSCRIPTION

**Order Form No.:** MWS-CN-0427
**Provider:** Morar Workforce Software Ltd, registered in Scotland, Station Road, Mallaig, PH41, United Kingdom ("Provider")
**Customer:** Wuhan Jiangcheng Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the Provider and the Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Subscribed Service

ShiftWise, the Provider's cloud service for warehouse labour forecasting, shift scheduling, time and attendance capture and labour cost reporting, including the mobile app for warehouse staff and the supervisor console (the "Service"). The Service covers the Customer's three cold-storage warehouses in Wuhan (Dongxihu, Hannan and Jiangxia) and up to 150 named planner and supervisor users. Warehouse staff using the mobile app only to view shifts and clock in do not count as named users.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date on which the Provider issues production access credentials; the second Subscription Year starts on the first anniversary of that date. The Subscription Term ends at the end of the second Subscription Year. It may be extended only by a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 150 named users x CNY 1,560 | 234,000 |
| Subscription fee, Subscription Year 2 | 150 named users x CNY 1,560 | 234,000 |
| Onboarding services (one-time) | fixed price | 58,000 |
| **Total Contract Value** | | **526,000** |

Fees include VAT. The per-user price is fixed for the Subscription Term. Additional named users may be added at the same per-user price, pro rata to the end of the current Subscription Year; such additions are outside the Total Contract Value.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.
(b) The onboarding fee is invoiced after Go-Live Acceptance under Section B3 and is payable within 30 days after receipt of the invoice.
(c) No payment is due on signature of this Order Form.

### A5. Hosting and Support

The Service is hosted for the Customer in the Alibaba Cloud East China (Shanghai) region. Support is provided in Chinese and English through the support portal, by e-mail and by telephone. The service levels in Section B5 apply.

### A6. Onboarding Plan

The Provider shall complete onboarding within 50 days after signature of this Order Form: configure the three warehouse sites, shift patterns and labour rules; import 14 months of historical volume data from the Customer's warehouse management system; build the interface that sends approved hours to the Customer's payroll system; and train 150 users (planners and supervisors) in six sessions.

## PART B - GENERAL TERMS

### B1. Definitions

"Customer Data" means all data entered into or generated by the Service for the Customer, including warehouse volumes, staff names, shifts, clock-in records and labour costs. "Go-Live Acceptance" means the Customer's written confirmation under Section B3. "Customer Configurations" means the labour rules, forecast models tuned for the Customer, reports, dashboards and the payroll interface built for the Customer.

### B2. Use of the Service

2.1 The Provider grants the Customer a non-exclusive right to access and use the Service during the Subscription Term for its internal business purposes.
2.2 The Customer shall not resell the Service or attempt to reverse engineer it.
2.3 The Provider may improve the Service from time to time, provided that no change materially reduces its functions or security during the Subscription Term.

### B3. Onboarding and Go-Live Acceptance

3.1 When onboarding is complete, the Provider shall notify the Customer, which shall run acceptance tests within 10 working days.
3.2 Go-Live Acceptance requires that: (a) every site, shift pattern and labour rule in the agreed configuration workbook is configured and tested; (b) forecast accuracy on the last eight weeks of imported history is within 8% of actual daily volumes for each warehouse; (c) payroll export files for two complete pay periods match the hours approved in the Service with no discrepancy; (d) the mobile app works on the Customer's handheld terminals at all three sites; and (e) at least 120 users have completed training.
3.3 If any criterion is not met, the Provider shall correct the failure and the Customer shall test again. Use of the Service for planning before Go-Live Acceptance is not acceptance.

### B4. Delay

If Go-Live Acceptance is not achieved within the period in A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 36,000, and the Customer may deduct the amount from any invoice.

### B5. Service Levels

5.1 The Service shall be available at least 99.95% of each calendar month, excluding planned maintenance notified at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.
5.2 Priority 1 incidents (the Service or the mobile clock-in is unavailable at any warehouse): response within 30 minutes, 24 hours a day, and restoration or workaround within 3 hours. Priority 2 (a major function is impaired): response within 2 hours and resolution within 1 business day. Priority 3: response within 1 business day.
5.3 If monthly availability falls below the commitment, the Provider shall credit 3% of the monthly equivalent of the subscription fee for each 0.01 percentage point or part of it below the commitment, up to 50% of that monthly amount. Each Priority 1 response or restoration missed earns a further credit of CNY 2,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.
5.4 The Provider shall send a monthly service report showing availability, incidents and credits.

### B6. Customer Data and Data Security

6.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service under this Agreement and on the Customer's documented instructions, and shall not use it for any other purpose, including analytics, benchmarking or product development.
6.2 Customer Data is stored and processed only in mainland China. The Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the PRC, and shall maintain encryption in transit and at rest, role-based access with multi-factor authentication for administrators, audit logs kept for at least six months, daily backups and an annual penetration test.
6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, take remedial measures and provide a written incident report within five days. The Provider is liable for the losses and regulatory penalties caused by a security incident attributable to it.
6.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in CSV format and then delete it, and certify the deletion in writing.

### B7. Intellectual Property

7.1 The Service and all related software remain the property of the Provider.
7.2 Customer Configurations belong to the Customer. The Customer may use, modify and have them used by third parties without restriction, and the Provider shall deliver them in an exportable format on request.

### B8. Liability

8.1 Neither party is liable for indirect or consequential loss.
8.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.
8.3 Service credits under Section B5 and delay payments under Section B4 are not counted towards the limit in 8.2.

### B9. Subcontracting

The Provider shall not subcontract the performance of the Service without the Customer's prior written consent, except for the hosting provider named in A5, which the Customer approves by signing this Order Form. The Provider remains responsible for every subcontractor.

### B10. Term and Termination

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
10.2 The Customer may also terminate if monthly availability falls below the commitment in Section B5 in three consecutive months.
10.3 On termination by the Customer for the Provider's breach, the Provider shall refund the part of the subscription fee paid for the remainder of the Subscription Year.

### B11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules in force at the time. The award is final and binding.

### B12. General

Notices must be in writing to the addresses on this Order Form. Neither party may assign this Agreement without the other's written consent. This Agreement is executed in English and Chinese, and both versions have equal effect.

**Signed for the Customer:** ____________________    **Signed for the Provider:** ____________________
"""
E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software Licence
P:Contract No. WB-EQ-2027-0093
P:Buyer: Anhui Wanbei Cement Co., Ltd., Huaibei, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Slaney Sensing Technologies Limited, Gorey Business Park, Gorey, Co. Wexford, Ireland (the "Supplier").
P:The Buyer operates two clinker production lines and a cement grinding plant and wishes to monitor the vibration and temperature of its kiln drives, raw mills, cement mills, fans and conveyors continuously. The Supplier has offered wireless sensors, gateways and its monitoring software. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, the gateways, the mounting kits and all other items listed in clause 2.
P:1.2 "Software" means the Supplier's AssetPulse condition monitoring software, installed on servers provided by the Buyer at the Huaibei plant, with its documentation.
P:1.3 "Project Deliverables" means the asset models, alarm thresholds, fault libraries tuned for the Buyer's machines, dashboards, the interface to the Buyer's maintenance management system and all related configuration files and documents produced under this Contract.
P:1.4 "Buyer Data" means all measurements, waveforms, alarms, asset information and reports collected or produced by the Equipment and the Software for the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license and install the Software, configure it for 500 monitored assets, build the maintenance system interface and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,814,000, inclusive of VAT, import duties, freight to the Huaibei plant and insurance, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration and temperature sensor, ATEX version, with mounting kit|420|1,850|777,000
TB:2|Industrial gateway with 4G and Ethernet backhaul|36|9,400|338,400
TB:3|AssetPulse monitoring software, perpetual licence, 500 assets|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,601,400
TB:4|Installation, commissioning and asset configuration|1 lot|186,600|186,600
TB:5|Training (operators, reliability engineers, administrators)|1 lot|26,000|26,000
TB:|Contract Price|||1,814,000
P:2.3 The Contract Price is fixed and covers everything needed to complete the Supplier's obligations. Additional sensors ordered during the Contract are charged at the unit price above.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 55% of the Contract Price (CNY 997,700) is payable within 30 days after the Buyer signs the Installation Certificate confirming that all Equipment is delivered, installed and connected. The Installation Certificate is not acceptance.
P:3.3 45% of the Contract Price (CNY 816,300) is payable within 30 days after the Buyer signs the Final Acceptance Certificate.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's Chinese distributor on the Supplier's behalf.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Huaibei plant within 70 days after signature and complete installation within 40 days after delivery. Installation work on running machines shall be planned with the Buyer's production department and carried out during the planned kiln stops where needed.
P:4.2 The Supplier's staff on site shall follow the Buyer's safety rules, including permit-to-work, lock-out and hot-work procedures, and shall wear the protective equipment required by the Buyer.
P:4.3 If the Supplier fails to meet a delivery or installation date for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
P:4.4 The Buyer shall provide server hardware meeting the Supplier's written specification, network connections at the gateway locations, access to the plant and an engineer to coordinate the work. The Supplier shall confirm the gateway locations and the radio coverage by a site survey within 20 days after signature.
H:5. Acceptance
P:5.1 After installation the system shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor delivers readings to the Software at the configured interval, with at least 98% of scheduled readings received for each sensor; (b) battery life estimates for every sensor are above 3 years at the configured interval; (c) alarms are correctly raised on test signals injected at 20 assets chosen by the Buyer; (d) the maintenance system interface creates work orders from confirmed alarms without loss or duplication; (e) dashboards and reports match Annex 1; and (f) all documentation and training are complete.
P:5.2 The Buyer shall carry out the acceptance tests within 10 working days after the end of the 30-day run and sign the Final Acceptance Certificate if the criteria are met. Otherwise the Supplier shall correct the defects and the tests are repeated at the Supplier's cost.
P:5.3 Use of the Equipment or the Software, signature of the Installation Certificate or any payment does not amount to acceptance.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, replace sensor batteries that fail before their rated life, and provide Software updates and support, free of charge.
P:6.2 Severity 1 (the Software is down, or more than 10% of sensors stop reporting): response within 1 hour and restoration within 8 hours. Severity 2 (a gateway or a single sensor fails): response within 2 hours and replacement on site within 3 working days. Severity 3 (questions and minor issues): response within 1 working day.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 800; for each day by which it exceeds a Severity 2 replacement time, CNY 500.
P:6.4 The Supplier shall keep a stock of spare sensors and two spare gateways at the Huaibei plant during the warranty period, and shall replenish it within 10 days after each use. Replaced parts become the Supplier's property after any Buyer Data stored on them is erased in the Buyer's presence.
P:6.5 After the warranty period, the Buyer may buy annual support at 8% of the Hardware and Licence Subtotal per year (CNY 128,112), fixed for the first three years after the warranty. Each year is ordered separately; there is no automatic renewal.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the Equipment remain the property of the Supplier, which grants the Buyer a perpetual licence to use them with the Equipment.
P:7.2 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them to third parties without restriction. The Supplier shall hand over the editable files at Final Acceptance.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The Software and Buyer Data stay on the Buyer's servers in China. The Supplier may access them remotely only through the Buyer's VPN, after approval for each session, and shall not copy Buyer Data to its own systems. Gateways shall use encrypted connections and the passwords set by the Buyer.
P:8.3 The Supplier shall deliver the Equipment with default passwords disabled and unused ports closed, and shall apply security patches to the Software within 30 days after their release, after testing them on the Buyer's test server.
P:8.4 The Supplier shall report any security incident affecting Buyer Data or the Buyer's plant network within 6 hours, help to contain it and bear the losses caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including plant layouts, process data and prices, and shall not disclose it to any third party without prior written consent. This clause survives termination for three years.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation work without the Buyer's prior written consent. The Supplier is responsible for every approved subcontractor as for itself.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under clause 4.3 reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts received for Equipment and services not accepted, and shall pay the Buyer's additional cost of completing the work with another supplier.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final.
H:14. Miscellaneous
P:14.1 This Contract is made in English and Chinese, both versions having equal force. It takes effect when signed and sealed by both parties. Notices shall be given in writing to the addresses above, and by e-mail to the project managers named in Annex 2. No amendment is valid unless made in writing and signed by both parties.
P:Annex 1: Asset list, dashboards and reports. Annex 2: Installation plan and acceptance test procedure.
P:For the Buyer: ____________________   For the Supplier: ____________________
"""
E04 = """# MANAGED END-USER SERVICES AGREEMENT

**Agreement reference:** CMI-GZ-2027-03

**Customer:** Guangzhou Baiyun Kangda Pharmaceutical Distribution Co., Ltd., Baiyun District, Guangzhou, Guangdong, People's Republic of China (the "Customer")

**Supplier:** Cowal Managed IT Ltd, a company registered in Scotland, Argyll Street, Dunoon, PA23, United Kingdom, acting through its Guangzhou branch (the "Supplier")

**Background.** The Customer distributes medicines to hospitals and pharmacies across Guangdong from nine sites and has about 1,100 staff using desktops, laptops and handheld scanners. It wishes to outsource its IT service desk, on-site desktop support and device management to the Supplier for three years. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.
1.2 "Service Levels" and "Service Credits" mean those set out in Schedule 2.
1.3 "Charges" means the charges in Schedule 3.
1.4 "Term" means 36 months from the Service Commencement Date.
1.5 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under clause 3.
1.6 "Customer Data" means all data of the Customer and its staff, customers and suppliers that the Supplier receives, accesses or creates in providing the Services, including data stored on end-user devices and in the service desk tool.

## 2. Transition

2.1 The Supplier shall carry out the transition in Schedule 1 (part A) within 75 days after signature: take over the service desk from the Customer's internal team, load the asset inventory, configure the service desk tool, set up remote device management for all devices and place field engineers at the sites listed in Schedule 1.
2.2 The Customer shall provide access to its sites, current documentation, administrator accounts needed for the transition and a transition manager.
2.3 If the Service Commencement Date does not occur within the period in 2.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 2,500 for each day of delay, up to CNY 150,000.

## 3. Transition Acceptance

3.1 The Customer shall issue the transition acceptance certificate when: (a) all devices in the inventory are enrolled in remote management and reporting; (b) the service desk has handled live calls for ten working days in parallel with the internal team, meeting the Schedule 2 response times; (c) the knowledge base contains the agreed 180 articles in Chinese; (d) the field engineers have passed the Customer's site induction; and (e) the service reporting pack in Schedule 2 has been produced for the parallel period.
3.2 The Customer shall review the evidence within 5 working days after the Supplier's request. If a criterion is not met, the Supplier shall correct it and request acceptance again. Starting the Services before the certificate is signed is not acceptance.

## 4. Service Delivery

4.1 From the Service Commencement Date the Supplier shall provide the Services with the skill and care of an experienced managed services provider and in accordance with the Service Levels.
4.2 The Supplier shall keep a named service delivery manager for the Customer, hold a monthly service review and submit the monthly service report by the fifth working day of each month.
4.3 The Supplier shall follow the Customer's change management procedure for every change to devices, software images or configurations.
4.4 If the Supplier fails to meet a Service Level, it shall credit the Service Credits in Schedule 2 and submit a corrective action plan within 10 working days.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears.
5.2 Invoices are payable within 30 days after receipt of a valid VAT invoice. Service Credits are deducted from the invoice for the following month.
5.3 The Charges are fixed for the Term. A change in the number of supported users of more than 10% may be priced under clause 12.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Supplier may use Customer Data only to perform the Services and shall not use it for any other purpose.
6.2 At the end of the Term the Supplier shall hand over all Customer Data, the asset inventory and the service desk records to the Customer or to a new supplier named by the Customer.

## 7. Intellectual Property

7.1 The service desk tool and the Supplier's own methods remain the Supplier's property.
7.2 Knowledge articles, scripts, device images, procedures and reports created for the Customer belong to the Customer, which may use, modify and license them freely, also after the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including business plans, prices, customer lists and system documentation, and shall use it only for this Agreement.
8.2 Information may be disclosed to employees and advisers who need it and are bound by similar obligations, or where required by law.
8.3 This clause continues for three years after the end of the Term.

## 9. Liability

9.1 The Supplier's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 3.
9.2 The limit does not apply to death or personal injury caused by negligence or to wilful misconduct.
9.3 Neither party is liable for loss of profit or indirect loss.

## 10. Personnel and Subcontracting

10.1 The Supplier shall provide trained staff able to work in Mandarin and Cantonese, and shall replace any person the Customer reasonably objects to.
10.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for its subcontractors.

## 11. Term and Ending of the Agreement

11.1 This Agreement starts on signature and continues until the end of the Term. It may be extended only by written agreement of both parties; there is no automatic renewal.
11.2 This Agreement may be ended before the end of the Term only by written agreement of both parties. Where the Supplier fails to meet its obligations, the Customer's remedies are the Service Credits, the delay payments under clause 2.3 and damages within the limit in clause 9.
11.3 If a force majeure event prevents either party from performing for more than 90 days, either party may end this Agreement by written notice.
11.4 On expiry or ending of this Agreement the Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 3.

## 12. Changes

12.1 Either party may propose a change to the Services by written change request. A change takes effect only when both parties sign it, with any adjustment of the Charges.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.

## 14. General

14.1 This Agreement is signed in English and Chinese; both texts are equally authentic. Notices must be in writing. Neither party may assign this Agreement without the other party's written consent.

## Schedule 1 - Services

| Part | Service | Description |
|---|---|---|
| A | Transition | Knowledge transfer, inventory load, tool set-up, device enrolment, parallel run |
| B | Service desk | Chinese and English support by phone, portal, WeCom and e-mail, 07:00-22:00 every day; on-call engineer at other times |
| C | On-site support | Field engineers at the Baiyun headquarters and the Foshan, Dongguan and Huizhou warehouses; visits to other sites on request |
| D | Device management | Build, deploy, patch and retire desktops, laptops and handheld scanners; software distribution; asset records |
| E | Reporting | Monthly service report, quarterly capacity and asset review |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service Credit per miss |
|---|---|---|---|---|
| P1 | A warehouse cannot ship orders, or more than 50 users cannot work | 15 minutes | 3 hours | CNY 3,000 |
| P2 | A department or a key user cannot work | 1 hour | 8 hours | CNY 1,000 |
| P3 | A single user affected, with a workaround | 6 business hours | 3 business days | CNY 200 |
| P4 | Requests and questions | 1 business day | 5 business days | none |

Service Credits in a month are limited to 10% of the Monthly Service Charge for that month. The monthly report shows every miss and the credits.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Service Commencement | 124,000 |
| Monthly Service Charge | CNY 86,000 x 36 months | 3,096,000 |
| **Total Contract Value** | | **3,220,000** |
| Exit assistance | per engineer day, if ordered | 2,200 |
| Additional field engineer | per month, if ordered | 26,000 |

All Charges include VAT.

**For the Customer:** ____________________    **For the Supplier:** ____________________
"""
E05 = """MARITIME DATA API SUBSCRIPTION AGREEMENT

Agreement No.: BMD-QD-2027-22

BETWEEN

Bute Marine Data Ltd, a company registered in Scotland, Victoria Street, Rothesay, Isle of Bute, PA20, United Kingdom (the "Vendor"); and

Qingdao Haitong International Freight Forwarding Co., Ltd., Shinan District, Qingdao, Shandong, People's Republic of China (the "Customer").

BACKGROUND

The Customer books ocean freight for exporters in northern China and wants live vessel positions, port-call events and arrival-time predictions in its own shipment tracking system, so that its customers can see where their containers are. The Vendor operates a data platform that collects terrestrial and satellite AIS signals and port data and delivers them through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Vendor's Vessel Data API, version 3, with its documentation.
1.2 "Vendor Data" means the vessel positions, voyage data, port-call events, arrival-time predictions and other content delivered through the API.
1.3 "Customer Input Data" means the vessel watch lists, booking and container references, query parameters and other data that the Customer sends to the API or uploads to the Vendor's portal, and the logs of the Customer's use of the API.
1.4 "Subscription Year" means the annual period starting on the Activation Date, and the annual period starting on its first anniversary.
1.5 "Activation Date" means the date on which the Vendor issues production API keys to the Customer.
1.6 "Integration Work" means the connector and data mappings between the API and the Customer's shipment tracking system built by the Vendor under clause 3.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for two Subscription Years from the Activation Date, a non-exclusive, non-transferable right to call the API and to use the Vendor Data in its tracking system and in notices and reports to its own customers.
2.2 The subscription includes up to 5,000,000 API calls in each Subscription Year and up to 3,000 vessels on the Customer's watch lists at any time.
2.3 The Customer shall not resell the Vendor Data as a data feed, or use it to build a competing database.
2.4 The subscription ends at the end of the second Subscription Year. There is no automatic renewal; any further period requires a new written order agreed by both parties.

3. ONBOARDING AND INTEGRATION

3.1 The Vendor shall issue production API keys within 5 working days after receipt of the payment under clause 5.1(a), and complete the Integration Work within 30 days after the Activation Date.
3.2 The Integration Work is accepted when the Customer confirms in writing that: (a) positions and port-call events for a test list of 200 vessels named by the Customer are received for 10 consecutive days; (b) at least 95% of the arrival events for that list are delivered within 30 minutes of the actual event; (c) container references are correctly matched to vessels and voyages in the Customer's system; and (d) the connector documentation and source files are delivered.
3.3 The Customer shall test within 7 working days after the Vendor's notice of completion. If a criterion is not met, the Vendor shall correct the defect and the Customer shall test again. Use of the API before acceptance is not acceptance.
3.4 If the Vendor does not issue the API keys or does not complete the Integration Work by the dates in clause 3.1 for reasons within its control, it shall pay the Customer CNY 900 for each day of delay, up to CNY 45,000.

4. FEES

4.1 The fees are:
    Subscription fee, Subscription Year 1 ............ CNY 420,000
    Subscription fee, Subscription Year 2 ............ CNY 420,000
    Onboarding and Integration Work (one-time) ........ CNY 84,000
    Total Fees ........................................ CNY 924,000
4.2 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Such charges are not part of the Total Fees.
4.3 All fees include VAT. The fees are fixed for the two Subscription Years.

5. PAYMENT

5.1 The Customer shall pay:
    (a) the onboarding fee and the subscription fee for Subscription Year 1, together CNY 504,000, within 15 days after signature of this Agreement, before the Activation Date;
    (b) the subscription fee for Subscription Year 2 within 15 days after the start of Subscription Year 2.
5.2 The Vendor shall not issue production API keys until the payment under clause 5.1(a) is received; the periods in clause 3.1 run from that receipt.
5.3 Payments are made in CNY to the account of the Vendor's Qingdao representative office against a valid VAT invoice.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured at the Vendor's endpoints and excluding scheduled maintenance notified three days in advance.
6.2 Incidents are classified as follows:
    Priority 1 - the API is unavailable, or no position updates are delivered for more than 30 minutes: response within 8 business hours, restoration within 1 business day.
    Priority 2 - a data source is degraded or delayed: response within 1 business day, resolution within 3 business days.
    Priority 3 - questions and documentation errors: response within 2 business days.
    Business hours are 09:00 to 18:00 UK time, Monday to Friday, excluding UK public holidays.
6.3 If monthly availability is below the commitment in clause 6.1, the Vendor shall credit 5% of the monthly equivalent of the current annual subscription fee for each 0.1 percentage point or part of it by which availability falls short, up to 50% of that amount. Credits are applied to the next invoice or paid at the end of the term.
6.4 The Vendor shall provide a monthly report of availability, data latency and incidents.

7. CUSTOMER INPUT DATA AND DATA SECURITY

7.1 Customer Input Data belongs to the Customer. The Vendor shall use it to provide the API and support to the Customer.
7.2 The Customer grants the Vendor a perpetual, royalty-free licence to use Customer Input Data in aggregated and anonymised form to improve its arrival-time models, to compile port congestion and trade-lane statistics, and to offer these statistics and models to other customers, during and after the term of this Agreement.
7.3 The Vendor shall protect Customer Input Data with encryption in transit and at rest, access control limited to named staff with multi-factor authentication, logging of all access and yearly independent security testing. Customer Input Data containing personal information shall be stored in mainland China.
7.4 The Vendor shall notify the Customer of any security breach affecting Customer Input Data within 24 hours, take remedial action and report the cause in writing. The Vendor shall compensate the Customer for losses caused by a breach attributable to the Vendor.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other, including the Customer's customer names, shipment details and prices and the Vendor's technical documentation, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.
8.2 This obligation survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The API and the Vendor Data remain the property of the Vendor and its data suppliers.
9.2 The connector, data mappings, scripts and documentation produced as Integration Work belong to the Customer. The Customer may use, modify and have them maintained by third parties freely.
9.3 The Vendor shall indemnify the Customer against third-party claims that the Customer's use of the API or the Vendor Data in accordance with this Agreement infringes any intellectual property right.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or loss of profit.
10.2 The Vendor's total liability under this Agreement is limited to 200% of the Total Fees. The limit does not apply to the indemnity in clause 9.3, breaches of clause 7 or wilful misconduct.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Vendor shall not subcontract the Integration Work or the support services without the Customer's prior written consent, and remains liable for any approved subcontractor.
11.2 Neither party may assign this Agreement without the other party's written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after written notice.
12.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund the subscription fee for the remaining part of the current Subscription Year.
12.3 On termination or expiry the Customer shall stop calling the API, and may keep Vendor Data already included in its shipment records and reports.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

14. GENERAL

14.1 Notices shall be in writing, in English or Chinese, and sent to the addresses above or to the e-mail addresses of the contract managers. This Agreement is signed in English and Chinese, and both versions are equally authentic.

Signed for the Vendor: ____________________    Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- design and labels

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, wm, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, wm, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"

# key: (file, language, category, terms, extra, tco (licence/hardware subtotal) or None, design rules)
DESIGN = {
    "h1100z01": ("h1100z01_medical_insurance_pharmacy_supervision_platform.pdf", "zh", "software",
                 T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                   "PRC", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=2040000),
                 1160000, []),
    "h1100z02": ("h1100z02_stroller_assembly_line_control_retrofit.docx", "zh", "hardware",
                 T(None, 0.5, True, "buyer", True, True, True, 0.02, None, 10, True, True, 18, 28, False, True, False,
                   "PRC", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1600000),
                 1380000, ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h1100z03": ("h1100z03_organising_school_booking_membership_saas.txt", "zh", "cloud",
                 T(99.5, 0.5, True, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, True, True,
                   False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=524000),
                 None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h1100z04": ("h1100z04_energy_bureau_pv_monitoring_annual_om.txt", "zh", "services",
                 T(99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                   True, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=479000),
                 None, ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "h1100z05": ("h1100z05_indigo_dye_studio_process_tracking_supplier_template.md", "zh", "software",
                 T(None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None, False, True,
                   None, "PRC", G),
                 dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                      acceptance_deemed_on_delivery=True, contract_value=430000),
                 168000, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                          "CR-WARRANTY"]),
    "h1100e01": ("h1100e01_qms_perpetual_licence_irish_vendor.pdf", "en", "software",
                 T(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 11, False, True, False,
                   "Ireland", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1800000),
                 1260000, ["CR-GOVERNING-LAW"]),
    "h1100e02": ("h1100e02_workforce_planning_saas_order_form.md", "en", "cloud",
                 T(99.95, 0.5, True, "buyer", True, True, False, 600 / 526000 * 100, 6 / 24 * 100, None, True, None,
                   None, None, False, True, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=526000),
                 None, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "h1100e03": ("h1100e03_cement_plant_condition_monitoring_sensors.docx", "en", "hardware",
                 T(None, 1, True, "buyer", True, True, True, 0.1, 150, None, True, True, 36, 8, False, True, False,
                   "PRC", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1814000),
                 1601400, []),
    "h1100e04": ("h1100e04_pharma_distributor_managed_end_user_services.md", "en", "services",
                 T(None, 0.25, True, "buyer", False, True, True, 2500 / 3220000 * 100, 150, None, True, None, None,
                   None, False, False, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3220000),
                 None, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h1100e05": ("h1100e05_maritime_vessel_data_api_subscription.txt", "en", "cloud",
                 T(99.95, 8, True, "buyer", True, False, True, 900 / 924000 * 100, 200, 504000 / 924000 * 100, True,
                   None, None, None, False, True, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=924000),
                 None, ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SLA-RESPONSE"]),
}

SRC = {"h1100z01": Z01, "h1100z02": Z02, "h1100z03": Z03, "h1100z04": Z04, "h1100z05": Z05,
       "h1100e01": E01, "h1100e02": E02, "h1100e03": E03, "h1100e04": E04, "h1100e05": E05}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40, horizon_years=5)


def tco_share(t, x, base):
    """Post-warranty fees / TCO over the horizon, in %; None when not computable."""
    if base is None or t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon_years"] - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, base):
    """My reading of policy section 3 and 'Where rules apply, and how clauses are read'."""
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's Dublin
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- read back and scans

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


CN_DIG = "零一二三四五六七八九十百"
BANNED = [
    r"99\.9(?![0-9])", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![0-9.])4\s*-?\s*(?:business\s*|working\s*|clock\s*)?(?:hours?|hrs?|h\b|个?小时)", r"(?<![0-9十])四个?小时",
    r"\bfour[\s-]*(?:business\s*|working\s*)?hours?",
    r"(?<![0-9.])0?\.05\s*(?:%|％|per\s*cent|percent)", r"(?<![0-9])万分之五(?![十])", r"千分之零点五",
    r"(?<![0-9.])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|四十|十五|百|一百)(?![" + CN_DIG + "])",
    r"(?<![0-9.])12\s*-?\s*(?:calendar\s*)?(?:months?|个月|月)", r"(?<![一二三四五六七八九十])十二个?月",
    r"\btwelve[\s-]*(?:calendar\s*)?months?", r"(?<![第每])一年(?!度)", r"\bone[\s-]*years?\b",
    r"(?<![0-9.])1\s*-?\s*years?\b", r"(?<![0-9.])5\s*-?\s*years?\b", r"\bfive[\s-]*years?\b", r"(?<![第十])五年",
]
BAN = re.compile("|".join("(?:%s)" % b for b in BANNED), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4hours", "4小时", "4个小时", "四小时", "4-hour", "4 business hours",
            "four hours", "0.05%", "0.05 %", "万分之五", "30%", "40 %", "15%", "100%", "100 per cent", "百分之三十",
            "百分之四十", "12 months", "12个月", "十二个月", "twelve months", "12-month", "一年", "one year", "五年",
            "5 years", "five years"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "14小时", "24小时", "0.055%", "130%", "0.30%", "150%", "45%", "35%",
             "24个月", "二十四个月", "十八个月", "万分之五十", "万分之二", "第一年度", "每一年度", "百分之四十五",
             "8 hours", "6 business hours", "36 months", "1.5%", "115%", "2,400 hours", "第五年"]


def self_test():
    for s in MUST_HIT:
        assert BAN.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not BAN.search(s), ("must miss", s, BAN.search(s))


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for m in BAN.finditer(form):
            hits.append(form[max(0, m.start() - 15):m.end() + 15])
    return hits


def check_values(key, t, x, base):
    for k, v in TH.items():
        if k in t and t[k] is not None:
            assert abs(t[k] - v) > 1e-9, (key, k, t[k])
    share = tco_share(t, x, base)
    if share is not None:
        assert abs(share - TH["tco_share"]) >= 2, (key, "tco share", share)
    return share


def label(key):
    fname, lang, cat, t, x, base, design = DESIGN[key]
    rules = derive_rules(t, x, base)
    assert rules == sorted(design), (key, rules, design)
    extra = dict(sla_clause=x["sla_clause"], ld_stated=x["ld_stated"])
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        assert "post_warranty_fee_capped" not in x
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    return {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}


SUMS = [  # (parts, total): prices and payment splits as stated in the texts
    ([1160000, 735000, 118000, 27000], 2040000), ([408000, 918000, 714000], 2040000),
    ([486000, 312000, 117000, 276000, 189000], 1380000), ([1380000, 146000, 74000], 1600000),
    ([160000, 880000, 560000], 1600000), ([18 * 6500], 117000), ([round(1380000 * 0.28)], 386400),
    ([40 * 4800], 192000), ([192000, 36000], 228000), ([228000, 228000, 68000], 524000),
    ([268000, 96000, 74000, 41000], 479000), ([119750] * 4, 479000),
    ([168000, 236000, 26000], 430000), ([279500, 150500], 430000), ([round(430000 * 0.65)], 279500),
    ([1260000, 410000, 96000, 34000], 1800000), ([360000, 810000, 630000], 1800000), ([round(1260000 * .11)], 138600),
    ([150 * 1560], 234000), ([234000, 234000, 58000], 526000),
    ([420 * 1850, 36 * 9400, 486000], 1601400), ([1601400, 186600, 26000], 1814000), ([997700, 816300], 1814000),
    ([round(1601400 * 0.08)], 128112), ([round(1814000 * 0.55)], 997700),
    ([124000, 86000 * 36], 3220000), ([420000, 420000, 84000], 924000), ([84000, 420000], 504000),
    ([round(2040000 * .2)], 408000), ([round(1160000 * .09)], 104400),
]


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for parts, total in SUMS:
        assert sum(parts) == total, (parts, total)
    for key, (fname, *_rest) in DESIGN.items():
        if fname.endswith((".txt", ".md")):
            (OUT / fname).write_text(SRC[key], encoding="utf-8")
            print("wrote", fname)
    write({k: SRC[k] for k, v in DESIGN.items() if v[0].endswith((".docx", ".pdf"))},
          {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in DESIGN.items() if v[0].endswith((".docx", ".pdf"))},
          OUT, wrap_words=True)
    covered = set()
    problems = []
    for key in DESIGN:
        fname, lang, cat, t, x, base, design = DESIGN[key]
        lab = label(key)
        share = check_values(key, t, x, base)
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / fname)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        hits = scan(text)
        print("%-66s %s %5d %s  share=%s  %s %s" % (fname, lang, n, "ok" if ok else "OUT OF RANGE",
              None if share is None else round(share, 1), risk(lab["expected_rules"]),
              ",".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        if not ok:
            problems.append((fname, "length", n))
        if hits:
            problems.append((fname, "threshold text", hits))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
