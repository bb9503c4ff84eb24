"""holdout656: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rule derivation vs design, coverage of all 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:城关区植保植检站病虫害监测预警平台采购合同
P:合同编号：ZBZJ-ZFCG-2025-017
P:采购项目编号：城财采〔2025〕第0412号
P:甲方（采购人）：城关区农业农村局植保植检站
P:乙方（供应商）：安禾信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供病虫害监测预警平台软件许可一套（含测报数据管理、虫情图像识别、田间调查APP、预警发布四个模块），并完成以下定制开发：全区126台虫情测报灯、孢子捕捉仪及小气候站的数据接入；稻飞虱、草地贪夜蛾等九类主要病虫害的识别模型接入与调优；与省级植保信息系统的数据上报接口；面向乡镇农技员的预警短信及公众号推送。
P:1.2 乙方负责平台在甲方政务云资源上的部署、调试、试运行和操作培训，并提交全部技术文档。
P:1.3 培训内容包括平台管理、测报数据录入与审核、识别结果复核、预警信息编发等，培训对象为站内技术人员及各乡镇农技员，不少于三期，每期不少于两天，培训教材由乙方编制并交甲方留存。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾万元整（¥1,400,000.00），含税，包括：平台软件许可费736,000元；定制开发费548,000元；部署实施费92,000元；培训费24,000元。
P:2.2 除本合同另有约定外，合同总价为固定价格，甲方不再支付其他任何费用。
P:2.3 合同价款已包含乙方完成本项目所需的人工、差旅、第三方组件、识别模型训练算力及全部税费。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，即280,000元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即630,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即490,000元。
P:3.4 甲方按照财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成部署及定制开发并提请初步验收，初步验收后进入为期两个月的试运行期。
P:4.2 甲方负责提供政务云计算、存储及网络资源，协调各乡镇测报点的现场配合，并在乙方提出需求后五个工作日内提供必要的历史测报资料。
P:4.3 乙方交付的软件应为合法授权的正式版本，交付时提供安装介质、许可证明、源代码（定制部分）及用户手册。
P:4.4 乙方应在项目启动后十个工作日内提交实施方案及进度计划，经甲方确认后执行；每两周向甲方报送一次项目周报，如实说明进度、问题及风险。
H:第五条 验收
P:5.1 初步验收标准：四个模块功能符合招标文件技术参数；126台设备全部接入且数据上传完整；九类病虫害识别准确率均达到投标承诺值；与省级系统的数据上报测试连续十日无差错。
P:5.2 最终验收标准：试运行期内无一级故障；系统通过第三方安全测评；甲方组织专家按招标文件及投标文件逐项核验，出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
P:5.4 提请最终验收时，乙方应提交竣工文档、测试报告、定制部分源代码光盘、培训记录及设备接入清单，资料不全的，甲方可不予组织验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、识别模型优化及远程技术支持。
P:6.2 质保期内，平台月可用率不低于99.5%。一级故障（平台整体不可访问或预警无法发布）乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障2小时内响应，次一工作日内解决。
P:6.3 月可用率每低于承诺值0.1个百分点，甲方扣减乙方履约保证金1,000元；故障响应每超时1小时，扣减500元。
P:6.4 质保期满后，如甲方续购年度维护服务，年度维护费不超过平台软件许可费的8%（即不超过58,880元/年），该价格自质保期满起三个年度内不上调。维护合同另行签订，不自动续期。
P:6.5 乙方应指定一名项目经理和不少于两名驻场工程师，项目经理未经甲方同意不得更换。病虫害发生高峰期（每年4月至9月），乙方应安排专人值守，保障预警信息按时发布。
P:6.6 乙方每季度对平台进行一次健康巡检，提交巡检报告及优化建议，并根据省级植保部门发布的新测报规范免费调整相关功能。
H:第七条 知识产权
P:7.1 平台软件原有知识产权归乙方所有，甲方获得永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的数据接入程序、识别模型调优成果、上报接口、推送功能及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 平台采集和产生的全部监测数据、图像、调查记录及用户信息归甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应落实网络安全等级保护要求，对数据传输和存储加密，远程维护须经甲方审批并全程留痕。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部责任。
P:8.4 合同终止或质保期满后，乙方应将其持有的全部甲方数据返还甲方并彻底删除，出具书面删除确认，不得以任何形式留存副本。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、监测数据及系统配置信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
P:9.2 乙方应要求参与本项目的工作人员签署保密承诺书，其工作人员违反保密义务的，视为乙方违约。
H:第十条 分包
P:10.1 乙方可将虫情测报灯数据接入调试、田间调查APP界面开发等非主体工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方，并对分包工作承担全部责任。
H:第十一条 履约保证金
P:合同签订前，乙方向甲方提交合同总价5%的履约保证金（可采用银行保函形式），即70,000元。质保期满且无未结扣款的，甲方在十个工作日内无息退还。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:12.2 乙方逾期超过四十五日，或交付成果两次验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.3 一方违反本合同其他约定，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同并要求赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本项目招标文件、乙方投标文件及澄清材料为本合同组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
P:签订日期：2025年__月__日
"""

Z02 = """T:缝制熨烫生产线控制系统改造及维保合同
P:合同编号：HC-SB-2025-0623
P:甲方（买方）：东莞市恒冠帽业有限公司
P:乙方（卖方）：深圳市织联智能装备有限公司
P:甲方拟对其二号厂房的棒球帽缝制线及定型熨烫线进行控制系统改造，乙方按甲方技术要求提供设备、软件及安装服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 对48个缝制工位加装伺服控制器及工位平板，实现花型程序下发、计件采集与断线报警；对16台定型熨烫机更换温控模块，实现温度曲线集中设定与超温停机。
P:1.2 部署产线边缘网关及产线管控软件，实现工单排产、工位看板、质量追溯及与甲方ERP系统的工单、物料数据对接。
P:1.3 拆除旧线控制箱及线缆，完成新设备安装、接线、调试及操作人员培训。改造须分两段施工，每段停线不超过六天，不影响另一段正常生产。
H:第二条 合同价格
P:2.1 合同总价为人民币1,240,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|工位控制终端（伺服控制器+工位平板）|48套|9,800|470,400
TB:2|熨烫机温控模块|16套|14,500|232,000
TB:3|产线边缘网关|4台|26,000|104,000
TB:4|产线管控软件许可（永久）|1套|286,000|286,000
TB:|软硬件小计|||1,092,400
TB:5|安装调试及旧线改造|1项|128,600|128,600
TB:6|操作及维护培训|1项|19,000|19,000
TB:|合同总价|||1,240,000
P:2.2 上述价格包含设备运输、保险、安装辅材及软件首次部署费用。
P:2.3 本合同价格为固定总价。实施中因甲方新增工位或变更功能需要增加费用的，双方另行书面确认。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即248,000元。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的45%，即558,000元。到货签收及安装完毕不代表质量验收合格。
P:3.3 整线通过最终验收后十五个工作日内，甲方支付剩余35%，即434,000元。
P:3.4 乙方每次收款前应开具等额增值税专用发票，并提供相应阶段的签收单或验收报告。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后五十日内将设备运抵甲方厂房，并在到货后三十日内完成两段改造及联调。
P:4.2 乙方未能按期交货或完工的，应提前书面说明原因及预计完成时间，并采取加派人员等措施追赶进度。
P:4.3 甲方负责提供施工用电、临时堆放场地，并按双方确认的停线计划安排生产。
P:4.4 设备的毁损、灭失风险自甲方签收之日起转移给甲方，但因乙方安装不当造成的损坏由乙方负责。乙方应对设备进行防潮、防震包装，随箱附装箱单、合格证及说明书。
P:4.5 乙方施工人员应遵守甲方厂区安全、消防及生产管理制度，动火、登高作业须事先办理审批。施工期间发生的人身伤害及财产损失，由责任方承担。
H:第五条 验收
P:5.1 验收标准：（1）设备型号、数量与本合同明细一致，外观无损伤；（2）花型程序下发成功率、计件数据与人工抽点一致；（3）熨烫温控偏差不超过±3℃，超温停机动作可靠；（4）与ERP工单对接连续十个生产日无差错；（5）整线连续试生产二十个生产日，无一级故障。
P:5.2 满足上述标准的，双方签署最终验收报告。设备投入生产使用不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改后重新验收，由此产生的费用由乙方承担。
P:5.4 验收时乙方应提交设备清单、出厂检验报告、安装调试记录、软件安装介质及许可证书、ERP对接程序源代码、操作及维护手册，资料不全的，甲方可暂缓组织验收。
H:第六条 质量保证及维保服务
P:6.1 质保期为二年，自最终验收合格之日起计算。质保期内因设备或软件本身质量问题产生的维修、更换及软件升级均免费。
P:6.2 故障分级及响应要求：一级故障（整段产线停机）乙方应在1小时内响应，6小时内派工程师到场，当日内恢复生产；二级故障（单个工位或单台熨烫机停机）乙方应在2小时内响应，次一工作日内修复；三级故障（不影响生产的功能问题）在三个工作日内处理。
P:6.3 乙方响应或修复超时的，应向甲方书面说明原因，并在五个工作日内提交整改措施。
P:6.4 质保期满后，甲方可选择与乙方签订年度维保合同，年度维保费按软硬件小计的9%计取，即每年98,316元，自质保期满起三年内不调整。维保合同期满不自动续期。
P:6.5 乙方应为本合同设备提供不少于八年的备品备件供应，并在甲方厂区存放常用备件。
P:6.7 质保期内，乙方每半年上门巡检一次，检查伺服控制器、温控模块、边缘网关及软件运行状态，清理日志并校准温控探头，出具巡检报告交甲方设备科签收。
P:6.6 乙方应在最终验收前为甲方培训设备操作工、班组长及设备维修人员，内容包括工位平板操作、花型程序调用、温控曲线设定、常见故障排除及软件日常维护，培训后提供考核记录。
H:第七条 知识产权
P:7.1 产线管控软件及设备内嵌软件的知识产权归乙方或原厂所有，甲方享有永久使用权。
P:7.2 为甲方定制的ERP对接程序、看板报表及工位程序模板归甲方所有，乙方应交付源代码，甲方可自行修改使用。
H:第八条 数据安全
P:8.1 产线运行产生的工单、计件、质量及工艺参数数据归甲方所有，乙方不得复制、传出或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方指定的VPN接入并记录操作日志；边缘网关默认关闭外网访问。
P:8.3 因乙方原因导致数据泄露、丢失或生产参数被篡改的，乙方应在2小时内通知甲方，及时补救，并赔偿甲方全部损失。
P:8.4 合同终止或维保服务结束时，乙方应删除其因维护需要保存的甲方数据及备份，并书面确认。
H:第九条 保密
P:9.1 乙方对知悉的甲方款式图样、工艺参数、客户订单信息负有保密义务，未经甲方书面许可不得披露。保密义务在合同终止后三年内有效。
P:9.2 乙方应约束其工作人员遵守上述保密义务，不得在甲方厂区拍摄产品及工艺照片。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。经同意分包的，乙方对分包方的工作承担连带责任。乙方不得以任何形式转包本合同。
H:第十一条 违约责任
P:11.1 任何一方违反本合同约定的，应当继续履行、采取补救措施，并赔偿对方因此遭受的实际损失。
P:11.2 乙方逾期交货或完工超过四十五日，或设备两次验收不合格的，甲方有权书面通知解除合同，乙方应退还已收款项。
P:11.3 一方严重违约，经书面催告后十五日内未纠正的，另一方有权解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交东莞仲裁委员会按其仲裁规则仲裁。仲裁裁决是终局的，对双方均有约束力。
H:第十三条 其他
P:13.1 本合同附件包括技术规格书、停线施工计划及备件清单，与本合同具有同等效力。
P:13.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方往来通知以书面形式送达本合同首页所列地址。
P:13.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

Z03 = """连锁门店点餐及会员系统SaaS服务与实施合同

