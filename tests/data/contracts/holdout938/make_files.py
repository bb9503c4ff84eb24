"""holdout938: builds the ten held-out drafts (.txt/.md directly, .docx/.pdf via ../word_pdf.py), writes the .json
labels, derives each draft's rules from its labels (policy §3 as read in NOTES.md), and asserts lengths, sums,
thresholds and coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:报废机动车回收拆解监管平台建设项目合同
P:合同编号：SWJ-ZFCG-2026-117　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江陵市商务局
P:乙方（供应商）：江陵智循信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件和中标通知书，双方就报废机动车回收拆解监管平台（以下简称“平台”）的软件许可及定制开发事宜，订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供报废机动车回收拆解监管平台软件V5.0的永久使用许可（市级部署，不限用户数），并在此基础上完成定制开发，包括：回收企业资质管理、车辆回收登记与注销联动、拆解过程视频监管、五大总成流向追溯、危险废物转移台账、监管统计驾驶舱。
P:1.2 乙方负责平台与公安交管车辆注销系统、生态环境部门固废管理系统、商务部全国汽车流通信息管理系统的接口开发，完成历史回收数据的清洗与迁移，并承担部署、联调、培训工作。
P:1.3 平台部署于甲方指定的政务云资源，乙方不另行收取云资源费用。
P:1.4 乙方应依据招标文件技术规范以及《报废机动车回收管理办法》及其实施细则的监管要求开展需求调研和系统设计，需求规格说明书经甲方书面确认后方可进入开发。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾叁万捌仟元整（¥2,138,000），包括：平台软件许可费¥1,180,000；定制开发费¥736,000；数据对接与迁移费¥154,000；部署实施及培训费¥68,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方软件及质保期内全部服务费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥427,600。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥962,100。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥748,300。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程产生的合理等待不视为甲方违约。
P:3.5 乙方应在合同签订后七日内以银行保函形式提交合同总价5%的履约保证金，保函有效期至最终验收合格后九十日。最终验收合格且乙方无违约扣款的，甲方在十个工作日内退还。
H:第四条 交付期限与项目人员
P:4.1 乙方应于合同签订后一百二十日内完成全部开发、部署与接口联调，并书面提请初步验收。
P:4.2 乙方应按周向甲方提交项目进度报告，关键里程碑延误的，应提出书面补救计划。
P:4.3 乙方应指定具有五年以上政务系统实施经验的项目经理一名，驻场期间不少于三名开发及实施人员。未经甲方书面同意，乙方不得更换项目经理；确需更换的，接替人员资历不得低于原人员。
P:4.4 乙方应为甲方业务人员、各区县商务主管部门及回收拆解企业操作人员分批开展培训，累计不少于六期，并提供操作手册、管理员手册和培训视频。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件功能清单所列功能全部实现；（2）各接口连续十个自然日数据交换无差错；（3）在三百个并发用户下，常用页面平均响应时间不超过3秒；（4）历史数据迁移后逐条核对一致。
P:5.2 初步验收合格后进入三十日试运行。试运行期间未发生一级故障，且经第三方测评机构完成网络安全等级保护测评、无高风险问题的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥106,200，该费用标准在质保期满后两年内不得上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间经甲方同意后不计入）。
P:7.2 故障分级响应：一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障1小时内响应、24小时内解决；三级故障在下一个工作日内处理。
P:7.3 乙方响应或到场超时的，每超时一小时扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,500。上述扣款从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、数据迁移脚本及相关源代码和技术文档，其知识产权归甲方所有。乙方应在最终验收时一并交付源代码，甲方有权自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台中的回收登记、车辆、企业及监管数据均属于甲方所有，乙方仅为履行本合同之目的接触该等数据，不得用于任何其他用途。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，按网络安全等级保护第三级要求落实访问控制、加密存储与传输、操作日志审计，远程运维须经甲方审批并通过堡垒机进行，不得将数据复制或带离政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、业务信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提请初步验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方应支付的违约金、扣款，甲方可从应付款项或履约保证金中直接扣除，不足部分乙方应在收到书面通知后十日内补足。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将合同全部或部分义务转包或转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应在不可抗力发生后五日内书面通知对方并提供证明，双方据此协商延长履行期限或变更合同。不可抗力持续超过九十日致使合同目的无法实现的，任何一方可书面通知解除合同，已完成部分按实际工作量结算。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江陵市商务局　　　　乙方（盖章）：江陵智循信息技术有限公司
P:签订日期：2026年　月　日
"""

Z02 = r"""
T:生产线控制系统改造合同
P:合同编号：HLC-GZ-2026-031
P:甲方：温岭华历挂历印刷有限公司
P:乙方：台州恒控自动化工程有限公司
P:甲方拟对其挂历生产车间的两条胶印联动线、一条裁切线及一条装订打孔线实施控制系统改造。经比选，甲方确定由乙方承担本项目。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、改造范围
P:（一）乙方负责拆除四条生产线原有继电器控制柜及老旧变频器，新装可编程控制器（PLC）控制柜、伺服驱动系统及触摸屏人机界面，实现送纸、印刷、裁切、打孔、穿圈各工位的联动控制和张力、套准的闭环调节。
P:（二）乙方提供产线监控软件一套，实现设备状态采集、订单工单下达、产量与废品统计、能耗统计和报警记录，并与甲方现有ERP系统对接。
P:（三）乙方负责全部PLC程序与监控软件定制功能的编写、现场安装、调试、试生产及操作培训。改造须利用甲方生产淡季分线实施，单条线停线时间不得超过十二日。
H:二、设备、软件及价格
P:（一）本合同总价为人民币壹佰肆拾壹万元整（¥1,410,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体）|4套|168,000|672,000
TB:2|伺服驱动器及伺服电机|24套|9,800|235,200
TB:3|触摸屏人机界面|8台|6,400|51,200
TB:4|产线监控软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,144,400
TB:5|安装、布线及改造施工|1项|148,600|148,600
TB:6|PLC程序及监控软件定制开发|1项|96,000|96,000
TB:7|操作及维护培训|1项|21,000|21,000
TB:|合计|||1,410,000
P:（二）上述价格为含税总价，包括设备运输、保险、安装辅材及质保期内全部服务费用。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即¥141,000。
P:（二）全部设备到货并安装调试完成、具备试生产条件后，甲方支付合同总价的65%，即¥916,500。安装调试完成不视为验收合格。
P:（三）最终验收合格后十个工作日内，甲方支付合同总价的25%，即¥352,500。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、交付与工期
P:（一）乙方应在合同签订后四十五日内完成全部设备到货，并于到货后六十日内完成四条生产线的改造和调试。
P:（二）乙方施工须遵守甲方车间安全生产、动火及用电管理制度，施工人员须经甲方安全交底后方可进场。
P:（三）甲方应按乙方书面提出的停线计划安排生产，提供施工用电、临时存放场地及原有设备图纸，并指派设备主管一名负责现场协调。因甲方未按计划停线或提供条件导致工期延误的，工期相应顺延。
P:（四）乙方应在改造前对原有控制程序和工艺参数进行完整备份，改造过程中不得擅自变更甲方工艺参数，确需变更的应经甲方工艺负责人书面确认。
H:五、验收
P:（一）每条生产线调试完成后进行七十二小时连续试生产，试生产通过后乙方提请最终验收。
P:（二）验收标准：1. 胶印联动线在额定速度下连续运行，套准误差不超过±0.1毫米；2. 裁切与打孔工位定位误差不超过±0.2毫米；3. 监控软件数据采集与PLC实际计数一致，工单与ERP双向同步无差错；4. 急停、安全门联锁及各类报警功能经逐项测试有效；5. 试生产期间无因控制系统导致的停线。
P:（三）验收合格的，双方签署验收报告；验收不合格的，乙方应在十日内整改并重新验收。甲方在验收前使用设备进行生产，不视为验收合格。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费修复软件缺陷。
P:（二）质保期满后，乙方提供年度维保服务，维保年费按软硬件小计的7%计取，即每年¥80,108，该费用三年内不作调整。维保内容包括每季度一次预防性巡检、备件优先供应、程序备份及远程技术支持。
P:（三）故障响应：一级故障（整条生产线停线）乙方应在30分钟内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位故障但产线可降速运行）应在2小时内响应，次日内修复；三级故障在三个工作日内处理。
P:（四）乙方响应或到场超时的，每超时一小时向甲方支付¥500，从维保费或应付款中扣除。
P:（五）质保期满后的维保服务由双方另行签订年度维保协议，按本条第（二）项的费用标准执行，期满不自动续签。
H:七、知识产权
P:（一）为本项目编写的PLC程序、人机界面组态、监控软件定制功能及其源代码、注释和技术文档，其知识产权归甲方所有。乙方应在验收时交付完整的程序备份和源代码。
P:（二）监控软件标准产品的著作权仍归乙方，乙方授予甲方在本厂范围内永久使用的许可。
P:（三）乙方保证所供设备、软件不侵犯任何第三方的知识产权；因侵权引起第三方索赔的，由乙方负责处理并承担全部费用。
H:八、数据安全
P:（一）生产数据、工艺参数、订单及客户信息属于甲方所有。乙方仅可为调试和维保目的在甲方授权范围内访问，不得复制、留存或用于其他用途。
P:（二）乙方远程维护须事先取得甲方同意，通过甲方提供的专用通道登录并保留操作记录；乙方应对其人员和设备采取防病毒、防泄露措施。因乙方原因导致数据泄露、丢失或生产网络遭受攻击的，乙方应立即报告并承担相应赔偿责任。
H:九、保密
P:乙方对在本项目中知悉的甲方工艺、配方、客户及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十、分包
P:乙方可将电气安装、桥架布线等辅助施工工作分包给具备相应资质的单位，但应在分包单位进场前书面通知甲方，并对分包单位的工作质量和安全承担责任。
H:十一、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方原因造成甲方设备损坏、印刷品报废或人员伤害的，乙方应负责修复并赔偿甲方损失。乙方施工期间因其原因导致停线时间超出约定的，应承担甲方因此增加的外协加工费用。
P:（三）甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:十二、合同的履行与解除
P:（一）本合同生效后，除因不可抗力致使合同目的无法实现外，任何一方不得解除本合同。
P:（二）乙方出现逾期、质量不合格等违约情形的，甲方有权要求乙方继续履行、采取补救措施并按本合同约定支付违约金，但不得以此为由解除本合同。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十四、不可抗力
P:因不可抗力不能履行合同的一方，应在事件发生后五日内书面通知对方并提供证明，履行期限相应顺延。不可抗力致使合同目的无法实现的，双方可协商解除合同并按已完成工作量结算。
H:十五、其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格表、改造施工方案、验收测试记录表。
P:甲方（盖章）：温岭华历挂历印刷有限公司　　乙方（盖章）：台州恒控自动化工程有限公司
"""

