"""holdout846: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no threshold figure, labels -> rules by policy section 3, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市林业局蝴蝶多样性监测平台采购合同
P:合同编号：LYJ-ZFCG-2026-0417
P:甲方（采购人）：某市林业局
P:乙方（供应商）：某市翠羽生态信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，双方就“蝴蝶多样性监测平台”的软件许可、定制开发与实施事项，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供蝴蝶多样性监测平台软件许可（永久使用许可，不限用户数），并完成以下定制开发：样线调查移动采集端、物种图像智能识别模型、监测样地与物种名录管理、多年度种群变化分析报表、与省级自然保护地监管平台的数据接口。
P:1.2 乙方负责历史监测数据（2019年以来的纸质及电子记录）的整理、迁移与集成，以及系统部署、调试和培训。
P:1.3 平台部署于甲方政务云环境，所用计算及存储资源由甲方提供。
P:1.4 乙方应按照招标文件技术需求一览表逐项实现，需求变更须经双方书面确认，涉及费用调整的另行签订补充协议。
P:1.5 本项目监测范围包括全市11个自然保护地的38条固定样线，平台须支持样线法、样点法两种调查方法及年度监测计划管理。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,240,000元（大写：贰佰贰拾肆万元整），含税，包括：平台软件许可费1,180,000元；定制开发费760,000元；数据迁移与集成费214,000元；实施及培训费86,000元。
P:2.2 上述价款为固定价款，包括乙方完成本合同全部工作所需的一切费用，甲方不再另行支付其他费用。
P:2.3 乙方应按甲方要求开具增值税普通发票，发票信息有误的，甲方付款期限相应顺延。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即448,000元。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，即1,008,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即784,000元。
P:3.4 甲方按照政府采购资金支付程序付款，乙方应配合提供所需材料。
P:3.5 乙方应在合同签订后5个工作日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后120日内完成部署并提交初步验收申请，于初步验收后60日内完成试运行。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册及定制部分的全部源代码。
P:4.3 乙方应指定具有同类项目经验的项目经理，实施期间每周向甲方提交进度报告；项目经理更换须经甲方同意。
P:4.4 乙方应对甲方管理人员及各保护站调查员分批开展培训，累计不少于6个批次，确保调查员能够独立使用移动采集端完成样线记录。
H:第五条 验收
P:5.1 初步验收标准：（1）合同约定功能全部实现；（2）历史数据迁移完整，抽样核对无差错；（3）物种识别模型在甲方提供的测试图片集上准确率不低于92%；（4）与省级平台接口连续联调7日无错误。
P:5.2 最终验收在连续试运行60日后进行，标准为：试运行期间未发生一级故障，性能满足500个并发用户下页面响应不超过3秒，并通过第三方安全测评。
P:5.3 系统上线运行、甲方使用或支付款项，均不视为验收合格。验收以双方签署的验收报告为准。
P:5.4 验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内平台月可用率应不低于99.95%。每低于约定标准0.01个百分点，乙方向甲方支付违约金1,500元。
P:6.3 一级故障（平台整体不可用或数据无法上传）乙方应在8小时内响应并开始处理，二级故障在1个工作日内响应。乙方每超过响应时限1小时，向甲方支付600元。
P:6.4 质保期满后，甲方如需继续维护，年度维护费按平台软件许可费的9%计取，即每年106,200元，三年内不作上调。维护合同另行签订，不自动续期。
P:6.5 质保期内乙方每季度对平台巡检一次并提交巡检报告，在蝴蝶监测高峰期（每年4月至10月）安排技术人员驻场保障。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，甲方依本合同取得永久使用许可。
P:7.2 定制开发的移动采集端、识别模型（含训练后参数）、报表及接口程序，连同源代码和文档，其知识产权归甲方所有，甲方可以自行修改或许可他人使用。
H:第八条 数据安全
P:8.1 监测数据、物种图像、位置坐标及用户信息均属于甲方，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:8.2 乙方应按照网络安全等级保护要求落实访问控制、加密传输和操作审计，远程运维须经甲方审批并通过堡垒机进行。珍稀物种点位数据不得导出政务云环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任。
P:8.4 合同终止后，乙方应将甲方数据全部返还，删除其持有的副本，并出具书面删除证明。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方交付的系统不符合合同约定的，应在甲方规定期限内整改；整改后仍不合格的，甲方有权解除合同。
P:10.3 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
P:10.4 甲方逾期付款的，按照政府采购相关规定承担责任。
H:第十一条 分包
P:11.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:12.3 合同解除后，乙方应在30日内移交已完成的开发成果、源代码及全部数据。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明。不可抗力影响期间，相关履行期限相应顺延。
H:第十五条 通知
P:15.1 双方的通知以书面形式送达本合同载明的地址或指定邮箱，邮件发出之日视为送达。一方联系方式变更的，应提前5日书面通知对方。
H:第十六条 其他
P:16.1 招标文件、投标文件及澄清材料为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，经双方签字盖章并按规定备案后生效。
P:附件：一、技术需求一览表；二、报价明细表；三、验收方案；四、数据安全承诺书。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2026年   月   日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：CGC-JG-2026-088
P:甲方：某省金罐制罐有限公司（茶叶罐生产）
P:乙方：某市恒准自动化工程有限公司
P:甲方拟对其马口铁茶叶罐车间的6条生产线（剪切、印涂、冲压成型、卷边封底、检测、码垛）进行控制系统改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责6条产线控制系统的设计、供货、安装、编程、调试及培训，包括PLC控制柜更换、伺服驱动升级、视觉检测单元加装、产线监控软件部署，以及与甲方现有MES系统的数据对接。
P:1.2 乙方应在改造期间采取分线停机、逐线切换的方式，每条产线的停机时间不得超过6日，确保甲方其余产线正常生产。
P:1.3 乙方提供的设备应为全新原厂产品，并随货提供合格证、说明书及原厂质保证明。
P:1.4 甲方负责提供施工用电、设备临时存放场地及必要的配合人员；现场条件不满足施工要求的，乙方应提前3日书面提出。
H:第二条 合同价格
P:2.1 本合同总价为人民币1,960,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜）|6套|138,000|828,000
TB:2|伺服驱动器及伺服电机|24套|9,500|228,000
TB:3|视觉检测单元（罐身缺陷、印刷色差）|6套|46,000|276,000
TB:4|工业触摸屏|12台|6,800|81,600
TB:5|产线监控软件许可（含MES接口模块）|1套|186,000|186,000
TB:6|工业以太网交换机|8台|5,300|42,400
TB:|软硬件小计|||1,642,000
TB:7|安装调试及逐线切换|1项|168,000|168,000
TB:8|程序开发（配方管理、数据采集接口）|1项|134,000|134,000
TB:9|操作及维护培训|1项|16,000|16,000
TB:|合同总价|||1,960,000
P:2.2 合同总价包括设备、软件、运输、保险、安装、调试、培训及税费，乙方不得另行收费。
P:2.3 合同履行期间，价格不因原材料或汇率变动而调整。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即196,000元。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%，即1,078,000元。到货、安装及调试完成不视为验收合格。
P:3.3 6条产线全部通过最终验收后，甲方支付合同总价的35%，即686,000元。
P:3.4 乙方每次请款前应开具等额增值税专用发票。
P:3.5 甲方付款前有权扣除乙方依本合同应付的违约金。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方工厂，并在到货后75日内完成6条产线的改造和切换。
P:4.2 乙方应在开工前提交改造方案、停机切换计划和安全措施，经甲方确认后实施。乙方人员在甲方厂区作业应遵守甲方的安全生产管理制度。
P:4.3 乙方应指定现场负责人，每周提交施工周报，说明进度、问题及下周计划。因甲方原因导致停机切换延后的，工期相应顺延。
P:4.4 乙方应在切换前完成原控制程序的完整备份，切换失败时须能在8小时内恢复原系统运行。
H:第五条 验收
P:5.1 每条产线切换后连续试生产15日，试生产期间由双方共同记录运行数据。
P:5.2 最终验收标准：（1）各产线设计节拍达到每分钟120罐，连续8小时稳定运行；（2）视觉检测漏检率不高于0.2%；（3）配方切换时间不超过20分钟；（4）MES对接数据与现场计数一致；（5）技术资料、程序备份齐全。
P:5.3 验收合格的，双方签署最终验收报告；不合格的，乙方应在10日内整改后重新验收。甲方在试生产期间使用设备不视为验收合格。
P:5.4 视觉检测的测试样本由甲方从日常生产中抽取，每条产线不少于2,000只罐体。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方对设备及软件免费维修、更换，并提供程序优化服务。
P:6.2 质保期内，一级故障（整条产线停机）乙方应在1小时内远程响应，6小时内到达现场；二级故障（单机故障或检测误报频繁）应在2小时内响应，次日到场。乙方每超过响应时限1小时，向甲方支付800元。
P:6.3 质保期满后，甲方可委托乙方提供年度维保服务，维保费按软硬件小计的17%每年计取，即每年279,140元。该费用自质保期满起三年内保持不变。维保服务内容包括季度巡检、备件更换、程序维护及7×24小时电话支持。
P:6.4 乙方应保证备品备件供应不少于8年。
P:6.5 质保期内，乙方每季度对产线控制系统巡检一次，提交巡检报告，并对发现的隐患及时处理。
H:第七条 知识产权
P:7.1 乙方为本项目开发的PLC程序、配方管理程序、数据采集接口及其源代码的知识产权归甲方所有，乙方应在验收时移交。
P:7.2 监控软件标准产品的知识产权归乙方或原厂所有，甲方享有永久使用许可。
P:7.3 乙方保证其提供的设备、软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 生产数据
P:8.1 产线运行数据、配方参数、产量及质检数据均属于甲方，乙方不得用于本合同以外的目的。
P:8.2 乙方远程访问甲方控制网络，应事先取得甲方书面批准，并通过甲方指定的安全网关进行，访问过程留存日志；乙方不得拷贝或带离甲方的配方参数和生产数据。
P:8.3 因乙方原因发生数据泄露、损坏或控制网络安全事件的，乙方应在2小时内报告甲方，采取补救措施并承担由此造成的全部损失。
H:第九条 安全生产
P:9.1 乙方对其人员在施工期间的人身安全负责，应为施工人员办理意外伤害保险。动火、登高及带电作业须按甲方规定办理作业许可。
P:9.2 因乙方违规作业造成人身伤害或财产损失的，由乙方承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因乙方原因造成甲方产线停机超过约定时间的，乙方应赔偿甲方的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包。电气安装等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后15日内未予纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，双方可协商解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 双方因本合同发生争议，应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 不可抗力
P:14.1 因不可抗力不能按期履行的，受影响一方应在事件发生后3日内通知对方并提供证明，履行期限相应顺延，双方均不承担违约责任。
H:第十五条 通知
P:15.1 本合同项下的通知应以书面形式送达双方在合同首页载明的地址，以专人送达或快递签收之日为送达日。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:16.2 本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

Z03 = """长号培训门店预约及会员管理系统服务合同

