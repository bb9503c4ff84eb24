"""holdout674: builds the ten blind held-out drafts from the sources below, writes the .json labels and asserts the
checks of the brief (lengths, thresholds, rule coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临港市海洋环境监测中心赤潮监测预警平台采购合同（草稿）
P:合同编号：LGHJ-ZFCG-2026-017　　采购方式：公开招标
P:甲方（采购人）：临港市海洋环境监测中心
P:乙方（供应商）：蓝湾信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就赤潮监测预警平台的软件许可与定制开发事宜，订立本合同。本合同文本由甲方提供。
H:第一条　采购内容
P:1.1 乙方向甲方提供海洋生态监测平台软件永久使用许可（不限用户数），并完成赤潮预警模型接入、浮标与岸基站数据接口、预警信息发布模块的定制开发，以及历史监测数据迁移、部署和培训。
P:1.2 具体功能、性能指标以招标文件技术需求书及乙方投标文件为准，投标文件中优于招标要求的承诺一并构成合同义务。
H:第二条　合同价款
P:2.1 合同总价为人民币贰佰壹拾陆万元整（¥2,160,000.00），为固定总价，含税及乙方履约所需的全部费用。
P:2.2 分项价格：平台软件许可费¥1,160,000；定制开发费¥820,000；数据迁移与部署费¥146,000；培训费¥34,000。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方的付款按财政资金支付程序办理。
H:第四条　交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于初步验收后六十日内完成试运行。
P:4.2 乙方应按周向甲方提交进度报告，发生可能影响工期的情况应当及时书面告知甲方。
P:4.3 乙方应在合同签订后十日内提交项目实施计划，经甲方确认后执行，计划调整须经甲方书面同意。
H:第五条　验收
P:5.1 初步验收标准：功能逐项符合技术需求书；浮标、岸基站全部站点数据完整接入，断线后可自动补传；预警模型对近三年历史赤潮事件回测的命中情况达到投标承诺；预警信息发布至短信、政务平台的时延不超过60秒。
P:5.2 最终验收：试运行六十日内无一级故障，迁移数据经甲方全量比对一致，并通过第三方安全测评。验收由甲方组织，可邀请专家参加，验收结论以书面形式出具。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条　质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即¥104,400），且在质保期满后的三个服务年度内不上调。维护合同按年度另行签订，不自动续期。
H:第七条　服务水平
P:7.1 质保期内，平台月可用率不低于99.95%。
P:7.2 一级故障（平台中断或预警无法发布）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应；三级故障在下一工作日处理。
P:7.3 响应每迟延1小时，乙方向甲方支付¥800；月可用率每低于承诺值0.01个百分点，乙方支付¥1,500，甲方可从应付款中直接扣除。
H:第八条　知识产权
P:8.1 平台软件的原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发成果，包括预警模型接入程序、数据接口程序、发布模块及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
H:第九条　数据安全
P:9.1 监测数据、预警记录及由其产生的数据均属于甲方，乙方不得用于本合同以外的任何目的，不得留存副本。
P:9.2 乙方应落实网络安全等级保护要求，通过甲方堡垒机进行远程运维，对操作全程留痕；发生数据泄露、篡改或丢失时，应在1小时内报告甲方并采取补救措施，并承担由此造成的全部损失。
H:第十条　保密
P:10.1 乙方对履约中知悉的甲方非公开信息、监测数据及网络配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方提交的成果不符合约定的，应在甲方指定期限内整改，整改后仍不合格的，甲方可以解除合同。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三承担违约责任。
H:第十二条　分包
P:12.1 乙方不得将本合同项下的工作转包或分包给第三方。
H:第十三条　合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条　适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　项目管理与人员
P:15.1 乙方应指定具有海洋信息化项目经验的项目经理一名，项目经理在实施期间每周至少三个工作日在甲方现场办公，未经甲方同意不得更换。
P:15.2 乙方实施人员应遵守甲方的安全管理和保密制度，进入监测站点、码头和船舶作业时服从甲方现场人员的安排，并自行负责其人员的人身安全和保险。
P:15.3 甲方指定信息科为项目联系部门，负责提供需求确认、历史数据、网络环境和验收组织等配合工作。
H:第十六条　培训与文档
P:16.1 乙方应为甲方系统管理员、预警值班人员和业务科室人员分别组织培训，培训内容包括平台操作、预警模型参数维护、数据接口故障排查和应急发布流程。
P:16.2 培训结束后，乙方应组织考核，确保每名预警值班人员能够独立完成预警会商材料生成和预警信息发布操作。
P:16.3 乙方应在初步验收前提交需求规格说明书、设计文档、接口说明、数据字典、部署手册、用户手册和运维手册，文档应使用中文，并随最终版本同步更新。
H:第十七条　不可抗力
P:17.1 因台风、风暴潮、地震等不可抗力导致一方不能按期履行的，应及时通知对方，并在十日内提供证明，受影响的履行期限相应顺延。
P:17.2 不可抗力消除后，乙方应尽快恢复实施，并对受影响的浮标和岸基站数据接入情况进行复核。
H:第十八条　廉洁条款
P:18.1 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供礼金、礼品、宴请或其他不正当利益，违反的甲方有权解除合同并报告有关部门。
H:第十九条　履约保证与通知
P:19.1 乙方提交的履约保函有效期至最终验收合格后三十日，最终验收合格后甲方退还保函原件。
P:19.2 双方的通知、催告和确认应以书面形式送达合同首页所列地址或双方确认的电子邮箱，电子邮件发出即视为送达。任何一方变更联系方式的，应提前五日书面通知对方。
H:第二十条　其他
P:20.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2026年__月__日
"""

Z02 = """T:紫砂壶成型与烧成生产线控制系统改造及维保合同（草稿）
P:合同编号：TY-SB-2026-08
P:甲方：宜兴市陶韵紫砂工艺厂
P:乙方：常州恒控自动化有限公司
P:甲方为提升紫砂壶成型、干燥与烧成工序的稳定性，委托乙方对现有生产线的控制系统进行改造，并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:第一条　项目范围
P:1.1 乙方负责成型机伺服改造、电窑与梭式窑温控系统更换、干燥房温湿度控制、PLC控制柜及工控机的供货、安装、编程与调试，并提供生产监控软件许可。
P:1.2 乙方负责将新控制系统与甲方现有能源计量表计对接，实现烧成曲线的编制、下发、记录与追溯。
H:第二条　合同价格
P:2.1 合同总价为人民币壹佰贰拾柒万元整（¥1,270,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含变频器、安全回路）|4套|86,000|344,000
TB:2|窑炉温控系统（热电偶、调功器、控制器）|2套|128,000|256,000
TB:3|成型机伺服改造|6台|42,000|252,000
TB:4|工业触摸屏与工控机|1批|98,000|98,000
TB:5|生产监控软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,136,000
TB:6|安装调试及系统对接|1项|118,000|118,000
TB:7|操作与维护培训|1项|16,000|16,000
TB:|合计|||1,270,000
P:2.2 上述价格含税、运输、保险及安装所需辅材，甲方不再支付其他费用。乙方报价遗漏的设备或材料，如为实现本合同功能所必需，由乙方免费补充提供。
H:第三条　付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量与外观，不视为验收。
P:3.3 项目最终验收合格后，甲方支付合同总价的45%。
H:第四条　交货与工期
P:4.1 乙方应于合同生效后四十五日内将设备运抵甲方厂区，并于到货后三十日内完成安装调试。
P:4.2 改造施工应安排在甲方停窑检修期间，每次停窑不超过七日，具体时间由甲方书面确定。
P:4.3 乙方应在进场前提交施工组织方案，包括分批改造顺序、停窑计划、临时控制措施和安全措施，经甲方确认后实施。每批改造完成后，乙方应配合甲方进行试烧，试烧合格后方可开始下一批改造。
H:第五条　验收
P:5.1 验收标准：窑炉温度控制偏差不超过±3℃；烧成曲线可按品种编制并自动执行；成型机节拍达到每分钟6件；停电恢复后控制参数不丢失；系统连续运行168小时无故障。
P:5.2 连续运行期间按甲方正常订单投料生产，成品率不得低于改造前三个月的平均水平。
P:5.3 验收由甲方组织，双方签署验收报告。安装完成或甲方投入使用，均不视为验收合格。
H:第六条　质保与维保
P:6.1 质保期二十四个月，自最终验收合格之日起算。质保期内设备及软件的维修、更换和升级均免费。
P:6.2 一级故障（窑炉失控或整线停机）乙方应在1小时内响应，8小时内到场；二级故障在24小时内到场处理。
P:6.3 响应或到场每迟延1小时，乙方向甲方支付¥500。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的18%计取，即每年¥204,480，质保期满后三个服务年度内价格固定。维保服务包括季度巡检、备件更换、软件升级与远程支持。
H:第七条　知识产权
P:7.1 生产监控软件的著作权归原权利人，甲方享有永久使用权。
P:7.2 乙方为本项目编写的PLC程序、组态工程文件、烧成曲线模板及其源文件归甲方所有，甲方可以自行修改、使用或交由第三方维护。
H:第八条　数据安全
P:8.1 配方、烧成曲线、产量及能耗数据属于甲方，乙方不得复制、留存或用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方逐次授权，控制网络与办公网络隔离；发生数据泄露或被篡改的，乙方应在2小时内通知甲方并负责补救，造成损失的依法赔偿。
H:第九条　保密
P:9.1 双方对履约中获悉的对方技术资料、工艺配方和商业信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后仍然有效。
H:第十条　违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:10.3 因乙方施工造成甲方设备、坯体或窑具损坏的，乙方应照价赔偿。
H:第十一条　分包
P:11.1 乙方如需将电气安装施工分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十二条　合同解除
P:12.1 一方严重违约，经对方书面催告后十五日内未予纠正的，守约方有权解除合同并要求赔偿损失。
H:第十三条　争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交无锡仲裁委员会仲裁。
H:第十四条　施工安全与现场管理
P:14.1 乙方施工人员进入甲方厂区应遵守甲方安全生产制度，动火、登高和带电作业须办理作业票，施工期间不得影响未改造工段的正常生产。
P:14.2 电窑改造涉及的高温部件拆装，应在窑温降至常温后进行，乙方应对拆下的旧设备分类堆放，经甲方确认后由甲方处置。
P:14.3 因乙方施工原因造成人身伤害或火灾事故的，由乙方承担全部责任。
H:第十五条　培训与技术资料
P:15.1 乙方应对甲方成型、烧成工段的操作工和电工分别进行培训，使其能够独立编制烧成曲线、处理常见报警和更换易损件。
P:15.2 乙方应在验收前向甲方移交电气原理图、接线图、PLC程序备份、组态工程文件、设备说明书、备件清单和操作规程，纸质版和电子版各一套。
H:第十六条　不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。
H:第十七条　备品备件
P:17.1 乙方应随设备提供热电偶、固态继电器、保险丝、触摸屏保护膜等易损件作为随机备件，备件清单作为验收文件之一。
P:17.2 乙方应在甲方厂区设置备件柜，由甲方设备科保管，乙方每季度核对一次并补齐消耗部分，补货费用在质保期内由乙方承担。
P:17.3 质保期满后，乙方保证在八年内继续供应改造所用控制器、伺服驱动器和温控模块的备件，如原型号停产，应提供兼容替代型号并负责调试。
H:第十八条　变更
P:18.1 甲方需要增加或减少改造工位的，应书面通知乙方，增减部分按本合同单价计算，工期由双方协商调整。
P:18.2 乙方提出的技术方案变更，须经甲方书面确认后方可实施，未经确认擅自变更的，甲方有权要求恢复原方案。
H:第十九条　通知与送达
P:19.1 双方的通知应以书面形式送达本合同所列地址或项目联系人电子邮箱。一方变更地址或联系人的，应提前书面告知对方，否则向原地址发出的通知视为送达。
P:19.2 乙方项目经理应在每周五向甲方设备科提交施工周报，说明已完成工作、下周计划、存在问题及需要甲方配合的事项，重大问题应当日报告。
H:第二十条　其他
P:20.1 本合同附件包括技术方案、设备清单和施工安全协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """蜀茶时光连锁门店点单及会员系统SaaS服务合同（草稿）

