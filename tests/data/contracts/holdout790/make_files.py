"""holdout790: ten blind held-out draft contracts (5 zh, 5 en), their .json labels, and the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder; imports ../word_pdf.py for .docx and .pdf)
Builds every file from the sources below, writes the labels, and asserts: price sums, lengths as read back,
no label value on a policy threshold, no threshold figure in any built text, and that the rules derived from each
label (my reading of policy section 3) equal the design list and cover all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01  海洋局 浒苔（绿潮）监测预警平台  (.pdf, 第X条 + 1.1)
# ----------------------------------------------------------------------------------------------------------------
Z01 = """
T:青屿市海洋发展局浒苔（绿潮）监测预警平台采购合同
P:合同编号：QYHY-ZC-2027-031
P:采购方式：公开招标（项目编号：QYZC2027-0158）
P:甲方（采购人）：青屿市海洋发展局
P:乙方（供应商）：海视蓝图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方经协商一致，就浒苔（绿潮）监测预警平台的采购事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供浒苔（绿潮）监测预警平台软件许可，并完成定制开发、数据对接、部署实施和培训。平台用于卫星遥感影像解译、浒苔覆盖面积与分布统计、漂移路径预测、海上巡查任务管理以及预警信息发布。
P:1.2 定制开发内容包括：光学及雷达遥感影像自动解译模块；基于海流、风场数据的漂移预测模型对接；海上巡查移动端应用；指挥中心大屏专题页面；与省级海洋预报系统、船舶自动识别系统及市应急指挥平台的接口。
P:1.3 平台部署于甲方政务云环境。乙方不得将平台的生产数据部署或备份至甲方指定环境以外的任何地点。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），其中：平台软件许可费¥860,000；定制开发费¥540,000；数据对接及部署实施费¥124,000；培训费¥36,000。
P:2.2 上述价款为固定总价，已包含软件、开发、实施、差旅、税费以及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方出具的等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台试运行满三个月并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应向甲方开具合法有效的增值税发票。因财政资金拨付程序造成的合理延迟，不视为甲方违约。
P:3.5 乙方未能履行合同义务的，甲方有权依据预付款保函和履约保证金主张权利。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成平台部署及全部定制开发，并在每年绿潮高发期（5月至8月）到来前完成预警模型的参数更新。
P:4.2 乙方应组建不少于六人的项目组，项目经理须为投标文件所列人员，未经甲方书面同意不得更换。乙方应每周提交项目进度报告。
P:4.3 乙方应为甲方业务人员和技术人员各组织不少于两期培训，并提交操作手册、运维手册和接口说明。
P:4.4 乙方应于合同签订前向甲方提交合同总价5%的履约保证金，履约保证金在最终验收合格后二十个工作日内无息退还。
P:4.5 甲方应为乙方提供必要的政务云资源、网络接入和历史监测资料，并指定专人负责需求确认和协调。甲方未按约定提供条件导致延误的，交付期限相应顺延。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件要求的功能全部实现；（2）遥感影像解译的浒苔识别准确率不低于90%，覆盖面积统计误差不超过10%；（3）漂移预测二十四小时位置偏差不超过二十公里；（4）全部接口连续七日数据交换无差错。
P:5.2 最终验收标准：试运行期间未发生一级故障；在二百个并发用户下页面响应时间不超过3秒；平台通过第三方安全测评和网络安全等级保护测评。
P:5.3 验收由甲方组织，可邀请专家参加；验收合格后双方签署验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、模型调优和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），且三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%（计划内维护除外）。计划内维护应提前三日通知甲方，并避开绿潮应急响应期间。
P:7.2 故障分为三级。一级故障（平台整体不可用或预警信息无法发布）：乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障：2小时内响应，24小时内解决；三级故障：1个工作日内响应。
P:7.3 乙方未达到上述响应或恢复时限的，每超时一小时扣减¥800；月度可用率每低于约定值0.1个百分点，扣减¥2,000。扣减款从应付款项或履约保证金中扣除。
P:7.4 绿潮应急响应期间，乙方应于每日8时前生成浒苔分布专题图和漂移预测报告，推送至甲方指挥中心，并安排专人值守。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、模型参数配置、专题页面及相应源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证其提供的软件及开发成果不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理，并承担由此产生的全部责任。
H:第九条 数据安全
P:9.1 平台采集、处理和生成的全部数据，包括遥感解译成果、巡查记录和预警信息，归甲方所有。乙方仅可为履行本合同使用，不得用于其他目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《网络安全法》，落实访问控制、日志审计和加密传输措施，远程运维须经甲方审批并通过堡垒机进行。发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成损失的，由乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、未公开的监测数据和预警信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在本合同终止后继续有效。
H:第十一条 分包
P:11.1 乙方可将无人机航拍校验、海上浮标布放等辅助性工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。乙方对分包单位的工作向甲方负责。
H:第十二条 违约责任
P:12.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:12.2 平台质量不符合约定的，乙方应在甲方要求的期限内免费整改；整改后仍不合格的，甲方有权解除合同，并要求乙方退还已付款项。
P:12.3 乙方未按第7.4款按时提供应急期间专题图或预测报告的，每次扣减¥1,000。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因台风、风暴潮等不可抗力致使一方不能履行合同的，该方应及时通知对方，并在十五日内提供证明，双方根据影响程度协商延期履行或部分免除责任。但乙方在绿潮应急响应期间应尽最大努力保障平台运行。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同的组成部分。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：青屿市海洋发展局　　　　乙方（盖章）：海视蓝图信息技术有限公司
P:签订日期：2027年3月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02  牙线厂 涂覆及绕线生产线 控制系统改造 + 维保  (.docx, 第X条, Word price table)
# ----------------------------------------------------------------------------------------------------------------
Z02 = """
T:牙线涂覆及绕线生产线控制系统改造合同
P:合同编号：JY-SB-2027-0412
P:甲方（买方）：浙江洁悦口腔护理用品有限公司
P:乙方（卖方）：杭州恒拓工业自动化有限公司
P:甲方拟对其二号车间两条牙线生产线（丝线涂蜡涂覆段及精密绕线段）的控制系统进行改造。乙方根据甲方技术要求提供设备、软件、安装调试和维保服务。经双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，新装PLC主控柜、伺服张力控制单元、激光在线测径仪、涂覆温控单元和工业触摸屏，并部署生产线控制软件及数据采集软件。
P:1.2 改造后，生产线应实现丝线张力闭环控制、涂层厚度在线检测与自动纠偏、绕线长度精确计数、配方参数集中管理，并通过标准接口向甲方制造执行系统上传产量、停机和质量数据。
P:1.3 乙方应在甲方安排的停线窗口内完成切换，每条线停线时间不得超过五日。
P:1.4 技术要求：改造后每条生产线额定运行速度不低于每分钟六百米；涂层厚度设定范围为二至八微米；系统可存储不少于五十组配方；张力、温度、线径等关键参数采样周期不大于一百毫秒，历史数据在线保存不少于三年。详细要求见附件技术协议。
P:1.5 乙方应在改造前对原控制系统进行现场测绘，编制改造方案和切换方案，报甲方确认后实施。
P:1.6 乙方应提供随机备品备件，包括伺服驱动器、温控模块、测径仪镜头保护窗等易损件，具体清单见附件设备配置清单。
H:第二条 价格清单
P:合同总价为人民币壹佰贰拾壹万元整（¥1,210,000），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC主控柜（含PLC及I/O模块）|2套|138,000|276,000
TB:2|伺服张力控制单元|8套|31,500|252,000
TB:3|激光在线测径仪|4台|42,000|168,000
TB:4|涂覆温控单元|4套|18,500|74,000
TB:5|工业触摸屏|6台|9,000|54,000
TB:6|生产线控制软件及数据采集软件许可|1套|212,000|212,000
TB:|设备及软件小计|||1,036,000
TB:7|安装调试及停线切换|1项|148,000|148,000
TB:8|操作及维护培训|1项|26,000|26,000
TB:|合同总价|||1,210,000
P:上述价格含运输、保险、安装、调试、税费，为固定价格。
H:第三条 付款方式
P:3.1 合同签订后十五日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并完成安装后，甲方支付合同总价的55%。到货签收和安装完成不视为验收合格。
P:3.3 两条生产线均通过最终验收后，甲方支付合同总价的35%。
H:第四条 交货与安装
P:4.1 乙方应于合同签订后六十日内将全部设备运抵甲方工厂，并在到货后二十日内完成安装调试。
P:4.2 乙方施工应遵守甲方车间的洁净、消防和安全生产管理规定，不得影响其他生产线的正常运行。乙方施工人员须参加甲方组织的入厂安全教育，动火、登高和带电作业须办理作业许可。
P:4.3 设备到货时，双方共同开箱检查外观、数量、型号及随机资料，并签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:4.4 乙方应交付电气原理图、接线图、PLC程序说明、触摸屏操作手册、维护保养手册和备件清单各两套，并提供电子版。
P:4.5 乙方应为甲方操作工和设备维修人员提供现场培训，培训不少于三期，培训内容包括设备操作、配方管理、日常保养和常见故障处理。培训结束后乙方应对参训人员进行考核。停线切换期间，乙方应安排不少于四名工程师驻场。
H:第五条 验收
P:5.1 验收标准：（1）每条生产线连续运行七十二小时无停机故障；（2）丝线张力波动不超过设定值的±3%；（3）涂层厚度在线检测结果与离线抽检结果偏差不超过2微米；（4）绕线长度计数误差不超过0.2%；（5）断丝率不高于改造前的水平；（6）配方切换及数据上传功能全部正常。
P:5.2 甲方按上述标准组织验收并出具验收报告。任一项不合格的，乙方应在十日内整改并重新申请验收。
P:5.3 验收合格后，双方签署最终验收证书，作为支付合同尾款和质保期起算的依据。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题产生的维修、更换及软件缺陷修复均由乙方免费承担。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为设备及软件小计的8%，即每年¥82,880，首三年固定不变，每年由甲方决定是否续签。
P:6.3 故障响应：一级故障（整线停机）乙方1小时内远程响应，8小时内到场；二级故障（单工位停机或质量超差）2小时内响应，二十四小时内到场。
P:6.4 乙方未按上述时限响应或到场的，每超时一小时向甲方支付¥500。
P:6.5 质保期内乙方每半年对控制系统进行一次现场巡检，检查张力传感器标定、测径仪精度和控制柜散热状况，并出具巡检报告。
H:第七条 知识产权
P:7.1 乙方提供的标准软件产品知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 为本项目编写的PLC控制程序、配方管理模块、触摸屏画面及接口程序，其知识产权归甲方所有，乙方应交付全部源程序和说明文档，甲方可自行修改或委托他人修改。
P:7.3 乙方保证其提供的设备和软件不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担责任。
H:第八条 数据安全
P:8.1 生产线运行中产生的工艺参数、配方和产量质量数据归甲方所有，乙方只能为履行本合同使用。
P:8.2 乙方远程维护须经甲方设备部门逐次审批，通过甲方提供的工控安全网关接入，不得在设备中预留后门或未经声明的远程通道。因乙方原因导致甲方数据被窃取、篡改或生产系统遭受网络攻击的，乙方应在两小时内通知甲方，协助处置，并承担由此造成的损失。
H:第九条 分包
P:9.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 设备不符合合同约定的，甲方有权要求乙方更换或退货，并赔偿由此造成的停产损失。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或经两次整改仍未通过验收，或有其他严重违约行为且在甲方书面通知后十日内未纠正的，甲方有权解除合同。
P:11.2 合同解除后，乙方应退还甲方已付的相应款项，并协助甲方恢复生产线原有控制方式，费用由乙方承担。
H:第十二条 适用法律与争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交绍兴仲裁委员会仲裁。仲裁期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十三条 其他
P:13.1 因不可抗力不能履行合同的一方，应在不可抗力发生后五日内通知对方，并提供有关证明。双方根据不可抗力的影响协商延期履行或解除合同。
P:13.2 合同履行中需要变更设备型号或技术方案的，须经双方书面确认；涉及价格调整的，由双方另行签订补充协议。
P:13.3 双方往来通知以书面形式送达本合同所列地址，电子邮件通知在对方确认收到后生效。
P:13.4 本合同附件包括技术协议、设备配置清单和验收方案。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

# ----------------------------------------------------------------------------------------------------------------
# z03  连锁飞盘俱乐部 预约与会员 SaaS + 实施, two 服务年度  (.txt, 一、/（一）/1.)
# ----------------------------------------------------------------------------------------------------------------
Z03 = """飞盘俱乐部门店预约与会员管理云服务合同