Z03 = r"""攀冰体验门店预约及会员管理系统服务合同

合同编号：BF-SaaS-2026-08

甲方：成都云崖攀冰运动管理有限公司
乙方：蓉城悦订科技有限公司

甲方在全国经营35家室内攀冰体验门店，为统一门店预约、会员储值及课程管理，甲方向乙方采购预约及会员管理系统云服务（SaaS）及实施服务。双方经协商一致，签订本合同。

一、服务内容
（一）乙方向甲方35家门店提供“悦订”预约及会员管理系统的云端订阅服务，服务内容包括：
1. 线上预约：场次排班、教练排班、冰壁及装备分配、微信小程序和团购平台预约与核销；
2. 会员管理：会员注册、储值卡与次卡、积分、会员等级、生日及复购营销；
3. 门店经营：收银、装备租赁、课程与体验报告、多门店经营报表及总部驾驶舱；
4. 安全管理：体验者健康声明、免责告知书电子签署、保险信息登记。
（二）实施服务：乙方负责35家门店的系统配置、历史会员及储值余额数据迁移、小程序定制页面开发、与甲方财务系统及门店闸机的对接，并对店长和前台人员进行培训。
（三）服务期内乙方负责系统的日常运行、版本升级和安全维护，升级不得减少甲方已在用的功能；涉及门店操作流程变化的升级，应提前七日通知甲方并提供操作说明。
（四）服务期限为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。

二、服务费用
（一）订阅服务费：每家门店每个服务年度人民币9,600元，35家门店每个服务年度合计人民币336,000元，两个服务年度合计人民币672,000元。
（二）实施费：一次性人民币84,000元。
（三）本合同总价为人民币756,000元（含税）。服务期内新增门店的，按每店每个服务年度9,600元按月折算增加。
（四）短信、电子签署超出套餐部分的费用按实际用量另行结算，不计入合同总价。
（五）上述费用已包含系统使用、云资源、数据备份、版本升级、服务支持及培训费用，乙方不得以任何名义另行收取。

三、付款方式
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）订阅服务费按季度支付：每个服务季度结束后十个工作日内，甲方支付该季度服务费人民币84,000元。
（三）乙方应在收款前开具增值税专用发票。

四、上线与验收
（一）乙方应于合同签订后五十日内完成全部门店的配置和数据迁移，并提请上线验收。
（二）上线验收标准：
1. 35家门店预约、核销、收银、储值功能全部可用，与需求确认书逐项核对一致；
2. 历史会员、储值余额及次卡数据全量迁移，经甲方抽查及总额核对无差异；
3. 小程序预约与支付对账连续七日一致；
4. 高峰时段预约提交平均响应时间不超过2秒。
（三）验收合格后甲方出具书面上线验收单。系统试用或门店开始使用不视为验收合格。
（四）乙方逾期提请上线验收的，每逾期一日向甲方支付违约金人民币600元。
（五）乙方应先选取两家门店试点上线，试点运行五日无一级故障后再分批推广至其余门店，每批上线前应完成前台人员培训。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日凌晨一时至六时之间并提前三日通知甲方。
（二）故障分级：
1. 一级故障（全部门店无法预约、核销或收银）：乙方15分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般使用问题）：在一个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，减免当季服务费的2%；一级故障恢复超时的，每超时一小时减免人民币1,000元。减免额在下一期服务费中抵扣。
（四）乙方应提供7×24小时服务热线和在线工单，并于每月五日前向甲方提交上月服务报告，列明可用率、故障及处理情况。

六、知识产权
（一）系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制开发的小程序页面、品牌素材、报表模板及接口程序，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。
（三）乙方保证系统及其交付成果不侵犯第三方知识产权，否则由乙方负责处理并承担全部责任。

七、数据的归属与使用
（一）甲方会员信息、预约及消费记录、健康声明等业务数据归甲方所有。
（二）甲方同意，乙方有权在对上述数据进行去标识化处理后，用于乙方产品优化、行业分析，以及编制并对外发布运动消费行业报告，该项权利在合同终止后继续有效。

八、数据安全
（一）乙方应依照《网络安全法》《数据安全法》《个人信息保护法》，对甲方数据采取加密存储与传输、访问权限控制、操作日志留存、定期备份等安全措施，系统按等级保护第三级要求部署于境内云服务商机房。
（二）发生数据泄露、丢失或被篡改的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此给甲方造成的损失，包括向会员承担的赔偿及监管处罚。
（三）合同终止后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除其保存的数据。

九、甲方的权利和义务
（一）甲方应指定项目联系人，组织门店配合需求调研、数据整理和上线培训，并对其账号和密码的保管负责。
（二）甲方应合法收集会员个人信息，并在小程序中向会员告知个人信息处理规则；乙方应按甲方的处理目的和方式处理个人信息。
（三）甲方有权对乙方的服务质量进行监督，并要求乙方对不符合约定的服务进行整改。

十、保密
双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

十一、续期
服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期服务费由乙方根据其当年价格体系确定，每次上调幅度不超过上一服务年度费用的10%。

十二、违约与责任限制
（一）乙方违反数据安全或保密义务的，应赔偿甲方因此遭受的全部损失。
（二）除第（一）项及人身伤害外，乙方在本合同项下的累计赔偿责任以合同总价的150%为限。

十三、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，须事先取得甲方书面同意，并对分包方的行为承担连带责任。

十四、合同解除
（一）任何一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
（二）因乙方原因解除合同的，乙方应按本合同第八条第（三）项协助甲方导出数据、平稳过渡，并赔偿甲方因此遭受的损失。

十五、不可抗力
因不可抗力致使一方不能履行本合同的，该方应及时通知对方，并在十日内提供证明，可根据影响部分或全部免除责任。云服务商机房大面积故障不属于乙方的不可抗力，乙方应按本合同承担服务水平责任。

十六、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会按其仲裁规则仲裁。

十七、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都云崖攀冰运动管理有限公司
乙方（盖章）：蓉城悦订科技有限公司
"""