合同编号：SCSG-IT-2026-03
甲方：成都蜀茶时光餐饮管理有限公司
乙方：杭州点单云科技有限公司

甲方经营40家直营茶饮门店，拟采用乙方的点单与会员管理SaaS服务。双方在平等自愿的基础上，订立本合同。

一、服务内容
（一）乙方向甲方提供线上点单（小程序、门店收银、自助点单屏）、会员积分与储值、优惠券、库存预警和总部经营报表等SaaS服务，覆盖甲方40家门店及总部。
（二）乙方负责实施服务，包括菜单与门店配置、原会员系统数据迁移、与甲方现有收银打印机和外卖平台对接、门店店长及总部人员培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算。

二、服务费用
（一）本合同总价为人民币柒拾万元整（¥700,000），其中：
1. 门店端SaaS服务费：40家×¥6,800/店/服务年度，两个服务年度共计¥544,000；
2. 总部管理端服务费：¥36,000/服务年度，两个服务年度共计¥72,000；
3. 实施费：¥84,000，一次性。
（二）服务期内新增门店按每店每服务年度¥6,800计费，按实际服务月数折算。

三、付款方式
（一）SaaS服务费按季度结算，甲方在每个服务季度结束后十五日内支付该季度服务费。
（二）实施费在上线验收合格后十五日内一次性支付。
（三）本合同不设预付款。乙方应在收款前开具增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 40家门店小程序、收银、自助点单屏均可正常下单、支付和出杯打印；
2. 原系统会员档案、积分和储值余额迁移后，经甲方抽查与全量对账一致；
3. 午晚高峰模拟每分钟800笔订单时，下单响应时间不超过2秒；
4. 外卖平台订单可自动接入门店出单。
（三）验收由甲方组织，双方签署上线验收单。试用或部分门店使用不视为验收合格。
（四）乙方未能按期完成上线的，每逾期一日向甲方支付违约金¥600。

五、服务水平
（一）乙方承诺SaaS服务月可用率不低于99.5%，计划内维护应安排在凌晨一时至六时之间并提前三日通知。
（二）故障分级与响应：
1. 一级故障（全部或多家门店无法下单或支付）：15分钟内响应，2小时内恢复；
2. 二级故障（单店无法下单或会员功能异常）：1小时内响应；
3. 三级故障（报表等非核心功能异常）：下一工作日处理。
（三）月可用率每低于承诺值0.1个百分点，减免当月服务费的5%；一级故障响应超时的，每次减免¥1,000。减免金额从下期应付服务费中扣除。

六、数据权属与数据安全
（一）甲方会员信息、订单、交易及储值数据均属于甲方所有。
（二）乙方可将甲方交易数据经去标识化、汇总处理后，用于茶饮行业分析报告、产品优化及向其他客户提供经营对标服务，该等使用在本合同终止后仍可继续。
（三）乙方应按照个人信息保护相关法律法规处理会员个人信息，系统通过等级保护三级测评，数据在境内存储并加密传输；发生数据泄露的，乙方应在2小时内通知甲方，采取补救措施并承担由此造成的损失。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并删除系统内的甲方数据。

七、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、会员活动模板及外卖对接接口，其知识产权归甲方所有，甲方可以自行使用、修改或委托第三方开发。

八、保密
双方对在合作中获悉的对方商业秘密、经营数据和技术信息承担保密义务，未经对方书面同意不得向第三方披露，保密义务不因合同终止而解除。

九、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第六条第（三）项造成的损失不受此限。

十、分包
乙方可以使用第三方云服务商提供的基础设施资源，但应确保其符合本合同第六条的要求。未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

十一、合同期限与解除
（一）服务期满后本合同终止，不自动续期。如需续约，双方另行协商签订合同。
（二）乙方严重违约或连续两个月未达到服务水平承诺，经甲方书面通知后十日内未改正的，甲方有权解除合同，已支付的服务费按实际服务期间结算。
（三）甲方逾期付款超过六十日，经乙方催告后仍不支付的，乙方可以暂停服务。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

十三、门店运营支持
（一）乙方应设立专门的客户成功经理，负责甲方日常需求沟通、新品上架配置指导和营销活动上线支持。
（二）甲方推出新品或开展节假日营销活动的，乙方应在收到甲方配置需求后两个工作日内完成测试环境验证，并配合甲方在约定时间上线。
（三）乙方应每月向甲方提交服务报告（含上月会员增长和储值余额核对结果），内容包括可用率、故障处理情况、门店订单量趋势和系统优化建议。
（四）甲方新开门店的，乙方应在收到开店通知后五个工作日内完成门店开通、设备调试和店员培训。

十四、双方义务
（一）甲方应按乙方提供的配置要求准备门店网络、收银设备和打印机，并指定总部对接人员。
（二）甲方应对其门店员工的账号使用进行管理，发现账号被盗用的，应及时通知乙方冻结。
（三）乙方应保证服务符合支付、发票和食品经营相关的监管要求，因监管政策变化需要调整功能的，乙方应及时升级，不另行收费。

十五、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失。不可抗力持续超过三十日的，双方可协商解除合同。

十六、通知与联系人
（一）甲方指定信息部负责人为项目联系人，乙方指定客户成功经理为项目联系人，双方的日常沟通可以通过邮件和即时通讯工具进行。
（二）涉及合同变更、付款、违约和解除的通知，应以书面形式送达本合同所列地址，邮寄送达的，以签收之日为送达日。

十七、发票与税费
（一）每季度服务费的结算金额，以双方确认的门店数量、服务月数和服务水平减免金额为准，乙方应在季度结束后五个工作日内提交结算单。
（二）乙方应按照国家规定开具增值税专用发票，因发票不合格导致甲方无法抵扣的，乙方应重新开具并承担由此产生的损失。
（三）双方各自承担依法应由其缴纳的税费。

