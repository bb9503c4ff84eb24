"""holdout716: ten blind held-out draft contracts (written before any run).

Builds every file of this folder from the sources below (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes the .json labels, derives each draft's rules from its labels (my reading of policy §3), compares them with the
design list, checks the coverage of all 20 CR rules, the text lengths as read back, and that no label value and no text
sits on a policy threshold. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H716Z01 = """T:中国（东屿）自由贸易试验区管理委员会企业服务平台建设项目采购合同
P:合同编号：DYFTZ-ZFCG-2025-0417
P:甲方（采购人）：中国（东屿）自由贸易试验区管理委员会
P:乙方（供应商）：江州云启政务科技有限公司
P:根据《中华人民共和国政府采购法》及其实施条例，依据本项目公开招标文件（项目编号DYCG2025-118）、乙方投标文件及中标通知书，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方为甲方建设自贸区企业服务平台，提供平台软件许可（含政策兑现、企业诉求、涉企审批导办、数据驾驶舱四个模块）、定制开发、与市政务数据共享交换平台及电子证照库的数据对接、实施部署与培训。
P:1.2 项目实施地点为甲方指定的政务云资源池，乙方须遵守政务云管理单位的部署、变更和安全管理要求，不得自行开通互联网访问通道。
P:1.3 功能清单、性能指标与接口清单以招标文件技术需求书及乙方投标响应表为准，二者不一致时以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾伍万元整（¥2,350,000.00），其中：平台软件许可费¥1,180,000；定制开发费¥864,000；数据对接费¥212,000；实施及培训费¥94,000。
P:2.2 合同总价为固定总价，已包含软件、开发、税费、差旅及质保期内的全部服务费用，甲方不再另行支付任何费用。
P:2.3 因甲方需求变更导致工作量增减的，双方按投标文件中的人天单价据实核算，并签订补充协议后执行。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台上线试运行并通过初验后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序办理付款。乙方未按第五条提交履约保证金的，甲方有权暂缓支付。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后150日内完成部署并提交初验申请，初验合格后进入为期三个月的试运行。
P:4.2 乙方应派驻不少于6人的项目团队，项目经理未经甲方书面同意不得更换；核心开发人员须在甲方指定场所驻场办公，遵守甲方的安全管理与考勤制度。
P:4.3 乙方应在合同生效后10个工作日内提交项目实施方案、进度计划和测试方案，经甲方确认后执行；每周提交项目周报，每月参加甲方组织的项目例会。
P:4.4 乙方应为甲方业务人员和系统管理员分别提供不少于三期的操作培训和运维培训，并提交培训教材、操作手册和运维手册。
H:第五条 履约保证金
P:5.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），履约保证金在最终验收合格后无息退还；乙方违约时，甲方可从履约保证金中直接扣收违约金、赔偿金及本合同约定的扣减款项，不足部分乙方应另行补足。
H:第六条 验收
P:6.1 初验标准：功能清单逐项测试通过；政策兑现等核心业务在500个并发用户下页面响应时间不超过2秒；与政务数据共享交换平台的接口连续10日数据核对无差错。
P:6.2 最终验收标准：试运行期间未发生一级故障；第三方机构出具的网络安全等级保护测评报告及商用密码应用安全性评估报告结论为符合；项目文档和源代码全部移交。
P:6.3 验收由甲方组织，必要时邀请专家参加，并形成书面验收报告。平台上线、试运行或甲方支付部分款项，均不视为验收合格。
H:第七条 质量保证与运行维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和现场技术支持。
P:7.2 平台月可用率不低于99.95%。一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应、2小时内到场；二级故障2小时内响应。
P:7.3 响应超时的，每超过1小时扣减履约保证金¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000。
P:7.4 质保期满后，甲方如续购运维服务，年度运维服务费不超过平台软件许可费的9%（即每年不超过¥106,200），该费用标准在质保期满后三个年度内不得上调。
H:第八条 知识产权
P:7.5 质保期内乙方每季度进行一次系统巡检并提交巡检报告，在重大活动和法定节假日期间提供现场值守保障。
P:8.1 乙方保证其提供的软件不侵犯任何第三方的合法权利。平台基础软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的功能模块、数据对接程序、源代码及技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改及许可他人使用。
H:第九条 数据安全
P:9.1 平台汇聚的企业信息、诉求记录及全部业务数据归甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对数据采取加密存储、访问控制和操作审计措施；运维访问须经堡垒机并经甲方审批，未经甲方书面许可不得将数据复制或带离甲方环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此引起的行政责任。
H:第十条 保密
P:9.4 合同终止或履行完毕时，乙方应将其掌握的全部数据完整移交甲方并彻底删除副本，出具书面删除证明。
P:10.1 双方对在履行合同过程中知悉的对方商业秘密、工作秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的软件不符合合同约定且经两次整改仍不合格的，甲方有权拒收并要求乙方退还已付款项。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:11.4 乙方提供的软件侵犯第三方合法权利的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 适用法律与争议解决
P:13.3 合同解除后，乙方应配合甲方完成数据、源代码和文档的交接，双方按已验收部分据实结算。
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。
P:15.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:签订日期：    年  月  日
"""

H716Z02 = """T:麻将牌注塑成型及雕刻生产线控制系统改造与维保合同
P:合同编号：QYPY-JS-2025-036
P:甲方（买方）：嵊州市雀友牌业有限公司
P:乙方（卖方）：宁波精控自动化工程有限公司
P:甲方拟对其二号厂房麻将牌注塑成型生产线和雕刻生产线的控制系统进行改造，乙方经甲方比选确定为本项目供应商。双方根据《中华人民共和国民法典》等法律规定，经平等协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责提供并安装PLC控制柜、注塑机温控与压力采集模块、CNC雕刻机数控系统升级件、工业触摸屏及产线监控软件许可，完成旧控制柜拆除、新系统安装、程序编制、联调试车，并在质保期满后按本合同第七条提供维保服务。
P:1.2 改造后应实现：注塑成型周期、模温、注射压力的实时采集与曲线追溯；雕刻图案程序集中下发与版本管理；产量、废品率与设备停机原因自动统计，并通过接口写入甲方现有生产管理系统。
P:1.3 设备及软件应符合国家现行电气安全、工业控制系统信息安全相关标准，所有设备须为全新原厂正品，并随货提供合格证、说明书、电气原理图和接线图。
P:1.4 改造须分两批停线实施，每批停线时间不超过10日，具体停线日期由甲方根据订单排产情况确定。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含伺服驱动）|8套|68,000|544,000
TB:2|注塑机温控与压力采集模块|16套|14,500|232,000
TB:3|CNC雕刻机数控系统升级件|12台|29,000|348,000
TB:4|工业触摸屏（HMI）|20台|6,200|124,000
TB:5|产线监控软件许可（含MES接口）|1套|220,000|220,000
TB:|软硬件小计|||1,468,000
TB:6|安装调试及联调试车|1项|146,000|146,000
TB:7|操作与维护培训|1项|26,000|26,000
TB:|合同总价|||1,640,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的55%。到货签收和安装完成不视为验收。
P:3.3 项目终验合格后15个工作日内，甲方支付合同总价的20%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。甲方有权从应付款项中直接扣除乙方应支付的违约金和扣减款项。
H:第四条 交货与实施
P:4.1 乙方应于合同签订后60日内将全部设备运至甲方厂区，并于到货后45日内完成两批改造及联调。
P:4.2 乙方施工人员须遵守甲方厂区安全生产、消防及用电管理制度；动火、登高及带电作业须事先办理作业许可。因乙方施工造成甲方设备、模具或人员损害的，由乙方负责赔偿。
P:4.3 乙方应指定一名具有五个以上同类项目经验的项目经理常驻现场，负责施工组织、进度协调和质量控制，未经甲方同意不得更换。
P:4.4 改造期间乙方应保留拆除的旧控制柜，待终验合格后方可由甲方处置。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线验收，标准为：连续72小时带料生产无控制系统故障；注塑成型周期较改造前缩短不少于8%；雕刻图案一次合格率不低于98.5%；数据采集完整、与生产管理系统的接口数据核对一致。
P:5.2 两条产线均通过单线验收并连续稳定运行30日后，由甲方组织终验，双方签署终验报告。
P:5.3 验收不合格的，乙方应在10日内整改并重新提交验收，因此发生的费用由乙方承担；经三次整改仍不合格的，甲方有权拒收并解除合同。
H:第六条 质保
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换、程序修改均由乙方免费提供。
P:6.2 故障分级：一级故障指整条产线停机；二级故障指单台设备停机；三级故障指不影响生产的一般问题。
P:6.3 一级故障乙方应在1小时内响应、6小时内到达现场；二级故障2小时内响应、次日到场；三级故障在下次巡检时处理。
P:6.4 乙方响应或到场超时的，每超时1小时，甲方可从应付款项中扣减¥500；同一产线因同一原因在一个季度内停机超过三次的，乙方应免费更换相关部件。
P:6.5 乙方应在甲方厂区常备易损件及关键备件，备件清单作为附件；备件不足导致故障处理超时的，按第6.4款执行。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方按年度向甲方提供维保服务，年度维保费按软硬件小计的8%计取，即每年¥117,440，质保期满后三个年度内不得上调。
P:7.2 维保服务包括每季度一次现场巡检、备品备件供应、程序升级及故障处理，服务标准同第六条。维保期每届期满前，由双方另行书面确认是否续签。
H:第八条 知识产权
P:8.1 乙方为本项目编制的PLC控制程序、HMI画面、雕刻图案下发程序及接口程序，其源代码和技术文档的知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 产线监控软件的著作权仍归原权利人所有，甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 生产过程中产生的工艺参数、模具数据、雕刻图案文件及产量数据均归甲方所有，乙方仅可为履行本合同使用。
P:9.2 乙方远程维护须经甲方信息部门审批并使用甲方提供的专用账号，每次维护结束后关闭远程通道；乙方不得在其设备中留存甲方数据。接触生产数据的乙方人员须签署数据安全承诺书，并接受甲方的操作审计。
P:9.3 因乙方原因造成甲方数据丢失、被篡改或被非法获取的，乙方应在发现后2小时内通知甲方，协助恢复，并赔偿甲方由此遭受的损失。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方可将电气布线、桥架安装等现场施工工作分包给具备相应资质的第三方，但应提前书面告知甲方分包单位名称及人员名单。乙方对分包部分的质量和安全承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 因不可抗力导致合同无法履行的，双方可协商解除合同。
P:12.3 合同解除后，乙方应配合甲方恢复产线生产，已安装设备的处理及款项结算由双方按实际完成情况另行确认。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应友好协商；协商不成的，提交绍兴仲裁委员会仲裁，仲裁裁决是终局的。
H:第十四条 其他
P:14.1 本合同附件包括设备技术规格书、改造实施方案及单线验收记录表，附件与本合同具有同等效力。
P:14.2 合同履行期间双方联系人或联系方式变更的，应及时书面通知对方。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
"""

H716Z03 = """烹饪课堂连锁门店预约与会员管理系统SaaS服务及实施合同