Z04 = r"""农业气象观测站运维系统年度运维服务合同

项目编号：QXJ-CS-2026-019（竞争性磋商）

采购人（甲方）：青禾县气象局
供应商（乙方）：青禾天衡气象科技服务有限公司

根据青禾县气象局农业气象观测站运维系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。

第一条 服务对象与范围
1. 服务对象为甲方农业气象观测站运维系统，包括：全县86个农业气象自动观测站（含土壤水分、作物生长图像、小气候观测设备）、数据采集与传输终端、县级数据汇聚服务器及运维管理软件。
2. 服务内容包括：
（1）观测站设备的日常巡检、清洁、校准及易损件更换；
（2）数据传输链路和采集终端的检查与故障处理；
（3）运维管理软件及县级服务器的日常维护、数据备份、系统补丁更新；
（4）设备台账和运维档案的建立与更新；
（5）配合甲方开展汛期、春播、秋收等关键农事季节的加密观测保障；
（6）编制月度运维报告和年度运维总结报告。
3. 设备更换所需的主要部件（传感器、采集器主板、太阳能板）由甲方另行采购，乙方负责安装调试；价格在500元以下的易损件由乙方提供，费用已包含在合同价款中。

第二条 服务期限
服务期限为一年，自2026年1月1日起至2026年12月31日止。期满本合同自动终止，甲方将根据财政预算重新组织采购。

第三条 合同价款
1. 本合同价款为人民币肆拾陆万捌仟元整（¥468,000），包括人工、交通、工具仪表、易损件、通讯检查、税费等全部费用。
2. 合同价款为固定总价，服务期内不因人工、材料价格变化而调整。
3. 服务期内甲方新增观测站的，新增站点的运维费用按本合同单站年度费用标准按月折算，由双方签订补充协议。

第四条 付款方式
1. 服务满六个月并经甲方半年考核合格后，甲方支付合同价款的45%，即¥210,600。
2. 服务期满并经甲方年度考核验收合格后，甲方支付合同价款的55%，即¥257,400。
3. 甲方付款前，乙方应开具合法有效的发票。甲方按照财政资金支付程序办理付款。

第五条 乙方的服务要求
1. 乙方应配备不少于五名专职运维人员，其中具有气象探测或电子类中级以上职称的不少于两名，并配备运维车辆两台。人员名单报甲方备案，更换人员应事先征得甲方同意。
2. 乙方应在合同签订后十日内提交年度运维服务方案，经甲方确认后执行。方案应包括巡检计划、校准计划、备品备件计划和应急保障措施。
3. 乙方应按照年度运维服务方案，对每个观测站每季度至少开展一次现场巡检，每半年开展一次传感器现场比对校准，并填写巡检记录。
4. 乙方接到甲方或系统发出的故障通知后，应及时安排人员处理，并在处理完毕后将故障原因和处理情况录入运维管理软件。
5. 在关键农事季节及重大天气过程期间，乙方应按照甲方通知安排人员值守，配合做好观测保障。
6. 乙方作业应遵守安全生产规定，高处作业、用电作业须落实防护措施，乙方人员的人身安全由乙方负责。
7. 乙方应每年为甲方县级业务人员和乡镇协理员开展不少于两次设备日常维护培训，内容包括设备清洁、简单故障判断和数据查看，并提供培训讲义。
8. 乙方发现观测环境遭到破坏、观测场周边新建建筑物或树木遮挡等情况时，应及时拍照记录并报告甲方，由甲方依法协调处理。

第六条 甲方的权利和义务
1. 甲方负责提供观测站所在场地的进出协调、设备原始资料和运维管理软件的账号。
2. 甲方有权对乙方的运维工作进行检查和抽查，对不符合运维方案要求的，有权要求乙方限期整改。
3. 甲方应按本合同约定支付合同价款。

第七条 考核与验收
1. 甲方按半年和年度两次对乙方进行考核，考核依据为年度运维服务方案和本条约定的验收标准。
2. 年度考核验收标准：
（1）运维服务方案所列巡检、校准工作全部完成，巡检记录和校准记录齐全、真实；
（2）设备台账与现场设备逐一核对一致，更换部件均有记录；
（3）月度运维报告按时提交，年度运维总结报告经甲方审核通过；
（4）服务期内未发生因乙方原因导致的设备损坏或安全责任事故；
（5）甲方抽查的观测站现场与巡检记录相符。
3. 考核合格的，甲方出具考核验收意见；不合格的，乙方应在二十日内整改，整改后仍不合格的，甲方可相应扣减当期应付款项。

第八条 备品备件与设备管理
1. 乙方应在县城设立备品备件库，储备常用传感器、采集器电源模块、通信模块和防雷器件，备件清单随年度运维服务方案报甲方确认。
2. 甲方采购的主要部件交由乙方保管的，乙方应建立出入库登记，妥善保管，因保管不善造成丢失或损坏的由乙方照价赔偿。
3. 更换下来的旧部件应交回甲方，由甲方按照国有资产管理规定处置，乙方不得自行处理。

第九条 数据安全与数据归属
1. 观测站采集的全部观测数据、图像、设备运行数据及运维管理软件中的数据归甲方所有。乙方仅可为履行本合同运维工作使用上述数据，不得用于任何其他目的。
2. 乙方应严格执行甲方的网络和数据安全管理规定：运维人员使用实名账号登录，不得共用账号；远程访问须经甲方同意并使用甲方指定的安全接入方式；不得擅自修改、删除观测数据；运维用计算机应安装防病毒软件，禁止接入与工作无关的移动存储介质。
3. 乙方应每日检查数据备份情况，发生数据丢失、被篡改或网络安全事件时，应立即向甲方报告并全力配合处置。因乙方原因造成数据损失或安全事件的，乙方承担相应的法律责任并赔偿甲方损失。

第十条 成果归属
乙方在本合同履行中形成的运维报告、设备台账、校准记录、配置文件及为甲方编写的运维脚本，所有权和知识产权均归甲方所有。服务期满或合同解除时，乙方应在十日内将上述资料及全部运维账号完整移交甲方，并协助新的服务单位完成交接。

第十一条 分包与转让
乙方不得将本合同项下的服务转包或分包给他人。

第十二条 违约责任
1. 乙方未按年度运维服务方案完成季度巡检或校准工作的，每逾期一日，按合同价款的千分之一向甲方支付违约金。
2. 乙方擅自更换运维人员或人员数量不足的，每人每日扣减人民币300元。
3. 乙方违约给甲方造成损失的，还应赔偿甲方的实际损失。
4. 违约金和扣减款项可从甲方应付的合同价款中直接扣除。

第十三条 合同解除
1. 乙方严重违反本合同约定，经甲方书面通知后十日内未予改正的，甲方有权解除合同，并按乙方实际完成的服务结算。
2. 因不可抗力致使合同目的不能实现的，双方均可解除合同。

第十四条 不可抗力
因地震、洪水、雷击、冰冻等不可抗力导致观测站损毁或服务无法履行的，乙方应及时通知甲方，并在条件允许时配合抢修，相应服务期间不计入考核。

第十五条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十六条 其他
1. 磋商文件、乙方响应文件、成交通知书及双方确认的年度运维服务方案为本合同的组成部分。
2. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：青禾县气象局
乙方（盖章）：青禾天衡气象科技服务有限公司
签订日期：2025年12月　日
"""