十八、服务变更
服务期内乙方不得降低已上线功能的服务内容，也不得单方面调整本合同约定的收费标准。
服务期内甲方需要增加功能模块或门店数量的，乙方应按本合同单价或双方另行确认的价格提供，新增部分的服务期与本合同服务期一致。乙方对SaaS平台进行重大版本调整的，应提前三十日通知甲方，并保证原有功能不受影响。

十九、其他
本合同附件包括服务功能清单、门店清单及上线计划。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　　乙方（盖章）：__________
日期：2026年__月__日
"""

Z04 = """海湾红树林自然保护区生态巡护系统年度运维服务合同（草稿）

合同编号：HWHS-YW-2026-02
甲方：海湾红树林自然保护区管理站
乙方：南海智巡信息科技有限公司

鉴于甲方已建成生态巡护管理系统（含巡护APP、巡护终端、视频监控点、水文及鸟类监测设备和管理平台），现委托乙方提供年度运行维护服务，双方订立本合同，共同遵守。

第一条 服务期限
服务期自2026年3月1日起至2027年2月28日止。期满本合同终止，不自动续期；甲方如需继续采购，按规定另行组织采购。

第二条 服务内容
1. 驻场运维：乙方派驻运维工程师1名，工作日在保护区管理站驻场，负责平台巡检、账号管理、巡护数据整理和用户支持。
2. 终端与前端设备维护：对巡护终端86台、视频监控点24处、水文监测站6处及鸟类声纹监测设备进行季度巡检、故障维修和备件更换。
3. 平台软件维护：缺陷修复、兼容性适配、小版本升级、巡护统计报表调整。
4. 数据备份与安全巡检：每日增量备份、每周全量备份，每季度开展一次安全巡检并提交报告。
5. 汛期和台风期间的专项保障。
6. 配合甲方完成上级主管部门的检查、数据报送和年度巡护工作总结，提供所需的统计数据和系统截图。
7. 每季度对保护区巡护员开展一次巡护APP和终端使用培训，新入职巡护员随时培训。

第三条 服务费用
1. 本合同服务费总额为人民币叁拾陆万肆仟元整（¥364,000），其中：驻场运维¥168,000；终端与前端设备维护¥96,000；平台软件维护¥72,000；数据备份与安全巡检¥28,000。
2. 上述费用已包含税费、差旅、常用备件及乙方人员的全部费用。单件价值超过¥3,000的备件，由乙方报价经甲方确认后另行结算。

第四条 付款方式
1. 服务费按季度支付，每季度¥91,000。
2. 甲方在每个服务季度结束并经季度考核后二十个工作日内支付该季度服务费，考核扣减金额从当季服务费中扣除。
3. 本合同不设预付款。

第五条 服务水平
1. 管理平台月可用率不低于99.95%。
2. 一级故障（平台中断、视频或巡护数据全部无法回传）：乙方30分钟内响应，2小时内到达现场，8小时内恢复。
3. 二级故障（单个监控点或部分终端失效）：2小时内响应，次日内修复。
4. 三级故障（非关键功能问题）：三个工作日内处理。
5. 台风预警发布后，乙方应在24小时内完成前端设备加固检查。

第六条 考核与扣减
1. 甲方按季度对乙方服务进行考核，考核内容包括故障响应、修复时效、巡检完成率及用户评价。
2. 一级故障响应每超时一次扣减¥500，恢复每超时1小时扣减¥300；平台月可用率每低于承诺值0.01个百分点扣减¥400。
3. 当季扣减总额不超过当季服务费的二成。

第七条 服务验收
1. 季度验收：乙方于每季度末提交运维报告、巡检记录和故障处理清单，甲方对照第五条服务水平和第二条服务内容逐项核验，并签署季度验收意见。
2. 年度验收：服务期满前，甲方对全年运维效果进行验收，标准为：平台全年运行达到第五条承诺，全部前端设备在线率达到投标承诺，运维文档和备份数据完整移交。
3. 未经甲方书面验收的，不视为服务合格。

第八条 数据安全
1. 巡护轨迹、物种监测记录、影像资料及管理平台中的全部数据均属于甲方，乙方不得用于本合同以外的目的。
2. 乙方应遵守数据安全和网络安全相关规定，运维账号专人专用，远程操作须经甲方同意并留存日志；物种分布等敏感数据不得导出保护区网络。
3. 因乙方原因导致数据泄露、损毁或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，并承担由此产生的全部责任。

第九条 保密
乙方及其人员对在服务中接触的保护区敏感物种分布、巡护路线和甲方内部资料负有保密义务，未经甲方书面同意不得对外披露，本义务在合同终止后持续有效。

第十条 知识产权
乙方在服务期间为甲方编写的运维脚本、统计报表和技术文档，知识产权归甲方所有。

第十一条 分包
乙方不得将本合同项下的服务分包或转包。

第十二条 违约责任
1. 乙方未按本合同约定提供服务的，应当立即整改；整改不到位的，甲方可按第六条进行扣减。
2. 乙方违反本合同约定给甲方造成损失的，应当依法承担赔偿责任。
3. 甲方无正当理由逾期支付服务费的，应在乙方催告后十日内付清。

第十三条 合同的履行与变更
1. 本合同生效后，双方均应全面履行，任何一方不得单方解除本合同。
2. 乙方履约存在问题的，甲方可以要求乙方更换驻场人员、限期整改，并按第六条扣减服务费，但不因此解除合同。
3. 服务内容或设备数量发生变化的，双方签订补充协议。新增设备的运维费用按本合同相应单价折算，减少设备的，相应核减服务费。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 驻场人员管理
1. 乙方驻场工程师应具备三年以上信息系统运维经验，熟悉无线传输和视频监控设备，服务期内未经甲方同意不得更换。
2. 驻场人员应遵守保护区管理规定，进入核心区、缓冲区开展设备维护的，应事先报甲方批准并由甲方巡护员陪同，不得惊扰鸟类和其他野生动物。
3. 乙方人员乘船或在滩涂作业时，应穿戴救生衣等防护用品，乙方应为其人员购买意外伤害保险。

第十六条 运维文档与交接
1. 乙方应建立设备台账、故障记录、巡检记录和变更记录，每月更新并报甲方备案。
2. 服务期满时，乙方应向甲方或甲方指定的后续服务单位完整移交账号密码、配置文件、备份数据和运维文档，并提供不少于十个工作日的交接配合。

第十七条 不可抗力
因台风、风暴潮等不可抗力导致设备损毁或服务中断的，乙方应在条件允许后立即组织抢修，相应服务水平指标在不可抗力期间暂停考核。

第十八条 备品备件与设备更换
1. 乙方应在保护区管理站储备常用备件，包括巡护终端电池、视频监控点电源模块、无线网桥和存储卡，备件清单每季度报甲方确认。
2. 乙方每季度应对前端设备开展一次全面巡检，巡检内容包括太阳能供电、防雷接地、设备立杆和镜头清洁，并拍照留存巡检记录。
3. 设备因老化无法修复需整体更换的，乙方应提出更换方案和报价，经甲方批准后实施，费用另行结算。
4. 更换下来的旧设备归甲方所有，乙方不得擅自处置，存储介质应由甲方监督销毁。

第十九条 通知与值守
1. 汛期和台风期间，乙方应安排专人二十四小时值守电话，并与甲方巡护值班室保持联络，重大险情应立即报告甲方分管负责人。
2. 双方的通知、报告应以书面形式送达本合同所列地址或双方确认的电子邮箱。
3. 紧急故障可以通过电话报修，乙方应在故障处理完毕后二十四小时内提交故障分析报告，说明原因、处理过程和预防措施，乙方应在运维工单系统中补录工单，作为考核依据。

第二十条 其他
本合同附件为设备清单与运维服务方案。本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　　乙方（盖章）：__________
签订日期：2026年__月__日
"""

Z05 = """# 匠链工序追踪系统软件许可及定制开发合同

（匠链MES标准合同文本 V3.0　　乙方提供）

合同编号：JL-2026-0412

甲方：惠州弦音乐器制造有限公司
乙方：广州匠链软件有限公司

甲方为实现电吉他、木吉他琴颈与琴体在打磨、喷涂、抛光等涂装工序中的流转追踪，向乙方采购匠链工序追踪系统软件许可及相关定制开发服务。经双方协商，签订本合同。

## 第一条 合同标的

1. 乙方向甲方提供匠链工序追踪系统（标准版）软件许可，含30个工位终端授权及条码/RFID采集模块。
2. 乙方按甲方需求进行定制开发：琴颈、琴体工序流转规则，喷涂批次与漆料批号追溯，返修记录，以及与甲方ERP系统的工单、物料接口。
3. 乙方负责系统部署、基础数据初始化和操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统软件许可（含30个工位终端授权） | 760,000 |
| 2 | 定制开发（工序流转、批次追溯、ERP接口） | 248,000 |
| 3 | 实施部署及培训 | 72,000 |
| | 合计 | 1,080,000 |