合同编号：WY-IT-2025-0912
甲方：上海味研烹饪培训连锁管理有限公司
乙方：杭州约课云信息技术有限公司

鉴于甲方在华东地区经营45家烹饪课堂门店，需要统一的课程预约、会员储值和门店排课系统；乙方提供"约课云"SaaS平台及相应实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）SaaS订阅服务
1. 乙方向甲方45家门店开通"约课云"平台的课程预约、会员管理、储值卡与积分、教室与厨师排课、食材备料清单、营销活动及经营报表等功能，并提供微信小程序和门店收银端。
2. 服务期为两个服务年度，自上线验收合格之日起计算；每个服务年度自上线验收合格之日或其周年日起算。
3. 门店数量在服务期内增加的，新增门店按本合同单价按月折算计费。
（二）实施服务
1. 乙方负责平台配置、甲方现有会员数据（约18万条）及储值余额的迁移、与甲方收银系统和财务系统的接口开发、小程序页面定制、门店店长及前台人员培训。
2. 乙方应于合同签订后75日内完成全部门店上线。
3. 实施期间乙方应派驻不少于3名实施顾问，分区域完成门店上线，每批上线前须完成门店人员培训和数据核对。
4. 甲方可为每家门店开设不超过20个员工账号，总部管理账号不限数量。
（三）运营支持服务
1. 服务期内乙方为甲方配备专属客户成功经理，每月提交服务报告，内容包括可用率、故障清单、处理时长及改进措施。
2. 乙方提供7×24小时服务热线和在线工单，门店人员可直接报障；每季度为新入职门店人员提供一次线上培训。
3. 乙方平台版本升级应提前7日通知甲方，涉及门店操作流程变化的，应同步提供操作说明和培训视频。

二、费用
（一）年度订阅费：每家门店每个服务年度¥6,800，45家门店每个服务年度合计¥306,000，两个服务年度合计¥612,000。
（二）实施费：一次性¥118,000。
（三）合同总价：人民币柒拾叁万元整（¥730,000）。
（四）短信通知按实际发送量另行结算，单价为每条¥0.045，不计入合同总价。
（五）服务期内门店因装修暂停营业超过30日的，该门店暂停计费，恢复营业后重新计费。

三、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（三）乙方应在收款前开具增值税专用发票，甲方有权从应付款中扣除乙方应承担的违约金和服务费抵扣额。

四、上线验收
（一）验收标准：
1. 全部会员数据及储值余额迁移完整，与甲方原系统逐条核对差异为零；
2. 与收银系统、财务系统的接口连续7日对账无差错；
3. 小程序在2,000人同时预约时页面响应时间不超过2秒；
4. 功能清单所列功能逐项测试通过，并完成全部门店培训；
5. 会员储值余额与财务系统总账核对一致。
（二）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。门店试用或甲方支付部分款项，均不视为验收合格。
（三）验收不合格的，乙方应在7日内完成整改并重新申请验收，因此延误的时间计入上线逾期天数。

五、服务水平
（一）平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前3日通知且安排在凌晨0点至6点之间）。
（二）故障分级及响应：
1. 一级故障：全部或多数门店无法预约、核销或收银，乙方应在30分钟内响应、2小时内恢复；
2. 二级故障：个别门店或部分功能不可用，乙方应在1小时内响应、8小时内恢复；
3. 三级故障：一般咨询或不影响营业的问题，在次一工作日内答复。
（三）服务抵扣：月可用率每低于承诺值0.1个百分点，抵扣当月订阅费的3%；一级故障响应超时的，每次抵扣¥1,000。抵扣额在下一期付款中扣除。
（四）乙方应在每次一级故障恢复后2个工作日内提交故障分析报告，说明原因、影响范围及整改措施。

六、知识产权
（一）平台软件及其后续版本的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方定制的小程序页面、课程预约规则配置、与甲方收银和财务系统的接口程序及其源代码，知识产权归甲方所有，甲方可自行修改或交由第三方使用。
（三）乙方保证平台不侵犯第三方知识产权；因侵权给甲方造成损失的，由乙方负责处理并赔偿。

七、数据
（一）甲方会员的个人信息、预约记录、储值与消费记录等业务数据归甲方所有。
（二）乙方有权将上述数据经脱敏、汇总处理后，用于行业经营分析报告、产品功能改进及算法模型训练，该项使用权在合同终止后继续有效。
（三）乙方应将数据存储于中国境内的云资源，按网络安全等级保护第三级要求落实加密存储、访问控制、日志审计和异地备份；发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
（四）合同终止后30日内，乙方应按甲方要求的格式导出全部业务数据交付甲方，并在甲方确认后删除其存储的甲方数据。
（五）乙方人员访问甲方业务数据须经甲方授权，所有访问操作留存日志不少于六个月，甲方有权随时调阅。

八、保密
双方对在合作中获知的对方经营信息、价格、技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在本合同终止后三年内有效。乙方员工及其关联方均应遵守本条约定。

九、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，向甲方支付违约金¥500。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露及侵犯知识产权造成的损失不受此限。
（三）乙方平台故障导致甲方门店无法收银的，乙方除按第五条抵扣外，还应协助甲方处理由此引发的会员投诉，并承担甲方为安抚会员而实际发放的补偿。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担连带责任。

十一、期限、续期与解除
（一）服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时乙方可根据市场情况调整年度订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前书面通知甲方新的价格。
（三）乙方严重违约或连续两个月未达到第五条服务水平，经甲方书面通知后15日内仍未改正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（四）合同终止或解除时，乙方应继续提供不少于60日的只读访问和数据导出服务，协助甲方完成向新系统的迁移。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十三、其他
本合同附件包括功能清单、数据迁移方案、门店清单和服务水平说明，附件与本合同具有同等效力；合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