Z05 = r"""# 匠迹工艺流程跟踪软件 许可及定制开发合同

（匠迹软件标准合同文本 JJ-HT-V3.0）

合同编号：JJ-2026-0412

甲方（用户）：厦门鹭韵漆线雕艺术工作室有限公司

乙方（供应商）：泉州匠迹软件科技有限公司

鉴于甲方从事漆线雕工艺品的设计、制作与销售，需对作品从打底、漆线搓制、缠绕盘结、贴金到罩漆的全流程进行跟踪管理，乙方同意向甲方提供“匠迹工艺流程跟踪软件”的使用许可及定制开发服务。双方根据《中华人民共和国民法典》签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工艺流程跟踪软件标准版的永久使用许可，许可范围为甲方工作室内部使用，并发用户二十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：漆线雕工序模板（打底、搓线、盘结、贴金、罩漆、装裱）、作品档案与匠人工时记录、订单与工单联动、材料（漆线泥、金箔、大漆）领用统计、作品证书及溯源二维码生成。

1.3 乙方负责软件在甲方本地服务器上的部署、初始化配置及对甲方人员的操作培训。

1.4 定制开发以双方确认的《需求确认单》为准。需求确认单签署后，甲方提出新增或变更需求的，乙方按每人日人民币1,800元另行报价，经甲方确认后实施。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾捌万陆仟元整（¥386,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺流程跟踪软件标准版许可（永久，20并发用户） | 268,000 |
| 2 | 定制开发（工序模板、作品档案、订单工单、溯源证书） | 92,000 |
| 3 | 部署、实施及培训 | 26,000 |
| | 合计 | 386,000 |

2.2 上述价款不含甲方服务器、操作系统、数据库及扫码设备的费用，该等软硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥250,900，乙方收到该款项后启动项目。

3.2 软件上线运行后五个工作日内，甲方支付合同总价的35%，即¥135,100。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

3.4 乙方在每期收款后十个工作日内向甲方开具增值税普通发票。甲方需要增值税专用发票的，应在签约时提供完整的开票信息。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十个工作日内完成定制开发和部署，并通知甲方上线。

4.2 软件部署完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的需求变更，由双方另行协商并收取费用。

4.3 乙方在上线前对甲方管理员及各工序负责人进行集中培训一次，培训时长一天，超出部分按乙方标准收费。

4.4 因甲方未及时提供需求资料、服务器环境或配合测试导致延期的，交付期限相应顺延，乙方不承担责任。

## 第五条 知识产权

5.1 软件标准版及其所有升级版本的著作权归乙方所有。

5.2 乙方为甲方定制开发的工序模板、功能模块、报表及相关源代码、文档，其知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得对其进行修改、反向工程，不得向任何第三方提供或转让。

5.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户提供。

5.4 乙方保证其提供的软件不侵犯第三方的著作权或专利权。因此引起第三方索赔的，由乙方负责交涉，但因甲方擅自修改或与其他软件组合使用引起的除外。

## 第六条 免费维护

6.1 自软件上线之日起，乙方提供六个月的免费维护，内容包括缺陷修复、远程技术支持和小版本升级。

6.2 维护期内，甲方的紧急故障（系统无法登录或工单无法流转）乙方在8小时内响应，一般问题在三个工作日内答复。

6.3 乙方将尽合理努力解决故障，但对响应或修复时间不作保证，因故障未能及时处理的，乙方不承担扣款、赔偿或违约金责任。

6.4 因甲方操作不当、擅自修改数据库、服务器或网络故障、病毒等原因引起的问题，不属于免费维护范围。

6.5 免费维护期内，乙方每季度通过远程方式对系统运行情况检查一次，并向甲方提供简要的运行情况说明。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方应与乙方签订年度维护服务协议，年度维护费为软件许可费的26%，即每年¥69,680。

7.2 年度维护服务内容包括：缺陷修复、版本升级、远程技术支持、每年一次上门巡检。甲方需要上门服务超过一次的，按每次人民币2,000元另行收费，差旅费由甲方承担。

7.3 甲方未续签年度维护服务协议的，乙方不再提供版本升级和技术支持；甲方日后恢复维护的，应补缴中断期间的维护费。

## 第八条 数据与安全

8.1 甲方在软件中录入的作品、客户、订单及工艺数据归甲方所有，乙方不得将该等数据用于本合同以外的目的。

8.2 乙方在远程维护时应使用甲方分配的账号，操作前征得甲方同意，并采取必要的安全措施防止数据泄露、丢失或被篡改；因乙方过错造成甲方数据泄露或丢失的，乙方应及时告知甲方并承担相应赔偿责任。

8.3 甲方应自行做好数据的日常备份工作。

8.4 合同终止后，乙方应甲方要求，以通用格式导出甲方数据一次；乙方及其人员不得保留甲方数据的任何副本。

## 第九条 甲方的义务

9.1 甲方应提供符合乙方要求的服务器、网络环境和操作系统，并指定专人负责项目对接、需求确认和上线配合。

9.2 甲方应妥善保管软件授权文件和管理员账号，不得超出许可的用户数使用软件，不得将软件安装于许可范围以外的计算机。

## 第十条 保密

双方对在履行本合同过程中获知的对方技术资料、商业信息（包括甲方的作品设计、工艺参数及客户名单）负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 任何一方违反本合同约定的，应承担相应的违约责任。乙方不承担甲方的间接损失、利润损失及数据恢复费用。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面通知后十五日内仍未纠正的，守约方有权解除本合同。

12.2 合同因甲方原因解除的，甲方已支付的款项不予退还。

12.3 合同解除后，甲方应停止使用尚未付清价款部分对应的软件功能，并删除相应的安装文件。

## 第十三条 不可抗力

因不可抗力致使一方不能履行合同的，受影响一方应及时通知另一方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十四条 通知

双方往来通知以书面形式送达本合同首部所列地址或电子邮箱，一方变更联系方式的，应提前三日通知另一方。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同为乙方标准合同文本，双方对合同条款已充分理解。本合同未尽事宜，以乙方官网公布的服务条款为准。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：厦门鹭韵漆线雕艺术工作室有限公司

乙方（盖章）：泉州匠迹软件科技有限公司

签订日期：　　年　　月　　日
"""