合同总价为人民币壹佰零捌万元整（¥1,080,000），含增值税。

## 第三条 付款方式

1. 本合同签订之日起七日内，甲方向乙方支付合同总价的55%，即¥594,000。
2. 系统上线运行后七日内，甲方支付合同总价的45%，即¥486,000。
3. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方并有权暂停实施或维护服务。

## 第四条 交付与上线

1. 乙方在收到首笔款项后七十五日内完成系统部署和定制功能开发，具备上线条件。
2. 甲方应按乙方要求提供工位网络、服务器环境和基础数据；因甲方原因造成延误的，工期相应顺延。
3. 系统上线运行即视为甲方验收合格。甲方如有异议，应在上线后三日内书面提出，逾期未提出的视为无异议。

## 第五条 免费维护期

1. 系统上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。
2. 因甲方操作不当、擅自修改系统或第三方软硬件造成的问题，不在免费维护范围内。

## 第六条 技术支持与服务响应

1. 乙方提供工作日9:00至18:00的电话及远程支持。
2. 一级故障（系统整体无法使用）：乙方在接到甲方报修后8小时内响应；二级故障：两个工作日内响应；一般问题：五个工作日内答复。
3. 乙方将尽力在合理时间内解决故障，但不对故障处理时限作出保证，因故障处理超时产生的任何损失，乙方不承担扣款、赔偿或违约责任。

## 第七条 年度维护

1. 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年¥190,000。
2. 年度维护服务包括远程支持、缺陷修复和版本升级。现场服务按乙方人天单价另行收费。
3. 甲方未购买年度维护服务的，乙方不再提供任何升级和技术支持。

## 第八条 知识产权

1. 匠链工序追踪系统及其全部组件的知识产权归乙方所有。
2. 乙方为甲方完成的定制开发成果，包括工序流转规则配置、追溯报表、ERP接口程序及其源代码，知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得修改、反编译或交由第三方使用。

## 第九条 数据

1. 甲方在系统中录入和产生的生产数据归甲方所有，乙方仅为提供本合同服务而处理该等数据，不得用于其他目的。乙方实施人员调取生产数据进行问题排查的，应事先告知甲方并记录调取范围。
2. 乙方应采取访问控制、数据备份和操作日志审计等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并承担相应赔偿责任。

## 第十条 保密

双方对本合同内容以及在履行中知悉的对方技术资料、工艺信息和商业秘密负有保密义务，未经对方书面同意不得披露，保密期限至本合同终止后三年。

## 第十一条 违约责任

1. 乙方未按第四条约定期限具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。
3. 任何一方均不对对方的间接损失、利润损失或停产损失承担责任。

## 第十二条 合同解除

一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 甲方义务

1. 甲方应指定项目负责人，负责需求确认、基础数据整理和内部协调，并在乙方提出需求确认请求后五个工作日内答复。
2. 甲方应在乙方进场前完成车间网络布线和无线覆盖，并为系统运行提供符合乙方要求的服务器、数据库和网络环境，并负责工位终端、条码打印机和RFID读写器的日常保管。
3. 甲方应组织相关车间班组长和操作工参加培训，并按照乙方提供的操作手册使用系统。
4. 甲方应自行负责服务器操作系统、数据库的安装和日常备份，因甲方服务器或网络故障导致系统无法使用的，不属于乙方责任。
5. 甲方不得对系统进行反向工程，不得超出授权工位数量使用，新增工位授权应另行向乙方采购。

## 第十五条 乙方义务

1. 乙方应按本合同约定完成系统部署和定制开发，并提供安装手册、操作手册和接口说明。
2. 乙方应对甲方提出的需求变更进行评估，评估结果以书面形式提交甲方，需求变更涉及的费用和工期由双方另行确认。
3. 乙方可根据自身产品规划对标准版功能进行升级调整，升级后的版本在年度维护服务中提供。
4. 乙方实施人员在甲方车间工作时应遵守甲方的安全与消防规定，喷涂车间内不得使用明火及非防爆设备。

## 第十六条 不可抗力

因不可抗力导致合同不能按期履行的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十七条 培训

1. 乙方为甲方提供一次集中培训，培训对象包括系统管理员、车间班组长和质检人员，培训时长不少于三个工作日。
2. 超出上述范围的培训，按乙方人天单价另行收费。
3. 培训所需场地、投影设备和参训人员的食宿交通由甲方负责，乙方培训讲师的差旅费用由甲方按实际发生额承担。

## 第十八条 需求变更

1. 合同签订后，甲方提出的新增需求或对已确认需求的修改，均属于需求变更。
2. 需求变更由乙方评估工作量，按乙方人天单价计费，并相应顺延交付期限。
3. 因需求变更导致的工期延误，乙方不承担违约责任。
4. 需求变更应以书面形式提出，经双方项目负责人签字确认后生效，口头提出的需求乙方可以不予处理。

## 第十九条 通知

双方的通知应以书面形式送达本合同所列地址。甲方联系人为信息部负责人，乙方联系人为项目经理，任何一方变更联系人的，应及时书面通知对方。

## 第二十条 其他

1. 本合同未尽事宜，以乙方发布的《匠链软件服务说明》为准。
2. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　　乙方（盖章）：__________

