"""holdout715: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, thresholds, rule coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:宁川市病媒生物监测信息平台建设项目合同
P:合同编号：NCAW-2026-ZC-017　采购项目编号：NCZFCG-2026-0318
P:甲方（采购人）：宁川市爱国卫生运动委员会办公室
P:乙方（供应商）：浙江澄衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供“病媒生物监测信息平台”软件产品许可（永久使用，不限用户数），并完成定制开发、部署实施和培训。平台覆盖鼠、蚊、蝇、蟑螂四类病媒生物的监测点位管理、监测数据采集、密度计算、预警发布和统计分析，服务市、区两级爱卫办及街道、社区病媒生物防制工作人员。
P:1.2 定制开发内容包括：移动端采集程序（支持离线采集、拍照和定位上传）；监测点位电子地图；登革热媒介伊蚊应急监测模块；与市疾病预防控制中心传染病监测系统的数据接口；各区爱卫办病媒生物防制工作考核报表。详细需求以双方确认的需求规格说明书为准。
P:1.3 平台部署在甲方指定的政务云资源上，由甲方提供运行环境，乙方负责安装、配置和调优。
P:1.4 乙方应将历年纸质及电子表格形式的监测记录整理导入平台，导入范围和格式由双方在需求规格说明书中确定。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾伍万陆仟元整（¥1,956,000.00），含税，包含以下各项：平台软件许可费¥1,160,000；定制开发费¥642,000；部署实施费¥118,000；培训费¥36,000。
P:2.2 合同总价为固定价格，除甲方书面提出并经双方确认的需求变更外，不因任何原因调整。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥391,200。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥880,200。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥684,600。
P:3.4 甲方付款以财政资金到位为前提，因财政国库支付流程造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发，并向甲方提交初步验收申请。
P:4.2 初步验收合格后进入试运行，试运行期为六十日。试运行期间乙方应安排工程师驻场支持。
P:4.3 乙方应指定具有同类项目经验的项目经理一名，负责项目计划、进度汇报和问题协调，每两周向甲方书面报告一次进度。未经甲方同意，乙方不得更换项目经理。
P:4.4 乙方应向甲方提交需求规格说明书、概要设计、数据库设计、部署手册、用户手册和运维手册，并对市、区两级爱卫办操作人员和技术管理人员分别进行培训，培训合计不少于六场。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据需求规格说明书逐项测试。验收标准为：各功能项全部实现；移动端在无网络状态下可完成采集并于联网后自动上传；与疾控系统的接口连续十日数据交换无差错；平台在二百用户并发时页面响应时间不超过三秒。
P:5.2 试运行期满且期间未发生一级故障的，甲方组织最终验收，并委托第三方测评机构出具安全测评报告。安全测评无高危问题、技术文档及定制部分源代码已完整移交的，双方签署最终验收报告。
P:5.3 平台上线使用或甲方支付款项均不代表验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本更新、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），该标准在质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%，计划内维护时间除外，计划维护应提前三日通知甲方并安排在非工作时间进行。
P:7.2 故障分为三级。一级故障（平台无法访问或监测数据无法上报）：乙方接到报告后30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）：2小时内响应，24小时内解决；三级故障（一般缺陷或咨询）：1个工作日内响应，5个工作日内解决。
P:7.3 一级故障响应或恢复每超时一小时，乙方支付违约金¥800；月度可用率每低于承诺值0.01个百分点，乙方支付违约金¥1,500。上述款项可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、报表及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和部署。
P:8.3 乙方保证其提供的软件不侵犯第三方合法权益，如发生侵权纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的监测数据、点位信息、人员信息及统计结果均属于甲方，乙方不得将其用于本合同以外的任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护的要求。远程维护须经甲方审批并通过甲方堡垒机进行，操作全程留痕。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、技术资料和未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交初步验收申请或逾期完成整改的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的成果不符合约定且整改后仍不合格的，甲方有权拒绝验收，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同：逾期超过六十日；交付成果两次验收不合格；违反第九条或第十条约定。
P:13.2 甲方依前款解除合同的，乙方应退还甲方已支付的款项，并赔偿甲方因此遭受的损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方协商延期履行或解除合同。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2026年　月　日
"""

Z02 = """T:折页糊封生产线控制系统改造及维保合同
P:合同编号：JX-XF-2026-042
P:甲方：江西赣兴信封纸品有限公司
P:乙方：东莞市恒驰自动化科技有限公司
P:甲方拟对其二号、三号折页糊封生产线的电气控制系统进行改造，乙方具备相应的设备供应和系统集成能力。双方根据《中华人民共和国民法典》，经协商一致订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除两条生产线原有的继电器控制柜，更换为PLC控制系统，加装伺服驱动的纸张定位与涂胶控制单元、在线视觉检测装置及触摸屏操作终端，并提供产线控制软件，实现车速、涂胶量、折页位置的集中设定和配方管理。
P:1.2 乙方应开发产线数据采集接口，将产量、停机原因、废品数量等数据推送至甲方生产管理系统。
P:1.3 改造后每条生产线设计车速不低于每分钟六百个信封，废品率不高于0.8%。
P:1.4 改造不改变生产线的机械结构，乙方应保留原有急停回路和安全门联锁，并增加伺服系统的安全扭矩关断功能。乙方提供的电气元件应为附件所列品牌或经甲方书面认可的同等品牌，控制柜防护等级不低于IP54。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾伍万元整（¥1,250,000），含税及运输、安装费用，明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、电气元件）|2套|186,000|372,000
TB:2|伺服电机及驱动器|24套|9,800|235,200
TB:3|在线视觉检测系统（相机、光源、工控机）|2套|128,000|256,000
TB:4|触摸屏操作终端|4台|6,500|26,000
TB:5|产线控制软件许可（永久）|2套|98,000|196,000
TB:|设备及软件小计|||1,085,200
TB:6|安装调试及拆旧改造|1项|146,000|146,000
TB:7|操作与维修培训|1项|18,800|18,800
TB:|合计|||1,250,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，即¥250,000。
P:3.2 设备到货并经甲方开箱清点后十个工作日内，甲方支付合同总价的35%，即¥437,500。到货清点不构成验收。
P:3.3 两条生产线改造完成并经最终验收合格后十个工作日内，甲方支付合同总价的45%，即¥562,500。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 工期
P:4.1 乙方应利用甲方安排的停产窗口施工，每条生产线停产改造时间不超过七日。两条生产线应于合同生效后七十五日内全部完成改造并具备验收条件。
P:4.2 乙方应在施工前提交施工方案和安全措施，经甲方设备部门确认后方可进场。
P:4.3 乙方应指定现场负责人一名，负责施工组织、安全管理和与甲方的日常联络。乙方人员进入甲方厂区应遵守甲方的安全生产、防火和劳动纪律规定，动火、登高作业须事先办理审批手续。
P:4.4 乙方应在停产窗口开始前完成控制柜的预接线和出厂测试，并将测试记录提交甲方，以缩短现场停产时间。
P:4.5 改造期间拆除的旧控制柜、电缆等物资归甲方所有，由乙方清点后移交甲方仓库。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产七十二小时，甲方按以下标准验收：车速达到第1.3条要求；涂胶位置偏差不超过±0.5毫米；视觉检测对缺胶、折角不正的漏检率不高于千分之三；数据接口推送的产量数据与人工统计对账一致。
P:5.2 两条生产线均符合上述标准后，双方签署最终验收报告。试生产期间甲方使用设备生产的，不视为验收合格。
P:5.3 乙方应在最终验收前移交电气原理图、接线图、PLC程序备份、设备说明书、合格证及操作维护手册各两套，并提供电子版。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现的非人为故障，乙方免费维修或更换。
P:6.2 质保期满后，乙方按年提供维保服务，年度维保费为设备及软件小计的8%，即每年¥86,816，该价格在质保期满后三年内固定不变。是否签订维保合同由甲方决定。
P:6.3 故障响应：生产线停机的一级故障，乙方接到通知后1小时内远程响应，8小时内到达现场；其他故障24小时内响应，48小时内处理完毕。
P:6.4 一级故障响应或到场每迟延一小时，乙方向甲方支付¥500，可从应付款中扣除。
P:6.5 乙方应随设备免费提供易损件及备品备件一套，清单见附件。质保期内乙方每季度上门巡检一次，检查电气元件、伺服参数和视觉检测相机的状态，并出具巡检记录。
P:6.6 乙方应对甲方机修人员进行不少于三天的操作与维修培训，使其能够独立完成配方切换、参数调整和常见故障处理。
H:第七条 知识产权
P:7.1 产线控制软件的著作权归乙方，甲方获得永久使用许可。为甲方编写的PLC程序、配方参数、数据接口程序及其源文件归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据与安全
P:8.1 生产数据、配方数据、设备运行记录归甲方所有，乙方不得用于其他用途。
P:8.2 乙方远程诊断须事先经甲方设备部门同意，使用甲方提供的专用账号，结束后立即关闭通道。乙方不得在控制系统中预留后门或远程锁机功能。
P:8.3 因乙方原因导致数据泄露、篡改或生产线被非法控制的，乙方应在2小时内报告甲方，并承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在履行合同中获知的对方技术信息、客户信息和经营信息负有保密义务，保密期至合同终止后三年。
H:第十条 分包
P:10.1 乙方可将现场电气布线及桥架安装工作交由具备相应资质的施工单位完成，但应提前五个工作日书面告知甲方分包单位名称及进场人员名单。乙方对分包工作的质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方施工造成甲方设备、厂房损坏或人员伤害的，由乙方负责修复并赔偿。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同变更与解除
P:12.1 本合同的变更须经双方协商一致并签订书面补充协议。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可以书面通知对方解除合同。除此之外，任何一方不得单方解除本合同，双方发生履约争议的，应按第十三条处理，合同继续履行。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。发生争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格表、施工方案。
P:14.2 一方因不可抗力不能按期履行的，应在事件发生后三日内通知对方并提供证明，履行期限相应顺延。
P:14.3 双方的通知以书面形式送达本合同载明的地址，一方变更地址的应及时书面通知对方。
P:14.4 本合同附件包括设备技术规格表、施工方案、备品备件清单和培训计划，附件与本合同具有同等效力。本合同未尽事宜，双方可签订补充协议。
P:14.5 乙方应遵守甲方的环境保护要求，施工中产生的废弃物由乙方分类收集并运出厂区，不得在甲方厂区内焚烧或随意丢弃。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """连锁摄影培训门店预约与会员管理系统服务合同