H716Z04 = """北京青禾公益基金会项目管理系统运维服务合同

合同编号：QHJJH-YW-2025-08
甲方：北京青禾公益基金会
乙方：北京恒信达软件技术服务有限公司

甲方现有项目管理系统（含项目申报、立项评审、资助拨付、执行监测、结项评估、捐赠人反馈及信息公开七个子系统）已上线运行。为保障系统稳定运行和持续优化，甲方委托乙方提供运维服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务期限与范围
（一）服务期自2025年9月1日起至2026年8月31日止。
（二）服务对象：项目管理系统全部子系统，包括应用程序、数据库、中间件、部署该系统的两台应用服务器和一台数据库服务器，以及系统与甲方财务系统、官网信息公开栏目和捐赠平台之间的接口。
（三）服务内容：
1. 日常监控：对系统运行状态、服务器资源、数据库性能和接口调用情况进行实时监控，每日形成巡检记录；
2. 故障处理：受理甲方报障，按第三条时限进行响应和修复；
3. 应用维护：修复程序缺陷，根据甲方业务规则变化进行小型功能调整，每个季度累计不超过40人天；
4. 数据维护：每日增量备份、每周全量备份，每季度进行一次恢复演练；
5. 安全运维：每季度进行一次漏洞扫描和基线核查，及时安装安全补丁，配合甲方完成网络安全等级保护测评；
6. 专项工作：在2025年12月31日前完成数据库版本升级，在2026年3月31日前完成年度项目数据归档和信息公开栏目改版；
7. 培训支持：为甲方新入职的项目官员和财务人员提供系统操作培训，每季度不少于一次。
（四）本合同不包括硬件设备的维修更换和新功能模块的开发；如甲方需要，双方另行协商。服务期内甲方新增的用户数量、项目数量不另行计费。

第二条 服务费用及支付
（一）本合同服务费为固定总价人民币叁拾捌万陆仟元整（¥386,000），包含人员、工具、差旅、税费等全部费用。
（二）服务费按季度支付，每季度¥96,500。每个服务季度结束并经甲方季度考核合格后15个工作日内，甲方支付该季度服务费。
（三）季度考核扣减的金额，在当季服务费中直接扣除。
（四）乙方应在每次付款前向甲方开具增值税普通发票，甲方为非营利组织，乙方不得要求预付任何款项。
（五）因甲方原因导致专项工作延期的，乙方的完成期限相应顺延。

第三条 服务水平
（一）系统月可用率不低于99.5%。月可用率＝（当月总分钟数－非计划停机分钟数）÷当月总分钟数，以百分比表示，保留两位小数。计划内维护须提前5个工作日经甲方书面同意，且不得安排在项目集中申报和资助拨付期间。
（二）故障分级及处理时限：
1. 一级故障：系统整体不可用，或资助拨付、项目申报等核心功能中断，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：部分功能不可用或性能明显下降，乙方应在1小时内响应，8小时内恢复；
3. 三级故障：不影响业务开展的一般问题，乙方应在次一工作日内响应，5个工作日内解决。
（三）乙方应在一级、二级故障恢复后3个工作日内提交故障分析报告。
（四）服务水平未达标的扣减：月可用率低于承诺值的，每低于0.1个百分点扣减当季服务费的2%；一级故障响应或恢复超时的，每次扣减¥1,500；二级故障超时的，每次扣减¥500。单季度扣减总额以当季服务费为限。

第四条 人员要求
（一）乙方应指定一名专职运维经理和不少于两名驻场运维工程师，工作日9:00至18:00在甲方办公地点驻场，非工作时间提供电话及远程支持。
（二）乙方更换驻场人员应提前10个工作日书面通知甲方并经甲方同意，新人员资历不得低于原人员。
（三）乙方人员须遵守甲方的办公管理制度及信息安全管理制度。
（四）乙方应每月向甲方提交运维月报，内容包括可用率统计、故障及工单处理情况、资源使用趋势、安全补丁安装情况和下月工作计划；每季度召开一次运维工作会议，由双方负责人参加。

第五条 考核与验收
（一）季度考核：每季度结束后10个工作日内，甲方依据巡检记录、工单记录、可用率统计、专项工作完成情况和用户满意度调查结果进行考核，考核结论分为合格与不合格。用户满意度低于85分或当季发生两次以上一级故障的，该季度考核不合格。
（二）服务期满验收：服务期满前15日内，乙方提交运维总结报告、全部巡检记录、故障处理记录、变更记录及更新后的系统文档，甲方对照本合同服务内容和服务水平逐项核查后出具书面验收意见。
（三）季度考核不合格的，乙方应在15日内整改；连续两个季度考核不合格的，甲方有权解除合同。

第六条 数据安全
（一）系统中存储的受助机构信息、项目资料、捐赠人信息及全部业务数据归甲方所有，乙方仅能为履行本合同访问和处理，不得用于任何其他目的。
（二）乙方访问生产环境须经甲方运维审计系统登录，使用实名账号，禁止共用账号；未经甲方书面批准，不得将数据复制到甲方环境之外，不得在个人终端存储甲方数据。
（三）乙方应严格执行备份和恢复策略，确保备份数据可用。
（四）发生数据泄露、丢失或被篡改等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施，并配合甲方向主管部门报告；因乙方原因造成的，乙方承担全部赔偿责任。
（五）服务期满或合同解除时，乙方应删除其为履行本合同而临时保存的全部数据，并出具书面删除确认。

第七条 保密
乙方对履行本合同过程中知悉的甲方工作信息、捐赠人及受助人信息负有保密义务，未经甲方书面同意不得向任何第三方披露或用于本合同以外的用途。本条义务在合同终止后继续有效，直至相关信息依法公开。

第八条 知识产权
乙方在服务期内编写的运维脚本、监控配置、功能调整的源代码及技术文档，知识产权归甲方所有，乙方应在每季度末将其与相关说明一并移交甲方。乙方自有的通用运维工具仍归乙方所有，甲方可在本系统范围内无偿使用。

第九条 违约责任
（一）乙方未在第一条第（三）项第6目约定的期限内完成专项工作的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方违反第六条、第七条约定的，应赔偿甲方因此遭受的全部损失，甲方并有权解除合同。
（三）甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。

第十条 转包与分包
乙方不得将本合同项下的任何服务转包或分包给第三方。

第十一条 合同解除
（一）乙方严重违约，或出现第五条第（三）项情形的，甲方有权书面通知解除本合同，并按实际服务期间结算服务费。
（二）合同解除或服务期满时，乙方应在10个工作日内完成运维交接，移交全部账号、口令、文档和脚本，并配合新服务商完成交接。
（三）服务期满后甲方需要继续采购运维服务的，双方另行签订合同。

第十二条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交北京仲裁委员会按其仲裁规则仲裁。

第十三条 其他
本合同附件包括系统清单、服务器及接口清单、季度考核表和用户满意度调查表。本合同未尽事宜，双方可签订补充协议。合同履行期间，双方联系人变更应书面通知对方。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
授权代表：                          授权代表：
日期：                              日期：
"""