合同编号：CHX-SaaS-2026-031
甲方：某市悠扬长号教育科技有限公司（长号培训连锁，下称“甲方”）
乙方：某市云栖课堂软件有限公司（下称“乙方”）

甲方在本市及周边城市经营40家长号培训门店。为统一管理课程预约、教室与教师排班、学员会员卡及续费，甲方拟采用乙方的“云栖课堂”预约及会员管理SaaS服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店提供“云栖课堂”SaaS服务，包括课程预约、教室与教师排班、会员卡及课时包管理、续费提醒、家长端小程序和门店经营报表。
2. 每家门店开通5个管理员账号，教师账号不限数量。服务期内乙方发布的功能升级，甲方免费使用。
（二）实施服务
1. 乙方负责系统配置、品牌界面定制、门店及课程数据初始化，以及甲方原有会员系统中约2.6万名学员的档案、课时余额和交费记录的迁移。
2. 乙方负责对门店店长、前台及教师进行培训，每家门店至少培训2次，并提供操作手册和视频教程。

二、服务期限
（一）本合同服务期为两个服务年度。首个服务年度自上线验收合格之日起算，第二个服务年度自首个服务年度届满次日起算。
（二）实施工作应在合同签订后60日内完成，并提交上线验收申请。
（三）服务期内，乙方不得单方减少本合同约定的服务功能或降低账号配额。

三、服务费用及支付
（一）本合同总金额为人民币400,000元（含税），其中：
1. 订阅服务费：每家门店每服务年度4,200元，40家门店每服务年度168,000元，两个服务年度合计336,000元；
2. 实施服务费：64,000元（含数据迁移、界面定制和培训），一次性支付。
（二）实施服务费在上线验收合格后15个工作日内支付。
（三）订阅服务费按季度支付，每季度42,000元，甲方在每个服务季度结束后15个工作日内支付上一季度费用。
（四）乙方应在每次付款前开具合法有效的增值税专用发票。
（五）服务期内门店数量增加的，新增门店按每家每服务年度4,200元按月折算计费；门店关闭的，自关闭次月起停止计费。

四、上线验收
（一）上线验收标准：1. 40家门店全部开通并完成首日预约业务；2. 学员档案、课时余额与原系统逐条核对一致，差异条数为零；3. 预约、排课、扣课时、续费提醒等功能按需求清单测试通过；4. 家长端小程序通过微信审核并正式发布。
（二）验收由双方共同进行，验收合格的签署上线验收单。甲方门店开始使用系统不视为验收合格。
（三）验收不合格的，乙方应在7日内整改并重新提交验收。
（四）实施期间，乙方应保证原会员系统与新系统并行运行不少于7日，并每日核对新增预约和扣课记录。

五、服务水平
（一）系统月可用率不低于99.95%，计划内维护应安排在每日22:00至次日7:00之间并提前24小时通知甲方，计划内维护时间不计入不可用时间。
（二）故障分级及响应：一级故障（全部门店无法预约或无法登录）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能不可用）2小时内响应，当日解决；其他问题1个工作日内答复。
（三）月可用率每低于约定标准0.1个百分点，甲方可扣减当季订阅服务费的2%；一级故障每超过恢复时限1小时，扣减当季订阅服务费的1%。当季扣减合计以当季订阅服务费的五分之一为限。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方提供每日8:00至22:00的在线客服和电话支持，并为甲方指定专属客户成功经理，每季度组织一次使用情况回顾，提出排课效率和续费率方面的优化建议。

六、数据与安全
（一）甲方上传或在服务中产生的学员信息、家长联系方式、课时及交费记录等数据（下称“甲方数据”）归甲方所有。
（二）乙方应将甲方数据存储于中国境内，采取加密存储、访问控制、操作日志和每日备份等措施，系统应通过网络安全等级保护二级备案测评。发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合处置，并对因乙方原因造成的损失承担赔偿责任。
（三）甲方同意，乙方可在对甲方数据进行脱敏和汇总处理后，用于乙方的行业分析报告、产品改进及向其他客户提供的经营对标服务，该使用权在本合同终止后继续有效。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出并交付甲方数据，随后删除其系统中的甲方数据。
（五）乙方运维人员仅可在处理甲方工单时经授权访问甲方数据，访问记录保存不少于六个月。

七、保密
双方对在合作中获知的对方商业秘密、经营数据和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

八、知识产权
（一）“云栖课堂”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的品牌界面、课程体系配置方案及专属报表，其知识产权归甲方所有，甲方可自行或委托第三方修改和使用。

九、违约责任
（一）乙方未能在约定期限内完成实施并提交上线验收的，每逾期一日，向甲方支付违约金320元。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（三）任何一方违反保密或数据安全义务给对方造成损失的，应予赔偿。

十、续期
服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其价格政策调整订阅服务费，上调幅度不超过上一服务年度费用的8%，乙方应在续期前发出书面调价通知。

十一、甲方义务
（一）甲方应指定项目联系人，按时提供门店清单、课程体系、收费标准及原系统数据。
（二）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应确保其收集学员及家长个人信息已取得必要的同意，并按乙方提供的隐私政策模板在小程序中进行告知。

十二、分包
未经甲方书面同意，乙方不得将实施服务分包给第三方。

十三、合同解除
（一）一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
（二）乙方连续两个季度月可用率未达到约定标准的，甲方有权解除本合同，乙方应退还未使用期间的已付费用。

十四、不可抗力
因不可抗力或基础电信网络、云服务商大范围故障导致服务中断的，受影响一方应及时通知对方并尽力减少损失，该期间不计入不可用时间，但乙方应在恢复后提交事件说明。

十五、通知
双方的通知以书面形式送达合同载明的地址，或发送至双方指定的电子邮箱，邮件发出后24小时视为送达。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十七、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件《功能需求清单》《门店清单》为本合同组成部分。
本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