合同编号：FP-YY-2027-006
甲方（客户）：上海逐风飞盘运动管理有限公司
乙方（服务商）：杭州云场信息科技有限公司

鉴于甲方在全国经营30家飞盘俱乐部门店，需要统一的场地预约、课程排期、会员储值与积分管理系统；乙方提供场馆预约与会员管理软件即服务（SaaS）。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方为甲方30家门店开通“云场”预约与会员管理服务，包括：
1. 场地及课程在线预约、候补、签到与取消；
2. 会员注册、储值、次卡、积分与等级管理；
3. 教练排班、课时统计与课酬核算；
4. 微信小程序、门店收银端及总部管理后台；
5. 经营报表与门店对比分析；
6. 营销工具：优惠券、团购核销、拼场及会员推荐奖励。
（二）实施服务。乙方负责：
1. 按甲方品牌要求配置专属小程序页面；
2. 将甲方现有会员及储值余额数据迁移至本系统，并与甲方核对一致；
3. 对接甲方微信支付商户号及财务系统；
4. 为每家门店店长和前台人员提供培训；
5. 协助甲方制定门店上线计划，分三批完成30家门店上线。
（三）乙方应于合同签订后四十五日内完成全部实施工作。
（四）乙方为甲方提供独立的总部管理后台，支持按大区、门店分级授权。服务期内乙方发布的标准功能升级对甲方免费开通，不另行收费。

二、服务期限
（一）服务期为两个服务年度，自甲方签署上线验收报告之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其价格政策上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，并提前通知甲方。
（三）服务期满不再续约的，乙方应保持系统可访问三十日，以便甲方导出数据。

三、费用与支付
（一）订阅费按门店计算，每店每个服务年度人民币9,600元，30家门店每个服务年度合计288,000元，两个服务年度合计576,000元。
（二）实施费为一次性费用84,000元。
（三）本合同总价为660,000元（含税）。
（四）支付方式：
1. 实施费在甲方签署上线验收报告后十五个工作日内支付；
2. 每个服务年度的订阅费分四期，每季度结束后十五个工作日内按季度支付；
3. 服务期内新增或关闭门店的，按实际开通天数折算订阅费；
4. 甲方逾期付款的，乙方应书面催告，不得因此直接中止服务。
（五）乙方应在甲方付款前开具增值税专用发票；发票不合格的，甲方付款期限相应顺延。

四、上线验收
（一）上线验收标准：
1. 30家门店全部开通，预约、签到、储值、积分功能测试通过；
2. 会员及储值余额迁移数据与甲方原系统逐条核对无差异；
3. 微信支付与财务对账连续五日无差错；
4. 小程序高峰时段预约下单响应时间不超过2秒；
5. 会员储值余额迁移后，乙方出具迁移对账报告，经甲方财务部门确认。
（二）甲方在收到乙方上线申请后十日内组织验收，合格的签署上线验收报告。系统试用或门店开始使用不视为验收合格。
（三）验收不合格的，乙方应在七日内整改后重新申请验收。

五、服务水平
（一）系统月度可用率不低于99.95%。
（二）故障分级与响应：
1. 一级故障（小程序或收银端无法预约、支付，影响多家门店）：15分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常）：1小时内响应，8小时内解决；
3. 三级故障（咨询或优化）：1个工作日内答复。
（三）服务补偿：月度可用率低于约定标准的，按当季订阅费的5%至20%抵扣；一级故障未在2小时内恢复的，每超过一小时抵扣当月订阅费的1%。
（四）乙方应于每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长和改进措施。
（五）乙方提供每日9时至22时的在线客服；周末及法定节假日门店营业高峰时段安排专人值守。乙方进行版本升级前应提前三日通知甲方，并安排在凌晨时段进行。

六、数据
（一）甲方会员信息、预约记录和交易数据归甲方所有。
（二）乙方可对甲方数据进行去标识化处理后形成汇总统计数据，用于行业分析报告、产品改进及向其他客户提供的经营对标服务，该等使用在本合同终止后仍可继续。
（三）数据安全。乙方应按网络安全等级保护第三级要求运营本系统，数据存储于中国境内，采用加密存储和传输，实行最小权限访问并保留操作日志。发生数据泄露的，乙方应在二小时内通知甲方，配合甲方向监管部门报告，并承担因此造成的损失。
（四）乙方应每日对甲方数据进行备份，备份保存不少于三十日。
（五）合同终止后三十日内，乙方应向甲方提供全部数据的完整导出，并在甲方确认后删除其保存的甲方原始数据。

七、知识产权
（一）“云场”平台及其标准功能的知识产权归乙方所有。
（二）为甲方专门设计的小程序页面、品牌素材和数据迁移脚本归甲方所有，甲方可自由使用和修改。
（三）乙方保证其提供的服务不侵犯第三方知识产权；由此产生的索赔由乙方负责处理并承担费用。

八、保密
双方对因本合同知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后三年。乙方应督促其员工遵守本条约定；乙方员工违反保密义务的，视为乙方违约。

九、违约责任
（一）乙方未按期完成实施并通过上线验收的，每逾期一日向甲方支付违约金500元。
（二）乙方在本合同项下的赔偿总额以合同总价的两倍为限，但因数据泄露造成的损失不受此限。
（三）因系统故障导致甲方门店无法收取会员费用的，乙方应协助甲方与会员沟通，并承担合理的补偿费用。

十、分包
乙方不得将本合同项下的实施或运营服务分包给第三方，但经甲方书面同意的除外。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同。
（二）一级故障在一个服务季度内累计发生三次以上的，甲方有权解除本合同，无需承担违约责任。
（三）合同解除的，乙方应按本合同第六条（五）的约定向甲方交付数据，并按比例退还已付未使用的费用。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。诉讼期间，除争议部分外，双方继续履行本合同。

十三、甲方义务
（一）甲方应指定总部项目负责人，及时确认配置需求和上线计划。
（二）甲方负责门店网络、收银设备及小票打印机等终端环境。
（三）甲方应妥善保管管理员账号；因甲方自身原因导致账号泄露的，由甲方自行承担责任。
（四）甲方应遵守国家关于个人信息收集的规定，取得会员的必要授权。