H716Z05 = """# 软件许可及定制开发合同

**织锦数码标准合同文本 ZJ-RJ-V3.0**

- 合同编号：ZJSM-2025-R-0263
- 甲方（用户）：扬州瑞结工艺品有限公司
- 乙方（软件方）：苏州织锦数码科技有限公司

甲方为中国结及编结工艺品生产企业，拟使用乙方"结艺通"编结生产追踪系统，并委托乙方进行定制开发。双方经友好协商，按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"结艺通"编结生产追踪系统V5的软件使用许可，包括生产工单、编结工序扫码报工、计件工资核算、质检追溯、绳线物料管理五个模块，许可范围为甲方扬州本部工厂及其下属两个外协编结点，用户数不超过300个。

1.2 乙方按甲方需求进行定制开发，内容包括：盘长结、团锦结等36种结型的工序模板，手工编结计件单价规则，外协编结点的扫码交接流程，以及与甲方金蝶财务系统的接口。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

1.4 系统部署于甲方自有服务器，甲方负责提供符合乙方《系统运行环境要求》的服务器、操作系统、数据库及网络环境，相关软硬件费用由甲方自行承担。

1.5 本软件许可为永久许可，但版本升级和技术支持以甲方签订维保协议为前提。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "结艺通"编结生产追踪系统V5软件许可（五个模块） | 620,000 |
| 2 | 定制开发（结型工序模板、计件规则、外协交接、财务接口） | 248,000 |
| 3 | 安装部署、数据初始化及培训 | 62,000 |
| | 合同总价 | 930,000 |

合同总价为人民币玖拾叁万元整（¥930,000），含增值税。上述价格不含甲方服务器、操作系统、数据库软件及条码打印设备的费用。

## 第三条 付款方式

3.1 本合同签订之日起5个工作日内，甲方向乙方支付合同总价的65%，即¥604,500。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥325,500。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停实施和服务。

3.4 乙方收到各期款项后10个工作日内开具增值税普通发票。

## 第四条 实施与上线

4.1 乙方在收到第3.1条款项后120日内完成部署和定制开发，并通知甲方上线。

4.2 甲方应按乙方要求提供服务器、网络环境、基础资料和配合人员。因甲方原因导致延误的，实施期限相应顺延。

4.3 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.4 乙方为甲方提供两次集中培训，每次不超过两天，培训对象为甲方管理员、车间主管和外协点负责人；超出部分按每人天¥2,800另行计费。

4.5 甲方提出的需求变更超出本合同第1.2条范围的，乙方按每人天¥2,800另行报价，双方确认后执行，实施期限相应顺延。

4.6 乙方委派项目经理一名负责实施，甲方应指定对接人，及时确认需求文档和上线计划。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后对系统功能有异议的，应在上线后5个工作日内书面提出，逾期未提出的，视为甲方对系统无异议。乙方对甲方提出的问题在合理期限内予以修改。

5.3 系统上线后甲方在使用过程中发现的问题，由乙方在免费维护期内按第六条处理。

## 第六条 免费维护期

6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括缺陷修复和远程技术支持。

6.2 故障分级：一级故障指系统整体无法使用；二级故障指部分模块无法使用；三级故障指其他一般问题。

6.3 一级故障乙方在接到甲方报障后8小时内响应；二级故障在2个工作日内响应；三级故障在5个工作日内响应。乙方在响应后尽力解决故障，但不保证解决时限。

6.4 因故障响应或处理延迟给甲方造成的损失，乙方不承担扣款、赔偿或违约金责任。

6.5 免费维护期内，乙方每月为甲方提供一次远程巡检；甲方要求现场服务的，应承担乙方人员的差旅费用。

## 第七条 维保服务

7.1 免费维护期满后，甲方应与乙方签订年度维保协议，年度维保费按软件许可费的28%计算，即每年¥173,600。

7.2 维保服务内容为系统缺陷修复、版本升级和远程技术支持，服务标准同第六条。甲方未签订维保协议的，乙方不再提供任何升级和技术支持。

7.3 维保协议按年度签订，每年维保费在该年度维保期开始前一次性支付。

## 第八条 知识产权

8.1 "结艺通"系统软件的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的结型工序模板、计件规则、外协交接流程、财务接口程序及其源代码、相关文档，其知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程，不得向任何第三方提供。

8.3 乙方有权将定制开发成果用于其他客户。

8.4 甲方对系统提出的改进建议，乙方可吸收用于产品升级，相关成果归乙方所有。

## 第九条 数据安全

9.1 甲方在系统中录入和产生的生产工单、工人信息、计件工资、质检记录等数据归甲方所有，乙方仅为实施和维护目的访问，不作其他用途。

9.2 乙方实施和维护人员远程访问甲方服务器须经甲方同意并使用甲方分配的账号；乙方应采取必要的安全措施防止数据泄露、篡改和丢失。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，配合恢复数据，并承担相应赔偿责任。

9.4 甲方应自行做好数据备份，乙方建议甲方每日备份数据库。

## 第十条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。乙方员工因工作需要接触甲方信息的，乙方应要求其遵守本条约定。

## 第十一条 违约与解除

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 一方严重违约且经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.3 乙方不承担甲方的间接损失、利润损失和商誉损失。

11.4 因不可抗力、网络运营商故障、甲方服务器或网络环境原因导致系统无法使用的，乙方不承担责任。

11.5 甲方违反第八条约定的，应按合同总价的两倍向乙方支付违约金。

## 第十二条 许可使用限制

12.1 甲方仅可在第1.1条约定的工厂和用户数范围内使用本软件，增加用户或使用地点的，应按乙方届时的报价另行购买许可。

12.2 甲方不得对软件进行出租、出借、转让或再许可，不得将软件用于为第三方提供服务。

12.3 甲方未按期支付合同款项或维保费的，乙方有权暂停软件授权并停止服务，直至甲方付清全部款项。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，甲方已充分阅读并理解全部条款。

14.2 本合同条款与双方往来函件、报价单不一致的，以本合同为准。

14.3 本合同附件：《系统功能清单》《定制开发需求说明书》《系统运行环境要求》。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：
"""

H716E01 = """T:Software Licence and Services Agreement
P:Agreement No. NSL-CN-2025-014
P:This Agreement is made between Hunan Xiangjiang Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha ("Buyer"), and Niassa Systems Lda, a company incorporated in the Republic of Mozambique with its principal office at Avenida Julius Nyerere, Lichinga, Niassa Province ("Vendor").
P:Background: The Buyer operates refrigerated warehouses and a fleet of temperature-controlled vehicles in central China. The Vendor develops warehouse and yard management software for cold-chain operators. The Buyer wishes to acquire a perpetual licence to the Vendor's ColdYard software together with configuration, interface and training services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ColdYard warehouse and yard management software, version 7, in object code, with its documentation and any corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including configurations, reports, dock-scheduling rules, interface programs to the Buyer's ERP, telematics and temperature-logging systems, data migration scripts, and their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's operations, including inventory, temperature records, customer and consignee data, vehicle and driver data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 240 named users and 6 warehouse sites in mainland China, including for disaster recovery and testing.
P:2.2 The Vendor shall configure the Software, develop the Custom Deliverables, migrate the Buyer's current stock and location master data, install the Software on the Buyer's servers in Changsha, and train the Buyer's key users and administrators, all as described in the Statement of Work in Annex 1.
P:2.3 The Vendor shall complete installation within 90 days after the Effective Date and shall offer the Software for acceptance testing within 150 days after the Effective Date.
P:2.4 The Vendor shall appoint a project manager who speaks Chinese or English fluently and who shall be present on site in Changsha during installation, testing and the first 30 days after Final Acceptance. The Vendor shall not replace the project manager without the Buyer's consent, which shall not be unreasonably withheld.
P:2.5 The Buyer shall provide servers, operating systems, database licences, network access and the time of its key users as set out in Annex 1, and shall give the Vendor's staff reasonable access to its premises during working hours, subject to the Buyer's site safety rules and the hygiene requirements that apply in its cold stores.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,680,000 (the "Contract Price"), made up of: Licence Fees CNY 1,240,000; implementation, configuration, interfaces and data migration CNY 386,000; training CNY 54,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor, and all warranty services under Article 6.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price as an advance payment within 20 days after the Effective Date, against the Vendor's invoice and an advance payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 25% of the Contract Price within 20 days after the Software is installed at all sites and the Buyer has signed the installation record. Installation does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 55% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall provide an acceptance test plan for the Buyer's approval at least 20 days before testing.
P:5.2 The acceptance criteria are: all functions in Annex 1 pass testing at two pilot warehouses; migrated stock and location data reconcile fully with the source system; the ERP, telematics and temperature interfaces run for 15 consecutive days without data loss; pick confirmations respond within 2 seconds with 180 concurrent users; and no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within 10 working days. Go-live, productive use or any payment does not by itself mean acceptance.
P:5.4 If the Software fails the acceptance tests, the Vendor shall correct the defects and repeat the tests at its own cost. If it fails a third time, the Buyer may terminate this Agreement and recover all amounts paid.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 and the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Severity 1 means the Software is unavailable at a warehouse or goods cannot be received or dispatched. Severity 2 means a major function is impaired with no workaround. The Vendor shall respond to a Severity 1 incident within 1 hour and restore operation within 6 hours, and respond to a Severity 2 incident within 2 hours, at any time of day.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,000, and for a Severity 2 incident CNY 300, to be deducted from the next amount payable.
P:6.4 After the Warranty Period the Buyer may order annual support for the Software at 11% of the Licence Fees per year (CNY 136,400). This rate shall not increase for three years after the end of the Warranty Period. Support is ordered by the Buyer each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them to others without restriction.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, in identifiable, anonymised or aggregated form.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's bastion host with personal accounts approved for each session, shall not copy Buyer Data outside the Buyer's environment, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC. No Buyer Data shall be transferred out of mainland China.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 12 hours after becoming aware of it, take immediate remedial action and bear all losses and regulatory penalties caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to offer the Software for acceptance testing by the date in Article 2.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Articles 7.3, 8 and 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination the Vendor shall return all Buyer Data and hand over all work in progress on the Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Mozambique.
P:13.2 Any dispute shall be settled by arbitration under the rules of the Centre for Arbitration, Conciliation and Mediation in Maputo, seated in Maputo, in the English language, by three arbitrators.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two English originals and takes effect on the date of the later signature (the "Effective Date").
P:14.3 Notices shall be given in writing, in English or Chinese, to the addresses stated at the head of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H716E02 = """# ORDER FORM — FieldLedger Farm Operations Platform

**Order Form No. KFL-CN-0087**, issued under the FieldLedger General Terms (Part B), which form part of this Order Form.

## PART A — ORDER DETAILS

### A1. Parties

- **Provider:** Chambeshi Agritech Limited, a company incorporated in the Republic of Zambia, Plot 114 Mbala Road, Kasama, Northern Province, Zambia.
- **Customer:** Heilongjiang Beidahuang Sanjiang Grain Cooperative Co., Ltd., Jiamusi, Heilongjiang Province, People's Republic of China.

### A2. Subscribed Service

Access to the FieldLedger platform (field records, crop planning, machinery scheduling, input inventory, harvest logistics and grain-quality modules), the FieldLedger mobile application for field staff, and the standard reporting module, for 420 named users and up to 38,000 hectares across the Customer's 14 farm units. The service is hosted in a data centre located in mainland China operated by the hosting provider named in A6.

