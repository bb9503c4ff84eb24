"""holdout1005: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, thresholds, rule coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
Z01 = r"""
T:市残疾人联合会残疾人辅具适配服务平台采购合同
P:采购项目编号：CLZC-2027-0418    合同编号：SCL-FJ-2027-06
P:甲方（采购人）：某市残疾人联合会    地址：某市政务服务中心东楼七层
P:乙方（供应商）：某市康益信息技术有限公司    地址：某市高新区创新路88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标的中标结果，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 合同标的
P:1.1 乙方向甲方提供"残疾人辅具适配服务平台"（以下简称"平台"）的软件许可及定制开发服务。平台用于残疾人辅具需求登记、评估转介、适配方案制定、补贴申领审核、配发登记及回访的全流程管理，覆盖市、县（区）、乡镇（街道）三级经办机构。
P:1.2 平台应与省残疾人两项补贴信息系统、市政务服务平台及民政救助信息系统对接，实现残疾人证信息核验、补贴资格比对和办件结果推送。
P:1.3 招标文件、乙方投标文件、澄清及承诺文件均为本合同的组成部分；内容不一致的，以本合同约定为准。
H:第二条 合同价款
P:2.1 合同总价为人民币1,434,000元（大写：壹佰肆拾叁万肆仟元整）。本合同为固定总价合同，已包含软件许可、开发、部署、迁移、培训、税费以及质保期内的全部服务费用，甲方不再另行支付其他费用。
P:2.2 分项价格如下：（1）平台软件许可（永久使用，市、县两级不限用户数）760,000元；（2）定制开发（辅具评估量表、适配方案库、补贴审核流程、移动端回访小程序）540,000元；（3）历史数据迁移48,000元；（4）实施部署与培训86,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合法有效的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即286,800元。
P:3.2 平台部署完成并通过初验后，甲方支付合同总价的45%，即645,300元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即501,900元。
P:3.4 甲方通过财政国库集中支付系统付款。因财政资金审批程序造成的合理延迟，不视为甲方违约，但甲方应及时告知乙方。
H:第四条 交付与实施
P:4.1 乙方应于合同签订之日起90日内完成平台部署、定制开发与历史数据迁移，并书面提交初验申请。初验通过后，平台进入为期60日的试运行。
P:4.2 乙方应配备项目经理1名及不少于5名开发、实施人员驻场工作。项目经理未经甲方书面同意不得更换。
P:4.3 乙方应对市、县两级经办人员及乡镇专职委员分批开展操作培训，培训不少于6场，并提供操作手册和视频教程。
P:4.4 甲方应提供平台部署所需的政务云资源、网络环境及各接口的调用授权，指定专人协调市、县两级经办机构配合实施，并及时确认乙方提交的需求说明和测试方案。
H:第五条 验收
P:5.1 初验标准：（1）招标文件及本合同附件功能清单所列功能全部实现；（2）与省两项补贴系统、政务服务平台、民政救助系统的接口联调通过，数据交换准确无误；（3）历史数据迁移经全量比对无差错；（4）在300个并发用户条件下，常用页面响应时间不超过3秒；（5）第三方测评机构出具的安全测评报告无高风险问题。
P:5.2 最终验收标准：试运行期间未发生一级故障，初验遗留问题全部整改完毕，技术文档、源代码及培训记录齐全。甲方组织专家按上述标准进行验收，并出具书面验收报告。
P:5.3 平台上线使用或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改完毕并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、接口适配以及远程和现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可价格的9%（即每年不超过68,400元），该标准在质保期满后三年内不上调。维护合同按年度另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%。计划内维护不计入不可用时间，但应提前3个工作日通知甲方，并安排在夜间或节假日进行。
P:7.2 故障响应：一级故障（平台整体不可用，或补贴审核、办件推送无法办理）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障应在2小时内响应、24小时内解决；三级问题纳入下一版本解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减应付款或维护费800元；月度可用率每低于约定值0.1个百分点，扣减1,000元。
H:第八条 数据安全
P:8.1 平台内的残疾人个人信息、评估记录、补贴数据及其衍生数据均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》。平台按网络安全等级保护第三级要求部署于甲方政务云；乙方运维人员须经甲方审批后通过堡垒机访问，不得复制、导出或在外部设备上存储数据。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成安全事件的，乙方承担全部责任，赔偿甲方及相关残疾人的损失，并承担由此产生的行政处罚。
H:第九条 知识产权
P:9.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的功能模块、接口程序、小程序、源代码及技术文档的知识产权归甲方所有。乙方应在最终验收时移交源代码，甲方可自行或委托第三方修改和使用。
P:9.3 乙方保证所提供的软件不侵犯第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 平台经两次整改仍验收不合格的，甲方有权解除合同，乙方应退还已收取的全部款项并赔偿甲方损失。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转让或分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方执四份，乙方执二份，具有同等法律效力。
P:14.2 附件：功能清单、接口清单、项目实施计划。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2027年4月28日
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
Z02 = r"""
T:筋膜枪生产线控制系统改造合同
P:合同编号：JMQ-GZ-2027-015
P:甲方（买方）：某市动能健康器械有限公司
P:乙方（卖方）：某省智控自动化工程有限公司
P:甲方为提升筋膜枪电机装配线、整机测试线及包装线的自动化水平，委托乙方对其生产线控制系统实施改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、改造范围
P:（一）乙方负责甲方二号厂房共12条生产线（电机装配线6条、整机测试线4条、包装线2条）控制系统的设计、供货、安装、程序改写、联调及培训，包括更换PLC及电气控制柜、伺服驱动系统、工业触摸屏，新增在线视觉检测单元和边缘采集网关，并部署产线数据采集及监控软件。
P:（二）改造须利用甲方春节停产期及周末分批实施，每批停线时间不超过72小时，不得影响甲方的正常交货计划。
P:（三）乙方提供的设备和软件应为原厂全新正品，符合国家及行业现行标准和技术协议要求，并随货提供合格证、说明书、电气原理图及接线图。PLC及伺服品牌型号以技术协议为准，未经甲方书面同意不得替换。
H:二、合同价格
P:（一）合同总价为人民币1,508,000元（大写：壹佰伍拾万零捌仟元整），含设备、软件许可、运输、安装、调试、培训及税费。分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及电气控制柜改造|12套|46,000|552,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|工业触摸屏（HMI）|12台|8,200|98,400
TB:4|在线视觉检测单元（按摩头装配及外观检测）|4套|38,500|154,000
TB:5|产线数据采集及监控软件许可（永久）|1套|186,000|186,000
TB:6|边缘采集网关|12台|3,800|45,600
TB:|软硬件小计|||1,348,000
TB:7|安装调试及控制程序改写|1项|142,000|142,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合计|||1,508,000
P:（二）上述价格为固定价格，合同履行期间不因原材料、汇率或人工成本变化而调整。乙方为完成改造所需的辅材、线缆及专用工具均已包含在合同价格内。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即301,600元。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的42%，即633,360元。到货签收仅确认数量和外观，不视为质量验收。
P:（三）12条生产线全部通过最终验收后，甲方支付合同总价的33%，即497,640元。
P:（四）余款5%即75,400元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:四、交付与工期
P:（一）乙方应于合同生效后45日内将全部设备运抵甲方厂房，并于设备到货后60日内完成全部产线的安装、程序改写和联调。
P:（二）乙方应提前提交分批改造计划，经甲方生产部门确认后实施；改造过程中应做好原有程序和参数的备份。
P:（三）乙方施工人员进入甲方厂区，应遵守甲方的安全生产、防静电及现场管理制度，动火、登高及带电作业须办理作业许可。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:（四）甲方应按计划提供停线窗口、施工用电及必要的场地，提供原有程序、图纸和工艺参数，并指定设备部负责人作为现场联系人。
H:五、验收
P:（一）每条产线改造完成后，乙方提交单线验收申请。单线验收标准为：设计文件所列控制功能全部实现；连续72小时带料运行无停机故障；电机装配工位节拍不高于22秒；视觉检测漏检率和误判率符合技术协议；数据采集软件与甲方MES系统的数据比对一致。
P:（二）全部产线通过单线验收并稳定运行30日后，甲方组织最终验收，双方签署最终验收报告。
P:（三）设备到货、安装完成或甲方在生产中使用改造后的产线，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:六、质量保证与售后维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费更换损坏的部件，免费提供程序修改和软件升级服务。
P:（二）质保期内故障响应：一级故障（整条产线停机）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（单工位停机或检测功能失效）应在2小时内响应，48小时内修复。乙方每超时1小时，向甲方支付500元。
P:（三）质保期满后，甲方如需乙方继续提供维保服务，年度维保费按软硬件小计的28%计取，即每年人民币377,440元，包含定期巡检、备件更换和程序维护。该费率自质保期满之日起四年内不作调整，维保合同按年签订，不自动续期。
H:七、数据安全
P:（一）产线运行数据、工艺参数、质量检测图像及生产计划等数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的VPN接入并全程留痕；乙方不得在控制系统中设置未经甲方同意的远程通道或后门程序。
P:（三）因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，配合处置，并承担由此造成的全部损失。
P:（四）改造完成后，乙方应向甲方移交全部账号、口令和网络拓扑资料，并删除调试电脑中留存的甲方程序及数据，书面确认删除结果。
H:八、保密
P:乙方对在履约过程中获悉的甲方产品设计、工艺参数、客户及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:九、知识产权
P:（一）乙方为本项目改写和编制的PLC程序、触摸屏画面、视觉检测算法参数及源程序的知识产权归甲方所有，乙方应在最终验收时一并移交。
P:（二）产线数据采集及监控软件的著作权仍归其权利人，甲方享有永久使用权。
H:十、分包
P:乙方可将电气安装、桥架敷设及布线工作分包给其合作单位，但应在分包单位进场前书面通知甲方。乙方对分包单位的工作质量和安全负责。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方施工造成甲方停产的，乙方应赔偿甲方因此遭受的直接损失。
P:（三）改造后的产线未达到技术协议规定的节拍或检测指标，经两次整改仍不合格的，甲方有权要求乙方更换设备或退货，并赔偿损失。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十二、合同解除
P:乙方严重违约，或逾期超过30日仍未完成改造的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:十三、不可抗力
P:因地震、火灾、疫情防控措施等不可抗力致使合同不能按期履行的，受影响一方应在3日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十五、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术协议、设备清单、分批改造计划。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z03 (.txt, 1. / 1.1)
Z03 = r"""明视视力矫正连锁门店预约及会员管理系统服务合同