十四、不可抗力
因自然灾害、政府行为、公共卫生事件或电信运营商大面积网络中断等不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，相应期间不计入可用率考核。

十五、通知
双方指定的联系人和联系方式见附件；一方变更联系人的，应提前五日书面通知对方。通过电子邮件发送的通知，自进入对方邮件系统之日视为送达。

十六、其他
本合同附件包括门店清单、功能清单、服务水平说明及联系人清单，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# ----------------------------------------------------------------------------------------------------------------
# z04  皮肤病防治所 门诊管理系统 年度运维服务  (.txt, 第X条 + （一）)
# ----------------------------------------------------------------------------------------------------------------
Z04 = """皮肤病防治所门诊管理信息系统运维服务合同

合同编号：PFS-YW-2027-02
甲方：江宁市皮肤病防治所
乙方：南京瑞医信息系统服务有限公司

为保障甲方门诊管理信息系统（含挂号、分诊、门诊医生工作站、药房、收费、皮肤影像及随访模块）稳定运行，甲方经询价确定由乙方提供年度运行维护服务。双方订立本合同。

第一条 服务范围
（一）系统日常巡检：每日巡检应用服务、数据库和接口运行情况，每月出具巡检报告。
（二）故障处理：门诊系统、接口及相关服务器的故障诊断、排除与恢复。
（三）数据库维护：备份检查、性能优化、空间管理，每季度进行一次恢复演练。
（四）接口维护：与医保结算平台、区域全民健康信息平台、电子票据平台的接口维护与适配。
（五）小型需求变更：每年不超过八十人日的报表调整及功能优化。
（六）门诊高峰保障：每周一、周六上午安排一名工程师驻场。
（七）安全加固：按甲方要求对服务器操作系统和数据库进行安全基线检查和加固，及时安装经测试的安全补丁。
（八）应急保障：编制系统故障应急预案，每半年组织一次应急演练，并在医保政策调整、系统切换等重要时点提供现场保障。
（九）评审配合：协助甲方完成电子病历系统应用水平分级评价、互联互通测评中与门诊系统相关的准备工作。
（十）用户支持：为门诊医生和收费人员提供操作咨询，每季度至少组织一次新入职人员培训。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务开始前，乙方应提交运维服务方案，经甲方确认后执行。期满后本合同终止，不自动续期；甲方如需继续采购，另行履行采购程序。服务期内，甲方因等级保护测评、系统升级等需要乙方配合的，乙方应无偿配合。

第三条 服务费用及支付
（一）服务费为人民币叁拾捌万陆仟元整（¥386,000），包含人工、差旅、工具及税费。
（二）服务费按季度支付，每季度结束并经甲方考核后十五个工作日内支付当季服务费¥96,500。甲方不向乙方预付任何款项。
（三）乙方应于每次收款前开具增值税发票。
（四）服务费为固定价格，服务期内不作调整。因甲方新增系统模块导致工作量明显增加的，双方另行协商。

第四条 服务交接
乙方应于2027年1月1日前完成与原服务单位的交接，包括系统账号、文档、备份介质和未关闭的问题清单，并向甲方提交交接报告。交接报告应列明原系统存在的问题及风险，并提出处理建议。交接期间原系统出现的故障，由乙方会同原服务单位共同处理。

第五条 服务水平
（一）门诊管理系统在门诊开放时间内的月度可用率不低于99.98%。
（二）故障分级与响应：
1．一级故障（挂号、收费或医生工作站无法使用，影响门诊开诊）：乙方15分钟内响应，1小时内到场，2小时内恢复；
2．二级故障（单个模块或接口异常）：30分钟内响应，8小时内解决；
3．三级故障（一般问题）：1个工作日内解决。
（三）乙方未达到上述服务水平的，按以下标准扣减服务费：一级故障响应或恢复每超时一小时扣减¥1,000；月度可用率每低于约定值0.01个百分点扣减¥500；当季扣减总额不超过当季服务费的20%。
（四）乙方应于每月5日前提交上月运维报告，包括可用率统计、故障清单、处理时长、巡检发现的问题及整改情况。
（五）对于重复发生的同类故障，乙方应在五个工作日内提交根因分析报告和整改措施。
（六）乙方应建立故障工单台账，甲方可随时查阅。

第六条 考核与验收
（一）甲方每季度按附件《运维服务考核表》对乙方进行考核，考核项目包括故障响应及时率、问题解决率、巡检报告提交率、用户满意度。
（二）考核得分八十分以上的为合格；不合格的，甲方可按考核表扣减当季服务费，乙方应提交整改方案。
（三）服务期满时，甲方依据全年考核结果、文档交付情况及系统运行状况进行年度验收，并出具验收意见。年度验收不合格的，乙方应限期整改并提交整改报告。考核和验收结果作为甲方后续采购时评价供应商的依据。

第七条 数据安全
（一）门诊系统中的患者信息、诊疗记录、皮肤影像和收费数据均属于甲方，乙方仅为提供运维服务而接触，不得用于任何其他目的。
（二）乙方运维人员须签署个人承诺书，通过甲方堡垒机访问系统，操作全程记录；不得将数据复制、导出或带离甲方网络，确需导出的须经甲方信息科书面批准。
（三）乙方应遵守《个人信息保护法》《数据安全法》及医疗卫生机构网络安全管理要求。发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方，配合处置，并承担因乙方原因造成的全部损失。
（四）服务期满或合同解除时，乙方应移交全部账号、文档及运维工具中保存的甲方配置信息，删除乙方持有的任何甲方数据，并出具删除承诺。
（五）乙方应配合甲方开展数据安全检查和风险评估，对发现的问题及时整改。

第八条 保密
乙方对在服务中知悉的甲方内部管理信息、患者隐私及其他非公开信息负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。乙方人员离职的，乙方应确保其继续履行保密义务。

第九条 知识产权
乙方在服务期内为甲方编写的报表、脚本、接口适配程序及运维文档，知识产权归甲方所有，甲方可自由使用和修改。乙方保证其提供的服务成果不侵犯第三方知识产权。

第十条 人员与分包
（一）乙方应指定一名项目经理和不少于两名专职工程师，人员变更须提前十日书面通知甲方并经甲方同意。
（二）乙方不得将本合同项下服务分包或转包。
（三）乙方驻场人员应遵守甲方的院感管理、考勤及工作制度，着装整齐，佩戴工作证。
（四）乙方驻场工程师须具备三年以上医疗信息系统运维经验。

第十一条 违约责任
（一）乙方未按第四条约定时间完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方连续两个季度考核不合格的，甲方有权解除合同。
（三）乙方未按第五条提交运维报告的，每次扣减¥500。

第十二条 合同解除
乙方严重违反本合同约定，经甲方书面通知后七日内未改正的，甲方有权解除本合同，并要求乙方赔偿损失。合同解除的，甲方按乙方实际提供服务的期间结算服务费，并有权扣除相应扣减款和违约金。

第十三条 甲方义务
（一）甲方应指定信息科一名联系人，负责工作协调和服务确认；
（二）甲方应为乙方驻场人员提供必要的办公场所和网络条件；
（三）甲方应及时向乙方提供系统变更、医保政策调整等信息；
（四）甲方应按约定支付服务费。

第十四条 不可抗力
因不可抗力致使一方不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任。不可抗力期间，乙方仍应尽力协助甲方保障门诊基本业务运行。

第十五条 廉洁
乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将乙方列入本单位供应商不良记录。

第十六条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。诉讼期间，除争议事项外，双方应继续履行合同。

第十七条 其他
本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。附件：运维服务考核表、系统清单。附件与本合同具有同等效力。

甲方（盖章）：                    乙方（盖章）：
"""

# ----------------------------------------------------------------------------------------------------------------
# z05  青花瓷工坊 绘制与烧成追溯软件 licence + 定制开发, supplier's template  (.md, ## 第X条, markdown price table)
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 窑迹®陶瓷生产追溯系统软件许可及开发合同

**（景德镇窑迹软件科技有限公司标准合同文本 V3.0）**

合同编号：YJ-HT-2027-0117

甲方：景德镇青岚青花瓷工坊有限公司

乙方：景德镇窑迹软件科技有限公司

甲方拟采购乙方“窑迹®”陶瓷生产追溯系统，并委托乙方进行定制开发。双方在平等自愿基础上，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供窑迹®陶瓷生产追溯系统软件许可（含坯体登记、青花绘制工序记录、施釉、装窑、烧成曲线采集、出窑分级和成品追溯模块）。

1.2 乙方按甲方需求进行定制开发：画师工单与计件管理、窑炉温度曲线自动采集对接、单件器物二维码追溯页面、残次品原因分析报表。追溯页面支持消费者扫码查看器物的画师、绘制日期、烧成窑次和检验结果。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 定制开发需求以双方签字确认的需求说明书为准，需求说明书确认后甲方提出的修改视为新需求。

1.5 系统运行环境：甲方应自行准备服务器、数据库软件、网络及窑炉数据采集所需的网关设备，具体配置要求见乙方提供的环境说明。

1.6 许可范围为一个工坊、不超过八十个并发用户；增加用户或工坊的，按乙方报价另行购买许可。