签订日期：2026年__月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT (DRAFT)
P:Agreement No. PVR-CN-2026-004
P:This Agreement is made between Taiyuan Hengyun Mining Equipment Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Taiyuan, Shanxi Province (the "Buyer"), and Pioneer Valley Reliability Software Pty Ltd, a company registered in Queensland, Australia, with its principal office in Mackay, Queensland (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence of the Vendor's conveyor condition monitoring and maintenance planning software, together with configuration, interfaces, data migration and training services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ReliaBelt maintenance planning software, version 7, including its standard modules for asset registers, condition monitoring, work orders and spare-parts planning, and any corrections or updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, configurations, report templates, scripts and documentation that the Vendor creates specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, imported into or generated by the Software in the Buyer's environment, including equipment records, vibration and temperature readings, work orders and personnel records.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for sixty named users and three production sites in the People's Republic of China, for the Buyer's internal business purposes.
P:2.2 The Vendor shall configure the Software, develop interfaces to the Buyer's ERP system and to its online vibration monitoring system, migrate the Buyer's existing maintenance records, and train the Buyer's engineers and administrators.
P:2.3 The Software shall be installed on servers provided by the Buyer in its own data centre in Taiyuan.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,768,000, fixed, inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,240,000; configuration and interfaces CNY 386,000; data migration CNY 94,000; training CNY 48,000.
P:3.2 The Contract Price does not change for the quantities stated in Article 2.1. Additional users may be purchased at the unit price stated in the Vendor's proposal dated March 2026.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within thirty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within thirty days after Go-Live at all three sites.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and interfaces and declare readiness for Go-Live within one hundred and twenty days after signature.
P:5.2 Acceptance criteria: every function listed in Annex 1 passes the agreed test scripts; all migrated records reconcile with the source system by record count and by a sample check of five hundred records; the ERP interface transfers work orders and spare-parts reservations without error for twenty consecutive working days; screen response times stay under three seconds with fifty concurrent users.
P:5.3 After a run of sixty days without a Severity 1 defect, the Buyer shall issue a Final Acceptance certificate or a written list of defects. Go-Live, productive use or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Severity 1 (the Software is unavailable or work orders cannot be issued at a site): response within one hour and a workaround within eight hours. Severity 2: response within two business hours. Severity 3: next business day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Buyer may order annual support at 9% of the Software licence fee, that is CNY 111,600 per year. This fee is fixed for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not keep copies after completing a task.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session and takes place through the Buyer's bastion host with logging. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not transfer Buyer Data out of mainland China.
P:8.3 The Vendor shall notify the Buyer within twelve hours of any actual or suspected breach affecting Buyer Data, take all remedial steps, and be liable for the losses the breach causes.
H:Article 9 Confidentiality
P:9.1 Each party shall keep secret the non-public information of the other party received under this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to declare readiness for Go-Live by the date in Article 5.1, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to wilful misconduct, personal injury or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, and may then recover the amounts paid for undelivered services.
P:12.2 Either party may terminate if the other becomes insolvent.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Queensland, Australia.
P:13.2 The parties submit to the non-exclusive jurisdiction of the courts of Queensland sitting in Brisbane.
H:Article 14 Project Management and Training
P:14.1 The Vendor shall appoint a project manager experienced in maintenance systems for heavy industry, who shall attend the Buyer's weekly project meetings in person or by video and shall not be replaced without the Buyer's consent.
P:14.2 The Buyer shall appoint a project lead and provide the servers, operating systems, database licences, network access and test data needed for the project, within the times set out in Annex 2.
P:14.3 The Vendor shall train up to forty of the Buyer's maintenance planners and engineers and six system administrators. Training shall be given in Chinese, or in English with a qualified interpreter provided by the Vendor, and the training materials become the Buyer's property.
P:14.4 The Vendor shall deliver the installation guide, administrator manual, user manual, interface specifications and test records in Chinese and English before Go-Live, and update them with each release supplied during the Warranty Period.
H:Article 15 Changes
P:15.1 Either party may propose a change to the scope. The Vendor shall give a written estimate of cost and schedule impact within ten business days, priced at the day rates in its proposal. No change is binding until both parties sign a change order.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. Dates affected are extended by the period of the delay.
H:Article 17 Notices and Taxes
P:17.1 Notices must be in writing and sent by courier or e-mail to the addresses given on the signature page. Notices by e-mail take effect when sent, unless the sender receives a delivery failure message.
P:17.2 Any withholding tax required by PRC law on payments to the Vendor is included in the Contract Price. The Buyer shall provide the Vendor with tax payment certificates for amounts withheld.
H:Article 18 General
P:18.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:18.2 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# HerdTrack Subscription Order Form

Order Form No. CHT-OF-2026-031

## Part A — Order Form

### A1 Parties

Customer: Hulunbuir Greenfield Pastoral Co., Ltd., a company incorporated in the People's Republic of China, Hailar District, Hulunbuir, Inner Mongolia.

Provider: Capricorn HerdTrack Pty Ltd, a company registered in Queensland, Australia, with its principal office in Rockhampton, Queensland.

### A2 Services

The Provider will provide the HerdTrack herd management platform as a hosted subscription service for the Customer's eighteen cattle and dairy farms, covering animal identification and movement records, breeding and calving, feed rations, weighing, veterinary treatments and withholding periods, and the Analytics module with herd performance dashboards. The Provider will also carry out onboarding: configuration of farms and paddocks, import of existing animal records, connection of the Customer's walk-over weighing scales and RFID readers, and training.

### A3 Subscription Term

The Subscription Term is twenty-four months from the Service Start Date, which is the date of Go-Live Acceptance under section 4 of Part B.

### A4 Fees

| Item | Basis | Annual fee (CNY) | Term total (CNY) |
|---|---|---|---|
| Platform subscription | 18 farm sites at CNY 9,600 per site per year | 172,800 | 345,600 |
| Analytics module | enterprise | 46,000 | 92,000 |
| Onboarding | one-time | — | 52,400 |
| Total Contract Value | | | 490,000 |

All fees are in CNY and include VAT. Additional farm sites are charged at the same rate per site, pro rata.

### A5 Invoicing and Payment

Subscription fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term and are payable within thirty days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Service Start Date.

### A6 Renewal

At the end of the Subscription Term the subscription renews for successive periods of one Subscription Year at the same fees as in A4, unless either party gives written notice of non-renewal at least sixty days before the end of the current period.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data that the Customer or its users enter into, upload to or generate in the Services, including animal records, weights, treatment records, feed records and staff details.

1.2 "Customer Configurations" means the report layouts, dashboards, import templates and scale connectors that the Provider builds specifically for the Customer.

1.3 "Services" means the subscription services and onboarding described in A2.

### 2. Provision of the Services

2.1 The Provider will make the Services available to the Customer's authorised users through the web application and the HerdTrack mobile application for the Subscription Term.

2.2 The Services are hosted in a mainland China region of a public cloud provider. The Provider may change the hosting provider within mainland China on sixty days' notice, without reducing the functions of the Services.

2.3 The Customer is responsible for its users' devices, internet access and for keeping user passwords to itself.

### 3. Service Levels

3.1 The Provider will make the Services available at least 99.95% of each calendar month, excluding planned maintenance announced forty-eight hours in advance and performed between 22:00 and 05:00 Beijing time.

3.2 Severity 1 incidents (the Services are unavailable or animal records cannot be saved) will be responded to within thirty minutes and resolved or worked around within six hours. Severity 2 incidents will be responded to within two hours; Severity 3 incidents within one business day.

3.3 If availability in a month falls below the level in 3.1, the Customer will receive a service credit of 5% of that month's subscription fee for each 0.1 percentage point (or part) of the shortfall, and a further credit of CNY 800 for each Severity 1 response that is late. Credits are deducted from the next invoice or paid at the end of the term.

### 4. Onboarding and Go-Live Acceptance

4.1 The Provider will complete onboarding within sixty days after signature of this Order Form.

4.2 Go-Live Acceptance tests: all eighteen farm sites are configured; imported animal records reconcile with the Customer's source files by animal count and a sample of two hundred records; weights from every connected scale appear in the Services within five minutes; each user role can perform the functions listed in the onboarding plan.

4.3 The Customer will confirm Go-Live Acceptance in writing within ten business days after the tests pass, or list the failures. Use of the Services for training or trial does not constitute acceptance.

4.4 If onboarding is not completed by the date in 4.1 for reasons attributable to the Provider, the Provider will pay the Customer CNY 350 for each day of delay.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services to the Customer and for no other purpose, including after the end of the Subscription Term.

5.2 Within thirty days after the end of the Subscription Term the Provider will return all Customer Data in CSV format and then delete it from the Services.

### 6. Intellectual Property

6.1 The Provider owns the HerdTrack platform and all improvements to it.

6.2 Customer Configurations belong to the Customer. The Provider will hand them over with their documentation, and the Customer may use, modify and have them maintained by others without restriction.

### 7. Confidentiality

7.1 Each party will keep confidential the other party's non-public information received in connection with this Order Form and will not disclose it to any third party without the other party's prior written consent, except to its professional advisers under a duty of confidence or as required by law. This obligation lasts for three years after the end of the Subscription Term.

### 8. Fees and Taxes

8.1 Fees are fixed for the Subscription Term.

8.2 Late payments bear interest at the loan prime rate published by the National Interbank Funding Center, from the due date until payment.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

9.2 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

### 10. Subcontracting and Assignment

10.1 The Provider may not subcontract the provision of the Services, other than the hosting described in 2.2, without the Customer's prior written consent.

10.2 Neither party may assign this Order Form without the other party's prior written consent.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.

11.2 If the Customer terminates under 11.1, the Provider will refund any fees paid for the period after termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 13. Customer Responsibilities

13.1 The Customer will appoint an administrator for each farm site, keep its user list up to date and remove users who leave its employment.

13.2 The Customer will make sure that the data it imports is accurate, and that its walk-over scales and RFID readers are of a model listed in the onboarding plan.

13.3 The Customer will use the Services in accordance with the documentation and applicable laws, including the rules on animal identification and traceability that apply to its farms.

### 14. Training and Support

14.1 During onboarding the Provider will train up to thirty farm users and four administrators at two of the Customer's farms, and will record the sessions so that later staff can be trained.

14.2 Throughout the Subscription Term the Provider will give support in Chinese through a telephone hotline and the in-app help desk from 07:00 to 21:00 Beijing time every day, and outside those hours for Severity 1 incidents.

14.3 The Provider will release updates to the Services from time to time at no extra charge. It will not remove a function that the Customer uses without offering an equivalent function.

### 15. Force Majeure

15.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or a failure of public telecommunication networks, if it gives prompt notice and takes reasonable steps to reduce the effect. Service credits remain payable for outages caused by the Provider's own systems.

### 16. General


16.1 Part A prevails over Part B in case of conflict. This Order Form is the entire agreement of the parties on its subject and replaces all earlier proposals.

16.2 Notices must be in writing and sent to the addresses in A1.
"""

E03 = """T:Purchase Contract for Field Sensors and Crop Monitoring Licence (Draft)
P:Contract No. GFS-PUR-2026-019
P:Buyer: Guangxi Laibin Ganfeng Sugar Industry Co., Ltd., Laibin, Guangxi Zhuang Autonomous Region, People's Republic of China.
P:Supplier: Burnett Field Sensing Pty Ltd, Bundaberg, Queensland, Australia.
P:This Contract is on the Buyer's standard purchase terms. The Buyer wishes to monitor soil moisture and weather across its contracted sugarcane fields and buys from the Supplier the devices, the monitoring software licence and the related services described below.
H:1. Definitions
P:1.1 "Equipment" means the soil-moisture probes, weather stations, LoRaWAN gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's CaneWatch monitoring software, licensed under clause 2.3, and its updates.
P:1.3 "Buyer Data" means all readings, field boundaries, irrigation records, grower details and other data collected by the Equipment or entered into the Software.
P:1.4 "Final Acceptance" means the Buyer's written certificate under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment at the Buyer's fields in Laibin and Xingbin, install the Software on the Buyer's servers, connect it to the Buyer's irrigation scheduling system and train the Buyer's agronomists.
P:2.2 The Contract Price is CNY 1,820,000, fixed and inclusive of taxes, delivery to site, import formalities and all expenses:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture probe, multi-depth|420|1,850|777,000
TB:2|Automatic weather station|24|14,500|348,000
TB:3|LoRaWAN gateway with solar kit|36|6,200|223,200
TB:4|CaneWatch monitoring licence, perpetual, site-wide|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,634,200
TB:5|Installation and commissioning|1 lot|158,800|158,800
TB:6|Training|1 lot|27,000|27,000
TB:|Total Contract Price|||1,820,000
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for all of the Buyer's fields and users in China.
H:3. Payment
P:3.1 10% of the Contract Price within thirty days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount.
P:3.2 55% of the Contract Price within thirty days after the Buyer signs the Installation Certificate for all Equipment. The Installation Certificate confirms quantities and physical installation only and is not acceptance.
P:3.3 35% of the Contract Price within thirty days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's warehouse in Laibin within seventy-five days after signature, and complete installation within forty-five days after delivery, outside the harvest crushing season unless the Buyer agrees otherwise.
P:4.2 Risk in the Equipment passes to the Buyer on delivery; title passes on payment under clause 3.2.
H:5. Acceptance
P:5.1 After installation, the Supplier shall run a thirty-day trial during which the Buyer verifies the acceptance criteria.
P:5.2 Acceptance criteria: every probe and station reports to the Software at its configured interval; at least 98 of every 100 expected readings are received during the trial; probe readings agree with the Buyer's gravimetric soil samples within the tolerance stated in Annex 1; weather readings agree with the reference station at the Laibin mill within the same Annex; irrigation recommendations are passed to the Buyer's scheduling system without manual steps.
P:5.3 When the criteria are met, the Buyer issues a Final Acceptance certificate. Delivery, installation, use of the Equipment or payment under clause 3.2 is not acceptance.
H:6. Warranty, Support and Service Levels
P:6.1 The Supplier warrants the Equipment and the Software for twenty-four months from Final Acceptance. During this period it shall repair or replace faulty Equipment and correct Software defects free of charge, including parts, labour and freight.
P:6.2 Fault levels and response times are set out below:
TB:Level|Description|Response|Restoration
TB:Severity 1|Software unavailable, or more than one fifth of probes offline|2 hours|1 business day
TB:Severity 2|A gateway or weather station offline|8 hours|3 business days
TB:Severity 3|Single probe fault or minor issue|2 business days|next scheduled visit
P:6.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 600; for each day by which a Severity 1 restoration is late, CNY 2,000. The Buyer may deduct these amounts from any payment.
P:6.4 After the warranty, the Buyer may buy annual support at no more than 7% of the Hardware and Licence Subtotal, that is CNY 114,394 per year. This fee is fixed for three years after the warranty ends. Support is ordered each year by separate purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software remains the Supplier's property, subject to the licence in clause 2.3.
P:7.2 The dashboards, field maps, integration code and configuration files made for the Buyer belong to the Buyer. The Supplier shall deliver them with source code, and the Buyer may use, modify and license them without restriction.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may access it only to perform this Contract and may not use it for any other purpose, including model training, benchmarking or publication.
P:8.2 The Software runs on the Buyer's servers. Gateways use encrypted links. Any remote access by the Supplier needs the Buyer's approval for each session and is logged. Buyer Data shall not be transferred outside mainland China.
P:8.3 The Supplier shall report any actual or suspected data breach within twelve hours, cooperate in containing it, and bear the losses caused by its breach.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's fields, growers, yields and operations, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues after this Contract ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or installation beyond the dates in clause 4.1, it shall pay delay damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for wilful misconduct, personal injury and breach of clauses 8 and 9, which are unlimited.
H:11. Subcontracting
P:11.1 The Supplier may subcontract installation work only with the Buyer's prior written consent and remains fully responsible for its subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for Equipment or services not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:14. Quality, Packing and Inspection
P:14.1 The Equipment shall be new, of current manufacture, and conform to the Technical Specification in Annex 1, including the ingress protection rating, operating temperature range and radio frequency plan approved for use in China.
P:14.2 The Supplier shall pack the Equipment for sea and road transport and humid storage, and mark each package with the contract number, item number and gross weight. Each probe and station shall carry a serial number label that matches the Software's device register.
P:14.3 The Buyer may inspect the Equipment on arrival. Damage or shortages found on arrival shall be made good by the Supplier within twenty days at its own cost.
H:15. Training and Documentation
P:15.1 The Supplier shall train twenty of the Buyer's agronomists and field technicians in installation checks, probe replacement, gateway troubleshooting and use of the Software, and four system administrators in server administration, backup and user management.
P:15.2 The Supplier shall deliver, in Chinese, the installation records with the position of every probe, the device register, user and administrator manuals, and the interface description for the irrigation scheduling system, before Final Acceptance.
H:16. Project Management
P:16.1 The Supplier shall name a project manager who speaks Chinese and is present in Laibin during installation. The parties shall meet weekly during installation and the trial, and the Supplier shall keep minutes of each meeting.
P:16.2 The Supplier shall submit a detailed installation schedule, field by field, within fifteen days after signature, and update it each week. Work in a field shall be coordinated with the grower so that irrigation, spraying and harvesting are not disturbed.
P:16.3 The Buyer shall give the Supplier access to the fields, arrange for growers to be informed of the installation work, and provide server space and network access at its head office.
H:17. Force Majeure
P:17.1 Neither party is liable for delay caused by typhoons, floods, epidemics or other events beyond its reasonable control, if it gives notice within five days and takes reasonable steps to reduce the delay. The time for performance is extended accordingly.
H:18. General
P:18.1 Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract. This Contract is signed in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Operational Network Services Agreement (Draft)

Agreement No. PCI-BX-2026-002

**Customer:** Beihai Xinggang LNG Terminal Co., Ltd., Tieshan Port, Beihai, Guangxi, People's Republic of China.

**Provider:** Port Curtis Industrial Networks Pty Ltd, Gladstone, Queensland, Australia, acting through its project office in Guangzhou.

## Background

The Customer operates an LNG receiving terminal with an operational technology (OT) network that connects the jetty, storage tanks, regasification trains and the central control room. The Customer wishes to outsource the day-to-day management of that network and of its network monitoring tools to the Provider for thirty-six months.

## 1. Definitions

1.1 **Services** means the managed services described in Schedule 1.

1.2 **Service Commencement** means the date on which the Customer signs the Transition Completion Certificate under clause 4.

1.3 **Customer Data** means all configurations, logs, network diagrams, alarm records, device inventories and other data of the Customer that the Provider handles in performing the Services.

1.4 **Monthly Recurring Charge** or **MRC** means the charge in Schedule 2.

## 2. Term

2.1 This Agreement runs for thirty-six months from Service Commencement. It ends at the end of that period and does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. Services

3.1 The Provider shall perform the Services in Schedule 1 to the service levels in Schedule 3, using qualified engineers familiar with industrial control networks and the Customer's site safety rules.

3.2 The Provider's engineers on site shall follow the Customer's permit-to-work system and shall not change any device in the safety instrumented system.

3.3 Changes to the network follow the Customer's change management procedure. Emergency changes require approval of the Customer's duty control-room supervisor.

## 4. Transition and Service Acceptance

4.1 The Provider shall complete transition within seventy-five days after signature: inventory and baseline of all network devices, installation of monitoring probes, runbooks for every service in Schedule 1, and a two-week parallel run with the Customer's current team.

4.2 Transition acceptance criteria: every device in the Customer's inventory is monitored and its configuration backed up; alarm forwarding to the control room is tested end to end; the runbooks are approved by the Customer's OT manager; no Priority 1 incident is caused by the Provider during the parallel run.

4.3 When the criteria are met the Customer signs the Transition Completion Certificate. Partial operation of the Services before that date is not acceptance.

4.4 If Service Commencement is delayed beyond the date in 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,500 for each day of delay.

## 5. Charges and Payment

5.1 The charges are in Schedule 2. The transition charge is invoiced after Service Commencement. The MRC is invoiced quarterly in arrears.

5.2 The Customer pays undisputed invoices within thirty days. No advance payment is due under this Agreement.

5.3 Charges are fixed for the term.

## 6. Customer Data and Data Security

6.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and shall not copy it to any system outside the Customer's network, except the monitoring platform described in Schedule 1, which is hosted on servers at the terminal.

6.2 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Customer's OT access policy; use named accounts with multi-factor authentication; access the network only through the Customer's jump server with session recording; and keep all logs inside mainland China.

6.3 The Provider shall notify the Customer within two hours of any actual or suspected incident affecting Customer Data or the OT network, take immediate containment steps, and be liable for the losses caused by an incident attributable to it.

## 7. Intellectual Property

7.1 The Provider keeps its own tools and methods.

7.2 Runbooks, network diagrams, scripts and configurations produced for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider.

## 8. Personnel

8.1 The Provider shall name a service delivery manager and keep a stable team. The Customer may require the replacement of any person who does not follow site rules.

8.2 The Provider may use subcontractors for on-site field work and after-hours monitoring by giving the Customer written notice of the subcontractor's name and scope at least ten days before it starts work. The Provider remains responsible for its subcontractors.

## 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total charges in Schedule 2, except for personal injury, wilful misconduct and breach of clause 6, which are unlimited.

9.2 Service credits under Schedule 3 are not the Customer's only remedy for a serious or repeated failure.

## 10. Termination

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after notice, or if the Provider misses the availability level in Schedule 3 in three consecutive months.

10.2 On expiry or termination the Provider shall cooperate in the handover to the Customer or a new provider for up to sixty days at the rates in Schedule 2 and shall return all Customer Data.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 12. Reporting and Governance

12.1 The Provider shall deliver a monthly service report within five business days after each month, showing availability, incidents by priority, changes made, patch status, capacity trends and the service credits due.

12.2 The parties shall hold a quarterly review meeting at the terminal. The meeting reviews performance against Schedule 3, open risks and the improvement plan, and agrees actions with owners and dates.

12.3 The Provider shall take part in the Customer's annual emergency drill for the jetty and regasification systems and in any investigation of an OT incident.

## 13. Customer Responsibilities

13.1 The Customer shall give the Provider's engineers site access, induction training, a workplace in the control building and access to the device vendors' support contracts held by the Customer.

13.2 The Customer shall inform the Provider in advance of planned plant outages and of any change to the OT network made by others.

13.3 The Customer shall nominate an OT manager as the single point of contact for the Services, with authority to approve changes, accept deliverables and sign the Transition Completion Certificate. The Customer may change the nominee by written notice to the Provider.

## 14. Force Majeure

14.1 Neither party is liable for failure to perform caused by typhoons, floods, epidemics, government orders or other events beyond its reasonable control, if it notifies the other promptly and takes reasonable steps to limit the effect. Service levels are suspended for the affected period.

## 15. Exit

15.1 At least ninety days before the end of the term, the Provider shall deliver an exit plan covering the transfer of runbooks, configuration backups, monitoring data and open incidents, and shall run a joint handover with the successor for at least two weeks.

## 16. General

16.1 The Schedules form part of this Agreement. If they conflict with the clauses, the clauses prevail.

16.2 Notices must be in writing and delivered to the addresses above.

## Schedule 1 — Services

| Service | Description | Coverage |
|---|---|---|
| Network monitoring | Monitoring of 214 switches, routers and firewalls in the OT network; alarm triage | 24 × 7 |
| Incident management | Diagnosis, repair and escalation to device vendors | 24 × 7 |
| Configuration management | Backups after every change, weekly integrity checks | business days |
| Patch and firmware | Quarterly review, testing on spare units, deployment in outage windows | scheduled |
| On-site support | One resident engineer at the terminal | business days |
| Reporting | Monthly service report and quarterly review meeting | monthly |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 112,000 |
| Monthly Recurring Charge | 36 months × CNY 58,000 | 2,088,000 |
| Total charges | | 2,200,000 |

## Schedule 3 — Service Levels and Credits

| Measure | Level | Credit |
|---|---|---|
| Availability of the OT core network | 99.95% per month | 5% of MRC for each 0.02 percentage point below the level |
| Priority 1 response (loss of control-room visibility or jetty link) | 15 minutes | CNY 2,000 per late incident |
| Priority 1 restoration | 3 hours | CNY 1,000 per hour late |
| Priority 2 response | 1 hour | CNY 500 per late incident |
| Monthly report | by the 5th business day | CNY 300 per day late |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT (DRAFT)

Agreement No. CHAD-XJ-2026-07

PARTIES

Customer: Xinjiang Tianmian Agricultural Development Co., Ltd., Shihezi, Xinjiang Uygur Autonomous Region, People's Republic of China.

Provider: Central Highlands Agri-Data Pty Ltd, Emerald, Queensland, Australia.

BACKGROUND

The Customer grows and contracts cotton on irrigated farms in northern Xinjiang. The Provider operates crop-weather and satellite vegetation data services for cotton growers. The Customer wishes to subscribe to the Provider's data feeds through its application programming interface (API) and to integrate them into its own farm management system.

1. DEFINITIONS

1.1 "API" means the Provider's CottonCast REST interface and the data made available through it.

1.2 "Data Products" means the Crop-Weather Feed (gridded forecasts, degree-day accumulations, evapotranspiration and irrigation indices) and the Vegetation Index Feed (field-level indices derived from satellite imagery), as described in Annex A.

1.3 "Customer Field Data" means field boundaries, planting dates, varieties, irrigation events, yields and other data that the Customer submits to the API.

1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.

1.5 "Start Date" means the date of Feed Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Data Products for the Customer's own farming operations and those of its contracted growers in China.

2.2 The Customer may store Data Products in its own systems and display them to its staff and contracted growers. It may not resell the Data Products as a data feed.

2.3 The Provider will also provide one-time integration support: a field-mapping service that matches the Customer's field identifiers to the Provider's grid, a connector for the Customer's farm management system, and technical workshops for the Customer's IT staff.

3. FEES AND PAYMENT

3.1 The fees are:

   Crop-Weather Feed, per Subscription Year ........ CNY 268,000
   Vegetation Index Feed, per Subscription Year ... CNY 96,000
   Subtotal per Subscription Year ................. CNY 364,000
   Subscription fees for two Subscription Years ... CNY 728,000
   Integration support, one-time .................. CNY 42,000
   Total Contract Value ........................... CNY 770,000

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days of invoice. The integration support fee is invoiced after Feed Acceptance.

3.3 API calls above the volume stated in Annex A are charged at the overage rate in Annex A, invoiced quarterly in arrears.

3.4 All amounts are in CNY and include VAT.

4. INTEGRATION AND FEED ACCEPTANCE

4.1 The Provider will complete integration support within forty-five days after signature.

4.2 Feed Acceptance tests: all of the Customer's registered fields are matched to the Provider's grid; the API returns complete records for every field for ten consecutive days; the connector loads the daily data into the Customer's farm management system before 07:00 Beijing time on each of those days; forecast fields match the data dictionary in Annex A.

4.3 The Customer will issue a Feed Acceptance notice within five business days after the tests pass or list the failures. Trial access before Feed Acceptance is not acceptance.

4.4 If the Provider does not complete integration support by the date in clause 4.1 for reasons attributable to it, the Provider will pay the Customer CNY 500 for each day of delay.

5. SERVICE

5.1 The Provider will use commercially reasonable efforts to keep the API accessible and to publish each daily update of the Data Products, but does not commit to any level of availability, timeliness or support response.

5.2 The Customer may report problems by e-mail to the Provider's support desk. The Provider will deal with reports in the order received, during Queensland business hours.

5.3 The Provider may suspend access for planned maintenance and will try to announce it in advance on its status page.

6. RENEWAL

6.1 At the end of the second Subscription Year, this Agreement renews automatically for further Subscription Years unless either party gives written notice of non-renewal at least ninety days before the end of the current Subscription Year.

6.2 For each renewal Subscription Year, the Provider may increase the subscription fees by up to 8% by notice given sixty days before the renewal date.

7. CUSTOMER FIELD DATA AND DATA SECURITY

7.1 Customer Field Data belongs to the Customer. The Provider will use it only to deliver the Data Products to the Customer and for no other purpose, and will not share it with anyone.

7.2 The API is served from servers located in mainland China. Customer Field Data is encrypted in transit and at rest; access is limited to named Provider staff with multi-factor authentication and is logged.

7.3 The Provider will notify the Customer within 24 hours of any actual or suspected unauthorised access to Customer Field Data, take immediate steps to contain it, and be liable for the losses it causes.

7.4 At the end of the term the Provider will return Customer Field Data in a standard format and delete its copies within thirty days.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the API, the Data Products and its models.

8.2 The field mapping and the connector created for the Customer under clause 2.3 belong to the Customer. The Provider will deliver their source code, and the Customer may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party will keep confidential the other party's non-public business and technical information, including the Customer's planting plans and yields and the Provider's pricing, and will not disclose it without prior written consent. This obligation continues for three years after the Agreement ends.

10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for wilful misconduct and breach of clauses 7 and 9, which are unlimited.

11. SUBCONTRACTING

11.1 The Provider will not subcontract any part of its obligations without the Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

12.2 If the Customer terminates under clause 12.1, the Provider will refund the fees paid for the remainder of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Before starting arbitration, the parties will try for thirty days to settle the dispute through meetings of their senior managers.

13.3 Disputes that are not settled will be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.

14. CUSTOMER OBLIGATIONS

14.1 The Customer will keep its API keys to itself, use them only from its own systems and tell the Provider at once if it suspects that a key has been misused.

14.2 The Customer will not use the Data Products to build a competing data service or share them with persons other than its staff and contracted growers.

14.3 The Customer is responsible for the servers, network and farm management system into which the connector loads the Data Products, and for the decisions its agronomists take on the basis of the Data Products.

14.4 The Customer will keep its field boundaries and planting records in the API up to date so that the Data Products are calculated for the correct fields.

15. DATA QUALITY

15.1 The Provider will publish the data dictionary, the sources of the Data Products and their known limitations in Annex A, and will tell the Customer in advance of any change of source, grid resolution or calculation method.

15.2 Each daily update will state the time it was produced and the source images or weather model runs it is based on, so that the Customer's agronomists can judge how current the data is.

15.3 If the Customer reports a data error, the Provider will investigate it and, where the error is confirmed, correct the affected records and republish them.

16. FORCE MAJEURE

16.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, failure of satellite data sources operated by third parties, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to reduce the effect.

17. NOTICES

17.1 Each party will name a contact person for commercial matters and one for technical matters, and will keep the other party informed of any change.

17.2 Notices under this Agreement must be in writing and sent by courier or e-mail to the addresses in the Parties section. Operational messages may be sent through the Provider's support desk.

18. GENERAL

18.1 This Agreement, with Annex A (Data Products, volumes and overage rates), is the entire agreement of the parties on its subject.

18.2 Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# key: (file, lang, category, fmt, terms, extra {sla_clause, ld_stated, capped|None, deemed, value}, tco inputs, design)
D = {}


def add(key, name, lang, cat, fmt, src, terms, sla=True, ld=True, capped=None, deemed=False, value=0, tco=None,
        design=()):
    t = dict(OK)
    t.update(terms)
    D[key] = dict(name=name, lang=lang, cat=cat, fmt=fmt, src=src, terms=t, sla=sla, ld=ld, capped=capped,
                  deemed=deemed, value=value, tco=tco, design=sorted(design))


add("z01", "h674z01_red_tide_warning_platform.pdf", "zh", "software", "pdf", Z01,
    dict(availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=24,
         post_warranty_fee_pct=9), capped=True, value=2160000, tco=(1160000, 0.09), design=[])
add("z02", "h674z02_zisha_kiln_line_control_retrofit.docx", "zh", "hardware", "docx", Z02,
    dict(p1_response_hours=1, ld_rate_per_day_pct=0.02, prepayment_pct=20, warranty_months=24,
         post_warranty_fee_pct=18), capped=True, value=1270000, tco=(1136000, 0.18),
    design=["CR-LD-LOW", "CR-POST-WARRANTY-FEE"])
add("z03", "h674z03_tea_chain_ordering_membership_saas.txt", "zh", "cloud", "txt", Z03,
    dict(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False, ld_rate_per_day_pct=600 / 700000 * 100,
         liability_cap_pct=150, final_payment_on_acceptance=None, contract_kind="service"), value=700000,
    design=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
add("z04", "h674z04_mangrove_patrol_system_om_service.txt", "zh", "services", "txt", Z04,
    dict(availability_pct=99.95, final_payment_on_acceptance=None, termination_for_breach=False,
         contract_kind="service"), ld=False, value=364000, design=["CR-LD-MISSING", "CR-TERMINATION"])
add("z05", "h674z05_guitar_finishing_tracking_supplier_template.md", "zh", "software", "md", Z05,
    dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.1, liability_cap_pct=20,
         prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
         post_warranty_fee_pct=25, subcontract_without_consent=None, governing_law=None), capped=True, deemed=True,
    value=1080000, tco=(760000, 0.25),
    design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])
