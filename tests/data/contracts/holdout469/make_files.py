"""holdout469: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, derives each draft's expected rules
from its labels (own reading of policy.md section 3), checks lengths and scans every text for threshold figures.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市港航船舶综合监管平台采购合同
P:合同编号：LJGH-ZC-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市港航管理局
P:乙方（供应商）：海衡信息科技有限公司
P:鉴于甲方通过政府采购公开招标确定乙方为“临江市港航船舶综合监管平台建设项目”的中标供应商，依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，双方在平等自愿的基础上，就平台软件许可及定制开发事宜订立本合同，共同遵守。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供船舶综合监管平台软件（含船舶动态监控、港区电子围栏、危险品船舶监管、执法案件管理四个模块）的永久使用许可，许可范围为甲方及其下属海事执法大队，不限用户数。
P:1.2 乙方按甲方需求完成以下定制开发：AIS与雷达、视频数据融合显示；内河航道电子围栏及越界告警；与省级港航数据交换平台及市执法办案系统的接口；移动执法终端应用。
P:1.3 乙方负责系统部署、数据初始化、联调测试、试运行及对甲方人员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾万元整（¥2,100,000.00），为固定总价，含税及乙方完成本项目的全部费用。分项如下：
P:（1）平台软件永久许可：¥1,180,000；
P:（2）定制开发（数据融合、电子围栏、接口、移动执法应用）：¥760,000；
P:（3）部署实施及试运行：¥126,000；
P:（4）培训：¥34,000。
P:2.2 除本合同另有约定外，甲方无须向乙方支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥420,000。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的35%，即¥735,000。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的45%，即¥945,000。
P:3.4 乙方应在每次付款前开具等额合法发票。甲方按财政资金支付程序付款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发并提交初步验收申请，于初步验收后六十日内完成试运行。
P:4.3 乙方应在项目启动后十日内提交项目实施计划，明确各阶段里程碑、人员安排和风险应对措施，经甲方确认后执行。乙方每两周向甲方报告项目进度，遇有可能影响工期的事项应及时书面告知甲方。
P:4.2 乙方应提交需求规格说明书、设计文档、接口文档、源代码、部署手册、用户手册及测试报告。所有文档应使用中文，并以纸质和电子两种形式提交。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：需求规格说明书所列功能全部实现；AIS与雷达目标融合准确率不低于98%；电子围栏越界告警延迟不超过10秒；200名用户并发时页面响应时间不超过3秒；所有接口连续运行七日数据无丢失。
P:5.2 试运行期满且无一级、二级故障的，甲方组织专家进行最终验收，并取得第三方网络安全等级保护三级测评报告。验收合格的，双方签署最终验收报告。
P:5.3 系统上线使用、甲方支付任何款项均不视为验收合格。验收过程中发现的问题，乙方应建立问题清单，逐项整改并经甲方确认关闭。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、现场支持和定期巡检。
P:6.2 平台月可用率不低于99.95%（计划内维护除外，且须提前三个工作日经甲方同意）。
P:6.3 故障分级及响应：一级故障（平台整体不可用或监控数据中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，24小时内解决；三级故障2个工作日内解决。
P:6.4 一级故障每超过约定响应或恢复时限1小时，乙方向甲方支付¥1,000；月可用率每低于承诺值0.01个百分点，乙方支付¥2,000。上述款项甲方可从应付款中直接扣除。
P:6.5 质保期满后，如甲方续购运维服务，年度运维费不高于平台软件许可费的8%，即每个服务年度不超过¥94,400，且质保期满后前三个服务年度不上调。运维服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台软件原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集和存储的船舶动态数据、视频、执法数据及其衍生数据均属于甲方，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，按等级保护三级要求落实访问控制、加密传输、日志审计，运维操作须经堡垒机并经甲方审批，不得将数据拷贝出甲方网络。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内书面报告甲方并采取补救措施；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行本合同中知悉的甲方工作秘密、执法信息和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 项目人员与培训
P:11.1 乙方应指派具有同类项目经验的项目经理及不少于六名开发、实施人员，项目经理未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方安全保卫及保密管理制度。
P:11.2 乙方应为甲方指挥中心值班人员和执法大队业务骨干提供不少于三期集中培训，并提供培训教材、操作视频，确保甲方人员能够独立完成日常操作和基础维护。
H:第十二条 分包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：临江市港航管理局　　　　乙方（盖章）：海衡信息科技有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:日期：2026年　月　日　　　　　　　　　日期：2026年　月　日
"""

Z02 = """T:吹瓶机控制系统改造及维保合同
P:合同编号：QQ-SB-2026-0412
P:甲方（买方）：清泉饮品有限公司
P:乙方（卖方）：恒控自动化工程有限公司
P:甲方二号灌装车间现有两台旋转式吹瓶机控制系统老化，故障停机频繁。经比选，甲方委托乙方对该两台吹瓶机的控制系统进行改造并提供维保服务。双方经协商一致，订立本合同。
H:1. 改造范围
P:1.1 乙方负责两台吹瓶机电气控制系统整体更换，包括PLC控制器、伺服驱动及电机、触摸屏、加热温控模块、传感器和电缆，以及上位监控软件的安装。
P:1.2 乙方负责编写并调试全部控制程序，实现瓶坯加热分区闭环控制、拉伸与吹气时序优化、模具温度监控、故障自诊断，并开发与甲方生产执行系统（MES）的数据接口，上传产量、能耗和报警数据。
P:1.3 改造应在甲方计划停机窗口内完成，每台机器停机改造时间不超过七日。
H:2. 合同价格
P:2.1 本合同总价为人民币壹佰壹拾万元整（¥1,100,000），含税、运输、安装、调试、培训及质保期内服务费用。价格明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及扩展模块|2套|168,000|336,000
TB:2|伺服驱动器及伺服电机|12套|21,500|258,000
TB:3|HMI触摸屏|2台|18,000|36,000
TB:4|加热温控模块|2套|46,000|92,000
TB:5|传感器、电缆及辅材|1批|58,000|58,000
TB:6|上位监控软件许可（永久）|1套|86,000|86,000
TB:|软硬件小计|||866,000
TB:7|控制程序编写及调试（含MES接口）|1项|148,000|148,000
TB:8|拆除、安装改造及停机切换|1项|72,000|72,000
TB:9|操作及维护培训|1项|14,000|14,000
TB:|合计|||1,100,000
P:2.2 上述价格为固定价格，履约期间不作调整。设备品牌、型号以附件技术规格书为准，未经甲方书面同意不得替换。
H:3. 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即¥110,000。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的55%，即¥605,000。到货签收不视为验收。
P:3.3 系统通过最终验收后二十个工作日内，甲方支付合同总价的35%，即¥385,000。
H:4. 交货与安装
P:4.1 乙方应于合同签订后四十五日内将全部设备运至甲方工厂，并在甲方书面通知的停机窗口内完成安装调试。
P:4.3 改造期间，乙方应做好原有控制柜拆除物资的清点和标识，拆除的旧设备归甲方所有。乙方应采取防尘、防异物措施，施工结束后清理现场，经甲方卫生检查合格后方可复产。
P:4.2 乙方施工人员应遵守甲方食品生产车间卫生、动火及安全生产管理规定。
H:5. 验收
P:5.1 改造完成后，两台吹瓶机应连续带料试生产七十二小时。验收标准为：设计产能达到每小时14,000瓶；瓶子壁厚偏差不超过±0.03毫米；成品合格率不低于99.5%；单位能耗较改造前降低8%以上；MES接口数据与现场计数一致。
P:5.2 试生产达标后，双方签署最终验收报告。任何一项不达标的，乙方应在十日内整改并重新试生产。设备安装完成或投入生产均不视为验收合格。
H:5A. 备品备件与培训
P:5A.1 乙方应随设备免费提供易损件一批（含温控模块保险丝、接近开关、加热灯管各若干），并在质保期满后至少三个服务年度内以不高于合同单价的价格供应备件。
P:5A.2 乙方应在设备投产前为甲方电工、设备管理员和操作工进行培训，内容包括系统操作、参数设定、常见报警处理、程序备份与恢复，培训结束后进行考核，确保每班至少有两名人员能独立处理常见故障。
P:5A.3 乙方应在最终验收前移交电气原理图、接线图、PLC程序（含注释的源程序）、HMI画面工程文件、设备说明书及合格证，所有图纸应与现场实际一致。
H:6. 质量保证
P:6.1 质保期为九个月，自最终验收合格之日起计算。质保期内，因设备质量或程序缺陷造成的故障，乙方免费维修或更换。
P:6.2 故障响应：一级故障（吹瓶机停机）乙方应在1小时内响应，6小时内到达现场，24小时内恢复生产；二级故障（性能下降或单项功能失效）4个工作日内处理完毕。
P:6.3 乙方未按6.2约定时限响应或恢复的，每超时1小时向甲方支付¥800，甲方可从应付款中扣除。
H:7. 质保期满后的维保服务
P:7.1 质保期满后，乙方按服务年度提供维保服务，包括每季度一次现场巡检、故障维修、程序优化和备件供应建议。
P:7.2 维保年费为软硬件小计的9%，即每个服务年度¥77,940，质保期满后前三个服务年度价格不变。
P:7.3 维保服务期满前，双方另行书面续签，不自动续期。
H:8. 知识产权
P:8.1 乙方为本项目编写的控制程序、MES接口程序及其源代码、注释和技术文档归甲方所有，甲方可自行修改或委托第三方维护。
P:8.2 设备内置固件和上位监控软件的知识产权归原厂所有，甲方获得永久使用许可。
H:9. 数据安全
P:9.0 乙方调试期间使用的笔记本电脑和编程设备应安装防病毒软件，接入甲方工业网络前须经甲方检查。
P:9.1 吹瓶工艺参数、配方、产量及能耗数据属于甲方，乙方不得用于本合同以外目的。
P:9.2 乙方远程维护须事先取得甲方书面批准，并通过甲方指定的安全通道进行，操作全程记录；乙方不得复制或带走甲方生产数据，应对其人员进行安全教育。
P:9.3 发生数据泄露或因乙方操作造成数据丢失、设备失控的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:10. 保密
P:乙方对在履行本合同过程中知悉的甲方生产工艺、配方、产能等商业秘密负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.3 乙方交付的设备与技术规格书不符的，甲方有权拒收，乙方应在七日内更换，由此造成的逾期按11.1处理。
P:11.2 乙方原因造成甲方停产的，除违约金外还应赔偿甲方直接损失。
H:12. 分包
P:乙方如需将电气安装施工分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:13. 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同并要求乙方赔偿损失。
H:14. 适用法律与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:15. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：清泉饮品有限公司（盖章）　　乙方：恒控自动化工程有限公司（盖章）
P:代表签字：　　　　　　　　　　　　代表签字：
P:日期：2026年　月　日
"""