合同编号：GY-SY-2026-11
甲方：广州光屿影像教育连锁有限公司
乙方：深圳市约课云网络科技有限公司

甲方在广东省内经营35家摄影培训门店，为统一课程预约、会员储值和门店排课管理，委托乙方提供SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其“约课云”平台向甲方35家门店提供以下SaaS服务：
1. 课程预约：学员通过微信小程序选择门店、课程、老师和时段，支持候补和上课提醒；
2. 会员管理：会员等级、储值卡、课时包、积分和优惠券；
3. 门店管理：排课、教室与摄影器材预约、老师课时统计；
4. 经营报表：门店营收、课消、续费率和渠道来源分析。
5. 营销工具：拼团、老带新、体验课报名和节假日活动页面配置；
6. 消息通知：通过微信服务号和短信向学员发送预约确认、上课提醒、课时余额和储值变动通知。
（二）实施服务包括：甲方品牌小程序的配置和上线；原有会员数据（约六万八千条）及剩余课时、储值余额的迁移；与甲方现有收银系统及微信支付的对接；门店店长和前台人员的培训。
（三）服务期为两个服务年度，自上线验收合格之日起计算，每个服务年度为三百六十五日。
（四）乙方应指定一名客户成功经理作为甲方的固定联系人，负责需求沟通、版本更新说明和月度服务报告。乙方每月向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况和新版本功能说明。
（五）乙方平台版本更新不得降低甲方已使用功能的可用性，涉及界面或流程重大变化的，应提前十日通知甲方并提供培训资料。
（六）甲方负责提供门店清单、课程体系、价格方案、会员数据导出文件和收银系统接口文档，并指定一名项目负责人配合实施。甲方提供资料延误的，实施期限相应顺延。
（七）学员通过小程序支付的款项直接进入甲方的微信支付商户账户，乙方不经手、不归集甲方的任何营业款项。
（八）服务期内，乙方应免费向甲方提供平台标准版本的功能升级。甲方提出的个性化开发需求，双方另行评估工作量并签订补充协议。
（九）乙方应为甲方总部运营人员开通管理后台账号，账号数量不限，并按甲方要求设置门店级、区域级和总部级的数据查看权限。
（十）甲方新开门店或关闭门店的，应提前十五日书面通知乙方，乙方在门店开业前完成该门店的排课、教室和价格配置；关闭门店的订阅服务费自关闭次月起停止计算。
（十一）乙方应每年组织一次平台使用回访，收集门店使用意见，并在服务报告中说明改进安排。

二、费用与支付
（一）费用构成：
1. 订阅服务费：每店每服务年度¥6,800，35家门店每服务年度合计¥238,000，两个服务年度合计¥476,000；
2. 实施费：¥138,000，一次性支付。
本合同总价为¥614,000。
（二）实施费在上线验收合格后十个工作日内支付。
（三）订阅服务费按服务季度支付。乙方于每个服务季度结束后开具发票，甲方收到发票后十个工作日内支付当季费用¥59,500。
（四）服务期内新增门店的，按每店每服务年度¥6,800、按实际服务天数折算。

三、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 需求确认书所列功能全部可用；
2. 会员数据、剩余课时和储值余额迁移后与原系统逐条核对一致；
3. 收银系统和微信支付对账连续七日无差异；
4. 小程序在三百人同时预约时，页面响应时间不超过两秒。
（三）符合上述标准的，甲方出具上线验收单。门店试用新系统不视为验收合格。
（四）实施期间乙方应提供实施方案、数据迁移方案、操作手册和培训课件，并为每家门店的店长和前台各安排一次线上培训、为总部运营团队安排两次现场培训。
（五）数据迁移应在门店非营业时间进行，迁移前乙方应完成全量备份，迁移后由甲方抽取不少于五家门店的会员记录进行复核。
（四）乙方逾期提交上线验收申请的，每逾期一日向甲方支付违约金¥400。

四、服务水平
（一）乙方承诺平台月度可用率不低于99.5%。计划内维护应安排在凌晨零时至六时之间，并提前两日通知甲方。
（二）故障响应：一级故障（小程序无法预约或无法支付）15分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；三级问题在下一个工作日内答复。
（三）月度可用率低于承诺值的，每低0.1个百分点，减免当月订阅服务费的3%，减免额以当月订阅服务费为限；一级故障恢复超时的，每超时一小时减免¥300。

五、会员数据与信息安全
（一）会员信息、学员作品照片、预约和交易记录等甲方数据归甲方所有。乙方仅为向甲方提供本合同服务而处理甲方数据，不得用于其他目的，不得向第三方提供。
（二）乙方应按照《中华人民共和国个人信息保护法》的要求，对会员个人信息加密存储、分级授权，数据存储于中国境内的服务器并每日备份。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施并配合甲方向监管部门报告；因乙方原因造成损失的，由乙方赔偿。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除，出具删除证明。

六、知识产权
（一）约课云平台的知识产权归乙方所有。
（二）乙方为甲方专门开发的小程序页面、定制报表和数据对接程序归甲方所有，甲方可自行或委托第三方使用和修改。

七、保密
双方对合作中获知的对方商业信息、会员信息和技术资料承担保密义务，未经对方书面同意不得披露，合同终止后保密义务继续有效三年。

八、续期
服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，并可依此多次续期。续期年度的订阅服务费由乙方根据其届时的价格政策上调，乙方应在服务期届满前十五日通知甲方调整后的价格，甲方未提出异议的视为同意。

九、违约与解除
（一）乙方违反本合同约定，经甲方书面通知后十五日内未纠正的，或月度可用率连续两个月未达到第四条第（一）项承诺的，甲方有权解除合同。
（二）乙方违反第五条约定的，甲方有权立即解除合同，并要求乙方赔偿损失。
（三）甲方逾期支付服务费超过三十日的，乙方可暂停服务，但应提前五日书面通知甲方。
（四）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露造成的损失不受此限。

十、分包
乙方不得将本合同项下的实施服务分包给第三方；确需委托的，须事先取得甲方书面同意。

十一、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