add("e01", "h674e01_conveyor_maintenance_licence_mackay_vendor.pdf", "en", "software", "pdf", E01,
    dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20, warranty_months=18,
         post_warranty_fee_pct=9, governing_law="Queensland"), capped=True, value=1768000, tco=(1240000, 0.09),
    design=["CR-GOVERNING-LAW"])
add("e02", "h674e02_herd_management_saas_order_form_rockhampton.md", "en", "cloud", "md", E02,
    dict(availability_pct=99.95, data_security_clause=False, ld_rate_per_day_pct=350 / 490000 * 100,
         liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None, contract_kind="service"), value=490000,
    design=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"])
add("e03", "h674e03_cane_field_sensors_monitoring_licence_bundaberg.docx", "en", "hardware", "docx", E03,
    dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10, warranty_months=24,
         post_warranty_fee_pct=7), capped=True, value=1820000, tco=(1634200, 0.07), design=[])
add("e04", "h674e04_lng_terminal_managed_ot_network_gladstone.md", "en", "services", "md", E04,
    dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=1500 / 2200000 * 100,
         liability_cap_pct=150, final_payment_on_acceptance=None, subcontract_without_consent=True,
         contract_kind="service"), value=2200000, design=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"])
add("e05", "h674e05_cotton_crop_weather_api_subscription_emerald.txt", "en", "cloud", "txt", E05,
    dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=500 / 770000 * 100, liability_cap_pct=150,
         final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"), sla=False,
    value=770000, design=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])