Z03 = """花间里鲜花连锁订单及配送管理系统服务合同

合同编号：HJL-IT-2026-009

甲方（客户）：花间里鲜花连锁有限公司
地址：成都市锦江区东大街
乙方（服务商）：云递网络科技有限公司
地址：杭州市余杭区文一西路

鉴于甲方在成都、重庆经营26家鲜花门店及线上商城，需统一订单、库存和同城配送管理；乙方提供“云递花店”订单及配送管理SaaS服务。双方经友好协商，就甲方订阅该服务及乙方提供实施服务事宜，达成如下协议。

一、服务内容
（一）订阅服务：乙方向甲方开通订单及配送管理SaaS服务，包括线上商城及小程序订单汇总、门店收银与库存、花材批次与损耗管理、配送调度及骑手端应用、会员与营销模块，覆盖甲方总部及26家门店，门店账号不超过120个，骑手账号不超过60个。
（二）实施服务：乙方负责系统配置、历史会员及订单数据迁移、与甲方微信小程序及财务系统的接口对接、门店上线辅导和培训。
（三）服务期限：三个服务年度，自2026年7月1日起至2029年6月30日止。首个服务年度自该日起算。

二、费用
（一）订阅费每个服务年度人民币168,000元，三个服务年度合计504,000元。
（二）实施费人民币92,000元，为一次性费用。
（三）本合同总价为人民币596,000元，含税。服务期内新增门店的，按每店每个服务年度4,800元另行结算。

三、付款方式
（一）实施费在系统通过上线验收后十五个工作日内支付。
（二）订阅费按季度结算，甲方在每个季度结束后十五个工作日内支付该季度订阅费42,000元。
（三）乙方应于付款前开具合法的增值税专用发票。
（四）服务期内门店关闭的，甲方可提前三十日书面通知乙方减少相应账号，订阅费自下一季度起按比例核减。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：全部26家门店可正常下单、收银和出库；历史会员及订单数据迁移准确率达到99.98%以上，抽查无差错；小程序订单在10秒内同步至门店；配送调度可按门店就近派单；财务接口对账一致；连续试运行十日无一级故障。
（三）满足上述标准后，双方签署上线验收单，验收单应载明各项标准的测试结果。系统开通或甲方开始使用不视为验收合格。
（四）因乙方原因未能按期完成上线验收的，每逾期一日，乙方向甲方支付违约金400元。

四之一、培训与上线支持
（一）乙方应为甲方总部运营、财务人员及各门店店长、收银员、配送主管提供线上及现场培训，首批上线门店由乙方派员现场驻店支持不少于三日。
（二）乙方应提供操作手册、培训视频和常见问题指引，并在服务期内随版本更新及时提供更新内容。
（三）乙方应指定一名客户经理作为甲方的固定联系人，每季度与甲方召开一次服务回顾会议，报告服务水平达成、故障处理及改进计划。

五、服务水平
（一）乙方承诺服务月度可用率不低于99.5%，计划内维护应安排在凌晨1时至5时之间并提前两日通知甲方。节日高峰（情人节、七夕、母亲节前后各三日）期间不得安排计划内维护。
（二）故障分级：一级故障（全部或多数门店无法下单、收银或派单）乙方应在30分钟内响应，3小时内恢复；二级故障（单一功能异常）2小时内响应，1个工作日内解决；三级故障按版本计划修复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，减免当月订阅费的3%；一级故障超过恢复时限的，每超过1小时减免当月订阅费的2%。减免额从下期应付款中扣除。

六、数据归属与使用
（一）甲方在使用服务过程中录入、上传或产生的订单、会员、门店经营及配送数据属于甲方。
（二）甲方同意，乙方可以在服务期内及服务期满后，将上述数据脱敏处理后用于行业分析、算法训练及乙方产品改进，且不向第三方披露可识别甲方或其会员身份的信息。

七、数据安全
（一）乙方应按照网络安全等级保护三级要求运营平台，数据存储于中国境内，采用加密传输和加密存储，对运维人员实行最小权限和操作日志审计。
（二）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成甲方或其会员损失的，乙方承担赔偿责任。
（三）乙方应每日对甲方数据进行备份，备份数据保存不少于三十日，并每季度进行一次恢复演练，演练结果书面告知甲方。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

八、知识产权
（一）SaaS平台及其原有功能的知识产权归乙方所有。
（二）乙方为甲方专门开发的接口程序、数据迁移脚本、报表模板及相关文档归甲方所有，甲方可自由使用、修改并许可他人使用。

九、保密
双方对在合作中获知的对方商业秘密、会员信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三个服务年度内继续有效。

九之一、甲方义务
（一）甲方应指定项目负责人，配合乙方完成需求确认、数据整理和门店培训安排。
（二）甲方应妥善保管账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应按约定及时支付费用。甲方逾期付款超过三十日的，乙方可书面催告，但在服务期内不得因此删除甲方数据。

十、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。

十之一、服务变更
（一）甲方需要新增功能或调整配送规则的，应向乙方提出书面需求，乙方在五个工作日内评估工作量和费用，经甲方书面确认后实施。
（二）乙方对平台进行版本升级的，应提前七日通知甲方，升级不得降低已订阅功能，不得安排在节日高峰期间。
（三）乙方调整平台功能导致甲方已对接的小程序或财务接口无法正常使用的，乙方应免费完成适配。

十一、分包
平台所使用的云计算资源由乙方向阿里云采购，甲方签署本合同即视为同意。除此以外，乙方将本合同项下任何服务分包给第三方，须事先取得甲方书面同意。

十二、续订与解除
（一）服务期满，本合同自动终止；双方如需续订，另行协商签订新合同，不自动续期。
（二）一方严重违约且在另一方书面通知后十五日内未改正的，守约方有权解除本合同。乙方违约导致解除的，应退还已付未使用期间的费用。

十三、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会仲裁。

十四、其他
（一）本合同附件包括：服务功能清单、服务水平说明、实施计划及数据迁移方案，附件与本合同具有同等效力。
（二）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：花间里鲜花连锁有限公司
授权代表：
乙方（盖章）：云递网络科技有限公司
授权代表：
签署日期：2026年6月　日
"""