E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. SGT-CN-2026-014
P:This Agreement is made between Yantai Qingshan Orchard Fresh Fruit Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Yantai, Shandong Province (the "Buyer"), and Segrià Agrotech Systems, S.L., a company organised under the laws of Spain with its registered office in Lleida, Spain (the "Vendor").
P:The Buyer operates fruit packhouses in Yantai and Qixia and wishes to acquire a perpetual licence of the Vendor's FruitLine packhouse grading and traceability software, together with the configuration, interface, migration and training services described below. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FruitLine software in the version current at signature, including its grading, lot-tracking, cold-room, dispatch and quality modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, label layouts, configuration scripts and any other work product created by the Vendor specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or processed through the Software at the Buyer's sites, including grower, lot, grading, cold-room and customer data.
P:1.4 "Final Acceptance" means the Buyer's written acceptance issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers for six packhouse grading lines and up to forty named users, for the Buyer's internal business at its sites in the People's Republic of China.
P:2.2 The Vendor shall configure the Software for the Buyer's fruit varieties and grading standards, build interfaces to the Buyer's ERP system and to the optical grading machines on each line, migrate three seasons of historical lot data, and train the Buyer's key users and administrators.
P:2.3 The Vendor shall perform the services with a project manager who speaks Chinese or is supported by an interpreter, and with at least two consultants on site during installation and the trial season.
P:2.4 The Vendor shall deliver user manuals, administrator manuals and interface specifications in Chinese and English, and a hardware and operating-system specification for the Buyer's servers at least thirty days before installation starts. The Buyer shall provide the servers, network connections and access to the grading machines in time for installation.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,760,000, fixed and inclusive of taxes, travel and expenses, made up of: Software licence fee CNY 1,260,000; configuration and interfaces CNY 388,000; data migration CNY 74,000; training CNY 38,000.
P:3.2 The Contract Price includes all support and updates during the warranty period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 352,000) within twenty days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 792,000) after the Software has been installed on all six lines and the interfaces are connected, as confirmed by an installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 616,000) within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the bank account named in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and interfaces within ninety days after signature, so that the Software can be used in the coming harvest season.
P:5.2 Acceptance tests shall be carried out jointly on the basis of an acceptance test plan approved by the Buyer. The criteria are: (a) all functions in the approved functional specification work as described; (b) grading results transferred from each grading machine match the machine records for every lot during ten consecutive working days; (c) migrated lot data reconcile with the source records in count and total weight; (d) the dispatch and label printing functions handle the Buyer's peak volume of 260 pallets per hour; and (e) no Severity 1 defect occurs during a trial season of thirty days.
P:5.3 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate. Use of the Software in production before that certificate, or any payment, does not constitute acceptance. If a test fails, the Vendor shall remedy the defects within fifteen days at its own cost and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the functional specification for twenty-four months from Final Acceptance. During this period the Vendor shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 Response times: Severity 1 (a grading line or dispatch stopped) - response within one hour and a workaround within six hours; Severity 2 (a function impaired, with a workaround) - response within two hours; Severity 3 - next working day. Support is available in Chinese during the Buyer's operating hours, and around the clock during the harvest season for Severity 1.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response time, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Buyer may order annual support at a fee of 11% of the Software licence fee per year (CNY 138,600), which shall remain fixed for the first three support years. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code with Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, also through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not use it for any other purpose, nor retain copies after the work for which it was needed.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, through the Buyer's VPN with individual accounts. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, shall not transfer Buyer Data outside the People's Republic of China, and shall keep its tools free of malware.
P:8.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to, or loss or corruption of, Buyer Data, shall assist in remedying it, and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Buyer's grower, pricing and customer information, and shall use it only to perform this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation within the period in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breaches of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:12.2 The Buyer may also terminate if liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer under this Article, the Vendor shall refund amounts paid for services not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Spain.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the courts of the city of Lleida, Spain, which shall have exclusive jurisdiction.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; in case of discrepancy the English text prevails.
P:15.2 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt, and are effective on receipt.
P:15.3 This Agreement may be amended only in writing signed by both parties. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = r"""# ORDER FORM - FIELDPATH FIELD SERVICE MANAGEMENT

Order Form No. VBS-OF-2026-0377

This Order Form is entered into between **Vegas Bajas Software, S.L.**, Avenida de Elvas 41, 06006 Badajoz, Spain ("Provider"), and **Foshan Lianyi Commercial Kitchen Equipment Co., Ltd.**, Shunde District, Foshan, Guangdong, People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B where they differ.

## PART A - ORDER DETAILS

### A1. Service and Users

FieldPath is a cloud service for planning and recording field service work. Customer subscribes to FieldPath Professional for 180 named technician users and 25 named dispatcher and manager users, including the scheduling, mobile work order, spare parts, customer portal and reporting modules, hosted for Customer in Provider's data-centre region in mainland China operated by a licensed local cloud partner.

Onboarding services: configuration of Customer's service areas, skills and contract types; import of Customer's equipment base and open work orders; an interface to Customer's ERP system for spare parts and invoicing; three customer-specific report templates; and train-the-trainer sessions in Foshan.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months, divided into two Subscription Years, beginning on the Subscription Start Date, which is the date of Go-Live Acceptance under A5. The subscription ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| FieldPath Professional subscription, Subscription Year 1 | 205 named users | 296,000 |
| FieldPath Professional subscription, Subscription Year 2 | 205 named users, same fee | 296,000 |
| Onboarding services (one-time, fixed price) | as described in A1 | 46,000 |
| **Total Fees** | | **638,000** |

Fees include VAT. Additional named users may be added at CNY 1,444 per user per Subscription Year, prorated by month; such additions are not part of the Total Fees above.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance and payable within thirty days of invoice.

(b) Subscription fees are invoiced quarterly in advance, in eight equal instalments of CNY 74,000, the first on the Subscription Start Date, and are payable within thirty days of invoice.

(c) No other amounts are payable before Go-Live Acceptance.

### A5. Onboarding Plan and Go-Live Acceptance

(a) Provider shall complete the onboarding services and make FieldPath available for Go-Live Acceptance testing within sixty days after signature of this Order Form.

(b) Go-Live Acceptance criteria: (i) all configured service areas, skills and contract types match the approved design document; (ii) the imported equipment base and open work orders reconcile with Customer's export by record count and by a sample check of two hundred records; (iii) the ERP interface transfers parts consumption and completed work orders without error for ten consecutive working days; (iv) the mobile application works offline and synchronises on reconnection on the Android devices used by Customer's technicians; and (v) the three report templates reproduce Customer's reference figures for a test month.

(c) When the criteria are met, Customer shall sign a Go-Live Acceptance certificate. Use of FieldPath by Customer's staff during testing is not acceptance.

(d) If Go-Live Acceptance is delayed for reasons attributable to Provider beyond the date in A5(a), Provider shall pay Customer CNY 450 for each day of delay, up to a total of CNY 31,900.

### A6. Contacts and Signature

Provider contact: Project Director, Asia Pacific. Customer contact: Head of After-Sales Service. Notices under this Order Form are sent to the addresses above and by e-mail to the contacts.

Signed for Provider: ____________________   Signed for Customer: ____________________

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make FieldPath available to Customer's authorised users during the Subscription Term in accordance with the Order Form and the documentation.

1.2 Provider may update FieldPath from time to time, provided that updates do not materially reduce the functions subscribed by Customer. Provider shall announce major releases at least fourteen days in advance.

1.3 Customer is responsible for the accuracy of the data it enters and for keeping its users' log-in details to itself.

1.4 Provider shall provide Chinese-language support through a support portal, e-mail and a hotline, and shall give Customer's administrators access to the online knowledge base and release notes. Named user licences may be reassigned when a technician leaves Customer's employment.

1.5 Customer shall not resell FieldPath, use it to provide services to third parties other than its own end customers through the customer portal, or attempt to reverse engineer it.

### 2. Service Levels

2.1 Provider shall ensure that FieldPath is available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

2.2 Provider shall respond to incidents reported by Customer as follows: Priority 1 (the service is unavailable or work orders cannot be dispatched or closed) within thirty minutes, around the clock; Priority 2 (a major function is impaired) within two hours during business hours; Priority 3 (other issues) within one business day.

2.3 If monthly availability falls below the level in 2.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall. If Provider misses a Priority 1 response time, Customer receives a service credit of CNY 800 for each started hour of delay. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

### 3. Customer Data

3.1 Customer Data means all data that Customer or its users upload to or create in FieldPath, including customer, equipment, work order and technician data.

3.2 Customer Data belongs to Customer. Provider shall use Customer Data only to provide FieldPath and the services to Customer under this Order Form and for no other purpose.

3.3 At any time during the Subscription Term, and for thirty days after it ends, Customer may export Customer Data in CSV format through the standard export function.

### 4. Intellectual Property

4.1 FieldPath, the documentation and all improvements to them remain the property of Provider and its licensors.

4.2 The customer-specific report templates, the ERP interface mapping and all other configuration created for Customer belong to Customer. Customer may use, modify and have third parties use them freely, also after the Subscription Term.

### 5. Confidentiality

5.1 Each party shall keep confidential any non-public information disclosed by the other party in connection with the Order Form, use it only to perform the Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar duties.

5.2 These obligations do not apply to information that is public, already known to the recipient, or required to be disclosed by law. They survive for three years after the Subscription Term.

### 6. Subcontracting and Assignment

6.1 Apart from the hosting partner named in A1, Provider shall not subcontract any part of the services without Customer's prior written consent.

6.2 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.

### 7. Warranties

7.1 Provider warrants that FieldPath will perform materially in accordance with the documentation and that the onboarding services will be performed with reasonable skill and care by qualified staff.

7.2 Provider warrants that FieldPath does not infringe the intellectual property rights of any third party and shall defend Customer against any such claim.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

8.2 Provider's total aggregate liability arising out of or in connection with the Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid or payable by Customer in the six (6) months preceding the event giving rise to the claim.

8.3 The limits in this clause do not apply to personal injury caused by negligence, fraud, or Provider's obligations under 7.2.

### 9. Termination

9.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

9.2 If Customer terminates under 9.1, Provider shall refund any prepaid subscription fees for the period after termination.

9.3 On expiry or termination, Provider shall keep Customer Data available for export for thirty days and then delete it.

### 10. Governing Law and Disputes

10.1 The Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

### 11. General

11.1 The Order Form is the entire agreement of the parties on its subject and replaces prior proposals. Customer's purchase order terms do not apply.

11.2 Amendments must be in writing and signed by both parties. Neither party is liable for delay caused by events beyond its reasonable control.
"""