合同编号：MS-IT-2027-032
甲方（客户）：某省明视视力健康管理连锁有限公司
乙方（服务商）：某市云瞳软件科技有限公司

鉴于甲方在省内经营35家视力矫正及验配门店，需要统一的线上预约、会员管理和门店运营系统，乙方具备提供相应云服务（SaaS）的能力，双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方以软件即服务方式向甲方提供"瞳约"预约及会员管理系统（以下简称"系统"），包括：线上预约（微信小程序、公众号、门店前台）、验光师排班、会员档案及积分、储值卡及套餐管理、复查提醒、门店收银对接、总部经营报表。
1.2 乙方负责系统实施，包括35家门店的账号开通与配置、甲方现有会员数据（约21万条）迁移、与甲方收银系统及企业微信的接口开发、门店店长和前台人员培训。
1.3 服务期为两个服务年度。第一服务年度自系统通过上线验收之日起计算，第二服务年度紧接第一服务年度。

2. 服务费用
2.1 合同总价为人民币898,000元（大写：捌拾玖万捌仟元整），由以下部分组成：
（1）门店订阅费：35家门店，每店每服务年度9,800元，每服务年度343,000元；
（2）总部管理及会员中心模块订阅费：每服务年度58,000元；
（3）以上订阅费合计每服务年度401,000元，两个服务年度合计802,000元；
（4）一次性实施费96,000元（含数据迁移、接口开发及培训）。
2.2 服务期内甲方新增门店的，按每店每服务年度9,800元按月折算另行计费，不计入本合同总价；甲方关闭门店的，自次月起相应减少订阅费，由双方签订补充协议确认。

3. 付款方式
3.1 实施费96,000元在系统通过上线验收后15个工作日内支付。
3.2 第一服务年度订阅费401,000元在系统通过上线验收后15个工作日内支付；第二服务年度订阅费401,000元在第二服务年度开始后15个工作日内支付。
3.3 乙方应在每次付款前开具合法有效的增值税专用发票。本合同不设预付款。

4. 实施与上线验收
4.1 乙方应在合同签订后50日内完成实施工作并提交上线验收申请。实施计划由双方在合同签订后7日内确认。
4.2 上线验收标准：（1）附件一功能清单所列功能全部可用；（2）迁移后的会员数量、余额、积分与甲方原系统逐条核对一致；（3）收银接口与企业微信接口联调通过，连续7日数据无差错；（4）系统在门店营业高峰（500个并发用户）下，预约提交及收银查询响应时间不超过2秒；（5）甲方选取的5家试点门店连续试运行14日，未发生影响营业的故障。
4.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收通过；验收不合格的，乙方应在7日内整改并重新申请验收。
4.4 乙方应为甲方各门店店长、前台及验光师分区域开展现场培训不少于4场，并提供操作手册、短视频教程和在线答疑群；门店新员工入职时，乙方应提供远程培训支持。
4.5 甲方应指定项目负责人，按时提供会员数据、门店信息及收银系统接口文档，协调各门店配合试运行，并对乙方提交的配置方案及时确认。

5. 服务水平
5.1 系统月度可用率不低于99.95%，计划维护应安排在每日22:00以后进行，并提前48小时通知甲方。
5.2 故障分级及响应：一级故障（预约、收银或会员查询在多家门店无法使用）乙方应在30分钟内响应，3小时内恢复；二级故障（单一门店或单一功能异常）应在2小时内响应，24小时内解决；三级问题（咨询及优化需求）应在2个工作日内答复。
5.3 乙方应每月向甲方提供服务报告，列明可用率、故障及处理情况。乙方应设立7×24小时服务热线和在线工单系统，并为甲方指定专属客户经理，负责需求对接和问题跟踪。
5.4 上述服务水平为乙方的服务目标。乙方未达到服务水平的，应尽快修复并提交故障分析报告，但不因此承担扣减服务费、赔偿或违约金责任。

6. 数据归属与数据安全
6.1 甲方会员的个人信息、验光及视力档案、预约和消费记录等全部业务数据属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供或用于营销。
6.2 系统部署在中国境内的云平台，已通过网络安全等级保护第三级测评。乙方应对敏感个人信息加密存储和传输，实行最小权限管理并保留完整的访问日志，日志保存不少于六个月。
6.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并配合甲方履行向监管部门和会员告知的义务。因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
6.4 服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除，出具删除证明。

7. 保密
双方对在合作中获悉的对方商业信息、价格及经营数据负有保密义务，未经对方书面同意不得披露给第三方。保密义务在合同终止后三年内继续有效。

8. 知识产权
8.1 系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。
8.2 乙方为甲方定制开发的报表、小程序页面、接口程序及相关源代码的知识产权归甲方所有，甲方可自行修改或交由第三方使用。

9. 违约责任
9.1 乙方未按第4.1条约定时间提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
9.3 任何一方违反第6条、第7条约定的，应赔偿对方因此遭受的全部损失。

10. 分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。经同意分包的，乙方对分包方的行为承担连带责任。

11. 续期与终止
11.1 服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
11.2 续期的订阅费由乙方根据其当年的价格体系确定，乙方可在续期时上调订阅费，但上调幅度不超过上一服务年度订阅费的10%，乙方应在续期前15日书面通知甲方。
11.3 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费并赔偿损失。

12. 不可抗力
因自然灾害、公共卫生事件、政府行为等不可抗力导致任何一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明。因不可抗力造成的服务中断时间不计入可用率统计，但乙方应尽最大努力恢复服务。不可抗力持续超过30日的，任何一方可解除合同，甲方已支付的未履行期间订阅费由乙方退还。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。

14. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一：功能清单；附件二：实施计划；附件三：服务水平说明。

