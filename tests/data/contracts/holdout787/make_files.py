"""holdout787: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths as read back, no threshold figure, labels vs. design rules, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:松材线虫病疫情防控监管平台建设项目合同
P:合同编号：LYJ-ZFCG-2026-0417
P:甲方（采购人）：江岭市林业局
P:乙方（供应商）：青杉智林信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就松材线虫病疫情防控监管平台（以下简称“平台”）软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及乙方书面承诺均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供松材线虫病疫情防控监管平台软件永久许可一套，部署于甲方指定的政务云资源，许可不限用户数、不限终端数。
P:1.2 乙方按甲方需求定制开发以下功能：疫木采伐、运输、除治全流程追溯模块；无人机遥感影像疑似病死树识别接口；监测点与诱捕器巡查移动端；疫情小班数据与省级林业有害生物监测系统的对接接口。
P:1.3 乙方负责历史普查数据的清洗和迁移、系统部署、联调、试运行及对甲方和各乡镇林业站人员的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾贰万元整（¥1,620,000），包括：平台软件许可费¥760,000；定制开发费¥690,000；实施及数据迁移费¥128,000；培训费¥42,000。
P:2.2 合同总价为固定价格，已包含乙方完成本合同全部工作所需的一切费用及税费，合同履行期间不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、定制功能全部上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付程序付款，因审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应于合同生效之日起九十日内完成部署和定制开发并提交初步验收申请，于初步验收后六十日内完成试运行。
P:4.2 乙方应按周向甲方报送项目进度，发生可能影响工期的情形时应立即书面报告。甲方应按时提供政务云资源、历史数据和必要的配合，因甲方原因造成的延误，工期相应顺延。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。乙方人员进入甲方办公场所应遵守甲方的管理制度。
P:4.4 乙方应在合同签订后十日内向甲方提交履约保证金，金额为合同总价的5%，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：招标文件及本合同附件所列功能逐项测试通过；迁移后的历史普查数据与原始台账逐条核对一致；无人机影像识别接口在甲方提供的测试样本上运行稳定，识别结果可逐条回溯；与省级监测系统的接口连续十日无数据丢失。
P:5.2 最终验收标准：试运行期间未发生一级故障；在二百个并发用户下页面响应时间不超过3秒；第三方测评机构出具的安全测评报告无高危问题；乙方已移交全部文档和源代码。
P:5.3 验收由甲方组织，必要时可邀请专家参加，验收结论以甲方签署的书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 平台月可用率不低于99.95%（计划内维护除外，计划内维护应提前三日告知甲方）。
P:6.3 一级故障（平台整体不可用或疫木追溯无法登记）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一版本中修复。
P:6.4 乙方未按6.3条响应或恢复的，每超时一小时向甲方支付¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款或履约保证金中扣除。
P:6.5 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的9%（即不超过¥68,400），质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和推广，无需另行付费。
P:7.3 乙方保证其提供的软件及服务不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的疫情监测数据、林业小班数据、遥感影像及巡查记录均属于甲方，乙方不得用于本合同以外的任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求实施开发和运维，远程运维须经甲方审批并通过堡垒机进行，全程留痕。乙方人员不得将甲方数据拷贝至个人设备，测试须使用甲方提供的脱敏样本，项目结束时应当场删除其持有的全部甲方数据并出具书面确认。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、疫情信息和未公开资料负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 乙方逾期超过六十日，或经两次整改仍未通过验收的，甲方有权解除本合同，乙方应退还已收取的款项。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 培训与文档
P:14.1 乙方应对甲方业务人员、系统管理员及各乡镇林业站巡查人员分批开展培训，培训内容包括平台操作、移动端巡查、数据统计和日常维护，培训结束后应保证受训人员能独立操作。
P:14.2 乙方应移交需求规格说明书、设计文档、测试报告、部署手册、用户手册和运维手册，文档应与交付版本一致。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，根据影响程度部分或全部免除责任。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江岭市林业局    乙方（盖章）：青杉智林信息技术有限公司
P:签订日期：2026年  月  日
"""

SRC["z02"] = """T:冲压及手柄铆接生产线控制系统改造合同
P:合同编号：JF-SB-2026-118
P:甲方（买方）：佛山市顺锋厨具制品有限公司（锅铲厂）
P:乙方（卖方）：广东联拓自动化工程有限公司
P:甲方拟对锅铲车间的冲压生产线和手柄铆接生产线进行控制系统改造，乙方负责设备供货、控制软件、安装调试及维保服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 冲压线：更换三台冲床的PLC控制柜，加装伺服压力控制单元，实现送料、冲压、出料联动及模具寿命计数。
P:1.2 铆接线：对两条手柄铆接工位进行自动化改造，加装铆接视觉检测设备，对铆钉缺失、铆接偏位、手柄松动进行在线判定并自动剔除不良品。
P:1.3 车间层：部署产线监控软件，采集设备状态、产量、节拍和不良品数据，通过工位触摸屏显示，并按甲方要求开发与甲方现有MES系统的数据对接程序。
P:1.4 乙方应在改造期间保证甲方每周至少五个工作日的正常生产，停线施工须提前三日与甲方生产部确认排程。
H:第二条 合同价款
P:2.1 合同总价为人民币玖拾肆万元整（¥940,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及控制柜（含电气元件）|3套|95,000|285,000
TB:2|伺服压力控制单元|4套|58,000|232,000
TB:3|铆接视觉检测设备|2套|67,500|135,000
TB:4|工位触摸屏（HMI）|8台|6,500|52,000
TB:5|产线监控软件许可（永久）|1套|96,000|96,000
TB:|软硬件小计|||800,000
TB:6|MES对接程序及联动程序定制|1项|58,000|58,000
TB:7|安装、布线及调试|1项|74,000|74,000
TB:8|操作及维护培训|1项|8,000|8,000
TB:|合同总价|||940,000
P:2.2 上述价格为含税固定总价，包含运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货、安装完毕并经单机调试后，甲方支付合同总价的45%。到货签收和单机调试不代表设备已通过验收。
P:3.3 产线通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方车间，并在到货后二十日内完成安装和单机调试。
P:4.2 乙方施工人员应遵守甲方车间的安全生产制度，动火、登高及带电作业须办理甲方作业许可。施工造成甲方设备或人员损害的，由乙方负责。
P:4.3 乙方应指派一名具有八年以上产线自动化项目经验的项目经理常驻现场，编制施工计划和停线排程，每日下班前向甲方生产部报告当日进度和次日安排。施工结束后，乙方应清理现场，拆除的旧控制柜及电缆按甲方指定地点堆放，由甲方处置。
H:第五条 技术要求与培训
P:5.1 乙方提供的PLC、伺服单元、视觉检测设备和触摸屏应为全新原装产品，品牌、型号和技术参数不得低于附件一技术规格书的要求，并随货提供合格证、说明书、电气原理图和接线图。
P:5.2 伺服压力控制单元应支持压力曲线监测和超限报警，冲压过程中压力异常时应在一个冲程内停机；铆接视觉检测设备的图像应在本地保存不少于九十日，便于甲方质量追溯。
P:5.3 控制系统应设置急停、光栅及双手操作等安全保护，改造后的冲压线应满足国家机械安全标准，乙方应提供安全功能的测试记录。
P:5.4 乙方应对甲方的设备操作工、班组长和设备维修人员进行培训，培训内容包括设备操作、参数调整、常见故障处理和日常保养，培训结束后进行实操考核，考核合格人数应达到甲方报名人数的九成以上。
P:5.5 乙方应在质保期内在甲方车间存放常用易损备件，并提供备件清单及质保期满后的备件价格表。
H:第六条 验收
P:6.1 最终验收标准：冲压线连续生产七十二小时无停机故障，冲压节拍不低于甲方技术要求；铆接视觉检测对甲方准备的不良样件检出率不低于98%，误剔率不高于1%；产线监控软件的产量、节拍数据与人工抽检记录一致；MES对接连续五日数据无丢失。
P:6.2 甲方应在乙方提交验收申请后七日内组织验收，验收合格的，双方签署验收报告。设备投入生产使用不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第七条 质保与维保
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，设备及软件因质量问题出现的故障由乙方免费维修或更换，软件免费升级。
P:7.2 一级故障（冲压线或铆接线停线）乙方应在1小时内远程响应，8小时内到达现场；二级故障（单台设备或单个工位异常）在2小时内响应，24小时内到场处理。
P:7.3 乙方未按7.2条时限响应或到场的，每超时一小时向甲方支付¥800，甲方可从应付款中直接扣除。
P:7.4 质保期满后，乙方提供年度维保服务，年维保费为软硬件小计的7%，即每年¥56,000，质保期满后三年内固定不变。维保服务包括每季度一次预防性巡检、备件供应、故障维修和软件升级。维保合同到期前由双方协商是否续签，不自动续期。
H:第八条 知识产权与数据
P:8.1 产线监控软件的知识产权归乙方，甲方享有永久使用权。
P:8.2 为本项目定制的MES对接程序、PLC联动程序及其源代码归甲方所有，甲方可自行修改或委托他人维护。
P:8.3 产线运行数据、工艺参数和产量数据归甲方所有，乙方不得用于本合同以外的目的。乙方远程维护须经甲方设备部批准，采用甲方提供的专用账号登录，维护结束后即关闭访问权限；乙方不得复制或带走甲方的工艺参数。因乙方原因造成数据丢失、篡改或外泄的，乙方应立即通知甲方、协助恢复并赔偿甲方损失。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:9.2 设备或软件经两次整改仍不能通过验收的，甲方有权退货，乙方应退还已收款项并赔偿损失。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架及布线工程交由具备相应资质的施工单位实施，但应提前三个工作日书面通知甲方，并对施工单位的工作质量和安全负责。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
P:11.2 乙方逾期交货超过三十日，或设备经两次整改仍不能通过验收的，甲方有权解除本合同，乙方应在接到解除通知后十五日内退还已收款项，并自费拆除已安装的设备、恢复原有控制系统，保证甲方产线恢复生产。
H:第十二条 不可抗力
P:12.1 因不可抗力不能履行合同的，受影响一方应在五日内通知对方并提供证明，双方协商延期履行或解除合同。
H:第十三条 适用法律与争议
P:13.1 本合同适用中华人民共和国法律。
P:13.2 争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：技术规格书；附件二：验收测试方案。
P:甲方（盖章）：          乙方（盖章）：
P:日期：2026年  月  日
"""