Z04 = """地下河水文监测系统年度运维服务合同

项目名称：地下河水文监测系统2027年度运维服务
采购方式：竞争性磋商
合同编号：SLJ-CS-2027-006
甲方（采购人）：某县水利局
乙方（成交供应商）：某市清源水文科技服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件及乙方的响应文件和最后报价，双方就地下河水文监测系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象为甲方已建成的地下河水文监测系统，包括26个监测站（水位、流量、水温、电导率及浊度传感器，遥测终端机，太阳能供电及防雷设施）、数据传输链路、中心站服务器及水文监测平台软件。
（二）服务内容包括：监测站定期巡检与维护、传感器校准、故障维修、数据传输与平台运维、数据质量审核、备品备件供应及汛期应急保障。
（三）本合同附件《监测站点清单》列明各监测站的位置、设备型号及建成年份。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自动终止，不自动续期；甲方如需继续采购，另行依法组织采购。

第三条 合同价款
（一）合同总价为人民币586,000元（含税），为固定总价，包括：
1. 监测站巡检维护费312,000元；
2. 数据传输及平台运维费148,000元；
3. 备品备件费84,000元；
4. 汛期应急保障费42,000元。
（二）上述价款包括人工、交通、仪器、备件、通信及税费等全部费用。
（三）服务期内如新增监测站，按单站运维费用折算增加费用，双方另行签订补充协议。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度146,500元。甲方在每季度服务考核合格并收到乙方发票后15个工作日内支付该季度费用。
（三）季度考核中发生扣款的，甲方从当季应付费用中直接扣除。

第五条 服务要求
（一）巡检：每个监测站每月现场巡检不少于1次，汛期（5月至9月）每月不少于2次；巡检内容包括设备清洁、供电检查、传感器比测和数据核对，并填写巡检记录。
（二）校准：水位、流量传感器每季度比测校准一次，误差超出规范允许范围的应在5日内校准或更换。
（三）数据：乙方每日审核监测数据，对异常数据在当日标注并说明原因，每月提交数据质量报告。
（四）平台：水文监测平台月可用率不低于99.95%，计划停机应提前3日经甲方同意。
（五）备件：乙方应在本县设立备件库，常用传感器、遥测终端机和蓄电池的库存分别不少于2套，更换下的旧设备交还甲方。
（六）报告：乙方每季度提交运维报告，服务期末提交年度运维总结，提出设备更新和站网优化建议。
（七）工具：乙方应自备比测用流速仪、便携式水位计和车辆，比测仪器须在检定有效期内。

第六条 故障响应
（一）一级故障（中心站或平台整体中断，或汛期3个以上监测站同时离线）：乙方应在30分钟内响应，汛期6小时内、非汛期12小时内到达现场，24小时内恢复。
（二）二级故障（单个监测站离线或数据异常）：乙方应在2小时内响应，48小时内修复。
（三）气象部门发布暴雨黄色及以上预警期间，乙方应安排应急小组在县城待命，并对重点监测站加密巡查。
（四）乙方应设立7×24小时值班电话，并保证运维人员不少于5名，其中持证水文勘测人员不少于2名。

第七条 考核与扣款
（一）甲方每季度依据巡检记录、故障处理记录和数据质量报告对乙方进行考核。
（二）一级故障每超过响应或恢复时限1小时，扣款1,000元；二级故障每超时1小时，扣款200元。
（三）平台月可用率每低于约定标准0.01个百分点，扣款800元；漏巡一站次，扣款500元。

第八条 服务启动与验收
（一）乙方应在服务期开始后10日内完成与原运维单位的交接，包括设备清点、资料移交及账号权限交接，并提交运维方案。
（二）年度服务验收标准：1. 全部监测站巡检和校准记录完整；2. 全年数据质量报告按期提交；3. 一级故障均按时处置或已按第七条扣款；4. 服务期末所有监测站正常在线，设备台账与现场一致。验收合格的，双方签署验收报告。
（三）年度验收不合格的，乙方应在15日内整改，整改期间发生的费用由乙方承担。

第九条 数据安全
（一）监测数据、设备台账、平台账号及系统配置均属于甲方，乙方不得用于本合同以外的任何目的，不得向第三方提供。
（二）乙方应遵守水利网络安全管理要求，远程运维须经甲方审批并通过甲方堡垒机进行，操作全程留痕；不得私自拷贝、删除或修改原始监测数据。
（三）发生数据丢失、篡改、泄露或网络安全事件的，乙方应在1小时内报告甲方，并立即采取处置措施；因乙方原因造成的，乙方承担全部责任。
（四）服务期满或合同解除时，乙方应移交全部资料和账号，删除其持有的甲方数据副本，并出具书面删除说明。

第十条 保密
乙方对履约中知悉的水文资料、站点坐标、网络结构及甲方工作信息负有保密义务，未经甲方书面同意不得对外披露。本条义务不因合同终止而解除。

第十一条 知识产权
乙方在服务中形成的运维报告、数据质量报告、巡检记录、运维脚本及技术文档，其知识产权归甲方所有，甲方可自由使用和修改。

第十二条 违约责任
（一）乙方未按约定期限完成交接、启动服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方因故障处置不力，导致汛期监测数据缺失并造成甲方损失的，应赔偿甲方损失。
（三）甲方无正当理由逾期付款的，应按规定承担相应责任。
（四）乙方擅自减少驻县运维人员的，每缺一人每日扣款300元。

第十三条 甲方义务
（一）甲方应向乙方提供系统建设资料、设备台账和必要的进站条件，并指定专人负责协调。
（二）甲方应按约定及时组织考核和验收，对乙方提出的设备更新建议在30日内给予答复。

第十四条 人员要求
乙方项目负责人须具有水文或自动化相关专业中级以上职称，服务期内不得随意更换；确需更换的，应提前15日书面报甲方同意，接替人员资质不得低于原人员。

第十五条 分包
乙方不得将本合同服务转包或分包给第三方。

第十六条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并另行确定服务单位。
（二）因不可抗力致使合同目的无法实现的，双方可解除合同，费用按实际服务期间结算。

第十七条 安全生产
乙方人员进入地下河出口、溶洞等监测点作业，应遵守安全作业规程，配备必要的防护装备，汛期作业须两人以上同行。作业中发生的人身伤亡由乙方负责。

第十八条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十九条 通知
双方的通知以书面形式送达合同载明的地址，紧急情况可先行电话通知，并在24小时内补发书面通知。

第二十条 其他
（一）磋商文件、响应文件、最后报价及澄清文件为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
法定代表人或授权代表：        法定代表人或授权代表：
签订日期：
"""