十二、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：需求确认书、门店清单。
一方因不可抗力不能履行本合同的，应及时通知对方并在合理期限内提供证明，双方可协商延期履行。
双方指定的联系人及联系方式见附件，通过电子邮件发送的通知在发出后次一工作日视为送达。
本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：
乙方（盖章）：
"""

Z04 = """清溪市健康教育所健康教育管理系统运维服务合同

项目编号：QXCG-2026-C-052
采购方式：竞争性磋商
甲方：清溪市健康教育所
乙方：长沙简行信息科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就健康教育管理系统运维服务事宜订立本合同。

第一条 服务范围
（一）运维对象：甲方健康教育管理系统，包括健康教育活动管理、健康素养监测数据填报、宣传资料库、控烟监测和微信公众号内容发布后台等子系统，以及配套的应用服务器、数据库服务器和中间件。
（二）服务内容：
1. 日常运维：系统监控、日志检查、数据库备份检查，每周巡检一次并提交巡检报告；
2. 驻场服务：乙方派一名运维工程师在甲方驻场，工作日8:30至17:30在岗；
3. 问题处理：故障排除、数据修复和用户咨询；
4. 版本适配：配合国家及省健康素养监测方案的调整，完成填报模板、统计口径和报表的修改，服务期内不少于两次；
5. 中间件与数据库维护：补丁更新、性能调优、存储空间管理。
6. 应急保障：在全民健康素养监测集中填报期、重大卫生宣传活动期间，乙方应安排专人值守，保障系统稳定运行；
7. 技术支持：为甲方及各区县健康教育机构的系统用户提供电话和远程支持，解答使用问题，每半年组织一次操作培训。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同终止，甲方如需继续采购，另行依法组织采购。

第三条 服务费用及支付
（一）服务费总额为人民币叁拾捌万陆仟元整（¥386,000），含税。明细：日常运维与巡检¥148,000；驻场服务¥126,000；版本适配¥62,000；中间件与数据库维护¥50,000。
（二）服务费按季度支付。每个服务季度结束后，甲方对该季度服务进行考核，考核合格后十五个工作日内支付当季服务费¥96,500，考核扣减的金额从当季服务费中扣除。
（三）甲方不支付预付款。
（四）乙方应在每次收款前开具合法有效的发票。甲方付款以财政资金到位为前提，因财政支付流程造成的合理延迟不视为甲方违约。

第四条 服务水平
（一）系统服务时间（工作日8:00至20:00）内，系统可用率不低于99.95%。
（二）故障分级及处理时限：
1. 一级故障（系统整体不可用或监测数据无法填报）：15分钟内响应，2小时内恢复；
2. 二级故障（单个子系统不可用）：30分钟内响应，8小时内解决；
3. 三级问题（一般咨询和非紧急缺陷）：当日响应，3个工作日内解决。
（三）每季度工单闭环率不低于98%，巡检报告应每周按时提交。
（四）服务考核扣减：一级故障响应或恢复每超时一小时，扣减服务费¥500；可用率每低于承诺值0.01个百分点，扣减¥300；巡检报告每迟交一次，扣减¥200。

第五条 考核与验收
（一）甲方每季度按照附件考核表对乙方服务进行考核，考核内容包括系统可用率、故障处理时限、工单闭环率、巡检报告和用户满意度。
（二）服务期满后十五日内，甲方组织年度验收。验收标准为：四个季度考核均合格；版本适配任务全部完成并通过甲方测试；运维文档、配置清单完整移交。验收合格后双方签署验收报告。

第六条 版本适配与整改
（一）监测方案调整后，乙方应在甲方书面通知之日起二十日内完成相应修改并提交测试。
（二）甲方在巡检或考核中发现问题并书面要求整改的，乙方应在十日内完成整改。
（三）乙方应建立运维工单台账，记录每项故障和服务请求的发生时间、处理过程和结果，每月初向甲方提交上月运维月报。
（四）乙方对系统配置、程序的任何变更，均应事先提交变更申请，说明变更内容、影响范围和回退方案，经甲方同意后实施，并在变更完成后更新配置清单。

第七条 保密
（一）乙方及其驻场人员对工作中接触的健康素养监测数据、居民个人信息、系统账号和甲方内部资料负有保密义务，不得向任何第三方披露，保密义务在服务期满后继续有效。
（二）系统中的全部数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
（三）驻场人员应签署保密承诺书。人员变更须提前十日告知甲方并办理交接。

第八条 知识产权
运维过程中乙方为甲方编写的脚本、报表模板、运维文档等成果归甲方所有，甲方可自行使用和修改。

第九条 人员要求
（一）乙方驻场工程师应具有三年以上同类系统运维经验，熟悉所运维的操作系统、数据库和中间件。乙方应在合同签订后五日内将驻场人员名单及资质证明报甲方备案。
（二）驻场工程师应遵守甲方的考勤和工作管理制度，因病、事假不能到岗的，乙方应安排具备同等能力的人员临时替代。
（三）甲方认为驻场人员不能胜任工作的，有权要求乙方更换，乙方应在七日内完成更换和交接。
（四）乙方应为驻场工程师配备必要的办公电脑和工具软件，相关软件应为正版。驻场工程师的工资、社会保险、差旅和食宿费用均由乙方承担，已包含在服务费中。
（五）乙方应安排一名二线技术专家作为驻场工程师的后援，在一级、二级故障处理中提供远程技术支持，必要时到现场协助。
（六）乙方应在服务期开始后三十日内完成系统现状评估，向甲方提交评估报告，列明服务器资源、数据库运行状况、历史遗留缺陷和改进建议，作为本年度运维工作的基础。评估报告经甲方确认后，纳入第一季度考核。
（七）乙方应每季度向甲方提交一次系统优化建议，包括慢查询分析、存储增长预测和软件版本生命周期提示，供甲方安排后续预算参考。

第十条 违约责任
（一）乙方未按第六条约定期限完成版本适配或整改的，每逾期一日按合同总价的万分之三向甲方支付违约金。
（二）乙方考核连续两个季度不合格的，甲方有权解除合同并就未履行部分另行采购，乙方承担由此增加的费用。
（三）乙方严重违反本合同约定，经甲方书面通知后十日内未纠正的，甲方有权解除本合同。
（四）甲方无正当理由逾期付款的，按逾期金额每日万分之二承担违约金。

第十一条 转包与分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第十二条 争议解决
因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十三条 其他
（一）磋商文件、乙方响应文件、成交通知书及考核表为本合同组成部分。
（二）本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。
（三）一方因不可抗力不能履行合同的，应及时通知对方，并在十日内提供证明，双方协商延期履行或部分免除责任。
（四）服务期满或合同解除时，乙方应配合甲方或甲方指定的新服务商完成交接，移交全部文档、账号和配置资料，交接期不少于十五日，交接期间不另收费。
（五）乙方应遵守甲方的廉政管理规定，不得向甲方工作人员提供任何形式的财物或其他利益。
（六）本合同履行中，甲方因业务调整需要增加运维对象的，双方可参照本合同单价协商签订补充协议，补充协议金额按政府采购有关规定执行。

甲方（盖章）：
乙方（盖章）：
签订日期：2026年2月　日
"""

Z05 = """# 椰匠云·工艺生产追溯系统软件许可及定制开发合同

（乙方标准合同文本 YJY-HT-2025 V3.0）

甲方：海南琼韵椰雕工艺品厂

乙方：海口椰匠云软件有限公司

甲乙双方本着平等互利的原则，就甲方采购乙方工艺生产追溯系统软件及定制开发服务事宜，经协商一致订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“椰匠云工艺生产追溯系统”软件许可（永久许可，40个工位终端），并根据甲方椰壳选料、切割、打磨、雕刻、抛光、上油等工序进行定制开发。

1.2 定制开发内容：椰壳原料批次登记；切割及抛光工序扫码报工；工序质检记录与返工登记；成品追溯码生成与打印；与甲方电商订单系统的对接。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

1.4 甲方应提供满足系统运行要求的服务器、网络和工位终端，并指定专人配合乙方调研各工序的作业流程。因甲方车间布局或工序调整导致需求变更的，乙方有权另行收取费用。

1.5 乙方交付物包括：软件安装介质、系统管理员手册、操作手册和培训签到记录。

1.6 系统采用乙方标准架构部署，服务器操作系统、数据库和中间件由甲方另行采购，乙方提供配置要求。乙方不对甲方自行采购的第三方软件承担任何保证责任。