甲方（盖章）：____________        乙方（盖章）：____________
签订日期：2027年5月12日"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 + （一）)
Z04 = r"""某县林业局森林防火视频监控系统运维服务合同

项目编号：LYJ-CS-2026-077（竞争性磋商）
合同编号：LYJ-YW-2027-01
甲方（采购人）：某县林业局
乙方（成交供应商）：某市林安智能科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和成交结果，甲乙双方经协商一致，就森林防火视频监控系统运维服务订立本合同。

第一条 服务范围
（一）运维对象为甲方已建成的森林防火视频监控系统，包括：分布于全县11个乡镇林区的146个前端监控点（含双光谱云台摄像机、铁塔、太阳能供电及无线传输设备）、县森林防火指挥中心监控平台、存储服务器、大屏显示系统及至各乡镇的传输链路。
（二）服务内容包括：日常监测与巡检、故障维修、设备清洁及防雷检测、软件平台维护与升级、备品备件供应、防火紧要期应急保障、运维台账管理及技术培训。
（三）服务期为2027年1月1日至2027年12月31日。服务期满本合同自然终止，不自动续期；甲方如需继续采购，应依法重新组织采购。

第二条 合同价款
（一）合同总价为人民币836,000元（大写：捌拾叁万陆仟元整），为固定总价，包含人工、交通、登高作业、备品备件、检测、税费等全部费用。
（二）分项价格：前端监控点运维146个，每点每年3,200元，计467,200元；指挥中心平台及传输链路运维198,000元；备品备件112,800元；防火紧要期应急保障58,000元。

第三条 付款方式
（一）服务费按季度支付，每季度209,000元。甲方在每季度服务考核合格后15个工作日内支付当季服务费。
（二）季度考核扣款从当季服务费中直接扣除。本合同不设预付款。
（三）乙方应在每次付款前向甲方开具合法有效的发票。

第四条 服务要求
（一）乙方应组建不少于8人的运维团队，其中驻县城运维人员不少于4人，配备登高作业、电工等持证人员及巡检车辆2辆。
（二）前端监控点每季度至少现场巡检一次，防火紧要期（每年1月至5月、10月至12月）每月巡检一次，巡检内容包括设备运行状态、云台转动、红外测温、供电及防雷接地。
（三）乙方应每月向甲方提交运维月报，列明巡检、故障处理、备件消耗及系统运行情况，并及时更新设备资产台账。
（四）乙方应在县城设立备件库，常备摄像机机芯、云台、无线网桥、蓄电池、光电转换器等易损件，备件种类和数量不低于磋商响应文件的承诺；更换下的旧件应登记后交还甲方。
（五）防火紧要期及甲方发布的高火险天气期间，乙方应安排运维人员在指挥中心24小时值守，配合甲方开展火情核查、视频调度和联动处置；发生火情时，乙方应按甲方指令保障现场周边点位的图像回传。
（六）乙方每半年对甲方指挥中心值班人员开展一次系统操作及常见故障处置培训，并提供培训记录。

第五条 甲方义务
（一）甲方应向乙方移交系统现有的设备清单、网络拓扑、账号及技术资料，协调乡镇林业站、护林员配合乙方进入林区点位开展工作。
（二）甲方应按约定支付服务费，并及时对乙方提交的月报、维修方案和备件更换申请进行确认。

第六条 服务水平
（一）指挥中心监控平台年度可用率不低于99.95%。计划维护须提前3个工作日报甲方批准，防火紧要期内原则上不安排计划维护。
（二）故障分级：一级故障指指挥中心平台瘫痪、存储服务器故障，或同一乡镇3个以上前端点位同时离线；二级故障指单个前端点位离线或图像异常；三级故障指不影响监测功能的一般问题。
（三）响应时限：一级故障乙方应在30分钟内响应，2小时内到达指挥中心或现场，8小时内恢复；二级故障应在1小时内响应，24小时内修复（偏远山区点位可延长至48小时）；三级故障在3个工作日内解决。
（四）考核扣款：一级故障每超时1小时扣款600元；二级故障每超时1小时扣款100元；平台年度可用率每低于约定值0.01个百分点，扣款2,000元。

第七条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括巡检完成率、故障响应及修复时限、月报及台账质量，考核结果作为支付当季服务费的依据。
（二）服务期满后，甲方组织年度服务验收。验收标准为：全部巡检按计划完成并有记录；系统运行及故障处理符合第六条要求；设备资产台账与实物一致；运维技术文档齐全并移交甲方。甲方出具书面验收意见。
（三）年度服务验收不合格的，乙方应在15日内整改并重新申请验收；整改期间乙方仍应保障系统正常运行。服务期满时，乙方应配合甲方或甲方新选定的运维单位完成交接，交接期不少于15日，交接期间不另行收费。

第八条 数据安全
（一）监控视频、火情告警记录、点位坐标及系统日志等数据均属于甲方所有。乙方仅可为履行运维义务使用，不得复制、传播或用于其他任何用途。
（二）乙方应遵守《网络安全法》《数据安全法》，运维操作须通过甲方堡垒机进行并留存日志，不得私自开设远程访问通道。
（三）发生数据泄露、丢失或系统被入侵等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿损失。

第九条 保密
乙方对在服务中知悉的林区监控点位分布、系统网络结构、账号口令等信息负有保密义务，不得向任何第三方泄露，不得在公开场合或网络上发布监控画面。乙方应与参与本项目的运维人员签订保密承诺书。本条义务在合同终止后继续有效。

第十条 知识产权
运维过程中形成的巡检记录、资产台账、技术文档及乙方编写的脚本程序，其所有权和知识产权归甲方所有。

第十一条 违约责任
（一）乙方未按约定时间进场接管运维，或未按计划完成季度巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不到位导致火情未能及时发现并造成损失的，乙方应依法承担赔偿责任。
（三）乙方驻场运维人员数量或持证资质不符合承诺的，每缺一人每日扣款300元，从当季服务费中扣除。
（四）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。

第十二条 分包与转让
乙方不得转包本项目。铁塔登高维修等专项作业确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。

第十三条 合同解除
乙方严重违约，经甲方书面通知后7日内仍未改正，或季度考核连续两次不合格的，甲方有权解除合同，并要求乙方赔偿损失。合同解除的，甲方按乙方实际提供服务的期间结算服务费。

第十四条 不可抗力
因地震、山洪、雷击等自然灾害或其他不可抗力造成设备损毁、服务中断的，受影响一方应及时通知对方，相应期间不计入考核；乙方应在条件允许后尽快组织抢修，因此发生的设备更换费用由双方另行协商。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、乙方响应文件及运维服务方案为本合同附件。

甲方（盖章）：____________        乙方（盖章）：____________
签订日期：2026年12月28日"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
Z05 = r"""# 织迹工艺流程追踪系统 软件许可及定制开发合同

> 织迹软件标准合同文本 V3.0（乙方提供）

合同编号：ZJ-HT-2027-0219

- **甲方（用户）**：某市素华绢人艺术工作室
- **乙方（供应商）**：某市织迹软件有限公司

甲方因绢人制作工艺管理需要，向乙方购买"织迹工艺流程追踪系统"（以下简称"系统"）软件许可并委托乙方进行定制开发。双方本着平等自愿的原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供系统标准版软件许可一套，包括订单管理、工序派工、物料（绢、纱、铜丝、颜料等）出入库、作品档案及图片管理、工时统计等模块，授权在甲方一处工作场所内使用，用户数不超过30个。

1.2 乙方按甲方需求进行定制开发，内容为：绢人制作十二道工序（头模、开脸、扎骨、缠纱、塑形、服饰、头饰、道具、组装等）的工序卡及质检节点配置、作品唯一编码及溯源页面、非遗传承人工艺记录模块、与甲方网店订单的数据对接。

1.3 乙方负责系统的安装部署，并为甲方人员提供一次集中培训。

1.4 系统运行环境：服务器操作系统、数据库软件、防病毒软件及移动终端由甲方自行采购，不包含在本合同价款内。乙方可协助甲方选型，但对第三方产品的质量不承担责任。

## 第二条 合同价款

合同总价为人民币318,000元（大写：叁拾壹万捌仟元整），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工艺流程追踪系统标准版软件许可（永久） | 168,000 |
| 2 | 定制开发（工序卡、溯源页面、传承记录模块、网店对接） | 126,000 |
| 3 | 安装部署及培训 | 24,000 |
| | 合计 | 318,000 |

以上价格含增值税。甲方后续增加用户数或功能模块的，按乙方当时的报价另行签订合同。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即159,000元，乙方收到款项后启动项目。

3.2 系统安装部署完成并上线运行后10个工作日内，甲方支付合同剩余的50%，即159,000元。

3.3 甲方逾期付款的，每逾期一日，应按未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停服务并停止软件授权。

3.4 乙方在收到每笔款项后15个工作日内向甲方开具增值税普通发票。甲方需要开具专用发票的，应在付款前书面告知。

## 第四条 交付与上线

4.1 乙方在收到首期款后60个工作日内完成定制开发和安装部署。因甲方需求变更、资料提供不及时或场地条件不具备造成的延误，交付期限相应顺延。