合同编号：BGW-IT-2025-031
甲方：长沙麦堡餐饮管理有限公司
乙方：杭州云餐时代科技有限公司

甲方经营“麦堡”连锁汉堡品牌，拟为其35家直营门店及总部采购点餐及会员管理SaaS服务，并由乙方提供实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 门店端：扫码点餐、自助点餐机、收银及外卖订单聚合、后厨出餐显示，覆盖甲方35家门店。
2. 总部端：会员积分与储值、优惠券及营销活动、菜单与价格统一管理、经营报表。
3. 乙方负责平台的运行、维护、版本升级、数据备份及安全防护，甲方通过互联网使用。
4. 乙方提供门店端自助点餐机及后厨显示屏的软件授权，相关硬件由甲方另行采购，乙方负责适配。
（二）实施服务
1. 菜单、门店及权限的初始化配置；
2. 与甲方现有收银硬件、第三方外卖平台及财务系统的对接；
3. 原有会员系统约42万条会员数据的迁移；
4. 门店店长、收银员及总部运营人员培训，门店培训采用集中授课与到店辅导相结合的方式，每家门店到店辅导不少于半天；
5. 编制门店操作手册、常见问题处理指引及总部运营手册，并在上线前交付甲方。
（三）乙方应指定一名实施项目经理，全程负责实施工作，每周向甲方信息部报送实施进度。实施期间乙方人员到店作业，应避开午市及晚市高峰时段。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）服务期满，本合同自然终止，不自动续期。甲方需要续订的，双方另行协商签订续订合同。

三、费用
（一）订阅费：门店端每店每服务年度6,800元，35家门店合计238,000元；总部端每服务年度86,000元。订阅费合计每服务年度324,000元，两个服务年度共计648,000元。
（二）实施费：一次性118,000元。
（三）本合同总价为766,000元（含6%增值税）。服务期内新增门店的，按每店每服务年度6,800元按月折算另行计费。
（四）服务期内甲方门店关闭的，自关闭次月起相应门店订阅费按月折算，从下期订阅费中抵扣。

四、付款方式
（一）实施费在上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费，在该服务年度开始后十个工作日内支付。
（三）本合同不设预付款。乙方收款前应开具合法有效的增值税发票。

五、实施与验收
（一）乙方应在合同签订后六十日内完成实施并提请上线验收。
（二）上线验收标准：
1. 35家门店点餐、收银、外卖订单聚合功能均可正常使用，连续七个营业日无一级故障；
2. 会员数据迁移完整，积分及储值余额与原系统逐条核对一致；
3. 与财务系统的日结数据对接连续七个营业日无差错；
4. 高峰时段单店点餐下单响应时间不超过2秒。
（三）满足上述标准的，甲方出具上线验收报告。门店试用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改后重新提请验收，整改期间计入逾期天数。
（五）乙方逾期完成上线的，每逾期一日，按本合同总价的万分之八向甲方支付违约金。

六、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在每日凌晨二时至五时之间并提前通知甲方。
（二）故障分级：一级故障指全部或多家门店无法下单或收银，乙方应在15分钟内响应，1小时内恢复；二级故障指单店或单一功能不可用，乙方应在1小时内响应，当日内恢复。
（三）月度可用率每低于承诺值0.5个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣；一级故障恢复每超时1小时，另抵扣当月订阅费的2%。抵扣金额从下期订阅费中扣除。
（四）乙方应每日对平台数据进行全量备份，备份保存不少于三十日，并每半年进行一次恢复演练。

七、数据
（一）甲方门店订单数据、会员信息及营销数据归甲方所有。
（二）乙方可对甲方数据进行脱敏、汇总处理后，用于餐饮行业经营分析报告、产品改进及算法模型优化，该使用权在本合同终止后继续有效。
（三）乙方应按网络安全等级保护三级要求运营平台，对会员个人信息加密存储，遵守《个人信息保护法》，仅为提供服务访问数据，访问操作须留存日志。
（四）发生数据泄露或丢失的，乙方应在发现后2小时内通知甲方，配合甲方向主管部门报告，并承担因其原因造成的全部损失。
（五）服务期满或合同解除后三十日内，乙方应向甲方完整导出全部数据，之后删除平台上的甲方数据并书面确认。

八、保密
双方对履约中知悉的对方商业秘密负有保密义务，包括甲方的经营数据、促销方案、供应价格及乙方的技术资料，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。乙方工作人员在门店作业期间知悉的经营信息，同样适用本条。

九、知识产权
（一）SaaS平台及其原有功能的知识产权归乙方所有。
（二）乙方为甲方定制的对接程序、报表模板及营销活动配置归甲方所有，甲方可自行或委托第三方修改使用。
（三）乙方保证其提供的平台及服务不侵犯第三方知识产权，因此引起纠纷的，由乙方负责处理并赔偿甲方损失。

（五）乙方提供服务热线及在线工单渠道，受理时间覆盖甲方门店全部营业时间。乙方每月向甲方提交服务报告，列明可用率、故障及处理情况、抵扣金额和改进措施。
（六）乙方升级平台版本前应至少提前三个工作日通知甲方，重大版本升级应先在测试环境验证，并避开节假日及甲方营销活动期间。

十、分包
乙方不得将实施服务分包。平台所使用的云计算资源服务商应在本合同附件中列明，变更的须事先取得甲方书面同意。