1.7 本合同所称“上线”，指乙方完成系统部署并向甲方开通正式账号。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 窑迹®陶瓷生产追溯系统软件许可（永久） | 720,000 |
| 2 | 定制开发 | 160,000 |
| 3 | 部署实施及培训 | 60,000 |
| | 合计 | 940,000 |

合同总价为人民币玖拾肆万元整（¥940,000），为含税价。上述价格不含甲方服务器、数据库、网络设备及第三方软件费用，不含乙方人员在景德镇市以外的差旅费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

3.4 乙方收到款项后开具增值税普通发票；甲方需专用发票的，应在付款前告知乙方。

## 第四条 交付

4.1 乙方在收到首期款后七十五日内完成系统部署及定制开发，具备上线条件。

4.2 因甲方未及时提供需求确认、现场条件或基础数据造成延期的，交付期限相应顺延。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.4 交付内容包括：安装程序、系统管理员账号和用户操作手册。源代码及开发文档不属于交付范围。

4.5 项目实施期间，乙方现场实施人员不少于两人。

4.6 甲方延期提供上线条件超过三十日的，视为乙方已完成交付。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行后，即视为甲方验收合格。

5.2 上线后甲方提出的新需求，双方另行协商，费用另计。

5.3 甲方在上线前提出的测试问题，乙方在免费维护期内处理。

## 第六条 免费维护

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 免费维护期内，一级故障（系统无法登录或烧成数据无法采集）乙方在8小时内响应，其他故障在2个工作日内响应。

6.3 乙方将尽力排除故障，但对故障处理时间不作承诺，亦不因响应或修复延误承担扣款、赔偿或违约金。

6.4 免费维护期内乙方提供工作日每天八小时（法定节假日除外）的远程支持。现场服务按乙方收费标准另行计费。

6.5 故障响应时间自乙方客服登记受理之时起计算。

## 第七条 维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护服务协议，年度维护费为软件许可费的25%，即每年人民币180,000元。

7.2 年度维护服务包括远程支持、缺陷修复和标准版本升级，不含新功能开发。

7.3 甲方未续签维护协议的，乙方不再提供任何技术支持和版本升级。

7.4 年度维护费在每个维护年度开始前一次性支付。

7.5 维护协议按维护年度签订，甲方应在每个维护年度届满前续签。

## 第八条 知识产权

8.1 窑迹®系统及其相关文档的知识产权归乙方所有。

8.2 本合同项下定制开发的功能模块、报表、接口程序及源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。

8.3 甲方不得将系统或定制功能交由第三方维护或二次开发，否则乙方不再承担维护义务。

## 第九条 数据安全与归属

9.1 甲方在系统中录入和产生的生产数据、画师信息及客户订单信息归甲方所有，乙方不得用于履行本合同以外的目的。

9.2 系统部署于甲方服务器。乙方远程维护须经甲方同意，操作应留有记录；乙方应采取必要的技术措施防止数据泄露、丢失和篡改，发现安全事件应在二十四小时内通知甲方，因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

9.3 合同终止后，应甲方要求，乙方协助导出甲方数据，导出服务按乙方收费标准收费。

9.4 甲方应自行做好服务器数据备份，因甲方未备份造成的数据丢失，乙方不承担责任。

## 第十条 保密

双方对本合同内容及履约中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得披露。保密期限为本合同终止后三年。

## 第十一条 甲方义务

11.1 甲方应指定项目联系人，在乙方提出需求确认、资料提供或配合请求后三个工作日内予以答复。

11.2 甲方应按乙方要求提供坯体编码规则、画师名册、窑炉参数等基础数据，并对数据的真实性、准确性负责。

11.3 甲方应妥善保管系统账号和密码，因甲方原因造成的数据丢失或损失由甲方自行承担。

11.4 甲方不得将系统用于本合同约定范围以外的工坊或关联公司。

## 第十二条 培训

乙方在系统上线前为甲方提供一次集中培训，培训对象为甲方系统管理员和各工序班组长，培训人数不超过二十人，培训时长不超过两天。超出部分按乙方收费标准另行计费。培训教材由乙方提供，电子版可由甲方内部复制使用。

## 第十三条 违约与解除

13.1 任何一方违反本合同约定的，应承担相应的违约责任。

13.2 一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权解除本合同。

13.3 乙方对间接损失、利润损失不承担责任。

13.4 因不可抗力或非乙方原因（包括电力中断、网络故障、甲方硬件故障、第三方软件缺陷）导致系统不能正常运行的，乙方不承担责任。

13.5 甲方逾期付款超过三十日的，乙方有权暂停实施或维护服务。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼费、律师费由败诉方承担。

## 第十五条 其他

15.1 本合同为乙方标准文本，双方另有约定的以补充协议为准。

15.2 双方的通知以书面形式发送至本合同首页所列地址，或通过双方项目联系人的电子邮件发送。

15.3 本合同附件：功能清单、定制开发需求说明、运行环境说明。附件与本合同具有同等效力。

15.4 本合同一式两份，双方各执一份，自双方签章之日起生效。传真件、扫描件与原件具有同等效力。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：　　　　　　　　　　　　日期：
"""

# ----------------------------------------------------------------------------------------------------------------
# e01  perpetual licence + services, vendor in Sukkur (Pakistan law)  (.pdf, Article N with N.N)
# ----------------------------------------------------------------------------------------------------------------
E01 = """
T:Software Licence and Services Agreement
P:Agreement No. ILS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Indus Loomsoft (Private) Limited, a company incorporated in Pakistan with its registered office at Military Road, Sukkur, Sindh (the "Vendor"), and Changzhou Huafang Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer").
P:The Vendor owns the LoomPlan production planning and fabric quality software. The Customer wishes to obtain a perpetual licence to LoomPlan for its weaving and finishing mills and to engage the Vendor to implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the LoomPlan modules listed in Article 3, in object code, with the documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, mill-specific planning rules, data-migration scripts and configuration files that the Vendor creates specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or processed with the Software by or for the Customer, including orders, loom schedules, yarn lots, inspection results and personnel records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.4 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 150 named users at the Customer's mills and offices in mainland China, including for backup, testing and disaster recovery.
P:2.2 The Customer may transfer the licence to an affiliate that takes over the relevant mill, by written notice to the Vendor.
P:2.3 The Customer shall not decompile the Software except as permitted by applicable law.
H:Article 3 Scope of Services
P:3.1 The Vendor shall deliver and install the following modules: order entry and capacity planning; loom scheduling; yarn and beam inventory; fabric inspection and grading; finishing-line tracking; and management reporting.
P:3.2 The Vendor shall configure the Software for the Customer's two weaving mills and one finishing mill, build interfaces to the Customer's ERP system and its loom monitoring system, migrate open orders, item masters and three years of inspection history, and train the Customer's key users and administrators.
P:3.3 The Vendor shall deliver the services under a project plan agreed within fifteen days after signature. The implementation shall be completed, and the Software ready for user acceptance testing, within one hundred and twenty days after signature.
H:Article 4 Price
P:4.1 The total price is CNY 1,530,000, made up of: licence fee CNY 1,120,000; implementation and interfaces CNY 310,000; data migration CNY 58,000; and training CNY 42,000.
P:4.2 The price is fixed and includes all taxes, travel and living expenses of the Vendor's staff. The Customer shall not be charged any other amount for the scope described in Article 3.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the total price within thirty days after signature of this Agreement, against the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the total price within thirty days after the Customer signs the user acceptance test report.
P:5.3 The Customer shall pay 35% of the total price within thirty days after Final Acceptance.
P:5.4 All payments shall be made in CNY by bank transfer to the Vendor's account designated in its invoice.
H:Article 6 Testing and Acceptance
P:6.1 The Vendor shall submit a test plan for the Customer's approval. User acceptance testing shall be carried out by the Customer's users with the Vendor's support on the Customer's data.
P:6.2 The acceptance criteria are: every function in the agreed functional specification works as described; loom schedules for a full week of orders are generated within ten minutes; migrated records reconcile with the source systems without unexplained differences; the ERP and loom monitoring interfaces exchange data without error for ten consecutive working days; and no Severity 1 or Severity 2 defect is open.
P:6.3 After user acceptance testing, the Software shall run in production for sixty days. Final Acceptance shall be confirmed when no Severity 1 defect has occurred during that period and all agreed documentation has been delivered.
P:6.4 The Customer shall confirm Final Acceptance in writing, or state the failed criteria, within ten working days. Production use or payment does not by itself amount to acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new releases, and provide support free of charge.
P:7.2 Support is provided remotely in English and Chinese. A Severity 1 incident (the Software is unavailable or schedules cannot be produced at a mill) shall be responded to within one hour, twenty-four hours a day, and worked on continuously until a workaround is in place. Severity 2 incidents shall be responded to within two hours during business hours.
P:7.3 If the Vendor misses a response time for a Severity 1 incident, the Customer may deduct CNY 1,000 for each hour of delay from any amount due to the Vendor.
P:7.4 After the Warranty Period the Customer may order annual support at 11% of the licence fee (CNY 123,200 per year). This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them without restriction.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep copies after the work for which it was needed is finished.
P:9.2 The Software is installed on the Customer's servers in Changzhou. The Vendor shall access the Customer's systems only through the Customer's VPN, with individual accounts and multi-factor authentication, after approval by the Customer for each session. No Customer Data may be transferred outside mainland China.
P:9.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law when handling Customer Data, shall notify the Customer of any security incident affecting Customer Data within twelve hours of becoming aware of it, and shall be liable for the Customer's losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including prices, production volumes, designs and customer lists, and shall use it only to perform this Agreement. This obligation survives termination for five years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to make the Software ready for user acceptance testing by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Articles 9 and 10, infringement of third-party rights, wilful misconduct or personal injury.
P:11.3 Neither party is liable for indirect or consequential loss, except as stated in Article 11.2.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted.
P:13.3 The licence granted in Article 2 survives any termination after Final Acceptance.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Islamic Republic of Pakistan.
P:14.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties. If not settled within thirty days, it shall be finally resolved by arbitration in Karachi under the Arbitration Act 1940 by a sole arbitrator appointed by agreement of the parties. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement is the entire agreement between the parties on its subject matter. Any amendment must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:15.3 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disaster, war, epidemic or government action, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event continues for more than ninety days, either party may end the affected services by written notice.
P:Signed for the Vendor: ____________________  Signed for the Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02  SaaS order form (Part A A1-A6 + General Terms Part B), vendor in Gwadar  (.md, fee table)
# ----------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM — CARGOLENS CLOUD SUBSCRIPTION

