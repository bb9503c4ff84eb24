"""holdout966: builds the ten held-out draft contracts from the sources below, writes their .json labels and
asserts lengths, sums, thresholds and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:见义勇为人员认定奖励平台建设项目采购合同
P:合同编号：QJZFW-2027-CG-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：中共清江市委政法委员会
P:乙方（供应商）：杭州明衡信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。本合同采用甲方提供的合同文本，招标文件、投标文件及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供"见义勇为人员认定奖励平台"（以下简称"平台"）软件许可，并完成定制开发、部署实施、历史数据迁移及用户培训。
P:1.2 定制开发内容包括：见义勇为行为线索登记与申报（含移动端申报）、公安及相关部门联审与认定流程、认定结果公示与异议处理、奖励金及抚恤金发放台账、与市财政国库集中支付系统及人口信息库的数据接口、统计分析驾驶舱。
P:1.3 平台部署于甲方电子政务外网机房，功能及性能要求以招标文件第五章《采购需求》及乙方投标响应为准，二者不一致的，以对甲方更有利的标准为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾柒万捌仟元整（¥1,578,000），含税，为固定总价。
P:2.2 分项价格：平台软件许可费¥860,000（永久使用许可，不限用户数）；定制开发费¥574,000；部署实施及数据迁移费¥118,000；培训费¥26,000。
P:2.3 合同总价已包括软件、开发、部署、迁移、培训、差旅、税费及质保期内全部服务费用，乙方不得以任何理由要求增加费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥315,600。
P:3.2 平台完成部署和数据迁移并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥710,100。
P:3.3 平台试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥552,300。
P:3.4 乙方应在每笔付款前开具合法有效的增值税发票。甲方通过财政国库集中支付方式付款，因财政审批程序产生的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后六十日内完成平台部署、接口联调及数据迁移并提交初验申请，九十日内完成全部定制功能开发。
P:4.2 数据迁移范围为2010年以来的见义勇为认定案卷、表彰记录及奖励发放记录约一万二千件，乙方应保证迁移数据完整、准确，并保留迁移前后的核对记录。
H:第五条 验收
P:5.1 初步验收：甲方对照《采购需求》逐项测试全部功能；迁移数据与原始台账逐条比对无差错；与国库集中支付系统、人口信息库的接口连续十个工作日调用无错误；在300个并发用户条件下，页面平均响应时间不超过2秒。
P:5.2 初验合格后进入九十日试运行。试运行期间未发生一级故障，第三方测评机构出具的安全测评报告中高危问题全部整改完毕，并按规定完成商用密码应用安全性评估的，甲方组织最终验收并出具书面验收报告。
P:5.3 平台上线运行、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及每季度一次现场巡检，并在重要节日及表彰活动期间安排专人值守。
P:6.2 服务水平：一级故障（平台整体不可用，或申报、认定、发放主流程中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能异常）应在2小时内响应，两个工作日内解决；三级问题纳入下一版本修复。
P:6.3 乙方每迟延响应或迟延恢复一小时，甲方有权扣减服务费¥800；同一季度内一级故障超过两次的，另扣减¥5,000。上述扣减款从应付款项或履约保证金中扣除。
P:6.4 质保期满后，如甲方需要，双方另行签订维护合同。年度维护费不超过平台软件许可费的8%（即每年¥68,800），前三个维护年度不作上调；维护合同期满后不自动续期。
H:第七条 知识产权
P:7.1 平台产品的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销、不限用户数的使用许可。
P:7.2 为本项目定制开发的程序、接口、源代码、数据库设计及相关文档的知识产权归甲方所有。乙方应在最终验收时交付完整源代码及技术文档，甲方可自行或委托第三方使用、修改和维护。
P:7.3 乙方保证其提供的软件及服务不侵犯任何第三方的合法权益。如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的申报材料、当事人个人信息、认定结论及奖励发放数据均属甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护第三级要求。远程运维须经甲方审批并通过堡垒机操作，敏感个人信息应加密存储、脱敏展示。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行合同过程中知悉的甲方工作秘密、见义勇为人员及其亲属的身份信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。保密义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担连带责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权拒绝验收并解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的全部或部分工作转包或分包给第三方，亦不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知乙方解除合同，并要求乙方赔偿由此造成的损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同，但应及时通知对方并提供证明。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：中共清江市委政法委员会        乙方（盖章）：杭州明衡信息技术有限公司
P:签订日期：2027年3月  日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：DSDQ-SB-2027-0412
P:甲方：中山市德盛电器有限公司（养生壶生产厂）
P:乙方：广州智衡自动化工程有限公司
P:甲方为提升养生壶总装线及检测线的自动化水平，委托乙方对其八条生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责八条生产线（壶体总装线五条、电气安全及密封检测线三条）控制系统的设计、设备供货、软件开发、安装调试、旧系统拆除及人员培训。
P:1.2 改造内容包括：更换PLC控制柜及触摸屏，升级伺服驱动，新增视觉检测单元（壶盖装配、铭牌、外观划痕），部署生产数据采集软件并与甲方现有ERP对接，开发配方管理及产量看板。
P:1.3 改造须利用甲方周末及节假日停线时间分批实施，每条生产线停线不得超过七十二小时，不得影响甲方正常订单交付。
P:1.4 乙方应在合同签订后二十日内完成现场勘察，提交技术方案及分批实施计划，经甲方书面确认后实施。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾叁万元整（¥1,430,000），含13%增值税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含电气元件）|8套|68,000|544,000
TB:2|触摸屏人机界面|8套|9,500|76,000
TB:3|伺服驱动及电机|16套|14,200|227,200
TB:4|视觉检测单元|4套|52,000|208,000
TB:5|生产数据采集软件许可|1套|186,000|186,000
TB:|软硬件小计|||1,241,200
TB:6|安装调试及改造施工|1项|168,800|168,800
TB:7|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||1,430,000
P:2.2 上述价格为固定价格，已包括设备运输、保险、安装、调试、旧设备拆除及税费。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥286,000。
P:3.2 设备全部到货并经甲方签收后十个工作日内，支付合同总价的35%，即¥500,500。到货签收仅确认数量及外观，不代表质量验收。
P:3.3 八条生产线全部改造完成并通过最终验收后十五个工作日内，支付合同总价的45%，即¥643,500。
H:第四条 工期
P:4.1 乙方应在合同签订后四十五日内完成设备到货，一百二十日内完成全部生产线改造并提交最终验收申请。
P:4.2 乙方应提交分批实施计划，经甲方生产部门确认后执行。
H:第五条 验收
P:5.1 每条生产线改造后连续运行七十二小时，节拍不低于改造前水平，视觉检测漏检率不高于0.2%，误判率不高于1%，安全联锁及急停功能全部测试合格，该线方可办理单线验收。
P:5.2 八条线全部单线验收合格、生产数据采集软件与ERP的产量及工单数据连续十五日核对一致后，甲方组织最终验收并签署验收报告。
P:5.3 设备安装、通电试运行或甲方投入生产使用，均不视为最终验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换非人为损坏的设备及部件，免费提供软件缺陷修复和技术支持。
P:6.2 故障分级及响应：一级故障（整线停机）乙方应在30分钟内电话响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位异常）2小时内响应，24小时内解决。
P:6.3 乙方迟延到场或迟延恢复的，每迟延一小时，甲方有权扣减¥600，从质保金或应付款中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，维保费每年按软硬件小计的28%计取，即每年¥347,536，含备品备件、定期巡检及软件升级，该费率在质保期满后五年内保持不变。维保服务按年签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC控制程序、触摸屏画面、配方管理模块、产量看板及ERP接口程序，其知识产权归甲方所有，乙方应在验收时交付全部源程序及注释文档，甲方有权自行修改和使用。
P:7.2 生产数据采集软件的标准产品著作权仍归乙方，乙方授予甲方永久使用许可。
H:第八条 数据与网络安全
P:8.1 生产线运行数据、配方参数、质检图像及产量数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:8.2 乙方应按甲方工控网络安全要求实施，控制网络与办公网络隔离，远程维护须经甲方批准并在甲方人员监督下进行，禁止使用未经查杀的移动存储介质。
P:8.3 因乙方原因导致数据泄露、配方外泄或控制系统遭受网络攻击的，乙方应在1小时内通知甲方，配合处置并承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工艺参数、配方、产能、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成到货或改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 因乙方施工原因造成甲方停线超过约定时间的，乙方应赔偿甲方的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本合同。电气施工等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收款项中未完成部分的价款并赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交中山仲裁委员会按其仲裁规则仲裁。
H:第十四条 甲方义务
P:14.1 甲方应在改造开始前提供各生产线现有电气图纸、PLC程序备份、工艺参数表及ERP接口说明，并指定生产、设备、信息三个部门的对接人。
P:14.2 甲方应按双方确认的分批实施计划安排停线时间，提供施工所需的电源、压缩空气及临时堆放场地。
P:14.3 甲方应组织操作人员及设备维护人员按时参加培训，并在单线验收时派员参加测试。
H:第十五条 施工安全与现场管理
P:15.1 乙方施工人员应遵守甲方厂区安全管理制度，进入车间须穿戴劳保用品，动火、登高及带电作业须事先办理审批手续。
P:15.2 乙方应在每日施工结束后清理现场。拆除的旧控制柜、线缆及元器件由乙方分类整理后交甲方处置，不得擅自带离厂区。
P:15.3 因乙方施工原因造成人身伤害或甲方设备、产品损坏的，由乙方承担全部责任。
H:第十六条 技术资料与培训
P:16.1 乙方应在最终验收前向甲方移交电气原理图、接线图、PLC及触摸屏程序源文件、视觉检测参数、软件安装介质、操作手册及维护手册，纸质版及电子版各两套。
P:16.2 乙方应为甲方培训操作人员不少于四十人次、设备维护人员不少于十人次，培训内容包括日常操作、配方切换、常见故障判断及视觉检测参数调整，培训结束后进行考核。
H:第十七条 不可抗力
P:17.1 因不可抗力导致任何一方不能履行合同的，受影响方应在三日内书面通知对方并提供证明，双方根据影响程度协商延长履行期限或部分免除责任。
H:第十八条 其他
P:18.1 本合同附件包括：技术方案、分批实施计划、设备清单及技术参数表、验收测试记录表，附件与本合同具有同等效力。
P:18.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：中山市德盛电器有限公司        乙方（盖章）：广州智衡自动化工程有限公司
"""