SRC["z03"] = """门店预约与会员管理SaaS服务及实施合同

合同编号：MF-IT-2026-053
甲方：上海青丝源植发医疗管理有限公司
乙方：杭州云约信息科技有限公司

甲方在全国经营35家连锁植发与头皮护理门店，现向乙方采购门店预约与会员管理SaaS服务及实施服务。依据《中华人民共和国民法典》，双方经协商一致，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方向甲方35家门店提供在线预约、到店签到、面诊档案、毛囊检测记录、植发术后随访、头皮护理疗程卡、会员储值与积分、营销活动及经营报表等功能，支持门店前台电脑、顾问移动端和顾客微信小程序使用。
2. 服务以软件即服务方式提供，系统部署在乙方租用的境内云平台上，乙方负责平台的运行、维护、备份和版本升级。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店、医生和顾问排班、疗程项目、会员等级与价格体系的配置。
2. 乙方负责将甲方现有系统中的顾客档案、会员余额和疗程剩余次数迁移至新系统，并开发与甲方财务系统及呼叫中心的数据接口。
3. 乙方负责对各门店店长、前台及顾问进行培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起计算。
（二）实施期自合同生效之日起六十日，乙方应在实施期内完成全部门店上线。
（三）乙方应在合同生效后七日内提交实施计划，按华东、华南、华北及西南四个区域分批上线，每批上线前应完成该区域门店人员培训和数据核对。上线切换应安排在门店非营业时间进行，切换期间乙方应派员驻店支持，确保顾客预约和会员储值不受影响。

三、合同价款与支付
（一）合同总价为人民币陆拾壹万肆仟元整（¥614,000），其中：
1. SaaS服务费：每店每服务年度¥7,200，35家门店每服务年度¥252,000，两个服务年度合计¥504,000；
2. 实施费：¥86,000；
3. 数据迁移及接口开发费：¥24,000。
（二）SaaS服务费按季度支付，每季度¥63,000，甲方在每季度首月十日前支付当季费用。
（三）实施费和数据迁移及接口开发费在上线验收合格后十五个工作日内一次性支付。
（四）服务期内甲方新增门店的，按每店每服务年度¥7,200按月折算计费。

四、上线验收
（一）验收标准：各门店预约、签到、会员储值及疗程核销流程测试通过；迁移后的顾客档案、会员余额和疗程剩余次数与甲方原系统逐店核对一致；财务接口连续七日对账无差异；小程序预约在五百名顾客同时访问时页面响应不超过2秒。
（二）乙方提交上线验收申请后，甲方应在十个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
（三）验收不合格的，乙方应在十日内整改并重新提交验收。经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收取的全部款项。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间，并提前两日通知甲方。
（二）故障分级与响应：
1. 一级故障：全部门店无法预约或收银，乙方应在30分钟内响应，3小时内恢复；
2. 二级故障：部分门店或部分功能不可用，2小时内响应，8小时内恢复；
3. 三级问题：一般咨询或优化需求，一个工作日内答复。
（三）月可用率低于承诺值的，每低于0.1个百分点，乙方按当月服务费的5%给予服务费抵扣；一级故障超过恢复时限的，每超时一小时抵扣当月服务费的2%。抵扣金额在下季度服务费中扣除。

六、数据
（一）甲方顾客档案、面诊记录、会员信息及经营数据的所有权归甲方。
（二）乙方可在去除个人身份信息后，将甲方的预约量、客单价、疗程复购等数据进行汇总分析，用于乙方产品优化及发布行业分析报告。
（三）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除平台中的甲方数据。

七、数据安全
（一）乙方应按网络安全等级保护第三级要求运营平台，对顾客个人信息及健康信息加密存储和传输，实行最小权限管理，保留操作日志不少于一百八十日。
（二）乙方应每日备份数据，备份数据异地保存。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的通知义务；因乙方原因造成的，由乙方承担全部责任，包括甲方因此承担的行政处罚和对顾客的赔偿。

八、保密
双方对在合作中知悉的对方商业信息、技术资料和顾客信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

九、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方开发的财务及呼叫中心接口程序、定制报表模板的知识产权归甲方所有，乙方应交付源代码。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日向甲方支付违约金¥500。
（二）乙方违反本合同第七条、第八条约定的，应赔偿甲方由此遭受的全部损失，包括甲方向顾客支付的赔偿和合理的律师费用。
（三）甲方逾期支付服务费超过三十日的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停服务，但应提前三日通知。

十一、续期
服务期满前三十日内双方均未书面提出终止的，本合同自动续期一个服务年度，可连续续期。续期服务费由乙方按其届时公布的标准价格执行，上调幅度不超过上一服务年度服务费的8%。

十二、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的应事先取得甲方书面同意。

十三、合同解除
乙方严重违约，或一级故障在一个服务年度内累计发生三次以上的，甲方可书面通知解除本合同，乙方应退还已收取但未提供服务期间的服务费。

十四、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交上海仲裁委员会仲裁。

十五、服务管理
（一）乙方应指定一名客户成功经理作为甲方的固定对接人，每月向甲方提交服务报告，内容包括月可用率、故障清单及处理情况、版本更新说明和门店使用情况分析。
（二）乙方应提供工作日九点至二十一点的在线客服和全天候故障热线，周末及法定节假日门店营业期间应保证一级故障可及时处理。
（三）乙方进行版本升级的，应提前七日通知甲方并说明变更内容，涉及门店操作流程变化的，应免费提供培训资料和视频教程。
（四）乙方应配合甲方接受卫生健康主管部门对医疗机构信息系统的检查，按要求提供系统日志和安全测评资料。

十六、甲方义务
（一）甲方应指定项目负责人，按时提供门店资料、价格体系和原系统数据，组织门店人员参加培训。
（二）甲方应妥善保管账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十七、不可抗力
因不可抗力造成服务中断的，受影响一方应及时通知对方，并在影响消除后尽快恢复履行；不可抗力期间不计入可用率考核。

十八、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：              乙方（盖章）：
签订日期：2026年  月  日
"""