Z04 = """南屏市植物园游客服务系统年度运维服务合同

项目编号：NPZC-2026-CS-031（竞争性磋商）

甲方（采购人）：南屏市植物园
乙方（成交供应商）：绿岸信息技术有限公司

根据南屏市植物园游客服务系统年度运维服务项目竞争性磋商结果，乙方为成交供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》等规定，双方就运维服务事项签订本合同。

第一条 服务范围
甲方游客服务系统由以下部分组成，乙方负责其日常运行维护：
（1）电子票务系统及12个售票窗口终端；
（2）微信预约购票小程序及分时预约模块；
（3）东、南、西三个入口共16台人脸识别闸机；
（4）园区语音导览及植物科普二维码平台；
（5）客流统计大屏及数据报表系统；
（6）上述系统所在的服务器、存储、交换机、无线接入点及售票窗口打印机等配套设备。乙方负责设备的日常检查、简单维修和送修联络，备件费用由甲方另行承担。

第二条 服务期限
服务期限自2026年8月1日起至2027年7月31日止。期满后本合同终止，不自动续期。

第三条 服务内容
（1）日常监控：每日开园前检查票务、预约和闸机运行状态，开园时间段安排一名工程师驻场。
（2）故障处理：按第五条约定的时限处理各类故障。
（3）定期巡检：每月巡检一次，每季度提交巡检报告。
（4）节假日保障：春节、清明、五一、国庆及花展期间，增派两名工程师驻场保障。
（5）系统优化：根据甲方需求对小程序页面、报表进行小范围优化，全年累计不超过60人日。
（6）安全加固：配合甲方完成漏洞扫描整改和系统补丁更新。

第四条 服务费用及支付
（1）本合同服务费总额为人民币叁拾捌万陆仟元整（¥386,000），含税及驻场人员费用。
（2）服务费按季度支付。每季度结束后，经甲方对当季服务考核合格，甲方在十五个工作日内支付当季服务费¥96,500。
（3）甲方不向乙方支付预付款。

第五条 服务水平
（1）故障等级：一级故障指票务系统、预约小程序或全部闸机无法使用；二级故障指单个入口闸机、部分窗口或导览平台异常；三级故障指报表、大屏等一般性问题。
（2）一级故障乙方应在8小时内响应并开始处理；二级故障在1个工作日内处理；三级故障在3个工作日内处理。
（3）一级故障恢复期间，乙方应协助甲方启用人工售票及验票应急预案。
（4）乙方未按上述时限响应或处理的，每超时1小时扣减服务费¥300；同一季度一级故障超过三次的，另扣减当季服务费的5%。

第六条 服务考核与验收
（1）甲方每季度按考核表对乙方服务进行考核，考核内容包括故障处理时效、巡检完成情况、驻场人员出勤和用户投诉。考核得分不低于85分为合格。
（2）服务期满前十五日，乙方提交年度运维总结报告及系统文档更新。甲方组织验收，验收标准为：全年各季度考核均合格；系统运行文档、配置清单、账号清单完整交接；遗留问题全部关闭。验收合格后双方签署验收单。

第六条之一 驻场人员
（1）乙方应派驻一名运维工程师，具备票务系统及网络设备维护经验，名单报甲方备案。驻场工程师更换须提前十日书面通知甲方并经甲方同意，且应做好工作交接。
（2）驻场人员应遵守植物园工作纪律和安全管理规定，统一着装，文明服务，不得在园区内从事与本合同无关的活动。
（3）乙方应建立不少于三人的远程技术支持团队，节假日及花展期间保证电话随时畅通。

第六条之二 甲方义务
（1）甲方应为驻场人员提供必要的办公场所、网络条件和系统访问权限。
（2）甲方应指定信息管理员负责与乙方对接，及时确认巡检报告和季度考核结果。
（3）甲方如对系统进行改造或接入新设备，应提前通知乙方，以便乙方调整运维方案。

第六条之三 应急保障
（1）乙方应在服务开始后十五日内提交应急预案，内容包括票务系统中断、网络中断、闸机故障、停电等情形下的处置流程和人员分工，经甲方确认后实施。
（2）每季度乙方应配合甲方开展一次应急演练，演练记录作为季度考核内容。
（3）遇重大活动或客流高峰，乙方应按甲方要求提前完成系统压力检查和设备全面检修。

第七条 违约责任
（1）乙方未按约定时间完成驻场进场交接或未按期提交季度巡检报告的，每逾期一日，按合同总价的千分之一支付违约金。
（2）乙方人员擅自离岗，影响开园服务的，每次扣减服务费¥500。

第七条之一 文档与交接
（1）服务开始时，乙方应会同甲方及原运维单位完成系统现状梳理，形成设备清单、账号清单、网络拓扑和遗留问题清单，双方签字确认。
（2）服务期内，乙方应及时更新系统配置和变更记录，每次变更应填写变更单并经甲方信息管理员签字。
（3）服务期满，乙方应向甲方或甲方指定的后续服务单位完整移交全部文档、账号和密码，并提供不少于十个工作日的交接配合，交接期间不另收费用。

第七条之二 服务质量监督
（1）甲方可通过游客投诉、满意度调查和现场抽查等方式监督乙方服务质量。
（2）因系统故障引起的游客投诉经查证属实的，乙方应在三日内提交书面说明和整改措施。
（3）乙方应建立运维工单系统，所有故障报修、处理过程和处理结果均应记录，甲方可随时查阅。

第八条 数据安全
（1）系统中的游客实名信息、人脸特征、购票记录及客流数据均属于甲方，乙方不得用于本合同以外的用途，不得复制、留存。
（2）乙方应落实账号权限管理和操作日志审计，人脸数据不得导出；远程维护须经甲方批准并全程录屏。
（3）乙方应每日检查数据备份情况，每季度进行一次数据恢复测试。
（4）发生游客个人信息泄露的，乙方应在2小时内报告甲方；因乙方原因导致泄露的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方及其驻场人员对在服务中知悉的甲方资料和游客信息负有保密义务，服务期满后仍应继续遵守。

第十条 知识产权
乙方在服务期内为甲方优化开发的小程序页面、报表及脚本，其知识产权归甲方所有，甲方可自由使用和修改。

第十一条 分包
乙方不得将本合同项下服务转包或分包。

第十二条 合同解除
本合同履行期间，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同；确需解除的，应由双方协商一致并书面签订解除协议。

第十三条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向南屏市人民法院提起诉讼。

第十四条 其他
（1）本合同未尽事宜，双方可签订补充协议；补充协议与本合同不一致的，以补充协议为准。
（2）乙方联系人、驻场人员及联系电话如有变更，应在变更前三日书面通知甲方。
（3）磋商文件、响应文件及成交通知书为本合同组成部分。
（4）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：南屏市植物园　　　　乙方（盖章）：绿岸信息技术有限公司
法定代表人或授权代表：　　　　　　法定代表人或授权代表：
日期：2026年7月　日
"""