4.2 甲方应为系统部署提供服务器或乙方认可的云主机、网络环境，并指定一名联系人负责需求确认。

4.3 需求确认以甲方签字的需求说明书为准；需求说明书签署后，甲方提出的新增或变更需求，乙方有权另行收费。

4.4 乙方为甲方提供一次集中培训，培训时长不超过一天，培训人数不超过15人。甲方需要增加培训场次的，按每场2,000元另行计费。

4.5 乙方交付的内容为系统安装程序、用户操作手册及授权文件。定制开发部分以可执行程序形式交付，乙方不提供源代码。

## 第五条 验收

5.1 系统安装部署完成后，乙方通知甲方上线运行。系统上线运行之日即视为甲方验收合格。

5.2 甲方在上线后7日内未提出书面异议的，视为对全部交付内容无异议。甲方使用系统处理实际业务的，视为已接受系统。

5.3 系统上线后发现的问题，按第六条售后服务的约定处理，不影响甲方按第三条支付款项的义务。

## 第六条 售后服务

6.1 系统上线之日起六个月为免费维护期。免费维护期内，乙方对系统本身的缺陷免费修复。

6.2 乙方在工作日9:00至17:30通过电话、微信及远程协助方式提供技术支持，对甲方反映的问题尽快处理。需要上门服务的，甲方承担乙方人员的差旅费用。

6.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护合同，年度维护费按乙方届时公布的服务价格标准执行。甲方未签订维护合同的，乙方不再提供任何技术支持和版本升级。

6.4 下列情形不属于免费维护范围：甲方操作不当、擅自修改配置或数据库造成的故障；服务器、网络、打印机及扫码枪等硬件故障；病毒或黑客攻击造成的损失；甲方要求的功能调整和报表新增。

## 第七条 知识产权

7.1 系统标准版的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的工序卡模板、溯源页面、传承记录模块、接口程序及其源代码、文档，知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反向工程，也不得许可或交付任何第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

7.4 甲方提供的作品图片、工艺说明等素材的著作权仍归甲方，甲方同意乙方在案例宣传中展示甲方名称及系统界面。

## 第八条 数据

8.1 甲方录入系统的订单、作品档案、图片、工艺记录等业务数据归甲方所有。

8.2 乙方有权对系统运行中产生的数据进行脱敏处理后，用于改进乙方产品、开展手工艺行业统计分析及市场推广，该等脱敏数据及分析成果归乙方所有。

8.3 乙方应采取访问控制、数据加密和定期备份等技术措施保护甲方数据安全。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，并依照第十一条承担赔偿责任。

8.4 甲方数据的日常备份由甲方自行负责。合同终止后，甲方需要乙方协助导出数据的，乙方按实际工作量另行收费。

## 第九条 甲方的义务

9.1 甲方应妥善保管系统账号和密码，因账号密码泄露造成的损失由甲方自行承担。

9.2 甲方不得将软件许可转让、出租或出借给任何第三方，不得超出授权场所和用户数使用系统；违反的，乙方有权终止授权并要求甲方按授权价格的两倍赔偿。

## 第十条 保密

双方对因签订和履行本合同而知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方对本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的50%。乙方不承担甲方的间接损失、利润损失及数据损失。

11.3 任何一方严重违反本合同约定，经对方书面催告后15日内仍未改正的，守约方有权解除本合同，并要求违约方承担违约责任。

## 第十二条 不可抗力

因不可抗力、黑客攻击、电信部门技术调整、第三方软件缺陷或政府管制导致本合同不能履行或服务中断的，乙方不承担责任。受影响的交付期限相应顺延，甲方已支付的款项不予退还。

## 第十三条 争议解决

因本合同产生的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章且乙方收到首期款之日起生效。

14.2 本合同未尽事宜，以乙方官网公布的《织迹软件用户服务协议》为准。本合同一式两份，双方各执一份。

甲方（盖章）：____________　　乙方（盖章）：____________

签订日期：2027年3月6日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N + N.N)
E01 = r"""
T:SOFTWARE LICENSE AND SERVICES AGREEMENT
P:Agreement No. PLS-HR-2027-044
P:This Software License and Services Agreement (the "Agreement") is made on 18 March 2027 between:
P:(1) Prairie Ledger Software, Inc., a corporation organised under the laws of the State of Nebraska, with its principal office in Holdrege, Nebraska, United States of America (the "Licensor"); and
P:(2) Anhui Hengrun Home Appliance Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hefei, Anhui Province (the "Customer").
P:The Customer manufactures washing machines and dishwashers and wishes to replace its quality records system with the Licensor's LedgerQMS quality management and traceability software, configured for its two plants in Hefei. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the LedgerQMS server and client software in object code, including all updates and new versions released during the Warranty Period and any paid support period.
P:1.2 "Custom Deliverables" means the configurations, workflows, inspection templates, report designs, interface programs and scripts created by the Licensor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to, generated by or processed in the Software by or for the Customer, including inspection results, supplier quality records, product serial numbers and complaint files.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 License
P:2.1 The Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers controlled by the Customer in the People's Republic of China for the internal business of the Customer and its affiliates, for one production server instance, one test instance and 180 named users.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and testing.
P:2.3 The Software remains the property of the Licensor.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,776,000 (one million seven hundred seventy-six thousand yuan), inclusive of applicable taxes, and is made up as follows: (a) LedgerQMS enterprise server licence, CNY 540,000; (b) 180 named user licences at CNY 4,000 each, CNY 720,000; the licence fees under (a) and (b) together, the "Licence Fee Subtotal", are CNY 1,260,000; (c) implementation and configuration services, CNY 398,000; (d) interfaces to the Customer's ERP and MES systems, CNY 82,000; and (e) training, CNY 36,000.
P:3.2 The Contract Price is fixed and includes travel expenses.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 355,200) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 799,200) within 30 days after the parties sign the Installation and Configuration Certificate for both plants.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 621,600) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the invoice.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Licensor shall make the Software available for download within 10 days after the Effective Date and complete installation, configuration and interfaces in accordance with the agreed project plan within 120 days after the Effective Date.
P:5.2 Final Acceptance tests shall verify that: (a) every function in the Functional Specification attached as Annex 1 operates as specified; (b) the ERP and MES interfaces exchange inspection lots, non-conformance reports and serial numbers without error over ten consecutive working days; (c) historical quality records migrated from the Customer's legacy system reconcile with the source by record count and by checksum; (d) the Software supports 120 concurrent users with screen response times of no more than three seconds; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the tests are passed the Customer shall sign the Final Acceptance Certificate within 10 working days. Installation, go-live, productive use of the Software or payment of any instalment does not constitute acceptance. If a test fails, the Licensor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Functional Specification and the documentation for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects, provide updates and new versions and provide remote and on-site support free of charge.
P:6.2 Severity levels and response times apply during the Warranty Period and any paid support period. A Severity 1 incident means the Software is down or a core quality process (incoming inspection, production release or complaint handling) cannot be performed at either plant. The Licensor shall respond to a Severity 1 incident within one (1) hour, twenty-four hours a day, and provide a workaround within eight hours. Severity 2 incidents shall be responded to within two hours during business hours and resolved within three business days.
P:6.3 For each full hour by which the Licensor exceeds the Severity 1 response or workaround time, the Licensor shall credit the Customer CNY 1,000 against the next invoice or pay that amount to the Customer.
P:6.4 After the Warranty Period, the Customer may purchase annual support and maintenance at 11% of the Licence Fee Subtotal per year (CNY 138,600 per year). This fee shall not increase during the first three support years. Each support year is ordered separately and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Licensor shall deliver the source code of the Custom Deliverables at Final Acceptance. The Customer may use, modify and license the Custom Deliverables without restriction.
P:7.2 The Licensor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Licensor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Remote access by the Licensor is permitted only through the Customer's VPN, with multi-factor authentication and per-session approval by the Customer's IT department, and shall be logged. The Licensor shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Licensor shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all reasonable steps to contain it, and shall be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only to perform this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:9.2 This obligation continues for three years after termination or expiry of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Licensor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Licensor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limitation does not apply to breach of Articles 8 and 9, infringement claims under Article 7.2, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Licensor shall not subcontract any of the services under this Agreement without the prior written consent of the Customer. The Licensor remains fully responsible for any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature by both parties (the "Effective Date").
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it. The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Customer for the Licensor's breach, the Licensor shall refund the amounts paid for services not accepted, and the licence granted under Article 2 continues for the licence fees paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to mitigate. If such an event continues for more than 60 days, either party may terminate this Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Nebraska, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute shall be submitted to the exclusive jurisdiction of the state and federal courts located in Nebraska.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Support Terms), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:For the Licensor: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
E02 = r"""# ORDER FORM AND GENERAL TERMS: COLDROUTE DISPATCH CLOUD