# policy thresholds (defaults of §3): availability 99.9, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %,
# warranty 12 months, post-warranty fee 15 %, TCO share 40 %, horizon 5 years
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
HORIZON = 5


def tco_share(d):
    if d["tco"] is None or d["terms"]["warranty_months"] is None or d["terms"]["post_warranty_fee_pct"] is None:
        return None
    base, rate = d["tco"]
    years = max(0.0, HORIZON - d["terms"]["warranty_months"] / 12)
    fees = base * rate * years
    return fees / (d["value"] + fees) * 100


def derive(d):
    """My reading of policy §3 and its section on where rules apply."""
    t, r = d["terms"], set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] in (None, "supplier", "joint"):
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > 40:
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


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if HIGH & set(rules):
        return "high"
    return "medium" if set(rules) - LOW else "low"


def label(d, rules):
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if d["terms"]["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": d["name"], "language": d["lang"], "category": d["cat"],
            "expected_terms": {k: d["terms"][k] for k in KEYS}, "expected_extra": extra, "expected_rules": rules}


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


NB = r"(?<![\d.])"
PATTERNS = [
    r"99\.90*(?!\d)", NB + r"0\.050*(?!\d)\s*%", r"万分之五", r"千分之零点五", NB + r"0\.5\s*‰",
    NB + r"1000*(?:\.0+)?\s*%", r"百分之一?百", r"(?i)100\s*per\s*cent", r"(?i)one\s+hundred\s+per\s*cent",
    NB + r"30(?:\.0+)?\s*%", r"百分之三十", r"三成", r"(?i)thirty\s+per\s*cent",
    NB + r"15(?:\.0+)?\s*%", r"百分之十五", r"(?i)fifteen\s+per\s*cent",
    NB + r"40(?:\.0+)?\s*%", r"百分之四十", r"(?i)forty\s+per\s*cent",
    NB + r"12\s*(?:个月|months?|-month|mos)", r"十二个月", r"(?i)twelve[\s-]+(?:calendar\s+)?months?", r"(?<!每|第)一年",
    r"(?i)\bone[\s-]+year\b", NB + r"1\s*(?:年|years?\b|-year)", r"壹年",
    NB + r"4\s*(?:小时|个小时|hours?|hrs?\b|h\b)", r"(?<!十)四小时", r"(?<!十)四个小时", r"(?i)(?<!\w)four[\s-]+hours?",
    NB + r"5\s*(?:年|years?\b|-year)", r"(?i)\bfive[\s-]+years?", r"(?<![〇零一二三四五六七八九十])五年",
    NB + r"60\s*(?:个月|months?)", r"六十个月", r"(?i)sixty\s+months",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "15 %", "百分之十五",
            "40%", "12 months", "12个月", "十二个月", "twelve months", "one year", "一年", "4 hours", "4小时", "四小时",
            "four hours", "5 years", "五年", "five-year", "60 months", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "24小时", "0.08%", "20%", "45%", "35%", "¥1,500", "150%", "25%",
             "18 months", "24个月", "二十四个月", "第一个服务年度", "per year", "每年", "115%", "3,000", "2026年", "2025年",
             "0.1%", "每一年", "130%", "14 hours", "Subscription Year"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            m = rx.search(variant)
            if m:
                hits.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert threshold_hits(s), s
    for s in MUST_MISS:
        assert not threshold_hits(s), (s, threshold_hits(s))
    sources = {k: d["src"] for k, d in D.items() if d["fmt"] in ("docx", "pdf")}
    targets = {k: (d["name"], d["fmt"]) for k, d in D.items() if d["fmt"] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for k, d in D.items():
        path = OUT / d["name"]
        if d["fmt"] in ("txt", "md"):
            path.write_text(d["src"], encoding="utf-8")
        text = read_back(path)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        rules = derive(d)
        share = tco_share(d)
        print(k, d["fmt"], n, risk(rules), rules, "tco %.2f" % share if share is not None else "")
        if not lo <= n <= hi:
            problems.append("%s length %d" % (k, n))
        if rules != d["design"]:
            problems.append("%s rules %s != design %s" % (k, rules, d["design"]))
        for key, th in TH.items():
            v = d["terms"][key]
            if v is not None and abs(v - th) < 1e-9:
                problems.append("%s %s on threshold" % (k, key))
        if share is not None and abs(share - 40) <= 2:
            problems.append("%s TCO share near threshold" % k)
        for h in threshold_hits(text) + threshold_hits(d["src"]):
            problems.append("%s threshold text %s" % (k, h))
        covered |= set(rules)
        stem = path.name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(d, rules), ensure_ascii=False, indent=1),
                                            encoding="utf-8")
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    if all_rules - covered:
        problems.append("not covered: %s" % sorted(all_rules - covered))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