### A3. Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5 (the "Subscription Start Date"), and the second on its first anniversary.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 420 users, 14 farm units | 284,000 |
| Subscription Fee, Subscription Year 2 | 420 users, 14 farm units | 284,000 |
| Onboarding (configuration, data import, interfaces, training) | fixed, one-time | 36,000 |
| **Total Order Value** | | **604,000** |

Invoicing and payment:

1. The Onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice.
2. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.
3. No amount is payable before the Subscription Start Date.
4. Fees are stated in CNY, include VAT and are fixed for the Subscription Term.
5. Satellite imagery beyond the included 38,000 hectares is charged at CNY 1.60 per hectare per Subscription Year, invoiced in arrears, and is not part of the Total Order Value.

### A5. Onboarding and Go-Live Acceptance

1. The Provider shall complete onboarding within 70 days after the date of this Order Form. Onboarding covers configuration of the Customer's farm units, fields and crop calendars, import of the Customer's field boundaries and three seasons of yield history, the interface with the Customer's ERP for input purchases and grain sales, and training of 30 key users.
2. Go-Live Acceptance tests are: all fields and boundaries imported and checked against the Customer's survey data; the ERP interface transfers purchase and sales records for 10 consecutive working days without errors; the mobile application works offline and synchronises within 5 minutes of reconnecting; and all functions in the Service Description pass the Customer's test scripts.
3. When the tests are passed, the Customer shall sign a Go-Live Acceptance certificate. Use of the service for training or pilot work is not acceptance.
4. If onboarding is not completed and accepted within the period in A5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

### A6. Special Terms

1. Approved hosting provider: Alibaba Cloud (Beijing region). Any change requires the Customer's prior written consent.
2. Customer contact: Director of Digital Agriculture. Provider contact: Head of Customer Success, Asia.
3. This Order Form does not renew automatically. Any further subscription requires a new Order Form signed by both parties, at fees agreed at that time.

## PART B — GENERAL TERMS

### 1. Service and Support

1.1 The Provider shall provide the service in accordance with the Service Description and these General Terms, and shall not materially reduce its functionality during the Subscription Term.

1.2 Support is available by telephone, e-mail and the support portal in English and Chinese. A Priority 1 incident is one where the platform or the mobile application is unavailable to all users or a core module cannot be used. The Provider shall respond to a Priority 1 incident within 30 minutes at any time, and to a Priority 2 incident within 2 hours during business hours in China.

1.3 The Provider shall keep the platform available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 22:00 and 06:00 China time.

1.4 If monthly availability falls below the level in 1.3, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each full 0.5 percentage point of shortfall, up to 50% of that monthly amount. If a Priority 1 response is late, the Customer receives a credit of CNY 800 per incident. Credits are deducted from the next invoice or refunded at the end of the term.

1.5 The Provider shall publish monthly availability and incident reports to the Customer through the support portal.

1.6 The Provider shall give the Customer at least 60 days' notice of any change to the Service Description, and no change may remove or reduce a function subscribed under A2 during the Subscription Term.

### 2. Customer Data

2.1 All data that the Customer or its users enter into the service, and all data generated from it, including field records, yields, machinery logs and farm staff details ("Customer Data"), belong to the Customer.

2.2 The Provider shall use Customer Data only to provide the service to the Customer and shall not use it for any other purpose, including in anonymised or aggregated form.

2.3 The Provider shall keep Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named support staff using multi-factor authentication, keep access logs for six months, and comply with the Data Security Law and the Personal Information Protection Law of the PRC.

2.4 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take all reasonable steps to contain it, and compensate the Customer for losses caused by the Provider's breach of this section.

2.5 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV and shapefile formats and then delete it, and confirm deletion in writing.

### 3. Intellectual Property

3.1 The Provider retains all rights in the platform, the mobile application and its general know-how.

3.2 Configurations, crop-calendar templates, report designs and the ERP interface mapping created for the Customer belong to the Customer, which may use, modify and let third parties use them without restriction.

### 4. Confidentiality

4.1 Each party shall keep confidential the other party's non-public information, use it only for this Order Form and protect it with at least reasonable care. This obligation continues for three years after the end of the Subscription Term.

### 5. Subcontracting

5.1 The Provider shall not subcontract any part of the service without the Customer's prior written consent, except the hosting provider approved in A6. The Provider is responsible for its subcontractors as for itself.

### 6. Term and Termination

6.1 Either party may terminate this Order Form by written notice if the other commits a material breach and does not cure it within 30 days after written notice.

6.2 The Customer may also terminate if monthly availability falls below the level in 1.3 in two consecutive months. On termination by the Customer under this section the Provider shall refund the prepaid fees for the unused period.

6.3 On expiry or termination, the Provider shall continue to give the Customer read-only access to the platform for 30 days so that the Customer can complete the season's records and export its data.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Each party's total liability under this Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

7.3 The limits in 7.1 and 7.2 do not apply to breach of section 2 or section 4, personal injury, fraud or wilful misconduct.

### 8. Governing Law and Disputes

8.1 This Order Form is governed by the laws of the People's Republic of China.

8.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final.

### 9. General

9.1 This Order Form, with the Service Description, is the entire agreement of the parties on its subject and prevails over any terms printed on purchase orders or click-through screens.

9.2 Neither party may assign this Order Form without the other's written consent.

9.3 Notices shall be in writing in English or Chinese and sent to the contacts named in A6 by courier or e-mail with confirmation of receipt.