Z05 = """# 软件许可及定制开发合同

**（匠迹科技标准合同文本 V3.0）**

合同编号：JJ-HT-2026-0219

甲方（买方）：某市窑青瓷刻艺术工作室

乙方（卖方）：某市匠迹信息科技有限公司

鉴于乙方拥有“匠迹工序追踪系统”软件的全部权利，甲方希望使用该软件管理瓷刻作品从素坯入库、拓稿、刻制、补色、复烧到出库的全过程。双方经友好协商，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工序追踪系统”标准版软件的永久使用许可，授权用户数为20个，安装于甲方自有服务器。

1.2 乙方根据甲方需求进行以下定制开发：作品一物一码扫码登记、刻制工序计件统计、窑炉批次与复烧记录、作品证书生成及线上展厅接口。

1.3 乙方负责软件部署、基础数据初始化及甲方人员操作培训。

1.4 系统支持电脑端和安卓手持扫码终端，扫码终端由甲方自行采购。

## 第二条 合同价款

2.1 本合同价款明细如下（人民币，含税）：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序追踪系统标准版永久许可（20用户） | 312,000 |
| 2 | 定制开发（扫码登记、计件统计、窑炉批次、证书及展厅接口） | 86,000 |
| 3 | 部署及培训 | 24,000 |
| | 合计 | 422,000 |

2.2 合同总价为人民币422,000元（大写：肆拾贰万贰仟元整）。甲方如需增加用户数或功能，费用另计。

2.3 乙方报价不含服务器、扫码终端、标签打印机等硬件设备及第三方数据库许可费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的60%，即253,200元。乙方收到该款项后开始工作。

3.2 系统上线运行后10个工作日内，甲方支付合同剩余款项168,800元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，且乙方有权暂停服务或停止交付，由此造成的工期延误由甲方承担。

## 第四条 交付与上线

4.1 乙方在收到首期款后90个工作日内完成定制开发并部署上线。因甲方需求变更、资料提供不及时或服务器不具备条件造成的延误，工期相应顺延。

4.2 乙方完成部署并通知甲方后，系统即视为上线运行。

4.3 甲方应提供符合乙方要求的服务器、操作系统、数据库及网络环境，并指定专人配合乙方工作。

4.4 乙方为甲方管理人员及刻制师傅提供不超过3天的集中培训，培训以外的重复培训按乙方人天单价另行收费。

4.5 乙方交付的资料包括安装手册和用户操作手册的电子版。

4.6 定制开发需求以附件一为准，附件一以外的需求视为需求变更，乙方有权另行报价并相应调整工期。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。甲方在上线后5日内未书面提出异议的，视为对全部交付内容无异议。

5.2 甲方提出的异议，乙方将在合理时间内予以处理，但不影响验收合格的效力和甲方的付款义务。

5.3 上线后甲方发现的功能问题，按第六条免费维护的约定处理。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括软件缺陷修复和远程技术支持。

6.2 免费维护期内，乙方在收到甲方问题反馈后将尽快安排技术人员处理。乙方以远程支持为主，确需现场服务的，甲方承担差旅费用。

6.3 因甲方操作不当、擅自修改软件、硬件故障或病毒感染造成的问题，不属于免费维护范围。

6.4 免费维护期内乙方发布的新版本，甲方可按乙方当时的升级政策选择是否升级。

## 第七条 后续服务

7.1 免费维护期满后，甲方应与乙方签订年度服务协议，年服务费为软件许可费的25%，即每年78,000元，按年预付。

7.2 甲方未续签年度服务协议的，乙方不再提供缺陷修复、版本升级和技术支持。恢复服务时，甲方须补缴中断期间的年服务费。

7.3 年度服务内容包括缺陷修复、版本升级、远程技术支持及每年一次现场巡检。

## 第八条 使用限制

8.1 甲方仅可在其自身经营范围内使用本软件，不得出租、转让、分许可，不得将软件安装于许可数量以外的设备。

8.2 甲方超出许可用户数使用的，应按乙方报价补缴许可费用。

8.3 乙方有权通过技术手段对许可数量进行校验。

## 第九条 知识产权

9.1 “匠迹工序追踪系统”及其全部版本的知识产权归乙方所有。

9.2 乙方为甲方定制开发的程序、扫码登记模块、计件统计规则、证书模板及接口程序，其知识产权及源代码均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

9.3 乙方有权将定制开发成果用于其他客户的项目。

## 第十条 数据

10.1 甲方录入系统的作品信息、工序记录、员工计件数据及客户信息归甲方所有，乙方不得用于本合同以外的用途，不得向第三方提供。

10.2 乙方进行远程维护时，应事先取得甲方同意，采取必要的安全措施防止甲方数据泄露、丢失或被篡改；发生数据安全事件的，乙方应在24小时内通知甲方并协助处置，因乙方原因造成的损失由乙方承担赔偿责任。

10.3 合同终止后，乙方应甲方要求删除其因远程维护而接触的甲方数据。

## 第十一条 保密

11.1 双方对在合作中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

## 第十二条 违约责任

12.1 乙方未按约定期限上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 任何一方均不对对方的利润损失等间接损失承担责任。

12.3 一方违反本合同其他约定的，应承担相应的违约责任。

## 第十三条 税费与发票

13.1 本合同价款已包含增值税。乙方在收到每期款项后开具相应金额的增值税普通发票；甲方需要专用发票的，应提前书面告知开票信息。

13.2 因甲方变更开票信息产生的费用由甲方承担。

## 第十四条 合同解除

14.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

14.2 甲方在系统上线前解除合同的，已付款项不予退还。

14.3 本合同解除后，甲方应停止使用软件并删除全部安装副本，但甲方已付清全部许可费的除外。

## 第十五条 不可抗力

15.1 因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方并提供证明。

## 第十六条 争议解决

16.1 因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十七条 通知

17.1 双方往来通知以书面形式送达合同首页所列地址或电子邮箱，通知发出后三日视为送达。

17.2 一方变更地址或联系方式的，应在变更后五日内通知对方，否则向原地址发送的通知视为送达。

## 第十八条 其他

18.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

18.2 本合同为乙方标准合同文本，双方对条款内容均已充分理解。

18.3 本合同附件：附件一《定制开发需求说明》；附件二《服务器配置要求》。附件与本合同具有同等效力。

甲方（盖章）：__________    乙方（盖章）：__________

签订日期：______年____月____日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. HLS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Yantai Orchard Fresh Foods Co., Ltd., a company established in the People's Republic of China, with its registered office in Yantai, Shandong Province (the "Buyer"); and
P:(2) Hirosaki Orchard Systems Co., Ltd., a company incorporated in Japan, with its head office in Hirosaki, Aomori Prefecture (the "Vendor").
P:The Buyer operates fruit receiving, grading and controlled-atmosphere cold storage facilities. The Vendor develops the "RingoTrack" software for grading lines and cold-store management. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RingoTrack Grading and Cold Store Management software, version 7, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts and any other software or documents written by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software at the Buyer's sites, including grower records, lot and grading results, storage-room readings and customer orders.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence in Article 3 and shall deliver the following services: installation of the Software on the Buyer's servers at its Yantai and Qixia sites; configuration for four grading lines and twenty-six cold-storage rooms; interfaces with the Buyer's ERP system, its weighbridge software and the optical graders of the grading lines; migration of open lots and grower master data; and training.
P:2.2 The detailed scope is set out in Annex 1 (Statement of Work). If Annex 1 and these Articles conflict, these Articles prevail.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Buyer and its wholly owned subsidiaries in the People's Republic of China, for up to sixty named users and four grading lines.
P:3.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer shall not decompile the Software except as permitted by mandatory law.
P:3.3 The licence is fully paid upon payment of the Licence Fee and cannot be revoked except under Article 13.3.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,970,000, inclusive of VAT, made up as follows: Licence Fee CNY 1,260,000; implementation and configuration CNY 420,000; interfaces CNY 236,000; training CNY 54,000.
P:4.2 The Contract Price is fixed and includes all travel, accommodation and other expenses of the Vendor's personnel.
P:4.3 The Buyer shall pay: (a) 20% of the Contract Price (CNY 394,000) within 30 days after signature of this Agreement and receipt of a valid invoice; (b) 45% of the Contract Price (CNY 886,500) within 30 days after signature of the Operational Test Certificate; and (c) 35% of the Contract Price (CNY 689,500) within 30 days after Final Acceptance.
P:4.4 The Operational Test Certificate confirms that the Software is installed and the interfaces operate; it is not acceptance of the Software or the Custom Deliverables.
P:4.5 All payments shall be made in CNY to the bank account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and configuration and request the Operational Test within 100 days after signature of this Agreement, and shall be ready for the Final Acceptance test within 60 days after the Operational Test Certificate.
P:5.2 Final Acceptance criteria: (a) all functions listed in Annex 1 pass the agreed test scripts; (b) grading results from each line are recorded against the correct lot for ten consecutive working days with no mismatch; (c) the ERP and weighbridge interfaces reconcile daily totals without error for ten consecutive working days; (d) room temperature and gas readings are displayed within 60 seconds of measurement; (e) migrated open lots and grower balances match the Buyer's records; and (f) no Severity 1 defect is open.
P:5.3 If a test fails, the Vendor shall correct the defect and repeat the test within 15 days at its own cost. Use of the Software in production, or any payment, does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with Annex 1 and the documentation for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and give remote and on-site support free of charge.
P:6.2 Severity 1 means that a grading line or the cold-store monitoring cannot operate. The Vendor shall respond to a Severity 1 report within one (1) hour, work on it continuously, and restore operation or provide a workaround within eight hours. Severity 2 reports shall be answered within one business day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, it shall pay or credit the Buyer CNY 1,000, without prejudice to the Buyer's other rights.
P:6.4 After the Warranty Period, the Buyer may order annual support from the Vendor. The annual support fee is 11% of the Licence Fee, namely CNY 138,600 per year, and shall not be increased for the first three support years. Annual support is ordered by a separate purchase order for each year and does not renew automatically.
P:6.5 The Vendor shall keep the Software and its interfaces supported for at least eight years after Final Acceptance.
H:Article 7 Delay
P:7.1 If the Vendor fails to achieve the Operational Test Certificate or Final Acceptance by the dates in Article 5.1 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:7.2 Liquidated damages do not release the Vendor from its obligation to complete the work.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software and in its pre-existing tools.
P:8.2 All intellectual property rights in the Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:8.3 The Vendor shall indemnify the Buyer against claims that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the remote-access gateway designated by the Buyer, with a named account for each engineer and the Buyer's approval for each session. The Vendor shall not transfer any Buyer Data outside the People's Republic of China.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, notify the Buyer of any security incident affecting Buyer Data within 12 hours after becoming aware of it, assist in its remedy and bear the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Information of one party that is not public and that the other party receives in connection with this Agreement shall be kept confidential, used only for the purposes of this Agreement and not disclosed to third parties. This duty lasts until five years after this Agreement ends.
H:Article 11 Liability
P:11.1 The aggregate liability of either party arising out of this Agreement shall not exceed 150% of the Contract Price. Liability for death or personal injury, for wilful default and for breach of Article 9 or Article 10 is excluded from this ceiling.
P:11.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 11.1.
H:Article 12 Subcontracting
P:12.1 Subcontracting of any part of the services requires the Buyer's written approval in advance. The Vendor answers for the acts and omissions of an approved subcontractor as for its own.
H:Article 13 Termination
P:13.1 Where the Vendor is in material breach and has not cured it within 20 days of a written notice from the Buyer, or the delay damages under Article 7 have reached their 10% ceiling, the Buyer may terminate this Agreement by written notice.
P:13.2 On termination under Article 13.1 the Vendor shall refund the amounts paid for work not accepted, and the Buyer keeps the licence to the Software if the Licence Fee has been paid.
P:13.3 The Vendor may terminate the licence only if the Buyer fails to pay an undisputed amount within 60 days after a final written reminder.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Japan.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Japan Commercial Arbitration Association in Tokyo under its Commercial Arbitration Rules. The language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement is written in English. Annex 1 (Statement of Work) and Annex 2 (Training Plan) form part of it.
P:16.2 Amendments must be in writing and signed by both parties. This Agreement takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E02 = """# ORDER FORM — SHONAI LABNOTE CLOUD