Order Form No. CR-CN-2027-0117

## PART A: ORDER FORM

### A1. Parties

- **Provider:** Coldroute Systems LLC, an Iowa limited liability company with its principal office in Storm Lake, Iowa, USA, acting through its service delivery team in Shanghai.
- **Customer:** Chengdu Xinxian Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, registered office in Chengdu, Sichuan Province.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Services and Subscription Term

The Provider will provide the Coldroute Dispatch Cloud, a software-as-a-service platform for cold-chain route planning, driver dispatch, proof of delivery and in-transit temperature monitoring, together with the onboarding services described in A4.

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4 (the "Subscription Start Date"); the second starts on the first anniversary of that date. The Customer's fleet of about 160 refrigerated trucks and two distribution centres in Chengdu and Chongqing are in scope.

### A3. Fees

| Item | Unit | Quantity | Fee per Subscription Year (CNY) | Total over Subscription Term (CNY) |
|---|---|---|---|---|
| Dispatch Platform, dispatcher and driver seats | seat | 180 | 261,000 | 522,000 |
| Temperature Analytics add-on | site licence | 1 | 48,000 | 96,000 |
| Sandbox environment | environment | 1 | 9,600 | 19,200 |
| Subscription fees | | | 318,600 | 637,200 |
| Onboarding services (one-time) | project | 1 | | 42,000 |
| **Total Contract Value** | | | | **679,200** |

The seat fee is CNY 1,450 per seat per Subscription Year. Fees are in CNY and include VAT at the applicable rate. Additional seats ordered during the Subscription Term are charged pro rata at the same unit fee and are not part of the Total Contract Value.

### A4. Onboarding and Go-Live Acceptance

The Provider shall configure the platform, load the Customer's customer, route and vehicle master data, integrate the platform with the Customer's ERP and the temperature loggers installed in its trucks, and train dispatchers and drivers. The Target Go-Live Date is 75 days after signature of this Order Form.

Go-Live Acceptance requires that: (a) all functions listed in the Service Description operate in the production environment; (b) route plans for five consecutive working days are generated for the whole fleet and reviewed by the Customer's dispatch manager; (c) ERP orders and temperature logger readings reconcile with the platform for ten consecutive working days; and (d) the mobile application works on the Customer's standard driver handsets. The Customer shall confirm Go-Live Acceptance in writing within five working days after the tests pass. Use of the platform during testing is not acceptance.

The Customer shall provide master data in the agreed templates, access to its ERP test environment and a project manager able to take decisions. Training covers at least four sessions for dispatchers and on-site sessions for drivers at each distribution centre, with Chinese user guides and short video tutorials.

If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to a total of CNY 21,000.

### A5. Invoicing and Payment

- Onboarding fee: invoiced on Go-Live Acceptance.
- Subscription fees: invoiced annually in advance, on the Subscription Start Date and on its first anniversary.
- Payment terms: 30 days after receipt of a valid VAT invoice, by bank transfer in CNY.

No fee is payable before the Subscription Start Date.

### A6. Hosting and Approved Subprocessors

The platform and all Customer Data are hosted in the Alibaba Cloud Shanghai region. The approved subprocessors at signature are Alibaba Cloud (hosting) and the Provider's Shanghai affiliate, Coldroute Information Technology (Shanghai) Co., Ltd. (support and onboarding).

## PART B: GENERAL TERMS

### 1. Service Levels

1.1 The Provider shall make the production platform available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

1.2 Severity 1 means that dispatch, route planning or the driver application is unavailable or temperature alerts are not delivered. The Provider shall respond to a Severity 1 incident within 30 minutes, at any time, and restore service or provide a workaround within six hours. Severity 2 incidents shall be responded to within two hours and resolved within two business days.

1.3 If monthly availability falls below the commitment in 1.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. For each hour by which a Severity 1 response is late the Customer receives a credit of CNY 300. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

1.4 The Provider shall provide support in Chinese and English through a telephone hotline, e-mail and a ticket portal, and shall send the Customer a monthly service report showing availability, incidents, response times and credits due. The Provider shall give at least 60 days' notice of any change that removes a function the Customer uses.

### 2. Customer Data

2.1 As between the parties, the Customer owns all data submitted to or generated in the platform for the Customer, including orders, routes, delivery records, driver details and temperature readings ("Customer Data").

2.2 The Provider shall process Customer Data to provide the services, in accordance with the Customer's documented instructions.

2.3 The Provider may collect and use usage statistics and Customer Data in aggregated and de-identified form ("Aggregated Data") to operate, improve and develop its products, to build industry route-efficiency and cold-chain benchmarks, and to train its routing algorithms. The Provider owns Aggregated Data and may continue to use it after the Subscription Term ends.

### 3. Data Security

3.1 The Provider shall maintain a security programme that complies with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, including MLPS level 3 protection of the production environment, encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrators and logging of all administrative access.

3.2 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall investigate and contain it, and shall be responsible for losses caused by its failure to comply with this section.

3.3 Within 30 days after the Subscription Term ends, the Provider shall return Customer Data in a standard export format and then delete it, and certify the deletion in writing.

### 4. Intellectual Property

4.1 The Provider retains all rights in the platform and its standard components.

4.2 Configurations, report templates and integration scripts created for the Customer during onboarding belong to the Customer, and the Customer may use, modify and let third parties use them without restriction.

### 5. Confidentiality

Each party shall keep confidential the other party's non-public business, technical and commercial information, including prices, use it only for the purposes of the Agreement and not disclose it to third parties without prior written consent, during the Subscription Term and for three years after it.

### 6. Subcontracting

The Provider may use the subprocessors listed in A6. Any other subcontractor or subprocessor requires the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its subcontractors.

### 7. Term, Renewal and Termination

7.1 The Agreement runs until the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

7.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. On termination for the Provider's breach, the Provider shall refund the subscription fees paid for the period after termination.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential losses, loss of profit or loss of goodwill.

8.2 Each party's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to the Customer's payment obligations, to breach of section 5, or to fraud.

### 9. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding.

### 10. General