Z03 = """尊巴健身连锁门店预约及会员管理系统服务合同

合同编号：ZBJS-IT-2027-021
甲方：成都尊巴健身管理有限公司
乙方：上海云练科技有限公司

甲方在成都、重庆两地经营三十家尊巴健身门店，为统一会员管理、课程预约和门店收银，甲方向乙方订购云端预约及会员管理系统（以下简称"系统"）服务及实施服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方在服务期内向甲方三十家门店提供系统的云端使用权，包括会员档案、会籍卡种、团课及私教预约、签到核销、教练排班、储值与消费、营销活动、微信小程序及总部报表等功能。
2. 门店数量在服务期内增加的，新增门店按本合同单价按月折算计费；减少门店的，自下一季度起相应减少费用。
（二）实施服务
1. 乙方负责系统初始化配置，包括三十家门店、课程体系、卡种规则及教练信息的配置。
2. 乙方负责将甲方原有会员系统中约四万六千名会员的档案、剩余课时、储值余额及有效期迁移至新系统。
3. 乙方负责系统与甲方现有门店收银设备、门禁闸机及微信支付商户号的对接，为甲方定制品牌小程序页面和总部经营报表，并对店长、前台及教练进行培训。
（三）运营支持
1. 服务期内，乙方为甲方指定专属客户成功经理，每月提供一次系统使用分析，协助甲方优化课程排期与会员续卡流程。
2. 乙方每季度为新入职门店员工提供一次线上培训，每个服务年度提供两次总部现场培训。
3. 系统版本更新应至少提前七日通知甲方；涉及操作变化的，乙方应同步提供更新说明及培训视频。

二、服务期限
（一）服务期为两个服务年度，自系统通过上线验收之日起计算。第一服务年度为上线验收之日起至次年对应日前一日，第二服务年度依次顺延。
（二）服务期满后，如需继续使用，双方应在期满前六十日另行协商续约事宜，本合同不自动续期。
（三）服务期内门店因装修暂时闭店的，订阅服务费不予减免，乙方应完整保留该门店的全部数据。

三、合同价款
（一）订阅服务费：每门店每服务年度人民币9,800元，三十家门店每服务年度合计294,000元，两个服务年度合计588,000元。
（二）实施服务费：一次性人民币86,000元。
（三）合同总额为人民币陆拾柒万肆仟元整（¥674,000），含税。

四、付款方式
（一）实施服务费在系统通过上线验收后十五个工作日内一次性支付。
（二）订阅服务费按季度结算，每个服务季度结束后十五个工作日内，甲方根据乙方提供的服务报告及发票支付该季度费用73,500元。
（三）甲方不向乙方支付任何预付款项。

五、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：
1. 三十家门店的配置与甲方确认的配置清单一致；
2. 迁移后的会员数、剩余课时及储值余额与原系统导出数据逐一核对一致；
3. 预约、签到核销、储值消费及退款全流程测试通过，小程序与收银、闸机对接连续七日运行无错误；
4. 全部门店店长及前台完成培训并通过操作考核。
（三）甲方应在收到申请后十个工作日内组织验收。系统开通或甲方门店试用，不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新提交验收申请，由此延误的时间计入乙方逾期。

六、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨一点至六点之间并提前三日通知甲方，不计入不可用时间。
（二）一级故障（全部门店无法预约、签到或收款）乙方应在15分钟内响应，2小时内恢复；二级故障（单个门店或单项功能异常）应在1小时内响应，8小时内解决。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅服务费的5%向甲方提供服务抵扣；一级故障超过2小时未恢复的，每超过一小时另抵扣当月订阅服务费的2%。抵扣在下季度费用中扣除。
（四）乙方应在每月前五个工作日内向甲方提交上月服务报告，列明可用率、故障及处理情况和服务抵扣金额。

七、知识产权
（一）系统平台及其既有功能的知识产权归乙方所有。
（二）乙方为甲方定制的品牌小程序页面、课程模板、总部经营报表及对接程序，其知识产权归甲方所有，甲方可自由使用和修改，服务终止后乙方应向甲方交付相关源文件。

八、数据归属与数据安全
（一）甲方会员信息、预约记录、消费及储值数据归甲方所有。
（二）甲方同意，乙方可在对上述数据进行去标识化及汇总处理后，用于编制健身行业经营分析报告、优化乙方产品及训练推荐算法，该使用权在服务期满后继续有效。
（三）乙方应将数据存储于中国境内的数据中心，系统应通过网络安全等级保护第三级测评，会员手机号、身份证号等个人信息加密存储，后台操作留存日志不少于六个月。
（四）发生数据泄露或可能泄露的，乙方应在24小时内通知甲方，配合甲方处置并通知受影响会员；因乙方原因导致的数据安全事件，乙方承担由此造成的全部损失。
（五）服务终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并删除系统中的甲方数据。
（六）乙方应每个服务年度委托第三方对系统进行一次渗透测试，并将测试结论及整改情况提供给甲方。

九、保密
乙方对在服务过程中知悉的甲方会员信息、经营数据、价格及营销方案负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后三年内持续有效。

十、违约责任
（一）乙方未按期完成实施并通过上线验收的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总额的两倍为限，但因乙方故意、重大过失或数据安全事件造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

十一、转包与分包
乙方不得转包本合同。未经甲方书面同意，乙方不得将本合同项下的任何服务分包给第三方。经甲方同意分包的，乙方对分包方的行为承担全部责任。

十二、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
（二）系统连续三个月未达到月度可用率承诺的，甲方有权解除合同，且不承担任何违约责任。

十三、适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、甲方义务
（一）甲方应指定总部项目负责人及各门店联系人，及时确认配置清单、参加上线验收。
（二）甲方应保证其提供的会员数据来源合法，并已依法取得会员对数据迁移及处理的授权。
（三）甲方应妥善保管系统管理员账号及密码，因甲方账号管理不当造成的损失由甲方自行承担。

十五、不可抗力
因地震、洪水、政府管制等不可抗力导致一方不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明。公有云基础设施提供商发生的故障不属于乙方可以免责的不可抗力，乙方应在服务报告中说明原因及补救措施。

十六、通知
本合同项下的通知以书面形式送达双方在合同首页列明的地址或指定的电子邮箱，以电子邮件发送的，以发出之日后的第一个工作日为送达日。

十七、其他
本合同一式四份，双方各执两份，自双方盖章之日起生效。附件包括门店清单、配置清单及上线验收记录表，附件与本合同具有同等效力。

甲方（盖章）：成都尊巴健身管理有限公司
乙方（盖章）：上海云练科技有限公司
"""