Order Form No. SLC-OF-2026-0093

This Order Form is entered into between **Shonai BioCloud K.K.**, a company incorporated in Japan with its principal office in Tsuruoka, Yamagata Prefecture ("Provider"), and **Suzhou Hengrui Bioprocess Co., Ltd.**, a company established in the People's Republic of China with its registered office in Suzhou Industrial Park ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B where they conflict.

## PART A — ORDER DETAILS

### A1. Services

Provider will provide the LabNote Cloud electronic laboratory notebook service, including the notebook, sample registry, protocol library, instrument file capture and audit trail modules, to Customer's process development and quality control laboratories in Suzhou and Wuxi, for up to 180 named users. Provider will also provide the onboarding services described in A4.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months from the Go-Live Date, divided into two Subscription Years. The Go-Live Date is the date on which Customer signs the Go-Live Acceptance Certificate under A4. The Subscription Term ends at the end of the second Subscription Year unless the parties sign a new Order Form.

### A3. Fees

| Item | Basis | Amount (CNY, VAT included) |
|---|---|---|
| LabNote Cloud subscription, Subscription Year 1 | 180 named users | 228,000 |
| LabNote Cloud subscription, Subscription Year 2 | 180 named users | 228,000 |
| Onboarding services (configuration, template build, data import, training) | one-time, fixed | 38,000 |
| **Total Contract Value** | | **494,000** |

Additional named users may be ordered at CNY 1,300 per user per Subscription Year, pro rata. The Total Contract Value above does not include additional users.

### A4. Onboarding and Go-Live Acceptance

Provider will: configure the service for both sites; build up to forty notebook and protocol templates agreed with Customer; import approximately 9,000 legacy notebook entries and the sample registry from Customer's existing file shares; connect instrument file capture for the HPLC, plate reader and bioreactor control workstations listed in the onboarding plan; and train key users and administrators.

Go-Live Acceptance takes place when: (a) all agreed templates pass Customer's test scripts; (b) a sample of at least 500 imported entries, chosen by Customer, matches the source files, including attachments and author and date metadata; (c) the audit trail records creation, change, signature and deletion events with user, time and reason; (d) instrument files from each connected workstation appear in the correct notebook entry within five minutes; and (e) no Priority 1 or Priority 2 defect is open. Customer will sign the Go-Live Acceptance Certificate within five business days after these criteria are met. Use of the service by Customer before that date is not acceptance.

Provider will make the service ready for Go-Live Acceptance within 70 days after signature of this Order Form. If it fails to do so for reasons attributable to Provider, Provider will pay Customer CNY 300 for each day of delay.

### A5. Invoicing and Payment

Subscription fees are invoiced quarterly in advance, at CNY 57,000 per quarter, starting on the Go-Live Date. The onboarding fee is invoiced after Customer signs the Go-Live Acceptance Certificate. Customer will pay each undisputed invoice within 30 days after receipt. No fee is payable before the Go-Live Date.

### A6. Contacts and Hosting

The service is hosted in a data centre in Shanghai, People's Republic of China. Provider's support desk for Customer is staffed in Chinese and English. Customer's contract manager is the head of laboratory informatics; Provider's is its China account director.

## PART B — GENERAL TERMS

### 1. Use of the Service

1.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access and use the service for its internal research, development and quality activities.

1.2 Customer is responsible for the accounts of its users and for the content they enter. Customer will not attempt to reverse engineer the service or use it to build a competing product.

### 2. Service Levels

2.1 Provider will make the service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 22:00 and 06:00 China Standard Time.

2.2 Provider will respond to support requests as follows: Priority 1 (service unavailable or data cannot be saved for all users) within 30 minutes, 24 hours a day, with continuous work until resolved; Priority 2 (a major module unavailable) within two hours during business hours; Priority 3 within one business day.

2.3 If availability in a month falls below the level in 2.1, Customer will receive a service credit against the next invoice of 5% of that month's subscription fee for availability below the commitment, 10% below 99.5%, and 20% below 99.0%. Service credits do not limit Customer's right to terminate under Section 9.

2.4 Provider will publish a monthly service report showing availability, incidents and support response times.

2.5 Provider will deliver updates and new releases of the service as part of the subscription. Provider will give Customer at least thirty days' notice of any change that materially affects validated workflows, provide release notes and a test environment in advance, and will not remove a function Customer uses in production during the Subscription Term without Customer's agreement.

### 3. Customer Data

3.1 All data, records, files and results entered into or generated in the service by or for Customer ("Customer Data") belong to Customer. Provider will use Customer Data only to provide the service to Customer and for no other purpose, during or after the Subscription Term.

3.2 Customer may export all Customer Data at any time in open formats, with the audit trail. Within 30 days after the end of the Subscription Term, Provider will return Customer Data on request and then delete it from its systems and backups, and confirm the deletion in writing.

### 4. Security

4.1 Provider will maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, keep the service filed at MLPS level 3, restrict access to Customer Data to named support staff with multi-factor authentication, and log all such access.

4.2 Provider will notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, investigate and remedy it, and bear the costs and losses caused by its failure to comply with this Section.

### 5. Subcontractors

5.1 Provider may engage subcontractors and sub-processors, including its hosting provider and support partners, to perform any part of the service. Provider lists them on its online trust portal and will update the list at least fifteen days before a new subcontractor begins processing Customer Data. Customer's consent is not required. Provider remains responsible for their performance.

### 6. Intellectual Property

6.1 Provider owns the service, its software and its standard templates.

6.2 The notebook and protocol templates, workflows and reports built specifically for Customer during onboarding belong to Customer. Customer may copy, change and use them, and let others use them, without restriction, including after the Subscription Term.

### 7. Confidentiality

7.1 Each party will keep the other party's confidential information secret, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation lasts for five years after the Subscription Term ends; for trade secrets and Customer Data it lasts as long as the information remains confidential.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profits.

8.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months before the event giving rise to the claim.

8.3 The limits in 8.1 and 8.2 do not apply to death or personal injury, fraud, or wilful misconduct.

### 9. Term and Termination

9.1 This Order Form starts on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

9.3 If Customer terminates under 9.2, Provider will refund the prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes will be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Notices must be in writing and sent to the contacts named in A6 by courier or email.

11.2 Neither party may assign this Order Form without the other's written consent, except to an affiliate that takes over the relevant business.

11.3 This Order Form is signed in English and Chinese; the two versions have equal effect.