SRC["z04"] = """社会福利院入院与照护管理系统2027年度运维服务合同

项目名称：市社会福利院入院与照护管理系统年度运维服务
采购方式：竞争性磋商
合同编号：MZJ-FLY-YW-2027-02

甲方：临江市社会福利院（主管部门：临江市民政局）
乙方：临江颐信软件服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方的响应文件，经磋商小组评审，乙方为成交供应商。双方就甲方入院与照护管理系统年度运维服务订立本合同。

第一条 服务对象
甲方入院与照护管理系统包括入院评估与登记、床位管理、照护计划、护理记录、用药管理、膳食管理、家属探视预约、费用结算及民政补贴申报等模块，部署于甲方机房的两台应用服务器和一台数据库服务器上，另有护理站终端四十二台、移动护理平板三十台。

第二条 服务内容
（一）日常运维：乙方派驻一名驻场工程师，工作日八点三十分至十七点三十分在甲方现场值守，负责系统日常监控、故障处理、账号维护、用户咨询和操作指导。
（二）巡检：乙方每月对应用服务器、数据库和终端进行一次全面巡检，检查系统日志、数据库空间、接口运行及终端软件版本，并于次月五日前提交月度巡检报告。
（三）数据库维护：乙方负责数据库性能优化、表空间管理，协助甲方检查每日备份任务的执行情况。
（四）需求变更：因民政政策调整需要修改补贴申报、费用结算规则或报表的，乙方在本合同服务期内免费完成不超过二十个工作量单位的功能调整；超出部分另行协商。
（五）版本升级：乙方负责将系统升级至适配国产操作系统和数据库的新版本，升级方案须经甲方书面确认。
（六）培训：乙方每季度对新入职的护理员和社工进行一次系统操作培训，并更新操作手册。
（七）重要时段保障：春节、国庆等节假日以及民政部门年度检查、补贴集中申报期间，乙方应提前制定保障方案，安排工程师现场值守。
（八）终端维护：乙方负责护理站终端和移动护理平板上业务软件的安装、配置和故障排除，硬件故障由乙方协助甲方联系原厂维修。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方如需继续采购运维服务，按政府采购程序另行确定供应商。

第四条 合同金额与支付
（一）合同金额为人民币叁拾陆万捌仟元整（¥368,000），为本服务期内全部服务的固定总价。
（二）运维费按季度支付，每季度末经甲方对当季服务考核后，于下季度首月十五个工作日内支付¥92,000。
（三）甲方根据季度考核结果按第九条扣减相应费用后支付。乙方应在每次付款前开具发票。

第五条 乙方人员
（一）驻场工程师应具有三年以上医疗或养老信息系统运维经验，熟悉本系统的业务流程和数据库结构，名单及资质证明作为本合同附件。
（二）乙方更换驻场工程师的，应提前十五日书面告知甲方，并安排新旧人员交接不少于五个工作日；新人员的资质不得低于原人员。驻场工程师休假期间，乙方应安排替岗人员。
（三）乙方应另行配备一名数据库工程师和一名开发工程师作为后台支持，按需到场。
（四）乙方人员在甲方院区工作时应遵守福利院的管理制度，尊重入住老人，不得进入老人居室，不得收受老人或家属的任何财物。

第六条 服务水平
（一）故障分级：一级故障指系统整体无法使用，或入院登记、护理记录、用药管理任一模块无法使用；二级故障指部分功能异常但有替代手段；三级问题指一般操作咨询。
（二）响应与处理时限：一级故障乙方应在15分钟内响应，驻场工程师立即处理，2小时内恢复使用；非工作时间发生一级故障的，乙方应在1小时内到达现场。二级故障1小时内响应，当日解决。三级问题在两个工作日内答复。
（三）乙方应建立故障台账，记录每次故障的发生时间、响应时间、恢复时间、原因和处理措施，作为季度考核依据。
（四）乙方应每月统计各模块的使用情况和用户反馈，在月度巡检报告中提出系统优化建议，对反复出现的同类故障应分析根本原因并提出整改措施，经甲方同意后实施。

第七条 甲方义务
（一）甲方应为驻场工程师提供办公场所、网络接入和必要的办公设备，指定信息科专人负责与乙方对接。
（二）甲方应及时向乙方提供民政政策调整文件和业务需求说明，对乙方提交的变更方案和升级方案在五个工作日内给予书面答复。
（三）甲方发现系统故障的，应及时通过电话或工单通知乙方，并配合乙方进行故障排查。

第八条 季度考核与年度验收
（一）甲方每季度按以下标准对乙方进行考核：驻场出勤率；一、二级故障是否在时限内响应和恢复；月度巡检报告是否按时提交且内容完整；需求变更是否按确认的计划完成。
（二）服务期满后，甲方依据四个季度的考核结果、巡检报告、故障台账及版本升级完成情况组织年度验收，验收合格的，双方签署年度运维验收报告。乙方提交的文档不全或考核不合格事项未整改完毕的，验收不予通过。

第九条 费用扣减
（一）一级故障未在时限内响应或恢复的，每次扣减¥1,000；二级故障未在当日解决的，每次扣减¥300。
（二）驻场工程师无故缺勤的，每日扣减¥600。

第十条 违约金
（一）乙方未按期提交月度巡检报告，或未按双方确认的计划完成需求变更及版本升级的，每逾期一日按合同金额的千分之一向甲方支付违约金。
（二）甲方无正当理由逾期付款的，按中国人民银行同期贷款利率向乙方支付逾期利息。

第十一条 数据与成果归属
（一）系统中的老人档案、健康评估、照护及用药记录、费用和补贴数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
（二）乙方在服务期内形成的巡检报告、运维文档、脚本及变更开发的程序代码归甲方所有。

第十二条 保密
乙方及其驻场人员对在服务过程中接触到的入住老人及其家属的个人信息、健康状况、甲方内部资料负有保密义务，不得以任何方式向第三方透露。乙方应要求驻场人员签署保密承诺书。本条在合同终止后继续有效。

第十三条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十四条 服务交接
服务期满前一个月，乙方应整理系统配置、账号清单、运维文档、故障台账和源代码，向甲方或甲方指定的后续服务单位进行交接，交接期间乙方应继续提供服务，交接完成后双方签署交接确认书。

第十五条 合同的履行
本合同签订后，双方应全面履行。除发生不可抗力致使合同目的无法实现的情形外，任何一方不得单方解除本合同。

第十六条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 不可抗力
因不可抗力导致服务无法正常提供的，乙方应及时通知甲方，并在条件允许时尽快恢复服务，由此延误的时间不计入考核。

第十八条 其他
（一）本合同未尽事宜，按照竞争性磋商文件和乙方响应文件执行。
（二）本合同一式五份，甲方三份，乙方一份，报临江市民政局备案一份，自双方签字盖章之日起生效。

甲方（盖章）：临江市社会福利院        乙方（盖章）：临江颐信软件服务有限公司
法定代表人或授权代表：                法定代表人或授权代表：
签订日期：2026年  月  日
"""