Order Form No. CL-OF-2027-0093

This Order Form is entered into by Makran Digital Logistics (SMC-Private) Limited, Marine Drive, Gwadar, Balochistan, Pakistan ("Provider"), and Ningbo Haitong Supply Chain Management Co., Ltd., Beilun District, Ningbo, Zhejiang, People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties and Contacts

Provider contact: Head of Customer Success, Gwadar office. Customer contact: Director of Digital Operations, Ningbo head office. Notices must be sent in writing to the addresses above, with a copy by e-mail.

### A2. Subscribed Service

CargoLens is a cloud platform for shipment visibility. It tracks containers and break-bulk cargo across ocean, rail and road legs, consolidates carrier milestones, shows estimated arrival times, sends exception alerts and produces shipment performance dashboards. The subscription covers 60 named users, up to 18,000 active shipments per Subscription Year, integration with the Customer's transport management system through the CargoLens API, and standard carrier connectors for the ocean carriers listed in the onboarding plan. It also includes the standard web interface in English and Chinese, the mobile app, and up to five API keys for the Customer's systems.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Year 1 | annual fee, 60 users, 18,000 shipments | 268,000 |
| Subscription Year 2 | annual fee, 60 users, 18,000 shipments | 268,000 |
| Onboarding | one-time: configuration, TMS integration, carrier set-up, training | 34,000 |
| **Total Contract Value** | | **570,000** |

Shipments above the annual allowance are charged at CNY 6 per shipment and are invoiced separately; they are not part of the Total Contract Value. All amounts include applicable taxes.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after the Customer signs the Go-Live Certificate under Section 4 of Part B. (b) The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter of service. (c) The Customer pays each correct invoice within thirty days of receipt by bank transfer in CNY. No amount is payable before the Service is made available.

### A5. Subscription Term

The Subscription Term starts on the date of the Go-Live Certificate and runs for two Subscription Years. It ends automatically at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; no automatic renewal applies.

### A6. Special Terms

(a) Onboarding shall be completed within sixty days after signature of this Order Form. (b) If Onboarding is not completed by that date for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay, up to CNY 30,000 in total. (c) All Customer Data is hosted in Provider's tenancy with a licensed cloud provider in its Shanghai region; no Customer Data is stored or processed outside mainland China.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the CargoLens platform and API made available to Customer under the Order Form. 1.2 "Customer Data" means all data submitted to the Service by or for Customer, including shipment records, consignee and shipper details, documents and user data, and any output derived only from it. 1.3 "Subscription Year" means each consecutive period of three hundred and sixty-five days starting on the Go-Live date. 1.4 "Customer Configurations" means reports, dashboards, alert rules and mappings created for Customer during Onboarding or later at its request.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer during the Subscription Term in accordance with the documentation and shall use commercially reasonable efforts to keep it available, apart from planned maintenance, which Provider will normally carry out at weekends. 2.2 Provider shall provide support through its online helpdesk and by e-mail during business hours in Pakistan and will address reported issues in the order it considers appropriate. 2.3 Provider may improve the Service from time to time but shall not materially reduce its functions during the Subscription Term.

### 3. Customer Responsibilities

3.1 Customer is responsible for the accuracy of the data it submits and for the conduct of its users. 3.2 Customer shall keep passwords secure and notify Provider promptly of any unauthorised use. 3.3 Customer shall not use the Service to store unlawful content, attempt to access other tenants' data, or run load tests against the API without Provider's agreement.

### 4. Onboarding and Go-Live

4.1 Provider shall complete Onboarding in accordance with the onboarding plan. 4.2 Go-Live tests shall demonstrate that: all 60 users can log in with the agreed roles; shipment data from the Customer's TMS is received and updated without error for five consecutive working days; carrier milestones are received for at least the carriers named in the plan; and the agreed dashboards and alerts work as specified. 4.3 When the tests are passed Customer shall sign a Go-Live Certificate. Use of the Service before that date is a trial and does not amount to acceptance.

### 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, license or aggregate it for any other customer or for product development. 5.2 Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to named personnel on a need-to-know basis and keep access logs for at least one hundred and eighty days. 5.3 Provider shall notify Customer of any security breach affecting Customer Data within twenty-four hours, take immediate steps to contain it, and compensate Customer for losses caused by Provider's failure to comply with this Section. 5.4 On expiry or termination Provider shall return Customer Data in CSV format within thirty days and then delete it.

### 6. Intellectual Property

6.1 Provider owns the Service and all its improvements. 6.2 Customer Configurations belong to Customer, and Customer may use, copy and modify them freely, including after the Subscription Term. 6.3 Provider warrants that the Service does not infringe third-party intellectual property rights and shall defend Customer against any such claim at its own cost.

### 7. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties. These obligations continue for three years after the Subscription Term.

### 8. Subcontractors

Provider shall not subcontract any part of the Service, other than the hosting provider named in the onboarding plan, without Customer's prior written consent.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect, incidental or consequential loss, or for loss of profit or goodwill. 9.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months before the event giving rise to the claim. 9.3 Section 9.2 does not limit Provider's liability under Section 5 for a security breach caused by its failure to comply with that Section.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach that is not remedied within thirty days after notice. 10.2 If Customer terminates under Section 10.1, Provider shall refund any fees paid for the period after termination. 10.3 On expiry or termination, Customer shall pay for the Service provided up to the effective date, less any amount already paid.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The arbitral award is final and binding on both parties.

### 12. General

12.1 This Order Form is the entire agreement of the parties on its subject matter. 12.2 Neither party may assign it without the other's written consent. 12.3 It is signed in two originals in English. 12.4 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disaster, war, epidemic, failure of public networks or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. 12.5 Each party shall comply with applicable anti-bribery laws, including the PRC Anti-Unfair Competition Law, and shall not offer any improper payment or benefit to the other party's staff. 12.6 Notices under this Order Form must be in writing and delivered by courier or e-mail to the contacts in A1; a notice sent by e-mail takes effect when the recipient confirms receipt. 12.7 Fees are stated inclusive of all taxes; if PRC withholding tax applies to any payment, Customer may deduct it and shall give Provider the official tax receipt.