Notices must be in writing and sent to the addresses in A1. Neither party may assign the Agreement without the other's consent, except to a successor of its whole business. This Agreement is written in English; a Chinese translation may be prepared for convenience.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table)
E03 = r"""
T:SUPPLY, INSTALLATION AND LICENCE CONTRACT FOR GRAIN STORAGE MONITORING SYSTEM
P:Contract No. BLGR-PUR-2027-0263
P:Buyer: Heilongjiang Beiliang Grain Reserve Co., Ltd., a company incorporated in the People's Republic of China, registered office in Suihua, Heilongjiang Province (the "Buyer").
P:Supplier: High Plains Bin Sensing, Inc., a Kansas corporation with its principal place of business in Goodland, Kansas, USA (the "Supplier").
P:The Buyer operates eight grain depots with 32 steel silos and horizontal warehouses. It has selected the Supplier, after competitive negotiation, to supply and install grain temperature and moisture sensing equipment and to license monitoring software. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, gateways, weather stations and accessories listed in the Price Schedule in clause 2.
P:1.2 "Software" means the Supplier's GrainWatch monitoring software, including its server application, web console, mobile application and all updates released during the Warranty Period.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's depots.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under clause 6.4 that the System has passed all acceptance tests.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, install and commission the System at all eight depots, integrate it with the Buyer's warehouse management system and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,446,000, inclusive of VAT, packing, transport to each depot, insurance, customs duties and all other costs of the Supplier. The Price Schedule is as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Grain temperature and moisture sensor cables, 18 m, digital|240|2,850|684,000
TB:2|Wireless silo gateways with solar power kit|32|6,400|204,800
TB:3|Depot weather stations (temperature, humidity, wind)|8|11,500|92,000
TB:4|GrainWatch monitoring software, perpetual enterprise licence|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||1,266,800
TB:5|Installation, commissioning and integration|1 lot|158,000|158,000
TB:6|Training|1 lot|21,200|21,200
TB:|Contract Price|||1,446,000
P:2.3 The Contract Price is fixed and shall not be adjusted for changes in exchange rates, material costs or labour costs.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers for the monitoring of all of the Buyer's depots, with unlimited users. The licence survives expiry or termination of this Contract, except termination for the Buyer's non-payment.
P:3.2 The Buyer may make copies of the Software for backup and disaster recovery.
H:4. Payment
P:4.1 Advance payment: 20% of the Contract Price (CNY 289,200) within 20 working days after signature of this Contract and receipt of the Supplier's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer for the same amount.
P:4.2 Delivery payment: 45% of the Contract Price (CNY 650,700) within 20 working days after all Equipment has been delivered to the depots and the Software has been installed. The Buyer's signature on delivery notes confirms quantities only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 506,100) within 20 working days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid VAT invoice for the amount due.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the depots within 60 days after signature and complete installation and commissioning within 45 days after delivery. Installation inside silos shall be scheduled with the Buyer so that no grain is moved without the Buyer's instruction.
P:5.2 The Supplier's personnel shall comply with the Buyer's safety rules for work at height, confined spaces and fumigation areas. The Supplier is responsible for the safety of its personnel.
P:5.3 Title and risk in the Equipment pass to the Buyer on delivery to each depot.
H:6. Acceptance
P:6.1 After installation the Supplier shall give notice that the System is ready for testing.
P:6.2 The acceptance tests shall confirm that: (a) every sensor point reports readings to the Software; (b) temperature readings agree with a calibrated reference thermometer within 0.5 degrees Celsius at no fewer than 60 test points; (c) moisture readings agree with laboratory samples within the tolerance in the Technical Specification; (d) alarms for temperature rise reach the console and the mobile application within two minutes; and (e) data is exchanged with the Buyer's warehouse management system without error for ten consecutive days.
P:6.3 After the tests are passed, the System shall operate for a trial period of 30 days without any Priority 1 fault.
P:6.4 When the tests and the trial period have been completed, the Buyer shall issue a written Final Acceptance certificate within ten working days. Delivery, installation, use of the System or payment does not constitute acceptance. If the System fails any test, the Supplier shall correct the defect at its cost and repeat the test.
H:7. Warranty and Support
P:7.1 The Supplier warrants that the Equipment is new, free from defects in design, materials and workmanship and conforms to the Technical Specification, and that the Software performs in accordance with its documentation, for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates free of charge, including parts, labour and travel.
P:7.2 Priority 1 means loss of monitoring or alarm functions at a whole depot. Priority 2 means failure of individual cables or gateways. The Supplier shall respond to a Priority 1 fault within one hour, remotely, and arrive on site within 48 hours if remote recovery fails. Priority 2 faults shall be responded to within eight hours and fixed within five working days.
P:7.3 For each hour of delay beyond the Priority 1 response time, and for each day of delay beyond the on-site time, the Supplier shall pay the Buyer CNY 600, deducted from any amount due or paid on demand.
P:7.4 After the Warranty Period the Buyer may order annual support at 8% of the Equipment and Licence Subtotal per year (CNY 101,344). This fee is fixed for three support years after the Warranty Period. Each year of support is ordered separately and does not renew automatically.
H:8. Data
P:8.1 All grain condition data, depot and stock information and logs collected or generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software shall be installed on the Buyer's servers in China. The Supplier shall access the System only remotely through the Buyer's VPN with the Buyer's prior approval for each session, and all access shall be logged. The Supplier shall not copy Buyer data to its own systems or transfer it outside China.
P:8.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting Buyer data that it becomes aware of, cooperate in the response and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information obtained under this Contract, including the Buyer's stock levels, depot layouts and prices, and shall not disclose it to any third party without the other party's prior written consent. This clause continues for three years after the end of this Contract.
H:10. Intellectual Property
P:10.1 The Supplier retains the intellectual property in the Software.
P:10.2 Any configuration, depot map, report template or interface program created for the Buyer under this Contract belongs to the Buyer, who may use, modify and license it freely. The Supplier shall deliver the source code of interface programs with the documentation.
P:10.3 The Supplier shall indemnify the Buyer against any claim that the System infringes third-party rights.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, breach of clauses 8 and 9, and infringement claims.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. Installation by the Supplier's authorised Chinese installer may be approved on this basis, and the Supplier remains responsible for it.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or unaccepted parts of the System.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be referred to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding on both parties.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English; both versions have equal effect. Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables)
E04 = r"""# MANAGED IT SERVICES AGREEMENT

**Agreement No.** HY-MSA-2027-009

**Customer:** Ningbo Haiyue Precision Plastics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Ningbo, Zhejiang Province ("Customer").

**Provider:** Marais Creek Managed Services, Inc., a Kansas corporation with its head office in Osawatomie, Kansas, USA, acting in China through its representative team in Shanghai ("Provider").

**Background.** Customer makes injection-moulded parts for household appliances at three plants in Ningbo, Cixi and Yuyao. Customer wishes to outsource the day-to-day management of its IT infrastructure and end-user support to Provider for a fixed term of 36 months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the Transition.

1.2 "Charges" means the charges in Schedule 2.

1.3 "Service Levels" means the service levels and service credits in Schedule 3.

1.4 "Transition" means the takeover of the services from Customer's in-house team, including the knowledge transfer, documentation of the environment, set-up of monitoring tools and the service desk.

1.5 "Service Commencement Date" means the day after Transition Acceptance under Section 4.

1.6 "Customer Data" means all data of Customer or its employees, customers and suppliers that Provider receives or can access in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and, unless terminated earlier, ends 36 months after the Service Commencement Date (the "Term").

2.2 The parties may extend the Term by written agreement signed before its end. Any extension is at the Charges then in force unless the parties agree otherwise in writing. There is no automatic renewal.

## 3. Services

3.1 Provider shall perform the Services with the skill and care of an experienced provider of managed IT services, in accordance with Schedule 1 and the Service Levels.

3.2 Provider shall assign a named service delivery manager who speaks Chinese and who attends a monthly service review with Customer's IT manager. Provider shall submit a monthly report showing the performance against each Service Level, incidents, changes and capacity trends.

3.3 Changes to the Customer's infrastructure shall follow the change process agreed in the service manual. Provider shall not make any change classified as major without Customer's written approval.

3.4 Provider shall staff the Services with qualified engineers, keep the key personnel named in the service manual for at least the first six months after the Service Commencement Date and replace any engineer whom Customer reasonably asks to be removed. Provider shall keep the asset register, network diagrams and service manual up to date and give Customer access to them at all times.

## 4. Transition and Acceptance

4.1 Provider shall complete the Transition within 60 days after signature. Transition Acceptance requires that: (a) all configuration items listed in the asset register are documented and monitored; (b) the service desk has handled tickets in parallel with Customer's team for ten working days and met the Service Levels; (c) backup jobs for all servers have run successfully for ten consecutive days and a test restore has been completed; and (d) Customer's IT manager has signed the transition checklist.

4.2 Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met, or state which criteria are not met. Provider shall then correct the shortcomings and repeat the relevant checks.

4.3 If Transition Acceptance is delayed beyond 60 days after signature for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 2,000 for each day of delay, up to CNY 60,000.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 2. The Total Contract Value is CNY 2,440,000, including VAT.

5.2 The Transition fee is invoiced after Transition Acceptance. The monthly recurring charge is invoiced monthly in arrears, from the Service Commencement Date. Customer pays each undisputed invoice within 30 days after receipt.

5.3 Service credits under Schedule 3 are deducted from the invoice for the month after the month in which they arise.

5.4 The Charges are fixed for the Term. Additional users above the baseline in Schedule 2 are charged at CNY 40 per user per month and are not included in the Total Contract Value.

## 6. Customer Responsibilities

6.1 Customer shall give Provider's personnel access to its sites, systems and documentation as reasonably required, provide workspace at each plant and nominate an IT manager as the single point of contact.

6.3 Customer shall inform Provider in advance of planned production shutdowns, plant expansions and new business applications that may affect the Services.

6.2 Customer remains responsible for the purchase of hardware, software licences and telecommunications lines, unless Schedule 1 states otherwise.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked confidential or would reasonably be understood to be confidential, including business plans, prices, product drawings and customer lists, and shall not disclose it to third parties except to its employees and subcontractors who need it to perform this Agreement.

8.2 The obligations in this Section continue for three years after the end of the Term.

## 9. Intellectual Property

9.1 Provider retains its tools, methods and monitoring software.