Signed for the Provider: ______________________  Signed for the Customer: ______________________
"""

H716E03 = """T:Supply Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. WHC-EQ-2025-0331
P:Buyer: Anhui Wanhe Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Limpopo Sensing Solutions Lda, Avenida da Independência 47, Inhambane, Republic of Mozambique (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer will install wireless condition monitoring on the kilns, raw mills, cement mills, fans and conveyors of its two clinker lines, and the Supplier has been selected after a competitive tender.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 3, with their embedded software.
P:1.2 "Software" means the Supplier's VibraSense condition monitoring software, installed on the Buyer's servers, with its analytics and alarm modules.
P:1.3 "Buyer Data" means all measurement data, alarms, asset records and reports collected or generated in the Buyer's plant.
P:1.4 "Final Acceptance" means acceptance under Clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install and commission the Equipment, grant the Software licence, configure the asset hierarchy and alarm thresholds for 500 assets, connect the system to the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 500 monitored assets at the Wuhu plant, including use by contractors working for the Buyer.
P:2.3 All Equipment shall be new, of certified explosion-proof design where installed in coal mill areas, and shall be rated for ambient temperatures up to 70 degrees Celsius.
P:2.4 Training shall cover sensor installation and replacement, gateway configuration, alarm handling in the control room and vibration analysis for reliability engineers, for at least 40 participants in total, in Chinese or with a qualified interpreter provided by the Supplier.
P:2.5 The Supplier shall deliver operating and maintenance manuals, wiring diagrams, the as-built sensor location list and a backup of the configuration, in Chinese and English, before Final Acceptance.
H:3. Price
P:3.1 The Contract Price is CNY 2,140,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|360|2,400|864,000
TB:2|Edge gateways with industrial enclosures|24|13,500|324,000
TB:3|Gearbox oil-quality sensors|40|6,200|248,000
TB:4|VibraSense software licence, perpetual, 500 assets|1|500,000|500,000
TB:|Hardware and Licence Subtotal|||1,936,000
TB:5|Installation, configuration and commissioning|1|178,000|178,000
TB:6|Training of operators and reliability engineers|1|26,000|26,000
TB:|Contract Price|||2,140,000
P:3.2 The Contract Price is fixed and includes delivery to the Buyer's plant, import duties, taxes, insurance, installation materials and all warranty services.
H:4. Payment
P:4.1 20% of the Contract Price is payable within 30 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 45% of the Contract Price is payable within 30 days after the Buyer signs the Installation Certificate for both clinker lines. The Installation Certificate records completion of installation only and is not acceptance.
P:4.3 35% of the Contract Price is payable within 30 days after Final Acceptance.
P:4.4 The Supplier shall issue a valid VAT invoice before each payment. The Buyer may set off delay damages and service credits against any payment.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 75 days after signature and complete installation within 45 days after delivery.
P:5.2 Installation work in the plant shall be carried out only during planned kiln stops notified by the Buyer, under the Buyer's permit-to-work system and safety rules.
P:5.3 Risk in the Equipment passes to the Buyer on signature of the delivery note at the plant. Title passes on payment under Clause 4.2.
P:5.4 The Supplier shall remove all packaging and installation waste from the plant at its own cost and leave each work area clean.
H:6. Acceptance
P:6.1 After installation, the system shall run for a trial period of 45 days.
P:6.2 The acceptance criteria are: at least 98% of sensors report data at their configured interval during the trial period; alarms reach the control room display within 10 seconds; the interfaces with the distributed control system and the maintenance management system transfer data without loss for the whole trial period; analytics detect each of the test faults in the Buyer's acceptance test plan; and no Severity 1 incident has occurred in the last 20 days of the trial.
P:6.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within 10 working days. Installation, the trial run, use of the system or any payment does not mean acceptance.
P:6.4 If the criteria are not met, the Supplier shall remedy the defects and repeat the trial at its own cost.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period it shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:7.2 Severity 1 means loss of monitoring for a kiln or mill line or failure of the alarm function. The Supplier shall respond to a Severity 1 incident within 1 hour, at any time, and restore monitoring within 24 hours, if necessary by sending spare Equipment from the local spare stock it keeps at the plant.
P:7.3 The Software server and the monitoring dashboard shall be available at least 99.95% of each month during the warranty, excluding maintenance agreed with the Buyer in advance.
P:7.4 For each hour by which a Severity 1 response or restoration is late, the Supplier shall credit the Buyer CNY 1,000. For each 0.01 percentage point by which monthly availability falls short, the Supplier shall credit the Buyer CNY 2,000.
P:7.5 After the warranty, the Buyer may purchase annual support for the Equipment and the Software at 7% of the Hardware and Licence Subtotal per year (CNY 135,520). This price is fixed for the first two years after the warranty. Support is ordered year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software and the embedded software in the Equipment remain the property of the Supplier and its licensors.
P:8.2 The asset hierarchy, alarm configuration, interface programs and reports made for the Buyer under this Contract belong to the Buyer, and the Buyer may use, modify and license them freely. The Supplier shall deliver their source files at Final Acceptance.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The system is installed on the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's secure remote access system, with named accounts approved for each session and recorded. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting the system or Buyer Data within 6 hours after discovering it, help the Buyer to contain it, and compensate the Buyer for all losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production data and prices, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of the warranty.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in Clause 5.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
P:13.2 On termination, the Supplier shall refund amounts paid for Equipment or services not accepted, and the Buyer may retain the Equipment already installed against payment of its fair value.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final and binding.
H:15. General
P:15.1 Annexes: Annex 1 Technical Specification; Annex 2 Acceptance Test Plan; Annex 3 Spare Parts List. The Annexes form part of this Contract.
P:15.2 This Contract is made in English and Chinese in four originals, two for each party. Both versions are equally authentic.
P:15.3 Notices under this Contract shall be in writing and sent to the addresses stated above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H716E04 = """# Managed IT Infrastructure Services Agreement

**Agreement No. LDS-GX-2025-07**

This Agreement is made between:

- **Guangxi Lijiang Pharmaceutical Distribution Co., Ltd.**, Nanning, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Customer"); and
- **Luapula Digital Services Limited**, a company incorporated in the Republic of Zambia, 22 Chishimba Falls Road, Mansa, Luapula Province, Zambia (the "Provider").

The Customer distributes medicines from a head office and six regional warehouses in Guangxi. It wishes to outsource the operation of its IT infrastructure, and the Provider has been selected to provide managed services on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Transition" means the transfer of operational responsibility from the Customer's current arrangements to the Provider, in the milestones of Schedule 3.

1.4 "Service Commencement Date" means the date of Transition Acceptance under clause 4.3.

1.5 "Customer Data" means all data of the Customer or its customers, suppliers and employees that the Provider handles in providing the Services.

## 2. Term

2.1 This Agreement starts on signature and continues for the Transition period and then for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement ends at the end of the Term. It does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. Services

3.1 The Provider shall provide the Services in Schedule 1 for the sites in Schedule 3 from the Service Commencement Date, in accordance with the Service Levels and good industry practice.

3.2 The Provider shall provide a service desk in Chinese, staffed from 07:00 to 22:00 China time every day, with an on-call engineer outside those hours.

3.3 The Provider shall keep an engineer on site at the Nanning head office on working days and shall reach any regional warehouse within the on-site times of Schedule 2.

3.4 The Provider shall hold a monthly service review with the Customer and provide a monthly report on Service Level performance, incidents, changes, capacity and improvement actions.

3.5 The Customer shall give the Provider access to its sites and systems as reasonably needed and shall inform the Provider of planned business events such as stock-taking and regulatory inspections.

## 4. Transition and Acceptance

4.1 The Provider shall complete the Transition within 60 days after signature, following the milestones of Schedule 3.

4.2 Transition acceptance criteria: all devices and systems in scope are recorded in the configuration database and checked at each site; monitoring covers every server, network device and warehouse scanner controller in scope; runbooks for every critical system have been approved by the Customer; a failover test of the core network and a restore test of the warehouse management system database have succeeded; and the service desk has handled live calls for 10 working days in parallel with the Customer's team without a missed Priority 1 incident.

4.3 When the criteria are met, the Customer shall issue a Transition Acceptance certificate. Parallel running or payment does not mean acceptance.

4.4 If Transition Acceptance is delayed beyond the period in 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 1. The Total Contract Value is CNY 1,732,000, consisting of the Transition Charge and the Monthly Service Charge for 36 months.

5.2 The Transition Charge is invoiced after Transition Acceptance. Monthly Service Charges are invoiced quarterly in arrears. Invoices are payable within 30 days.

5.3 The charges are fixed for the Term and include all staff, tools, travel and taxes. Service credits under Schedule 2 are deducted from the next invoice.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not use it for any other purpose, including in anonymised or aggregated form.

6.2 On expiry of the Term, the Provider shall hand over to the Customer all Customer Data it holds.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's network diagrams, passwords, prices and customer lists, and shall use it only for this Agreement. This obligation continues for three years after the end of the Term.

## 8. Intellectual Property

8.1 Runbooks, scripts, configurations, monitoring rules and documentation created by the Provider for the Customer belong to the Customer, which may use and modify them and let any other service provider use them.

8.2 The Provider keeps its general tools and methods, and grants the Customer a free licence to use any of them embedded in the deliverables in 8.1.

## 9. Personnel and Subcontracting

9.1 The Provider shall assign qualified staff, shall give the Customer the names of its on-site and service desk staff, and shall replace any staff member on the Customer's reasonable request.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud and wilful misconduct.

## 11. Duration and Remedies

11.1 This Agreement runs for the full Term and may not be terminated early by either party, except by mutual written agreement or where force majeure prevents performance for more than 90 consecutive days.

11.2 If a party breaches this Agreement, the other party's remedies are service credits under Schedule 2, damages and an order for performance. Breach does not entitle a party to end this Agreement.

11.3 At the end of the Term the Provider shall cooperate with the Customer and any new provider for an exit period of up to 45 days at the rates in Schedule 1.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Nanning Arbitration Commission for arbitration in Nanning. The award is final.

## 13. General

13.1 This Agreement with its Schedules is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

13.2 This Agreement is signed in English and Chinese; both versions are equally authentic.

## Schedule 1 — Services and Charges

| Service | Scope | Monthly charge (CNY) |
|---|---|---|
| Service desk | 310 users, Chinese language, 07:00–22:00 daily, on call at night | 9,800 |
| Server and storage operations | 26 virtual servers, 3 hosts, 1 storage array, backups | 12,600 |
| Network operations | core and warehouse networks, 7 sites, firewalls, Wi-Fi for handheld scanners | 11,400 |
| Warehouse systems support | WMS application servers, scanner controllers, label printers | 7,900 |
| On-site support | engineer at Nanning head office on working days; call-out to warehouses | 4,800 |
| **Monthly Service Charge** | | **46,500** |

| One-time and total charges | Amount (CNY) |
|---|---|
| Transition Charge | 58,000 |
| Monthly Service Charge × 36 months | 1,674,000 |
| **Total Contract Value** | **1,732,000** |

Additional work outside the scope above is charged at CNY 1,450 per engineer day, only against a written order from the Customer.

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| Priority 1 | a warehouse cannot receive or ship goods, or the core network or WMS is down | 15 minutes | 3 hours | CNY 1,500 per incident plus CNY 500 per further hour |
| Priority 2 | a major function is degraded at one site, with a workaround | 30 minutes | 8 hours | CNY 500 per incident |
| Priority 3 | a single user or device affected | 2 hours | 2 working days | none; counted in monthly report |

| Measure | Target | Credit if missed |
|---|---|---|
| Availability of core network and WMS servers, monthly | 99.95% | 3% of the Monthly Service Charge for each 0.1 percentage point below target |
| On-site attendance at a regional warehouse | within 6 hours of request | CNY 800 per late visit |
| Monthly report delivered | by the 5th working day | CNY 300 per late report |

Total service credits in a month are limited to 25% of the Monthly Service Charge.

## Schedule 3 — Sites and Transition Milestones

| Site | City | Users | Transition milestone (days after signature) |
|---|---|---|---|
| Head office and data room | Nanning | 132 | discovery and monitoring by day 25 |
| Warehouse 1 | Nanning | 46 | handover by day 40 |
| Warehouse 2 | Liuzhou | 31 | handover by day 45 |
| Warehouse 3 | Guilin | 29 | handover by day 45 |
| Warehouse 4 | Yulin | 24 | handover by day 50 |
| Warehouse 5 | Baise | 22 | handover by day 55 |
| Warehouse 6 | Beihai | 26 | handover by day 55 |
| All sites | — | 310 | Transition Acceptance by day 60 |

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

H716E05 = """DATA SUBSCRIPTION AGREEMENT
PORT CALL AND VESSEL POSITION DATA API

Agreement No. NMD-QD-2025-19

PARTIES

1.1 Nacala Maritime Data, Limitada, a company incorporated in the Republic of Mozambique, with its registered office at Rua do Porto 12, Nacala, Nampula Province, Mozambique (the "Provider").

1.2 Qingdao Haitong Bulk Commodities Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qingdao, Shandong Province (the "Customer").

1.3 The Customer imports ores, coal and agricultural commodities by sea and needs vessel position, port call and berth data for Indian Ocean and East African ports to plan shipments and monitor demurrage. The Provider collects and publishes such data through an application programming interface (the "API").

DEFINITIONS

2.1 "Data" means the vessel positions, port call records, berth line-ups, cargo operations reports and estimated times of arrival that the Provider makes available through the API and the web portal.

2.2 "Subscription Year" means each of the two consecutive annual periods of the subscription, the first starting on the date of Connection Acceptance and the second on its anniversary.

2.3 "Customer Materials" means the Customer's vessel watch lists, cargo nominations, queries and any files the Customer uploads to the portal.

2.4 "Integration Adapter" means the software the Provider writes to load the Data into the Customer's chartering and logistics system.

SUBSCRIPTION

3.1 The Provider grants the Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the API and the portal and to use the Data for its internal business, including sharing extracts with its shipping agents, surveyors and banks in connection with its own cargoes.

3.2 The subscription covers up to 25 named portal users, up to 600,000 API calls per Subscription Year, and coverage of 84 ports listed in Annex A.

3.3 The Provider will update the Data from its port agents and satellite receivers as often as its sources allow. The Provider does not guarantee that the Data is complete, accurate or current at any time, and the Customer is responsible for checking critical information before relying on it.

SERVICE AVAILABILITY AND SUPPORT

4.1 The Provider will use commercially reasonable efforts to keep the API and the portal available, but does not commit to any availability level or service level.

4.2 The Provider may suspend access for maintenance and will try to give notice of planned maintenance on its status page.

4.3 Support is provided by e-mail to the Provider's support desk during business hours in Mozambique. The Provider will try to answer support requests promptly but does not commit to any response or resolution time.

USE RESTRICTIONS AND CUSTOMER OBLIGATIONS

4.4 The Customer will not resell the Data, publish it in bulk, or use it to build a competing vessel-tracking database. Short extracts in the Customer's own reports, charter party correspondence and claims are permitted.

4.5 The Customer will keep its API keys and portal passwords secure, will not share user accounts between individuals, and will tell the Provider promptly if it suspects that a key has been misused.

4.6 The Customer will name a technical contact for the Integration Adapter and will provide a test environment of its chartering and logistics system during connection.

FEES AND PAYMENT

5.1 The fees are:
(a) Subscription Fee: CNY 198,000 for each Subscription Year, in total CNY 396,000 for the two Subscription Years;
(b) Integration Adapter and set-up: CNY 14,000, one-time.
The total contract value is CNY 410,000.

5.2 API calls above the annual allowance are charged at CNY 9 per thousand calls, invoiced quarterly in arrears. These charges are not part of the total contract value.

5.3 The set-up fee is invoiced after Connection Acceptance. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days, by bank transfer in CNY.

5.4 The fees are fixed for the two Subscription Years and include all taxes.

CONNECTION AND ACCEPTANCE

6.1 The Provider will deliver the Integration Adapter and API credentials within 40 days after signature.

6.2 The Customer will run Connection Acceptance tests for 10 working days. The tests are passed when: every field in the Data specification in Annex B is delivered for the 84 ports; the Integration Adapter loads vessel positions into the Customer's system with no failed loads on 10 consecutive working days; vessel positions are no older than 30 minutes when received for vessels within terrestrial receiver range; and a sample of 200 port calls checked by the Customer against agents' statements of facts shows no missing calls.

6.3 When the tests are passed, the Customer will sign a Connection Acceptance certificate. Access to test credentials before that date is not acceptance.

6.4 If the tests are not passed, the Provider will correct the deficiencies and the tests will be repeated. No fees are payable before Connection Acceptance.

CUSTOMER MATERIALS AND DATA SECURITY

7.1 Customer Materials, including the Customer's watch lists, queries and cargo nominations, belong to the Customer. The Provider will use them only to provide the subscription to the Customer and will not use them for any other purpose, including in anonymised or aggregated form, and will not disclose which vessels or cargoes the Customer is following.

7.2 The Provider will store Customer Materials in encrypted form on servers located in mainland China, provided by a hosting company approved by the Customer in writing, and will restrict access to named staff using multi-factor authentication, with access logs kept for at least six months.

7.3 The Provider will notify the Customer within 24 hours after discovering any unauthorised access to Customer Materials, will take immediate steps to contain it, and will compensate the Customer for losses caused by the Provider's breach of this clause.

7.4 At the end of the subscription the Provider will return Customer Materials in CSV format and delete them within 30 days, and will confirm the deletion in writing.

INTELLECTUAL PROPERTY

8.1 The Provider and its licensors keep all rights in the API, the portal and the Data. Data extracts that the Customer has downloaded during the subscription may be kept and used internally after it ends.

8.2 The Integration Adapter, including its source code and documentation, and all reports and analyses that the Customer produces with the Data, belong to the Customer. The Customer may use, modify and let third parties maintain the Integration Adapter without restriction.

CONFIDENTIALITY

9.1 Each party will keep confidential the other party's non-public information received under this Agreement, including the Customer's cargo plans and the Provider's pricing, and will use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

SUBCONTRACTING

10.1 The Provider will not subcontract any part of its obligations under this Agreement, other than the collection of Data from its port agents in the ordinary course, without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal must be agreed in writing by both parties, including the fees.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

11.3 If the Customer terminates under clause 11.2, the Provider will refund the Subscription Fee paid for the remainder of the current Subscription Year.

LIABILITY

12.1 Neither party is liable for indirect or consequential loss, loss of profit or demurrage incurred because Data was late or inaccurate.

12.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for breach of clauses 7 and 9, fraud or wilful misconduct.

FORCE MAJEURE

12.3 Neither party is responsible for failure or delay caused by events beyond its reasonable control, such as war, cyclones, port closures ordered by authorities or a general failure of satellite or telecommunications networks, provided that it informs the other party promptly and resumes performance as soon as possible. If such an event continues for more than 60 days, either party may end this Agreement by written notice, and unused fees will be refunded.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement will be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The award is final and binding on both parties.

GENERAL

14.1 Annex A (Port Coverage) and Annex B (Data Specification) form part of this Agreement.

14.2 Notices must be in writing, in English or Chinese, and sent by courier or e-mail to the addresses above.

14.3 Neither party may assign this Agreement without the other party's prior written consent.

14.4 This Agreement is signed in two English originals, one for each party.

For the Provider: ____________________
For the Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language, category, kind)
    "h716z01": ("h716z01_ftz_enterprise_service_platform.pdf", "pdf", "zh", "software", "goods_or_licence"),
    "h716z02": ("h716z02_mahjong_tile_line_control_retrofit.docx", "docx", "zh", "hardware", "goods_or_licence"),
    "h716z03": ("h716z03_cooking_class_chain_booking_saas.txt", "txt", "zh", "cloud", "service"),
    "h716z04": ("h716z04_foundation_project_system_om_service.txt", "txt", "zh", "services", "service"),
    "h716z05": ("h716z05_chinese_knot_tracking_supplier_template.md", "md", "zh", "software", "goods_or_licence"),
    "h716e01": ("h716e01_cold_chain_wms_perpetual_licence_lichinga.pdf", "pdf", "en", "software", "goods_or_licence"),
    "h716e02": ("h716e02_farm_operations_saas_order_form_kasama.md", "md", "en", "cloud", "service"),
    "h716e03": ("h716e03_cement_condition_monitoring_sensors_inhambane.docx", "docx", "en", "hardware", "goods_or_licence"),
    "h716e04": ("h716e04_managed_it_infrastructure_36_months_mansa.md", "md", "en", "services", "service"),
    "h716e05": ("h716e05_port_call_data_api_subscription_nacala.txt", "txt", "en", "services", "service"),
}
SOURCES = {k: globals()[k.upper()] for k in FILES}