Z04 = """输电线路山火监测系统年度运维服务合同

合同编号：QJGD-YW-2027-035
采购方式：竞争性磋商
甲方：国网某市供电公司输电运检中心（以下简称"甲方"）
乙方：湖南睿巡电力科技有限公司（以下简称"乙方"）

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其辖区输电线路山火监测系统提供年度运维服务。双方依据《中华人民共和国民法典》等法律法规，订立本合同。

第一条 服务范围
（一）运维对象：甲方辖区110千伏至500千伏输电线路上安装的412套山火可视化监测装置（含摄像机、热成像模块、太阳能供电单元及通信模块）、山火监测预警平台及相关通信通道。
（二）服务内容：前端监测装置定期巡检、清洁、校准及故障处置；平台软件运行维护、告警规则优化及版本更新；通信通道及流量卡管理；备品备件供应；春秋两季森林防火期及清明、春节等重点时段的值守保障；月度运行分析报告。
（三）服务地点：甲方辖区内各输电线路沿线装置安装点、甲方输电监控中心及甲方指定的机房。

第二条 服务期限
本合同服务期自2027年1月1日起至2027年12月31日止。

第三条 合同价款
（一）本合同总价为人民币捌拾叁万陆仟元整（¥836,000），含税，为固定总价。
（二）分项：前端监测装置巡检维护¥486,000；平台及通信通道运维¥214,000；备品备件¥98,000；重点时段值守保障¥38,000。
（三）服务期内因装置自然损坏需更换的部件，在备品备件费用范围内由乙方承担。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方依据季度考核结果，在十五个工作日内支付当季服务费，每季度服务费为¥209,000，扣除当季考核扣款后结算。

第五条 服务标准
（一）乙方应在合同生效后十日内完成进场交接，建立装置台账，并提交年度巡检计划，经甲方审核后执行。
（二）每套前端装置每季度至少现场巡检一次，防火期内重点区段每月巡检一次，巡检内容包括镜头清洁、供电检查、角度校准及通信测试。
（三）故障分级及时限：
1. 一级故障（平台中断，或单条线路连续三套以上装置离线）：乙方应在20分钟内响应，平台故障6小时内恢复，前端故障在36小时内到场修复；
2. 二级故障（单套装置离线或图像异常）：1小时内响应，72小时内修复；
3. 三级问题（告警误报、显示异常等）：纳入月度优化。
（四）乙方应在重点时段安排不少于六名运维人员二十四小时值守，并保证山火告警推送至甲方值班人员。
（五）乙方应在每月五日前提交上月运行分析报告，内容包括装置在线情况、告警统计、误报分析、故障处置及下月工作计划。
（六）每年防火期开始前，乙方应对重点区段装置开展专项检查，更换老化蓄电池及受损镜头，并提交专项检查报告。

第六条 考核与扣款
（一）乙方每迟延响应或修复一小时，扣减当季服务费¥500；重点时段迟延的，加倍扣减。
（二）因乙方维护不到位导致山火告警漏报，经甲方认定属实的，每次扣减¥8,000。
（三）季度考核得分低于85分的，每低1分扣减当季服务费的1%。

第七条 验收
（一）季度验收：乙方每季度提交巡检记录、故障处置记录及运行分析报告，甲方对照本合同第五条核查，考核合格后出具季度验收单。季度考核不合格的，乙方应在十五日内完成整改，并经甲方复核。
（二）年度验收：服务期满前，甲方组织对装置完好情况、平台运行指标及资料移交进行年度验收，全部前端装置已建立台账并按计划完成巡检、遗留缺陷均已闭环、运维资料完整移交的，由甲方出具年度验收报告。

第八条 数据与网络安全
（一）监测图像、告警记录、线路台账及运维记录均归甲方所有，乙方不得用于本合同以外的用途，不得向第三方提供。
（二）乙方应遵守电力监控系统安全防护规定及甲方网络安全管理要求，远程运维须经甲方审批，通过甲方指定的安全接入区操作并全程记录。
（三）发生数据泄露、平台被入侵等安全事件的，乙方应在1小时内报告甲方，并按甲方要求处置；因乙方原因造成的，乙方承担全部责任。
（四）乙方运维终端应安装甲方指定的安全防护软件，禁止在运维终端或个人设备上存储监测图像、线路台账及平台账号信息。

第九条 保密
乙方对在服务过程中知悉的电网结构、线路走向、设备参数、监测数据及甲方其他非公开信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同终止后继续有效。

第十条 知识产权
乙方在运维过程中为甲方编制的巡检方案、告警规则、脚本及运行分析报告，其知识产权归甲方所有。乙方不得将上述资料用于其他客户或对外发表。

第十一条 违约责任
（一）乙方未按第五条约定期限完成进场交接或未按年度巡检计划完成季度巡检的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方在本合同项下的累计赔偿责任（含违约金及考核扣款）以本合同总价的50%为限。
（三）甲方逾期支付服务费的，应按逾期金额每日万分之二支付违约金。
（四）乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方的实际损失，但以本条第（二）款约定的限额为限。

第十二条 分包
本合同项下的服务不得分包或转包。

第十三条 合同的变更与解除
本合同履行期间，任何一方变更或解除合同，须经双方协商一致并签订书面协议。因不可抗力致使合同无法履行的，双方协商处理。

第十四条 安全生产
乙方人员进入输电线路通道作业，应遵守《国家电网公司电力安全工作规程》，办理工作票，落实登高、防火及防触电措施。乙方对其人员的人身安全负责。

第十五条 人员配置
（一）乙方应配备项目经理一名、平台运维工程师两名及前端运维人员不少于八名，项目经理应具有三年以上输电线路在线监测运维经验。
（二）乙方更换项目经理或主要技术人员的，应提前十日书面报甲方同意，接替人员的资质不得低于原人员。
（三）乙方运维人员应经甲方安全规程考试合格后方可上岗。

第十六条 甲方义务
（一）甲方应向乙方提供装置台账、线路图纸、平台账号及必要的通道进入许可。
（二）甲方应及时审核乙方提交的巡检计划、故障处置记录及运行分析报告，并在季度结束后十个工作日内完成季度考核。
（三）甲方应协调线路沿线属地关系，为乙方人员进入线路通道提供必要的协助。

第十七条 备品备件与资料管理
（一）乙方应在甲方辖区内设立备品备件库，常用备件库存不少于装置总数的5%，并建立出入库台账，每季度报甲方核查。
（二）更换下来的故障装置及部件，由乙方登记后交回甲方，不得自行处置。
（三）服务期满时，乙方应向甲方完整移交装置台账、巡检记录、故障处置记录、配置文件及运行分析报告。

第十八条 不可抗力
因台风、冰灾、地震等不可抗力致使乙方不能按时完成巡检或修复的，乙方应及时通知甲方并提供证明，相应时限予以顺延，不可抗力消除后乙方应尽快恢复服务。

第十九条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第二十条 其他
本合同一式六份，甲方四份，乙方两份，经双方签章后生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：                    乙方（盖章）：湖南睿巡电力科技有限公司
签订日期：2026年12月  日
"""