十一、违约与解除
（一）乙方违反本合同约定，经甲方书面催告后十日内未纠正的，甲方有权解除合同，并要求乙方退还未履行期间的订阅费、赔偿损失。
（二）甲方逾期付款超过三十日的，乙方可书面催告后暂停服务，但应提前五个工作日通知。
（三）乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。

（四）因不可抗力导致一方不能履行的，受影响方应及时通知对方并提供证明，在影响范围内免除责任。
（五）合同解除或服务期满的，乙方应配合甲方完成数据导出及服务迁移，迁移期间继续按原标准提供服务，最长不超过六十日。

十二、甲方责任
（一）甲方应按约定支付费用，及时提供实施所需的菜单、门店、会员等基础资料，并指定项目联系人。
（二）甲方应妥善保管平台管理账号，对其账号下的操作负责；发现账号异常的，应及时通知乙方冻结。
（三）甲方应确保其提供给乙方的会员数据已依法取得会员授权。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交甲方住所地有管辖权的人民法院诉讼解决。

十四、其他
本合同一式二份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、云资源服务商清单。
本合同未尽事宜，双方另行签订补充协议。双方通知以书面或电子邮件方式送达附件所列联系人。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """市红十字会应急救护培训管理系统运维服务合同

合同编号：SHH-YW-2025-08
甲方：江城市红十字会
乙方：江城博安信息服务有限公司

为保障应急救护培训管理系统（包括报名与排课、学员管理、考核发证、师资管理、培训点地图及微信小程序）稳定运行，甲方委托乙方提供系统运行维护服务。经双方协商一致，订立本合同。

第一条 服务内容
（一）日常运维：系统及数据库、中间件的日常监控、巡检、补丁更新、性能优化及日志分析；
（二）驻场服务：乙方派驻一名运维工程师在甲方办公场所驻场，工作日8:30—17:30在岗，负责问题受理、用户支持及培训班开班期间的现场保障；
（三）安全服务：漏洞扫描、安全加固、配合甲方完成网络安全等级保护测评及整改；
（四）应急保障：“红十字博爱周”“世界急救日”等大型培训及活动期间的专项保障；
（五）小程序及证书查询功能的运行保障，适配微信平台规则变化引起的必要调整；
（六）每季度提交运维报告，内容包括系统运行情况、故障统计、安全状况及优化建议。
（七）数据备份与恢复：每日增量备份、每周全量备份，备份数据保存在甲方指定的存储设备上，每半年进行一次恢复演练并提交演练报告；
（八）用户支持：为各区县红十字会及培训点管理员提供操作咨询和账号维护，每季度组织一次管理员线上培训。

第二条 服务期限
服务期自2025年8月1日起至2026年7月31日止。服务期满本合同终止，不自动续期；甲方需要继续采购的，按政府采购程序另行办理。服务期内甲方将系统迁移至市政务云平台的，乙方应配合完成迁移、测试及切换工作，不另行收费。

第三条 服务费用
（一）本合同总价为人民币368,000元（含税），其中：系统巡检及维护168,000元，驻场运维132,000元，安全加固及等保测评配合46,000元，应急保障22,000元。
（二）合同总价为固定价格，包含乙方人员工资、差旅、工具及税费等全部费用。
（三）服务期内甲方新增功能开发需求的，不属于本合同范围，双方另行协商；因微信平台规则变化所需的适配调整属于本合同范围，不另收费。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度服务期满后，甲方按第六条完成季度考核，在考核结果确认后十五个工作日内支付该季度服务费92,000元；考核扣款从当季服务费中扣除。
（三）乙方应在每次付款前开具合法有效的发票。

第五条 服务水平
（一）系统月可用率不低于99.95%（计划内维护除外，计划内维护须提前三个工作日经甲方同意，并安排在非培训时段）。
（二）故障分级及响应：
1. 一级故障：系统整体不可用，或开班当日无法签到、考核、发证，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：部分功能不可用，乙方应在1小时内响应，8小时内恢复；
3. 三级故障：一般问题或咨询，乙方应在当个工作日内答复。
（三）服务水平未达标的，按以下标准扣款：月可用率每低于承诺值0.01个百分点扣800元；一级故障响应或恢复每超时1小时扣1,000元；二级故障每超时1小时扣300元。
（四）乙方应制定系统应急预案，经甲方确认后执行，每半年组织一次应急演练。大型培训活动前三个工作日，乙方应完成专项巡检并提交保障方案。
（五）乙方应建立运维工单台账，如实记录每一问题的受理时间、响应时间、处理过程及结果，甲方可随时调阅。

第六条 考核与验收
（一）季度考核：甲方依据运维报告、故障记录及用户满意度抽查，按附件考核表评分，评分低于80分的，当季服务费另扣5%。
（二）年度验收：服务期满前，甲方组织验收，验收标准为：全年服务水平达标或已按约扣款；全部巡检、漏洞扫描及加固记录完整；等保测评中属乙方负责的问题全部整改完成；运维文档、配置清单及账号密码已完整移交甲方。
（三）驻场工程师出勤、工作日志及培训保障记录作为考核依据。
（四）年度验收不合格的，乙方应在十五日内整改并重新提请验收；整改后仍不合格的，甲方可按第十二条追究乙方责任。

第七条 数据安全
（一）系统中的学员信息、培训及考核记录、证书数据等全部数据归甲方所有，乙方仅为履行本合同访问，不得复制、下载、留存或用于其他任何目的。
（二）乙方应遵守《数据安全法》《个人信息保护法》，运维操作须通过甲方堡垒机进行并全程审计，不得在个人电脑或移动存储介质中保存甲方数据。
（三）发生数据泄露、丢失或系统被攻击的，乙方应在1小时内报告甲方，立即采取处置措施；因乙方原因造成的，由乙方承担全部责任，包括监管处罚及对第三方的赔偿。
（四）服务期满或合同解除后，乙方应删除其因运维需要临时接触的全部甲方数据，并出具书面确认；乙方运维人员的系统账号由甲方在交接完成当日注销。

第八条 保密
乙方及其工作人员对履约中知悉的甲方工作信息、学员个人信息、系统账号及安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方驻场人员应签署保密承诺书。本条在合同终止后继续有效。

第九条 知识产权
运维过程中形成的运维文档、脚本、配置基线及优化程序归甲方所有，甲方可自由使用和修改。乙方自有的运维工具仍归乙方所有，乙方应保证甲方对上述成果的使用不侵犯第三方权利。

第十条 人员管理
（一）驻场工程师应具备相应资格，驻场期间因病假、休假等原因离岗的，乙方应安排同等资格的工程师临时替岗，未经甲方同意不得更换；确需更换的，应提前十个工作日通知并做好交接。
（二）乙方不得将本合同服务分包或转包给第三方。
（三）乙方人员进入甲方办公场所，应遵守甲方的安全保卫、保密及考勤管理制度。

第十一条 甲方责任
（一）甲方应为驻场工程师提供必要的办公场所、网络及堡垒机账号，并指定专人对接。
（二）甲方应及时确认乙方提交的维护计划、变更方案及季度运维报告，对乙方合理的整改建议予以配合。
（三）甲方按本合同约定支付服务费用。

第十二条 违约责任
（一）乙方未按本合同约定时间开始提供服务或派驻人员的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方累计三个月服务水平不达标，或发生因乙方原因导致的重大数据安全事件的，甲方有权解除合同，并要求乙方赔偿损失。
（三）一方违反本合同约定的，应承担继续履行、采取补救措施或赔偿损失等责任；经书面催告后十日内仍未纠正的，守约方有权解除合同。

第十三条 服务交接
服务期满或合同解除时，乙方应在十个工作日内向甲方或甲方指定的第三方完成交接，移交全部文档、账号及配置，交接期间不得中断服务。乙方应配合新的服务商熟悉系统，提供必要的技术说明，交接完成后双方签署交接确认单。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议。附件：系统清单、考核表、驻场人员名单。

甲方（盖章）：                乙方（盖章）：
"""