1.7 定制开发以乙方需求调研后出具的需求说明为准，需求说明经甲方签字确认后不得变更；确需变更的，按本合同第2.3条处理。

1.8 系统上线后，甲方应安排专人负责日常使用管理，按乙方操作手册规范使用系统。因甲方操作不当造成的数据错误，乙方可协助恢复，但需另行收费。

1.9 系统支持的工位终端型号以乙方兼容清单为准，甲方采购清单以外的终端设备前应征得乙方确认，否则乙方不保证其兼容性。

1.10 乙方在上线时提供系统管理员初始账号，由甲方自行修改口令并负责保管。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 工艺生产追溯系统软件许可 | 1套（40工位） | 720,000 |
| 2 | 定制开发 | 1项 | 186,000 |
| 3 | 安装部署及培训 | 1项 | 54,000 |
| | 合计 | | 960,000 |

2.1 合同总价为人民币玖拾陆万元整（¥960,000），含税。

2.2 上述价格不含工位终端硬件（扫码枪、平板、标签打印机）及网络改造费用，由甲方自行采购。

2.3 合同履行期间，甲方要求增加工位或新增功能的，按乙方当期报价另行签订补充协议。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥624,000，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付剩余35%，即¥336,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停实施或支持服务。

3.4 乙方收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要开具增值税专用发票的，应在合同签订时提供开票资料。

## 第四条 交付

4.1 乙方在收到首期款后六十个工作日内完成部署并上线运行。

4.2 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方未及时提供工序资料、场地或网络环境造成延误的，工期相应顺延，乙方不承担责任。

4.4 乙方应对甲方车间班组长及质检人员进行现场操作培训，培训内容包括扫码报工、质检记录、返工登记和追溯码打印，培训时长合计两天。培训结束后由参训人员签到确认。

4.5 上线前乙方应协助甲方完成椰壳原料供应商、工序、工位、员工和产品编码等基础数据的整理和导入，基础数据的准确性由甲方负责。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后对系统功能有异议的，可在质保期内以书面形式提出，乙方予以处理。

## 第六条 质保与维护

6.1 质保期为六个月，自系统上线之日起计算。质保期内乙方提供免费远程技术支持和缺陷修复。

6.2 质保期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年¥180,000，按年预付。

6.3 维护期内，紧急故障（系统无法报工或无法生成追溯码）乙方在2小时内响应，一般问题在2个工作日内响应，以远程方式处理为主，确需现场服务的差旅费由甲方承担。

6.4 上述响应时间为乙方的服务承诺，乙方不因响应或处理超时承担费用扣减或赔偿责任。

6.5 下列情形不属于免费质保范围：甲方自行修改系统配置或数据库造成的故障；甲方硬件、网络或操作系统故障；因停电、雷击、虫蛀受潮等环境原因造成的故障；甲方要求新增的功能。上述情形下乙方提供服务的，按乙方当期收费标准另行收费。

6.6 乙方发布的新版本软件，甲方在维护期内可以免费升级；未购买年度维护服务的，乙方不再提供升级和技术支持。

## 第七条 知识产权

7.1 系统软件及乙方为本项目定制开发的程序、报表、接口及相关文档的知识产权均归乙方所有。

7.2 甲方享有非独占的使用权，不得修改、反编译或提供给第三方使用。乙方可将定制成果用于其他客户。

## 第八条 数据

8.1 甲方的生产数据、工艺参数和订单数据归甲方所有。

8.2 甲方同意乙方在对数据进行脱敏处理后，将其用于乙方产品优化、行业分析及其他客户的工艺模型训练。

8.3 乙方对系统数据采取访问控制、加密传输和每日备份措施。因乙方原因导致甲方数据泄露的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

9.2 甲方不得将乙方的软件、文档、报价及本合同内容提供给乙方的竞争对手。

9.3 乙方可在其宣传资料和客户名单中使用甲方名称及本项目作为案例。

9.4 乙方工作人员进入甲方车间时，应遵守甲方的安全生产和防火规定，不得拍摄甲方的椰雕作品图样和工艺细节，但为实施系统所必需且经甲方现场负责人同意的除外。

## 第十条 违约与解除

10.1 任何一方违反本合同约定，经守约方书面催告后十五日内仍未改正的，守约方有权解除本合同。

10.2 乙方对甲方承担的赔偿责任以甲方实际发生的直接损失为限，不包括利润损失等间接损失。

10.3 因不可抗力、黑客攻击、电信运营商故障或第三方软件缺陷造成合同不能履行或数据损失的，乙方不承担责任。

10.4 甲方未按期支付任何一期款项超过三十日的，乙方有权暂停系统授权，由此造成的生产影响由甲方自行承担。

## 第十一条 争议解决

11.1 因本合同发生的争议，双方应协商解决；协商不成的，提交海口仲裁委员会仲裁。

## 第十二条 其他

12.1 本合同为乙方标准文本，双方未另行书面约定的事项，以乙方官网公布的服务说明为准。

12.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

12.3 双方往来通知以书面或电子邮件方式发送至本合同载明的联系人，电子邮件发出即视为送达。

12.4 附件：功能清单、工位分布表、培训计划，附件与本合同具有同等效力。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BLS-FNK-2026-007
P:This Software Licence and Services Agreement (the "Agreement") is made between PT Bukit Lovina Software, a limited liability company established in Singaraja, Buleleng Regency, Bali, Indonesia (the "Vendor"), and Foshan Nanzhuang Kiln Ceramics Co., Ltd., a company established in Foshan, Guangdong Province, People's Republic of China (the "Buyer").
P:The Buyer makes glazed wall and floor tiles on six roller kilns and wishes to plan its production and kiln loading with the Vendor's KilnPlan software. The Vendor has offered a perpetual licence of KilnPlan together with implementation, data migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the KilnPlan production planning and kiln scheduling software, version 8, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, planning rules, report templates, data conversion scripts and other work product created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's environment, including orders, recipes, kiln curves, stock records and production records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in Foshan for up to 80 named users and six kilns, for the Buyer's own business and that of its affiliates in mainland China.
P:2.2 The Vendor shall deliver the following services: installation of the Software on the Buyer's servers; configuration of the planning model for six kilns and two glazing lines; interfaces with the Buyer's ERP system and its kiln control system; migration of open orders, recipes and kiln curves from the Buyer's spreadsheets; and training of planners, supervisors and key users.
P:2.3 The services shall be performed in accordance with the implementation plan in Annex 2, which the parties shall confirm within ten days after signature.
H:Article 3 Price and Payment
P:3.1 The total price is CNY 1,860,000 (the "Contract Price"), including VAT, made up as follows: Software licence fee CNY 1,280,000; implementation and interfaces CNY 436,000; data migration CNY 90,000; training CNY 54,000.
P:3.2 The Buyer shall pay 20% of the Contract Price (CNY 372,000) within 15 days after signature and receipt of a valid invoice.
P:3.3 The Buyer shall pay 45% of the Contract Price (CNY 837,000) within 15 days after the Vendor's successful completion of the user acceptance test under Article 5.2.
P:3.4 The Buyer shall pay the remaining 35% of the Contract Price (CNY 651,000) within 15 days after Final Acceptance.
P:3.5 All payments shall be made in Chinese Yuan by bank transfer.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall complete installation, configuration, interfaces and data migration and present the Software for the user acceptance test within 100 days after signature.
P:4.2 If the Vendor fails to meet the date in Article 4.1 or the date of Final Acceptance in the implementation plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:4.3 Delay caused by the Buyer's failure to provide data, access or decisions on time extends the dates by the same period.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose an acceptance test plan for the Buyer's approval at least 20 days before the user acceptance test.
P:5.2 The user acceptance test is passed when: every function listed in Annex 1 works as described; a full weekly plan for six kilns is produced in less than five minutes; the ERP and kiln control interfaces exchange orders, recipes and kiln curves without error for ten consecutive working days; and migrated open orders reconcile with the source spreadsheets line by line.
P:5.3 After a successful user acceptance test, the Software runs in production for 45 days. If no Severity 1 incident remains open and the Vendor has delivered the documentation and the source code of the Custom Deliverables, the Buyer shall sign a Final Acceptance certificate.
P:5.4 Use of the Software in production before Final Acceptance, or any payment, does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 and the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and upgrades, and give remote and on-site support free of charge.
P:6.2 Incidents are classified as follows. Severity 1: the Software is unavailable or planning cannot run. Severity 2: a major function does not work and no workaround exists. Severity 3: any other defect or question. The Vendor shall respond to a Severity 1 incident within 1 hour at any time of day or night and restore service within 8 hours; respond to a Severity 2 incident within 2 hours on working days and resolve it within 2 working days; and answer a Severity 3 request within 1 working day.
P:6.3 For each hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall grant a service credit of CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Buyer may order annual support on the terms of Article 6.2 and 6.3 for an annual fee of 11% of the Software licence fee (CNY 140,800 per year). This fee is fixed for the three years after the Warranty Period. Support does not renew automatically; each year is ordered separately by the Buyer.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. The licence in Article 2.1 survives any termination after full payment of the licence fee.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify, copy and license the Custom Deliverables freely, including through third parties. The Vendor shall deliver their source code with the documentation.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not use it for any other purpose, keep copies of it or disclose it to any third party.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, shall use the Buyer's VPN with multi-factor authentication and shall be logged. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not transfer Buyer Data out of mainland China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate in remedying it and shall be liable for all loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, fraud, wilful misconduct, infringement under Article 7.3 and breach of Articles 8 and 9, which is not limited.
P:10.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded from the limit in Article 10.1.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate by written notice if the liquidated damages under Article 4.2 reach their maximum.
P:12.3 If the Buyer terminates under Article 12.1 or 12.2 before Final Acceptance, the Vendor shall refund the amounts paid, less the value of any deliverable that the Buyer elects to keep.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Indonesia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Indonesian National Board of Arbitration (BANI) in Denpasar, Bali, in the English language, by three arbitrators. The award is final and binding on both parties.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Implementation Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English and takes effect on the date of the last signature.
P:For the Vendor: PT Bukit Lovina Software    Name:    Title:    Date:
P:For the Buyer: Foshan Nanzhuang Kiln Ceramics Co., Ltd.    Name:    Title:    Date:
"""

E02 = """# DistriLink Order Form