Z05 = """# 匠云工艺流程追溯软件 销售及定制开发合同

**（乙方标准合同文本 JY-HT-2026 版）**

合同编号：JY-2027-0318

甲方（买方）：北京翠羽轩点翠工作室

乙方（卖方）：苏州匠云软件科技有限公司

甲方因点翠首饰及摆件制作工艺管理需要，向乙方购买"匠云工艺流程追溯软件"并委托乙方进行定制开发。经双方友好协商，根据《中华人民共和国民法典》，签订本合同，以资共同遵守。

## 第一条 产品及服务内容

1.1 乙方向甲方提供匠云工艺流程追溯软件标准版（单机构版）许可一套，含PC端管理后台及手机端工序扫码程序。

1.2 乙方根据甲方需求进行定制开发，内容包括：点翠工序节点配置（设计、錾胎、掐丝、点翠、镶嵌、质检等）、翠羽及金银材料批次登记、匠人工时记录、作品档案及证书生成、面向客户的二维码溯源页面。

1.3 乙方负责软件部署、基础数据初始化及对甲方工作人员的操作培训。具体功能以双方确认的《需求说明书》为准，需求说明书未列明的功能，乙方不负责开发。

1.4 乙方交付物包括：软件安装程序、部署说明、操作手册及培训课件（均为电子版）。

1.5 乙方负责将甲方提供的不超过五百件历史作品资料导入系统，超出部分另行计费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠云工艺流程追溯软件标准版许可 | 168,000 |
| 2 | 定制开发 | 126,000 |
| 3 | 部署及培训 | 18,000 |
| | 合计 | 312,000 |

合同总价为人民币叁拾壹万贰仟元整（¥312,000）。上述价格不含甲方现场所需的电脑、扫码枪、标签打印机等硬件设备。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即¥202,800，乙方收到款项后启动开发。

3.2 软件部署上线后五个工作日内，甲方支付剩余的35%，即¥109,200。

3.3 甲方未按期付款的，乙方有权暂停开发或服务，工期相应顺延；每逾期一日，甲方应按应付未付金额的千分之一向乙方支付违约金。

3.4 乙方收到每期款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付与验收

4.1 乙方预计在收到首期款后七十五个工作日内完成开发并部署上线，具体时间以乙方项目计划为准。因需求变更、甲方配合不及时等原因导致延期的，乙方不承担责任。

4.2 软件部署上线后，即视为甲方验收合格。甲方在上线后提出的修改要求，属于原需求范围内的由乙方免费处理，超出范围的另行收费。

4.3 软件部署上线的时间以乙方向甲方发出的上线通知为准。

## 第五条 技术支持与维护

5.1 自软件上线之日起，乙方提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。

5.2 服务时间为工作日9:00至18:00。甲方报修后，乙方在48小时内响应，并根据问题复杂程度安排处理时间。

5.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

5.4 乙方对以下情况不承担免费维护责任：甲方擅自修改软件、操作不当、硬件故障、网络故障及其他非软件原因造成的问题。

5.5 乙方一般通过远程方式提供技术支持；需要现场服务的，差旅及住宿费用由甲方承担。

5.6 维护期内乙方提供标准版的小版本升级；大版本升级及定制部分的适配需另行收费。

## 第六条 知识产权

6.1 本合同项下软件（包括标准版及定制开发部分）的著作权、源代码及其他一切知识产权均归乙方所有。

6.2 乙方授予甲方在本机构内部使用本软件的非独占、不可转让的许可。甲方不得对软件进行反向工程、修改或向第三方提供，乙方不交付源代码。

6.4 甲方违反本条约定的，应赔偿乙方由此遭受的全部损失。

6.3 乙方有权将本项目中开发的通用功能纳入其标准产品，向其他客户提供。

## 第七条 数据

7.1 甲方在软件中录入的作品、工艺、材料及客户数据归甲方所有，乙方不得将其用于本合同以外的目的。

7.2 软件部署在甲方指定的云服务器上。乙方对后台账号实行分级授权，对客户手机号等个人信息加密存储，远程维护须经甲方同意并留存操作日志。

7.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在发现后及时通知甲方、协助恢复数据，并赔偿甲方由此遭受的直接损失。

7.4 甲方应定期自行备份数据，因甲方未备份造成的数据损失，乙方不承担责任。

## 第八条 保密

双方对在合作中知悉的对方商业秘密及技术信息负有保密义务，未经对方书面同意，不得向第三方披露。本条款在合同终止后两年内有效。乙方可在其宣传材料及客户案例中使用甲方名称及标识。

## 第九条 外包

乙方可根据项目需要，将部分开发、测试或实施工作委托给第三方完成，无需取得甲方同意，乙方对委托工作的质量负责。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对因软件使用造成的间接损失、利润损失及数据损失不承担责任。

10.3 因甲方原因导致项目暂停超过三十日的，乙方有权解除合同，已收款项不予退还。

## 第十一条 合同解除

一方严重违反本合同约定，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。不可抗力持续超过六十日的，任何一方可书面通知对方解除合同。

## 第十三条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 甲方的义务

14.1 甲方应指定项目联系人，负责需求确认、资料提供及内部协调，并在乙方提出需求确认或问题反馈后三个工作日内予以答复，逾期未答复的视为认可。

14.2 甲方应自行准备软件运行所需的云服务器、网络环境、电脑、扫码枪及标签打印机，并保证其符合乙方提供的配置要求。

14.3 甲方应提供工序名称、材料品类、匠人名单及历史作品资料等基础数据，并对数据的真实性、合法性负责。

14.4 甲方未按约定履行配合义务导致乙方工作延误的，乙方有权按每人天2,800元向甲方收取窝工费用。

## 第十五条 需求变更

15.1 需求说明书确认后，甲方提出新增功能或修改已确认功能的，应以书面形式提出，乙方评估工作量后报价，经甲方确认后实施。

15.2 需求变更按每人天人民币2,800元计费，工期相应顺延。变更费用在变更完成后与当期款项一并支付。

## 第十六条 培训

乙方在软件部署后为甲方提供一次现场培训，培训时间不超过两天，培训内容包括系统操作、工序配置及二维码标签打印。甲方新增人员的培训，按乙方届时的收费标准另行计费。

## 第十七条 通知

双方的通知应以书面形式发送至合同首页的地址或双方确认的电子邮箱、微信工作群，发出即视为送达。

## 第十八条 其他

18.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

18.2 本合同附件《需求说明书》与本合同具有同等效力。

18.3 本合同为乙方标准合同文本，双方对本合同条款已充分理解，并确认不存在显失公平的情形。

甲方（盖章）：北京翠羽轩点翠工作室

乙方（盖章）：苏州匠云软件科技有限公司

日期：2027年3月18日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. PLS-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Heilongjiang Beifeng Grain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Harbin (the "Buyer"), and Prairie Ledger Systems, Inc., a North Dakota corporation with its principal place of business at 1200 East Main Avenue, Bismarck, North Dakota 58501, United States (the "Vendor").
P:The Buyer operates grain receiving stations, elevators and rail loading terminals in Heilongjiang and Jilin provinces. The Vendor develops GrainLedger, a software product for grain inventory, quality grading, weighbridge and storage management. The Buyer wishes to acquire a perpetual licence to GrainLedger together with implementation, interface development and training services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the GrainLedger Enterprise Edition, version 9, in object code, including its standard modules for receiving, grading, drying, storage, shipping, contracts and reporting, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion programs, configuration files and documentation created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including weighbridge records, quality results, inventory positions, supplier and customer information.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the Buyer's internal business at all of its sites in mainland China, for an unlimited number of users, on servers owned or controlled by the Buyer.
P:2.2 The Vendor shall install and configure the Software, convert legacy inventory data, develop interfaces to the Buyer's weighbridge controllers, moisture analysers, ERP finance module and rail dispatch system, and train the Buyer's staff, all as described in the Statement of Work attached as Annex 1.
P:2.3 The Buyer may make a reasonable number of copies of the Software for backup, testing and disaster recovery.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,860,000, inclusive of applicable taxes, made up of the Perpetual Licence Fee of CNY 1,260,000, implementation services of CNY 348,000, interface development of CNY 214,000 and training of CNY 38,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and translation costs of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 372,000) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 35% of the Contract Price (CNY 651,000) within 30 days after the Vendor has installed the Software at the Buyer's data centre and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 45% of the Contract Price (CNY 837,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in China, as notified in writing.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days after signature and complete all implementation work within 150 days after signature, following the project plan in Annex 1.
P:5.2 Acceptance testing shall verify that: (a) every function listed in Annex 2 works as specified; (b) converted inventory balances reconcile with the legacy system for every storage bin; (c) each weighbridge interface posts tickets to the Software within five seconds with no lost tickets over 20 consecutive working days; (d) the ERP interface transfers all settlement records without error over one full month-end close; and (e) the Software supports 150 concurrent users with screen response below three seconds.
P:5.3 When all criteria are met and the Software has run in production for 60 days without a Severity 1 defect, the Buyer shall issue a written Final Acceptance certificate. Use of the Software in production before that date does not constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect at its own cost and repeat the test within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions free of charge, and provide remote support through a Chinese-speaking help desk.
P:6.2 Defects are classified by severity. Severity 1 means that receiving, weighing or shipping is stopped at any site. For Severity 1 the Vendor shall respond within one hour, at any time of day, and restore operation or provide a workaround within eight hours. Severity 2 means that a function is impaired but operations continue; the Vendor shall respond within two business hours and resolve within three business days.
P:6.3 If the Vendor misses a Severity 1 response or restoration time, it shall credit the Buyer CNY 1,000 for each hour of delay, deducted from the next payment or from the support fees.
P:6.4 After the Warranty Period, the Vendor shall provide annual support on the same terms at a fee of 13% of the Perpetual Licence Fee per year (CNY 163,800), fixed for the first three support years. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license them freely, including to its affiliates and contractors.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN and jump server with named accounts and multi-factor authentication, and only after the Buyer's approval for each session. No Buyer Data may be transferred outside mainland China.
P:8.3 The Vendor shall notify the Buyer within six hours of any actual or suspected unauthorised access to Buyer Data, cooperate in the response, and bear all loss caused by a security incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by equivalent duties.
P:9.2 These obligations continue for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims, wilful misconduct or personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within 30 days after notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered work and the Buyer keeps its licence to the Software delivered.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of North Dakota, United States, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the exclusive jurisdiction of the state and federal courts located in Burleigh County, North Dakota.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Functional Specification and Acceptance Tests), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# FieldRoute Cloud Subscription Agreement

**Souris Valley Software LLC, 21 Central Avenue West, Minot, North Dakota 58701, United States**

Order Form No. SVS-OF-2027-0093

This Subscription Agreement consists of this Order Form (Part A) and the General Terms (Part B). If they conflict, Part A prevails.

## Part A - Order Form

### A1 Parties

- **Provider:** Souris Valley Software LLC, a North Dakota limited liability company ("Provider").
- **Customer:** Shandong Huanong Agricultural Machinery Co., Ltd., Weifang, Shandong Province, People's Republic of China ("Customer").

### A2 Subscribed Service

FieldRoute Cloud, Professional Edition: service-call intake, technician dispatch and route planning, mobile work orders, spare-parts usage recording, warranty claim tracking and dealer performance dashboards, for Customer's after-sales service network of dealers and mobile technicians in mainland China. The Service is hosted in a mainland China cloud region operated by Provider's hosting provider.

### A3 Subscription Term

The Initial Term is 24 months, starting on the Go-Live Date defined in Part B section 3. The Go-Live Date is planned for 1 June 2027.

### A4 Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| FieldRoute Professional, named users, per user per Subscription Year | 180 users x 2 years | 1,450 | 522,000 |
| Onboarding: configuration, data load, ERP parts interface, training | one-time | 64,000 | 64,000 |
| **Total Contract Value** | | | **586,000** |

Subscription Fees for each Subscription Year are CNY 261,000. Additional named users may be added at the same unit price, pro rata for the remainder of the Subscription Year.

### A5 Invoicing and Payment

- Subscription Fees are invoiced quarterly in arrears, at the end of each calendar quarter of the Subscription Term, in equal amounts of CNY 65,250.
- The Onboarding Fee is invoiced after Go-Live acceptance under Part B section 3.
- Invoices are payable within 30 days of receipt. No amount is payable before the Go-Live Date.

### A6 Service Levels

- **Availability:** the Service will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours ahead and performed between 00:00 and 05:00 Beijing time.
- **Severity 1** (the Service is unavailable, or dispatch cannot be created for all users): response within 30 minutes, 24 hours a day, and restoration or workaround within six hours.
- **Severity 2** (a major function is impaired for some users): response within two business hours, resolution within two business days.
- **Service Credits:** 5% of the monthly share of the Subscription Fees for each 0.1 percentage point (or part) by which monthly availability falls short, and CNY 800 for each hour by which a Severity 1 response or restoration is late. Credits are deducted from the next invoice and are capped at the fees for the affected month.

Accepted and agreed:

Provider: ____________________  Customer: ____________________

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its mobile applications and updates that Provider makes generally available.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including service calls, machine serial numbers, customer contact details, technician locations and parts records.

1.3 "Customer Configurations" means the workflows, forms, report layouts, interface mappings and dashboards configured or developed by Provider for Customer.

1.4 "Subscription Year" means each consecutive period starting on the Go-Live Date or an anniversary of it.

### 2. Access and Use

2.1 Provider grants Customer and its authorised dealers a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's business.

2.2 Customer is responsible for its users' credentials and for the accuracy of the data it submits. Customer shall not resell the Service or use it to build a competing product.

2.3 Provider shall provide Customer with administrator training and a Chinese-language user guide, and shall keep the mobile applications available in the main Android and iOS app stores in mainland China.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall complete onboarding within 60 days after signature of the Order Form.

3.2 Go-Live acceptance requires that: (a) all 180 users and 46 dealer locations are set up and can log in; (b) the parts interface with Customer's ERP exchanges parts master data and consumption records without error for ten consecutive working days; (c) open service calls loaded from Customer's legacy system reconcile in number and status with the source extract; and (d) the user acceptance test scripts agreed in the onboarding plan are passed without a Severity 1 or Severity 2 defect.

3.3 Customer shall confirm acceptance in writing within ten working days after Provider's notice that the criteria are met, or list the failures, which Provider shall correct before a new test. The day of Customer's written confirmation is the Go-Live Date.

3.4 If Go-Live acceptance is not achieved by the planned date for reasons attributable to Provider, Provider shall pay Customer 0.1% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.

### 4. Intellectual Property

4.1 Provider owns the Service, its software and its documentation.

4.2 Customer Configurations belong to Customer. Customer may use, copy, modify and have third parties use them without restriction, and Provider shall export them in a documented format on request.

### 5. Customer Data

5.1 As between the parties, Customer owns all Customer Data. Provider shall use Customer Data only to provide the Service to Customer and for no other purpose.

5.2 Customer Data is Customer's Confidential Information under section 6.

5.3 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard export format and then delete it from the Service.

### 6. Confidentiality

6.1 "Confidential Information" means all non-public business, technical and financial information disclosed by one party to the other in connection with this Agreement.

6.2 The receiving party shall use Confidential Information only for this Agreement, shall not disclose it to third parties other than its employees and contractors who need to know it and are bound by similar obligations, and shall protect it with at least reasonable care.

6.3 These obligations survive for three years after the end of this Agreement.

### 7. Renewal

7.1 After the Initial Term, this Agreement renews automatically for successive Renewal Terms of 24 months each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

7.2 Provider may increase the Subscription Fees for any Renewal Term by up to 9% of the fees for the preceding term by notifying Customer at least 75 days before the renewal date.

### 8. Subcontracting

Provider may use hosting providers and other subcontractors only with Customer's prior written consent, and remains responsible for their performance.

### 9. Termination

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of it.

9.2 Customer may also terminate by written notice if monthly availability falls below the committed level in three consecutive months.

9.3 On termination for Provider's breach, Customer owes no fees for any period after the termination date, and Provider shall return Customer Data under section 5.3.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential damages or lost profits.

10.2 Each party's total liability under this Agreement is limited to two times the Total Contract Value stated in A4. This limit does not apply to breach of section 6, infringement claims, or wilful misconduct.

### 11. Warranties

Provider warrants that the Service will perform materially in accordance with its documentation and that it will not reduce the functionality of the subscribed edition during the Subscription Term.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the State of North Dakota, without regard to conflict of laws principles.

12.2 The state and federal courts located in Ward County, North Dakota have exclusive jurisdiction over any dispute arising out of this Agreement.

### 13. General

13.1 Notices must be in writing and sent to the addresses in A1 by courier or email with confirmation of receipt.

13.2 Neither party may assign this Agreement without the other party's consent, except to a successor of its whole business.

13.3 This Agreement is the entire agreement between the parties about its subject matter. Customer's purchase order terms do not apply.

13.4 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or failures of public telecommunications networks, provided that it notifies the other party promptly and resumes performance as soon as possible. Failures of Provider's hosting provider are not such events.

13.5 Each party shall comply with the export control, sanctions and anti-corruption laws that apply to it in connection with this Agreement.

13.6 Provider may list Customer as a reference customer only with Customer's prior written approval.

13.7 This Agreement may be signed in counterparts and by electronic signature. It is made in English and Chinese, and both versions are equally authentic.
"""