9.2 Documentation, runbooks, configuration records and scripts prepared specifically for Customer under this Agreement belong to Customer, who may use and modify them freely, including after the Term and with another provider.

## 10. Subcontracting

10.1 Provider may subcontract any part of the Services, including on-site support at the plants and out-of-hours service desk cover, to subcontractors of its choice in China, by giving Customer written notice at least ten days before the subcontractor starts work.

10.2 Provider remains responsible for the performance of its subcontractors.

## 11. Liability

11.1 Neither party is liable to the other for indirect or consequential loss or loss of profit.

11.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury, fraud or wilful misconduct.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after notice, or if Provider fails the same Priority 1 Service Level in three consecutive months.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On expiry or termination Provider shall provide exit assistance for up to 60 days, at the Charges then in force, to transfer the Services to Customer or a new provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The arbitral award is final.

## 14. General

This Agreement, with its Schedules, is the entire agreement between the parties. It may be amended only in writing signed by both parties. If the English and a Chinese translation differ, the English text prevails.

Signed for Customer: ____________________    Signed for Provider: ____________________

## Schedule 1: Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | First-line support for about 620 users by telephone, e-mail and portal, in Chinese | 24 x 7 |
| Network management | Monitoring and management of routers, switches, Wi-Fi and the WAN links between the three plants | 24 x 7 |
| Server and storage management | Monitoring, patch deployment, backup and restore for 46 virtual servers and two storage arrays | 24 x 7 monitoring; changes in agreed windows |
| End-user device management | Imaging, software distribution and hardware break-fix coordination for desktops and laptops | Mon to Sat, 08:00 to 20:00 |
| On-site support | One engineer at the Ningbo plant on working days; visits to Cixi and Yuyao as needed | Working days |

## Schedule 2: Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 118,000 |
| Service desk (baseline 620 users) | per month | 24,800 |
| Network management | per month | 18,200 |
| Server and storage management | per month | 14,600 |
| End-user device management and on-site support | per month | 6,900 |
| Monthly recurring charge | per month | 64,500 |
| Monthly recurring charge over the Term | 36 months | 2,322,000 |
| Total Contract Value | | 2,440,000 |

## Schedule 3: Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| WAN and core network availability, each plant | 99.95% per month | 3% of the monthly recurring charge for each 0.1 percentage point below target |
| Priority 1 incident (plant network down or production system unavailable): response | 15 minutes | CNY 1,000 per hour late |
| Priority 1 incident: restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 incident: response | 1 hour | CNY 300 per hour late |