Z05 = """# 明烛批次追溯系统软件许可及实施合同

（烛链科技标准合同文本 V3.0）

合同编号：ZL-2025-HT-0917

甲方：宁波光华蜡烛制品有限公司

乙方：宁波烛链信息科技有限公司

鉴于甲方拟在其香薰蜡烛及杯蜡模压成型车间建立批次追溯体系，乙方拥有“明烛批次追溯系统”的全部权利，双方根据《中华人民共和国民法典》，就软件许可及实施事宜达成如下条款。

## 第一条 合同标的

1.1 乙方向甲方提供明烛批次追溯系统（工厂版）软件许可一套，许可范围为甲方一个生产厂区、六条模压成型线、不超过80个用户。

1.2 乙方根据甲方需求进行定制开发，内容包括：模具工位扫码采集、蜡料及香精批次绑定、灌装温度与冷却时间记录、成品批次标签打印、客户投诉批次反查报表。

1.3 乙方负责系统的安装部署、基础数据初始化及用户培训。

1.4 系统运行所需的服务器、操作系统、数据库、扫码枪、标签打印机及网络环境由甲方自行准备，并应符合乙方提供的配置要求。因甲方软硬件环境不符合要求导致的问题，不属于乙方责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 明烛批次追溯系统软件许可（工厂版） | 620,000 |
| 2 | 定制开发 | 188,000 |
| 3 | 实施部署及培训 | 52,000 |
| | 合计 | 860,000 |

2.1 上述价款为含税价，税率按国家规定执行。

2.2 甲方需要增加用户数、生产线或功能模块的，按乙方当时的报价另行签订合同。

2.3 乙方在收到每笔款项前向甲方开具等额增值税专用发票。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即430,000元。乙方收到该笔款项后开始实施工作。

3.2 系统上线运行后十个工作日内，甲方支付合同总价剩余的50%，即430,000元。

3.3 甲方未按期付款的，乙方有权暂停实施或服务，工期相应顺延。

## 第四条 实施与交付

4.1 乙方在收到首期款后七十个工作日内完成系统部署及定制开发，并通知甲方上线。

4.1.1 系统上线前，乙方在甲方一条模压成型线上进行试运行，试运行期限不超过十个工作日，试运行期间发现的问题由乙方在上线前处理。

4.2 甲方应指定专人配合实施，及时提供物料编码、模具清单、工艺参数等基础资料。因甲方资料提供不及时造成的延误，工期顺延。

4.4 乙方为甲方提供一次集中培训，培训对象为甲方系统管理员及车间班组长，培训时长两天。甲方需要增加培训的，按乙方收费标准另行支付费用。

4.5 实施过程中甲方提出的需求变更，乙方评估后另行报价，变更内容经双方书面确认后实施，工期相应顺延。

4.3 乙方交付内容为：系统安装程序、许可文件、用户手册及培训记录。定制开发部分以可执行程序形式交付，乙方不交付源代码。

## 第五条 验收

5.1 系统安装完成并在甲方生产线上线运行，即视为甲方验收合格。

5.2 甲方在上线后使用中发现的问题，由乙方在质保服务中处理，不影响验收结论及付款。

## 第六条 质保与技术支持

6.1 乙方提供免费质保服务六个月，自系统上线之日起计算。

6.2 质保期内，乙方提供远程技术支持。一级故障（系统无法扫码采集或无法打印批次标签）乙方在8小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。

6.3 乙方响应超时的，每次按300元抵扣甲方下一年度维保费。

6.4 需要乙方工程师到场服务的，差旅费用由甲方承担。

6.5 下列情形不属于质保服务范围：甲方擅自修改系统配置或数据库；甲方硬件、网络、操作系统故障；病毒或第三方软件造成的问题；甲方操作不当造成的数据错误。

## 第七条 维保服务

7.1 质保期满后，甲方应与乙方签订年度维保合同，年度维保费为每年155,000元，维保内容包括远程技术支持、缺陷修复及版本更新。

7.3 维保费应在每个维保年度开始前一次性支付。维保服务期间的故障响应标准按第6.2条执行，现场服务按每人每天3,000元另行收费。

7.2 甲方未续签维保合同的，乙方不再提供任何技术支持及版本更新。

## 第八条 知识产权

8.1 明烛批次追溯系统及其所有版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的采集程序、标签模板、报表及相关文档，知识产权均归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产批次、物料、质检及客户投诉数据归甲方所有，乙方不得将其用于本合同以外的任何目的。

9.2 乙方应采取访问控制、数据备份和操作日志等安全措施保护甲方数据；远程维护须事先取得甲方同意。发生数据泄露或丢失的，乙方应在发现后两个工作日内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。

9.3 甲方应自行做好系统数据的日常备份。合同终止时，乙方协助甲方将生产批次数据导出为通用格式文件。

## 第十条 保密

10.1 双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意，不得向第三方披露。保密期限为合同终止后两年。

10.2 乙方可在其宣传材料、客户名单及案例介绍中使用甲方名称及商标，但不得披露甲方的具体生产数据。

## 第十二条 违约责任## 第十一条 甲方责任

甲方应按约定支付合同价款，为乙方实施人员提供必要的工作条件和车间现场配合，保证所提供的基础资料真实、准确，并遵守软件许可范围，不得超出许可的厂区、生产线及用户数使用。



12.1 乙方未按第4.1条约定完成上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

12.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

12.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担间接损失、利润损失及生产停工损失。

## 第十三条 合同解除

13.1 一方严重违约，经另一方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

13.2 合同解除后，乙方已收取的许可费不予退还。

13.3 合同解除的，甲方应立即停止使用乙方软件及定制开发成果，并删除已安装的程序。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。本合同条款与甲方采购订单、招标文件或其他文件不一致的，以本合同为准。

15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

15.3 双方的通知以书面形式送达本合同所列地址，或以电子邮件发送至双方指定的联系人邮箱。

15.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：

日期：                            日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. CHV-ZS-2025-04
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Zhoushan Haitong Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhoushan, Zhejiang Province (the "Buyer"); and
P:(2) Chiveve Software, Lda., a company incorporated in the Republic of Mozambique with its registered office at Avenida Eduardo Mondlane, Beira, Sofala Province (the "Vendor").
P:The Buyer acts as ship agent for bulk carriers and container feeders calling at ports on the Chinese and East African coasts and wishes to replace its current port-call tools with the Vendor's PortDesk vessel-agency software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PortDesk vessel-agency and port-call management software, version 7, in object code, including the disbursement, husbandry, crew-change and document modules, together with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, workflow configurations, scripts and related documentation developed by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's environment, including vessel, cargo, principal, crew and financial data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance tests have been passed.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in mainland China for up to 150 named users across the Buyer and its wholly owned subsidiaries.
P:2.2 The Vendor shall configure the Software, build interfaces to the Buyer's finance system, its AIS vessel-tracking feed and the port community systems used by the Buyer, migrate open and historical port-call files, and train the Buyer's staff.
P:2.4 Training comprises two administrator courses and four end-user courses in Zhoushan, each of two days, with course materials in Chinese and English that the Buyer may copy for internal use. The Vendor shall record attendance and provide a short assessment for each participant.
P:2.3 The Vendor shall deliver the installation media, licence keys, administrator and user manuals and, for the Custom Deliverables, the source code and build instructions.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,508,000, inclusive of taxes, made up as follows: perpetual licence fee CNY 1,180,000; configuration and interfaces CNY 236,000; data migration CNY 64,000; training CNY 28,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's consultants in China are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 150,800) within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 52% of the Contract Price (CNY 784,160) after installation of the Software and completion of the interfaces, as confirmed in an installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 38% of the Contract Price (CNY 573,040) within 30 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and migration within 110 days after signature, following a project plan agreed in the first two weeks.
P:5.2 Acceptance tests shall show that: (a) every function listed in Annex 1 works as specified; (b) the finance, AIS and port community interfaces run for ten consecutive working days without error; (c) migrated port-call files reconcile with the source records, both in number and in disbursement totals; and (d) the Software supports 120 concurrent users with screen response under three seconds.
P:5.3 When the tests are passed, the Buyer shall issue a Final Acceptance certificate within seven days. Go-live, productive use or payment do not in themselves amount to acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect and repeat the test within 15 days.
H:Article 6 Project Organisation
P:6.1 Each party shall name a project manager within seven days after signature. The Vendor's project manager shall be fluent in English and shall be present in Zhoushan during installation, migration and acceptance testing.
P:6.2 The Vendor shall send a written progress report every two weeks, listing completed tasks, open issues, risks and the updated schedule. The project managers shall meet, in person or by video call, at least every two weeks.
P:6.3 The Buyer shall provide the servers, operating system and database licences specified in Annex 2, timely access to its premises and systems, and the source data needed for migration, and shall make its key users available for testing.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants the Software and the Custom Deliverables for 18 months after Final Acceptance. During the warranty period the Vendor shall correct defects free of charge and supply all new releases of the Software.
P:7.2 Severity 1 incidents (the Software is unavailable or port-call files cannot be processed) shall be responded to within one hour and a fix or workaround provided within eight hours; Severity 2 incidents within two hours and two working days respectively. Support is provided in English and Chinese.
P:7.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall pay or credit CNY 2,000.
P:7.4 The warranty does not cover defects caused by modifications made by the Buyer without the Vendor's guidance, by hardware or third-party software not supplied by the Vendor, or by use contrary to the manuals.
P:7.5 After the warranty period, the Buyer may order annual support at 11% of the perpetual licence fee (CNY 129,800 per year). This fee is fixed for the first three support years. Each support year is ordered separately; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables belong to the Buyer upon payment. The Buyer may use, modify and license them freely, including through third parties.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access it only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session, through the Buyer's VPN and bastion host, and is logged. Migration files shall be kept only on media approved by the Buyer and wiped after migration.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement, shall notify the Buyer of any security incident within eight hours of discovery, and is liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including principals' names, freight and disbursement figures and the Buyer's system configuration, and shall use it only for this Agreement. This Article survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor misses the completion date in Article 5.1 for reasons within its control, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for approved subcontractors.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 The Buyer may also terminate if delay damages under Article 11.1 reach their maximum. On termination by the Buyer under this Article, the Vendor shall refund payments for undelivered parts.
P:13.3 On any termination the Vendor shall return or destroy Buyer Data in its possession and confirm this in writing, and the licence for the Software already paid for shall continue.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate the affected part of this Agreement by written notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Mozambique.
P:15.2 Disputes shall first be discussed between senior managers of both parties. If not settled within 30 days, either party may refer the dispute to the competent courts of Beira, Mozambique.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:16.2 Notices shall be given in writing in English to the addresses above.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ROTA NORTE DISPATCH CLOUD - ORDER FORM

Order Form No. RN-OF-2025-118

Rota Norte Tecnologias, Lda., Rua dos Continuadores, Nampula, Republic of Mozambique ("Vendor")

Hefei Huilian Cold Chain Distribution Co., Ltd., Shushan District, Hefei, Anhui Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Subscribed Service

Rota Norte Dispatch Cloud, a software-as-a-service platform for delivery dispatch, route planning and proof of delivery, consisting of the Dispatch Core module (dispatcher console, driver mobile app, electronic proof of delivery), the Route Optimiser add-on (multi-stop routing with temperature-window constraints) and the API Package (order import from Customer's warehouse management system and delivery status export to Customer's customer portal). Subscription quantity: 60 driver seats and 8 dispatcher seats for Customer's depots in Hefei, Wuhu and Bengbu.

### A2. Subscription Term

The Initial Term is 24 months from the Subscription Start Date, which is the date of Go-Live Acceptance under A4. Renewal is governed by Part B Section 9.

### A3. Fees

| Item | Basis | Unit price (CNY) | Monthly (CNY) | Initial Term (CNY) |
|---|---|---|---|---|
| Dispatch Core | 60 driver seats, per month | 210 | 12,600 | 302,400 |
| Route Optimiser | per month | 3,400 | 3,400 | 81,600 |
| API Package | per month | 1,800 | 1,800 | 43,200 |
| Subscription subtotal | | | 17,800 | 427,200 |
| Onboarding (one-time) | configuration, data load, driver app rollout, training | | | 38,800 |
| Total Order Value | | | | 466,000 |

Dispatcher seats are included in Dispatch Core. All amounts are in CNY and include VAT.

### A4. Onboarding and Go-Live Acceptance

A4.1 Vendor shall complete onboarding within 45 days after signature of this Order Form (the "Target Go-Live Date"). Onboarding covers tenant set-up, depot and vehicle master data, integration with Customer's warehouse management system through the API Package, driver app rollout on Customer's Android devices, and two training sessions for dispatchers.

A4.2 Go-Live Acceptance tests: (a) orders imported from the warehouse management system for five consecutive working days without loss or duplication; (b) routes generated for all three depots respect the delivery time windows and vehicle temperature classes set by Customer; (c) proof-of-delivery records with signature and photograph reach Customer's portal within five minutes. When the tests are passed, Customer signs a Go-Live Acceptance certificate. Use of the Service during testing is not acceptance.

A4.3 If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Vendor, Vendor shall credit Customer CNY 300 for each day of delay, up to a maximum of CNY 15,000.

### A5. Invoicing and Payment

A5.1 Subscription fees are invoiced quarterly in advance, starting on the Subscription Start Date, and are payable within 30 days after invoice.

A5.2 The onboarding fee is invoiced on Go-Live Acceptance and payable within 30 days after invoice. No other amount is payable before Go-Live Acceptance.

A5.3 Hosting: the Service is hosted on Alibaba Cloud in its Shanghai region (the "Hosting Provider").

### A6. Contacts and Signatures

Vendor contact: Customer Success Manager, Nampula office. Customer contact: Head of Transport Operations, Hefei.

Signed for Vendor: ____________________ Signed for Customer: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed modules described in A1, including updates made generally available by Vendor.

1.2 "Customer Data" means all data that Customer or its users enter into the Service or that the Service generates from it, including orders, consignee addresses, delivery records, driver locations, photographs and signatures.

1.3 "Users" means Customer's employees and drivers to whom Customer assigns a seat.

### 2. Use of the Service

2.1 Vendor grants Customer a non-exclusive right during the Subscription Term to access and use the Service for its internal business through the number of seats ordered.

2.2 Customer shall keep user credentials secure, ensure that Users comply with these terms, and not resell the Service or use it to build a competing product.

2.3 Customer may add seats at any time at the unit prices in A3, pro rata for the remainder of the current term.

### 3. Service Availability and Support

3.1 Vendor will use commercially reasonable efforts to keep the Service available, except for scheduled maintenance, which Vendor will try to carry out outside Customer's usual delivery hours and announce by e-mail in advance.

3.2 Support is provided by e-mail and through the in-app help centre on Vendor's business days. Vendor will respond to support requests as soon as reasonably practicable and will work diligently to correct reproducible errors in the Service.

3.3 Vendor may modify the Service from time to time, provided that it does not materially reduce the functionality of the modules ordered.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, disclose or analyse it for any other person.

4.2 Vendor shall keep Customer Data in mainland China with the Hosting Provider, encrypt it in transit and at rest, restrict access to named Vendor personnel with multi-factor authentication, log all administrative access, and maintain a security programme consistent with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

4.3 Vendor shall notify Customer within eight hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take immediate steps to contain it, and is liable for the losses caused by its breach of this Section 4.

4.4 Within 30 days after expiry or termination, Vendor shall make all Customer Data available for export in CSV and JSON formats and shall then delete it from the Service and from backups within a further 60 days, and confirm deletion in writing.

### 5. Confidentiality

5.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Order Form, including prices, customer lists and technical information, shall use it only for this Order Form and shall protect it with at least reasonable care. This obligation continues for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 Vendor retains all rights in the Service and its underlying software.

6.2 Configurations, route rules, report templates and integration mappings created specifically for Customer during onboarding belong to Customer, which may use, modify and license them freely, including with another provider after the Subscription Term.

### 7. Subcontractors

7.1 Vendor may use the Hosting Provider named in A5.3. Vendor shall not engage any other subcontractor or subprocessor for the Service without Customer's prior written consent, and remains responsible for the acts and omissions of every subcontractor.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to 150% of the Total Order Value. The limit does not apply to breach of Sections 4 or 5, to personal injury, or to wilful misconduct.

8.2 Neither party is liable for indirect or consequential losses, except in the cases excluded from the limit in 8.1.

### 9. Term, Renewal and Termination

9.1 At the end of the Initial Term, the subscription renews automatically for successive Renewal Terms of 24 months unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

9.2 Vendor may increase the fees for any Renewal Term by up to 9% by notifying Customer at least 90 days before the renewal date.

9.3 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates under this Section, Vendor shall refund prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Notices shall be in writing in English or Chinese and sent to the contacts named in A6.

11.2 Neither party may assign this Order Form without the other party's written consent, except to an affiliate that takes over its business.

11.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, power or network failures of public carriers, or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Fees are not payable for any period in which the Service is unavailable because of such an event.

11.4 This Order Form, including Parts A and B, is the entire agreement of the parties on its subject and replaces all prior proposals. Any amendment must be in writing and signed by both parties.
"""