E03 = """T:Purchase Contract for Wellsite Gas Detection Sensors and Monitoring Software
P:Contract No. XJYT-HSE-2027-061
P:Buyer: Xinjiang Yutian Oilfield Technical Services Co., Ltd., Karamay, Xinjiang Uygur Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Badlands Sensor Works, Inc., 310 State Avenue, Dickinson, North Dakota 58601, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates drilling, workover and production sites in the Junggar Basin and wishes to equip them with wireless hydrogen sulphide and combustible gas detectors, solar-powered gateways and monitoring software, so that gas alarms reach the site supervisor and the Buyer's HSE control room at the same time.
H:1. Definitions
P:1.1 "Equipment" means the detectors, gateways, solar power kits, spare parts and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's GasWatch monitoring software, including its server application, web console, mobile alarm application and any updates supplied under this Contract.
P:1.3 "Site Configuration" means the site maps, alarm thresholds, escalation rules, reports and interface programs prepared by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all readings, alarms, event logs, site information and personnel information collected, stored or generated by the Equipment and the Software.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following items and train the Buyer's staff. All prices are in CNY and include import duties, value-added tax, freight to the Buyer's Karamay warehouse and insurance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless H2S / LEL gas detector, ATEX and China Ex certified|220|6,800|1,496,000
TB:2|Wellsite gateway with 4G and LoRa|24|18,500|444,000
TB:3|Solar power kit for gateway|24|7,200|172,800
TB:4|GasWatch monitoring software, perpetual licence, unlimited users|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||2,498,800
TB:5|Installation, commissioning and integration with the HSE control room|1 lot|226,000|226,000
TB:6|Training for site supervisors and control room operators|1 lot|35,200|35,200
TB:|Contract Price|||2,760,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
P:2.3 Detector firmware, the Software and all accessories shall be of the latest released version at the time of delivery, and the Software shall support Chinese and English user interfaces.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 276,000) within 20 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 1,518,000) within 20 working days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and physical condition only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 966,000) within 20 working days after Final Acceptance under clause 5.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment to the Buyer's Karamay warehouse within 75 days after signature and complete installation at the 24 sites within 120 days after signature.
P:4.2 Title and risk in the Equipment pass to the Buyer on signature of the delivery note at the warehouse.
P:4.3 The Supplier shall pack the Equipment for rail and road transport in desert conditions, mark each case with the contract number, item number and gross weight, and include a packing list in English and Chinese.
P:4.4 The Supplier shall supply with the Equipment the certificates of origin, the China Ex explosion-proof certificates, the metrology approvals and a calibration certificate for every detector.
H:5. Acceptance
P:5.1 Site acceptance: at each site, every detector shall be bump-tested and calibrated with certified test gas in the presence of the Buyer's HSE officer, each alarm shall reach the site supervisor's handset and the control room within ten seconds, and the gateway shall keep communicating on solar power alone for 72 hours.
P:5.2 Final Acceptance: when all 24 sites have passed site acceptance, the system has run for 45 consecutive days without a Severity 1 failure, the alarm records in the Software match the site logs, and the Supplier has delivered the as-built documentation, the Buyer shall issue a Final Acceptance certificate.
P:5.3 Delivery, installation, the installation certificate or the Buyer's use of the Equipment shall not be treated as acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including sensor cells that fail before their rated life, and shall supply Software updates free of charge.
P:6.2 Severity 1 means that alarms from one or more sites do not reach the control room. The Supplier shall respond by telephone within 30 minutes, at any hour, and restore alarm transmission within 24 hours, if necessary using spare gateways held in Karamay. Severity 2 failures (a single detector faulty) shall be answered within two hours and resolved within three days.
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,500, deducted from the next payment or from the performance bond.
P:6.4 After the warranty, the Supplier shall on the Buyer's request provide support, sensor replacement at cost and Software updates for an annual fee of 9% of the Equipment and Licence Subtotal (CNY 224,892 per year), fixed for three years. Support is ordered each year by purchase order and does not renew automatically.
P:6.5 During the warranty the Supplier shall keep spare detectors and gateways in Karamay equal to at least 3% of the installed quantities, and shall replace failed sensor cells at its own cost.
H:7. Intellectual Property
P:7.1 The Supplier keeps its rights in the Software and the Equipment firmware, and grants the Buyer a perpetual, irrevocable licence to use them with the Equipment.
P:7.2 The Site Configuration belongs to the Buyer. The Buyer may use, modify and license it freely, and the Supplier shall deliver it with its source files at Final Acceptance.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this Contract and shall not copy, keep or use it for any other purpose.
P:8.2 The Software shall be installed on the Buyer's servers in Karamay. The Supplier shall access it only through the Buyer's remote access gateway with individual accounts, after the Buyer's approval for each session, and shall not transfer Buyer Data outside mainland China.
P:8.3 The Supplier shall notify the Buyer within six hours of any actual or suspected security incident affecting Buyer Data, take the remedial steps the Buyer reasonably requires, and compensate the Buyer for all loss caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's sites, wells, production, personnel and systems, and shall disclose it only to its staff who need it for this Contract. This obligation survives for five years after the end of the Contract.
P:9.2 The Supplier shall not publish photographs of the Buyer's sites or refer to the Buyer in marketing material without the Buyer's written consent.
H:10. Delay Damages
P:10.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Payment of delay damages does not relieve the Supplier of its obligation to complete the work.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains fully responsible for approved subcontractors, including for their compliance with the Buyer's HSE rules.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund payments for undelivered items and compensate the Buyer's additional cost of procuring them elsewhere.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi under its rules. The award is final.
H:14. General
P:14.1 The Supplier shall comply with the Buyer's HSE rules at the sites, including permit-to-work and hydrogen sulphide training for all personnel entering a site.
P:14.2 This Contract is made in English and Chinese. Both versions are equally authentic.
P:14.3 The Supplier shall keep product liability and general liability insurance with reputable insurers throughout the Contract and the warranty period, and provide certificates on request.
P:14.4 Neither party is liable for delay caused by force majeure, such as earthquakes, sandstorms that close roads, epidemics or government action, if it notifies the other party within five days and takes reasonable steps to limit the delay. Time for performance is extended by the period of the event.
P:14.5 Notices shall be in writing and delivered to the addresses above by courier or by email with confirmation of receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

Agreement No. MBT-DY-2027-02

**Customer:** Dongying Shengli Drilling Equipment Co., Ltd., Dongying, Shandong Province, People's Republic of China ("Customer").

**Provider:** Missouri Bend Technical Services LLC, 15 Main Street, Williston, North Dakota 58801, United States ("Provider"), acting through its project office in Dongying.

Customer manufactures drilling rigs, mud pumps and wellhead equipment at three plants in Dongying. Provider supplies managed infrastructure services to industrial companies. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer accepts the transition under section 4.

1.3 "Customer Data" means all data stored on, processed by or transmitted through the systems covered by the Services, including engineering drawings, production data, personnel records and system logs.

1.4 "Term" means 36 months from the Service Commencement Date.

## 2. Services

2.1 Provider shall provide the Services for the servers, storage, backup, local and wide area networks, wireless networks and end-user devices of Customer's three plants and its head office, as listed in Schedule 1.

2.2 Provider shall staff a service desk in Dongying from 07:30 to 20:00 on working days and provide remote monitoring and on-call engineers at all other times.

2.3 Provider shall perform the Services in accordance with Customer's IT policies as provided to Provider from time to time, and with the service levels in Schedule 2.

2.4 Customer shall give Provider's engineers access to its sites, systems and documentation as reasonably needed, provide desk space at each plant, and appoint an IT manager as Provider's single point of contact.

2.5 Provider shall keep an up-to-date configuration database of all devices in scope and give Customer read access to it and to Provider's ticketing portal.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,230,000.

3.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after the Service Commencement Date. Invoices are payable within 30 days.

3.3 No charge is payable before the Service Commencement Date.

3.4 The charges are fixed for the Term. Changes in scope of more than five devices or one site are priced using the unit rates in Schedule 3.

## 4. Transition and Service Commencement

4.1 Provider shall complete the transition of the Services from Customer's current arrangements within 60 days after signature of this Agreement, following the transition plan agreed in the first two weeks.

4.2 Transition is accepted when: (a) all devices in Schedule 1 are recorded in the configuration database and visible in Provider's monitoring tools; (b) a full backup and a test restore of every server have been completed successfully; (c) the runbooks for each site have been written and approved by Customer's IT manager; and (d) the service desk has handled live tickets for ten working days in parallel with Customer's current team, meeting the response times in Schedule 2.

4.3 Customer shall confirm acceptance in writing, or list the failed criteria, within five working days after Provider's notice that the criteria are met.

4.4 If the Service Commencement Date is later than the date in the transition plan for reasons attributable to Provider, Provider shall pay Customer 0.1% of the Total Contract Value for each day of delay, up to 6% of the Total Contract Value.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2 and report performance against them monthly.

5.2 If a service level is missed, Provider shall credit the amounts set out in Schedule 2 against the next invoice. Credits do not limit Customer's other remedies.

5.3 Provider shall hold a monthly service review with Customer's IT manager and present a corrective plan for every missed service level.

5.4 Provider shall carry out a disaster recovery test of the ERP and CAD servers twice a year together with Customer and report the results.

## 6. Intellectual Property

6.1 Runbooks, network diagrams, configuration files, scripts and reports prepared by Provider for Customer under this Agreement belong to Customer, which may use and modify them freely and hand them to any successor provider.

6.2 Provider keeps its monitoring tools and its general know-how.

## 7. Data Security and Customer Data

7.1 Customer Data belongs to Customer. Provider shall access and use Customer Data only as needed to perform the Services and shall not copy or keep it for any other purpose.

7.2 Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Provider's engineers shall use named accounts with multi-factor authentication, all privileged sessions shall pass through Customer's bastion host and be recorded, and no Customer Data may leave Customer's premises or be transferred outside mainland China.

7.3 Provider shall report any actual or suspected security incident affecting Customer Data to Customer within two hours, contain it, and bear all loss, cost and regulatory penalties caused by an incident attributable to Provider or its subcontractors.

## 8. Personnel and Subcontractors

8.1 Provider shall assign a named service manager and keep a stable team of engineers who have passed Customer's site safety induction.

8.2 Provider may engage subcontractors in China for on-site hardware maintenance, cabling and field engineering by giving Customer written notice ten working days in advance, naming the subcontractor and the work. Provider remains responsible for its subcontractors' performance.

8.3 Provider shall replace any engineer whom Customer reasonably considers unsuitable within ten working days.

8.4 Provider's personnel shall follow Customer's site safety rules, including permit-to-work procedures on the plant floor.

## 9. Liability

9.1 Neither party is liable for the other's indirect losses or loss of profit, except for breach of section 7.

9.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of section 7, personal injury or wilful misconduct.

## 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same Priority 1 service level in three consecutive months.

10.3 At the end of the Agreement, Provider shall give exit assistance for up to 60 days at the rates in Schedule 3, return all Customer Data and documentation, and delete any copies.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force.

## 12. General

12.1 Neither party may assign this Agreement without the other's written consent.

12.2 This Agreement, with its Schedules, is the entire agreement of the parties about the Services.

12.3 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect.

12.4 Notices shall be in writing and sent to the addresses above by courier or by email with confirmation of receipt.

12.5 This Agreement is made in English and Chinese, and both versions are equally authentic.

## Schedule 1 - Service Scope

| Service tower | In scope | Quantity |
|---|---|---|
| Service desk | Tickets, requests, user onboarding and offboarding | 620 users |
| Servers and storage | Monitoring, patching, capacity management | 38 servers, 2 storage arrays |
| Backup | Daily backups, quarterly restore tests | All servers |
| Networks | Core, access, wireless, plant-floor switches, WAN links | 4 sites, 126 switches, 210 access points |
| End-user devices | Imaging, repair, replacement logistics | 540 PCs and laptops |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | A plant network, the ERP servers or the CAD file servers are down | 15 minutes | 3 hours | 5% of the Monthly Service Charge per incident |
| P2 | A service is degraded for a department | 1 hour | 8 hours | 2% of the Monthly Service Charge per incident |
| P3 | A single user or device is affected | 6 business hours | 3 business days | CNY 300 per incident |
| Availability | Core network and ERP server availability per month | 99.95% | n/a | 5% of the Monthly Service Charge per 0.1 point below |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time | 124,000 |
| Monthly Service Charge | 36 months x CNY 58,500 | 2,106,000 |
| Total Contract Value | | 2,230,000 |
| Additional device (unit rate) | per device per month | 95 |
| Exit assistance | per engineer day | 2,400 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
CROP WEATHER AND YIELD ANALYTICS API

Agreement No. BSA-CN-2027-011

This Data Subscription Agreement (the "Agreement") is entered into between:

Big Sioux Agronomics, Inc., a South Dakota corporation, 525 Main Avenue, Brookings, South Dakota 57006, United States ("Provider"); and

Dalian Haixin Grain and Oilseed Trading Co., Ltd., Dalian, Liaoning Province, People's Republic of China ("Customer").

Customer buys soybeans, corn and wheat for import into China and wishes to receive Provider's crop condition, weather and yield forecast data for North and South America through an application programming interface, for use by its trading, risk and procurement teams.

1. DEFINITIONS

1.1 "API" means Provider's web application programming interface through which the Data is delivered, with its documentation.

1.2 "Data" means Provider's datasets described in Schedule A, including daily gridded weather observations, 15-day weather forecasts, satellite vegetation indices, crop progress estimates and county-level and national yield forecasts, with their updates.

1.3 "Customer Materials" means Customer's own models, reports, trading analyses and dashboards that incorporate or are derived from the Data, and the integration programs developed under clause 4.

1.4 "Customer Data" means the information Customer submits through the API, including the locations of its origination areas, its query history, account details of its users and any watch lists it creates.

1.5 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Start Date in clause 3.1 and each later one on an anniversary of that date.

2. LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Data through the API and to use, store and analyse it for Customer's internal business, including for its affiliates in mainland China.

2.2 Customer may include Data in internal reports and in Customer Materials. Customer shall not resell the Data or publish it in raw form, but may publish charts and summary figures derived from it.

2.4 Customer's users may access the Data through Provider's web portal as well as through the API, using the same named user accounts.

2.3 Customer may use up to 25 named user accounts and 2,000,000 API calls per Subscription Year. Calls above that level are charged under Schedule B.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years, starting on the date on which Customer confirms acceptance of the integration under clause 4.3 (the "Start Date").

3.2 The Agreement ends at the end of the second Subscription Year. Any further subscription requires a new written agreement; there is no automatic renewal.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall set up Customer's accounts and API keys and develop, together with Customer's IT department, an integration that loads the Data into Customer's data warehouse in Dalian every day.

4.2 Provider shall complete the integration within 45 days after signature of this Agreement.

4.3 Customer accepts the integration when: (a) all datasets in Schedule A load into the warehouse without manual intervention for 15 consecutive days; (b) a comparison of 200 sample records per dataset with Provider's web portal shows no differences; (c) the historical back-file from 2005 has been delivered in full; and (d) Customer's users have completed the training session. Customer shall confirm acceptance in writing or list the failures within five working days.

4.4 Provider shall provide one training session of up to two days for Customer's analysts and IT staff, in Dalian or online.

5. FEES AND PAYMENT

5.1 The fees are set out in Schedule B. The total fees for the Subscription Term are CNY 834,000.

5.2 The Subscription Fee for each Subscription Year is payable in four equal quarterly instalments of CNY 99,000, each invoiced at the end of the quarter to which it relates.

5.3 The Integration Fee is invoiced after acceptance of the integration under clause 4.3.

5.4 Invoices are payable within 30 days by bank transfer in CNY to the account of Provider's authorised reseller in Beijing.

6. SUPPORT AND SERVICE

6.1 Provider will use commercially reasonable efforts to make the API available at all times, except for planned maintenance, and to publish each dataset update on its usual schedule.

6.2 Provider provides technical support by email and through its support portal during business hours in Brookings, South Dakota. Provider will address support requests in the order received.

6.3 Provider may change the API or the formats of the Data on 90 days notice, provided that it maintains the previous version for at least that period and the content of the Data is not materially reduced.

7. DATA QUALITY

7.1 Provider compiles the Data from public and licensed sources using its own models. Provider shall apply its documented quality control procedures, but forecasts are estimates and Provider does not warrant that any forecast will be accurate.

7.2 If a dataset in Schedule A is discontinued, Provider shall offer a reasonable substitute or reduce the fees by the share of that dataset in the Schedule B price.

7.3 Customer may report suspected errors in the Data through the support portal. Provider shall investigate each report, correct confirmed errors in the next regular update and publish a note describing the correction.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Data, the API and its models.

8.2 Customer owns the Customer Materials, including the integration programs developed for Customer under clause 4, and may use, modify and license them freely. Provider shall deliver the source code of the integration programs at acceptance. Customer's right to keep and use Customer Materials survives the end of this Agreement.

9. CUSTOMER DATA AND SECURITY

9.1 Customer Data belongs to Customer. Provider shall use Customer Data only to deliver the Data and the API to Customer, and shall not analyse, disclose or sell Customer's origination areas, watch lists or query patterns.

9.2 Provider shall protect Customer Data with industry-standard measures, including encryption in transit and at rest, role-based access limited to named support staff, and logging of all access. Provider shall keep its ISO 27001 certification in force throughout the Subscription Term.

9.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, investigate it, take remedial action and compensate Customer for losses caused by an incident attributable to Provider.

9.4 At the end of the Agreement Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

10. CONFIDENTIALITY

10.1 Each party shall keep the other party's non-public information, including the terms of this Agreement, Customer's trading interests and Provider's model methods, confidential, and use it only for this Agreement.

10.2 This obligation continues for three years after the end of the Agreement.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including trading losses arising from reliance on forecasts.

11.2 Each party's total liability under this Agreement is limited to two times the total fees stated in clause 5.1, except for breach of clauses 9 or 10 or infringement of the other party's intellectual property.

12. SUBCONTRACTING

Provider shall not subcontract the integration work or support without Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

13.2 If Customer terminates for Provider's breach, Customer owes no fees after the termination date and keeps all Data received before it.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in English and Chinese.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 This Agreement, with its Schedules, is the entire agreement of the parties about the Data.

15.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly. Fees are reduced for any period in which the Data cannot be delivered.

15.4 Notices under this Agreement shall be in writing and sent to the addresses above by courier or by email with confirmation of receipt.

15.5 Each party shall comply with the export control and sanctions laws that apply to it. Customer shall not make the Data available to any person outside its group of companies.

15.6 This Agreement is made in English and Chinese. Both versions are equally authentic.

SCHEDULE A - DATASETS

1. Daily gridded weather observations for the United States, Canada, Brazil and Argentina, updated daily.
2. Fifteen-day weather forecasts for the same regions, updated twice daily.
3. Satellite vegetation indices by county or municipality, updated weekly in the growing season.
4. Crop progress and condition estimates for soybeans, corn and wheat, updated weekly.
5. County-level and national yield and production forecasts, updated monthly, with history from 2005.

SCHEDULE B - FEES

Subscription Fee, first Subscription Year: CNY 396,000
Subscription Fee, second Subscription Year: CNY 396,000
Integration Fee, one-time: CNY 42,000
Total fees for the Subscription Term: CNY 834,000
Additional API calls above the annual allowance: CNY 60 per 10,000 calls (not included in the total)

SIGNED for Provider: ____________________
SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key: (file name, language, category, terms in TERM_KEYS order, extra, design rules, meta)
# extra: (sla_clause, ld_stated, post_warranty_fee_capped or None for services, acceptance_deemed, contract_value)
# meta: fee_base (itemised licence/hardware subtotal) for goods, forum_outside mainland China
DRAFTS = {
    "z01": ("h966z01_political_legal_commission_heroism_award_platform.pdf", "zh", "software",
            [None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False,
             "PRC", G],
            (True, True, True, False, 1578000), [], {"fee_base": 860000, "forum_outside": False}),
    "z02": ("h966z02_health_kettle_factory_line_control_retrofit.docx", "zh", "hardware",
            [None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 28, False, True, False,
             "PRC", G],
            (True, True, True, False, 1430000), ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
            {"fee_base": 1241200, "forum_outside": False}),
    "z03": ("h966z03_zumba_chain_booking_membership_saas.txt", "zh", "cloud",
            [99.5, 0.25, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, False, True,
             False, "PRC", S],
            (True, True, None, False, 674000), ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
            {"forum_outside": False}),
    "z04": ("h966z04_power_supply_wildfire_monitoring_om_service.txt", "zh", "services",
            [None, 20 / 60, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, False,
             False, "PRC", S],
            (True, True, None, False, 836000), ["CR-LIABILITY-CAP", "CR-TERMINATION"], {"forum_outside": False}),
    "z05": ("h966z05_diancui_studio_process_tracking_supplier_template.md", "zh", "software",
            [None, 48, False, "supplier", True, True, True, None, None, 65, False, False, 6, None, False, True,
             True, "PRC", G],
            (True, False, False, True, 312000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
            {"fee_base": 168000, "forum_outside": False}),
    "e01": ("h966e01_grain_inventory_perpetual_licence_bismarck_vendor.pdf", "en", "software",
            [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 13, False, True, False,
             "North Dakota", G],
            (True, True, True, False, 1860000), ["CR-GOVERNING-LAW"], {"fee_base": 1260000, "forum_outside": True}),
    "e02": ("h966e02_field_service_saas_order_form_minot_vendor.md", "en", "cloud",
            [99.95, 0.5, True, "buyer", False, True, True, 0.1, 200, None, True, None, None, None, True, True,
             False, "North Dakota", S],
            (True, True, None, False, 586000), ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-GOVERNING-LAW"],
            {"forum_outside": True}),
    "e03": ("h966e03_wellsite_gas_sensors_monitoring_dickinson_vendor.docx", "en", "hardware",
            [None, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 24, 9, False, True, False,
             "PRC", G],
            (True, True, True, False, 2760000), [], {"fee_base": 2498800, "forum_outside": False}),
    "e04": ("h966e04_managed_infrastructure_36_months_williston_vendor.md", "en", "services",
            [99.95, 0.25, True, "buyer", True, True, False, 0.1, 150, None, True, None, None, None, False, True,
             True, "PRC", S],
            (True, True, None, False, 2230000), ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], {"forum_outside": False}),
    "e05": ("h966e05_crop_weather_api_subscription_brookings_vendor.txt", "en", "cloud",
            [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
             False, "PRC", S],
            (False, False, None, False, 834000), ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
            {"forum_outside": False}),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 defaults
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    name, lang, cat, terms, extra, _rules, _meta = DRAFTS[key]
    sla, lds, capped, deemed, value = extra
    ex = {"sla_clause": sla, "ld_stated": lds}
    if terms[-1] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    lab = {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(TERM_KEYS, terms)),
           "expected_extra": ex}
    lab["expected_rules"] = sorted(derive_rules(lab, DRAFTS[key][6]))
    return lab


def tco_share(lab, meta):
    t, ex = lab["expected_terms"], lab["expected_extra"]
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * meta["fee_base"]
    return fees / (ex["contract_value"] + fees) * 100


def derive_rules(lab, meta):
    """My own reading of policy §3 applied to the label."""
    t, ex = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not ex["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if ex["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ex["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or ex["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not ex["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(lab, meta)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or meta["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan

PCT = r"\s*(?:%|％|percent|per\s*cent)"
ZH_NUM = "一二三四五六七八九十百千零两点"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?|小时|个小时|h(?![a-z]))",
    r"(?<![a-z-])four\s*-?\s*(?:business\s*)?hours?",
    r"(?<![\d.,])4\s*business\s*hours?",
    r"(?<![" + ZH_NUM + r"\d])四\s*个?\s*小时",
    r"(?<![\d.,])240\s*(?:minutes|分钟)",
    r"(?<![\d.,])0?\.050*" + PCT,
    r"万分之五(?![十\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百", r"hundred\s*(?:%|percent|per\s*cent)",
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z-])thirty\s*(?:%|percent|per\s*cent)",
    r"(?<![\d.,])12\s*-?\s*(?:calendar\s*)?(?:months?|个月)", r"(?<![" + ZH_NUM + r"])十二\s*个\s*月",
    r"(?<![a-z-])twelve\s*-?\s*(?:calendar\s*)?months?", r"(?<![第每])一\s*年(?![级度])",
    r"(?<![a-z-])(?:one|1)\s*-?\s*year(?![s\w])",
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九点])", r"(?<![a-z-])fifteen\s*(?:%|percent|per\s*cent)",
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z-])forty\s*(?:%|percent|per\s*cent)",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4-hour response", "4h", "four hours", "4 business hours",
            "4小时内", "四个小时", "240 minutes", "0.05%", "0.05 per cent", ".05%", "万分之五", "100%", "100 percent",
            "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "12 months", "12-month", "十二个月",
            "twelve months", "质保一年", "a one-year term", "1 year", "15%", "百分之十五", "fifteen percent", "40%",
            "百分之四十", "forty per cent", "15.0%"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "4G gateway", "0.5 hours",
             "0.08%", "0.1%", "万分之三", "万分之二", "150%", "200%", "1,100%", "130%", "35%", "百分之三十五",
             "13%", "115%", "18 months", "十八个月", "2027年12月31日", "第一年", "每一年", "one-year-old" if False else
             "Subscription Year", "25%", "45%", "140%", "0.3 %", "first year", "years 3"]


def scan(text):
    views = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in views:
        for rx in RX:
            for m in rx.finditer(v):
                hits.append((rx.pattern, v[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------------------------------------------------------
# Build and read back

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


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# price and payment arithmetic as stated in the texts: (key, parts, total)
SUMS = [("z01", [860000, 574000, 118000, 26000], 1578000), ("z01", [315600, 710100, 552300], 1578000),
        ("z02", [544000, 76000, 227200, 208000, 186000], 1241200), ("z02", [1241200, 168800, 20000], 1430000),
        ("z02", [286000, 500500, 643500], 1430000), ("z03", [294000, 294000, 86000], 674000),
        ("z03", [73500] * 4, 294000), ("z04", [486000, 214000, 98000, 38000], 836000), ("z04", [209000] * 4, 836000),
        ("z05", [168000, 126000, 18000], 312000), ("z05", [202800, 109200], 312000),
        ("e01", [1260000, 348000, 214000, 38000], 1860000), ("e01", [372000, 651000, 837000], 1860000),
        ("e02", [180 * 1450 * 2, 64000], 586000), ("e02", [65250] * 4, 261000),
        ("e03", [1496000, 444000, 172800, 386000], 2498800), ("e03", [2498800, 226000, 35200], 2760000),
        ("e03", [276000, 1518000, 966000], 2760000), ("e04", [58500 * 36, 124000], 2230000),
        ("e05", [396000, 396000, 42000], 834000), ("e05", [99000] * 4, 396000)]
SHARES = [(1578000, 20, 315600), (1578000, 45, 710100), (1578000, 35, 552300), (860000, 8, 68800),
          (1430000, 20, 286000), (1430000, 35, 500500), (1430000, 45, 643500), (1241200, 28, 347536),
          (312000, 65, 202800), (312000, 35, 109200), (1860000, 20, 372000), (1860000, 35, 651000),
          (1860000, 45, 837000), (1260000, 13, 163800), (2760000, 10, 276000), (2760000, 55, 1518000),
          (2760000, 35, 966000), (2498800, 9, 224892)]


def main():
    for key, parts, total in SUMS:
        assert sum(parts) == total, (key, parts, total)
    for key, v in DRAFTS.items():
        assert any(k == key and total == v[4][4] for k, _, total in SUMS), key
    for base, pct, amount in SHARES:
        assert base * pct == amount * 100, (base, pct, amount)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    office = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in DRAFTS.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in office}, office, OUT, wrap_words=True)
    for k, v in DRAFTS.items():
        if k not in office:
            (OUT / v[0]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", v[0])
    covered, problems = set(), []
    for k, v in DRAFTS.items():
        name, lang = v[0], v[1]
        lab = label(k)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        t = lab["expected_terms"]
        for f, th in TH.items():
            if t[f] is not None and abs(t[f] - th) < 1e-9:
                problems.append((k, "label on threshold", f))
        share = tco_share(lab, v[6])
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append((k, "TCO share near threshold", share))
        if lab["expected_rules"] != sorted(v[5]):
            problems.append((k, "derived rules differ", lab["expected_rules"], sorted(v[5])))
        if not lo <= n <= hi:
            problems.append((k, "length", n, (lo, hi)))
        for h in scan(text) + scan(SOURCES[k]):
            problems.append((k, "threshold figure in text", h))
        covered |= set(lab["expected_rules"])
        print("%s %-62s %5d %-6s %s %s" % (k, name, n, risk(lab["expected_rules"]),
                                          "" if share is None else "tco %.2f%%" % share,
                                          ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