Provider: ______________________  Customer: ______________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e03  grain-silo sensors + monitoring licence, buyer's paper, vendor in Bahawalpur  (.docx, 1. / 1.1, price table)
# ----------------------------------------------------------------------------------------------------------------
E03 = """
T:Purchase Contract for Grain Storage Monitoring Sensors and Software
P:Contract No. ZYGC-2027-SB-027
P:Buyer: Henan Zhongyuan Grain Reserve Storage Co., Ltd., Jinshui District, Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Cholistan Sensing Technologies (Private) Limited, Model Town A, Bahawalpur, Punjab, Pakistan (the "Supplier").
P:The Buyer operates grain depots with flat warehouses and steel silos. It wishes to replace the wired temperature measuring system in three depots with wireless multi-point sensing and a central monitoring platform. After a competitive negotiation the Supplier was selected. The parties agree as follows, on the Buyer's standard purchase terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission multi-point digital temperature cables, wireless gateways, humidity and phosphine gas sensors, and a perpetual licence for the GrainWatch monitoring software, as listed in Clause 2, at the Buyer's depots in Zhoukou, Xinxiang and Nanyang.
P:1.2 The monitoring platform shall show grain temperature, moisture and gas readings for every storage bin, raise alarms for abnormal heating and gas levels, produce the inspection records required by the grain storage regulations, and exchange data with the Buyer's provincial grain management system through the agreed interface.
P:1.3 The Supplier shall also configure the depot dashboards and alarm rules and provide training for depot keepers and the Buyer's IT staff, with two sessions at each depot and one session at the Buyer's head office.
P:1.4 The Supplier shall install the equipment in accordance with the national standard for grain condition monitoring and the Buyer's technical specification. Cables shall be suspended from the roof trusses or silo roofs at the spacing shown in the layout drawings approved by the Buyer.
H:2. Price
P:2.1 The Contract Price is CNY 1,180,000, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point digital temperature cable|1,200|420|504,000
TB:2|Wireless gateway with solar power kit|40|3,600|144,000
TB:3|Humidity and phosphine gas sensor|160|1,150|184,000
TB:4|GrainWatch monitoring software, perpetual licence (3 depots)|1|236,000|236,000
TB:|Equipment and Licence Subtotal|||1,068,000
TB:5|Installation and commissioning|1 lot|96,000|96,000
TB:6|Training|1 lot|16,000|16,000
TB:|Contract Price|||1,180,000
P:2.2 The Contract Price is fixed and includes delivery to each depot, customs clearance, import duties, insurance, installation, taxes and all other costs of the Supplier.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within twenty days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price after all equipment has been delivered and installed at the three depots. Delivery and installation do not amount to acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
P:3.4 All payments shall be made in CNY by bank transfer. The Supplier shall provide an invoice complying with PRC tax rules for each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within seventy-five days after signature and complete installation within thirty days after delivery. Installation in bins that contain grain shall follow the Buyer's depot safety rules, including fumigation clearance and work-at-height permits.
P:4.2 The equipment shall be packed for long-distance sea and road transport and marked with the contract number, the destination depot and the package number. Each shipment shall be accompanied by a packing list, a certificate of origin, the manufacturer's quality certificate and the test reports of the sensors.
P:4.3 Before delivery, the Supplier shall calibrate every temperature cable and gas sensor and provide calibration records showing the serial number of each item.
P:4.4 The Supplier shall bear the risk of loss of the equipment until it has been delivered to the depot and signed for by the Buyer's depot keeper.
H:5. Acceptance
P:5.1 Final Acceptance shall take place after a trial operation of forty-five days at all three depots. The acceptance criteria are: every installed sensor reports to the platform; measured temperatures differ from reference thermometer readings by no more than 0.5 degrees Celsius at the sampled points; gas readings agree with the Buyer's portable detector within the tolerance in the technical specification; no gateway loses data for more than two hours during the trial; and alarms and inspection records work as specified.
P:5.2 The Buyer shall issue a Final Acceptance Certificate within ten working days after the criteria are met, or state in writing which criteria are not met. The Supplier shall correct the defects at its own cost and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and software for thirty-six months after Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including transport, and supply software updates.
P:6.2 A Severity 1 fault (a depot platform or more than one gateway is down, or alarms are not raised) shall be responded to within two hours and repaired within two days. Other faults shall be responded to within one working day.
P:6.3 If the Supplier misses a response time for a Severity 1 fault, it shall pay the Buyer CNY 600 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Supplier shall provide annual maintenance on the Buyer's request at 7% of the Equipment and Licence Subtotal (CNY 74,760 per year). This fee is fixed for the first two years after the warranty period, and maintenance is ordered year by year.
P:6.5 During the warranty period the Supplier shall keep a stock of spare cables, gateways and sensors at a warehouse in Zhengzhou so that failed items can be replaced within the repair time in Clause 6.2. For ten years after Final Acceptance it shall supply spare parts at prices no higher than the unit prices in Clause 2.
H:7. Intellectual Property
P:7.1 The GrainWatch software remains the property of the Supplier, and the Buyer receives a perpetual licence to use it at its depots.
P:7.2 Dashboards, alarm rule sets, the provincial interface program and reports developed for the Buyer under this Contract belong to the Buyer. The Supplier shall hand over their source files, and the Buyer may use and modify them freely.
P:7.3 The Supplier warrants that the equipment and software do not infringe any third-party intellectual property right and shall indemnify the Buyer against claims of infringement.
H:8. Buyer Data
P:8.1 All readings, alarms, inspection records and other data collected by the equipment or stored in the platform belong to the Buyer. The Supplier may use them only to perform this Contract.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's depots, grain stocks, storage conditions and business that it receives under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues after the end of this Contract.
H:10. Delay
P:10.1 If the Supplier fails to deliver or to complete installation by the dates in Clause 4.1, it shall pay the Buyer delay damages of 0.03% of the Contract Price for each day of delay.
P:10.2 The Buyer may deduct delay damages from any payment due to the Supplier.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. Approved subcontractors shall follow the Buyer's depot safety rules, and the Supplier remains fully responsible for their work.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after the Buyer's notice, or if the delay in delivery exceeds sixty days.
P:12.2 The Buyer may also terminate this Contract if the Supplier becomes insolvent or ceases to carry on business.
P:12.3 On termination the Supplier shall refund the payments received for equipment or services not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be settled by negotiation. If negotiation fails, either party may submit the dispute to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:14. Miscellaneous
P:14.1 The technical specification, the Supplier's quotation and the training plan are annexes to this Contract. In case of conflict, this Contract prevails.
P:14.2 A party prevented from performing by force majeure, such as earthquake, flood, war or epidemic, shall notify the other party within five days and provide evidence. The time for performance shall be extended by the period of delay. If force majeure lasts more than sixty days, the parties shall discuss whether to continue the Contract.
P:14.3 Notices shall be in writing and sent to the addresses above by courier, or by e-mail with confirmation of receipt.
P:14.4 The Supplier shall not offer any commission, gift or other benefit to the Buyer's employees. A breach of this clause entitles the Buyer to terminate this Contract.
P:14.5 This Contract is signed in English and Chinese in four originals. Both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04  managed services over 36 months, vendor in Larkana  (.md, Sections + Schedules 1-3 as tables)
# ----------------------------------------------------------------------------------------------------------------
E04 = """# Managed Infrastructure Services Agreement

Agreement No. MIS-2027-SZ-08

**Between** Suzhou Lianke Precision Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu, People's Republic of China (the "Customer"), **and** Mohenjo Cloudworks (Private) Limited, VIP Road, Larkana, Sindh, Pakistan, acting together with its registered branch office in Suzhou (the "Provider").

The Customer operates four plants and a head office in Suzhou and Kunshan. It wishes to outsource the monitoring and operation of its servers, storage, network and backup systems to the Provider. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.
1.2 "Service Levels" means the measures in Schedule 2.
1.3 "Charges" means the amounts in Schedule 3.
1.4 "Service Commencement" means the date on which the Customer signs the Transition Acceptance Certificate under Section 4.
1.5 "Customer Data" means all data of the Customer, its employees and customers held in or passing through the managed systems, including configuration data and logs.

## Section 2. Term

2.1 The Services shall be provided for thirty-six months from Service Commencement.
2.2 This Agreement ends at the end of the term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## Section 3. Services

3.1 The Provider shall perform the Services in accordance with Schedule 1 and good industry practice, using the ITIL processes agreed in the service manual.
3.2 Remote monitoring is carried out from the Provider's operations centre through the Customer's jump servers. On-site work in Suzhou and Kunshan is performed by engineers of the Provider's Suzhou branch.
3.3 The Provider shall keep the service manual, asset register and network diagrams up to date and give the Customer full access to them.
3.4 The parties shall hold a monthly service review meeting on performance against the Service Levels, incidents, changes and planned work, and a quarterly review with the Customer's IT director on improvements and risks. The Provider shall prepare minutes of each meeting.
3.5 The Provider shall advise the Customer at least six months in advance of any hardware or software in scope reaching the end of its vendor support.

## Section 4. Transition and Acceptance

4.1 The Provider shall complete transition within seventy days after signature. Transition includes discovery of all in-scope systems, installation of monitoring agents, knowledge transfer from the incumbent provider, set-up of the ticketing workflow and a documented run book for every critical system.
4.2 Transition acceptance criteria: (a) every system in the asset register is monitored and produces alerts in the Customer's ticketing tool; (b) backup jobs for all critical systems complete successfully for ten consecutive days; (c) run books are approved by the Customer's IT manager; (d) a restore test of one critical database succeeds within the time in Schedule 2; and (e) a two-week parallel run with the incumbent provider is finished without a missed Priority 1 alert.
4.3 When the criteria are met, the Customer shall sign the Transition Acceptance Certificate within five working days, or state in writing which criteria are not met.
4.4 During transition the Provider shall not change any production system without the Customer's approval.
4.5 If Service Commencement is delayed beyond the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## Section 5. Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 2. Performance is reported monthly.
5.2 If a Service Level is missed, the Provider shall credit the amount set out in Schedule 2 against the next invoice. Credits do not limit the Customer's other rights.
5.3 The Provider shall carry out a root-cause analysis for every Priority 1 incident and submit it within five working days.

## Section 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 1,760,000.
6.2 The transition fee is invoiced after Service Commencement. The monthly service charge is invoiced quarterly in arrears, for the three months just ended. The Customer shall not pay any amount before Service Commencement.
6.3 The Customer shall pay each correct invoice within thirty days after receipt. Charges are fixed for the whole term.

## Section 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider may access and use it only to perform the Services.
7.2 The Provider shall comply with the Customer's information security policies, the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Access to the Customer's systems shall be through named accounts with multi-factor authentication and session recording. Customer Data shall not be copied outside the Customer's systems or transferred outside mainland China.
7.3 The Provider shall report any security incident affecting Customer Data to the Customer within two hours of becoming aware of it, take all necessary steps to contain it, and compensate the Customer for losses caused by the Provider's breach of this Section.

## Section 8. Confidentiality

Each party shall keep the other party's confidential information secret and use it only to perform this Agreement. This includes the Customer's network designs, passwords, product information and production data. The obligation survives for five years after the end of this Agreement.

## Section 9. Intellectual Property