T = dict  # shorthand
# terms: availability, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwfee, auto, term, sub, law
TERMS = {
    "h716z01": T(a=99.95, p1=0.5, rem=True, ip="buyer", ds=True, own=True, conf=True, ld=0.08, cap=None, pre=20, acc=True,
                 fin=True, w=24, pw=9, auto=False, term=True, sub=False, law="PRC", sla=True, lds=True, cpd=True, deem=False,
                 cv=2350000, base=1180000),
    "h716z02": T(a=None, p1=1, rem=True, ip="buyer", ds=True, own=True, conf=False, ld=0.1, cap=50, pre=25, acc=True,
                 fin=True, w=24, pw=8, auto=False, term=True, sub=True, law="PRC", sla=True, lds=True, cpd=True, deem=False,
                 cv=1640000, base=1468000),
    "h716z03": T(a=99.95, p1=0.5, rem=True, ip="buyer", ds=True, own=False, conf=True, ld=500 / 730000 * 100, cap=150,
                 pre=None, acc=True, fin=None, w=None, pw=None, auto=True, term=True, sub=False, law="PRC", sla=True,
                 lds=True, deem=False, cv=730000),
    "h716z04": T(a=99.5, p1=0.5, rem=True, ip="buyer", ds=True, own=True, conf=True, ld=0.02, cap=None, pre=None, acc=True,
                 fin=None, w=None, pw=None, auto=False, term=True, sub=False, law="PRC", sla=True, lds=True, deem=False,
                 cv=386000),
    "h716z05": T(a=None, p1=8, rem=False, ip="supplier", ds=True, own=True, conf=True, ld=0.02, cap=None, pre=65,
                 acc=False, fin=False, w=6, pw=28, auto=False, term=True, sub=None, law=None, sla=True, lds=True, cpd=True,
                 deem=True, cv=930000, base=620000),
    "h716e01": T(a=None, p1=1, rem=True, ip="buyer", ds=True, own=True, conf=True, ld=0.1, cap=150, pre=20, acc=True,
                 fin=True, w=18, pw=11, auto=False, term=True, sub=False, law="Mozambique", sla=True, lds=True, cpd=True,
                 deem=False, cv=1680000, base=1240000, abroad=True),
    "h716e02": T(a=99.5, p1=0.5, rem=True, ip="buyer", ds=True, own=True, conf=True, ld=400 / 604000 * 100,
                 cap=6 / 24 * 100, pre=None, acc=True, fin=None, w=None, pw=None, auto=False, term=True, sub=False,
                 law="PRC", sla=True, lds=True, deem=False, cv=604000),
    "h716e03": T(a=99.95, p1=1, rem=True, ip="buyer", ds=True, own=True, conf=True, ld=0.08, cap=200, pre=20, acc=True,
                 fin=True, w=36, pw=7, auto=False, term=True, sub=False, law="PRC", sla=True, lds=True, cpd=True,
                 deem=False, cv=2140000, base=1936000),
    "h716e04": T(a=99.95, p1=0.25, rem=True, ip="buyer", ds=False, own=True, conf=True, ld=1200 / 1732000 * 100,
                 cap=150, pre=None, acc=True, fin=None, w=None, pw=None, auto=False, term=False, sub=False, law="PRC",
                 sla=True, lds=True, deem=False, cv=1732000),
    "h716e05": T(a=None, p1=None, rem=False, ip="buyer", ds=True, own=True, conf=True, ld=None, cap=150, pre=None,
                 acc=True, fin=None, w=None, pw=None, auto=False, term=True, sub=False, law="PRC", sla=False, lds=False,
                 deem=False, cv=410000),
}
DESIGN = {
    "h716z01": [],
    "h716z02": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h716z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h716z04": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "h716z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h716e01": ["CR-GOVERNING-LAW"],
    "h716e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h716e03": [],
    "h716e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h716e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"h716z01": "low", "h716z02": "medium", "h716z03": "medium", "h716z04": "medium", "h716z05": "high",
        "h716e01": "low", "h716e02": "medium", "h716e03": "low", "h716e04": "high", "h716e05": "high"}