| For Customer | For Provider |
|---|---|
| Name: | Name: |
| Title: | Title: |
| Date: | Date: |
"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. DGP-EQ-2026-0355
P:This Contract is made on the Buyer's standard terms for equipment and software purchases between:
P:Buyer: Dongguan Nanhai Paper Industry Co., Ltd., a company established in the People's Republic of China, registered in Dongguan, Guangdong Province.
P:Supplier: Ina Valley Sensing Co., Ltd., a company incorporated in Japan, with its head office and factory in Iida, Nagano Prefecture.
P:The Buyer wishes to monitor the vibration and temperature of the rotating equipment on its two paper machines and its stock preparation line. The Supplier manufactures wireless condition monitoring sensors and the monitoring software that analyses their data. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and edge servers listed in Clause 2.
P:1.2 "Software" means the Supplier's condition monitoring software licensed under Clause 4, including the operator dashboard and the alarm engine.
P:1.3 "Custom Work" means the analytics models, alarm rules, dashboards, machine layouts and interface programs configured or written by the Supplier specifically for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, asset records and reports produced by the Equipment or the Software at the Buyer's mill, and any data the Buyer provides to the Supplier.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Software, configure the Custom Work and train the Buyer's staff. The total Contract Price is CNY 1,570,000, inclusive of VAT, customs duties, freight to the Buyer's mill and insurance, as itemised in the price table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors, ATEX-free industrial grade|320|1,850|592,000
TB:2|Wireless gateways with PoE injectors|16|12,500|200,000
TB:3|Edge analytics servers (redundant pair)|2|68,000|136,000
TB:4|Condition monitoring software, perpetual licence, 320 measuring points|1|384,000|384,000
TB:|Hardware and Licence Subtotal|||1,312,000
TB:5|Installation, cabling of gateways and commissioning|1 lot|146,000|146,000
TB:6|Analytics model and alarm rule configuration|1 lot|92,000|92,000
TB:7|Operator and maintenance engineer training|1 lot|20,000|20,000
TB:|Contract Price|||1,570,000
P:2.2 The Contract Price is fixed. It covers all work, materials, travel and expenses needed to complete the scope, including the mounting studs, adhesive and brackets for the sensors.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 157,000) within 30 days after signature of this Contract and receipt of the Supplier's invoice.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 863,500) within 30 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Equipment has been delivered, mounted and switched on; it is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 549,500) within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice for the amount due.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's Dongguan mill for the measuring points purchased, including the right to move the licence to replacement servers.
P:4.2 Embedded firmware in the Equipment is licensed to the Buyer for the life of the Equipment.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's mill within 60 days after signature and complete installation within 40 days after delivery. Installation on running machines shall be carried out during the planned shutdowns notified by the Buyer.
P:5.2 The Supplier's personnel shall follow the Buyer's site safety rules, including lock-out and permit-to-work procedures.
P:5.3 The Supplier shall train six operators and four maintenance engineers of the Buyer at the mill, in Chinese, covering the dashboard, alarm handling, sensor replacement and battery changes, basic diagnosis of gateways and the interpretation of vibration spectra, and shall provide training materials that the Buyer may copy for internal use.
H:6. Acceptance
P:6.1 After installation the system shall run for a trial period of 45 days. Final Acceptance takes place at the end of the trial period if: (a) every sensor reports its scheduled readings throughout the trial period, with no gap longer than two hours except during shutdowns notified by the Buyer; (b) the vibration values measured by the sensors agree with the Buyer's calibrated portable analyser within the tolerance in the technical specification on 30 test points chosen by the Buyer; (c) each alarm rule has been tested with simulated values and reaches the operator dashboard and the maintenance team's mobile devices within two minutes; (d) the interface with the Buyer's maintenance management system creates work orders correctly; and (e) all documentation, configuration backups and training records have been handed over.
P:6.2 If any criterion is not met, the Supplier shall correct the defect within 15 days and the relevant tests shall be repeated. Use of the system during the trial period is not acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail before their rated life, correct Software defects and provide new versions free of charge.
P:7.2 A Critical fault is one where a gateway, an edge server or the Software stops, so that one or more machines are no longer monitored. The Supplier shall respond to a Critical fault within 30 minutes by remote connection, and restore monitoring within eight hours, if necessary by sending an engineer from its Guangzhou service centre. Other faults shall be answered within one business day.
P:7.3 For each hour by which the Supplier exceeds the Critical fault response or restoration time, it shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period the Buyer may order annual support from the Supplier for 8% of the Hardware and Licence Subtotal per year (CNY 104,960). This fee is fixed for the first two support years. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep spare parts and replacement sensors available for at least seven years after Final Acceptance.
H:8. Delay
P:8.1 If the Supplier fails to meet the delivery date, the installation date or the Final Acceptance date for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:9. Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the Software, the firmware and its standard analytics library.
P:9.2 The Custom Work belongs to the Buyer. The Supplier shall hand over its files and source code at Final Acceptance, and the Buyer may use, modify and license the Custom Work without restriction.
H:10. Data Security
P:10.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:10.2 The Software shall run on the Buyer's own servers in the mill. The Supplier may access it remotely only through the Buyer's VPN, with an individual account per engineer and the Buyer's approval for each session, and shall not copy Buyer Data out of the Buyer's network.
P:10.3 The Supplier shall comply with the Cybersecurity Law and Data Security Law of the People's Republic of China, report any security incident affecting the Buyer's systems or Buyer Data within 12 hours, cooperate in the response, and be liable for losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Neither party shall disclose to any third party, without the other party's prior written consent, technical or business information it obtains from the other party under this Contract, including the Buyer's process data and machine layouts. This duty survives for five years after the Contract ends.
H:12. Liability
P:12.1 The Supplier's aggregate liability arising from this Contract shall not exceed 200% of the Contract Price. This ceiling does not cover liability for death or bodily injury, for deliberate wrongdoing, or for breaches of Clause 10 or Clause 11.
H:13. Subcontracting
P:13.1 Any subcontracting by the Supplier, including the cabling of gateways, requires the Buyer's approval in writing given in advance. Approved subcontractors work under the Supplier's responsibility as if their work were the Supplier's own.
H:14. Termination
P:14.1 Where the Supplier is in material breach and has not cured the breach within 20 days of being notified in writing by the Buyer, or where the delay damages payable under Clause 8 have reached the 8% ceiling, the Buyer is entitled to terminate this Contract by written notice. The Supplier shall then refund the payments received for Equipment or work not accepted.
H:15. Force Majeure
P:15.1 A party affected by force majeure shall notify the other party within five days and is excused for the duration of the event. If the event lasts more than 60 days, either party may terminate this Contract.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Either party may refer a dispute to the Shenzhen Court of International Arbitration. The seat of arbitration is Shenzhen and the award is final.
H:17. General
P:17.1 This Contract is made in English and Chinese, in four originals. Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. OMI-TJ-2026-07

**Between**

**Tianjin Binhai Precision Forging Co., Ltd.**, a company established in the People's Republic of China, with its registered office in the Tianjin Binhai New Area ("Customer"); and

**Okitama Managed IT Co., Ltd.**, a company incorporated in Japan, with its head office in Yonezawa, Yamagata Prefecture, acting with the support of its service centre in Tianjin ("Supplier").

**Background.** Customer operates a forging plant, a machining plant and a head office in Tianjin. It wishes to outsource the operation of its servers, storage, backup, network and end-user support to Supplier for thirty-six months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Transition" means the handover of the operation of Customer's IT environment from Customer's in-house team to Supplier, as described in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate.

1.5 "Customer Data" means all data stored in or processed by the systems covered by the Services, including production, quality, personnel and financial data, and all logs and configurations of those systems.

## 2. Term

2.1 This Agreement starts on signature. The Services are provided for thirty-six (36) months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## 3. Services

3.1 Supplier shall provide the Services in accordance with Schedule 1, the Service Levels and good industry practice, with personnel qualified for the systems concerned.

3.2 Supplier shall keep a service desk available to Customer's users in Chinese by telephone, email and portal, and shall keep two engineers on site at Customer's premises during Customer's day shift on working days.

3.3 Supplier shall manage changes to Customer's systems through a change process agreed with Customer. No change affecting production systems may be made without Customer's approval, except in an emergency to restore service.

## 4. Transition and Acceptance

4.1 Supplier shall carry out the Transition according to the plan in Schedule 3 and shall use reasonable endeavours to complete it by the target date shown there.

4.2 Transition Acceptance requires that: (a) all servers, storage systems, network devices and end-user devices in scope are recorded in the configuration database and reconciled with Customer's asset register; (b) every system in scope is connected to Supplier's monitoring platform and generates test alerts; (c) a restore test of the ERP database, the file server and the MES database from backup succeeds within the recovery times in Schedule 2; (d) runbooks for every production system are written and reviewed by Customer; and (e) the service desk has handled live tickets for ten consecutive working days in parallel with Customer's team.

4.3 When all criteria are met, Customer shall sign the Transition Acceptance Certificate. Operation of any system by Supplier before that date is not acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 1. The Total Contract Value is CNY 2,600,000, inclusive of VAT, consisting of the Transition Charge of CNY 134,000 and thirty-six Monthly Service Charges of CNY 68,500.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls, pro rata for a part month. No amount is payable in advance.

5.3 Customer shall pay each correct invoice within 45 days after receipt.

5.4 The charges are fixed for the Term. Changes to the number of devices in scope of more than 10% are handled as a change under Section 3.3 at the unit rates in Schedule 1.