Z05 = """# 软件许可及定制开发合同

**溯源云图标准合同文本 V4.0**（乙方范本）

合同编号：SYYT-2026-HT-0388

- 甲方（用户）：川味坊酱腌菜食品有限公司
- 乙方（供应商）：溯源云图科技有限公司

甲方因咸菜、榨菜产品质量追溯管理需要，向乙方采购“溯源云图”食品质量追溯平台软件许可及定制开发服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 合同标的

1. 乙方向甲方提供溯源云图食品质量追溯平台（企业版）的永久使用许可，许可范围为甲方一个生产厂区，包括原料验收、腌制发酵、切分调味、包装赋码、仓储出库五个环节的追溯管理功能。
2. 乙方按甲方需求进行定制开发：腌制池批次及盐度、温度记录管理；原料（青菜头、萝卜、辣椒）供应商台账；与甲方化验室检测设备及现有ERP系统的数据接口；一物一码赋码及消费者扫码查询页面。
3. 乙方负责软件安装部署、基础数据初始化和操作培训。
4. 软件的具体功能以附件软件功能清单为准，清单以外的功能需求另行协商并收费。

## 第二条 合同价款

本合同总价为人民币壹佰伍拾柒万捌仟元整（¥1,578,000），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云图食品质量追溯平台软件永久许可（企业版） | 1,060,000 |
| 2 | 定制开发（批次管理、台账、检测及ERP接口、赋码查询） | 420,000 |
| 3 | 安装部署、数据初始化及培训 | 98,000 |
| | 合计 | 1,578,000 |

## 第三条 付款方式

1. 本合同签订后七个工作日内，甲方向乙方支付合同总价的50%，即¥789,000。
2. 系统安装完成并上线运行后七个工作日内，甲方支付合同总价的50%，即¥789,000。
3. 甲方未按期付款的，乙方有权暂停实施或暂停技术支持，工期相应顺延。

## 第四条 实施周期

乙方在收到第三条第1款款项后开始实施，预计在九十日内完成安装部署及定制开发。因甲方需求变更、场地或网络条件不具备等原因造成延误的，工期顺延。乙方将尽合理努力按计划交付。

## 第四条之一 甲方配合事项

1. 甲方应指定项目联系人，负责需求确认、资料提供和内部协调。
2. 甲方应按乙方要求提供服务器、网络、扫码枪、赋码设备等运行环境，并保证其满足软件运行要求。
3. 甲方应提供原料、产品、供应商及检测项目等基础资料，并对资料的真实性、完整性负责。
4. 甲方应安排人员参加乙方组织的培训，并按操作手册使用系统。

## 第四条之二 交付物

乙方交付的内容包括：软件安装程序、软件功能清单、操作手册、培训课件及系统管理员账号。定制开发部分以乙方部署后的运行版本交付。

## 第五条 验收

1. 乙方完成软件安装并上线运行后，即视为甲方验收合格。
2. 甲方在上线后使用系统的，视为对系统功能无异议。

## 第五条之一 培训

1. 乙方在系统上线前为甲方系统管理员和各环节操作人员提供集中培训，培训时间合计不少于三日。
2. 培训内容包括系统功能操作、基础数据维护、赋码设备使用和常见问题处理。
3. 甲方需要增加培训次数或培训人数的，乙方按每人日1,800元另行收费。

## 第六条 质保与技术支持

1. 质保期为六个月，自系统上线之日起计算。质保期内，乙方对软件缺陷提供免费修复。
2. 乙方通过电话、远程方式提供技术支持，工作日9:00至17:30受理甲方问题，并尽快安排处理。
3. 因甲方操作不当、擅自修改或第三方设备造成的问题，不属于免费质保范围。

## 第七条 维护服务

1. 质保期满后，甲方如需继续获得软件升级和技术支持，应与乙方签订维护服务协议，维护费按每个服务年度软件许可费的28%计收，即每个服务年度¥296,800。
2. 维护服务协议按服务年度签订，到期后由双方另行续签，维护费标准不变。

## 第八条 知识产权

1. 溯源云图平台及其全部组成部分的知识产权归乙方所有。
2. 乙方为本合同进行定制开发所形成的程序、源代码、接口及文档，知识产权归乙方所有。甲方在许可范围内享有非独占的使用权，未经乙方书面同意，不得修改、反向工程或提供给第三方使用。

## 第九条 数据

1. 甲方录入系统的原料、生产、检测及销售数据归甲方所有。
2. 甲方同意，乙方可在去除甲方名称等标识后，将上述数据用于食品行业追溯数据分析、产品改进及乙方其他客户的质量对标服务。

## 第十条 数据安全

1. 乙方对其在实施和技术支持过程中接触的甲方数据采取访问控制、加密传输和操作日志记录等安全措施，远程登录须经甲方确认。
2. 发现数据泄露等安全事件的，乙方应在24小时内通知甲方；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应赔偿责任。

## 第十一条 保密

双方对在合作过程中获知的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三个服务年度届满。

## 第十二条 违约与解除

1. 一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。
2. 一方严重违约且在收到对方书面通知后三十日内未纠正的，守约方有权解除本合同。
3. 乙方不承担甲方的间接损失、利润损失或商誉损失。
4. 因甲方提供的资料不准确、运行环境不符合要求或甲方人员操作不当造成的损失，由甲方自行承担。
5. 本合同解除后，甲方应停止使用定制开发部分，已支付的费用不予退还，但因乙方严重违约导致解除的除外。

## 第十二条之一 通知

本合同项下的通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱，以电子邮件发送的，发送成功即视为送达。任何一方变更联系方式的，应提前七日通知对方。

## 第十三条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致不能履行的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。

## 第十四条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十五条 其他

1. 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同不一致的，以补充协议为准。
2. 乙方提供的报价单、产品宣传资料仅供参考，不构成本合同的组成部分。
3. 本合同附件（软件功能清单、定制开发需求说明）为本合同的组成部分。
4. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

| 甲方（盖章）：川味坊酱腌菜食品有限公司 | 乙方（盖章）：溯源云图科技有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年　月　日 | 日期：2026年　月　日 |
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BMS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Blue Mahoe Software Limited, a company incorporated in Jamaica with its registered office at 14 Barnett Street, Montego Bay, St. James, Jamaica (the "Vendor"); and
P:(2) Ningbo Harbourview Hotel Management Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yinzhou District, Ningbo, Zhejiang Province (the "Customer").
P:RECITALS
P:A. The Vendor develops and licenses the Mahoe PMS hotel property management software, including its point-of-sale module and its channel manager interface.
P:B. The Customer operates three mid-scale hotels in Ningbo and wishes to replace its existing front-office system with Mahoe PMS at all three hotels, and to obtain the implementation, interface and training services described below.
P:C. At the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan Renminbi (CNY).
P:The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Mahoe PMS programs listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Interface" means the interface between the Software and the Customer's finance and accounting system, developed by the Vendor for the Customer under Article 2.
P:1.3 "Go-Live" means the first day on which all three hotels run their front-office operations on the Software in production.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6 that the Software and the services meet the acceptance criteria.
P:1.5 "Customer Data" means all guest, reservation, rate, folio and financial data entered into or generated by the Software for the Customer.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the three hotels listed in Schedule 1, for an unlimited number of named users at those hotels.
P:2.2 The Vendor shall configure the Software, migrate the Customer's current reservations and guest profiles, develop the Custom Interface, connect the channel manager to the Customer's online travel agency accounts, and train the Customer's staff.
P:2.3 The Software will be installed on servers provided by the Customer in its own server room in Ningbo. The Vendor will perform part of the implementation remotely.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,020,000, inclusive of all taxes, and is made up as follows:
P:Perpetual licence, Mahoe PMS Core, 3 hotels at CNY 168,000: CNY 504,000
P:Perpetual licence, Point-of-Sale module, 3 hotels at CNY 32,000: CNY 96,000
P:Perpetual licence, Channel Manager interface: CNY 60,000
P:Licence Subtotal: CNY 660,000
P:Implementation and configuration: CNY 186,000
P:Custom Interface to the Customer's finance system: CNY 94,000
P:Data migration: CNY 38,000
P:Training (front office, revenue, finance and IT staff): CNY 42,000
P:Total Contract Price: CNY 1,020,000
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments:
P:(a) 45% of the Contract Price (CNY 459,000) within fifteen days after signature of this Agreement, before any delivery or service;
P:(b) 35% of the Contract Price (CNY 357,000) within fifteen days after Go-Live. Go-Live is not acceptance;
P:(c) 20% of the Contract Price (CNY 204,000) within fifteen days after Final Acceptance.
P:4.2 Each payment is due against a valid invoice. Payments shall be made by bank transfer to the account named by the Vendor.
H:Article 5 Delivery and Timetable
P:5.1 The Vendor shall deliver the Software within ten days after receiving the first instalment and shall achieve Go-Live at all three hotels within ninety days after signature.
P:5.2 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons not attributable to the Customer, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:5.3 The Customer shall give the Vendor's staff timely access to its premises, servers and key users.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for thirty consecutive days. Final Acceptance requires that: (a) all functions in Schedule 2 work as specified; (b) the night audit completes at each hotel in under fifteen minutes; (c) the Custom Interface posts daily revenue to the finance system with no differences over ten consecutive business days; (d) migrated reservations and guest profiles reconcile with the source records; and (e) no Severity 1 defect occurs in the last fifteen days of the period.
P:6.2 The Customer shall confirm Final Acceptance in writing within ten days after the criteria are met, or list the failures. The Vendor shall correct listed failures and the test shall be repeated. Use of the Software in production does not constitute Final Acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Interface will perform materially in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:7.2 Support levels during the Warranty Period and any support term: Severity 1 (a hotel cannot check guests in or out, or post charges) - response within 1 hour, workaround within 8 hours; Severity 2 (a major function impaired) - response within 2 business hours, fix within 3 business days; Severity 3 - fix in the next release.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000, deductible from any amount due.
H:Article 8 Annual Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order Annual Support, covering updates, new releases and the support levels in Article 7.2.
P:8.2 The Annual Support fee is 14% of the Licence Subtotal, i.e. CNY 92,400 per year, fixed for the first three years of Annual Support. Any later increase shall not exceed 3% per year and requires the Customer's written agreement.
P:8.3 Annual Support is ordered year by year by purchase order and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain with the Vendor, subject to the licence in Article 2.
P:9.2 The Custom Interface, its source code and its documentation are the property of the Customer upon payment. The Customer may use, modify and license them to third parties without restriction. The Vendor shall deliver the source code at Final Acceptance.
P:9.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Interface infringes a third party's rights.
H:Article 10 Customer Data
P:10.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not sell, disclose or otherwise exploit it.
P:10.2 On termination or expiry the Vendor shall return any Customer Data in its possession.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar duties.
P:11.2 This Article survives termination for three years.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct or the indemnity in Article 9.3.
P:12.2 Neither party is liable for indirect or consequential loss.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:14.2 If the Customer terminates under Article 14.1 before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall uninstall the Software.
H:Article 15 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Jamaica.
P:16.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Kingston, Jamaica, under the Arbitration Act of Jamaica, before a single arbitrator. The language of the arbitration shall be English.
H:Article 17 General
P:17.1 This Agreement, with Schedule 1 (Hotels and Servers) and Schedule 2 (Functional Specification), is the entire agreement of the parties on its subject.
P:17.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or e-mail with confirmation.
P:Schedule 1 lists the hotels: Harbourview Hotel Yinzhou (168 rooms), Harbourview Hotel Jiangbei (142 rooms) and Harbourview Hotel Beilun (120 rooms), with the servers the Customer provides at its Yinzhou server room.
P:Signed for Blue Mahoe Software Limited: ____________________  Name / Title / Date
P:Signed for Ningbo Harbourview Hotel Management Co., Ltd.: ____________________  Name / Title / Date
"""