The Provider keeps its monitoring tools and know-how. Run books, scripts, automation, reports and documentation prepared for the Customer under this Agreement belong to the Customer, which may use and modify them without restriction, including with a successor provider. The Provider warrants that its tools and deliverables do not infringe third-party rights.

## Section 10. Personnel and Subcontracting

10.1 The Provider shall name a service delivery manager and shall not replace key personnel without reasonable notice to the Customer.
10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## Section 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.
11.2 The limit in Section 11.1 does not apply to breach of Sections 7 and 8, wilful misconduct or gross negligence.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within twenty days after notice, or if the Provider misses the same Priority 1 Service Level in three consecutive months.
12.2 On expiry or termination, the Provider shall give exit assistance for up to sixty days at the rates in Schedule 3, return all Customer Data and documentation, and delete its copies. Exit assistance includes knowledge transfer to the Customer's successor provider and a joint review of open incidents and changes.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Section 14. Force Majeure

Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disaster, epidemic, war or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. Service Levels are suspended for the affected systems while the event lasts.

## Section 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter.
15.2 Changes must be in writing and signed by both parties.
15.3 Notices shall be sent to the addresses above by courier or e-mail.
15.4 Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Monitoring | 420 servers, 9 storage arrays, core and plant network, firewalls | 24 x 7 |
| Incident management | Diagnosis, restoration and escalation to vendors | 24 x 7 |
| Backup and restore | Daily backups, monthly restore tests, tape rotation | 24 x 7 |
| Patch management | Monthly operating-system and firmware patching in agreed windows | Business hours |
| Change management | Standard changes up to 60 per month | Business hours |
| On-site support | Two engineers in Suzhou, one in Kunshan | Business hours |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident response | 15 minutes | 2% of the monthly charge per miss |
| Priority 1 restoration | 3 hours | 3% of the monthly charge per hour late |
| Priority 2 incident response | 30 minutes | 1% of the monthly charge per miss |
| Monitoring platform availability | 99.95% per month | 5% of the monthly charge |
| Critical database restore test | within 2 hours | 2% of the monthly charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 86,000 |
| Monthly service charge | 46,500 x 36 months | 1,674,000 |
| Total Contract Value | | 1,760,000 |
| Exit assistance | per engineer day | 2,400 |
| Additional changes above 60 per month | per change | 650 |

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05  market-data API subscription, two Subscription Years, vendor in Turbat  (.txt, upper-case headings)
# ----------------------------------------------------------------------------------------------------------------
E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. KAD-DS-2027-005

This Data Subscription Agreement is made between:

Kech Agri Data (Private) Limited, Main Bazaar Road, Turbat, Kech District, Balochistan, Pakistan ("Provider"); and

Xiamen Haiyue Agricultural Trading Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer").

BACKGROUND

Provider collects and publishes daily wholesale prices, arrival volumes and crop-condition indices for dates, rice, cotton, chillies and onions in Pakistan and Gulf markets. Customer imports and trades these products and wishes to receive the data through Provider's API for use in its purchasing and risk systems. Customer's purchasing team in Xiamen and its trading subsidiaries in Guangzhou and Qingdao will use the Data.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, updated on each business day, together with historical series from 2015.
1.2 "API" means Provider's REST interface through which the Data is delivered.
1.3 "Subscription Year" means each of the two consecutive periods of three hundred and sixty-five days starting on the Start Date.
1.4 "Start Date" means the date on which Customer signs the Integration Acceptance Certificate.
1.5 "Customer Content" means all queries, watch lists, portfolios, uploaded files and other information that Customer or its users submit through the API or the web portal.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data through the API and the web portal, to store it in Customer's internal systems, and to use it for Customer's own business, including internal reports and models.
2.2 Customer may share extracts of the Data with its affiliates in mainland China and with its auditors, but shall not resell the Data as such.
2.3 The Subscription Term is two Subscription Years from the Start Date. It ends automatically at the end of the second Subscription Year; any renewal needs a new signed agreement.

3. ONBOARDING AND INTEGRATION ACCEPTANCE

3.1 Provider shall provide API credentials, sample files and integration support, and shall build the custom Gulf-market price basket and product mapping tables described in Schedule A.
3.2 Provider shall use reasonable efforts to complete onboarding within forty-five days after signature.
3.3 Integration acceptance criteria: (a) all datasets in Schedule A are delivered through the API in the agreed format; (b) daily updates arrive by 09:00 Beijing time for ten consecutive business days; (c) the historical series reconcile with the sample files supplied before signature; and (d) the custom price basket is calculated as specified.
3.4 Customer shall sign the Integration Acceptance Certificate within five business days after the criteria are met, or state in writing which criteria are not met. Access to test data before that date does not amount to acceptance.
3.5 Provider shall name an integration manager who speaks English or Chinese and is available during Beijing business hours until the Start Date.

4. FEES AND PAYMENT

4.1 The fees are: subscription fee CNY 248,000 for each Subscription Year (CNY 496,000 for two Subscription Years), and a one-time setup fee of CNY 22,000. The total contract value is CNY 518,000.
4.2 The setup fee is invoiced after the Start Date. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter of service.
4.3 Customer shall pay each correct invoice within thirty days after receipt, in CNY, by bank transfer. Fees are fixed for the whole Subscription Term.
4.4 Provider shall issue invoices acceptable to Customer for PRC tax purposes. If PRC withholding tax applies, Customer may withhold it and shall give Provider the tax receipt.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out outside the hours of 07:00 to 20:00 Beijing time.
5.2 A Severity 1 incident means the API is unavailable, or the daily update has not arrived by 11:00 Beijing time. Provider shall respond to a Severity 1 incident within one hour at any time of day and keep working on it until it is resolved. Severity 2 incidents shall be responded to within one business day.
5.3 If the monthly availability falls below the level in Clause 5.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for every started 0.1 percentage point of shortfall, up to 25%. For every business day on which the daily update arrives after 11:00 Beijing time, Customer receives a credit of CNY 800. Credits are set off against the next invoice.

6. CUSTOMER CONTENT AND DATA SECURITY

6.1 Customer Content belongs to Customer. Provider may use it only to provide the API and the portal to Customer and shall not use it to build products, indices or analyses for others.
6.2 Provider shall host the API for Customer through a data centre in mainland China, encrypt Customer Content in transit and at rest, restrict access to authorised staff and keep access logs for at least six months.
6.3 Provider shall notify Customer of any unauthorised access to Customer Content within twenty-four hours, take immediate steps to contain it and compensate Customer for losses caused by Provider's failure to comply with this Clause 6.
6.4 Provider shall cooperate with security assessments reasonably requested by Customer, including an annual questionnaire and a review of its access logs.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data, the API and its general databases.
7.2 The custom price basket definition, the product mapping tables and any reports prepared specifically for Customer under Schedule A belong to Customer, which may use, modify and license them freely, also after the Subscription Term.

8. CONFIDENTIALITY

Each party shall keep the other party's confidential information secret and use it only for this Agreement. Customer's purchasing volumes, watch lists and pricing models are Customer's confidential information. This obligation continues for three years after the end of this Agreement.

9. SUBCONTRACTING

Provider shall not subcontract the delivery of the Data or the API, other than to its mainland-China hosting provider named in Schedule A, without Customer's prior written consent.

10. WARRANTIES

10.1 Provider warrants that it collects the Data by lawful means and has the right to license it.
10.2 Provider shall correct errors in the Data that Customer reports within two business days and re-send the corrected records.
10.3 Provider shall publish a description of its methods for each index and notify Customer at least thirty days before any change in method, market coverage or data format.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for breach of Clauses 6 and 8 and infringement of third-party rights, which are not limited.
11.2 Neither party is liable for indirect loss or loss of profit, including trading losses arising from decisions based on the Data.

12. DURATION AND TERMINATION

12.1 This Agreement is a fixed-term commitment for two Subscription Years. Neither party may terminate it before the end of the second Subscription Year.
12.2 If a party fails to perform its obligations, the other party's remedies are the service credits under Clause 5, specific performance and damages, subject to Clause 11. Such a failure does not entitle either party to end this Agreement early.
12.3 On expiry, Provider shall return or delete Customer Content as Customer instructs within thirty days.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding.

14. GENERAL

14.1 This Agreement, with Schedule A, is the entire agreement of the parties on its subject matter. Changes must be in writing and signed by both parties.
14.2 Notices shall be sent to the addresses above by courier, with a copy by e-mail.
14.3 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disaster, war, epidemic, failure of internet backbone networks or government action. The affected party shall notify the other party promptly and resume performance as soon as possible.
14.4 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.
14.5 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to the other party's employees.
14.6 This Agreement is made in English in two originals.

SCHEDULE A - DATASETS AND CUSTOM WORK