E03 = """T:Supply Contract for Cold-Store Temperature Monitoring Sensors and Software
P:Contract No. QDBH-EQ-2025-036
P:Buyer: Qingdao Bohai Aquatic Cold Storage Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Kalunga Sensores, Lda., Rua Sacadura Cabral, Benguela, Republic of Angola (the "Supplier").
P:The Buyer operates eleven cold rooms, four blast freezers and two loading docks for frozen seafood at its Huangdao site and has selected the Supplier, following a competitive negotiation, to supply and install a wireless temperature and humidity monitoring system. This Contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions
LN:"Equipment" means the sensors, gateways, mounting hardware and accessories listed in Clause 2.
LN:"Software" means the Supplier's ColdTrack monitoring software, including the alarm server, web console and mobile alarm app, licensed under Clause 8.
LN:"Final Acceptance" means the Buyer's written certificate issued under Clause 5.3.
LN:"Buyer Data" means all measurements, alarms, logs, user records and reports generated by the system.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and Software at the Buyer's Huangdao site, integrate the alarm server with the Buyer's warehouse management system and SMS gateway, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 982,000 including VAT, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 to +25 degrees C, with probe|420|860|361,200
TB:2|Wireless temperature and humidity sensor|96|1,150|110,400
TB:3|LoRa gateway with 4G backup|18|7,400|133,200
TB:4|ColdTrack monitoring software, perpetual licence, up to 600 points|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||872,800
TB:5|Installation, calibration and integration|1|96,500|96,500
TB:6|Training|1|12,700|12,700
TB:|Contract Price|||982,000
P:2.3 The Contract Price is fixed and includes delivery DDP Huangdao site, import formalities, insurance, mounting materials and the Supplier's travel costs.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 98,200) within 15 days after signature, against an advance-payment guarantee issued by a bank in mainland China for the same amount.
P:3.2 55% of the Contract Price (CNY 540,100) after delivery and installation of all Equipment, as confirmed in a delivery and installation record. That record is not acceptance.
P:3.3 35% of the Contract Price (CNY 343,700) within 30 days after Final Acceptance.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment to the site within 60 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 Installation work in operating cold rooms shall follow the Buyer's site rules, including cold-protection clothing, permit-to-work and limits on door-open times. The Buyer shall provide access, power points and network ports as agreed in the installation plan.
P:4.3 Risk in the Equipment passes to the Buyer on signature of the delivery and installation record; title passes on payment under Clause 3.2.
P:4.4 With the Equipment the Supplier shall deliver packing lists, certificates of origin and conformity, radio type-approval certificates valid in China, installation drawings showing the position of every sensor, and operation and maintenance manuals in Chinese.
P:4.5 Training shall cover system administration, alarm handling, sensor replacement and report generation, in three sessions at the site for up to 30 participants in total, with Chinese interpretation provided by the Supplier.
H:5. Acceptance
P:5.1 Acceptance tests follow the test plan in Annex 2 and shall show that: (a) every sensor reads within plus or minus 0.5 degrees C of a calibrated reference at three set points; (b) no more than 0.2% of scheduled readings are missing over a 14-day trial run; (c) alarms reach the SMS gateway and mobile app within 60 seconds of a threshold breach set by the Buyer; (d) the gateways switch to 4G backup within two minutes when the wired network fails; and (e) the warehouse management system receives temperature records for every stored lot.
P:5.2 Calibration certificates traceable to a Chinese metrology institute shall be delivered for every sensor before the trial run starts.
P:5.3 When all tests are passed, the Buyer issues a Final Acceptance certificate within seven days. Use of the system during the trial run, and payment under Clause 3.2, are not acceptance.
P:5.4 If any test fails, the Supplier shall remedy the defect within ten days and the test shall be repeated at the Supplier's cost.
H:6. Warranty and Service Levels
P:6.1 The Supplier warrants the Equipment and Software for 36 months after Final Acceptance. During this period it shall repair or replace faulty Equipment, supply Software updates and recalibrate sensors once a year free of charge.
P:6.2 A Severity 1 fault means that monitoring of any cold room or blast freezer is lost or alarms are not delivered. The Supplier shall respond to a Severity 1 fault within 30 minutes, restore monitoring remotely or with spare units within six hours, and send an engineer to site within eight hours when needed. A Severity 2 fault (single sensor or reporting function) shall be responded to within two hours and fixed within two working days.
P:6.3 The Supplier shall keep at the Buyer's site spare sensors amounting to at least 3% of the installed quantity and two spare gateways, replenished at its cost.
P:6.4 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
H:7. Post-Warranty Support
P:7.1 After the warranty, the Buyer may order annual support covering the same services at 7% of the Hardware and Licence Subtotal, that is CNY 61,096 per year. This price is fixed for three support years after the warranty.
P:7.2 Support is ordered by the Buyer's purchase order for each year and does not renew automatically.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's own operations at any of its sites in China, up to the licensed number of points.
P:8.2 The Software and firmware remain the property of the Supplier.
P:8.3 Dashboards, alarm rules, interface programs for the warehouse management system and reports developed for the Buyer under this Contract belong to the Buyer. The Supplier shall deliver their source code, and the Buyer may use, modify and license them freely.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Software runs on the Buyer's servers, and the Supplier may use Buyer Data only to perform this Contract.
P:9.2 Remote access for support requires the Buyer's prior approval for each session through the Buyer's bastion host and is recorded. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:9.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, shall report any security incident affecting the system within six hours, and is liable for losses caused by its failure to meet this Clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including site layouts, customer lists, stock information and system configurations, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the end of the Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation on time, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund amounts paid for undelivered or rejected items.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. Time for performance is extended by the period of the delay. If the delay lasts more than 60 days, the Buyer may terminate the affected part of the Contract.
P:15.2 Notices shall be in writing and delivered to the addresses above or to the e-mail addresses of the project managers named in Annex 1.
P:15.3 Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of this Contract. The Contract is made in English and Chinese; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICE DESK AND END-USER SUPPORT AGREEMENT

Agreement No. XY-MSA-2025-07

**Customer:** Changsha Xiangyun Construction Machinery Co., Ltd., Yuelu District, Changsha, Hunan Province, People's Republic of China ("Customer")

**Provider:** Planalto Digital Services, Lda., Avenida Hoji ya Henda, Lubango, Huila Province, Republic of Angola ("Provider")

**Background.** Customer sells excavators, loaders and cranes through dealers in Portuguese- and English-speaking markets and runs overseas sales and after-sales teams from Changsha and from regional offices. Customer wishes to outsource the first- and second-line IT service desk and end-user device support for these teams, and Provider has offered a managed service delivered remotely from Lubango with local field partners approved by Customer.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has been completed under Clause 3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees and its dealers that Provider receives or can access in performing the Services, including tickets, user directories, device inventories and e-mail content.

1.5 "Monthly Service Charge" means the charge set out in Schedule 2.

## 2. Services

2.1 Provider shall perform the Services in accordance with Schedule 1 and the service levels in Schedule 3, using appropriately skilled staff fluent in Portuguese, English and, for the service desk supervisor, Chinese.

2.2 Provider shall use Customer's IT service management tool and follow Customer's incident, change and asset management processes.

2.3 Provider shall deliver a monthly service report within five working days after the end of each month, showing ticket volumes, service-level performance, service credits, recurring problems and improvement actions, and shall attend a monthly review with Customer's IT manager.

2.4 Customer shall give Provider's staff accounts in its service management tool and remote-support software, keep its own application teams available for escalations during business days, and tell Provider in advance about office openings, staff intakes and product launches that may raise ticket volumes.

2.5 Each year Provider shall propose at least three improvements that reduce ticket volumes or resolution times, with the expected effect, for Customer's decision.

## 3. Transition

3.1 Provider shall complete transition within 50 days after signature. Transition includes knowledge transfer from Customer's current team, set-up of telephone lines and mailboxes, creation of knowledge articles for the 120 most frequent requests, and a two-week parallel run.

3.2 Transition is complete when: (a) all knowledge articles are approved by Customer; (b) the parallel run has met the service levels in Schedule 3 for ten consecutive working days; (c) the escalation paths to Customer's second-line application teams have been tested; and (d) Customer's IT manager has signed the transition completion certificate.

3.3 If transition is not completed within the period in 3.1 for reasons attributable to Provider, Provider shall pay CNY 1,200 for each day of delay, up to CNY 36,000.

## 4. Charges and Payment

4.1 Customer shall pay the transition fee and the Monthly Service Charge set out in Schedule 2. The charges are fixed for the Term.

4.2 The transition fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days, less any service credits.

4.4 Changes in scope, such as new offices or additional languages, shall be agreed by a written change order stating the effect on charges and service levels. Provider shall not charge for work outside the Schedules unless Customer has signed a change order for it.

4.3 No amount is payable before the Service Commencement Date.

## 5. Personnel and Subcontracting

5.1 Provider shall name a service delivery manager, who shall not be replaced without Customer's consent except for resignation or illness.

5.3 Provider shall keep enough trained staff to meet the service levels during peak periods, including the weeks after Chinese New Year and before major trade fairs, and shall train every new agent on Customer's products and processes before that agent handles tickets.

5.2 Provider shall not subcontract any part of the Services, including field support in the regional offices, without Customer's prior written consent. Provider remains responsible for approved subcontractors as for its own staff.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement, including Customer Data, dealer lists, pricing and product plans, and shall not disclose it to any third party without the other party's prior written consent, except to its advisers and approved subcontractors bound by equivalent duties. This obligation survives for three years after the Term.

## 8. Intellectual Property

8.1 Provider keeps the rights in its own tools and methods.

8.2 Knowledge articles, scripts, runbooks and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including with a successor provider.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable over the Term. The limit does not apply to personal injury, wilful misconduct or breach of Clause 7.

9.2 Neither party is liable for loss of profit or indirect loss.

## 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing.

10.2 Customer's remedies for failures of the Services are the service credits in Schedule 3 and damages under Clause 9. Customer may not terminate this Agreement before the end of the Term on account of a breach by Provider.

10.3 Provider may terminate this Agreement by written notice if Customer fails to pay undisputed charges within 60 days after a written reminder.

10.4 At the end of the Term, Provider shall provide up to 30 days of exit assistance to Customer or its new provider, including handover of open tickets and knowledge articles, at no additional charge.

10.5 Charges for the month in which the Term ends are prorated to the last day of the Term.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha. The award is final and binding.

## 12. General

12.1 Force majeure excuses delay only to the extent that the affected party notifies the other promptly and uses its business-continuity arrangements. The Schedules form part of this Agreement. If they conflict with the clauses, the clauses prevail.

12.2 Notices shall be given in writing to the service delivery manager and to Customer's IT manager, with a copy by e-mail. This Agreement is the entire agreement on its subject and may be amended only in writing signed by both parties.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and chat in Portuguese, English and Chinese for about 420 users | Monday to Saturday, 07:00 to 23:00 Beijing time |
| Incident and request handling | Logging, first-line resolution, password resets, access requests, escalation | Service desk hours |
| End-user device support | Remote support for about 460 laptops and 380 mobile phones; device set-up and retirement | Service desk hours |
| Field support | On-site visits at the regional offices through approved partners | Business days, by appointment |
| Asset management | Device inventory kept current in Customer's tool; quarterly reconciliation | Monthly |
| Knowledge management | Keeping knowledge articles current; quarterly review with Customer | Ongoing |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Service Commencement Date | 58,000 |
| Monthly Service Charge | Per month, 36 months, at 46,500 | 1,674,000 |
| Total charges over the Term | | 1,732,000 |

Additional users above 460 are charged at CNY 95 per user per month, by change order.

## Schedule 3 - Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | A whole office or a senior executive cannot work | 15 minutes | 6 hours | 2% of the Monthly Service Charge per incident |
| P2 | A group of users or a key application is affected | 30 minutes | 8 business hours | 1% per incident |
| P3 | A single user is affected | 2 business hours | 3 business days | Counted in the monthly measure |
| Calls answered | Within 60 seconds | 90% of calls per month | - | 3% if missed |

Total service credits in a month are limited to 18% of the Monthly Service Charge.
"""