**Order Form No. BCN-2026-0142**, issued under the DistriLink General Terms (Part B below)

**Provider:** PT Brantas Cloud Nusantara, Jalan Dhoho 88, Kediri, East Java, Indonesia ("Provider")

**Customer:** Hangzhou Qiantang Spring Beverage Co., Ltd., Xiaoshan District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer")

## Part A - Order Form

### A1. Subscribed Service

Provider shall provide Customer with the DistriLink dealer ordering and trade promotion service, a cloud application that lets Customer's dealers place orders, lets Customer's sales force plan and check promotions in retail outlets, and gives Customer's head office a live view of dealer stock and promotion spending. The subscription covers 420 named sales users, 260 dealer accounts, the promotion audit mobile app and the standard interface to Customer's ERP system. The service is hosted in Provider's data centre region in Shanghai.

### A2. Subscription Term

The Subscription Term is 24 months, starting on the Go-Live Date defined in A5. The Subscription Term ends at its expiry without renewal. Any further subscription requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Year 1 | 420 users and 260 dealer accounts | 486,000 |
| Subscription fee, Year 2 | same scope, same price | 486,000 |
| Onboarding (configuration, ERP interface, dealer data load, training) | one-time | 64,000 |
| **Total Order Value** | | **1,036,000** |

Fees include VAT. Additional users may be added at CNY 1,050 per user per year, pro rata for the rest of the Subscription Term. Additional users do not form part of the Total Order Value.

### A4. Invoicing and Payment

(a) No amount is payable before the Go-Live Date.

(b) The onboarding fee is invoiced after the Go-Live Date and paid within 30 days after invoice.

(c) Subscription fees are invoiced quarterly in arrears, at CNY 121,500 per quarter, and paid within 30 days after invoice.

### A5. Onboarding and Go-Live

(a) Provider shall complete onboarding within 60 days after signature of this Order Form. Onboarding covers the configuration of Customer's product catalogue, price lists and promotion types; the interface to Customer's ERP system for orders, invoices and dealer credit; the loading of dealer master data; and training for key users and dealer administrators.

(b) Go-Live acceptance tests shall show that: every function in the Service Description works for Customer's configuration; orders placed by dealers reach Customer's ERP system within five minutes and reconcile with it for ten consecutive working days; promotion photos and check results appear in the head office dashboard within one hour of upload; and 200 concurrent users receive page responses within three seconds.

(c) When the tests are passed, Customer signs a Go-Live certificate; the date of that certificate is the "Go-Live Date". Use of the service by Customer's users before that date is not acceptance.

(d) If Provider fails to reach the Go-Live Date within the period in A5(a) for reasons attributable to it, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 50,000 in total.

### A6. Order of Precedence and Signature

This Order Form and the General Terms form the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails. The Service Description and the Service Level Schedule are attached to the General Terms.

Signed for Provider: ______________________ Date: __________

Signed for Customer: ______________________ Date: __________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data that Customer, its users or its dealers submit to the service, and all data the service generates from it, including orders, prices, dealer stock, outlet photos and promotion results.

1.2 "Service" means the subscribed service described in A1 and the Service Description.

1.3 "Customer Configurations" means the product and promotion models, report layouts, workflows and interface mappings created for Customer during onboarding or later at Customer's request.

### 2. Provision of the Service

2.1 Provider shall provide the Service in accordance with the Agreement, the Service Description and applicable law, with reasonable skill and care.

2.2 Provider may improve the Service from time to time, provided that no change materially reduces its functions, security or service levels during the Subscription Term.

2.3 Customer is responsible for the accuracy of the data it submits and for keeping its user credentials secure.

### 3. Service Levels

3.1 Provider shall make the Service available 99.95% of each calendar month, measured at Provider's network edge, excluding planned maintenance announced at least three days in advance and performed between 00:00 and 05:00 Beijing time.

3.2 Provider shall respond to incidents as follows: Priority 1 (the Service or dealer ordering is unavailable for all users): response within 30 minutes and restoration within 3 hours, at any time; Priority 2 (a major function is impaired): response within 2 hours and resolution within 1 business day; Priority 3 (other issues): response within 1 business day.

3.3 If monthly availability falls below the level in 3.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point or part of it below that level, up to the full monthly share. If a Priority 1 response is late, Customer receives a credit of CNY 500 for each hour or part of an hour of delay. Credits are deducted from the next invoice.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data. Provider processes Customer Data to provide the Service to Customer.

4.2 Customer grants Provider a perpetual, worldwide licence to use Customer Data in aggregated and de-identified form, during and after the Subscription Term, to improve and develop Provider's products, to produce industry benchmarks and to offer analytics to other customers, provided that the output does not name Customer or its dealers.

4.3 At the end of the Subscription Term, Provider shall make all Customer Data available for export in CSV format for 30 days and then delete it from the Service, except for the aggregated and de-identified data under 4.2.

### 5. Security

5.1 Provider shall keep the Service and Customer Data secure by appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access and daily backups kept in mainland China. The Service holds an MLPS level-3 filing.

5.2 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it and shall be liable for the loss caused to Customer by its breach of this section.

### 6. Intellectual Property

6.1 Provider owns the Service, its software and its documentation. Customer receives a right to use the Service during the Subscription Term.

6.2 Customer Configurations belong to Customer. Customer may use, copy, modify and let third parties use them, also with other systems. Provider shall deliver them in an exportable format on request.

### 7. Confidentiality

7.1 Each party shall keep the other's non-public information confidential, use it only for the Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar duties. This obligation lasts for three years after the end of the Agreement.

### 8. Liability

8.1 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

8.2 Neither party is liable for loss of profits, loss of business or indirect loss.

8.3 Sections 8.1 and 8.2 do not limit liability for death or personal injury caused by negligence, fraud, or amounts payable under A5(d) and section 3.3.

### 9. Subcontracting

9.1 Provider shall not subcontract the performance of the Service or the processing of Customer Data without Customer's prior written consent, except to its hosting provider named in the Service Description, which Customer approves by signing the Order Form. Provider remains responsible for its subcontractors.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

10.3 Customer may terminate by written notice if monthly availability falls below the level in 3.1 in any three months within six consecutive months.

10.4 On termination by Customer under 10.2 or 10.3, Provider shall refund any fees paid for the period after termination.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

### 12. General