A.1 Daily wholesale prices and arrival volumes for dates, rice, cotton, chillies and onions in 22 Pakistani markets and 6 Gulf markets.
A.2 Weekly crop-condition indices for the main growing districts, from satellite and field reports.
A.3 Historical series from 2015, with revisions.
A.4 Custom Gulf-market price basket for the Customer's eight main date varieties, with product mapping tables to the Customer's item codes.
A.5 Hosting provider: a licensed cloud provider in the Shanghai region.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# Targets, labels and checks
# ----------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, source)
    "h790z01": ("h790z01_ocean_bureau_green_tide_monitoring_platform.pdf", "pdf", Z01),
    "h790z02": ("h790z02_floss_factory_coating_spooling_line_retrofit.docx", "docx", Z02),
    "h790z03": ("h790z03_frisbee_club_chain_booking_membership_saas.txt", "txt", Z03),
    "h790z04": ("h790z04_dermatology_hospital_outpatient_system_om.txt", "txt", Z04),
    "h790z05": ("h790z05_porcelain_workshop_firing_tracking_supplier_template.md", "md", Z05),
    "h790e01": ("h790e01_textile_planning_perpetual_licence_sukkur_vendor.pdf", "pdf", E01),
    "h790e02": ("h790e02_cargo_visibility_saas_order_form_gwadar_vendor.md", "md", E02),
    "h790e03": ("h790e03_grain_silo_sensors_monitoring_licence_bahawalpur.docx", "docx", E03),
    "h790e04": ("h790e04_managed_infrastructure_services_larkana_vendor.md", "md", E04),
    "h790e05": ("h790e05_agri_market_data_api_subscription_turbat_vendor.txt", "txt", E05),
}

# price sums (asserted)
PRICES = {
    "h790z01": ([860000, 540000, 124000, 36000], 1560000),
    "h790z02": ([276000, 252000, 168000, 74000, 54000, 212000, 148000, 26000], 1210000),
    "h790z03": ([30 * 9600 * 2, 84000], 660000),
    "h790z04": ([4 * 96500], 386000),
    "h790z05": ([720000, 160000, 60000], 940000),
    "h790e01": ([1120000, 310000, 58000, 42000], 1530000),
    "h790e02": ([268000, 268000, 34000], 570000),
    "h790e03": ([1200 * 420, 40 * 3600, 160 * 1150, 236000, 96000, 16000], 1180000),
    "h790e04": ([86000, 46500 * 36], 1760000),
    "h790e05": ([248000 * 2, 22000], 518000),
}
assert 2 * 138000 == 276000 and 8 * 31500 == 252000 and 4 * 42000 == 168000 and 4 * 18500 == 74000
assert 6 * 9000 == 54000 and 276000 + 252000 + 168000 + 74000 + 54000 + 212000 == 1036000
assert 1200 * 420 + 40 * 3600 + 160 * 1150 + 236000 == 1068000
for _k, (_parts, _total) in PRICES.items():
    assert sum(_parts) == _total, _k

# goods_or_licence drafts: (fee base = itemised licence / hardware subtotal, warranty months, fee % of base per year)
TCO_IN = {
    "h790z01": (860000, 24, 9),
    "h790z02": (1036000, 24, 8),
    "h790z05": (720000, 6, 25),
    "h790e01": (1120000, 18, 11),
    "h790e03": (1068000, 36, 7),
}
assert round(860000 * 0.09) == 77400 and round(1036000 * 0.08) == 82880 and round(720000 * 0.25) == 180000
assert round(1120000 * 0.11) == 123200 and round(1068000 * 0.07) == 74760


def tco_share(key, value):
    base, wm, fee = TCO_IN[key]
    post_years = max(0.0, 5 - wm / 12)
    post = post_years * base * fee / 100
    return post / (value + post) * 100


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, wm, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": wm, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


G, S = "goods_or_licence", "service"
LABELS = {  # key -> (language, category, terms, extra)
    "h790z01": ("zh", "software",
                T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, True,
                  "PRC", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1560000}),
    "h790z02": ("zh", "hardware",
                T(None, 1, True, "buyer", True, True, False, 0.08, 50, 10, True, True, 24, 8, False, True, False,
                  "PRC", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1210000}),
    "h790z03": ("zh", "cloud",
                T(99.95, 0.25, True, "buyer", True, False, True, 500 / 660000 * 100, 200, None, True, None, None,
                  None, True, True, False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 660000}),
    "h790z04": ("zh", "services",
                T(99.98, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                  False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 386000}),
    "h790z05": ("zh", "software",
                T(None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False, True,
                  None, None, G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": True, "contract_value": 940000}),
    "h790e01": ("en", "software",
                T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                  "Pakistan", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1530000}),
    "h790e02": ("en", "cloud",
                T(None, None, False, "buyer", True, True, True, 500 / 570000 * 100, 6 / 24 * 100, None, True, None,
                  None, None, False, True, False, "PRC", S),
                {"sla_clause": False, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 570000}),
    "h790e03": ("en", "hardware",
                T(None, 2, True, "buyer", False, True, True, 0.03, None, 10, True, True, 36, 7, False, True, False,
                  "PRC", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1180000}),
    "h790e04": ("en", "services",
                T(99.95, 0.25, True, "buyer", True, True, True, 1800 / 1760000 * 100, 150, None, True, None, None,
                  None, False, True, False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 1760000}),
    "h790e05": ("en", "cloud",
                T(99.95, 1, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, False,
                  False, "PRC", S),
                {"sla_clause": True, "ld_stated": False, "acceptance_deemed_on_delivery": False,
                 "contract_value": 518000}),
}

DESIGN = {  # the rules each draft was written to trigger
    "h790z01": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h790z02": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "h790z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h790z04": [],
    "h790z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h790e01": ["CR-GOVERNING-LAW"],
    "h790e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h790e03": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h790e04": [],
    "h790e05": ["CR-LD-MISSING", "CR-TERMINATION"],
}
FORUM_OUTSIDE_MAINLAND = {"h790e01"}  # arbitration in Karachi (the law chosen is Pakistan's anyway)

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def derive(key):
    """My reading of policy section 3 and its 'Where rules apply' notes."""
    _, _, t, x = LABELS[key]
    goods = t["contract_kind"] == G
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
    if t["buyer_owns_data"] is not True:
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
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and x["post_warranty_fee_capped"] and tco_share(key, x["contract_value"]) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---- thresholds: label values and text figures ----------------------------------------------------------------
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])100(?:\.0+)?\s*[%％]", r"百分之一?百",
    r"(?<![\d.])30(?:\.0+)?\s*[%％]", r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.])15(?:\.0+)?\s*[%％]", r"百分之十五(?!点)",
    r"(?<![\d.])40(?:\.0+)?\s*[%％]", r"百分之四十(?![一二三四五六七八九点])",
    r"(?<![\d.])0?\.050*\s*[%％]", r"万分之五(?![十\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])12\s*-?\s*(?:个\s*)?(?:months?|个月|月份)", r"十二\s*个\s*月", r"twelve\s*-?\s*months?",
    r"(?<![a-z])(?:one|1)\s*-?\s*years?(?![a-z])", r"(?<![\d一二三四五六七八九十两第每])[1一]\s*年(?![度级])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|小时|h\b)", r"(?<![十\d])四\s*个?\s*小时", r"(?<![a-z-])four\s*-?\s*hours?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "100%", "100 ％", "30 %", "百分之三十", "15%", "40%", "百分之四十", "0.05%", ".05%",
            "万分之五", "12 months", "12个月", "十二个月", "twelve months", "12-month", "one year", "1 year", "一年",
            "4 hours", "4小时", "四小时", "four hours", "4-hour"]
MUST_MISS = ["24 hours", "二十四小时", "99.95%", "99.98%", "1.5%", "130%", "0.055%", "万分之五十", "百分之三十五",
             "14 hours", "112 months", "2027年12月31日", "第一年", "每年", "24 x 7", "0.03%", "0.1%", "35%",
             "45%", "2 hours", "twenty-four hours", "two Subscription Years", "万分之八", "百分之四十五", "服务年度"]


def text_hits(s):
    return [p.pattern for p in RX if p.search(s)]


for s in MUST_HIT:
    assert text_hits(s), ("must hit", s)
for s in MUST_MISS:
    assert not text_hits(s), ("must miss", s, text_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: (n, f) for k, (n, f, _) in FILES.items() if f in ("docx", "pdf")}
    write({k: src for k, (_, _, src) in FILES.items()}, office, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)


def main():
    build()
    covered = set()
    problems = []
    for key, (name, fmt, _) in FILES.items():
        lang, cat, terms, extra = LABELS[key]
        rules = derive(key)
        if rules != sorted(DESIGN[key]):
            problems.append("%s derived %s != design %s" % (key, rules, sorted(DESIGN[key])))
        covered |= set(rules)
        for f, th in THRESH.items():
            v = terms[f]
            if v is not None and abs(v - th) < 1e-9:
                problems.append("%s %s on threshold" % (key, f))
        if key in TCO_IN:
            sh = tco_share(key, extra["contract_value"])
            if abs(sh - 40) <= 2:
                problems.append("%s TCO share %.2f near 40" % (key, sh))
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            hits = text_hits(variant)
            if hits:
                for p in hits:
                    m = re.search(p, variant, re.I)
                    problems.append("%s threshold text %r: %r" % (key, p, variant[max(0, m.start() - 20):m.end() + 20]))
                break
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%-70s %s %5d %s  %s" % (name, lang, n, "ok" if ok else "OUT OF RANGE", ",".join(rules) or "-"))
        if not ok:
            problems.append("%s length %d" % (key, n))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    for key in TCO_IN:
        print("TCO %s share %.2f %%" % (key, tco_share(key, LABELS[key][3]["contract_value"])))
    for key in FILES:
        print("risk %s %s" % (key, risk(derive(key))))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    assert len(ALL_RULES) == 20
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