## 6. Service Levels

6.1 Supplier shall meet the Service Levels in Schedule 2 and report on them monthly.

6.2 The Service Levels are performance targets. If Supplier fails to meet a Service Level, it shall investigate the cause and submit a service improvement plan within ten working days and carry it out. No service credits, fee reductions or damages are payable for failure to meet a Service Level.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Supplier shall use it only to provide the Services and shall not copy, keep, analyse or disclose it for any other purpose.

7.2 Supplier shall access Customer's systems only through Customer's privileged access gateway, with individual accounts and multi-factor authentication; all sessions are recorded. Supplier shall not store Customer Data outside Customer's premises or outside the People's Republic of China.

7.3 Supplier shall comply with Customer's information security policies, the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law, report any security incident affecting Customer Data or Customer's systems within two hours, take immediate containment measures, and be liable for losses caused by its breach of this Section.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including Customer's drawings, process parameters, prices and customer lists, and shall not disclose it to a third party without prior written consent. This obligation continues for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 Supplier keeps the rights in its monitoring platform, tools and general know-how.

9.2 Runbooks, scripts, configuration records, documentation and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and pass them to any successor supplier without restriction.

## 10. Subcontracting and Personnel

10.1 Supplier may use subcontractors for any part of the Services only with Customer's written approval given in advance, and is answerable for approved subcontractors as for its own staff.

10.2 Supplier shall name a service manager for Customer and shall not replace the service manager or the on-site engineers without giving Customer reasonable notice and a qualified replacement.

## 11. Liability

11.1 The aggregate liability of each party under or in connection with this Agreement shall not exceed 125% of the Total Contract Value, save that no ceiling applies to liability for death or personal injury, for fraud or deliberate default, or for breach of Section 7 or Section 8.

11.2 Neither party is liable for indirect loss or loss of profit, except as stated in 11.1.

## 12. Continuity of the Agreement

12.1 This Agreement may be ended before the end of the Term only by written agreement of both parties or under Section 13.2.

12.2 If either party fails to perform its obligations, the other party may require performance and claim damages under Section 11, but a breach, however serious, does not entitle either party to terminate this Agreement.

## 13. Force Majeure

13.1 A party prevented from performing by force majeure shall notify the other party promptly and is excused while the event continues.

13.2 If force majeure prevents the provision of substantially all Services for more than 90 consecutive days, either party may end this Agreement by written notice.

## 14. Exit

14.1 At the end of the Term Supplier shall, for up to three months and at the unit rates in Schedule 1, help Customer or its new supplier take over the Services, hand over all runbooks, scripts, passwords and records, and delete Customer Data held by it.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be referred to the Tianjin Arbitration Commission and arbitrated in Tianjin.

## Schedule 1 — Services and Charges

| Service element | Scope | Monthly charge (CNY) |
|---|---|---|
| Server and storage operation | 46 virtual servers, 2 storage arrays, virtualisation cluster | 21,500 |
| Backup and recovery | daily backup, weekly off-site copy, quarterly restore test | 9,800 |
| Network operation | 3 sites, 62 switches, 2 firewalls, plant wireless | 12,600 |
| Service desk and end-user support | 520 users, on-site engineers on day shift | 19,400 |
| Monitoring, patching and reporting | all systems in scope | 5,200 |
| **Monthly Service Charge** | | **68,500** |
| Transition Charge (one-time) | Schedule 3 | 134,000 |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | ERP, MES or plant network down, or production stopped by an IT fault | 30 minutes, 24 × 7 | 6 hours |
| P2 | a system degraded or one site's users unable to work | 1 hour | 1 business day |
| P3 | a single user or a non-critical fault | 1 business day | 3 business days |
| Backup | recovery point for ERP and MES | — | 8 hours of data at most |

## Schedule 3 — Transition Plan

| Phase | Activities | Target |
|---|---|---|
| Discovery | inventory, documentation review, access set-up | week 3 |
| Knowledge transfer | shadowing of Customer's team, runbook writing | week 7 |
| Parallel operation | service desk and monitoring live in parallel | week 9 |
| Transition Acceptance | tests under Section 4.2, certificate | week 10 |

| For Customer | For Supplier |
|---|---|
| Name and title: | Name and title: |
| Signature and date: | Signature and date: |
"""

E05 = """AGRICULTURAL DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TAD-HRB-2026-11

PARTIES

Harbin Heitu Seed Technology Co., Ltd., a company established in the People's Republic of China, with its registered office in Harbin, Heilongjiang Province ("Customer").

Tokachi AgriData K.K., a company incorporated in Japan, with its head office in Obihiro, Hokkaido ("Provider").

BACKGROUND

Customer breeds and tests maize, soybean and rice varieties on trial plots across northeast China. Provider operates a data platform that combines weather station data, satellite imagery and crop models into field-level weather, soil moisture and crop growth data, delivered through an application programming interface (the "API"). Customer wishes to subscribe to that data for two growing seasons and to connect it to its trial management system. The parties agree as follows.

1. DEFINITIONS

1.1 "Activation Date" means the date on which Customer signs the Integration Acceptance Certificate under Clause 5.

1.2 "Subscription Year" means the period from the Activation Date to the day before its first anniversary (the first Subscription Year), and the period from that anniversary to the day before the second anniversary (the second Subscription Year).

1.3 "Provider Data" means the weather, soil moisture, evapotranspiration, growing degree day and crop growth index data, forecasts and imagery products made available through the API.

1.4 "Customer Inputs" means the plot boundaries, coordinates, sowing dates, variety codes, trial designs and other information that Customer sends to the API or otherwise provides to Provider.

1.5 "Connectors" means the programs, field mappings and scheduled jobs written by Provider to load Provider Data into Customer's trial management system.

2. SUBSCRIPTION

2.1 Provider shall provide Customer with access to the API and the Provider Data for up to 1,800 registered plots in Heilongjiang, Jilin and Liaoning provinces, with hourly weather updates, daily soil moisture and crop growth indices, and satellite imagery at the resolution stated in the product sheet in the Annex.

2.2 Customer may use the Provider Data for its own breeding, trial evaluation and variety registration work, including in reports submitted to seed authorities, and may keep and use Provider Data received during the subscription after it ends.

2.3 Customer shall not resell the Provider Data or make it available through a public service.

2.4 Registered plots may be replaced at any time; additional plots above 1,800 are charged at CNY 150 per plot per Subscription Year, pro rata.

3. INTEGRATION SERVICES

3.1 Provider shall write the Connectors, register Customer's existing plots, load three past seasons of historical weather data for those plots, and train Customer's data team.

3.2 Provider shall make the integration ready for the acceptance tests within 50 days after signature of this Agreement.

3.3 Provider shall assign a named integration engineer who speaks Chinese, hold a weekly progress call with Customer's data team, and give Customer read access to its issue list for integration tasks. Customer shall provide test access to its trial management system and a list of its plots in the agreed format.

4. FEES AND PAYMENT

4.1 The fees are:

Subscription fee, first Subscription Year ......... CNY 264,000
Subscription fee, second Subscription Year ........ CNY 264,000
Integration services (one-time, fixed) ............ CNY 32,000
Contract Value .................................... CNY 560,000

All amounts include VAT.

4.2 Subscription fees are invoiced quarterly in advance at CNY 66,000 per quarter, starting on the Activation Date. The integration services fee is invoiced after the Activation Date. No amount is invoiced before the Activation Date.

4.3 Customer shall pay each correct invoice within 30 days after receipt, by bank transfer in CNY.

5. INTEGRATION ACCEPTANCE

5.1 The integration is accepted when: (a) all 1,800 plots are registered and return data for every parameter in the product sheet; (b) for 40 plots chosen by Customer, the weather values loaded by the Connectors match the API responses and Provider's station records for a test period of fourteen days; (c) the Connectors load the daily data into Customer's trial management system before 07:00 China Standard Time on each day of the test period; (d) historical data for three past seasons is complete for all registered plots; and (e) Customer's data team has completed the training.

5.2 When the criteria are met, Customer shall sign the Integration Acceptance Certificate within five business days. If a test fails, Provider shall correct the cause and repeat the test. Customer's use of the API during testing is not acceptance.

5.3 If Provider does not make the integration ready for the acceptance tests by the date in Clause 3.2 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay.

6. SERVICE LEVELS

6.1 Provider shall make the API available 99.5% of the time in each calendar month, measured at Provider's API gateway, excluding maintenance announced five days in advance and performed between 00:00 and 05:00 China Standard Time.