E05 = """CROP AND WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. BAD-ZZ-2025-02

BETWEEN

Zhengzhou Zhongyuan Grain and Oil Trading Co., Ltd., Zhengdong New District, Zhengzhou, Henan Province, People's Republic of China ("Customer"), and

Bailundo AgroData, Lda., Rua Joaquim Kapango, Huambo, Huambo Province, Republic of Angola ("Vendor").

BACKGROUND

Customer buys soybeans, maize and sunflower seed from growers and cooperatives in southern Africa and wants field-level crop-condition and weather data to plan purchases and logistics. Vendor compiles satellite vegetation indices, weather station records, soil-moisture estimates and yield forecasts for the region and supplies them through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Data Service" means Vendor's AgroData API, the datasets listed in Annex A, the web dashboard and the documentation, as updated by Vendor from time to time.

1.2 "Service Start Date" means the date on which Customer signs the onboarding acceptance certificate under Clause 4.

1.3 "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term. The first Subscription Year starts on the Service Start Date and ends on the day before its first anniversary; the second starts on that anniversary and ends on the day before the second anniversary.

1.4 "Subscription Term" means the two Subscription Years.

1.5 "Customer Inputs" means the field boundaries, grower lists, contract volumes, query parameters, API logs and any other data that Customer or its users submit to the Data Service, and the results generated specifically from them.

1.6 "Custom Feeds" means the aggregated regional feeds, alert rules and dashboard views that Vendor builds for Customer under Clause 3.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API, download the datasets and use the dashboard for Customer's internal purchasing, risk and logistics decisions, for up to 25 named users and 2,000,000 API calls per Subscription Year.

2.2 Customer may combine the data with its own data and use the results in internal reports. Customer shall not resell the raw datasets or make them available to third parties as a data product.

2.3 Vendor shall refresh vegetation indices at least every five days, weather data at least every hour and yield forecasts at least every two weeks during the growing season, as described in Annex A.

3. ONBOARDING AND CUSTOM FEEDS

3.1 Within 40 days after signature Vendor shall: set up Customer's tenant and API keys; load Customer's field boundaries for about 3,400 fields in Zambia, Malawi, Mozambique and Angola; build Custom Feeds for the eight sourcing regions named by Customer; configure drought, flood and frost alerts; connect the API to Customer's procurement planning system through the integration described in Annex B; and train Customer's analysts.

3.2 Vendor shall assign an onboarding lead who speaks English and shall hold a weekly progress call with Customer's project team until acceptance.

3.3 Customer shall provide its field boundaries in the formats listed in Annex B, name a project lead and make its procurement planning team available for testing. Delay caused by late or incomplete Customer material extends the onboarding period by the same number of days.

3.4 During the Subscription Term Vendor shall add up to 400 further fields a quarter at Customer's request without extra charge and shall keep the Custom Feeds working when it changes the API.

4. ONBOARDING ACCEPTANCE

4.1 Onboarding is accepted when the following tests are passed: (a) every endpoint in Annex B returns correct data for a sample of 200 fields chosen by Customer; (b) median API response time is below 800 milliseconds over five working days; (c) the Custom Feeds reconcile with the underlying field data for all eight regions; and (d) alerts are delivered to the procurement planning system and by e-mail within ten minutes of the triggering observation.

4.2 When the tests are passed, Customer signs an onboarding acceptance certificate. Trial use of the Data Service before that date is not acceptance.

4.3 If onboarding acceptance is delayed beyond the period in Clause 3.1 for reasons attributable to Vendor, Vendor shall pay CNY 400 for each day of delay, up to CNY 20,000, and the Subscription Term starts only on acceptance.

5. FEES AND PAYMENT

5.1 The fees are:
  (a) subscription fee: CNY 286,000 per Subscription Year, CNY 572,000 for the Subscription Term;
  (b) onboarding and Custom Feeds: CNY 44,000, one-time;
  (c) total fees: CNY 616,000, including VAT.

5.2 Customer shall pay an advance of 55% of the total fees (CNY 338,800) within ten days after signature. Vendor will issue API keys and start onboarding after receiving the advance.

5.3 The balance of CNY 277,200 is payable within 30 days after the start of the second Subscription Year.

5.4 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 Vendor shall keep the API and dashboard available at least 99.95% of each calendar month, excluding maintenance announced three business days in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Severity 1 means that the API or the dashboard is unavailable, or that a dataset has not been refreshed on schedule for all regions. Vendor shall respond to a Severity 1 incident within one hour at any time and restore the service within six hours. Severity 2 incidents (a single endpoint, region or feed affected) shall be responded to within three business hours and fixed within two business days.

6.3 If monthly availability falls below the commitment in 6.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly share. Each Severity 1 restoration that is late by more than two hours earns a further credit of CNY 1,500. Credits are deducted from the balance or refunded at the end of the Subscription Term.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Vendor shall use them only to provide the Data Service to Customer and shall not use them for any other purpose, including for other customers, product development or market reports, during or after the Subscription Term.

7.2 Vendor shall keep Customer Inputs logically separated from other customers' data, encrypt them in transit and at rest, restrict access to named Vendor staff with multi-factor authentication, keep access logs for at least six months, and protect API keys and credentials against misuse.

7.3 Vendor shall notify Customer within six hours after becoming aware of any unauthorised access to or loss of Customer Inputs, take immediate steps to contain the incident, cooperate with any report Customer must make under PRC law, and is liable for losses caused by its failure to meet this Clause 7.

7.4 Within 30 days after the end of the Subscription Term Vendor shall return all Customer Inputs in a standard format and then delete them, and confirm deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor keeps all rights in the Data Service, its datasets, models and software.

8.2 The Custom Feeds, alert rules and dashboard views built for Customer, and all reports that Customer prepares with the data, belong to Customer. Customer may use, modify and license the Custom Feeds freely, including through a successor data provider, but may not extract Vendor's raw datasets from them.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract the onboarding work or the operation of the Data Service without Customer's prior written consent. Vendor remains responsible for its approved subcontractors and suppliers of source data.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in Clause 5.1(c). The limit does not apply to breach of Clause 7, to personal injury or to wilful misconduct.

10.2 Vendor does not warrant that forecasts will prove accurate, but it shall compile the data with the care and methods described in Annex A.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically. Any renewal shall be agreed in writing; Vendor shall offer a renewal at the same fees if Customer asks at least 60 days before the end of the Subscription Term.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Vendor's breach, Vendor shall refund the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, satellite outages or government action, if it notifies the other party promptly and works to restore performance.

13.2 Annex A (Datasets and Refresh Schedule) and Annex B (API Endpoints and Integration) form part of this Agreement. Amendments must be in writing and signed by both parties.

Signed for Customer: ____________________

Signed for Vendor: ____________________
"""