E03 = r"""
T:Purchase Agreement for Condition Monitoring Sensors and Software
P:Contract No. JLP-EQ-2026-052
P:Buyer: Hubei Jinlan Paper Co., Ltd., Xiaogan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Odiel Sensing Technologies, S.L., Polígono Industrial La Paz, Huelva, Spain (the "Supplier").
P:This Agreement is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to equip the paper machines, pulpers, vacuum pumps and fans of its Xiaogan mill with wireless condition monitoring, and the Supplier has offered the sensors, gateways and monitoring software set out below.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration and temperature sensors and the gateways listed in Clause 2, with their mounting kits and firmware.
P:1.2 "Software" means the Supplier's OdielWatch monitoring and analytics software, licensed under Clause 3.
P:1.3 "Works" means delivery, installation, commissioning, configuration of alarm limits and analytics models, integration with the Buyer's DCS historian, and training.
P:1.4 The Supplier shall supply the Equipment and the Software and perform the Works so that 320 measuring points on 104 machines are monitored continuously, with trend analysis, alarms and fault diagnosis visible in the Buyer's maintenance control room and on mobile devices.
H:2. Price
P:2.1 The Contract Price is CNY 1,894,000, inclusive of VAT, packing, transport to the mill, insurance, import duties and all costs of the Works. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX version where required|320|3,150|1,008,000
TB:2|Industrial gateway with redundant power supply|16|14,500|232,000
TB:3|OdielWatch monitoring software, perpetual licence, 400 points|1|416,000|416,000
TB:|Equipment and Software subtotal|||1,656,000
TB:4|Installation and commissioning|1 lot|128,000|128,000
TB:5|Configuration of alarm limits, analytics models and historian interface|1 lot|86,000|86,000
TB:6|Training of maintenance engineers|1 lot|24,000|24,000
TB:|Contract Price|||1,894,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate or price adjustment.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software for up to 400 measuring points at the Xiaogan mill, installed on the Buyer's own servers.
P:3.2 The licence includes all updates released during the warranty period and may be transferred to an affiliate of the Buyer that takes over the mill.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 189,400) within thirty days after signature and receipt of an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:4.2 Delivery and installation payment: 55% of the Contract Price (CNY 1,041,700) after all Equipment has been delivered and installed and the Software has been installed, as confirmed by a signed installation record. The installation record is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 662,900) within thirty days after the Final Acceptance Certificate is issued.
P:4.4 Each payment is made against a valid VAT invoice.
H:5. Delivery and Time Schedule
P:5.1 The Supplier shall deliver the Equipment to the mill within seventy days after signature and complete installation and commissioning within forty-five days after delivery. Installation on running machines shall be coordinated with the Buyer's planned shutdowns.
P:5.2 If the Supplier fails to meet the completion date in Clause 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If that maximum is reached, the Buyer may terminate this Agreement under Clause 13.
P:5.3 Each shipment shall be packed for sea and road transport and accompanied by a packing list, certificates of origin and conformity, test reports and ATEX certificates where applicable. On arrival, the parties shall open and inspect the shipment together and record any shortage or damage, which the Supplier shall make good at its cost. The Supplier shall train twelve of the Buyer's maintenance engineers in installation, configuration and diagnosis, on site and in Chinese.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of thirty days. Final acceptance tests shall be carried out at the end of the trial period under a test plan approved by the Buyer.
P:6.2 The acceptance criteria are: (a) all 320 points transmit data at the configured interval throughout the trial period, with gaps only during the Buyer's planned shutdowns; (b) vibration readings deviate from calibrated reference instruments by no more than 5% on a sample of 30 points; (c) alarms reach the control room and the mobile application within ten seconds of a limit being exceeded; (d) the historian interface transfers all point data without loss; and (e) no Severity 1 fault attributable to the Supplier occurs during the trial period.
P:6.3 When all criteria are met, the Buyer shall issue a Final Acceptance Certificate. Delivery, installation, use of the system during the trial period or any payment does not constitute acceptance. If a test fails, the Supplier shall correct the defects within fifteen days and the test shall be repeated at its cost.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months from the Final Acceptance Certificate. During the warranty period, the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before the end of their rated life, and shall correct Software defects.
P:7.2 Faults are classified as follows:
TB:Severity|Definition|Response|On-site or remote restoration
TB:Severity 1|Monitoring of a paper machine or more than 20 points lost|30 minutes|8 hours
TB:Severity 2|Single gateway or up to 20 points lost|2 hours|2 working days
TB:Severity 3|Other defects and questions|1 working day|Next software release or agreed date
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due or from the warranty bond.
P:7.4 After the warranty period, the Supplier shall offer annual maintenance, including firmware and Software updates, remote diagnosis support and spare sensors at list price less 20%, at an annual fee of 8% of the Equipment and Software subtotal (CNY 132,480). This fee is fixed for the first two years after warranty. Maintenance is ordered by the Buyer year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software and the firmware remain the property of the Supplier.
P:8.2 The analytics models, alarm limit sets, dashboards and historian interface configured specifically for the Buyer, with their documentation, belong to the Buyer, which may use, modify and license them freely.
H:9. Data
P:9.1 All measurement data, diagnostic results and machine information belong to the Buyer. The Supplier may use them only to perform this Agreement.
P:9.2 The Software is installed on the Buyer's network. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's jump server, and shall not copy data out of the Buyer's network. The Supplier shall ensure that the gateways and Software are configured securely, with changed default passwords and encrypted radio links.
P:9.3 The Supplier shall report to the Buyer within 24 hours any security incident affecting the system of which it becomes aware, shall cooperate in remedying it, and shall be liable for losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including drawings, process data and network information, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues for five years after this Agreement ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Clauses 9 and 10, which are unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. Local installation contractors proposed by the Supplier shall be approved in writing before they start work on site and shall follow the mill's safety rules.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the liquidated damages under Clause 5.2 reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:15. General
P:15.1 This Agreement, with its annexes (technical specification, installation plan and acceptance test plan), is the entire agreement of the parties on its subject. The Supplier's general terms of sale do not apply.
P:15.2 Force majeure excuses a party's delay only while it lasts and only if that party notifies the other promptly and takes reasonable steps to limit its effects.
P:15.3 This Agreement is made in English and Chinese, both texts being equally authentic, and enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. MMI-CN-2026-009

**Between** Jiangsu Meiheng Automotive Parts Co., Ltd., Wujin District, Changzhou, Jiangsu Province, People's Republic of China ("Customer"),

**and** Manchuela Managed IT, S.L., Calle de la Industria 18, 02006 Albacete, Spain ("Provider").

Customer manufactures brake and suspension components at two plants in Changzhou. Provider will take over the day-to-day operation of Customer's data-centre infrastructure, backup and plant networks for thirty-six months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and service credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer and its customers, suppliers and employees stored on or processed by the systems covered by the Services.

1.5 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 3.3.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Transition

3.1 Provider shall carry out the transition described in Schedule 1, Part B, within seventy-five days after signature, including discovery of all in-scope systems, installation of monitoring agents, documentation of configurations, creation of runbooks and knowledge transfer from Customer's current staff.

3.2 If Provider expects to miss the transition date, it shall inform Customer promptly, explain the reasons and propose a recovery plan for Customer's approval. Customer's in-house team continues to operate the systems until the Service Commencement Date.

3.3 Transition acceptance criteria: (a) all in-scope devices and servers listed in Schedule 1 are monitored in Provider's operations centre, with alerts tested for each device type; (b) configuration documentation and runbooks for every in-scope system are delivered and approved by Customer's IT manager; (c) a full restore test of the ERP and MES databases from backup is completed successfully; and (d) Provider has operated the systems in shadow mode for ten working days without a Priority 1 incident caused by Provider. When the criteria are met, Customer shall sign a transition acceptance certificate. The start of monitoring or of shadow operation is not acceptance.

## Section 4. Services and Service Levels

4.1 From the Service Commencement Date, Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall deliver a monthly service report showing availability, incidents, changes, backup results, capacity and open risks, and shall attend a monthly service review with Customer.

4.3 If Provider fails to meet a Service Level, Customer is entitled to the service credits in Schedule 2. Service credits do not prevent Customer from claiming damages for losses exceeding them or from exercising its rights under Section 10.

4.4 Provider shall assign a named service manager and a resident engineer at Customer's Changzhou site during Customer's working hours, and shall keep a Chinese-speaking on-call engineer available at all times.

4.5 Customer shall give Provider timely access to its sites, systems and staff, keep its first-line service desk in operation, and obtain the consents of its software vendors needed for Provider to operate their products. Provider is not responsible for a failure to meet a Service Level to the extent it is caused by Customer's breach of this Section 4.5, by hardware whose vendor support Customer has allowed to lapse, or by planned maintenance agreed with Customer in advance.

4.6 Changes to in-scope systems follow Customer's change management process. Emergency changes may be made to restore service and shall be recorded within one working day.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within thirty days of receipt of a valid VAT invoice.

5.3 No amount is payable before the Service Commencement Date.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and in accordance with Customer's documented instructions, and shall not use it for any other purpose.

6.2 Provider shall keep Customer Data within mainland China, access Customer's systems only through Customer's privileged access management system with individual accounts and multi-factor authentication, follow Customer's information security policies, and comply with the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law and MLPS requirements applicable to Customer's systems.

6.3 Provider shall notify Customer within two hours of discovering any security incident affecting Customer Data or the systems covered by the Services, shall take immediate containment measures, and is liable for losses caused by its breach of this Section 6.

## Section 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and approved subcontractors who need it and are bound by equivalent obligations. This Section survives for five years after the Agreement ends.

## Section 8. Intellectual Property

8.1 Provider's tools, monitoring platform and general know-how remain Provider's property.

8.2 The configuration documentation, runbooks, scripts and reports created for Customer belong to Customer, which may use, modify and give them to any successor provider without restriction.

## Section 9. Subcontracting

9.1 The on-site and on-call staff may be provided by Provider's wholly owned subsidiary Manchuela IT (Suzhou) Co., Ltd., which Customer approves by signing this Agreement. Any other subcontracting requires Customer's prior written consent. Provider remains responsible for its subcontractors.

## Section 10. Termination

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that it fails to remedy within thirty days after notice, or if Provider misses the availability Service Level in three consecutive months.

10.2 Either party may terminate if the other becomes insolvent.

10.3 On expiry or termination, Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, hand over all documentation and credentials, and return or securely delete Customer Data as Customer directs.

## Section 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the total Charges in Schedule 3. The limit does not apply to personal injury, fraud, wilful misconduct or breach of Sections 6 and 7.

11.2 Neither party is liable for lost profits or indirect loss, except where caused by wilful misconduct.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

Signed for Customer: ____________________   Signed for Provider: ____________________

## Schedule 1 - Services

**Part A - Scope of the Services**

| Service | In scope | Main tasks |
|---|---|---|
| Server operations | 46 virtual and 9 physical servers, two virtualisation clusters | monitoring, patching monthly, capacity management, incident and change handling |
| Backup and recovery | backup appliances at both plants, offsite copies | daily job checks, quarterly restore tests, annual recovery drill for ERP and MES |
| Network operations | core and plant switches, firewalls, Wi-Fi controllers at both plants | monitoring, configuration backup, firmware updates, troubleshooting |
| Service desk (second line) | infrastructure tickets raised by Customer's first-line desk | diagnosis, resolution or escalation to vendors |

**Part B - Transition**

| Step | Content | Target |
|---|---|---|
| Discovery | inventory and dependency mapping of all in-scope systems | day 20 |
| Tooling | monitoring agents, alert rules, access set-up | day 40 |
| Documentation | configuration records and runbooks approved by Customer | day 60 |
| Shadow operation | ten working days of operation alongside Customer's team | day 75 |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service credit |
|---|---|---|
| Availability of in-scope production servers (monthly) | 99.5% | 3% of the monthly service charge for each 0.1 percentage point below target |
| Response to Priority 1 incident (production stopped at a plant) | 15 minutes, 24x7 | CNY 1,000 per started hour of delay |
| Restoration of Priority 1 incident | 6 hours | CNY 2,000 per started hour beyond target |
| Response to Priority 2 incident | 1 hour, 24x7 | CNY 300 per started hour of delay |
| Failed daily backup job | rerun successfully on the same day | CNY 500 per job not rerun on time |

Total service credits in a month shall not exceed 20% of that month's service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, fixed | 72,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| **Total Charges** | | **2,160,000** |
| Exit assistance or additional work (not included in Total Charges) | per engineer day | 2,600 |
"""