12.1 Neither party may assign the Agreement without the other's written consent. Notices must be in writing and sent to the addresses in the Order Form. Amendments must be in writing and signed by both parties.
"""

E03 = """T:Supply Contract for Cold-Room Monitoring Sensors and Monitoring Software
P:Contract No. ZJHB-CC-2026-019 (Buyer's standard purchase contract)
P:Buyer: Zhanjiang Haibin Cold Chain Logistics Co., Ltd., Xiashan District, Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: PT Merauke Sensorindo Teknik, Jalan Raya Mandala 21, Merauke, South Papua, Indonesia (the "Supplier").
P:The Buyer operates three cold-storage warehouses for frozen seafood and tropical fruit with 46 cold rooms and 18 loading docks. The Buyer wishes to replace manual temperature logging with wireless sensors and a central monitoring system. The Supplier has been selected through the Buyer's tender No. ZJHB-T-2026-03. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table in clause 2.
P:1.2 "Software" means the ColdWatch monitoring software licensed under clause 3, with its documentation and updates.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all measurements, alarms, door events, user records and reports produced by or stored in the System.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System at the Buyer's three warehouses in Zhanjiang, integrate the System with the Buyer's warehouse management system (WMS) and train the Buyer's staff, all as described in the Technical Specification (Annex 1).
P:2.2 The Contract Price is CNY 1,240,000, including VAT, import duties, delivery to site and all costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C, IP67|420|1,150|483,000
TB:2|LoRa gateway with 4G backup and battery|18|8,600|154,800
TB:3|Door-contact sensor for cold-room and dock doors|120|380|45,600
TB:4|ColdWatch monitoring software, perpetual licence, 600 points|1|368,000|368,000
TB:|Hardware and Licence Subtotal|||1,051,400
TB:5|Installation, calibration and commissioning|1|96,600|96,600
TB:6|Integration with the Buyer's WMS|1|72,000|72,000
TB:7|Training of operators and administrators|1|20,000|20,000
TB:|Contract Price|||1,240,000
P:2.3 The Contract Price is fixed and firm. Quantities may change by written change order at the unit prices above.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 600 monitoring points at the Buyer's sites in mainland China, on servers of the Buyer's choice. The licence includes the mobile alarm app for an unlimited number of the Buyer's users.
P:3.2 Firmware in the Equipment is licensed to the Buyer for the life of the Equipment.
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 The Buyer shall pay 65% of the Contract Price (CNY 806,000) within 30 days after the Installation Certificate has been signed for all three warehouses and a valid VAT invoice has been received. The Installation Certificate confirms only that the Equipment is installed and does not constitute acceptance.
P:4.3 The Buyer shall pay 35% of the Contract Price (CNY 434,000) within 30 days after Final Acceptance and receipt of a valid VAT invoice.
H:5. Delivery
P:5.1 The Supplier shall deliver the Equipment to the Buyer's warehouses within 50 days after signature and complete installation and commissioning within 80 days after signature.
P:5.2 If the Supplier fails to meet either date for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay. The total of such liquidated damages shall not exceed 8% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligations.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for 30 consecutive days (the "Trial Run").
P:6.2 The System passes acceptance when, during the Trial Run: every sensor reports at least every two minutes; measured temperatures agree with a calibrated reference thermometer within ±0.3 °C at three test points per cold room; alarms reach the duty staff by app and SMS within 60 seconds; data gaps at any gateway, once the gateway is restored, are filled from sensor memory; the WMS interface transfers room temperatures and door events to the WMS without loss; and no Severity 1 incident remains open.
P:6.3 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within five working days. Otherwise the Supplier shall correct the defects and repeat the Trial Run at its own cost. Installation, use of the System by the Buyer or payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, supply replacement batteries that fail before their rated life, provide Software updates and give remote and on-site support free of charge.
P:7.2 After the Warranty Period the Buyer may order annual support for an annual fee of 7.5% of the Hardware and Licence Subtotal (CNY 78,855 per year). This fee is fixed for the two years following the Warranty Period. Support is ordered each year by the Buyer's purchase order and does not renew automatically.
P:7.3 Incidents are handled as shown in the following table:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring or alarms unavailable for a warehouse|30 minutes, any time|8 hours
TB:Severity 2|One cold room or gateway not reporting|2 hours|24 hours
TB:Severity 3|Other defects and questions|1 working day|5 working days
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment due.
H:8. Intellectual Property
P:8.1 The Supplier keeps the intellectual property rights in the Software and the firmware.
P:8.2 The WMS interface, the report templates, the cold-room layouts and any other work created specifically for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver the source code of the WMS interface at Final Acceptance.
H:9. Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep, copy or disclose it for any other purpose.
P:9.2 The Supplier shall configure the System according to the Buyer's security policy, with encrypted communication between gateways and servers, individual user accounts and audit logs. Remote access by the Supplier needs the Buyer's approval for each session and goes through the Buyer's bastion host.
P:9.3 The Supplier shall report any security incident affecting Buyer Data or the System to the Buyer within 6 hours, cooperate in remedying it and compensate the Buyer for all loss caused by its breach of this clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information obtained under this Contract, including the Buyer's customer names and stock records, and shall not disclose it to any third party without prior written consent. This duty survives for five years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, damage to goods stored in the Buyer's cold rooms caused by the Supplier's negligence, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under clause 5.2 reach their maximum.
P:13.2 On such termination the Supplier shall refund all amounts paid for Equipment and Software that the Buyer returns, and compensate the Buyer for its additional costs of obtaining a replacement system.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.
H:15. General
P:15.1 This Contract, its Annex 1 (Technical Specification), Annex 2 (Site Plans) and Annex 3 (Acceptance Test Procedure) form the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Contract is made in English and Chinese, in four originals, two for each party. Both language versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. BMS-YHA-2026-03**

**Between:** PT Blambangan Managed Services, Jalan Ahmad Yani 17, Banyuwangi, East Java, Indonesia ("Provider")

**And:** Guangdong Yuehai Aquafeed Co., Ltd., Nansha District, Guangzhou, Guangdong Province, People's Republic of China ("Customer")

**Background.** Customer produces shrimp and fish feed in nine plants in Guangdong, Guangxi and Hainan. Customer wishes to outsource the operation of its plant networks and its end-user IT support to a single provider for a fixed monthly charge. Provider has offered the services described in Schedule 1 at the charges in Schedule 3. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed network services and end-user support services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under section 4.3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses or processes in performing the Services, including network configurations, device inventories, user accounts, tickets and log files.

1.5 "Term" means 36 months from the Service Commencement Date.

## 2. Services

2.1 Provider shall perform the Services from the Service Commencement Date for the Term, in accordance with this Agreement, the Service Levels and good industry practice.

2.2 Provider shall run a service desk in Mandarin, Cantonese and English, staffed from 07:00 to 22:00 Beijing time every day, with an on-call engineer outside those hours.

2.3 Provider shall keep enough qualified field engineers within reach of each plant to meet the on-site times in Schedule 2.

2.4 Customer shall give Provider access to its sites, equipment and systems as reasonably required and shall name a service manager for day-to-day matters.

## 3. Charges and Payment

3.1 Customer shall pay the charges in Schedule 3. The Total Contract Value is CNY 2,162,000.

3.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days after receipt.

3.3 No advance payment is due under this Agreement.

3.4 The charges are fixed for the Term. Moves, additions and changes beyond the allowance in Schedule 1 are charged at the rates in Schedule 3 only when ordered by Customer in writing.

## 4. Transition

4.1 Provider shall take over the Services from Customer's current arrangements within 60 days after signature, following the transition plan agreed by the parties.

4.2 Transition includes the inventory of all network devices and end-user devices, the transfer of device credentials into Provider's password vault, the set-up of monitoring for every site, the documentation of network configurations and the hand-over of open tickets.

4.3 Customer shall sign a Transition Acceptance Certificate when: the inventory has been checked by sample at three plants and matches; monitoring covers every site and every core device; all configurations are backed up and documented; and a joint test of ten incident scenarios has been completed with the response times in Schedule 2. Starting to use Provider's service desk does not mean acceptance.

4.4 If the Service Commencement Date is delayed beyond the date in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

5.2 If a Service Level is missed, Provider shall grant the service credits in Schedule 2, which are deducted from the next invoice. Service credits do not limit Customer's other rights.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and on Customer's instructions, and shall not use it for any other purpose.

6.2 Provider shall protect Customer Data and Customer's systems by appropriate measures, including named accounts for each engineer, multi-factor authentication, privileged access only through Customer's bastion host, session recording, encrypted storage of credentials and prompt removal of access when an engineer leaves the account.

6.3 Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Customer Data shall stay in mainland China.

6.4 Provider shall report any security incident affecting Customer Data or Customer's systems within 2 hours, take all steps needed to contain it and compensate Customer for all loss caused by Provider's breach of this section 6.

6.5 At the end of the Term Provider shall return all Customer Data and credentials and delete its copies, and certify the deletion in writing.

## 7. Personnel

7.1 Provider shall assign a service delivery manager who attends a monthly review meeting with Customer.

7.2 Provider's staff shall follow Customer's site safety, hygiene and biosecurity rules, which are strict in feed plants.

7.3 Provider may use subcontractors for on-site field support at any plant by notifying Customer in writing of the subcontractor's name and the plants concerned. Provider remains responsible for the work of its subcontractors.

## 8. Intellectual Property

8.1 Provider keeps its tools, monitoring templates and know-how.

8.2 The network documentation, configuration files, runbooks and reports produced for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of section 6, which are not limited.

9.2 Neither party is liable for indirect or consequential loss, except in the cases excluded in 9.1.

## 10. Term and Termination

10.1 This Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written amendment.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same Service Level in three consecutive months.

10.3 Provider may terminate by written notice if Customer fails to pay an undisputed invoice within 60 days after a reminder.

10.4 On expiry or termination Provider shall give reasonable exit assistance for up to 90 days at the rates in Schedule 3, so that Customer or a new provider can take over the Services without interruption.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

## 12. General

12.1 Neither party may assign this Agreement without the other's written consent. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above. The Schedules form part of this Agreement.

## Schedule 1 - Services and Sites

| Service | Scope | Included volume |
|---|---|---|
| Network monitoring and management | Core and access switches, firewalls, wireless controllers and access points at nine plants and the Guangzhou head office | 214 network devices |
| Change management | Configuration changes, firmware updates, rule changes | Up to 40 changes per month |
| Service desk | Incidents and requests by phone, app and e-mail | Unlimited |
| End-user support | Desktop, laptop, printer and mobile device support, remote and on site | 1,380 users |
| Moves, additions, changes | New users, relocations, new devices | Up to 60 per month |
| Plant sites | Nansha, Panyu, Zhuhai, Zhanjiang, Maoming, Yangjiang, Beihai, Qinzhou and Haikou | 9 plants and 1 head office |

## Schedule 2 - Service Levels and Credits

| Measure | Service Level | Service credit if missed |
|---|---|---|
| Availability of the core network at each plant | 99.95% per month | 3% of the monthly service charge per 0.1 percentage point below the level |
| Priority 1 incident (plant network down) | Response within 15 minutes; engineer on site within 3 hours; restoration within 6 hours | CNY 1,000 per hour late |
| Priority 2 incident (part of a plant affected) | Response within 1 hour; resolution within 8 hours | CNY 300 per hour late |
| Priority 3 incident or request | Response within 1 business day; resolution within 3 business days | Counted in the monthly report |
| Monthly report | Delivered within 5 business days after month end | CNY 500 per late report |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Service Commencement Date | 74,000 |
| Monthly service charge | 36 months at CNY 58,000 per month | 2,088,000 |
| **Total Contract Value** | | **2,162,000** |
| Additional moves, additions, changes | Per item above the allowance | 260 |
| Exit assistance | Per engineer day | 2,400 |
"""

E05 = """MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. TDK-XHC-2026-11

PARTIES

PT Tegal Data Komoditas, Jalan Kapten Sudibyo 45, Tegal, Central Java, Indonesia ("Provider"); and Xiamen Haixi Commodity Trading Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer").

BACKGROUND

Provider collects and publishes market data on tropical commodities, including palm oil, copra, natural rubber, coffee and cocoa, from auctions, mills, exporters and ports in Southeast Asia. Customer imports and trades these commodities and wishes to receive the data through an application programming interface (API) for its trading, risk and purchasing systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the price assessments, auction results, mill and export volumes, port arrival lists, weather indicators and related data made available through the API under the data package in clause 2.2.

1.2 "Subscription Year" means each period of 365 days starting on the Activation Date or on an anniversary of it. The initial term consists of two Subscription Years.

1.3 "Activation Date" means the date on which Customer signs the Activation Certificate under clause 4.3.

1.4 "Customer Data" means the watchlists, portfolios, queries, user accounts, usage logs and other data that Customer or its users submit to or create in Provider's systems.

1.5 "Customer Deliverables" means the field mappings, data transformation scripts and the connector to Customer's trading system that Provider builds for Customer under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the term to receive the Licensed Data through the API and to use it in Customer's internal systems in mainland China for its trading, risk management and purchasing.

2.2 The data package is "Tropical Softs Professional", covering five commodities, daily price assessments, intraday auction results where available, weekly mill and export volumes, and port arrival lists for 14 ports, with history from 2016. The package allows up to 50 named users and up to 200,000 API calls per day.

2.3 Customer may display Licensed Data to its employees and show derived figures, such as its own valuations and positions, in internal reports. Customer may not resell the Licensed Data or publish it outside its group.

2.4 Provider shall deliver the Licensed Data as published by it. Provider shall use commercially reasonable efforts to keep the API accessible and to publish each daily assessment at its usual time, but it gives no commitment on availability, publication times or the time within which faults will be answered or fixed.

2.5 Customer may report faults by e-mail to Provider's support desk. Provider will look into reported faults in the order in which they are received.

2.6 Provider may change the format of the API or the structure of the Licensed Data by giving Customer at least 60 days' notice with updated documentation. Where a change requires changes to the connector, Provider shall adapt the Customer Deliverables at no extra charge.

2.7 Provider shall give Customer's users access to its web portal, its methodology documents for each price assessment and a monthly market commentary, in English and Chinese. Provider shall notify Customer by e-mail of any correction to a published price assessment on the day of the correction.

2.8 Customer shall keep its API credentials secure, shall not share user accounts and shall tell Provider without delay if it suspects that credentials have been misused.

2.9 Customer shall name a technical contact for the API and a commercial contact for invoices and renewals.

2.10 Provider shall send Customer a monthly usage statement showing the number of API calls per day and per user.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 318,000 for each Subscription Year. The one-time set-up fee for the connector and field mappings under clause 4 is CNY 22,000. The total contract value for the initial term is CNY 658,000, including VAT.

3.2 The set-up fee is invoiced after the Activation Date. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 79,500, each at the end of the quarter concerned. Customer shall pay each invoice within 30 days after receipt.

3.3 API calls above the daily allowance are charged at CNY 0.02 per call, invoiced monthly in arrears. Such charges are not part of the total contract value.

4. SET-UP AND ACTIVATION

4.1 Within 30 days after signature, Provider shall issue API credentials for test and production, build the connector to Customer's trading system, map the Licensed Data fields to Customer's commodity codes and load the history.

4.2 Provider shall then run an activation test with Customer.

4.3 Customer shall sign an Activation Certificate when the test shows that: all five commodities and all fields of the data package are delivered; the history from 2016 is complete with no missing trading days; data received through the connector matches Provider's web portal for ten consecutive trading days; and the connector handles 200 requests per second without errors.

4.4 Access by Customer's users before the Activation Date does not mean that the activation test is passed.

5. CUSTOMER DATA AND DATA SECURITY

5.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the subscription to Customer and shall not use it for any other purpose, analyse Customer's positions or disclose Customer's watchlists or queries to any third party.

5.2 Provider shall protect Customer Data by appropriate technical and organisational measures, including encryption in transit and at rest, named administrator accounts with multi-factor authentication, logging of access and regular security testing.

5.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data or to Customer's API credentials, shall take the steps needed to contain the incident and shall be liable for the loss caused to Customer by its breach of this clause 5.

5.4 At the end of the term Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

6. INTELLECTUAL PROPERTY

6.1 Provider keeps all rights in the Licensed Data, the API and its software.

6.2 The Customer Deliverables belong to Customer. Customer may use, modify and license them freely, also for data from other providers. Provider shall hand over their source code on activation.

6.3 Figures that Customer derives from the Licensed Data by its own calculations belong to Customer.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Agreement, and shall not disclose it to any third party without the other party's prior written consent, except to its advisers or as required by law. This duty continues for three years after the end of this Agreement.

8. TERM AND RENEWAL

8.1 This Agreement starts on signature and the initial term ends at the end of the second Subscription Year.

8.2 After the initial term, this Agreement renews for further Subscription Years at the same subscription fee, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

9. TERMINATION

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

9.2 Customer may also terminate by written notice if the API is not accessible for more than five working days in a row.

9.3 On termination by Customer under clause 9.1 or 9.2, Provider shall refund the fees paid for the period after termination.

10. LIABILITY

10.1 Provider does not guarantee that the Licensed Data is complete or free from errors. Customer is responsible for its own trading decisions.

10.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for breach of clauses 5 and 7, fraud and wilful misconduct, which are not limited.

10.3 Neither party is liable for loss of profit or indirect loss.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract any of its obligations under this Agreement without Customer's prior written consent.

11.2 Neither party may assign this Agreement without the other party's written consent.

12. FORCE MAJEURE

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party without delay.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding on both parties.

14. GENERAL

14.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Notices shall be sent by e-mail and courier to the addresses above.

Signed for Provider: ____________________    Date: ____________

Signed for Customer: ____________________    Date: ____________
"""

FILES = {  # key: (file name, format, language, category, kind)
    "h715z01": ("h715z01_patriotic_health_vector_monitoring_platform.pdf", "pdf", "zh", "software", "goods_or_licence"),
    "h715z02": ("h715z02_envelope_folder_gluer_line_retrofit.docx", "docx", "zh", "hardware", "goods_or_licence"),
    "h715z03": ("h715z03_photography_chain_booking_membership_saas.txt", "txt", "zh", "cloud", "service"),
    "h715z04": ("h715z04_health_education_system_annual_om.txt", "txt", "zh", "services", "service"),
    "h715z05": ("h715z05_coconut_carving_tracking_supplier_template.md", "md", "zh", "software", "goods_or_licence"),
    "h715e01": ("h715e01_kiln_planning_perpetual_licence_bali_vendor.pdf", "pdf", "en", "software", "goods_or_licence"),
    "h715e02": ("h715e02_dealer_ordering_saas_order_form.md", "md", "en", "cloud", "service"),
    "h715e03": ("h715e03_cold_room_sensors_monitoring_licence.docx", "docx", "en", "hardware", "goods_or_licence"),
    "h715e04": ("h715e04_aquafeed_managed_it_services_36_months.md", "md", "en", "services", "service"),
    "h715e05": ("h715e05_commodity_market_data_api_subscription.txt", "txt", "en", "cloud", "service"),
}
SOURCES = {"h715z01": Z01, "h715z02": Z02, "h715z03": Z03, "h715z04": Z04, "h715z05": Z05,
           "h715e01": E01, "h715e02": E02, "h715e03": E03, "h715e04": E04, "h715e05": E05}

# (terms without contract_kind, extra without contract_value, contract value, fee base for TCO)
T = dict
LABELS = {
    "h715z01": (T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
                  buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20,
                  acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                  governing_law="PRC"),
                T(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                1956000, 1160000),
    "h715z02": (T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
                  buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None, prepayment_pct=20,
                  acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=8,
                  auto_renewal_price_increase=False, termination_for_breach=False, subcontract_without_consent=True,
                  governing_law="PRC"),
                T(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                1250000, 1085200),
    "h715z03": (T(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
                  buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=400 / 614000 * 100, liability_cap_pct=200,
                  prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
                  subcontract_without_consent=False, governing_law="PRC"),
                T(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                614000, None),
    "h715z04": (T(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
                  buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03, liability_cap_pct=None,
                  prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                  subcontract_without_consent=False, governing_law=None),
                T(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                386000, None),
    "h715z05": (T(availability_pct=None, p1_response_hours=2, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
                  buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=None, prepayment_pct=65,
                  acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
                  governing_law=None),
                T(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
                960000, 720000),
    "h715e01": (T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
                  buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                  acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                  governing_law="Indonesia"),
                T(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                1860000, 1280000),
    "h715e02": (T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
                  buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=700 / 1036000 * 100,
                  liability_cap_pct=6 / 24 * 100, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                  warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
                T(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                1036000, None),
    "h715e03": (T(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
                  buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                  governing_law="PRC"),
                T(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                1240000, 1051400),
    "h715e04": (T(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
                  buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=1800 / 2162000 * 100, liability_cap_pct=150,
                  prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                  subcontract_without_consent=True, governing_law="PRC"),
                T(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                2162000, None),
    "h715e05": (T(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
                  buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=150, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                  governing_law="PRC"),
                T(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False),
                658000, None),
}
FORUM_OUTSIDE_MAINLAND = {"h715e01"}  # BANI, Denpasar

DESIGN = {
    "h715z01": [],
    "h715z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h715z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h715z04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h715z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h715e01": ["CR-GOVERNING-LAW"],
    "h715e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h715e03": [],
    "h715e04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "h715e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (default pack values) per label key
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_LIMIT = 40
LENIENT = False


def tco_share(t, x, value, base):
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(key):
    """The rules of policy §3, as I read them, applied to the label."""
    t, x, value, base = LABELS[key]
    goods = FILES[key][4] == "goods_or_licence"
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, value, base)
        if s is not None and s > TCO_SHARE_LIMIT:
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
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, cat, kind = FILES[key]
    t, x, value, base = LABELS[key]
    terms = dict(t, contract_kind=kind)
    extra = {k: v for k, v in x.items() if k != "post_warranty_fee_capped" or kind == "goods_or_licence"}
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(key)}


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


NB = r"(?<![\d.,])"
THRESHOLD_RE = re.compile("|".join([
    NB + r"99\.90*(?!\d)",
    NB + r"4\s*-?\s*(?:小时|个小时|hours?|hrs?|h)(?![a-z])", r"(?<![十二三四五六七八九零〇两])四个?小时",
    r"(?<![a-z-])four[\s-]*hours?",
    NB + r"0\.050*(?!\d)\s*%", r"万分之五(?![十百千])", r"千分之零点五",
    NB + r"(?:30|40|15|100)(?:\.0+)?\s*%", r"百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九点])",
    r"(?<![a-z-])(?:thirty|forty|fifteen|one hundred)\s*(?:per\s*cent|percent)",
    NB + r"12\s*-?\s*(?:个月|months?)(?![a-z])", r"(?<![一二三四五六七八九])十二个月", r"(?<![a-z-])twelve[\s-]*months?",
]), re.I)
MUST_HIT = ["30%", "30 %", "付款百分之三十", "4小时", "4 hours", "4-hour", "四小时", "four hours", "99.9%", "99.90%",
            "0.05%", "万分之五", "12个月", "十二个月", "12 months", "12-month", "twelve months", "100%", "15%", "40%",
            "forty per cent", "4h"]
MUST_MISS = ["24小时", "24 hours", "14 hours", "99.95%", "99.5%", "130%", "0.055%", "24个月", "112 months", "1.15%",
             "2.40%", "二十四小时", "twenty-four hours"[:0] + "24-hour", "万分之五十", "4G backup", "140%", "300%"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("regex hits", s)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {k: (FILES[k][0], FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in office}, office, OUT, wrap_words=True)
    for k, (name, fmt, *_r) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, lang, cat, kind) in FILES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for key, th in THRESHOLDS.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key, t[key])
        s = tco_share(LABELS[k][0], LABELS[k][1], LABELS[k][2], LABELS[k][3])
        assert s is None or abs(s - TCO_SHARE_LIMIT) > 2, (k, s)
        if kind == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in lab["expected_extra"]
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            print(f"{name}: {n} chars (no whitespace), rules {lab['expected_rules']}, risk {risk(lab['expected_rules'])}"
                  + (f", TCO share {s:.2f}%" if s is not None else ""))
            assert 2750 <= n <= 3000 or LENIENT, (name, n)
        else:
            n = len(text.split())
            print(f"{name}: {n} words, rules {lab['expected_rules']}, risk {risk(lab['expected_rules'])}"
                  + (f", TCO share {s:.2f}%" if s is not None else ""))
            assert 1450 <= n <= 1650 or LENIENT, (name, n)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    compliant = [k for k in FILES if not label(k)["expected_rules"]]
    assert sorted(compliant) == ["h715e03", "h715z01"], compliant
    print("all checks passed")


if __name__ == "__main__":
    main()