THRESH = dict(a=99.9, p1=4, ld=0.05, cap=100, pre=30, w=12, pw=15)


def tco_share(t):
    """policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = licence /
    hardware subtotal; purchase price + implementation = the contract value."""
    years = max(0.0, 5 - t["w"] / 12)
    fees = years * t["pw"] / 100 * t["base"]
    return fees / (t["cv"] + fees) * 100


def derive(key):
    t, goods = TERMS[key], FILES[key][4] == "goods_or_licence"
    r = set()
    if not t["sla"]:
        r.add("CR-SLA-MISSING")
    if t["a"] is not None and t["a"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1"] is None or t["p1"] > 4:
        r.add("CR-SLA-RESPONSE")
    if t["sla"] and not t["rem"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["ds"]:
        r.add("CR-DATA-SECURITY")
    if t["own"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["conf"]:
        r.add("CR-CONFIDENTIALITY")
    if not t["lds"]:
        r.add("CR-LD-MISSING")
    elif t["ld"] is not None and t["ld"] < 0.05:
        r.add("CR-LD-LOW")
    if t["cap"] is not None and t["cap"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["pre"] is not None and t["pre"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acc"] or t["deem"] or t["fin"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["w"] is None or t["w"] < 12:
            r.add("CR-WARRANTY")
        if t["pw"] is None or not t["cpd"] or t["pw"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["pw"] is not None and t["cpd"] and tco_share(t) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["term"]:
        r.add("CR-TERMINATION")
    if t["sub"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["law"] is not None and t["law"] != "PRC") or t.get("abroad"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    name, fmt, lang, cat, kind = FILES[key]
    t = TERMS[key]
    terms = {"availability_pct": t["a"], "p1_response_hours": t["p1"], "sla_remedy": t["rem"], "ip_owner": t["ip"],
             "data_security_clause": t["ds"], "buyer_owns_data": t["own"], "confidentiality": t["conf"],
             "ld_rate_per_day_pct": t["ld"], "liability_cap_pct": t["cap"], "prepayment_pct": t["pre"],
             "acceptance_clause": t["acc"], "final_payment_on_acceptance": t["fin"], "warranty_months": t["w"],
             "post_warranty_fee_pct": t["pw"], "auto_renewal_price_increase": t["auto"],
             "termination_for_breach": t["term"], "subcontract_without_consent": t["sub"],
             "governing_law": t["law"], "contract_kind": kind}
    extra = {"sla_clause": t["sla"], "ld_stated": t["lds"]}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = t["cpd"]
    extra["acceptance_deemed_on_delivery"] = t["deem"]
    extra["contract_value"] = t["cv"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------- threshold scan
ZD = "一二三四五六七八九"
PATTERNS = [
    r"99\.9(?![0-9])", r"九十九点九",
    r"(?<![0-9.])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)", r"(?<![十0-9])四\s*(?:个)?小时", r"(?<![a-z])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9])0\.050*\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十百0-9])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![0-9.,])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百(?!分)", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![%s])" % ZD, r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![%s])" % ZD, r"forty\s*(?:per\s*cent|percent)",
    r"(?<![0-9])12\s*(?:个月|months?)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?months?", r"(?<![第每同])一年",
    r"(?<![0-9.])1\s*-?\s*years?(?![a-z])", r"(?<![a-z])one\s*-?\s*years?(?![a-z])", r"壹年",
    r"(?<![0-9.])5\s*-?\s*years?(?![a-z])", r"(?<![a-z])five\s*-?\s*years?(?![a-z])", r"(?<![十第])五年", r"(?<![0-9])60\s*(?:个月|months?)", r"sixty\s*months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "4小时", "4 hours", "四小时", "four hours", "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十",
            "15%", "15 per cent", "40%", "12个月", "12 months", "twelve months", "一年", "one year", "5 years", "五年",
            "60 months", "within4hours", "0.05 %"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.055%", "0.5%", "万分之五十", "150%",
             "130%", "0.30%", "115%", "1.5%", "第一年", "每一年", "120个月", "25 years", "someone year", "fourteen hours",
             "7×24小时", "within24hours", "2,140,000", "1,400%"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_threshold_values():
    for key, t in TERMS.items():
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        if FILES[key][4] == "goods_or_licence" and t["pw"] is not None:
            sh = tco_share(t)
            assert abs(sh - 40) > 2, (key, "tco", sh)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    scan_selftest()
    check_threshold_values()
    for key, (name, fmt, *_rest) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in FILES if FILES[k][1] in ("docx", "pdf")},
          {k: (FILES[k][0], FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    bad = []
    for key, (name, fmt, lang, cat, kind) in FILES.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        sev = {SEVERITY[r] for r in lab["expected_rules"]}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (key, risk)
        covered |= set(lab["expected_rules"])
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        print("%-62s %-5s %5d %s  %s  %s" % (name, lang, n, "ok" if ok else "OUT OF RANGE", risk,
                                              ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        if not ok:
            bad.append((name, n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    assert not bad, bad
    for key in FILES:
        t = TERMS[key]
        if FILES[key][4] == "goods_or_licence":
            print(key, "TCO share %.1f %%" % tco_share(t))
    print("all checks passed")