E02 = """# ORDER FORM - ShiftWell Workforce Cloud

**Caroni Cloud Systems Limited**, 22 Coffee Street, San Fernando, Trinidad and Tobago ("Caroni")

Order Form No. CCS-OF-2026-0731, issued under and incorporating the ShiftWell General Terms set out below.

## Customer

Xiamen Lanting Bakery Chain Co., Ltd., Siming District, Xiamen, Fujian Province, People's Republic of China ("Customer"). Customer operates 58 bakery shops and two central kitchens in Xiamen, Quanzhou and Zhangzhou.

## Subscription

| Item | Quantity | Fee per Subscription Year (CNY) |
|---|---|---|
| ShiftWell Scheduling (rosters, shift swaps, labour budget) | 900 employee seats | 126,000 |
| ShiftWell Time & Attendance (mobile clock-in, geofencing) | 900 employee seats | 64,000 |
| ShiftWell Analytics (labour cost dashboards) | 40 manager seats | 24,000 |
| **Subscription Fee per Subscription Year** | | **214,000** |

| One-time item | Fee (CNY) |
|---|---|
| Onboarding: configuration of 58 shops, import of employee master data, payroll export file to Customer's payroll system, single sign-on with Customer's WeCom, training of shop managers | 38,000 |

- **Subscription Term:** two Subscription Years, from 1 September 2026 to 31 August 2028. The first Subscription Year starts on 1 September 2026 and the second on 1 September 2027.
- **Total Contract Value:** CNY 466,000 (2 x CNY 214,000 + CNY 38,000), inclusive of taxes. At Customer's request all fees are quoted, invoiced and paid in CNY.
- **Billing:** Subscription Fees are invoiced quarterly in arrears (CNY 53,500 per quarter). The Onboarding fee is invoiced after Go-Live Acceptance. No amount is payable in advance.
- **Payment:** within thirty days after receipt of a correct invoice, by bank transfer.
- **Hosting:** Alibaba Cloud, Hangzhou region, mainland China.
- **Go-Live Date:** no later than 15 October 2026.

Signed for Caroni Cloud Systems Limited: ____________ Name / Title / Date

Signed for Xiamen Lanting Bakery Chain Co., Ltd.: ____________ Name / Title / Date

---

# SHIFTWELL GENERAL TERMS

## Section 1 Definitions

1.1 "Services" means the ShiftWell subscription services and the Onboarding services described in the Order Form.

1.2 "Customer Data" means all data submitted to the Services by or for Customer, including employee names, contact details, shift records, clock-in locations, attendance records and labour budgets, and all output generated from them.

1.3 "Subscription Year" means each successive period starting on the start date of the Subscription Term or on an anniversary of that date.

1.4 "Go-Live Acceptance" means Customer's written confirmation under Section 3.2.

## Section 2 Subscription and Use

2.1 Caroni grants Customer and its authorised users a non-exclusive right to access and use the Services during the Subscription Term for Customer's internal business.

2.2 Customer shall not resell the Services or attempt to reverse engineer them.

2.3 Additional seats may be ordered at any time at the per-seat rates implied by the Order Form, pro rata for the remainder of the Subscription Year.

## Section 3 Onboarding and Acceptance

3.1 Caroni shall complete Onboarding and make the Services ready for Go-Live Acceptance by the Go-Live Date.

3.2 Go-Live Acceptance requires that: (a) all 58 shops and both central kitchens are configured with their positions, opening hours and labour budgets; (b) employee master data is imported and reconciled with Customer's HR list without differences; (c) a full month of attendance records is exported to Customer's payroll system in the agreed file format and reconciles with Customer's manual calculation for three pilot shops; (d) single sign-on through WeCom works for all users; and (e) mobile clock-in with geofencing is tested at ten shops. Customer shall confirm acceptance in writing within five business days after the criteria are met. Use of the Services before that confirmation is not acceptance.

3.3 If Go-Live Acceptance is not achieved by the Go-Live Date for reasons attributable to Caroni, Caroni shall pay Customer CNY 300 for each day of delay, deducted from the next invoices.

## Section 4 Service Levels

4.1 Caroni shall make the Services available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the Services unavailable, or clock-in impossible for more than ten shops) shall be responded to within 30 minutes and restored within 3 hours, at any time of day. Priority 2 incidents shall be responded to within 2 hours and resolved within two business days. Priority 3 requests shall be answered within one business day.

4.3 If monthly availability falls below 99.95%, Customer shall receive a service credit of 5% of that month's Subscription Fee for each 0.1 percentage point (or part of it) below the commitment, up to 50% of that month's fee. For each hour by which a Priority 1 restoration time is exceeded, Customer shall receive a further credit of 2% of that month's Subscription Fee. Credits are deducted from the next invoice.

## Section 5 Customer Data

5.1 Customer Data belongs to Customer. Caroni processes Customer Data only on Customer's documented instructions and only to provide the Services, and shall not use it for any other purpose, including analytics, benchmarking or product development.

5.2 Customer Data is stored and processed only in mainland China. Caroni shall not transfer it outside mainland China.

5.3 Within thirty days after the end of the Subscription Term, Caroni shall make all Customer Data available for export in CSV format and shall then delete it and confirm the deletion in writing.

## Section 6 Data Security

6.1 Caroni shall maintain technical and organisational security measures appropriate to the personal information in Customer Data, including encryption in transit and at rest, multi-factor authentication for administrative access, role-based access, logging of all administrative actions and annual penetration testing. Caroni holds an ISO 27001 certificate and shall keep it valid.

6.2 Caroni shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data.

6.3 Caroni shall notify Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, cooperate in the investigation and take remedial action. Caroni is liable for all losses, fines and costs arising from a security incident caused by its breach of this Section.

## Section 7 Intellectual Property

7.1 Caroni retains all rights in the Services and its platform.

7.2 The payroll export mapping, shop configurations, report templates and any other deliverable made specifically for Customer during Onboarding belong to Customer, which may use, modify and license them freely, also after the Subscription Term.

## Section 8 Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of this agreement and disclose it only to personnel and advisers who need to know it and are bound by equivalent obligations.

8.2 These obligations continue for three years after the end of the Subscription Term.

## Section 9 Subcontracting

9.1 Customer approves Alibaba Cloud as hosting provider by signing the Order Form.

9.2 Any other subcontractor or sub-processor requires Customer's prior written consent. Caroni remains responsible for all subcontractors.

## Section 10 Renewal and Fees

10.1 At the end of the Subscription Term the subscription renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current period.

10.2 Caroni may increase the Subscription Fee for any renewal period by up to 8% over the fee of the preceding Subscription Year by notifying Customer at least forty-five days before the renewal date.

## Section 11 Limitation of Liability

11.1 Caroni's total aggregate liability arising out of or in connection with this agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit or indirect loss. Section 11.1 does not limit liability for personal injury or wilful misconduct.

## Section 12 Termination

12.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after receiving written notice describing the breach.

12.2 If Customer terminates under Section 12.1, Caroni shall refund any fees paid for the period after termination.

## Section 13 Governing Law and Disputes

13.1 This agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules in force at the time. The award is final.

## Section 14 General

14.1 The Order Form prevails over these General Terms where they differ.

14.2 Neither party may assign this agreement without the other party's written consent.

14.3 Notices shall be given in writing to the addresses in the Order Form.

14.4 Each party shall comply with applicable anti-bribery laws and shall not offer or accept any improper payment or benefit in connection with this agreement.

14.5 If any provision of this agreement is held invalid, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.
"""