FILES = {  # key: (file name, format, source)
    "h656z01": ("h656z01_plant_protection_pest_monitoring_platform.pdf", "pdf", Z01),
    "h656z02": ("h656z02_hat_factory_sewing_pressing_line_retrofit.docx", "docx", Z02),
    "h656z03": ("h656z03_burger_chain_ordering_membership_saas.txt", "txt", Z03),
    "h656z04": ("h656z04_red_cross_first_aid_training_system_om.txt", "txt", Z04),
    "h656z05": ("h656z05_candle_factory_batch_tracking_supplier_template.md", "md", Z05),
    "h656e01": ("h656e01_port_agency_software_licence_beira_vendor.pdf", "pdf", E01),
    "h656e02": ("h656e02_dispatch_saas_order_form_nampula_vendor.md", "md", E02),
    "h656e03": ("h656e03_cold_store_sensors_monitoring_benguela_vendor.docx", "docx", E03),
    "h656e04": ("h656e04_managed_service_desk_36_months_lubango_vendor.md", "md", E04),
    "h656e05": ("h656e05_crop_weather_data_api_huambo_vendor.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law,
                                kind]))


G, S_ = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, capped, deemed, contract value, forum outside mainland,
#       TCO (fee base, annual fee) or None, design rules, risk)
DESIGN = {
    "h656z01": ("zh", "software", T(99.5, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 24, 8, False,
                                    True, True, "PRC", G), True, True, True, False, 1400000, False, (736000, 58880),
                ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium"),
    "h656z02": ("zh", "hardware", T(None, 1, False, "buyer", True, True, True, None, None, 20, True, True, 24, 9, False,
                                    True, False, "PRC", G), True, False, True, False, 1240000, False, (1092400, 98316),
                ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"], "high"),
    "h656z03": ("zh", "cloud", T(99.5, 0.25, True, "buyer", True, False, True, 0.08, 150, None, True, None, None, None,
                                 False, True, False, "PRC", S_), True, True, None, False, 766000, False, None,
                ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
    "h656z04": ("zh", "services", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                    False, True, False, "PRC", S_), True, True, None, False, 368000, False, None, [], "low"),
    "h656z05": ("zh", "software", T(None, 8, True, "supplier", True, True, True, 0.02, 20, 50, False, False, 6,
                                    155000 / 620000 * 100, False, True, None, "PRC", G), True, True, True, True, 860000,
                False, (620000, 155000),
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
    "h656e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11, False,
                                    True, False, "Mozambique", G), True, True, True, False, 1508000, True,
                (1180000, 129800), ["CR-GOVERNING-LAW"], "low"),
    "h656e02": ("en", "cloud", T(None, None, False, "buyer", True, True, True, 300 / 466000 * 100, 150, None, True, None,
                                 None, None, True, True, False, "PRC", S_), False, True, None, False, 466000, False, None,
                ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
    "h656e03": ("en", "hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False,
                                    True, False, "PRC", G), True, True, True, False, 982000, False, (872800, 61096), [],
                "low"),
    "h656e04": ("en", "services", T(None, 0.25, True, "buyer", False, True, True, 1200 / 1732000 * 100, 150, None, True,
                                    None, None, None, False, False, False, "PRC", S_), True, True, None, False, 1732000,
                False, None, ["CR-DATA-SECURITY", "CR-TERMINATION"], "high"),
    "h656e05": ("en", "cloud", T(99.95, 1, True, "buyer", True, True, False, 400 / 616000 * 100, 150,
                                 338800 / 616000 * 100, True, None, None, None, False, True, False, "PRC", S_), True, True,
                None, False, 616000, False, None, ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"], "medium"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# policy thresholds (label values may not equal them; texts may not state them)
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_LIMIT, HORIZON = 40, 5


def tco_share(d):
    t, cv, tco = d[2], d[7], d[9]
    if t["contract_kind"] != G or tco is None or not d[5]:
        return None
    base, fee = tco
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * fee
    return post / (cv + post) * 100


def derive(d):
    """My reading of policy §3 applied to the labels."""
    t, sla, ld_stated, capped, deemed, cv, offshore = d[2], d[3], d[4], d[5], d[6], d[7], d[8]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(d)
        if sh is not None and sh > TCO_SHARE_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or offshore:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    name, fmt, _ = FILES[key]
    d = DESIGN[key]
    extra = {"sla_clause": d[3], "ld_stated": d[4]}
    if d[2]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d[5]
    extra["acceptance_deemed_on_delivery"] = d[6]
    extra["contract_value"] = d[7]
    return {"file": name, "language": d[0], "category": d[1], "expected_terms": d[2], "expected_extra": extra,
            "expected_rules": derive(d)}


# ---- threshold figures in texts
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.,])99\.9(?!\d)",
    r"(?<![\d.,])4\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b|-hour)", r"四\s*个?\s*小时", r"\bfour[\s-]*hours?\b",
    r"(?<![\d.,])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.,])100\s*%", r"百分之一?百", r"\bone[\s-]*hundred[\s-]*per[\s-]*cent",
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"\bthirty[\s-]*per[\s-]*cent",
    r"(?<![\d.,])12\s*(?:个\s*)?(?:月|months?\b|-month)", r"十二\s*个\s*月", r"\btwelve[\s-]*(?:calendar[\s-]*)?months?\b",
    r"\bone[\s-]*year\b", r"\b1[\s-]*year\b",
    r"(?<![\d.,])15\s*%", r"百分之十五", r"\bfifteen[\s-]*per[\s-]*cent",
    r"(?<![\d.,])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"\bforty[\s-]*per[\s-]*cent",
    r"(?<![\d.,])5\s*(?:年|years?\b|-year)", r"五\s*年", r"\bfive[\s-]*years?\b", r"(?<![\d.,])60\s*(?:个\s*)?(?:月|months?\b)",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "12个月", "12 months", "twelve months", "十二个月",
            "one year", "15%", "百分之十五", "40%", "forty per cent", "5年", "五年", "five years", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.055%", "0.5%", "万分之五十", "万分之六", "130%",
             "1,100%", "150%", "115%", "0.15%", "140%", "0.40%", "2.4 hours", "112 months", "once a year", "八年",
             "25 years", "0.30%", "$30", "CNY 1,400", "百分之三十五", "百分之四十五"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, variant[max(0, m.start() - 25):m.end() + 10]))
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
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

    for s in MUST_HIT:
        assert threshold_hits(s), s
    for s in MUST_MISS:
        assert not threshold_hits(s), (s, threshold_hits(s))

    sources, targets = {}, {}
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, fmt, src) in FILES.items():
        d = DESIGN[key]
        lab = label(key)
        assert lab["expected_rules"] == sorted(d[10]), (key, lab["expected_rules"], d[10])
        sev = [SEV.get(r, "medium") for r in lab["expected_rules"]]
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == d[11], (key, risk)
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        assert list(t) == TERM_KEYS
        for k, th in THRESHOLDS.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        sh = tco_share(d)
        assert sh is None or abs(sh - TCO_SHARE_LIMIT) > 2, (key, sh)
        if d[9]:
            assert abs(d[9][1] / d[9][0] * 100 - t["post_warranty_fee_pct"]) < 1e-9, key
        text = read_back(OUT / name)
        n = length(text, d[0])
        lo, hi = (2750, 3000) if d[0] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = threshold_hits(text)
        assert not hits, (key, hits[:5])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{key}: {n} {'chars' if d[0] == 'zh' else 'words'}; rules {lab['expected_rules']}; risk {risk}; "
              f"TCO share {None if sh is None else round(sh, 1)}")
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