6.2 If monthly availability is below the commitment in Clause 6.1, Customer receives a credit against the next invoice of 5% of the monthly share of the subscription fee, and 10% of that share if availability is below 99.0%.

6.3 Priority 1 means that the API is unavailable, or daily data for all plots has not been updated by 09:00 China Standard Time. Provider shall respond to a Priority 1 report within one hour, 24 hours a day from April to October and during business hours in other months, and shall keep Customer informed every two hours until the problem is resolved. Other reports are answered within one business day.

6.4 Provider shall notify Customer at least thirty days in advance of any change to the API that is not backward compatible and shall keep the previous version running for at least ninety days after the change.

7. CUSTOMER INPUTS

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to produce and deliver the Provider Data and invoices to Customer under this Agreement, and shall not use them for any other purpose, sell them, or combine them with data of other customers, during or after the term of this Agreement.

7.2 Within 30 days after the end of this Agreement, Provider shall return Customer Inputs to Customer in a common file format on request.

7.3 Customer is responsible for keeping its API keys secret and for the use of the API under its keys.

8. INTELLECTUAL PROPERTY

8.1 Provider keeps all rights in the API, its platform, its crop models and the Provider Data, subject to the rights granted to Customer in Clause 2.2.

8.2 The Connectors belong to Customer. Provider shall hand over their source code and documentation on the Activation Date, and Customer may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, including Customer's variety codes and trial results and Provider's pricing and model documentation, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this Agreement.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Value, except for liability for personal injury, fraud or wilful misconduct, which is not limited.

10.2 Provider Data is produced from measurements and models and may contain errors. Provider is not liable for crop decisions made by Customer on the basis of the Provider Data, except where Provider has failed to apply its published quality control procedures.

11. SUBCONTRACTING

11.1 Provider shall not subcontract any part of its obligations under this Agreement, other than the purchase of raw weather and satellite data from its usual data suppliers, without Customer's prior written consent.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates under this Clause, Provider shall refund the prepaid subscription fees for the period after termination.

12.3 Customer may also terminate this Agreement by written notice if monthly availability is below 99.0% in any three months of a Subscription Year.

13. FORCE MAJEURE

13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including the failure of public satellites or national weather networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules then in force. The award is final and binding on both parties.

15. GENERAL

15.1 This Agreement is made in English and Chinese; both versions are equally authentic. The Annex (Product Sheet) forms part of it.

15.2 Notices shall be in writing and delivered by courier or email to the addresses stated below the signatures.

Signed for Customer: ____________________     Signed for Provider: ____________________
Name and title: ____________________          Name and title: ____________________
Date: ____________________                    Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": ("h846z01_forestry_butterfly_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h846z02_tea_can_factory_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h846z03_trombone_school_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h846z04_water_bureau_underground_river_hydrology_om.txt", "txt", Z04),
    "z05": ("h846z05_porcelain_carving_studio_tracking_supplier_template.md", "md", Z05),
    "e01": ("h846e01_cold_store_grading_software_licence_hirosaki_vendor.pdf", "pdf", E01),
    "e02": ("h846e02_eln_saas_order_form_tsuruoka_vendor.md", "md", E02),
    "e03": ("h846e03_paper_mill_condition_sensors_iida_vendor.docx", "docx", E03),
    "e04": ("h846e04_forging_managed_it_services_yonezawa_vendor.md", "md", E04),
    "e05": ("h846e05_agri_data_api_subscription_obihiro_vendor.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# term values in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value)
LABELS = {
    "z01": ("zh", "software", [99.95, 8, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9,
                               False, True, False, "PRC", G], (True, True, True, False, 2240000)),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, False, 0.1, None, 10, True, True, 18, 17,
                               False, True, False, "PRC", G], (True, True, True, False, 1960000)),
    "z03": ("zh", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 320 / 400000 * 100, None, None, True, None,
                            None, None, True, True, False, "PRC", S], (True, True, None, False, 400000)),
    "z04": ("zh", "services", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                               False, True, False, "PRC", S], (True, True, None, False, 586000)),
    "z05": ("zh", "software", [None, None, False, "supplier", True, True, True, 0.02, None, 60, False, False, 6, 25,
                               False, True, None, None, G], (False, True, True, True, 422000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11,
                               False, True, False, "Japan", G], (True, True, True, False, 1970000)),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 300 / 494000 * 100, 6 / 24 * 100, None,
                            True, None, None, None, False, True, True, "PRC", S], (True, True, None, False, 494000)),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8,
                               False, True, False, "PRC", G], (True, True, True, False, 1570000)),
    "e04": ("en", "services", [None, 0.5, False, "buyer", True, True, True, None, 125, None, True, None, None, None,
                               False, False, False, "PRC", S], (True, False, None, False, 2600000)),
    "e05": ("en", "cloud", [99.5, 1, True, "buyer", False, True, True, 400 / 560000 * 100, 150, None, True, None,
                            None, None, False, True, False, "PRC", S], (True, True, None, False, 560000)),
}
# TCO inputs for goods/licence drafts: (itemised licence/hardware subtotal, annual post-warranty fee)
TCO = {"z01": (1180000, 106200), "z02": (1642000, 279140), "z05": (312000, 78000), "e01": (1260000, 138600),
       "e03": (1312000, 104960)}
# the design list, written before the derivation below
DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SLA-RESPONSE"],
    "z02": ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "e05": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "medium", "z02": "high", "z03": "medium", "z04": "low", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "low", "e04": "high", "e05": "high"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key, t, x):
    base, fee = TCO[key]
    years = 5 - t["warranty_months"] / 12
    post = max(years, 0) * fee
    return post / (x["contract_value"] + post) * 100


def derive(key, t, x):
    """My reading of policy section 3, from the labels."""
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and tco_share(key, t, x) > 40:
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


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# threshold figures: any hit in a built file (raw, whitespace-collapsed, whitespace-free) fails the build
PATTERNS = [
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0?\.050*(?!\d)",
    r"万分之五(?![十百千])",
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九十点])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|小时|个小时)",
    r"four\s*(?:\(4\)\s*)?-?\s*hours?",
    r"四(?:个)?小时",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)",
    r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"十二个月",
    r"(?<![第首])一年",
    r"(?<![\w])one\s*-?\s*years?",
    r"(?<![\d.])1\s*-?\s*(?:years?\b|年)",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "付款30 %", "15%", "40 %", "100%", "100 per cent", "99.9%", "99.90 %", "0.05%", "万分之五",
            "4小时", "4 hours", "four hours", "four (4) hours", "12个月", "12 months", "twelve months",
            "twelve (12) months", "十二个月", "质保一年", "one year", "1 year", "百分之三十", "30.0%"]
MUST_MISS = ["130%", "0.30%", "99.95%", "24小时", "24 hours", "14 hours", "0.055", "万分之五十", "百分之四十五",
             "2026年", "120%", "45%", "115%", "1.5%", "150%", "0.15%", "2.4 hours", "112 months", "2027年1月1日",
             "7×24小时", "12小时", "twenty-four (24) months", "35%", "25.0%", "11 years"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(variant)]
    return hits


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))
    sources = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, kind, src) in TARGETS.items():
        lang, cat, vals, extra = LABELS[k]
        t = dict(zip(TERM_KEYS, vals))
        x = {"sla_clause": extra[0], "ld_stated": extra[1]}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = extra[2]
        else:
            assert extra[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        x["acceptance_deemed_on_delivery"] = extra[3]
        x["contract_value"] = extra[4]
        if t["contract_kind"] == S:
            assert t["final_payment_on_acceptance"] is None or k == "z04", k
        for key, th in THRESHOLDS.items():
            assert t[key] is None or t[key] != th, (k, key)
        if k in TCO:
            share = tco_share(k, t, x)
            assert abs(share - 40) > 2, (k, share)
            print("  %s TCO share %.2f %%" % (k, share))
        rules = derive(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        assert risk_of(rules) == RISK[k], (k, risk_of(rules))
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                      encoding="utf-8")
        text = read_back(OUT / name)
        hits = threshold_hits(text)
        assert not hits, (name, hits)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            print("  %s: %d characters without whitespace" % (name, n))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            print("  %s: %d words" % (name, n))
            assert 1450 <= n <= 1650, (name, n)
    assert covered == set(SEVERITY), set(SEVERITY) - covered
    compliant = [k for k in TARGETS if not DESIGN[k]]
    assert sorted(compliant) == ["e03", "z04"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    for k in ("z01", "z02", "z03", "e02", "e04", "e05"):
        assert 2 <= len(DESIGN[k]) <= 3, k
    print("all checks passed; rules covered: %d" % len(covered))


if __name__ == "__main__":
    main()