SRC["z05"] = """# 绣联工坊管理系统软件许可及定制开发合同

（绣联软件标准合同文本 V3.0）

合同编号：XL-HT-2026-0219

甲方（用户）：苏州镇湖锦澜苏绣工坊有限公司
乙方（开发方）：苏州绣联软件科技有限公司

甲方为管理苏绣作品从绣稿、上绷、刺绣到下绷、装裱的生产过程，向乙方购买“绣联工坊管理系统”软件许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供绣联工坊管理系统标准版软件永久许可一套，含工单管理、绣稿库、工序扫码、计件工资、库存及报表模块，用户数不超过八十个。

1.2 乙方按甲方需求进行以下定制开发：绷框上绷与下绷工序扫码追踪；绣娘针法等级与计件单价规则；作品进度照片上传及客户查询小程序；与甲方现有电商后台的订单对接。

1.3 乙方负责系统安装部署、基础数据初始化和使用培训。

1.4 定制开发的具体内容以双方确认的《需求确认书》为准。《需求确认书》签字确认后，甲方提出的新增或变更需求，乙方按每人每日¥2,000另行报价，工期相应顺延。

1.5 系统运行环境：服务器操作系统、数据库及扫码枪、标签打印机等外设由甲方自行采购，乙方提供配置建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 绣联工坊管理系统标准版软件许可 | 420,000 |
| 2 | 定制开发（工序追踪、计件规则、小程序、订单对接） | 138,000 |
| 3 | 安装部署及培训 | 42,000 |
| | 合计 | 600,000 |

合同总价为人民币陆拾万元整（¥600,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥390,000。乙方收到该笔款项后启动项目，首付款在任何情况下均不予退还。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥210,000。

3.3 甲方逾期付款的，乙方有权暂停开发、实施及维护服务，工期相应顺延，并按每日千分之一向甲方收取逾期付款违约金。

## 第四条 交付

4.1 乙方在收到首付款后七十五日内完成定制开发和系统部署，具备上线条件。

4.2 甲方应在乙方通知后五日内安排上线，甲方未按期安排上线的，自乙方通知之日起第六日视为已上线。

4.3 乙方在开发过程中每两周向甲方演示一次阶段成果，甲方应在演示后三日内提出意见，逾期未提出的视为认可。

4.4 甲方应提供部署所需的服务器、网络环境及基础数据，因甲方原因造成的延误，乙方不承担责任。

## 第五条 甲方义务

5.1 甲方应指定项目联系人，负责需求确认、资料提供和内部协调，并在乙方提出要求后三个工作日内答复。

5.2 甲方应按乙方要求的格式整理绣稿、员工、工价和库存等基础数据，数据的真实性和完整性由甲方负责。

5.3 甲方应保证服务器和网络的稳定运行，并做好日常数据备份。因甲方环境、操作不当或擅自修改系统造成的故障，不属于免费维护范围。

## 第六条 培训

6.1 乙方在系统上线前为甲方提供两次集中培训，对象为甲方管理人员、绣稿管理员和各绣坊班组长，每次不超过一日。

6.2 绣娘的扫码报工操作由甲方班组长自行培训，乙方提供操作视频。

6.3 上线后甲方人员变动需要再次培训的，乙方可另行收费，收费标准按乙方当年公布的培训服务报价执行，远程培训每次不超过两小时。

## 第七条 验收

7.1 系统上线运行即视为甲方验收合格。

7.2 上线后甲方发现的问题，乙方在免费维护期内予以处理，不影响验收结论及付款。

7.3 甲方对系统功能的意见应在上线前以书面形式提出，上线后提出的功能调整视为新增需求，乙方可按本合同1.4条另行报价，甲方不得以此为由拒绝或延迟支付合同款项。

## 第八条 维护服务

8.1 乙方提供免费维护期六个月，自系统上线之日起计算。

8.2 免费维护期内，乙方提供远程技术支持。一级故障（系统无法登录或无法扫码报工）乙方在2小时内响应，其他问题在两个工作日内响应。乙方仅在工作日九点至十八点提供支持，节假日期间的支持需提前预约。

8.3 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即每年¥117,600，包括远程支持、故障处理和标准版升级。现场服务另按每人每日¥2,000收取差旅及服务费。

8.4 甲方未签订年度维护合同的，乙方不再提供任何技术支持和升级服务。

## 第九条 知识产权

9.1 绣联工坊管理系统标准版的著作权及其他知识产权归乙方所有。

9.2 乙方为甲方定制开发的功能模块、小程序、对接程序及相关源代码、文档，其知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

9.3 乙方有权将定制开发中形成的通用功能纳入标准版向其他客户提供。

## 第十条 数据

10.1 甲方录入系统的绣稿图样、工单、员工及客户信息等数据归甲方所有，乙方不得将其用于本合同以外的目的。

10.2 乙方在远程维护时应使用甲方分配的账号，对访问过程留存日志，不得下载、复制甲方的绣稿图样及客户信息；乙方人员应签署信息安全承诺。

10.3 甲方要求导出数据的，乙方以Excel格式提供工单和计件数据，其他格式的导出另行收费。

10.4 因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应在二十四小时内通知甲方，采取补救措施，并按本合同第十二条承担赔偿责任。

## 第十一条 保密

双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十二条 违约责任

12.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

12.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

12.3 在任何情况下，乙方均不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

## 第十三条 合同解除

一方严重违反本合同，经守约方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同。合同解除后，乙方已完成工作对应的款项不予退还，甲方应停止使用乙方未收取全部费用的软件模块。

## 第十四条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力或乙方不能控制的原因导致合同不能履行或延迟履行的，乙方不承担责任，履行期限相应顺延。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同附件包括《需求确认书》《报价单》及《系统功能清单》，附件与本合同正文不一致的，以本合同正文为准。

16.2 双方的通知以书面形式送达本合同首部所列地址，或发送至双方项目联系人的电子邮箱，发出后第二日视为送达。

16.3 本合同文本为乙方标准合同，双方对合同条款均已充分理解。

16.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：

日期：2026年  月  日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. FSC-IT-2026-311
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Huarun Ceramic Tile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanzhuang Town, Chancheng District, Foshan, Guangdong (the "Buyer"), and Naqsh-e Jahan Glaze Systems Co., a company registered in Isfahan, Islamic Republic of Iran, with its office on Hakim Nezami Street, Isfahan (the "Vendor").
P:The Buyer produces glazed porcelain and ceramic wall tiles on six roller-kiln lines. The Vendor develops GlazeMaster, software for glaze recipe management, batch weighing control and kiln firing-curve scheduling. The Buyer wishes to acquire a perpetual licence of GlazeMaster together with configuration, interface development, training and go-live services, and the Vendor agrees to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means GlazeMaster version 7 in object code, including the Recipe, Weighing, Kiln Scheduler and Quality modules, and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, adapters, reports, configuration scripts and related documentation developed by the Vendor specifically for the Buyer, including the interfaces to the Buyer's glaze-line weighing scales, the kiln PLCs and the Buyer's ERP system.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.4 "Buyer Data" means all recipes, formulas, firing curves, production records and other data entered into or generated by the Software at the Buyer's site.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's Foshan plant and its affiliates in mainland China, for an unlimited number of users, for the Buyer's internal business purposes.
P:2.2 The Vendor shall configure the Software for six kiln lines and two glaze preparation workshops, migrate about 2,300 existing glaze recipes from the Buyer's spreadsheets, develop the Custom Deliverables and train the Buyer's staff.
P:2.3 The Vendor shall name a project manager who speaks English or Chinese and who will be present in Foshan during configuration, testing and go-live. The Buyer shall name a project coordinator, provide the server environment, network access and sample batches, and make its glaze technicians available for the recipe migration.
P:2.4 The Software shall be installed on servers provided by the Buyer at its plant. The Vendor's engineers will work on site in Foshan and, with the Buyer's permission, remotely.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,350,000 (one million three hundred and fifty thousand yuan), inclusive of taxes payable in China, consisting of: Software licence fee CNY 980,000; configuration, recipe migration and Custom Deliverables CNY 310,000; training and go-live support CNY 60,000.
P:3.2 The price is fixed. Travel and living costs of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within twenty days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the total price after the Software is installed and configured and the Custom Deliverables are delivered, against the Vendor's installation report countersigned by the Buyer. The installation report is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within thirty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named by the Vendor. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and delivery of the Custom Deliverables within one hundred and twenty days after signature.
P:5.2 Final Acceptance tests shall verify that: (a) all migrated recipes match the source spreadsheets line by line; (b) weighing control keeps each glaze component within the tolerance set in the Technical Specification on three consecutive batches per line; (c) the Kiln Scheduler loads firing curves to every kiln PLC and logs actual temperatures without gaps for fourteen consecutive days; (d) the ERP interface posts material consumption without errors for fourteen days; and (e) all functions listed in the Technical Specification pass the agreed test scripts.
P:5.3 The Buyer shall start the tests within ten days after the Vendor's notice of readiness. If the tests are passed, the Buyer shall issue the Final Acceptance certificate. If a test fails, the Vendor shall correct the defect within fifteen days and the test shall be repeated. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the Technical Specification for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions and provide support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable, or weighing or kiln loading is stopped on any line) shall be responded to by a qualified engineer within one hour, by telephone or remote session, and a workaround shall be provided within eight hours. Severity 2 incidents shall be responded to within two hours and Severity 3 requests within one business day.
P:6.3 If the Vendor misses a response time under Article 6.2, it shall credit the Buyer CNY 1,000 for each hour or part of an hour of delay, deducted from any amount due or paid on demand.
P:6.4 After the Warranty Period, the Vendor shall offer annual support at a fee of 10% of the Software licence fee, being CNY 98,000 per year, fixed for the first three years after the Warranty Period. Support is ordered by the Buyer year by year by written purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including source code, belong to the Buyer upon creation. The Vendor shall deliver the source code and build instructions with the Custom Deliverables. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, shall be made through the Buyer's VPN with two-factor authentication and shall be logged. The Vendor shall not transfer Buyer Data outside the Buyer's systems, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within twelve hours of any actual or suspected unauthorised access to, loss of or disclosure of Buyer Data caused by the Vendor or its staff, shall take remedial measures at its cost and shall be liable for the resulting loss.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's glaze formulas and firing curves, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement and, for glaze formulas, without time limit.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to meet the time for completion in Article 5.1, or Final Acceptance is delayed through the Vendor's fault, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after written notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted, and the Buyer keeps its licence to the Software and its rights in the Custom Deliverables delivered.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control. The affected party shall notify the other party promptly and resume performance as soon as possible.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Islamic Republic of Iran.
P:14.2 Any dispute arising out of this Agreement shall be settled by arbitration at the Arbitration Centre of the Isfahan Chamber of Commerce, Industries, Mines and Agriculture, in Isfahan, in the English language.
H:Article 15 General
P:15.1 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties. Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Scripts) form part of it.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# Order Form and General Terms – SlotWise Warehouse Optimisation Service

Order Form No. SW-CN-2026-044

## PART A – ORDER FORM

### A1. Parties

**Provider:** Toos Logic Software Co., a company registered in Mashhad, Khorasan Razavi, Islamic Republic of Iran, with its office on Ahmadabad Boulevard, Mashhad ("Provider").

**Customer:** Wuhan Changjiang Yunchu E-commerce Fulfilment Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dongxihu District, Wuhan, Hubei ("Customer").

### A2. Service

SlotWise, a hosted software service for warehouse slotting, replenishment planning and pick-path optimisation, in the Professional edition, for Customer's three fulfilment warehouses in Wuhan, Xiaogan and Ezhou. The Service includes the web console, the handheld-terminal application, the standard interfaces to Customer's warehouse management system (WMS) and standard support. The Service is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner.

### A3. Subscription Term

Two Subscription Years. The first Subscription Year starts on the Go-Live Date (Part B, Section 3); the second starts on the first anniversary of the Go-Live Date. This Order Form does not renew automatically. Any extension requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| SlotWise Professional subscription, Subscription Year 1 | 80 named users | 2,100 per user per year | 168,000 |
| SlotWise Professional subscription, Subscription Year 2 | 80 named users | 2,100 per user per year | 168,000 |
| Onboarding: configuration, WMS interface set-up, data load and training (one-time) | 1 | 48,000 | 48,000 |
| **Total fees for the Subscription Term** | | | **384,000** |

All fees are in Chinese yuan (CNY) and include taxes payable in China. Additional named users ordered during the Subscription Term are charged at the same unit price, pro rata to the end of the current Subscription Year.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance and payable within thirty days of invoice.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within thirty days of invoice.

(c) Customer makes no payment before the Go-Live Date.

### A6. Special Terms and Signatures

The Onboarding Plan in Schedule 1 and the Service Level Terms in Section 5 of Part B apply. Go-Live shall be achieved within seventy days after the signature of this Order Form. This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

Signed for Provider: ____________________ Signed for Customer: ____________________

## PART B – GENERAL TERMS

### 1. Definitions

1.1 "Service" means the service described in A2, including updates made generally available by Provider.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including item master data, location data, order lines, pick confirmations and user information, and all output generated from it for Customer.

1.3 "Customer Configurations" means the slotting rules, replenishment parameters, interface mappings and reports configured or developed by Provider specifically for Customer.

1.4 "Business Day" means a working day in mainland China.

### 2. Use of the Service

2.1 Provider grants Customer and its named users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal operations.

2.2 Customer is responsible for the accuracy of the master data it provides and for keeping user credentials secure.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall perform the onboarding work described in Schedule 1, including configuration of the three warehouses, set-up and testing of the WMS interface, initial load of item and location data and training of Customer's supervisors and key users.

3.2 When onboarding is complete, Provider shall give notice of readiness. Customer shall carry out Go-Live Acceptance tests within ten Business Days. The Service passes Go-Live Acceptance when: (a) the WMS interface exchanges item, location and order data for five consecutive Business Days without unreconciled differences; (b) the slotting proposals for each warehouse are generated for the complete item master; (c) pick-path routes are produced for a sample of at least two thousand order lines and are shown to respect every aisle and zone restriction configured; and (d) all key users have completed training.

3.3 The Go-Live Date is the date on which Customer confirms Go-Live Acceptance in writing. Use of the Service for live operations before that date does not count as acceptance. If a test fails, Provider shall correct the failure and the test shall be repeated.

3.4 If the Go-Live Date is not reached within the period stated in A6 for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 300 for each day of delay, up to a total of CNY 19,200.

### 4. Support

4.1 Provider provides support in English and Chinese by ticket portal, e-mail and telephone. Priority 1 incidents may be reported at any time.

4.2 Priority levels: Priority 1 – the Service is unavailable, or pick-path or replenishment tasks cannot be generated for any warehouse; Priority 2 – a function is impaired but warehouse operations continue; Priority 3 – questions and minor defects.

4.3 Provider shall respond to Priority 1 incidents within thirty minutes and work continuously until the Service is restored; Priority 2 within two hours; Priority 3 within one Business Day.

### 5. Service Levels

5.1 Provider shall make the Service available 99.5% of the time in each calendar month, measured at the edge of Provider's hosting network, excluding scheduled maintenance announced at least three days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 If monthly availability falls below the commitment in Section 5.1, Customer is entitled to a service credit of 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point, or part of it, below the commitment, up to half of the monthly equivalent. If Provider misses a Priority 1 response time, Customer is entitled to a credit of CNY 500 for each hour of delay. Credits are set off against the next invoice or, at the end of the Subscription Term, refunded.

5.3 Provider shall send Customer a monthly service report with availability, incidents and response times.

### 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, share or analyse it for its own account.

6.2 Provider shall store and process Customer Data only in mainland China. Provider shall encrypt Customer Data in transit and at rest, restrict access to authorised personnel on a need-to-know basis, keep access logs for at least six months, keep daily backups and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Provider's staff outside China shall have no access to Customer Data except through a logged session approved by Customer for a specific incident.

6.3 Provider shall notify Customer within twenty-four hours of becoming aware of any security incident affecting Customer Data, shall take all steps needed to contain it and shall compensate Customer for the loss caused by an incident attributable to Provider.

6.4 Within thirty days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it from its systems and confirm the deletion in writing.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations belong to Customer. Provider shall deliver them in exportable form on request, and Customer may use, modify and license them freely, including with other software.

### 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only under this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This obligation survives for three years after the end of the Agreement.

### 9. Subcontracting

9.1 Apart from its hosting partner named in Schedule 2, Provider shall not subcontract any part of the Service or the onboarding work without Customer's prior written consent. Provider remains responsible for its hosting partner and any approved subcontractor.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

10.3 The limits in this Section do not apply to breach of Sections 6 and 8, infringement claims or wilful misconduct.

### 11. Term and Termination

11.1 The Agreement runs for the Subscription Term stated in A3.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. Customer may also terminate if availability falls below the commitment in Section 5.1 in three months of any Subscription Year.

11.3 If Customer terminates for Provider's breach, Provider shall refund the fees paid for the period after termination.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The arbitration award is final and binding.

### 13. General

13.1 Neither party may assign the Agreement without the other party's written consent.

Schedule 1 – Onboarding Plan. Schedule 2 – Hosting Partner.
"""