Total service credits in any month are limited to 20% of the monthly recurring charge.
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings)
E05 = r"""DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. PSD-CN-2027-021

THIS AGREEMENT is made on 9 June 2027 between:

PRAIRIE SIGNAL DATA, INC., a Kansas corporation with its principal office in Hoxie, Kansas, United States of America ("Provider"); and

DALIAN HUANONG GRAIN TRADING CO., LTD., a company incorporated in the People's Republic of China, with its registered office in Dalian, Liaoning Province ("Customer").

BACKGROUND

Customer imports soybeans, corn and sorghum and needs reliable crop condition, weather and yield forecast data for the main producing regions of North and South America to support its purchasing and hedging decisions. Provider collects and processes such data and makes it available through an application programming interface ("API"). Customer wishes to subscribe to that data for two Subscription Years.

1. DEFINITIONS

1.1 "Provider Data" means the datasets described in Annex A, including daily weather observations and forecasts by county or department, weekly crop condition indices, satellite vegetation indices and Provider's yield forecasts, together with their updates.

1.2 "Customer Inputs" means the queries, watch lists, portfolio positions, field lists and any other information that Customer or its users submit to the API or the web console.

1.3 "Subscription Year" means each consecutive annual period starting on the Subscription Start Date or an anniversary of it, and "Subscription Term" means the two Subscription Years together.

1.4 "Subscription Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Authorised Users" means Customer's employees in its trading, risk and research departments, up to 40 named users.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the Provider Data through the API and the web console, to store it in Customer's own systems and to use it for Customer's internal business purposes, including trading, risk management and internal reporting.

2.2 The API allowance is three million calls per calendar month. Provider will notify Customer when usage in any month approaches the allowance. Calls above the allowance are charged as stated in Annex B and are not included in the Fees in clause 3.

2.3 Customer may share extracts of Provider Data with its auditors, banks and regulators, and may include Provider Data in internal models and reports. Customer may not resell Provider Data or publish it as a data product.

2.4 After the Subscription Term Customer may keep and continue to use Provider Data downloaded during the Subscription Term and the models and reports that incorporate it, but receives no further updates.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 486,000 for each Subscription Year, CNY 972,000 for the Subscription Term. The one-time integration fee is CNY 34,000. The total fees under this Agreement are therefore CNY 1,006,000 (the "Fees"), including VAT.

3.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

3.3 Customer shall pay each correct invoice within 30 days after receipt, in CNY, by bank transfer. If Customer fails to pay an undisputed invoice within 30 days after a written reminder, Provider may suspend access to the API until payment is made.

3.4 The Fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 During the 45 days after signature Provider shall issue test credentials, provide the API documentation in English and Chinese, map its regional codes to Customer's internal region list, and support Customer's IT team in connecting the API to Customer's data warehouse. Provider will use reasonable efforts to complete its integration tasks within that period.

4.2 Integration Acceptance requires that: (a) all datasets listed in Annex A can be retrieved through the API for the regions listed in Annex A; (b) daily loads into Customer's data warehouse complete successfully for ten consecutive working days; (c) sample values for 200 region-date combinations reconcile with the values shown in Provider's web console; and (d) median API response time from Customer's data centre in Dalian is below 800 milliseconds.

4.3 Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Use of test credentials is not acceptance.

5. SERVICE LEVELS

5.1 Provider shall make the API and the web console available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance.

5.2 Provider shall publish each daily weather update by 06:00 China Standard Time and each weekly crop condition update by 10:00 China Standard Time on the day after its official source is released.

5.3 Severity 1 means that the API is unavailable or a scheduled update has not been published. Provider shall respond to a Severity 1 incident within one hour, twenty-four hours a day, and work continuously to restore the service. Severity 2 incidents (partial or degraded access, or data errors in a single dataset) shall be responded to within three business hours.

5.4 Provider shall report the monthly availability and all Severity 1 incidents to Customer by the fifth working day of the following month.

5.5 Provider's sole obligation if a service level in this clause 5 is not met is to restore the service and correct the data as soon as reasonably possible and to give Customer an incident report. No service credits, fee reductions or damages apply to a failure to meet a service level.

6. DATA QUALITY

6.1 Provider shall collect and process the Provider Data with the care of a professional agricultural data provider, using the sources and methods described in Annex A, and shall correct any error of which it becomes aware in the next update.

6.2 Provider does not warrant that forecasts will be accurate. Customer is responsible for its own trading and hedging decisions.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the services under this Agreement, shall not combine them with other customers' data, and shall not use them for any other purpose, including for its own analysis or products.

7.2 Provider shall protect Customer Inputs with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication and logging of access. Customer Inputs shall be stored on servers in the People's Republic of China operated for Provider by a licensed cloud provider.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Inputs, shall take immediate steps to contain it and shall be responsible for losses caused by its breach of this clause 7.

7.4 At the end of the Subscription Term Provider shall delete Customer Inputs and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's positions, volumes and trading strategies and Provider's pricing and methods, and shall use it only for the purposes of this Agreement.

8.2 This clause continues to apply for three years after the end of the Subscription Term.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Provider Data and its methods and software.

9.2 Models, analyses, dashboards and reports created by or for Customer using the Provider Data belong to Customer, and Customer may use, modify and license them freely, subject only to clause 2.3 as regards the Provider Data contained in them.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the provision of the API service or the processing of Customer Inputs to any third party, other than the cloud provider named in Annex C, without Customer's prior written consent.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, or for loss of profit, including trading losses.

11.2 Each party's total liability under this Agreement is limited to 150% of the Fees, except for breach of clauses 7 and 8, infringement of intellectual property rights, fraud and wilful misconduct.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

12.2 The subscription is non-cancellable. Neither party may terminate this Agreement before the end of the Subscription Term, and Customer's remedies for any failure of Provider to perform are limited to those expressly stated in this Agreement.

12.3 Any renewal after the Subscription Term requires a new written agreement, with fees to be agreed by the parties at that time. This Agreement does not renew automatically.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitration shall be conducted in English and Chinese. The award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Annex A (Datasets and Regions), Annex B (Usage Charges) and Annex C (Hosting) form part of this Agreement.

14.3 This Agreement is made in English and Chinese. Both texts are equally authentic.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ================================================================ files, labels and checks
POLICY = {"availability": 99.9, "p1_hours": 4, "ld_pct_day": 0.05, "cap_pct": 100, "prepay_pct": 30,
          "warranty_months": 12, "pwf_pct": 15, "tco_share_pct": 40, "horizon_years": 5}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def terms(avail, p1, remedy, ip, dsec, bod, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": bod, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, deemed, value, capped=None):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
# key: (file name, language, category, terms, extra, fee base for TCO or None, forum outside mainland, design rules)
DRAFTS = {
    "z01": ("h1005z01_disabled_persons_assistive_device_platform.pdf", "zh", "software",
            terms(99.5, 0.5, True, "buyer", True, True, False, 0.08, None, 20, True, True, 24, 9, False, True,
                  False, "PRC", G),
            extra(True, True, False, 1434000, capped=True), 760000, False,
            ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
    "z02": ("h1005z02_massage_gun_line_control_retrofit.docx", "zh", "hardware",
            terms(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True,
                  True, "PRC", G),
            extra(True, True, False, 1508000, capped=True), 1348000, False,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("h1005z03_vision_care_chain_booking_saas.txt", "zh", "cloud",
            terms(99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True,
                  True, False, "PRC", S),
            extra(True, True, False, 898000), None, False,
            ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"]),
    "z04": ("h1005z04_forestry_fire_video_monitoring_om.txt", "zh", "services",
            terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                  True, False, "PRC", S),
            extra(True, True, False, 836000), None, False, []),
    "z05": ("h1005z05_silk_figurine_studio_tracking_supplier_template.md", "zh", "software",
            terms(None, None, False, "supplier", True, False, True, 0.02, 50, 50, False, False, 6, None, False,
                  True, None, None, G),
            extra(False, True, True, 318000, capped=False), 168000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("h1005e01_qms_perpetual_licence_nebraska_vendor.pdf", "en", "software",
            terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                  False, "Nebraska", G),
            extra(True, True, False, 1776000, capped=True), 1260000, True,
            ["CR-GOVERNING-LAW"]),
    "e02": ("h1005e02_cold_chain_dispatch_saas_order_form_iowa_vendor.md", "en", "cloud",
            terms(99.95, 0.5, True, "buyer", True, False, True, 500 / 679200 * 100, 6 / 24 * 100, None, True,
                  None, None, None, False, True, False, "PRC", S),
            extra(True, True, False, 679200), None, False,
            ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "e03": ("h1005e03_grain_bin_sensors_monitoring_licence_kansas_vendor.docx", "en", "hardware",
            terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 8, False, True,
                  False, "PRC", G),
            extra(True, True, False, 1446000, capped=True), 1266800, False, []),
    "e04": ("h1005e04_managed_it_services_36_months_kansas_vendor.md", "en", "services",
            terms(99.95, 0.25, True, "buyer", False, True, True, 2000 / 2440000 * 100, 150, None, True, None,
                  None, None, False, True, True, "PRC", S),
            extra(True, True, False, 2440000), None, False,
            ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("h1005e05_crop_weather_data_api_subscription_kansas_vendor.txt", "en", "cloud",
            terms(99.95, 1, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                  False, False, "PRC", S),
            extra(True, False, False, 1006000), None, False,
            ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. None when not computable (service kind, fee unstated or uncapped)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, POLICY["horizon_years"] - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3 applied to the labels."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < POLICY["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > POLICY["p1_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < POLICY["ld_pct_day"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < POLICY["cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > POLICY["prepay_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < POLICY["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > POLICY["pwf_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > POLICY["tco_share_pct"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# threshold figures: any of them in any text fails the build
THRESHOLD_PCT = {30.0, 40.0, 15.0, 100.0, 99.9, 0.05}
PCT_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|％|percent\b|per\s*cent\b|个百分点)", re.I)
WORD_RES = [re.compile(x, re.I) for x in [
    r"百分之(?:三十|四十|十五|一百|百)(?![点一二三四五六七八九十])", r"百分之九十九点九(?![一二三四五六七八九])",
    r"万分之五(?![十百千])", r"千分之零点五",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![一二三四五六七八九十])四\s*个?\s*小时",
    r"(?<![\w-])four\s*(?:\(4\)\s*)?(?:hours?|hrs?)\b",
    r"(?<![\d.])12\s*(?:个\s*(?:自然)?\s*月|months?\b|-month)", r"(?<![一二三四五六七八九十])十二\s*个?\s*月",
    r"\btwelve\s*(?:\(12\)\s*)?months?\b", r"\bone\s*(?:\(1\)\s*)?years?\b", r"(?<![一二三四五六七八九十第每])一\s*年(?!度)",
    r"(?<![\d.])5\s*(?:年|years?\b)", r"(?<![一二三四五六七八九十])五\s*年", r"\bfive\s*(?:\(5\)\s*)?years?\b",
]]


def threshold_hits(text):
    hits = []
    for m in PCT_RE.finditer(text):
        if any(abs(float(m.group(1)) - v) < 1e-9 for v in THRESHOLD_PCT):
            hits.append(m.group(0))
    for rx in WORD_RES:
        hits += [m.group(0) for m in rx.finditer(text)]
    return hits


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return [h for f in forms for h in threshold_hits(f)]


MUST_HIT = ["30%", "30 %", "预付30％", "百分之三十", "99.9%", "99.90%", "0.05%", "万分之五", "15%", "40%", "100%",
            "100 percent", "百分之百", "4小时", "4 hours", "四小时", "四个小时", "12个月", "12 months", "十二个月",
            "twelve (12) months", "within four hours", "one year", "一年", "5年", "five years", "5 years"]
MUST_MISS = ["130%", "99.95%", "99.5%", "0.055%", "万分之五十", "115%", "140%", "150%", "24小时", "24 hours",
             "14 hours", "112 months", "18个月", "十八个月", "2027年", "0.5%", "25%", "一年度", "15日", "24 x 7",
             "40 users", "30 days", "twenty-four hours", "2027年12月31日", "10月至12月", "0.1个百分点", "45%", "二十四个月", "36 months", "35家"]


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: " + s


def check_label_values(key, t, x, base):
    def eq(a, b):
        return a is not None and abs(a - b) < 1e-9
    assert not eq(t["availability_pct"], POLICY["availability"]), key
    assert not eq(t["p1_response_hours"], POLICY["p1_hours"]), key
    assert not eq(t["ld_rate_per_day_pct"], POLICY["ld_pct_day"]), key
    assert not eq(t["liability_cap_pct"], POLICY["cap_pct"]), key
    assert not eq(t["prepayment_pct"], POLICY["prepay_pct"]), key
    assert not eq(t["warranty_months"], POLICY["warranty_months"]), key
    assert not eq(t["post_warranty_fee_pct"], POLICY["pwf_pct"]), key
    share = tco_share(t, x, base)
    assert share is None or abs(share - POLICY["tco_share_pct"]) > 2, (key, share)
    return share


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    binary = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in DRAFTS.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in binary}, binary, OUT, wrap_words=True)
    for k, v in DRAFTS.items():
        if k not in binary:
            (OUT / v[0]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", v[0])
    fired = set()
    for k, (name, lang, cat, t, x, base, forum, design) in DRAFTS.items():
        path = OUT / name
        text = read_back(path)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
            unit = "characters"
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
            unit = "words"
        hits = scan(text)
        assert not hits, (k, hits)
        share = check_label_values(k, t, x, base)
        rules = derive(t, x, base, forum)
        assert rules == sorted(design), (k, rules, sorted(design))
        fired |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %s %d %s, risk %s, TCO share %s, rules %s" % (
            k, name, n, unit, risk(rules), "n/a" if share is None else "%.2f %%" % share, ", ".join(rules) or "-"))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    counts = [len(DRAFTS[k][7]) for k in DRAFTS]
    assert sorted(counts).count(0) == 2 and 8 <= len(DRAFTS["z05"][7]) <= 10 and DRAFTS["e01"][7] == ["CR-GOVERNING-LAW"]
    assert sum(1 for k in DRAFTS if k not in ("z05", "e01") and 2 <= len(DRAFTS[k][7]) <= 3) == 6
    print("all checks passed; every CR rule fires at least once")


if __name__ == "__main__":
    main()