E05 = r"""DATA SUBSCRIPTION AGREEMENT - EUROCREDIT COMPANY DATA API

Agreement No. CDS-2026-CN-118

PARTIES

Castilla Data Services, S.L., Calle Vitoria 212, 09007 Burgos, Spain ("Provider"); and

Ningbo Haiyue Supply Chain Management Co., Ltd., Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer finances and ships goods for Chinese exporters selling to companies in the European Union and needs reliable registry, ownership and credit data on those companies. Provider compiles company data from official registers and other lawful sources and makes it available through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the company registry, ownership, financial statement, credit score and adverse event data supplied by Provider through the API.

1.2 "Subscription Year" means each period of one year starting on the Subscription Start Date or on an anniversary of it.

1.3 "Subscription Start Date" means the date on which Provider issues production API credentials to Customer.

1.4 "Customer Query Data" means all data that Customer sends to the API or uploads for portfolio monitoring, including company identifiers, names of Customer's clients and exposure amounts.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data for Customer's internal credit assessment, onboarding checks, limit setting and portfolio monitoring.

2.2 The subscription includes up to 600,000 API calls per Subscription Year, monitoring of up to 8,000 companies with daily alerts, and access to the web portal for 25 named users.

2.3 Customer may store Data retrieved through the API in its own credit systems and keep it in its credit files after the Subscription Term as part of its records of decisions taken. Customer shall not resell the Data or build a competing database from it.

2.4 Provider shall make a usage dashboard available in the portal showing API calls, monitored companies and alerts, and shall send Customer a warning when eighty per cent of the annual call allowance has been used.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term consists of two Subscription Years starting on the Subscription Start Date.

3.2 At the end of the initial Subscription Term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

3.3 Provider may increase the annual subscription fee for any renewal term by giving Customer written notice at least ninety days before that renewal term starts. The increase shall not exceed 8% of the fee for the preceding Subscription Year.

4. FEES AND PAYMENT

4.1 The fees are:

   Annual subscription fee, Subscription Year 1 ........ CNY 386,000
   Annual subscription fee, Subscription Year 2 ........ CNY 386,000
   Onboarding and integration fee (one-time) ........... CNY 58,000
   Total fees for the initial Subscription Term ........ CNY 830,000

4.2 API calls above the annual allowance are charged at CNY 0.35 per call and invoiced quarterly in arrears. Such usage charges are not part of the total fees above.

4.3 Provider shall invoice the onboarding and integration fee and the annual subscription fee for Subscription Year 1 together on the Effective Date. Customer shall pay that invoice within fifteen days. Provider starts the onboarding work and issues sandbox credentials after receipt of this payment.

4.4 The annual subscription fee for Subscription Year 2 is invoiced at the start of that Subscription Year and payable within thirty days.

4.5 All fees are stated in CNY and include VAT. Provider shall issue valid VAT invoices through its invoicing agent in China.

5. ONBOARDING AND ACCEPTANCE

5.1 Within forty-five days after receipt of the payment under 4.3, Provider shall (a) map the API output to the fields of Customer's credit system, (b) configure Customer's score thresholds and alert rules, (c) load Customer's existing portfolio for monitoring and (d) support Customer's developers in integration testing in the sandbox.

5.2 Acceptance criteria: (a) the API returns complete records, with every field listed in Annex 1, for the 500 reference companies supplied by Customer that are active in the official registers; (b) the portfolio of existing clients is loaded and a test alert is received for each alert type; (c) the mapping to Customer's credit system is verified by Customer on fifty sample records without error; and (d) average API response time in the sandbox is under 800 milliseconds for single-company queries.

5.3 When the criteria are met, Customer shall sign an acceptance note and Provider shall issue production credentials. Access to the sandbox is not acceptance.

5.4 If Provider fails to complete onboarding within the period in 5.1 for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay. Customer may deduct this amount from any fees due.

6. SERVICE LEVELS

6.1 Provider shall ensure that the production API is available at least 99.95% of the time in each calendar month, excluding maintenance windows announced at least three days in advance and held at weekends.

6.2 Provider shall respond to Severity 1 incidents (API unavailable or returning errors for all queries) within thirty minutes at any time, and to Severity 2 incidents (degraded performance or incorrect data for a group of companies) within two hours during business hours in Beijing.

6.3 If availability in a month is below the level in 6.1, Provider shall credit 5% of the monthly equivalent of the annual subscription fee for each started 0.1 percentage point of shortfall. If Provider misses the Severity 1 response time, it shall credit CNY 600 for each started hour of delay. Credits are set off against the next invoice or refunded at the end of the term.

6.4 Provider shall correct Data that Customer reports as inaccurate, or confirm it with its source, within five business days.

7. DATA QUALITY

7.1 Provider shall compile the Data with reasonable care from sources it is entitled to use and shall update registry data at least weekly. Provider does not warrant that the Data is free from errors in the underlying public sources.

7.2 Provider shall state the source and the date of last update for each record, shall inform Customer in advance of any change in the coverage of a country or register, and shall not reduce the fields listed in Annex 1 during the Subscription Term.

7.3 Provider confirms that it obtains and supplies the Data in compliance with applicable data protection law, including the General Data Protection Regulation for personal data of directors and shareholders, and shall indemnify Customer against claims that Customer's permitted use of the Data infringes the rights of a third party.

8. CUSTOMER QUERY DATA AND SECURITY

8.1 Customer Query Data belongs to Customer. Provider shall use it only to provide the API and the monitoring service to Customer and shall not use it for any other purpose, including building or improving its databases or products for other customers.

8.2 Provider shall protect Customer Query Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging and annual penetration tests, and shall process it in servers located in mainland China operated by its hosting provider, Zhejiang Yunjing Data Centre Co., Ltd.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or disclosure or loss of, Customer Query Data, shall take remedial action, and shall be liable for losses caused by its breach of this Clause 8.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors own the Data, the API and the portal.

9.2 The field mappings, score threshold configurations and alert rules created for Customer belong to Customer, which may use and modify them freely and give them to any other data supplier.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the terms of this Agreement and all non-public information received from the other party, and shall use it only for this Agreement. This Clause survives for three years after termination.

11. SUBCONTRACTING

11.1 Except for the hosting provider named in 8.2, Provider shall not subcontract any part of its obligations without Customer's prior written consent.

12. LIABILITY

12.1 Provider's total liability under this Agreement is limited to 150% of the total fees for the initial Subscription Term, except for fraud, wilful misconduct, personal injury and breach of Clauses 8 and 10.

12.2 Neither party is liable for loss of profits or indirect loss.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within thirty days after written notice.

13.2 If Customer terminates under 13.1, Provider shall refund the subscription fees paid for the period after termination. On any termination, Provider shall delete Customer Query Data within thirty days and confirm the deletion in writing.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time.

15. GENERAL

15.1 This Agreement, with Annex 1 (Data fields) and Annex 2 (API documentation), is the entire agreement of the parties.

15.2 Amendments require a written document signed by both parties.

SIGNATURES

For Provider: ____________________        For Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
NAMES = {
    "z01": ("h938z01_commerce_bureau_scrap_vehicle_platform", "pdf", "zh", "software"),
    "z02": ("h938z02_calendar_factory_line_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h938z03_ice_climbing_chain_booking_saas", "txt", "zh", "cloud"),
    "z04": ("h938z04_meteorological_stations_om_service", "txt", "zh", "services"),
    "z05": ("h938z05_lacquer_thread_studio_tracking_supplier_template", "md", "zh", "software"),
    "e01": ("h938e01_packhouse_grading_licence_lleida_vendor", "pdf", "en", "software"),
    "e02": ("h938e02_field_service_saas_order_form_badajoz", "md", "en", "cloud"),
    "e03": ("h938e03_condition_monitoring_sensors_huelva", "docx", "en", "hardware"),
    "e04": ("h938e04_managed_infrastructure_36_months_albacete", "md", "en", "services"),
    "e05": ("h938e05_company_data_api_subscription_burgos", "txt", "en", "cloud"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

G, S = "goods_or_licence", "service"
# order of expected_terms as in holdout19
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
#          avail  p1    remedy ip        dsec   owns   conf   ld                    cap   prepay
#          acc    final warr  pwf   auto   term   sub    law      kind   | sla ld_stated capped deemed value
T = {
 "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20,
         True, True, 36, 9, False, True, False, "PRC", G, True, True, True, False, 2138000],
 "z02": [None, 0.5, True, "buyer", True, True, True, 0.1, None, 10,
         True, True, 24, 7, False, False, True, "PRC", G, True, True, True, False, 1410000],
 "z03": [99.5, 0.25, True, "buyer", True, False, True, 600 / 756000 * 100, 150, None,
         True, None, None, None, True, True, False, "PRC", S, True, True, None, False, 756000],
 "z04": [None, None, False, "buyer", True, True, False, 0.1, None, None,
         True, None, None, None, False, True, False, None, S, False, True, None, False, 468000],
 "z05": [None, 8, False, "supplier", True, True, True, 0.02, None, 65,
         False, False, 6, 26, False, True, None, "PRC", G, True, True, True, True, 386000],
 "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 20,
         True, True, 24, 11, False, True, False, "Spain", G, True, True, True, False, 1760000],
 "e02": [99.95, 0.5, True, "buyer", False, True, True, 450 / 638000 * 100, 6 / 24 * 100, None,
         True, None, None, None, False, True, False, "PRC", S, True, True, None, False, 638000],
 "e03": [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10,
         True, True, 36, 8, False, True, False, "PRC", G, True, True, True, False, 1894000],
 "e04": [99.5, 0.25, True, "buyer", True, True, True, None, 150, None,
         True, None, None, None, False, True, False, "PRC", S, True, False, None, False, 2160000],
 "e05": [99.95, 0.5, True, "buyer", True, True, True, 500 / 830000 * 100, 150, 444000 / 830000 * 100,
         True, None, None, None, True, True, False, "PRC", S, True, True, None, False, 830000],
}
# the design list (what I meant each draft to raise)
DESIGN = {
 "z01": [], "z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
 "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
 "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
         "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
 "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "e03": [],
 "e04": ["CR-LD-MISSING", "CR-SLA-AVAILABILITY"], "e05": ["CR-AUTO-RENEWAL", "CR-PREPAYMENT"],
}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "high", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}
FORUM_OUTSIDE = {"e01"}  # disputes go to a court outside mainland China (Lleida)
# TCO inputs for goods/licence drafts: itemised licence/hardware subtotal (fee base)
FEE_BASE = {"z01": 1180000, "z02": 1144400, "z05": 268000, "e01": 1260000, "e03": 1656000}
# price lines and payment instalments, asserted against the contract value
ITEMS = {"z01": [1180000, 736000, 154000, 68000], "z02": [672000, 235200, 51200, 186000, 148600, 96000, 21000],
         "z03": [336000, 336000, 84000], "z04": [468000], "z05": [268000, 92000, 26000],
         "e01": [1260000, 388000, 74000, 38000], "e02": [296000, 296000, 46000],
         "e03": [1008000, 232000, 416000, 128000, 86000, 24000], "e04": [72000, 36 * 58000],
         "e05": [386000, 386000, 58000]}
PAYMENTS = {"z01": [427600, 962100, 748300], "z02": [141000, 916500, 352500], "z03": [84000] + [84000] * 8,
            "z04": [210600, 257400], "z05": [250900, 135100], "e01": [352000, 792000, 616000],
            "e02": [46000] + [74000] * 8, "e03": [189400, 1041700, 662900], "e04": [72000] + [58000] * 36,
            "e05": [444000, 386000]}
SUBTOTALS = {"z02": (672000 + 235200 + 51200 + 186000, 1144400), "e03": (1008000 + 232000 + 416000, 1656000)}

HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    v = T[key]
    terms = dict(zip(TERM_KEYS, v[:19]))
    sla, ld_stated, capped, deemed, value = v[19:]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return terms, extra


def tco_share(key, terms, extra):
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or terms["warranty_months"] is None:
        return None
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fee = FEE_BASE[key] * terms["post_warranty_fee_pct"] / 100
    return years * fee / (extra["contract_value"] + years * fee) * 100


def derive(key, terms, extra):
    """My reading of policy §3 and its section 'Where rules apply, and how clauses are read'."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
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
    if terms["contract_kind"] == G:
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = terms["post_warranty_fee_pct"]
        if pwf is None or not extra["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, terms, extra)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if terms["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
PATTERNS = [
    r"99\.9(?!\d)",                                                     # availability
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*(?:个)?\s*小时",
    r"(?<![-\w])four\s*(?:\(4\)\s*)?hours?",                             # P1 response
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五",                # LD per day
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之(?:一)?百",                    # liability cap
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])",       # prepayment
    r"(?<![\d.,年])12\s*(?:个)?\s*(?:月(?!\s*\d{1,2}\s*日)|months?\b)", r"(?<![\d.,])12-month", r"(?<![一二三四五六七八九])十二\s*个\s*月",
    r"twelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?", r"(?:质保|保修)\S{0,4}一年", r"(?:one|1)[\s-]*year\s*warranty",
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?!点)",                     # post-warranty fee
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])",       # TCO share
    r"\b(?:thirty|fifteen|forty|one\s*hundred)[\s-]*(?:per\s*cent|percent)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "不低于99.9 %", "4小时", "4 hours", "within four hours", "四小时", "4h", "0.05%", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "12个月", "12 months", "十二个月",
            "twelve (12) months", "12-month", "质保期一年", "15%", "百分之十五", "40%", "百分之四十", "thirty percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "within 24 hours", "14 hours", "0.5%", "0.055%",
             "万分之八", "200%", "150%", "1,100,000", "130%", "3%", "30 days", "30日", "三十日", "24个月", "36 months",
             "二十四个月", "115%", "1.5%", "15 days", "15日", "140%", "4%", "35%", "2小时", "thirty days", "一年",
             "百分之三十五", "10.05%", "65%", "2026年12月31日"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    scan_selftest()
    markup, targets = {}, {}
    for key, (stem, ext, lang, cat) in NAMES.items():
        path = OUT / (stem + "." + ext)
        if ext in ("txt", "md"):
            path.write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", path.name)
        else:
            markup[key] = SOURCES[key]
            targets[key] = (path.name, ext)
    write(markup, targets, OUT, wrap_words=True)

    seen = set()
    for key, (stem, ext, lang, cat) in NAMES.items():
        terms, extra = label(key)
        value = extra["contract_value"]
        assert sum(ITEMS[key]) == value, (key, "items", sum(ITEMS[key]))
        assert sum(PAYMENTS[key]) == value, (key, "payments", sum(PAYMENTS[key]))
        for k, thr in THRESHOLDS.items():
            assert terms[k] is None or abs(terms[k] - thr) > 1e-9, (key, k, terms[k])
        share = tco_share(key, terms, extra)
        if share is not None:
            assert abs(share - 40) > 2, (key, "tco", share)
        rules = derive(key, terms, extra)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        assert risk == RISK[key], (key, risk)
        seen |= set(rules)
        text = read_back(OUT / (stem + "." + ext))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, "zh chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, "en words", n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(form)
            assert not m, (key, "threshold figure", form[max(0, m.start() - 30):m.end() + 30])
        lab = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
               "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s %-5s %5d %s %s share=%s" % (key, lang, n, RISK[key], ",".join(r[3:] for r in rules) or "(none)",
                                               None if share is None else round(share, 2)))
    assert seen == ALL_RULES, sorted(ALL_RULES - seen)
    for k, (a, b) in SUBTOTALS.items():
        assert a == b, k
    print("all checks passed")


if __name__ == "__main__":
    main()