SRC["e03"] = """T:Supply Contract for Spinning-Frame Condition Monitoring Sensors and Monitoring Software
P:Contract No. NTHY-EQ-2026-079
P:Buyer: Nantong Haiyun Cotton Spinning Co., Ltd., incorporated in the People's Republic of China, registered office in Haimen District, Nantong, Jiangsu (the "Buyer").
P:Supplier: Kavir Sense Instruments Co., registered in Yazd, Islamic Republic of Iran, with its office and factory in the Yazd Industrial Estate (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for equipment and software procurement. The Buyer runs ring-spinning and roving frames in two mills. The Supplier manufactures wireless vibration and temperature sensors for textile machinery and the SpindleWatch condition-monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the Price Table in Clause 3.
P:1.2 "Software" means the SpindleWatch monitoring software, server edition, licensed perpetually under Clause 8.
P:1.3 "System" means the Equipment and the Software installed, configured and connected at the Buyer's two mills.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under Clause 6.
P:1.5 "Buyer Data" means all measurements, alarms, machine records and reports collected or generated by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Buyer's mills in Haimen, install and commission the Equipment; install the Software on servers provided by the Buyer; configure vibration and temperature alarm thresholds and analytics models for each type of frame; connect the System to the Buyer's production reporting system; and train the Buyer's maintenance staff.
P:2.2 The sensors shall be fitted to the drafting rollers, main motors and spindle drive bearings of the 38 ring-spinning frames and 6 roving frames listed in Annex 1.
P:2.3 All Equipment shall be new, of current manufacture, fit for use in humid and dusty textile mill conditions and certified for radio use in China before delivery. The Supplier is responsible for export from Iran, shipment, import customs clearance and delivery duty paid to the mills.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,300,000, inclusive of all taxes, duties, freight, insurance and the Supplier's travel costs, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor KS-V3, with mounting kit|420|1,680|705,600
TB:2|Industrial gateway KS-G2, with antenna and power supply|14|9,800|137,200
TB:3|SpindleWatch server licence, perpetual, unlimited users|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,128,800
TB:4|Installation and commissioning|1 lot|96,000|96,000
TB:5|Analytics model configuration and reporting interface|1 lot|54,000|54,000
TB:6|Training|1 lot|21,200|21,200
TB:|Contract Price|||1,300,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 10% of the Contract Price within twenty days after signature, against an advance payment guarantee for the same amount from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price after all Equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate confirms completion of installation only and is not acceptance.
P:4.3 35% of the Contract Price within thirty days after Final Acceptance.
P:4.4 Each payment is made by bank transfer in CNY against a correct invoice.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment within ninety days after signature and complete installation and commissioning within thirty days after delivery.
P:5.2 Installation work shall be planned with the Buyer's production department. Frames may be stopped only during the shift changes or maintenance windows the Buyer agrees to.
P:5.3 The Supplier shall deliver with the Equipment the operating manuals, installation drawings, calibration certificates for every sensor, the radio type-approval certificates and the Software installation and administration guides, in English and Chinese.
P:5.4 The Supplier shall train up to twenty of the Buyer's maintenance engineers and electricians in two sessions at the mills, covering sensor mounting and replacement, gateway configuration, alarm handling, trend analysis and routine administration of the Software. Training is complete when the trainees pass a practical test set by the Supplier and approved by the Buyer.
H:6. Acceptance
P:6.1 Final Acceptance tests shall be carried out under a test plan agreed by the parties and shall show that: (a) every sensor reports vibration and temperature at the configured interval with data completeness of at least 98% over a continuous thirty-day trial run; (b) gateway failover works as specified; (c) alarms are raised on the test bench for each fault type listed in Annex 2; (d) readings of twenty sampled sensors agree with the Buyer's reference instrument within the tolerance in Annex 2; and (e) daily reports are transferred to the Buyer's production reporting system without error during the trial run.
P:6.2 If any test fails, the Supplier shall remedy the failure within fifteen days and the test shall be repeated at the Supplier's cost. Use of the System during the trial run does not amount to acceptance.
P:6.3 Final Acceptance is given only by a certificate signed by the Buyer.
H:7. Warranty, Support and Maintenance
P:7.1 The Supplier warrants the System for thirty-six months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and shall provide Software updates and support free of charge.
P:7.2 Faults are classified in the following table:
TB:Severity|Description|Response time|Restoration target
TB:Severity 1|Software server down, or more than one gateway offline|30 minutes|8 hours
TB:Severity 2|Single gateway offline, or more than ten sensors not reporting|2 hours|24 hours
TB:Severity 3|Single sensor fault or user question|1 business day|5 business days
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response time or restoration target, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment due.
P:7.4 The Supplier shall keep in the Buyer's store a spare stock of twenty sensors and one gateway during the warranty period.
P:7.5 After the warranty period, the Supplier shall provide annual maintenance if the Buyer orders it, at 8% of the Hardware and Licence Subtotal per year (CNY 90,304), fixed for the first two years after the warranty period. Maintenance is ordered year by year and does not renew automatically.
P:7.6 The Supplier shall keep spare parts and replacement sensors compatible with the System available for at least eight years after Final Acceptance and shall give the Buyer at least six months' notice before any model is discontinued, together with a compatible successor model at a price not higher than the unit price in Clause 3.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the firmware embedded in the Equipment for the Buyer's operations, including at any future mill of the Buyer in China.
P:8.2 The analytics models, alarm settings, report templates and interface programs configured or developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 The System shall operate inside the Buyer's network. The Supplier shall not install any component that sends data outside the Buyer's network. Remote access for support requires the Buyer's approval for each session through the Buyer's VPN, and all sessions are logged.
P:9.3 The Supplier shall inform the Buyer within twelve hours of any security incident involving the System or Buyer Data that comes to its knowledge, shall assist in containing it and shall compensate the Buyer for loss caused by the Supplier's breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's mills, machines, production and data that it receives under this Contract and shall not disclose it to third parties without the Buyer's written consent, during this Contract and for three years after it ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum.
H:14. Force Majeure
P:14.1 Neither party is liable for failure or delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure lasts more than sixty days, either party may terminate the affected part of the Contract.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Nantong Arbitration Commission for arbitration in Nantong.
P:Annex 1: Frame list and sensor positions. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed Network and End-User Services Agreement

Agreement No. ZZHT-MS-2026-016

**Customer:** Zhengzhou Zhongyuan Hengtong Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhengzhou Airport Economy Zone, Henan ("Customer").

**Provider:** Kerman Pardis Network Services Co., a company registered in Kerman, Islamic Republic of Iran, acting through its branch office in Zhengzhou ("Provider").

Customer operates nine warehouses and a head office in Henan. Customer wishes to outsource the operation of its wide-area and local networks, Wi-Fi, and end-user device support to Provider for thirty-six months, and Provider agrees to provide these services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the Transition has passed the acceptance criteria in Section 4.

1.3 "Transition" means the work to take over the Services from Customer's current arrangements, described in Section 3.

1.4 "Customer Data" means all data of Customer or its personnel, customers and carriers that Provider accesses or processes in performing the Services, including network configurations, logs, device inventories and ticket records.

1.5 "Service Levels" means the levels in Schedule 2.

## 2. Term

2.1 The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 Provider shall complete the Transition within sixty days after signature of this Agreement. The Transition includes a site survey of all ten sites, an inventory of network equipment and end-user devices, documentation of all configurations, installation of Provider's monitoring collectors, set-up of the service desk and handover from Customer's current support teams.

3.2 Provider shall submit a Transition plan within ten days after signature and report progress weekly.

## 4. Acceptance of Transition

4.1 The Transition is accepted when: (a) all network devices and at least 98% of end-user devices in the inventory are registered in Provider's monitoring and management tools; (b) configuration backups for every network device are stored and restorable; (c) the service desk has handled live tickets for ten consecutive business days in parallel with Customer's team and met the Service Levels; (d) the operations manual and escalation matrix have been approved by Customer; and (e) a failover test of the head-office internet links has been passed.

4.2 Customer shall test within ten business days after Provider's notice of readiness and shall confirm acceptance in writing or list the failures. Provider shall correct the failures and repeat the tests. Running the Services during the parallel period does not count as acceptance.

4.3 If the Service Commencement Date does not occur within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 1,500 for each day of delay, up to CNY 90,000.

## 5. Service Delivery

5.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

5.2 Provider shall assign a named service manager based in Zhengzhou, hold a monthly service review with Customer and deliver a monthly report showing performance against each Service Level, major incidents, changes and capacity trends.

5.3 Changes to network configurations require Customer's approval through the agreed change process, except emergency changes needed to restore service, which shall be reported to Customer within one business day.

5.4 Provider shall staff the Services with engineers holding the certifications listed in Schedule 1 and shall keep at least two engineers on call in Henan outside business hours. Key personnel, including the service manager and the lead network engineer, may be replaced only with Customer's prior approval, which Customer shall not unreasonably withhold.

5.5 Customer shall give Provider access to the sites, equipment rooms and systems needed for the Services, keep its hardware maintenance contracts with manufacturers in force, and inform Provider in advance of any warehouse openings, closures or relocations that affect the Services. Moves, additions and changes beyond the volumes in Schedule 1 are quoted separately and performed only after Customer's written order.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The total charges for the Service Term are CNY 2,200,000, including taxes payable in China.

6.2 The Transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Customer pays each correct invoice within thirty days.

6.3 Service credits under Schedule 2 are deducted from the next monthly invoice.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall keep Customer Data logically separated from the data of Provider's other customers.

7.2 Provider may use anonymised operational data derived from the Services, such as device performance statistics, incident patterns and ticket metadata, to improve its service tools and to prepare benchmarking reports for its customers, during and after the Service Term, provided that Customer is not named.

7.3 At the end of the Service Term Provider shall return all Customer Data and configuration records to Customer and delete its copies, except the anonymised data referred to in Section 7.2.

## 8. Security

8.1 Provider shall perform the Services from within mainland China. Provider's engineers shall access Customer's systems only through Customer's bastion host with personal accounts and multi-factor authentication; all sessions are recorded.

8.2 Provider shall comply with Customer's information security policies, the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and shall maintain ISO 27001 certification for the service centre used for Customer.

8.3 Provider shall report any security incident affecting Customer's systems or Customer Data within two hours after detection, shall contain and remedy it at its cost and shall be liable for loss caused by its breach of this Section.

## 9. Intellectual Property

9.1 Provider keeps its tools, methods and software.

9.2 The configurations, scripts, runbooks, network diagrams and documentation produced for Customer belong to Customer, which may use, modify and license them freely, including with a successor provider.

## 10. Confidentiality

10.1 Each party shall keep confidential the non-public information of the other party received under this Agreement and shall use it only for this Agreement, during the Service Term and for three years after it.

## 11. Liability

11.1 Neither party is liable for loss of profit or indirect loss.

11.2 Provider's total aggregate liability under or in connection with this Agreement shall not exceed CNY 550,000.

## 12. Subcontracting

12.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor, including for on-site hardware repair partners.

## 13. Termination and Exit

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after notice, or if Provider misses the same critical Service Level in three consecutive months.

13.2 On expiry or termination Provider shall provide exit assistance for up to ninety days at the same monthly service charge, pro rata, and shall cooperate with Customer and any successor provider.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.

## Schedule 1 – Service Scope

| Service | Scope | Coverage |
|---|---|---|
| Network monitoring and management | WAN routers, core and access switches, firewalls, Wi-Fi controllers and access points at ten sites | 24 × 7 |
| Service desk | Telephone, portal and e-mail support in Chinese for about 640 users | 07:00–23:00 daily |
| End-user device support | Desktops, laptops, handheld scanners and label printers; remote and on-site support | Business days, on-site at all sites |
| Configuration and change management | Backups of all network configurations, approved changes, firmware updates | As scheduled |
| Reporting | Monthly service report and service review | Monthly |

## Schedule 2 – Service Levels

| Measure | Level | Service credit |
|---|---|---|
| Availability of head-office network and WAN links managed by Provider | 99.95% per month | 3% of the monthly service charge for each 0.1 percentage point below |
| Priority 1 incident response (site down or warehouse system unreachable) | 15 minutes | CNY 1,000 per hour of delay |
| Priority 1 restoration | 3 hours | CNY 2,000 per hour of delay |
| Priority 2 incident response | 1 hour | CNY 300 per hour of delay |
| On-site attendance for end-user devices | Next business day | CNY 200 per late case |

Service credits in a month are capped at 20% of that month's service charge.

## Schedule 3 – Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, invoiced after the Service Commencement Date | 112,000 |
| Monthly service charge | 58,000 per month × 36 months | 2,088,000 |
| Total charges for the Service Term | | 2,200,000 |

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
SOLAR IRRADIANCE AND DUST FORECAST API

Agreement No. GSXN-DS-2026-027

This Data Subscription Agreement is made between:

Gansu Xinneng Solar Power Operation Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengguan District, Lanzhou, Gansu ("Customer"); and

Sistan Sky Data Co., a company registered in Zahedan, Sistan and Baluchestan Province, Islamic Republic of Iran, with its office on Daneshgah Boulevard, Zahedan ("Provider").

BACKGROUND

Customer operates eleven photovoltaic power stations in the Hexi Corridor with a total capacity of about 1,300 MW. Provider produces short-term forecasts of solar irradiance, airborne dust, dust deposition on panels and wind, based on satellite observations and numerical weather models developed for arid regions, and delivers them through an application programming interface (API). Customer wishes to subscribe to these forecasts for its power stations, to improve its day-ahead generation forecasts submitted to the grid operator and to plan panel cleaning.

1. DEFINITIONS

1.1 "Data Products" means the forecast datasets described in Clause 2, delivered through the API in JSON and CSV formats.

1.2 "Subscription Year" means each of the two consecutive periods of one year starting on the Service Start Date and on its first anniversary.

1.3 "Service Start Date" means the date on which Customer confirms Onboarding Acceptance under Clause 4.

1.4 "Customer Inputs" means the station coordinates, panel layouts, inverter and generation data, cleaning records and any other data Customer supplies to Provider.

1.5 "Integration Adapter" means the software adapter and mapping scripts Provider develops to load the Data Products into Customer's power forecasting system.

2. DATA PRODUCTS

2.1 For each of Customer's eleven stations, Provider shall deliver: (a) global horizontal and plane-of-array irradiance forecasts at fifteen-minute resolution for the next seventy-two hours, updated every three hours; (b) forecasts of dust concentration and visibility for the same horizon; (c) a daily estimate of dust deposition on panels and the expected soiling loss; and (d) dust-storm warnings issued as soon as Provider's models indicate a significant event within forty-eight hours.

2.2 Provider shall also deliver a monthly verification report comparing forecast irradiance with the measured irradiance supplied by Customer for each station.

2.3 Provider may improve its models and the Data Products during the term. Provider shall give Customer thirty days' notice of any change to the API format and keep the previous format available for at least ninety days after the change.

3. LICENCE

3.1 Provider grants Customer a non-exclusive, non-transferable licence during the term to use the Data Products for the operation, forecasting, trading and maintenance of Customer's power stations, and to supply them to the grid operator and to Customer's contractors for those purposes.

3.2 Customer shall not resell the Data Products as a stand-alone data service.

3.3 Forecasts and reports already delivered may be kept and used by Customer for its internal records and analysis after the term.

4. ONBOARDING AND ACCEPTANCE

4.1 Within forty-five days after signature, Provider shall set up API access for Customer, calibrate its models for each station using Customer Inputs and at least one year of historical measurements supplied by Customer, develop the Integration Adapter and train Customer's forecasting engineers.

4.2 Onboarding Acceptance requires that: (a) the API delivers all Data Products for all stations at the stated resolution and update frequency for fourteen consecutive days; (b) every delivered file passes schema validation in Customer's forecasting system through the Integration Adapter; (c) a back-test over the most recent ninety days of Customer's historical data shows a reduction in the day-ahead irradiance forecast error compared with Customer's current source, as measured by the method in the Annex; and (d) the training has been completed.

4.3 Customer shall confirm acceptance in writing or identify failures within ten business days after Provider's notice of readiness. Provider shall correct any failure and the relevant test shall be repeated. Use of the Data Products during the test period does not count as acceptance.

5. FEES AND PAYMENT

5.1 The fees are:
(a) subscription fee: CNY 264,000 for each Subscription Year, CNY 528,000 for the two Subscription Years;
(b) onboarding and Integration Adapter fee (one-time): CNY 36,000.
The total fees under this Agreement are CNY 564,000, including taxes payable in China.

5.2 The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer pays each correct invoice within thirty days by bank transfer in CNY.

5.3 The fees are fixed for the term. Additional stations may be added at CNY 22,000 per station per Subscription Year, pro rata.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to deliver the Data Products on schedule, and will inform Customer by e-mail as soon as practicable of any interruption or delayed update.

6.2 Provider will provide technical support by e-mail and telephone during its business hours and will respond to Customer's support requests as promptly as reasonably possible.

6.3 Provider does not warrant that the forecasts will be accurate in every case. Customer remains responsible for its own forecasts submitted to the grid operator.

6.4 Customer shall supply measured irradiance and generation data for each station once a day through the agreed upload channel, keep its station coordinates and panel layouts up to date, and inform Provider of any new station, capacity change or long outage that may affect the calibration. Provider is not responsible for forecast errors caused by missing or incorrect Customer Inputs.

6.5 Each party shall name a contract manager and a technical contact. The contract managers shall meet by video conference once a quarter to review the verification reports, open issues and planned model changes.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to calibrate and produce the Data Products for Customer and for no other purpose, and shall not combine them into products for other customers.

7.2 Customer Inputs shall be stored only on servers located in mainland China and operated by Provider's hosting provider under Provider's control. Provider shall protect Customer Inputs with encryption in transit and at rest, access controls limited to named staff, and logging of all access, and shall comply with the Data Security Law of the People's Republic of China.

7.3 Provider shall notify Customer within twenty-four hours of any unauthorised access to, loss or disclosure of Customer Inputs, take all reasonable steps to contain the incident, and compensate Customer for the loss caused by Provider's breach of this Clause.

7.4 At the end of the term Provider shall delete all Customer Inputs and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider keeps all rights in its models, software and the Data Products, subject to the licence in Clause 3.

8.2 The Integration Adapter and the station-specific calibration settings and mapping scripts made for Customer belong to Customer. Provider shall deliver their source code, and Customer may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and not disclose it to third parties without consent, during the term and for three years after it.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, including loss of profit or penalties imposed by the grid operator for forecast deviation, except where caused by wilful misconduct.

10.2 Each party's total liability under this Agreement shall not exceed twice the total fees in Clause 5.1. This limit does not apply to breach of Clauses 7 and 9.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract any part of its obligations, other than hosting under Clause 7.2, without Customer's prior written consent.

11.2 Neither party may assign this Agreement without the written consent of the other party.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

12.3 Customer may terminate this Agreement by written notice if Onboarding Acceptance has not been achieved within ninety days after signature. In that case Provider shall refund any amounts paid.

12.4 On termination by Customer for Provider's breach, Provider shall refund the subscription fee paid for the remaining part of the Subscription Year.

13. FORCE MAJEURE

13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including failure of satellites or public data sources not operated by Provider, provided it notifies the other party promptly.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou.

15. GENERAL

15.1 This Agreement, with its Annex (Forecast Verification Method), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

15.2 This Agreement is made in English in two originals.

For Customer: ____________________        For Provider: ____________________
Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format, language, category, contract_kind)
FILES = {
    "z01": ("h787z01_forestry_pine_wilt_control_platform.pdf", "pdf", "zh", "software", "goods_or_licence"),
    "z02": ("h787z02_spatula_plant_stamping_riveting_line_retrofit.docx", "docx", "zh", "hardware", "goods_or_licence"),
    "z03": ("h787z03_hair_clinic_chain_booking_membership_saas.txt", "txt", "zh", "cloud", "service"),
    "z04": ("h787z04_welfare_home_care_system_annual_om.txt", "txt", "zh", "services", "service"),
    "z05": ("h787z05_embroidery_workshop_tracking_supplier_template.md", "md", "zh", "software", "goods_or_licence"),
    "e01": ("h787e01_ceramic_glaze_kiln_software_perpetual_licence.pdf", "pdf", "en", "software", "goods_or_licence"),
    "e02": ("h787e02_warehouse_slotting_saas_order_form.md", "md", "en", "cloud", "service"),
    "e03": ("h787e03_spinning_frame_sensors_monitoring_licence.docx", "docx", "en", "hardware", "goods_or_licence"),
    "e04": ("h787e04_managed_network_end_user_services_36_months.md", "md", "en", "services", "service"),
    "e05": ("h787e05_solar_dust_forecast_api_subscription.txt", "txt", "en", "cloud", "service"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law"]


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


# terms in KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
LABELS = {
    "z01": (T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
              "PRC"), (True, True, True, False, 1620000)),
    "z02": (T(None, 1, True, "buyer", True, True, False, 0.1, None, 20, True, True, 18, 7, False, True, True, "PRC"),
            (True, True, True, False, 940000)),
    "z03": (T(99.5, 0.5, True, "buyer", True, False, True, 500 / 614000 * 100, None, None, True, None, None, None,
              True, True, False, "PRC"), (True, True, None, False, 614000)),
    "z04": (T(None, 0.25, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False,
              False, None), (True, True, None, False, 368000)),
    "z05": (T(None, 2, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 28, False, True, None,
              "PRC"), (True, True, True, True, 600000)),
    "e01": (T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 10, False, True, False, "Iran"),
            (True, True, True, False, 1350000)),
    "e02": (T(99.5, 0.5, True, "buyer", True, True, True, 300 / 384000 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, True, False, "PRC"), (True, True, None, False, 384000)),
    "e03": (T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False,
              "PRC"), (True, True, True, False, 1300000)),
    "e04": (T(99.95, 0.25, True, "buyer", True, False, True, 1500 / 2200000 * 100, 550000 / 2200000 * 100, None,
              True, None, None, None, False, True, False, "PRC"), (True, True, None, False, 2200000)),
    "e05": (T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
              False, "PRC"), (False, False, None, False, 564000)),
}

# design: my intended rules, plus what the labels do not carry: forum outside mainland China, TCO fee base
DESIGN = {
    "z01": ([], False, 760000),
    "z02": (["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], False, 800000),
    "z03": (["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], False, None),
    "z04": (["CR-DATA-SECURITY", "CR-TERMINATION"], False, None),
    "z05": (["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], False, 420000),
    "e01": (["CR-GOVERNING-LAW"], True, 980000),
    "e02": (["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], False, None),
    "e03": ([], False, 1128800),
    "e04": (["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], False, None),
    "e05": (["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], False, None),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, kind, base):
    """policy §4: horizon 5 years from acceptance; fees for every year after the warranty (pro rata)."""
    if kind != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x[2] or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    total = x[4] + fees
    return total, fees / total * 100


def derive(t, x, kind, outside, base):
    """My reading of policy §3 applied to the labels."""
    sla, ld_stated, capped, deemed, value = x
    goods = kind == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or outside:
        r.add("CR-GOVERNING-LAW")
    c = tco(t, x, kind, base)
    if c and c[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in SEVERITY_HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold figures of policy §3 (and the 5-year TCO horizon), in the ways drafts write them
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
CN = "一二三四五六七八九十两零"
THRESHOLD_PATTERNS = [
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![" + CN + r"点])", r"(?<![-\w])thirty\s*(?:\(30\)\s*)?(?:%|percent|per\s*cent)",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![" + CN + r"点])", r"(?<![-\w])forty\s*(?:\(40\)\s*)?(?:%|percent|per\s*cent)",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![" + CN + r"点])", r"(?<![-\w])fifteen\s*(?:\(15\)\s*)?(?:%|percent|per\s*cent)",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![" + CN + r"点])", r"\bone\s*hundred\s*(?:%|percent|per\s*cent)",
    NUM + r"99\.90*(?!\d)", r"九十九点九(?![" + CN + r"])",
    NUM + r"0?\.050*(?!\d)" + PCT, r"万分之五(?![" + CN + r"点])", r"千分之零点五", r"\bpoint\s*zero\s*five",
    NUM + r"4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![" + CN + r"])四\s*(?:个)?\s*(?:小时|钟头)",
    r"(?<![-\w])four\s*(?:\(4\)\s*)?(?:hours?|hrs?)\b", r"(?<![-\w])four-hour",
    NUM + r"12\s*(?:个)?\s*(?:月(?!\s*\d{1,2}\s*日)|months?\b|-month)", r"(?<![" + CN + r"])十二\s*个?\s*月", r"(?<![-\w])twelve\s*(?:\(12\)\s*)?-?\s*months?",
    NUM + r"5\s*(?:年|years?\b|-year)", r"(?<![" + CN + r"])五\s*(?:个)?\s*年", r"(?<![-\w])five\s*(?:\(5\)\s*)?-?\s*years?",
    NUM + r"60\s*(?:个)?\s*(?:月|months?\b)", r"(?<![" + CN + r"])六十\s*个\s*月", r"(?<![-\w])sixty\s*months?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30.0%", "百分之三十", "thirty per cent", "40%", "百分之四十", "15%", "15 percent",
            "百分之十五", "100%", "百分之百", "百分之一百", "99.9%", "99.90 %", "99.9", "0.05%", "0.05 %", ".05%",
            "万分之五", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "4h", "12个月", "十二个月",
            "12 months", "twelve months", "12-month", "5 years", "五年", "five years", "60 months", "六十个月",
            "within4hours", "fee of 15% per year"]
MUST_MISS = ["130%", "3.30%", "230 %", "99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours",
             "0.055%", "0.5%", "万分之五十", "112 months", "二十二个月", "2025年", "1,500%", "150%", "115%",
             "0.15%", "百分之三十五", "fifteen days", "45%", "35%", "forty-eight hours", "十五日", "三十日",
             "十五个工作日", "2,100 per user", "25.0", "1,100%", "二十五年", "35家", "2027年12月31日", "twenty-four hours", "thirty-five years"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label_values_ok(key, t, x, kind, base):
    thr = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in thr.items():
        if t[k] is not None:
            assert abs(t[k] - v) > 1e-9, (key, k, t[k])
    c = tco(t, x, kind, base)
    if c:
        assert abs(c[1] - 40) > 2, (key, "tco share near threshold", c)
    return c


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    docpdf = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in docpdf}, {k: (v[0], v[1]) for k, v in docpdf.items()}, OUT, wrap_words=True)
    covered = set()
    report = []
    for key, (name, fmt, lang, cat, kind) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
        t, x = LABELS[key]
        design, outside, base = DESIGN[key]
        rules = derive(t, x, kind, outside, base)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        c = label_values_ok(key, t, x, kind, base)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, "length", n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (key, "threshold figure in text", m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        extra = {"sla_clause": x[0], "ld_stated": x[1]}
        if kind == "goods_or_licence":
            extra["post_warranty_fee_capped"] = x[2]
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and x[2] is None
        extra["acceptance_deemed_on_delivery"] = x[3]
        extra["contract_value"] = x[4]
        label = {"file": name, "language": lang, "category": cat,
                 "expected_terms": dict(t, contract_kind=kind), "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        report.append((name, n, rules, risk(rules), c))
    assert covered == set(ALL_RULES), ("coverage", set(ALL_RULES) - covered)
    for name, n, rules, rk, c in report:
        tc = "" if not c else " TCO %.0f share %.2f%%" % c
        print("%-62s %5d %-6s %s%s" % (name, n, rk, ", ".join(r[3:] for r in rules) or "(none)", tc))
    print("all checks passed; coverage", len(covered), "of", len(ALL_RULES))


if __name__ == "__main__":
    main()