E03 = """T:EQUIPMENT SUPPLY AND INSTALLATION CONTRACT
P:Cold-Store Temperature and Humidity Monitoring System
P:Contract No. QHCS-EQ-2026-022
P:BETWEEN Qingdao Haibin Cold Storage Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer"), and Coral Stone Instruments Inc., 7 Bay Street, Bridgetown, St. Michael, Barbados (the "Supplier").
P:WHEREAS the Buyer operates four cold-store warehouses in Qingdao with twenty-six cold rooms and two blast-freezing halls, and must keep continuous temperature records for food-safety inspections; and WHEREAS the Supplier manufactures wireless environmental sensors and monitoring software and has offered to supply, install and commission a complete monitoring system; the parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, door sensors and edge servers listed in Clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed perpetually under Clause 2, and its updates.
P:1.3 "System" means the Equipment and the Software installed, calibrated and integrated at the Buyer's sites.
P:1.4 The Supplier shall supply the Equipment and Software, install and calibrate every sensor, integrate the System with the Buyer's warehouse management system ("WMS") so that temperature alarms appear against the affected storage locations, and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is CNY 1,180,000, inclusive of all taxes, freight to site, import clearance, installation and training. The price is fixed and is itemised below. All amounts are in CNY.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, -40 C to +60 C|420|1,150|483,000
TB:2|LoRa gateway with 4G backup|18|9,800|176,400
TB:3|Door-open sensor|96|620|59,520
TB:4|Edge server (redundant pair)|2|46,000|92,000
TB:5|ColdWatch software, perpetual site licence, unlimited users|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||978,920
TB:6|Installation, mounting and calibration|1 lot|126,000|126,000
TB:7|Integration with the Buyer's WMS|1 lot|64,000|64,000
TB:8|Training of operators and maintenance staff|1 lot|11,080|11,080
TB:|Contract Price|||1,180,000
H:3. Payment
P:3.1 10% of the Contract Price (CNY 118,000) within twenty days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 649,000) within twenty days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 35% of the Contract Price (CNY 413,000) within twenty days after the Final Acceptance Certificate is signed.
P:3.4 Each payment is subject to a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's sites within sixty days after signature and complete installation within thirty days after delivery.
P:4.2 Installation work in cold rooms shall follow the Buyer's site safety rules, including cold-room entry permits, buddy working and limited exposure times.
P:4.3 If the Supplier fails to deliver or complete installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligations.
H:5. Acceptance
P:5.1 After installation the System shall run for twenty-one consecutive days. Final Acceptance requires that: (a) every sensor reports at its configured interval with less than 0.5% missing readings over the run; (b) each sensor's reading is within 0.3 C of a reference thermometer at three test points; (c) alarms reach the WMS and the duty officer's mobile phone within 60 seconds; (d) the System keeps recording through a simulated loss of mains power and of the primary network link; and (e) the as-built documentation and calibration certificates are delivered.
P:5.2 Delivery, installation, use of the System or any payment does not constitute acceptance. If a test fails, the Supplier shall correct the defect within ten days and the failed test shall be repeated.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective Equipment, correct Software defects, supply updates and recalibrate all sensors once a year, free of charge.
P:6.2 Fault response during the warranty and any support period is set out in the table below.
TB:Severity|Definition|Response|On site / fix
TB:Severity 1|A cold room or the whole System without monitoring or alarms|30 minutes|on site within 8 hours, restored within 24 hours
TB:Severity 2|Single sensors or one gateway failed, monitoring continues|2 hours|fixed within 2 business days
TB:Severity 3|Reports, display or minor issues|1 business day|next update
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
H:7. Support after the Warranty
P:7.1 After the warranty, the Buyer may order annual support covering repairs, Software updates, recalibration and the response times in Clause 6.2.
P:7.2 The annual support fee is 7.5% of the Hardware and Licence Subtotal, i.e. CNY 73,419 per year, fixed for the first two years of support. Any later change requires the Buyer's written agreement.
P:7.3 Annual support is ordered by separate purchase order and does not renew automatically.
H:7A. Spare Parts, Training and Documentation
P:7A.1 The Supplier shall deliver with the Equipment a stock of spare sensors and batteries equal to three per cent of the installed sensors, and shall keep spare parts available for at least seven years after Final Acceptance at prices not higher than the unit prices in Clause 2.
P:7A.2 The Supplier shall train the Buyer's warehouse operators, duty officers and maintenance staff in two sessions at each site, covering alarm handling, sensor replacement, battery changes, calibration checks and the reports required by the food-safety authorities. Training material shall be provided in Chinese.
P:7A.3 Before Final Acceptance the Supplier shall deliver as-built drawings showing every sensor and gateway position, the network configuration, the calibration certificates of every sensor traceable to a national standard, and operating and maintenance manuals in Chinese and English.
H:8. Buyer Data and Security
P:8.1 All temperature, humidity and door records, alarm logs and reports produced by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The System shall be installed on the Buyer's own network. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN with multi-factor authentication, and all sessions shall be logged. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting the System or Buyer Data within 6 hours and shall take immediate remedial action. The Supplier is liable for all losses caused by an incident resulting from its breach of this Clause.
H:9. Intellectual Property
P:9.1 The WMS integration, its scripts, configuration files and documentation are made for the Buyer and belong to the Buyer, which may use, modify and license them freely.
P:9.2 The ColdWatch Software and the Equipment firmware remain the Supplier's property and are licensed to the Buyer perpetually.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information received under this Contract, including the Buyer's customer, stock and site information, and shall not disclose it without prior written consent. This Clause survives termination for three years.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor. Local installation labour is subcontracting for this purpose.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the liquidated damages under Clause 4.3 reach their maximum.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. Miscellaneous
P:Notices under this Contract shall be in writing and sent to the addresses above by courier or e-mail with confirmation of receipt. Amendments must be in writing and signed by both parties.
P:Annex 1: Site plans and sensor positions. Annex 2: Acceptance test procedure. This Contract is made in English and Chinese; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** QMS-MSA-2026-103

This Managed IT Services Agreement is entered into between:

- **Quetzal Managed Services, S.A.**, 4a Calle 12-31, Zona 3, Quetzaltenango, Guatemala ("Provider"); and
- **Foshan Jiahe Furniture Manufacturing Co., Ltd.**, Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer").

**Background.** Customer runs two furniture factories, a showroom and an export sales office with about 640 computer users. Its small internal IT team wishes to hand over the service desk, end-user device management and server monitoring to an outside provider. Provider operates a multilingual service desk with Mandarin-speaking staff and has offered the services described below. At Customer's request all charges are stated in CNY.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Transition" means the one-time handover of the services from Customer's IT team to Provider described in clause 4.

1.3 "Service Commencement Date" means the day after Transition Acceptance.

1.4 "Customer Data" means all data of Customer, its employees and its clients that Provider accesses, receives or processes in performing the Services.

## 2. Services

2.1 Provider shall provide the Services from the Service Commencement Date for a term of twenty-four months (the "Term").

2.2 Provider shall perform the Services with suitably qualified staff and in accordance with good industry practice and Customer's IT policies as notified to Provider.

2.3 Provider shall supply the remote-management tools needed for the Services. Licences for Customer's own software remain Customer's responsibility.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,168,000, being the Transition fee of CNY 52,000 and twenty-four Monthly Service Charges of CNY 46,500.

3.2 The Transition fee is invoiced after Transition Acceptance. Monthly Service Charges are invoiced monthly in arrears. No amount is payable before the Services start.

3.3 Customer shall pay correct invoices within thirty days of receipt by bank transfer in CNY.

3.4 The charges are fixed for the Term. Additional users above 700 are charged at CNY 62 per user per month.

## 4. Transition and Acceptance

4.1 Provider shall complete Transition within forty-five days after signature. Transition includes knowledge transfer from Customer's IT team, documentation of all servers, network devices and applications, enrolment of all computers in Provider's management tool, set-up of the service desk telephone line and portal, and a two-week parallel run.

4.2 Transition Acceptance requires that: (a) all computers and servers listed in Schedule 1 are enrolled and reporting; (b) the service desk has handled tickets during the parallel run within the Schedule 3 response times; (c) the runbooks for backup, patching and user administration are written and approved by Customer; and (d) Customer's IT manager signs the Transition Acceptance Certificate. Starting to use the service desk is not acceptance.

4.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

## 5. Service Levels

5.1 Provider shall use its best efforts to meet the service levels in Schedule 3.

5.2 The service levels in Schedule 3 are targets. Failure to meet a service level does not entitle Customer to any service credit, fee reduction, refund or damages. Provider shall report its performance against the targets each month and discuss any shortfall with Customer at the monthly service review.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 Provider shall maintain an ISO 27001 certified information security management system covering the Services. Access to Customer's systems shall use named accounts with multi-factor authentication; all remote sessions shall be logged and the logs kept for one hundred eighty days. Provider shall not store Customer Data outside Customer's systems, except ticket records in the service desk tool hosted in mainland China.

6.3 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

6.4 Provider shall notify Customer of any actual or suspected security incident affecting Customer Data within 24 hours, shall cooperate fully in the response, and shall be liable for all losses, costs and penalties arising from an incident caused by Provider's breach of this clause.

## 7. Intellectual Property

7.1 Provider's tools, methods and know-how remain Provider's property.

7.2 Runbooks, scripts, configuration baselines, documentation and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider.

## 8. Subcontracting

8.1 Provider may subcontract any part of the Services, including on-site support at Customer's factories, to third parties by giving Customer written notice of the subcontractor's name and the subcontracted services at least ten days before the subcontractor starts work.

8.2 Provider remains responsible for the acts and omissions of its subcontractors.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 The limit in clause 9.1 does not apply to personal injury, wilful misconduct or breach of clause 6.

9.3 Neither party is liable for loss of profit, loss of business or indirect loss.

## 10. Term and Termination

10.1 This Agreement ends at the end of the Term. Any extension must be agreed in writing by both parties; there is no automatic renewal.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after written notice.

10.3 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within sixty days after its due date.

10.4 On expiry or termination Provider shall provide exit assistance for up to sixty days at the charges in Schedule 2, return all Customer Data and hand over all runbooks and documentation.

## 10A. Personnel and Cooperation

10A.1 Provider shall appoint a service delivery manager who speaks Mandarin as Customer's single point of contact and who attends the monthly service review in person or by video.

10A.2 Provider's on-site technician shall follow Customer's factory safety, working-hours and visitor rules. Customer may require the replacement of any Provider staff member who breaches those rules.

10A.3 Customer shall give Provider the access rights, information and workspace reasonably needed for the Services and shall tell Provider in advance about planned changes to its IT environment.

## 11. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control. The affected party shall notify the other promptly and resume performance as soon as possible.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The language of the arbitration shall be Chinese, with English interpretation at Provider's cost.

## 13. General

13.1 The Schedules form part of this Agreement.

13.2 Amendments must be in writing and signed by both parties.

13.3 Neither party may assign this Agreement without the other party's prior written consent. Notices shall be in writing and sent to the addresses above by courier or e-mail with confirmation of receipt.

Signed for Quetzal Managed Services, S.A.: ____________ (name, title, date)

Signed for Foshan Jiahe Furniture Manufacturing Co., Ltd.: ____________ (name, title, date)

---

## Schedule 1 - Services

| Service | Description |
|---|---|
| Service desk | Telephone, portal and WeCom support in Mandarin and English, 07:30-22:00 China Standard Time, seven days a week |
| End-user devices | Management of about 640 computers: patching, antivirus, software deployment, asset records |
| Servers and network | Monitoring of 24 servers, 2 firewalls and 38 switches; alerting; patching in agreed windows |
| Backup | Daily backup checks, monthly restore test |
| On-site support | One technician at the Shunde factory on working days; visits to the second factory and showroom as needed |
| Reporting | Monthly service report and service review meeting |

## Schedule 2 - Charges

| Charge | Amount (CNY) |
|---|---|
| Transition fee (one-time) | 52,000 |
| Monthly Service Charge (up to 700 users) | 46,500 per month |
| Monthly Service Charges over the Term (24 months) | 1,116,000 |
| Total Contract Value | 1,168,000 |
| Additional user above 700 | 62 per user per month |
| Exit assistance | 1,800 per person-day |

## Schedule 3 - Service Levels

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | Production systems, ERP or network down at a factory | 30 minutes | 3 hours |
| P2 | A department or a key user cannot work | 1 hour | 8 hours |
| P3 | Single user issue with workaround | 2 hours | 2 business days |
| P4 | Request or question | 1 business day | 5 business days |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PDF-API-2026-0415

PARTIES

Pacifica Data Feeds, S.A. de C.V., a company organised under the laws of the Republic of El Salvador, with offices at Calle El Boqueron 18, Santa Tecla, La Libertad, El Salvador ("Pacifica").

Kunming Yunling Coffee Trading Co., Ltd., a company organised under the laws of the People's Republic of China, with offices in Guandu District, Kunming, Yunnan Province ("Customer").

BACKGROUND

Pacifica collects and publishes green-coffee market data: daily physical prices and differentials for Central American, Colombian and Asian origins, export shipment records, port congestion indicators and harvest progress reports. Customer buys and exports Yunnan arabica and buys Central American coffee for blending, and wishes to receive this data through an application programming interface ("API") into its own purchasing and pricing system. Pacifica also agrees to build a custom data feed that maps its data to Customer's contract and grade codes. At Customer's request, all fees are stated and paid in CNY.

1. DEFINITIONS

1.1 "Data" means the market data sets listed in Annex A, delivered through the API.

1.2 "Custom Feed" means the mapping of the Data to Customer's internal grade codes, origins and contract references, together with the daily reconciliation report, built by Pacifica for Customer under clause 3.

1.3 "Customer Data" means all information Customer provides to Pacifica or submits through the API, including its grade codes, contract references, watchlists, queries, user accounts and usage logs.

1.4 "Subscription Year" means each of the two periods described in clause 2.1.

2. TERM

2.1 The subscription runs for two Subscription Years: the first from 1 October 2026 to 30 September 2027 and the second from 1 October 2027 to 30 September 2028.

2.2 The subscription ends on 30 September 2028. It may be continued only by a new written order signed by both parties. There is no automatic renewal.

3. SERVICES

3.1 Pacifica shall give Customer access to the Data through a secure REST API and a bulk download endpoint, for up to 25 named users and up to 400,000 API calls per month.

3.2 Pacifica shall build and deliver the Custom Feed within forty days after signature and shall maintain it during the subscription, adapting it within ten business days when Customer adds grade codes or contract references.

3.3 Pacifica shall provide technical support in English and Mandarin through a ticket portal and by telephone, and shall notify Customer at least sixty days in advance of any change to the API that could affect Customer's integration.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 138,000 per Subscription Year. The one-time Custom Feed fee is CNY 26,000. The total contract value is CNY 302,000 (2 x CNY 138,000 + CNY 26,000), inclusive of taxes.

4.2 Subscription fees are invoiced quarterly in arrears at CNY 34,500 per quarter. The Custom Feed fee is invoiced after acceptance under clause 5. No amount is payable in advance.

4.3 Customer shall pay correct invoices within thirty days after receipt by bank transfer.

4.4 The fees are fixed for both Subscription Years.

5. ACCEPTANCE OF THE CUSTOM FEED

5.1 Acceptance of the Custom Feed requires that: (a) every Customer grade code in Annex B is mapped to the correct origin and quality data; (b) the daily data for ten consecutive business days loads into Customer's pricing system without manual correction; (c) the daily reconciliation report matches the Data delivered for those ten days; and (d) the API documentation and field dictionary have been delivered.

5.2 Customer shall confirm acceptance in writing within five business days after the criteria are met or list the failures, which Pacifica shall correct before the test is repeated. Use of the Custom Feed before written acceptance is not acceptance.

5.3 If the Custom Feed is not accepted within forty days after signature for reasons attributable to Pacifica, Pacifica shall pay Customer CNY 200 for each day of delay until acceptance.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance and performed on Sundays between 02:00 and 06:00 China Standard Time.

6.2 Daily price data for each trading day shall be available through the API by 08:00 China Standard Time on the following day.

6.3 Priority 1 incidents (the API unavailable or daily data not delivered) shall be responded to within 1 hour and resolved within 6 hours. Priority 2 incidents (partial data, degraded performance) shall be responded to within 2 hours and resolved within one business day.

6.4 If monthly availability falls below 99.95%, Customer shall receive a credit of 5% of the quarterly fee for each 0.1 percentage point (or part of it) below that level. If daily data is delivered late on more than two days in a month, a further credit of 5% of the quarterly fee applies. For each hour by which a Priority 1 resolution time is exceeded, a further credit of 1% of the quarterly fee applies. Credits are deducted from the next invoice.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Pacifica shall use Customer Data only to provide the services under this Agreement and shall not use it for any other purpose, including market analysis, product development or disclosure to other customers, in identified, aggregated or anonymised form.

7.2 Pacifica shall protect Customer Data with encryption in transit and at rest, API keys rotated at least quarterly, multi-factor authentication for its administrators, role-based access and logging of all access. Pacifica holds an ISO 27001 certificate and shall keep it valid during the subscription.

7.3 Pacifica shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take remedial action and cooperate with Customer. Pacifica shall be liable for losses caused to Customer by an incident resulting from its failure to comply with this clause.

7.4 At the end of the subscription Pacifica shall return Customer Data in CSV format and delete it within thirty days, confirming the deletion in writing.

8. LICENCE AND INTELLECTUAL PROPERTY

8.1 Pacifica grants Customer a non-exclusive licence to use the Data during the subscription for its internal purchasing, pricing and risk management, and to keep and use Data received before the end of the subscription for internal records.

8.2 The Custom Feed mapping tables, the reconciliation report template and all documentation made for Customer belong to Customer, which may use, modify and license them freely, including after the subscription ends.

8.3 Pacifica retains all rights in its databases, the API and the Data.

9. CONFIDENTIALITY

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. These duties continue for three years after the subscription ends.

10. SUBCONTRACTING

Pacifica shall not subcontract any part of the services without Customer's prior written consent. Pacifica remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Pacifica's total liability under this Agreement is limited to 150% of the total contract value.

11.2 The limit does not apply to personal injury, wilful misconduct or breach of clause 7.

11.3 Neither party is liable for indirect loss or loss of trading profit, including losses from purchasing or pricing decisions based on the Data.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

12.2 If Customer terminates under clause 12.1, Pacifica shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Republic of El Salvador.

13.2 Any dispute arising out of or relating to this Agreement shall be settled by arbitration administered by the Center for Mediation and Arbitration of the Chamber of Commerce and Industry of El Salvador, in San Salvador, before a sole arbitrator, in English.

13A. CHANGES TO THE DATA SETS

13A.1 Pacifica may add data sets or fields to the API at no extra charge. It shall not remove a data set listed in Annex A or reduce its coverage during the subscription without Customer's written agreement.

13A.2 If a source used by Pacifica stops publishing data, Pacifica shall notify Customer promptly, propose an equivalent source, and reduce the subscription fee fairly if no equivalent is available.

14. GENERAL

14.0 Notices shall be in writing and sent by courier or e-mail with confirmation of receipt to the addresses given at the start of this Agreement.

14.1 Annex A (Data Sets) and Annex B (Customer Grade Codes) form part of this Agreement.

14.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

SIGNATURES

For Pacifica Data Feeds, S.A. de C.V.: ______________________ Name / Title / Date

For Kunming Yunling Coffee Trading Co., Ltd.: ______________________ Name / Title / Date
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key -> (file, lang, category, term overrides, extra overrides, tco (fee base, annual fee) or None, design rules)
D = {
 "z01": ("h469z01_port_authority_vessel_supervision_platform.pdf", "zh", "software",
         dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
              final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
              contract_kind="goods_or_licence"),
         dict(post_warranty_fee_capped=True, contract_value=2100000), (1180000, 94400), []),
 "z02": ("h469z02_beverage_blow_moulder_control_retrofit.docx", "zh", "hardware",
         dict(p1_response_hours=1, ld_rate_per_day_pct=0.02, prepayment_pct=10, final_payment_on_acceptance=True,
              warranty_months=9, post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
         dict(post_warranty_fee_capped=True, contract_value=1100000), (866000, 77940),
         ["CR-LD-LOW", "CR-WARRANTY"]),
 "z03": ("h469z03_florist_chain_order_delivery_saas.txt", "zh", "cloud",
         dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
              ld_rate_per_day_pct=400 / 596000 * 100, liability_cap_pct=150),
         dict(contract_value=596000), None, ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": ("h469z04_botanical_garden_visitor_system_om.txt", "zh", "services",
         dict(p1_response_hours=8, ld_rate_per_day_pct=0.1, termination_for_breach=False),
         dict(contract_value=386000), None, ["CR-SLA-RESPONSE", "CR-TERMINATION"]),
 "z05": ("h469z05_pickle_factory_traceability_supplier_template.md", "zh", "software",
         dict(sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, prepayment_pct=50, acceptance_clause=False,
              final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28,
              subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
         dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
              contract_value=1578000), (1060000, 296800),
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("h469e01_hotel_pms_perpetual_licence_jamaica_vendor.pdf", "en", "software",
         dict(p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
              prepayment_pct=45, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=14,
              governing_law="Jamaica", contract_kind="goods_or_licence"),
         dict(post_warranty_fee_capped=True, contract_value=1020000), (660000, 92400),
         ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-PREPAYMENT"]),
 "e02": ("h469e02_bakery_workforce_saas_order_form_tt_vendor.md", "en", "cloud",
         dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=300 / 466000 * 100,
              liability_cap_pct=6 / 24 * 100, auto_renewal_price_increase=True),
         dict(contract_value=466000), None, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
 "e03": ("h469e03_cold_store_sensors_barbados_supplier.docx", "en", "hardware",
         dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
              final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
              contract_kind="goods_or_licence"),
         dict(post_warranty_fee_capped=True, contract_value=1180000), (978920, 73419), []),
 "e04": ("h469e04_furniture_maker_managed_it_guatemala_provider.md", "en", "services",
         dict(p1_response_hours=0.5, sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=700 / 1168000 * 100,
              liability_cap_pct=150, subcontract_without_consent=True),
         dict(contract_value=1168000), None, ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
 "e05": ("h469e05_coffee_market_data_api_el_salvador_vendor.txt", "en", "cloud",
         dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=200 / 302000 * 100,
              liability_cap_pct=150, governing_law="El Salvador"),
         dict(contract_value=302000), None, ["CR-GOVERNING-LAW"]),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}
HORIZON = 5


def label(key):
    fname, lang, cat, terms, extra, tco, _ = D[key]
    t = dict(BASE, **terms)
    goods = t["contract_kind"] == "goods_or_licence"
    e = {"sla_clause": extra.get("sla_clause", True), "ld_stated": extra.get("ld_stated", True)}
    if goods:
        e["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    e["acceptance_deemed_on_delivery"] = extra.get("acceptance_deemed_on_delivery", False)
    e["contract_value"] = extra["contract_value"]
    return {"file": fname, "language": lang, "category": cat, "expected_terms": {k: t[k] for k in KEYS},
            "expected_extra": e, "expected_rules": rules(key, t, e)}


def tco_share(key, t, e):
    """policy 4: value + post-warranty fees over 5 years from acceptance; None when not computable."""
    tco = D[key][5]
    if t["contract_kind"] != "goods_or_licence" or tco is None or t["post_warranty_fee_pct"] is None:
        return None
    base, fee = tco
    assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.5, key
    years = max(0.0, HORIZON - (t["warranty_months"] or 0) / 12)
    fees = fee * years
    return fees / (e["contract_value"] + fees) * 100


def rules(key, t, e):
    """My own reading of policy.md section 3 and its 'Where rules apply' notes."""
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key, t, e)
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


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rs):
    return "high" if set(rs) & HIGH else ("medium" if set(rs) - LOW else "low")


# ---------------------------------------------------------------- threshold scan
THRESH = [
    r"99\.9(?![0-9])\s*%", r"百分之九十九点九(?!\S*[一二三四五六七八九])",
    r"(?<![0-9.])4\s*(?:个)?\s*小时", r"(?<![十0-9])四\s*(?:个)?\s*小时", r"(?<![0-9.])240\s*分钟",
    r"(?<![0-9.])4[\s-]*(?:h|hrs?|hours?)\b", r"\bfour[\s-]+hours?\b", r"\b240\s*minutes\b",
    r"(?<![0-9.])0\.05(?![0-9])\s*%", r"万分之五(?![十0-9])", r"百分之零点零五",
    r"(?<![0-9.])100(?![0-9.])\s*%", r"百分之百", r"(?i)\bone hundred per\s*cent", r"(?i)\b100 per\s*cent",
    r"(?<![0-9.])30(?![0-9.])\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成", r"(?i)\bthirty per\s*cent",
    r"(?<![0-9])12\s*个月", r"十二个月", r"(?i)\btwelve[\s-]+months?\b", r"(?i)\b12[\s-]+months?\b",
    r"(?<![第统万])一年", r"(?i)\bone[\s-]+years?\b",
    r"(?<![0-9.])15(?![0-9.])\s*%", r"(?<![0-9.])15\s*per\s*cent", r"百分之十五", r"(?i)\bfifteen per\s*cent",
    r"(?<![0-9.])40(?![0-9.])\s*%", r"四成", r"百分之四十(?![一二三四五六七八九])", r"(?i)\bforty per\s*cent",
    r"(?<![0-9.])5\s*年", r"(?<![十])五年", r"(?i)\bfive[\s-]+years?\b", r"(?i)\b5[\s-]+years?\b",
    r"(?i)(?<![0-9.])60[\s-]*months?\b", r"六十个月", r"(?<![0-9.])60\s*个月", r"(?i)\bsixty[\s-]+months?\b",
]
THRESH_RE = [re.compile(p) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "240分钟", "4 hours", "four hours", "4-hour",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months",
            "12 months", "12-month", "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years",
            "5-year", "60 months", "六十个月"]
MUST_MISS = ["24小时", "24 hours", "14小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "服务年度", "Subscription Year", "0.055%", "1,000%", "130%", "140%", "240,000", "first year", "35%",
             "45%", "十五个工作日", "二十四个月", "36 months", "2 hours", "统一年度", "once a year"]


def hits(text):
    out = []
    for rx in THRESH_RE:
        out += [m.group(0) for m in rx.finditer(text)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan_variants(text):
    return {"raw": hits(text), "collapsed": hits(re.sub(r"\s+", " ", text)), "nospace": hits(re.sub(r"\s+", "", text))}


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def markup_text(src):
    return "\n".join(line.partition(":")[2] for line in src.splitlines() if line.strip())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for k, (fname, *_rest) in D.items():
        ext = fname.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[k], targets[k] = SRC[k], (fname, ext)
        else:
            (OUT / fname).write_text(SRC[k], encoding="utf-8")
            print("wrote", fname)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    bad = []
    for k in D:
        lab = label(k)
        design = sorted(D[k][6])
        assert lab["expected_rules"] == design, (k, lab["expected_rules"], design)
        covered |= set(design)
        t = lab["expected_terms"]
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(k, t, lab["expected_extra"])
        assert share is None or abs(share - 40) > 2, (k, share)
        stem = lab["file"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / lab["file"])
        n = measure(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        raw = SRC[k] if k not in sources else markup_text(SRC[k])
        found = {"built": scan_variants(text), "source": scan_variants(raw), "markup": scan_variants(SRC[k])}
        found = {a: {b: v for b, v in d.items() if v} for a, d in found.items()}
        found = {a: d for a, d in found.items() if d}
        print(f"{lab['file']:62s} {lab['language']} len={n:5d} {'OK ' if lo <= n <= hi else 'BAD'} "
              f"risk={risk(design):6s} tco={'' if share is None else round(share, 2)} rules={design}")
        if found:
            print("   THRESHOLD TEXT:", found)
        if not (lo <= n <= hi) or found:
            bad.append(k)
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    print("all 20 rules covered;", "problems:" if bad else "no problems", bad)
    assert not bad, bad
