"""holdout401: ten blind, ordinary draft contracts (5 zh, 5 en) with labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
Writes the ten contract files (.pdf/.docx via ../word_pdf.py, .txt/.md directly), the ten .json labels, and checks:
lengths as read back, threshold figures (regex scan, self-tested), expected rules derived from the labels by my own
reading of policy.md section 3, and full coverage of the 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

H401Z01 = """
T:古树名木智慧管理平台采购及定制开发合同
P:合同编号：LYJ-ZFCG-2025-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市园林绿化局    地址：临江市滨河路88号
P:乙方（供应商）：杭州青冠数字科技有限公司    地址：杭州市西湖区文三路216号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件（项目编号LJZC2025-0312）、乙方投标文件，甲乙双方经协商一致，就临江市古树名木智慧管理平台的软件许可及定制开发事项订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“青冠古树名木管理平台”软件永久使用许可，并按甲方需求完成定制开发、历史普查数据迁移入库、部署实施及培训。
P:1.2 定制开发内容包括：古树名木电子档案（一树一码）、日常巡查移动端APP、养护作业工单、病虫害及生长异常预警、古树“一张图”展示、与市级政务数据共享平台的接口，详见附件一《需求规格说明书》。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾万元整（¥2,300,000.00），为固定总价，含税费、运输、部署及培训等全部费用。分项如下：
P:（1）平台软件永久许可费：¥860,000；
P:（2）定制开发费：¥1,124,000；
P:（3）普查数据迁移及入库费：¥186,000；
P:（4）部署实施费：¥98,000；
P:（5）培训费：¥32,000。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥460,000。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%，即¥1,035,000。
P:3.3 项目最终验收合格后，甲方支付合同总价的35%，即¥805,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后120日内完成全部定制开发、数据迁移和部署，提交初验申请。
P:4.2 系统部署在临江市政务云，乙方不得将系统或数据部署于政务云以外的任何环境。
H:第五条 验收
P:5.1 初步验收标准：附件一所列功能全部实现；全市3,126株古树名木档案迁移完整，抽查差错率不高于千分之二；移动端在离线状态下可完成巡查记录并在联网后同步；200个并发用户下页面平均响应时间不超过2秒；通过第三方软件测评机构的功能及安全测试。
P:5.2 初验合格后系统试运行60日，试运行期间无一级故障且甲方提出的问题均已整改完毕的，由甲方组织专家进行最终验收，出具书面验收报告。
P:5.3 系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口维护及技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%。一级故障（平台无法访问或数据无法写入）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到上述服务水平的，一级故障每超时1小时扣减¥1,000；月可用率每低于承诺值0.01个百分点扣减¥2,000，从履约保证金或应付款中扣除。
P:6.4 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%（即每年不超过¥68,800），质保期满后前两个服务年度不得上调，以后年度另行协商，维护合同不自动续期。
H:第七条 数据安全
P:7.1 平台中的古树名木档案、位置坐标、养护记录、巡查影像及全部业务数据归甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存或用于任何其他目的。
P:7.2 乙方应按等级保护第二级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内向甲方报告并采取补救措施；因乙方原因造成的，乙方承担全部责任，并赔偿甲方由此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、未公开数据及技术资料负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 定制开发成果（含源代码、数据库设计、接口程序及技术文档）的知识产权归甲方所有，乙方应在终验时一并移交源代码，甲方可自行修改、使用及许可他人使用。
P:9.2 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付软件不侵犯第三方权利。
H:第十条 违约责任
P:10.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的工作分包或转包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方逾期交付超过30日，或验收两次不合格，或有其他根本违约行为经甲方书面催告后10日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有同类项目经验的项目经理常驻临江，项目经理及核心开发人员名单见投标文件，未经甲方书面同意不得更换。乙方人员进入甲方办公场所应遵守甲方管理制度。
P:14.2 乙方应每两周向甲方提交项目进度报告，重大问题应及时书面报告。需求变更须经双方书面确认，变更不增加合同总价的，乙方不得以此为由延长工期。
P:14.3 乙方应向甲方交付需求规格说明书、设计文档、测试报告、用户手册、运维手册及全部源代码，并为甲方管理人员及各区县园林部门巡查人员提供不少于6场的操作培训。
H:第十五条 不可抗力
P:15.1 因地震、洪水等不可抗力致使合同不能履行的，受影响一方应在3日内书面通知对方，并在合理期限内提供证明，双方协商延期履行或解除合同。
H:第十六条 廉洁与通知
P:16.1 乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益，违反的，甲方有权解除合同。
P:16.2 双方的通知应以书面形式送达合同首页所列地址，一方地址变更应及时通知对方。
H:第十七条 其他
P:17.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。附件一《需求规格说明书》、招标文件及投标文件为本合同组成部分。
P:甲方（盖章）：临江市园林绿化局    代表签字：__________    日期：__________
P:乙方（盖章）：杭州青冠数字科技有限公司    代表签字：__________    日期：__________
"""

H401Z02 = """
T:碾米生产线控制系统改造及维保合同
P:合同编号：JH-SB-2025-046
P:甲方：湖南金禾粮油集团有限公司    地址：益阳市赫山区粮食产业园1号
P:乙方：长沙恒控自动化工程有限公司    地址：长沙市岳麓区麓谷大道627号
P:甲方为提升大米加工车间自动化水平，决定对二号车间日处理稻谷300吨的碾米生产线控制系统实施改造。经询价比选，甲方确定乙方为供应商。双方依据《中华人民共和国民法典》，订立本合同。
H:一、项目范围
P:（一）乙方负责拆除原继电器控制柜，提供并安装PLC控制系统、变频调速装置、在线检测传感器、工控机及监控软件、车间工业网络，编制控制程序，完成联调、试产及操作人员培训。
P:（二）改造范围覆盖清理、砻谷、碾米、抛光、色选、分级、包装共七个工段，实现一键启停、工段联锁、故障报警及产量能耗统计。
H:二、合同价款
P:（一）本合同总价为人民币壹佰玖拾柒万元整（¥1,970,000），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含主站及分站）|7套|620,000
TB:2|变频调速装置|26台|348,000
TB:3|在线检测传感器（料位、温湿度、碎米率）|64只|214,000
TB:4|工控机及监控软件许可|2套|286,000
TB:5|车间工业以太网设备|1批|92,000
TB:|软硬件小计||1,560,000
TB:6|安装调试及拆旧|1项|236,000
TB:7|控制程序编制|1项|148,000
TB:8|操作及维护培训|1项|26,000
TB:|合同总价||1,970,000
P:（二）上述价格含税、运输、保险及安装费用，为固定价格。
P:（三）乙方所供设备应为原厂全新产品，主要部件品牌及型号以乙方报价文件为准，未经甲方书面同意不得替换。设备到货时，双方共同开箱清点，核对型号、数量及合格证明文件，并做好记录。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的50%。到货签收及安装完毕不代表质量验收。
P:（三）最终验收合格后，甲方支付合同总价的35%。
P:（四）余款5%作为质量保证金，质保期满且无未处理问题后无息支付。
H:四、交付与工期
P:（一）乙方应在合同签订后75日内完成供货，并利用甲方安排的停产检修窗口在20日内完成安装调试。
P:（二）乙方施工应遵守甲方安全生产及粉尘防爆管理规定。
H:五、验收
P:（一）验收标准：全线连续带料运行72小时无停机故障；工段联锁及急停功能逐项测试合格；产量不低于每小时12.5吨且碎米率不高于改造前水平；监控软件数据与现场仪表读数偏差不超过1%；交付完整的电气图纸、程序清单及操作手册。
P:（二）72小时试运行合格后，双方共同签署最终验收报告。甲方生产使用不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换损坏部件并提供程序修改服务。
P:（二）故障响应：一级故障（整线停机）乙方应在1小时内电话响应，6小时内到场，24小时内恢复生产；二级故障8小时内到场。乙方每超时1小时，向甲方支付¥800。
P:（三）质保期满后，乙方继续提供维保服务，维保内容包括定期巡检、备件更换、程序优化及现场应急服务。维保费按软硬件小计的29%每年计取，即每年¥452,400，按季度支付。
H:七、数据与信息安全
P:（一）生产线运行数据、产量能耗数据及配方参数归甲方所有，乙方不得复制、留存或用于其他目的。
P:（二）乙方远程维护须事先取得甲方书面审批，经甲方指定的安全通道接入，每次维护结束后立即断开；乙方不得在控制网络中安装未经甲方同意的软件。
P:（三）因乙方原因造成数据泄露、丢失或控制系统被非法侵入的，乙方应在2小时内报告甲方并采取措施，承担由此造成的全部损失。
H:八、保密
P:（一）乙方对甲方的工艺配方、产能数据、图纸及其他商业秘密承担保密义务，未经甲方书面同意不得披露给第三方。合同终止后保密义务继续有效。
H:九、知识产权
P:（一）乙方为本项目编制的控制程序、组态画面及相关源程序归甲方所有，乙方应在验收时全部移交，甲方可自行修改及委托他人维护。
P:（二）PLC固件及监控软件的知识产权归其原厂所有，乙方保证甲方享有永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十一、分包
P:（一）电缆桥架敷设等辅助施工如需分包，乙方应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方逾期超过30日，或验收两次不合格，或有其他重大违约经书面通知后15日内未纠正的，甲方有权书面通知解除合同。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交益阳仲裁委员会仲裁。
H:十四、现场施工与安全
P:（一）乙方应在施工前提交施工方案和停产检修期间的进度计划，经甲方生产部门确认后实施。
P:（二）乙方施工人员须接受甲方安全教育，动火、登高及带电作业应办理作业许可。因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
P:（三）乙方应在停产检修开始前完成全部设备的出厂检验和模拟调试，调试记录提交甲方备查，避免因现场调试时间过长影响甲方恢复生产。
P:（四）乙方应做好旧设备拆除后的清理，拆下的旧控制柜及电缆归甲方所有，由乙方搬运至甲方指定地点。
H:十五、培训与技术资料
P:（一）乙方应为甲方中控操作员、电工及设备管理人员提供不少于5天的现场培训，使其能够独立完成日常操作、参数调整及常见故障处理。
P:（二）乙方应在最终验收时交付电气原理图、接线图、PLC程序及注释、组态画面清单、设备说明书、备件清单及操作维护手册，纸质版两套、电子版一套。
H:十六、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行；不可抗力持续超过60日的，任何一方可以解除合同。
H:十七、通知与联络
P:（一）双方各指定一名项目负责人，负责项目实施中的联络与协调。甲方项目负责人为设备动力部经理，乙方项目负责人为本项目经理。
P:（二）与本合同有关的通知应以书面形式送达合同首页所列地址，或发送至双方确认的电子邮箱。一方地址或联系人变更的，应在变更后3日内通知对方。
P:（三）乙方应在每周生产例会上汇报施工进度，停产检修期间每日向甲方提交施工日报，说明当日完成的工作、存在的问题及次日安排，确保按期恢复生产。
H:十八、其他
P:（一）本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：湖南金禾粮油集团有限公司    代表：__________
P:乙方（盖章）：长沙恒控自动化工程有限公司    代表：__________
"""

H401Z03 = """宠物寄养门店预约及健康档案系统服务合同

合同编号：PW-IT-2025-009

甲方：成都暖爪宠物服务连锁有限公司
地址：成都市武侯区天府大道北段1700号
乙方：重庆云宠信息技术有限公司
地址：重庆市渝北区金开大道68号

鉴于甲方在成都、重庆两地经营35家宠物寄养及洗护门店，需要统一的线上预约、寄养排房、宠物健康档案及会员管理系统；乙方是提供宠物行业软件即服务（SaaS）的企业。双方经友好协商，就乙方向甲方提供上述系统订阅服务及实施服务达成如下协议。

1. 服务内容
1.1 乙方通过其云平台向甲方35家门店提供“云宠管家”系统的订阅服务，包括线上预约与排房、寄养日志、宠物健康档案（疫苗、驱虫、过敏及既往病史）、会员储值、门店报表等模块。
1.2 乙方提供一次性实施服务：门店及房型配置、历史会员和宠物档案迁移、微信小程序对接、店长及店员培训。
1.3 系统部署在乙方租用的阿里云华东节点，该云基础设施服务商经甲方签署本合同予以认可。

2. 服务期限
2.1 订阅服务期为三个服务年度，自上线验收合格之日起计算。
2.2 服务期满前30日内任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限；续期时乙方有权根据其成本情况上调订阅年费，上调幅度不超过上一服务年度年费的8%。

3. 费用与支付
3.1 订阅费按门店计算，每家门店每个服务年度¥7,200，35家门店每个服务年度合计¥252,000，三个服务年度合计¥756,000。
3.2 实施费¥118,000，为一次性费用。
3.3 本合同总价为¥874,000（订阅费¥756,000＋实施费¥118,000）。
3.4 实施费在上线验收合格后15个工作日内支付。订阅费按季度结算，每季度结束后15个工作日内由甲方支付上一季度费用。甲方不向乙方支付任何预付款。
3.5 新增门店按每店每个服务年度¥7,200按实际服务月份折算。

4. 实施与验收
4.1 乙方应在合同签订后45日内完成实施并提交上线验收申请。
4.2 验收标准：35家门店全部开通；历史会员及宠物档案迁移完整，抽查500条无差错；预约、排房、寄养日志、健康档案及小程序预约全流程测试通过；高峰时段35家门店同时操作的压力测试下页面响应不超过2秒。
4.3 系统试用或门店开始使用不视为验收合格。验收合格以甲方签署书面验收单为准。

5. 服务水平
5.1 系统月可用率不低于99.5%（计划维护时间除外，计划维护须提前48小时通知并安排在凌晨1点至5点）。
5.2 一级故障（全部门店无法预约或登录）乙方应在30分钟内响应，3小时内恢复；二级故障（单一模块不可用）2小时内响应，12小时内恢复。
5.3 月可用率未达承诺的，每低0.1个百分点，按当月订阅费的5%抵扣；一级故障恢复每超时1小时，抵扣当月订阅费的2%。抵扣在下季度结算时扣除。

6. 数据归属与数据安全
6.1 甲方录入及迁移至系统的会员信息、宠物健康档案、预约及消费记录等全部数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
6.2 乙方应对数据进行加密存储和传输，实行最小权限访问并保存操作日志，平台应通过网络安全等级保护第三级测评。
6.3 发生数据泄露、毁损或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向会员承担的赔偿。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。

7. 保密
7.1 双方对在合作中知悉的对方商业秘密、经营数据及客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

8. 知识产权
8.1 “云宠管家”平台的知识产权归乙方所有。
8.2 乙方为甲方定制的小程序页面、报表模板及品牌素材归甲方所有，甲方可自由使用、修改或交由第三方继续使用。

9. 违约责任
9.1 乙方未按第4.1条按期提交上线验收的，每逾期一日向甲方支付违约金¥800。
9.2 乙方在本合同项下的累计赔偿责任以本合同总价的两倍为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。

10. 分包
10.1 除第1.3条所列云基础设施服务商外，乙方不得将本合同项下的服务分包给第三方；确需分包的，应事先取得甲方书面同意。

11. 合同解除
11.1 乙方连续两个月未达到第5.1条服务水平，或发生因乙方原因导致的重大数据泄露，或有其他根本违约经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务期间的费用。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方住所地人民法院起诉。

13. 甲方义务
13.1 甲方应指定项目联系人，按约定提供门店信息、历史数据及小程序账号，并组织门店人员参加培训。
13.2 甲方应妥善保管系统管理员账号及口令，因甲方原因造成账号泄露的，由甲方自行负责。

14. 系统升级与变更
14.1 乙方对平台进行版本升级的，应提前7日通知甲方，升级不得减少甲方已订阅的功能，不得导致数据丢失。
14.2 甲方提出的新增功能需求，双方另行协商费用及实施时间，并以书面形式确认。

15. 培训与支持
15.1 乙方为甲方每家门店的店长及店员提供线上培训，并为甲方总部运营人员提供2场现场培训。
15.2 乙方应为甲方提供独立的管理后台，支持按门店、日期导出预约、寄养及健康档案数据。
15.3 乙方提供7×24小时客服热线及在线工单支持，并每季度向甲方提交服务报告，内容包括可用率、故障处理及改进建议。

16. 数据迁移
16.1 乙方应在实施阶段制定数据迁移方案，经甲方确认后实施。迁移前乙方应对甲方原系统数据进行完整备份，迁移过程中不得影响门店正常营业，迁移完成后双方共同核对会员数量、储值余额及宠物档案数量，核对一致后方可切换。
16.2 储值余额核对不一致的，乙方应查明原因并在切换前更正，由此造成的损失由乙方承担。

17. 不可抗力
17.1 因不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，双方协商处理。云服务商的一般故障不属于不可抗力。

18. 其他
18.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

本合同附件：附件一《功能清单》，附件二《门店清单》。

甲方（盖章）：成都暖爪宠物服务连锁有限公司    授权代表：__________
乙方（盖章）：重庆云宠信息技术有限公司    授权代表：__________
签订日期：2025年6月18日
"""

H401Z04 = """江川省体育彩票销售管理系统年度运维服务合同

项目名称：体育彩票销售管理系统年度运维服务
采购方式：竞争性磋商（项目编号：JCCG-2025-C0217）

甲方：江川省体育彩票管理中心
地址：江川市体育路9号
乙方：南京恒信运维技术有限公司
地址：南京市雨花台区软件大道180号

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就江川省体育彩票销售管理系统年度运维服务事项，经协商一致，订立本合同。

服务内容

（1）服务对象。本合同服务对象为甲方销售管理系统，包括省级销售管理平台、渠道管理子系统、代销者结算子系统、即开票物流子系统，以及相关服务器、存储、数据库和中间件，设备清单见附件一。

（2）服务内容。乙方提供7×24小时驻场及远程运维服务，包括日常监控、巡检、故障处理、数据库维护、备份恢复演练、补丁更新、安全加固、变更实施及重大销售活动保障。

（3）驻场人员。乙方安排不少于4名驻场工程师，其中项目经理1名、数据库工程师1名、系统工程师2名，人员名单及资质以响应文件为准。乙方更换驻场人员须提前15日书面征得甲方同意。

服务期限与费用

（4）服务期限。本合同服务期为2025年7月1日至2026年6月30日。期满后是否续签由甲方根据考核结果决定，另行签订合同，本合同不自动续期。

（5）合同金额。本合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），其中驻场运维服务费¥1,044,000，数据库及中间件原厂技术支持服务费¥236,000，年度安全巡检及等保测评配合费¥106,000。上述费用为固定包干价格。

（6）支付方式。运维服务费按季度支付，每季度结束后，甲方根据季度考核结果在15个工作日内支付该季度费用，即每季度¥346,500。甲方不支付预付款。

服务水平与考核

（7）服务水平。销售管理平台在销售时段的可用率不低于99.95%。故障分为三级：一级故障（全省销售中断或结算异常）乙方应在15分钟内响应，1小时内恢复销售；二级故障（部分地市或部分功能中断）30分钟内响应，3小时内恢复；三级故障在下一个工作日内处理完毕。

（8）考核。甲方每季度依据附件二《运维服务考核表》对乙方进行考核，考核内容包括故障响应及时率、巡检完成率、变更成功率、文档完整性等，考核结果作为续签的参考。

（9）整改。乙方未达到第（7）项服务水平的，应在5个工作日内向甲方提交书面整改报告并落实整改。未达标情形不进行服务费扣款。

（10）季度验收。乙方每季度提交运维报告、巡检报告和备份演练记录，甲方对照附件二考核表逐项核对确认，确认后作为付款依据。年度服务期满，甲方组织年度验收。

数据安全与保密

（11）数据归属。彩票销售数据、代销者资料、资金结算数据及系统日志均归甲方所有，乙方仅为履行本合同接触上述数据，不得复制、留存、对外提供或用于其他任何目的。

（12）安全要求。乙方人员须在甲方机房内通过堡垒机操作，严禁使用个人设备接入生产网络；数据库操作实行双人复核；所有运维操作保留日志不少于180日；乙方应遵守网络安全等级保护第三级管理要求。

（13）安全事件。发生数据泄露、篡改或其他安全事件时，乙方应在1小时内向甲方报告并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方全部损失。

（14）保密义务。乙方及其人员对在服务中知悉的销售数据、系统架构、账号口令及甲方工作秘密负有保密义务，驻场人员须签署保密承诺书。保密义务在合同终止后继续有效。

知识产权

（15）乙方在服务中为甲方编写的运维脚本、巡检工具配置、应急预案及技术文档归甲方所有，甲方可自由使用和修改。

违约责任

（16）乙方未按附件一计划完成年度安全巡检或备份恢复演练的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

（17）乙方驻场人员数量不足的，每缺少1人每日扣减¥1,200。

（18）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

分包与合同解除

（19）乙方不得将本合同项下服务转包或分包给第三方。

（20）合同解除。本合同履行期间，除发生不可抗力致使合同目的无法实现外，任何一方均不得单方解除本合同。一方违约的，另一方可要求其继续履行、采取补救措施并按本合同约定承担违约责任。

争议解决

（21）本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交江川仲裁委员会仲裁。

甲方义务与人员管理

（22）甲方应及时向乙方提供系统架构资料、设备清单、账号及既往运维记录，并在系统变更、重大销售活动安排确定后及时通知乙方，以便乙方提前做好保障准备。甲方应为乙方驻场人员提供办公场所、网络接入及必要的机房出入权限，并指定专人负责日常对接。

（23）乙方驻场人员应遵守甲方作息、保密及机房管理制度，进出机房须登记。甲方认为驻场人员不能胜任的，有权要求乙方在10个工作日内更换。

（24）乙方应在重大销售活动、系统版本上线及节假日前制定保障方案，安排人员现场值守，并在活动结束后3个工作日内提交保障总结。

（25）乙方应建立运维值班制度，销售时段内保证至少2名工程师在岗，夜间及节假日安排专人值班，值班电话保持畅通。乙方应建立运维知识库，对每一起故障形成处理记录，说明故障现象、原因、处理过程及预防措施，并每月向甲方汇总报告。

（26）乙方应在服务期开始后10个工作日内完成运维交接，核对设备清单、账号权限、备份策略及应急预案，发现问题应书面报告甲方。服务期满或合同终止时，乙方应向甲方或甲方指定的第三方完整移交运维文档、脚本及账号，并配合交接不少于15日。

（27）乙方应每月开展一次漏洞扫描，每半年组织一次应急演练，发现高危漏洞的应在甲方同意后及时修复。

不可抗力与廉洁

（28）因不可抗力不能履行合同的，受影响一方应及时通知对方并在合理期限内提供证明，并尽力减少损失。

（29）乙方应对驻场人员进行背景审查，驻场人员不得有违法犯罪记录，并应持有相应的专业资格证书。乙方应为驻场人员依法缴纳社会保险，因乙方与其人员之间的劳动纠纷，由乙方自行处理。

（30）乙方不得向甲方工作人员提供任何不正当利益，不得以任何形式参与彩票销售或利用工作便利谋取利益。

其他

（31）本合同未尽事宜，按磋商文件及乙方响应文件执行。附件一《运维服务范围及设备清单》、附件二《运维服务考核表》为本合同组成部分。

（32）本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：江川省体育彩票管理中心    代表签字：__________
乙方（盖章）：南京恒信运维技术有限公司    代表签字：__________
签订日期：2025年6月20日
"""

H401Z05 = """# 菌链溯源质量追溯系统软件许可及定制开发合同

（菌链科技标准合同文本 V3.0）

合同编号：JL-HT-2025-0731

**甲方（买方）**：随州森禾香菇食品有限公司
地址：湖北省随州市曾都区香菇产业园8号

**乙方（卖方）**：武汉菌链科技有限公司
地址：武汉市东湖新技术开发区光谷大道77号

甲方拟建设香菇加工全过程质量追溯系统，乙方为农产品追溯软件的开发商。双方根据《中华人民共和国民法典》等有关规定，在平等自愿的基础上签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“菌链溯源”质量追溯系统软件的使用许可，并根据甲方需求进行定制开发、安装部署及培训。

1.2 定制开发内容：香菇收购批次赋码、烘干线温湿度数据采集对接、分拣及包装工序记录、农残检测报告关联、出口批次追溯报告生成、消费者扫码查询小程序。

1.3 系统功能以乙方产品说明书及双方确认的需求清单为准。需求清单确认后，甲方新增或变更需求的，视为合同外工作，乙方另行报价。

## 第二条 合同价款

2.1 本合同总价为人民币伍拾万元整（¥500,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 菌链溯源系统软件使用许可（含10个用户） | 268,000 |
| 2 | 定制开发（赋码、数据采集对接、检测报告关联、追溯报告、扫码小程序） | 196,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 500,000 |

2.2 上述价格含增值税，乙方在收到每期款项后开具发票。

2.3 上述价格不含赋码打印机、扫码枪等硬件设备，如需采购另行签订合同。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥325,000，乙方收到款项后启动项目。

3.2 系统安装部署完成后5个工作日内，甲方支付剩余35%，即¥175,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与验收

4.1 乙方在收到首期款后90日内完成定制开发并在甲方服务器上安装部署。因甲方需求变更、现场条件不具备等原因导致延期的，交付时间相应顺延。

4.2 系统在甲方服务器上安装部署完成后，即视为甲方验收合格。甲方对系统功能有异议的，可在后续维护中提出，乙方酌情予以优化。

## 第五条 技术支持与维护

5.1 自系统安装部署完成之日起六个月为免费维护期，维护期内乙方通过电话、远程方式提供技术支持及缺陷修复。

5.2 乙方将尽商业上合理的努力，对甲方提出的问题及时予以响应和处理，具体响应及处理时间视问题情况而定。

5.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护合同，维护费按乙方当年公布的服务价格标准执行。

## 第六条 知识产权

6.1 菌链溯源系统软件及本合同项下定制开发成果（包括源代码、数据库结构、接口程序、小程序及相关文档）的知识产权均归乙方所有。

6.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，不得交由第三方维护或使用。

6.3 乙方有权将定制开发成果用于其他客户的项目。

## 第七条 数据

7.1 甲方在系统中录入和产生的业务数据归甲方所有。

7.2 乙方应采取访问控制、数据备份等必要的安全措施保护系统数据；远程维护须经甲方同意。因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

7.3 甲方同意，乙方有权将甲方数据经脱敏处理后用于乙方产品改进、行业分析报告及其他商业用途，该等使用在本合同终止后继续有效。

## 第八条 保密

8.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

## 第九条 合作方

9.1 乙方可根据项目需要，将部分开发、部署或培训工作委托其合作方完成，无需另行征得甲方同意，乙方对合作方的工作成果负责。

## 第十条 违约责任

10.1 乙方延期交付的，应采取补救措施并继续履行，甲方不得因此拒绝支付已到期款项。

10.2 乙方在本合同项下的全部责任（包括违约责任和赔偿责任）累计不超过合同总价的20%，乙方不对甲方的间接损失、利润损失或数据损失承担责任。

## 第十一条 合同解除

11.1 任何一方严重违约，经对方书面催告后30日内仍未改正的，对方有权书面通知解除本合同。

11.2 合同解除的，甲方已支付的款项不予退还，但乙方根本违约的除外。

## 第十二条 甲方义务

12.1 甲方应按乙方要求提供服务器、网络环境及系统运行所需的基础软件，并保证其满足乙方提出的配置要求。

12.2 甲方应指定项目联系人，及时确认需求、提供业务资料并配合乙方进行数据采集设备的接入调试。因甲方配合不到位导致工期延误的，乙方不承担责任。

## 第十三条 系统运行环境与数据备份

13.1 系统部署在甲方自有服务器上，服务器的日常管理、数据备份及机房安全由甲方负责。乙方在部署时协助甲方设置自动备份任务。

13.2 甲方自行更改服务器配置、操作系统或数据库导致系统无法正常运行的，乙方协助恢复，并按乙方标准收取技术服务费。

13.3 甲方应按乙方的操作手册使用系统，不得自行修改数据库中的数据。因甲方操作不当造成的数据错误，乙方可协助处理，并按乙方标准收取技术服务费。

13.4 系统升级：免费维护期内乙方发布的新版本，甲方可免费升级；维护期满后未签订维护合同的，乙方不再提供升级。

## 第十四条 培训

14.1 乙方在系统部署完成后为甲方提供一次现场培训，培训人数不超过15人，培训内容为系统基本操作。额外培训按乙方标准收费。

## 第十五条 不可抗力

15.1 因不可抗力、政策调整、网络运营商故障等非乙方原因导致合同不能按约履行的，乙方不承担责任。

## 第十六条 争议解决

16.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同未尽事宜，双方可另行签订补充协议。
17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

17.3 本合同为乙方标准合同文本，双方另有书面补充约定的，以补充约定为准。

甲方（盖章）：随州森禾香菇食品有限公司　　代表：__________

乙方（盖章）：武汉菌链科技有限公司　　代表：__________

签订日期：______年____月____日
"""

H401E01 = """
T:Software Licence and Services Agreement
P:Agreement No. KS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 12 May 2025 between:
P:(1) Koro Systems Pte Limited, a company incorporated in the Republic of Fiji, whose registered office is at 41 Victoria Parade, Suva, Fiji (the "Vendor"); and
P:(2) Guangxi Lvyuan Supermarket Chain Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at 88 Minzu Avenue, Nanning, Guangxi (the "Customer").
P:Background. The Customer operates 46 supermarkets and two distribution centres in Guangxi. It wishes to replace its warehouse software with the Vendor's KoroWMS warehouse management system. The Vendor has agreed to grant perpetual licences to KoroWMS and to implement it on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means KoroWMS version 8, its documentation and every update or new version supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to the Customer's ERP and store ordering systems, the custom reports, the label templates and every other item developed by the Vendor specifically for the Customer, including source code and documentation.
P:1.3 "Go-Live" means the first day on which both distribution centres run their receiving, picking and dispatch on the Software.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on servers located in the Customer's own data centre in Nanning, for one server instance and 80 named users, for the Customer's internal business purposes and those of its affiliates.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery without extra charge.
P:2.3 The licence survives termination of this Agreement, except termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Annex A, including installation, configuration of both distribution centres, development of the Custom Deliverables, migration of item, location and stock data from the Customer's legacy system, user training and Go-Live support.
P:3.2 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the named key staff listed in Annex A on the project until Final Acceptance unless the Customer agrees to a change in writing.
P:3.3 The Customer shall provide timely access to its sites, systems and key users as described in Annex A.
H:Article 4 Prices
P:4.1 The total price under this Agreement is CNY 1,100,000, itemised as follows:
P:(a) KoroWMS server licence (perpetual): CNY 420,000;
P:(b) 80 named user licences (perpetual) at CNY 3,500 each: CNY 280,000; items (a) and (b) together form the "Licence Fee" of CNY 700,000;
P:(c) implementation and Custom Deliverables: CNY 312,000;
P:(d) data migration: CNY 64,000;
P:(e) training: CNY 24,000.
P:4.2 The prices are fixed and include all taxes, travel and living expenses of the Vendor's staff.
H:Article 5 Payment
P:5.1 The Customer shall pay 10% of the total price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 The Customer shall pay 55% of the total price within 20 days after Go-Live. Go-Live and the payment under this Article 5.2 do not constitute acceptance.
P:5.3 The Customer shall pay the remaining 35% of the total price within 20 days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall achieve Go-Live within 150 days after signature of this Agreement.
P:6.2 After Go-Live the Software shall run in production for 30 consecutive days. Final Acceptance is given when all of the following criteria are met: (a) every function in Annex B has passed the agreed test scripts; (b) stock balances in the Software reconcile with a full physical count at both distribution centres with a variance below 0.2%; (c) the ERP and store ordering interfaces have run for 30 days without data loss; (d) picking screens respond within 1 second at 120 concurrent users; and (e) the Custom Deliverables, including source code, have been handed over.
P:6.3 If a criterion is not met, the Vendor shall correct the defect within 15 days and the test shall be repeated. Use of the Software in production is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex B and the documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct every defect, supply all updates and new versions, and provide support free of charge.
P:7.2 Service levels during the Warranty Period and any support period: for a Severity 1 fault (a distribution centre cannot receive, pick or dispatch), the Vendor shall respond within 1 hour, 24 hours a day, and restore operation within 8 hours; for a Severity 2 fault (a function is impaired but work can continue), the Vendor shall respond within 2 hours and resolve within 2 business days.
P:7.3 If the Vendor misses a Severity 1 response or restoration time, it shall pay CNY 1,000 for each hour or part of an hour of delay, which the Customer may deduct from any amount due.
P:7.4 After the Warranty Period the Vendor shall, at the Customer's option, provide annual support at a fee of 13% of the Licence Fee, namely CNY 91,000 per year. This fee is fixed for the first three years after the Warranty Period and thereafter may not increase by more than 3% a year. Support renews only by the Customer's purchase order.
H:Article 8 Customer Data and Security
P:8.1 All data entered into or generated by the Software, including item, stock, supplier and store data, is Customer Data and belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not keep copies after the work that needs them is done.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and only with the Customer's approval for each session. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall take all reasonable steps to contain it, and shall be responsible for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only to perform this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all intellectual property rights in the Software.
P:10.2 All rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify and license the Custom Deliverables freely, including to another service provider.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to achieve Go-Live by the date in Article 6.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Article 8 or Article 9, personal injury, or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate if Go-Live is delayed by more than 60 days.
P:13.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund all amounts paid for services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Fiji.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration in Suva, Fiji, under the Arbitration Act of Fiji, by a sole arbitrator. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex A (Implementation Scope and Key Staff) and Annex B (Functional Specification and Test Scripts), is the entire agreement of the parties. It is signed in two originals in English, one for each party.
P:For the Vendor: Koro Systems Pte Limited    Name: ____________    Signature: ____________
P:For the Customer: Guangxi Lvyuan Supermarket Chain Co., Ltd.    Name: ____________    Signature: ____________
"""

H401E02 = """# Order Form and General Terms — KitchenLedger Subscription

**Order Form No.** MC-OF-2025-0388

## Part A — Order Form

| Item | Detail |
|---|---|
| Provider | Matavai Cloud Ltd, Level 2, Vaitele Business Centre, Apia, Samoa |
| Customer | Hangzhou Xinwei Catering Management Co., Ltd., 159 Qingchun Road, Shangcheng District, Hangzhou, PRC |
| Service | KitchenLedger inventory, recipe costing and supplier ordering platform, Professional edition |
| Scope | 28 restaurants, 2 central kitchens, up to 150 named users |
| Hosting | Alibaba Cloud, Hangzhou region (mainland China) |
| Subscription Term | three Subscription Years from the Service Start Date |
| Currency | Chinese Yuan (CNY), at the Customer's request |

### A1. Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year | 186,000 |
| Subscription Fees for the Subscription Term | 3 Subscription Years | 558,000 |
| Onboarding Fee | one-time | 42,000 |
| Total Contract Value | | 600,000 |

A1.1 Subscription Fees are invoiced quarterly in arrears, at 46,500 per quarter, and are payable within 30 days after invoice. The Onboarding Fee is invoiced after Go-Live Acceptance. No fee is payable before the Service Start Date.

A1.2 Fees are fixed for the Subscription Term. Additional restaurants may be added at CNY 6,200 per restaurant per Subscription Year, pro rata.

### A2. Onboarding and Go-Live Acceptance

A2.1 Provider shall configure the Service for all restaurants and central kitchens, import the Customer's item master, recipes, supplier list and opening stock, connect the Service to the Customer's point-of-sale system and its finance software, and train store managers and kitchen staff.

A2.2 Provider shall make the Service ready for Go-Live Acceptance within 60 days after the date of this Order Form.

A2.3 Go-Live Acceptance tests: (a) all item, recipe and supplier records imported and checked on a sample of 300 records with no error; (b) point-of-sale sales for two full business days flow into stock deduction without loss; (c) purchase orders generated by the Service reach the three largest suppliers; (d) the month-end cost report matches the Customer's manual calculation within 0.5%. When the tests pass, the Customer signs a Go-Live Acceptance Certificate and the Service Start Date is the day after signature. Use of the Service before signature is not acceptance.

A2.4 If Provider misses the date in A2.2 for reasons attributable to it, Provider shall pay CNY 600 for each day of delay, deducted from the Onboarding Fee and later invoices.

### A3. Renewal

At the end of the Subscription Term the parties may renew by signing a new Order Form. If they have not done so, the Service continues month to month at the same fee for up to three months while the Customer decides, and either party may end it on 30 days' notice.

Signed for Provider: ____________________ Signed for Customer: ____________________

Date: 9 June 2025

## Part B — General Terms

### Section 1 Service and Support

1.1 Provider shall provide the Service in accordance with the documentation and this Order Form, and shall not reduce its functionality during the Subscription Term.

1.2 Service Level. Provider shall make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 02:00 and 05:00 Beijing time.

1.3 Support. Provider shall provide support in Chinese and English. For a Priority 1 incident (the Service is unavailable or purchase orders cannot be sent) Provider shall respond within 1 hour at any time and restore the Service within 6 hours. For a Priority 2 incident Provider shall respond within 3 business hours and resolve within 2 business days.

1.4 Service Credits. If monthly availability falls below the level in 1.2, Customer receives a credit of 5% of that month's Subscription Fee for each 0.1 percentage point or part of it below the level, up to the whole monthly fee. If a Priority 1 restoration time is missed, Customer receives a further credit of 3% of that month's fee for each hour of delay. Credits are deducted from the next invoice.

### Section 2 Customer Data

2.1 All data that the Customer or its users enter into the Service, and all reports and records generated from it, are "Customer Data". Customer Data belongs to the Customer.

2.2 Provider may use Customer Data only to provide the Service to the Customer under this agreement and for no other purpose. Provider shall not sell Customer Data or disclose it to any third party except as needed to provide the Service.

2.3 At the end of the Subscription Term, Provider shall make a full export of Customer Data available in CSV format for 60 days and shall then delete it.

### Section 3 Confidentiality

3.1 Each party shall keep confidential all non-public business, technical and financial information received from the other party, including the Customer's recipes, supplier prices and sales figures, and shall use it only for this agreement. This obligation survives for three years after the end of the Subscription Term.

### Section 4 Intellectual Property

4.1 Provider owns the Service and all its software.

4.2 The recipe library, cost templates, report layouts and integration mappings configured specifically for the Customer during onboarding belong to the Customer. The Customer may use, copy, modify and give them to any other provider without restriction.

### Section 5 Subcontractors

5.1 Provider may use subcontractors and sub-processors, including its hosting provider and its support partner in Shenzhen, to perform the Service. Provider shall notify the Customer by e-mail of any new subcontractor or sub-processor before it starts work. Provider remains responsible for their performance.

### Section 6 Liability

6.1 Provider's total aggregate liability arising out of or in connection with this agreement, whether in contract, tort or otherwise, shall not exceed CNY 150,000.

6.2 Neither party is liable for indirect or consequential loss. These limits do not apply to personal injury caused by negligence or to fraud.

### Section 7 Term and Termination

7.1 This agreement begins on the date of the Order Form and continues until the end of the Subscription Term, unless terminated earlier.

7.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it. The Customer may also terminate if availability falls below 99.0% in two consecutive months.

7.3 If the Customer terminates for Provider's breach, Provider shall refund any prepaid fees for the period after termination and shall provide the export described in 2.3.

### Section 8 Payment Terms

8.1 All amounts are stated and paid in CNY by bank transfer to Provider's account in China. Invoices shall be valid PRC VAT invoices issued by Provider's Hangzhou branch.

8.2 Undisputed amounts not paid when due bear interest of 0.02% per day until paid.

### Section 9 Governing Law and Disputes

9.1 At the Customer's request, this agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules then in force. The award is final and binding on both parties.

### Section 10 Customer Responsibilities

10.1 The Customer shall name a project lead for onboarding, provide its item master, recipes, supplier list and opening stock in the agreed templates, and make its point-of-sale and finance software vendors available for the integration work.

10.2 The Customer is responsible for the accuracy of the data it enters, for the conduct of its users, and for keeping user names and passwords to itself. The Customer shall remove users who leave its employment.

### Section 11 Changes to the Service

11.1 Provider may update the Service from time to time to add features or improve performance. Provider shall give the Customer at least 14 days' notice of any change that affects the way restaurant staff use the Service, and shall provide updated training material in Chinese at no charge.

11.2 Provider shall not remove a module that the Customer uses during the Subscription Term.

### Section 12 Force Majeure

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party promptly and does its best to resume performance. Failures of Provider's own suppliers are not force majeure unless they are themselves caused by such an event.

### Section 13 General

13.1 This Order Form and these General Terms form the entire agreement between the parties on their subject matter and replace any earlier proposal. If they conflict, the Order Form prevails.

13.2 Notices shall be in writing and sent to the addresses in the Order Form, with a copy by e-mail.

13.3 Neither party may assign this agreement without the other party's written consent, which shall not be unreasonably withheld.
"""

H401E03 = """
T:Supply and Installation Contract for Cold-Store Monitoring Sensors
P:Contract No. BHL-CS-2025-022
P:This Contract is made on 3 June 2025 between Guangxi Beihai Lianfeng Cold Chain Logistics Co., Ltd., 6 Haitian Road, Beihai, Guangxi, People's Republic of China (the "Buyer"), and Highlands Instrumentation Limited, Section 12 Lot 9, Milfordhaven Road, Lae, Morobe Province, Papua New Guinea (the "Supplier").
P:The Buyer operates a fruit and seafood cold store with 18 cold rooms, two blast freezers and an ammonia refrigeration plant at its Beihai site. The Buyer wishes to buy and install a wireless temperature, humidity and ammonia leak monitoring system, and the Supplier has offered to supply and install it. This Contract is on the Buyer's standard terms. Prices are in Chinese Yuan (CNY).
H:Section 1 Definitions
P:1.1 "System" means the sensors, gateways, detectors, monitoring server and monitoring software listed in Section 3, installed and configured at the Site.
P:1.2 "Site" means the Buyer's cold store at 6 Haitian Road, Beihai.
P:1.3 "Installation Certificate" means the certificate signed by the Buyer when all equipment is installed and powered; it records completion of installation only.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under Section 6.
H:Section 2 Scope
P:2.1 The Supplier shall supply, deliver, install, configure and commission the System, connect the ammonia detectors to the existing plant alarm and ventilation controls, and train the Buyer's operators and maintenance staff.
P:2.2 The Supplier shall deliver all equipment to the Site, delivered duty paid, within 60 days after signature of this Contract, and complete installation within 25 days after delivery.
P:2.3 The Supplier shall pack all equipment for sea freight to Beihai in moisture-proof packing suitable for storage in a cold environment, and shall mark each package with the contract number and its contents. The Supplier is responsible for export formalities in Papua New Guinea and shall provide the documents needed for import clearance in China, including the commercial invoice, packing list, certificate of origin and the radio type approval for the sensors and gateways.
P:2.4 The Buyer shall provide safe access to the cold rooms and plant room, power at each gateway position and a person to accompany the Supplier's staff in the ammonia plant area.
H:Section 3 Price
P:3.1 The Contract Price is CNY 900,000, fixed, inclusive of all taxes, duties, freight, insurance and installation, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|240|1,150|276,000
TB:2|LoRa gateway with 4G backup|24|6,800|163,200
TB:3|Fixed ammonia leak detector, 0-500 ppm|16|9,400|150,400
TB:4|Monitoring server with monitoring software licence (perpetual)|1 set|188,000|188,000
TB:|Hardware and Licence Subtotal|||777,600
TB:5|Installation, cabling and alarm integration|1 lot||96,400
TB:6|Commissioning and training|1 lot||26,000
TB:|Contract Price|||900,000
H:Section 4 Payment
P:4.1 Advance payment: 10% of the Contract Price within 15 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price within 30 days after the Installation Certificate. The Installation Certificate and this payment are not acceptance of the System.
P:4.3 The remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:Section 5 Delay
P:5.1 If the Supplier fails to complete delivery or installation by the dates in Section 2.2 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:Section 6 Acceptance
P:6.1 After installation the System shall run for 21 consecutive days in normal operation. Final Acceptance is given when all of the following are met: (a) every sensor reports at least once every 2 minutes with no more than 0.5% of readings missing over the run; (b) each sensor reads within plus or minus 0.3 C of the calibrated reference instrument at three test points; (c) each ammonia detector triggers the plant alarm and ventilation within 10 seconds when tested with calibration gas; (d) alarm messages reach the duty phone and the control room screen within 30 seconds; and (e) calibration certificates, as-built drawings and manuals have been handed over.
P:6.2 If any criterion is not met, the Supplier shall correct the defect within 10 days and the test run shall be repeated. Use of the System during the test run is not acceptance.
H:Section 7 Warranty and Support
P:7.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace any faulty part free of charge, recalibrate the ammonia detectors every six months and supply software updates.
P:7.2 Response times: for a Severity 1 fault (monitoring lost for a cold room or an ammonia detector out of service), the Supplier shall respond by telephone or remote session within 1 hour, 24 hours a day, and restore monitoring within 24 hours, using spare parts kept at the Site; for a Severity 2 fault (a single sensor fails), the Supplier shall respond within 1 business day and fix it within 3 business days.
P:7.3 For each hour by which a Severity 1 response or restoration time is missed, the Supplier shall pay CNY 500, deductible from the retention or any amount due.
P:7.4 After the warranty the Buyer may order annual support for years four and five after Final Acceptance at 9% of the Hardware and Licence Subtotal, namely CNY 69,984 per year, fixed. Support does not renew automatically; the Buyer orders it in writing.
P:7.5 The Supplier shall keep at the Site, at its own cost during the warranty, a stock of spare parts sufficient to restore monitoring within the time in Section 7.2, including at least ten sensors, two gateways and one ammonia detector. The Supplier shall guarantee the supply of spare parts and calibration service for at least eight years after Final Acceptance.
H:Section 8 Data
P:8.1 All measurements, alarms, logs and reports produced by the System are Buyer Data and belong to the Buyer. The Supplier may process Buyer Data only to perform this Contract.
P:8.2 The monitoring server is installed in the Buyer's server room. The Supplier may access it remotely only through the Buyer's VPN with the Buyer's approval for each session, and shall not copy Buyer Data out of the Site.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data, shall help to contain it, and shall be liable for all loss caused by its breach of this Section 8.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's site layout, customer and stock information and all other non-public information received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:Section 10 Intellectual Property
P:10.1 The Supplier and its licensors keep the rights in the standard monitoring software and firmware, which are licensed to the Buyer perpetually with the equipment.
P:10.2 The site configuration, alarm rules, dashboards and integration scripts prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to any other contractor.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage caused by an ammonia leak resulting from the Supplier's work, wilful misconduct or breach of Section 8.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor, including a local electrical contractor for cabling.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under Section 5 reach their maximum. The Supplier shall then refund all amounts paid for equipment or work not accepted.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Beihai Arbitration Commission for arbitration in Beihai. The award is final.
H:Section 15 Force Majeure
P:15.1 A party prevented from performing by an event beyond its reasonable control, such as a typhoon, flood or epidemic, shall notify the other party within 3 days with evidence, and the time for performance shall be extended by the period of delay. If the event continues for more than 90 days, either party may terminate this Contract by notice.
H:Section 16 General
P:16.1 The Supplier shall comply with the Buyer's site safety rules, in particular the rules for work near the ammonia plant, and shall hold all permits needed to import and install the equipment.
P:16.2 This Contract is signed in two originals in English and Chinese; both texts are equally valid.
P:For the Buyer: Guangxi Beihai Lianfeng Cold Chain Logistics Co., Ltd.    Signature: ____________
P:For the Supplier: Highlands Instrumentation Limited    Signature: ____________
"""

H401E04 = """# Managed IT Service Agreement

Agreement No. TMS-2025-031

This Managed IT Service Agreement is dated 16 June 2025 and is made between:

1. **Tonga Managed Services Limited**, a company registered in the Kingdom of Tonga, of Taufa'ahau Road, Nuku'alofa, Tongatapu, Tonga ("Provider"); and
2. **Xiamen Haoshi Ceramic Tile Co., Ltd.**, a company registered in the People's Republic of China, of 218 Xiangan Industrial Park, Xiamen, Fujian ("Customer").

Customer makes ceramic tiles at one factory in Xiamen and sells them through four regional sales offices. It wishes to outsource its end-user IT support, and Provider, which runs a Mandarin-speaking service desk and employs field engineers in Xiamen, has agreed to provide that service. All charges are in Chinese Yuan (CNY) at Customer's request.

## 1. Definitions

1.1 "Services" means the managed service described in Schedule 1.

1.2 "Service Commencement" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Service Period" means 24 months from Service Commencement.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider accesses, stores or handles in providing the Services.

## 2. Services

2.1 Provider shall provide the Services in accordance with this Agreement, good industry practice and Customer's IT policies as notified to Provider.

2.2 Provider shall keep at least two field engineers on site at the Xiamen factory during production shifts and shall provide the service desk by telephone, e-mail and chat in Mandarin.

2.3 Provider shall report monthly on tickets, service levels, asset changes and security patch status.

## 3. Transition

3.1 Provider shall complete the transition activities in Schedule 1, Part B, within 45 days after the date of this Agreement.

3.2 If Provider fails to complete transition within that time for reasons attributable to it, Provider shall pay Customer CNY 300 for each day of delay.

## 4. Transition Acceptance

4.1 Transition is accepted when all of the following have been demonstrated to Customer: (a) the asset register covers all 420 devices and matches a physical check of a sample of 50 devices; (b) the service desk has handled tickets for ten working days in parallel with Customer's current team; (c) the monitoring and patch tools are installed on every device; (d) knowledge articles for Customer's 30 most common requests are approved by Customer; and (e) Provider's staff have signed Customer's confidentiality undertaking.

4.2 When the criteria are met, Customer signs the Transition Acceptance Certificate. Starting the service desk does not by itself constitute acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Transition Charge is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable in advance.

5.2 Customer shall pay each correct invoice within 30 days. Charges are fixed for the Service Period and include all Provider staff, tools and travel.

## 6. Service Levels

6.1 Provider shall meet the service levels in Schedule 3.

6.2 If Provider misses a service level in a month, Customer is entitled to the service credits in Schedule 3, which shall be deducted from the next invoice.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Services and shall not copy it, keep it after it is no longer needed, or use it for any other purpose.

7.2 Provider shall access Customer's systems only through accounts issued by Customer, with multi-factor authentication, and shall store any Customer Data only on Customer's systems in mainland China. Provider shall apply Customer's security policies, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer within 6 hours of becoming aware of any security incident affecting Customer Data, shall cooperate fully in the investigation, and shall bear all loss and costs caused by an incident resulting from its breach of this clause 7.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including product designs, prices and customer lists, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after this Agreement ends.

## 9. Intellectual Property

9.1 Provider keeps the rights in its own tools and methods.

9.2 All runbooks, knowledge articles, scripts, asset registers and reports produced for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total of the Transition Charge and the Monthly Service Charges for the Service Period. The limit does not apply to breach of clauses 7 or 8, personal injury or wilful misconduct.

## 12. Term and Termination

12.1 This Agreement starts on its date and ends at the end of the Service Period. It does not renew automatically; any extension requires a written amendment signed by both parties.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 20 days after notice, or if Provider misses the Priority 1 response level in three months of any six-month period.

12.3 On expiry or termination Provider shall give reasonable exit assistance for up to 60 days, including hand-over of all documents under clause 9.2, at the rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen under its rules. The award is final and binding.

## 14. Customer Responsibilities

14.1 Customer shall give Provider's staff access to its premises, a workspace at the factory, and the accounts and tools reasonably needed to provide the Services, and shall tell Provider in advance about planned changes to its IT environment.

## 15. Force Majeure

15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Staff shortages at Provider are not force majeure.

## 16. General

16.1 Neither party may assign this Agreement without the other's written consent. Amendments must be in writing and signed by both parties. This Agreement, with its schedules, is the entire agreement between the parties.

Signed for Provider: ____________________ Signed for Customer: ____________________

## Schedule 1 — Services

### Part A — Run services

| Service | Description |
|---|---|
| Service desk | Mandarin service desk, 07:00–23:00 every day, handling incidents and requests from about 380 users |
| On-site support | Two field engineers at the Xiamen factory during production shifts; visits to sales offices as needed |
| Device management | Patching, antivirus and software deployment for 420 desktops, laptops and shop-floor terminals |
| Asset management | Asset register, moves, adds and changes, disposal records |
| Reporting | Monthly service report and quarterly review meeting |

### Part B — Transition

| Activity | Output |
|---|---|
| Discovery | Asset register of all devices |
| Knowledge transfer | Approved knowledge articles |
| Tool deployment | Monitoring and patch agents on every device |
| Parallel run | Ten working days of tickets handled with Customer's team |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 48,000 |
| Monthly Service Charge | per month, 24 months | 58,000 |
| Monthly Service Charges for the Service Period | 24 × 58,000 | 1,392,000 |
| Total contract value | | 1,440,000 |
| Exit assistance or extra work | per engineer day | 1,600 |

## Schedule 3 — Service Levels and Credits

| Priority | Example | Response time | Resolution target |
|---|---|---|---|
| Priority 1 | Production line terminals or the ERP client down for a whole department | within 6 hours | within 10 hours |
| Priority 2 | A single user cannot work | within 8 business hours | within 2 business days |
| Priority 3 | Request or minor fault | within 1 business day | within 5 business days |

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 responses within target | every incident | 3% of the Monthly Service Charge for each late incident |
| Priority 2 resolutions within target | 95% of incidents in the month | 2% of the Monthly Service Charge |
| Patch compliance of devices | 97% within 14 days of release | 2% of the Monthly Service Charge |

Service credits in any month are limited to 20% of that month's Monthly Service Charge.
"""

H401E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. EDS-QD-2025-07

THIS AGREEMENT is made on 24 June 2025

BETWEEN

Efate Data Services Limited, a company incorporated in the Republic of Vanuatu, of Lini Highway, Port Vila, Efate, Vanuatu ("Provider"); and

Qingdao Haiyun Ocean Fishing Co., Ltd., a company incorporated in the People's Republic of China, of 77 Donghai Road, Shinan District, Qingdao, Shandong ("Customer").

BACKGROUND

Customer operates a fleet of 22 tuna longline vessels in the western and central Pacific. Provider supplies marine weather, sea-surface temperature, wave and current data for the Pacific through an application programming interface. Customer wishes to subscribe to that data and to have it integrated into its fleet management system. Prices are in Chinese Yuan (CNY) at Customer's request.

1. DEFINITIONS

1.1 "API" means Provider's PacificSea Data API, version 3, and its documentation.

1.2 "Data" means the forecasts, observations and derived products delivered through the API.

1.3 "Customer Inputs" means the vessel positions, planned routes, catch locations and account information that Customer sends to Provider through the API or otherwise.

1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period from an anniversary of the Start Date to the day before the next anniversary.

1.5 "Start Date" means the day after Customer signs the Integration Acceptance Certificate.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive licence to access the API and to use the Data for Customer's own fleet operations, including display on board its vessels and sharing with its own captains and agents.

2.2 The Subscription Term is two Subscription Years from the Start Date.

2.3 The subscription includes up to 4,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 32 per 10,000 calls, invoiced quarterly in arrears.

3. INTEGRATION SERVICES

3.1 Provider shall connect the API to Customer's fleet management system, build a dashboard showing forecasts along each vessel's planned route, and set up alerts for wind and wave thresholds chosen by Customer.

3.2 Provider shall complete the integration services and present them for acceptance within 40 days after the date of this Agreement.

3.3 If Provider fails to do so for reasons attributable to it, Provider shall pay Customer CNY 550 for each day of delay, up to CNY 27,500.

4. INTEGRATION ACCEPTANCE

4.1 The integration is accepted when Customer confirms in writing that all of the following tests have passed: (a) forecasts for all 22 vessels refresh at least every 3 hours for seven consecutive days; (b) the dashboard shows forecasts, sea-surface temperature and current layers on the route of every vessel; (c) alerts reach the vessel and the shore operations room within 5 minutes in ten test cases; and (d) the API key management and user guide have been handed over.

4.2 Customer then signs the Integration Acceptance Certificate. Use of the Data during the tests is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are:

(a) Subscription Fee: CNY 264,000 per Subscription Year, CNY 528,000 for the Subscription Term;

(b) Integration Fee: CNY 22,000, one-time.

The total contract value is CNY 550,000, excluding any charges for calls above the included volume.

5.2 The Integration Fee is invoiced after Integration Acceptance. The Subscription Fee is invoiced quarterly in arrears in equal instalments of CNY 66,000. Customer shall pay correct invoices within 30 days. Nothing is payable before the Start Date.

5.3 The fees are fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 Provider shall keep the API available 99.95% of each calendar month, excluding maintenance announced 72 hours in advance and limited to two hours a month.

6.2 For a Priority 1 incident (the API is unavailable or returns no forecast data for any area in Customer's fishing grounds), Provider shall respond within 1 hour at any time and restore the service within 6 hours. For a Priority 2 incident (delayed or incomplete data for some products), Provider shall respond within 6 hours and resolve within 2 business days.

6.3 If availability in a month falls below the level in 6.1, Customer receives a credit of 10% of that month's share of the Subscription Fee for each 0.5 percentage point or part of it below the level. If a Priority 1 restoration time is missed, Customer receives a further credit of CNY 1,000 for each hour of delay. Credits are deducted from the next invoice.

7. CUSTOMER INPUTS AND SECURITY

7.1 Customer Inputs belong to Customer.

7.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs, in aggregated form combined with inputs from other subscribers, to improve its forecast models, to develop new products and to publish fishing-ground activity indices to other customers. This licence continues after this Agreement ends.

7.3 Provider shall protect Customer Inputs with encryption in transit and at rest, access control based on least privilege and logging of all access, and shall store them on servers in Singapore operated under ISO 27001. Provider shall notify Customer within 24 hours of any security incident affecting Customer Inputs, shall take all steps needed to contain it, and shall be liable for losses caused to Customer by an incident resulting from Provider's failure to meet this clause.

7.4 Customer shall send Customer Inputs only through the API endpoints and formats described in the documentation, and shall keep its API keys under its own control.

8. CUSTOMER OBLIGATIONS AND USE OF DATA

8.1 Customer shall use the Data only for its own fleet operations under clause 2.1 and shall not resell the Data, publish it or use it to build a competing data service.

8.2 Customer may store Data for its own records and may keep Data received during the Subscription Term after it ends, for historical analysis of its own fishing operations.

8.3 Customer shall make sure that its captains and agents who receive the Data comply with this clause.

9. DATA QUALITY

9.1 Provider shall produce the Data using recognised numerical weather and ocean models, satellite observations and buoy data, and shall keep the forecast skill of its products at least at the level described in the documentation. Provider shall tell Customer promptly of any known fault in a product and of planned changes to products or formats, giving at least 30 days' notice of a change that requires changes to Customer's integration.

10. INTELLECTUAL PROPERTY

10.1 Provider and its licensors own the API and the Data.

10.2 The dashboard, alert rules and integration code built for Customer under clause 3 belong to Customer, which may use, modify and license them freely, including to another data provider.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the integration services or the operation of the API without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

12.2 Neither party is liable for loss of catch, loss of profit or indirect loss, except in case of wilful misconduct. Customer remains responsible for navigation decisions; the Data supports but does not replace the master's judgement.

13. TERM AND TERMINATION

13.1 This Agreement starts on its date and ends at the end of the Subscription Term. It may be renewed only by a written renewal agreement signed by both parties.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. Customer may also terminate if availability falls below 98.5% in any two months.

13.3 If Customer terminates for Provider's breach, Provider shall refund the Subscription Fee paid for any period after termination.

13.4 On expiry or termination, Provider shall disable Customer's API keys, and Customer shall stop using the API. Clauses 7.2, 10 and 12 survive the end of this Agreement.

14. GOVERNING LAW AND DISPUTES

14.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be referred to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

15. FORCE MAJEURE

15.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including failure of satellite services operated by third parties, provided that it notifies the other party promptly and resumes performance as soon as possible. Fees for a period in which the API is unavailable because of force majeure are reduced in proportion.

16. GENERAL

16.1 Notices must be in writing and sent to the addresses above, with a copy by e-mail.

16.2 Neither party may assign this Agreement without the other party's written consent.

16.3 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files and labels
FILES = {
    "h401z01": ("h401z01_landscape_bureau_ancient_tree_platform.pdf", "zh", "pdf"),
    "h401z02": ("h401z02_grain_oil_rice_mill_control_retrofit.docx", "zh", "docx"),
    "h401z03": ("h401z03_pet_boarding_chain_booking_saas.txt", "zh", "txt"),
    "h401z04": ("h401z04_sports_lottery_sales_system_annual_om.txt", "zh", "txt"),
    "h401z05": ("h401z05_shiitake_plant_traceability_supplier_template.md", "zh", "md"),
    "h401e01": ("h401e01_supermarket_wms_licence_fiji_vendor.pdf", "en", "pdf"),
    "h401e02": ("h401e02_restaurant_inventory_saas_order_form_samoa.md", "en", "md"),
    "h401e03": ("h401e03_cold_store_sensors_png_supplier.docx", "en", "docx"),
    "h401e04": ("h401e04_tile_maker_managed_it_service_tonga.md", "en", "md"),
    "h401e05": ("h401e05_fishing_fleet_marine_data_api_vanuatu.txt", "en", "txt"),
}
SRC = {"h401z01": H401Z01, "h401z02": H401Z02, "h401z03": H401Z03, "h401z04": H401Z04, "h401z05": H401Z05,
       "h401e01": H401E01, "h401e02": H401E02, "h401e03": H401E03, "h401e04": H401E04, "h401e05": H401E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# the ordinary, compliant term set; each draft states its differences
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")

# value arithmetic (asserted)
V = {}
V["h401z01"] = 860000 + 1124000 + 186000 + 98000 + 32000
V["h401z02"] = 620000 + 348000 + 214000 + 286000 + 92000 + 236000 + 148000 + 26000
V["h401z03"] = 35 * 7200 * 3 + 118000
V["h401z04"] = 1044000 + 236000 + 106000
V["h401z05"] = 268000 + 196000 + 36000
V["h401e01"] = 420000 + 80 * 3500 + 312000 + 64000 + 24000
V["h401e02"] = 3 * 186000 + 42000
V["h401e03"] = 240 * 1150 + 24 * 6800 + 16 * 9400 + 188000 + 96400 + 26000
V["h401e04"] = 24 * 58000 + 48000
V["h401e05"] = 2 * 264000 + 22000
assert V == {"h401z01": 2300000, "h401z02": 1970000, "h401z03": 874000, "h401z04": 1386000, "h401z05": 500000,
             "h401e01": 1100000, "h401e02": 600000, "h401e03": 900000, "h401e04": 1440000, "h401e05": 550000}, V
BASELINE = {"h401z01": 860000, "h401z02": 1560000, "h401z05": 268000, "h401e01": 700000, "h401e03": 777600}
assert 620000 + 348000 + 214000 + 286000 + 92000 == 1560000 and 240 * 1150 + 24 * 6800 + 16 * 9400 + 188000 == 777600
assert 20 + 45 + 35 == 10 + 50 + 35 + 5 == 65 + 35 == 10 + 55 + 35 == 100 and 1386000 / 4 == 346500

# design: category, kind, differences from BASE, extra facts, expected rules by design
D = {
    "h401z01": dict(cat="software", kind="goods_or_licence",
                    t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                           warranty_months=36, post_warranty_fee_pct=8),
                    capped=True, fee_amount=68800, forum_mainland=True, sla=True, ld=True, deemed=False,
                    design=[]),
    "h401z02": dict(cat="hardware", kind="goods_or_licence",
                    t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=10, warranty_months=18,
                           post_warranty_fee_pct=29),
                    capped=True, fee_amount=452400, forum_mainland=True, sla=True, ld=True, deemed=False,
                    design=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h401z03": dict(cat="cloud", kind="service",
                    t=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=800 / 874000 * 100,
                           liability_cap_pct=200, final_payment_on_acceptance=None, auto_renewal_price_increase=True),
                    forum_mainland=True, sla=True, ld=True, deemed=False,
                    design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h401z04": dict(cat="services", kind="service",
                    t=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=False, ld_rate_per_day_pct=0.1,
                           final_payment_on_acceptance=None, termination_for_breach=False),
                    forum_mainland=True, sla=True, ld=True, deemed=False,
                    design=["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h401z05": dict(cat="software", kind="goods_or_licence",
                    t=dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                           ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                           final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
                           subcontract_without_consent=True, governing_law=None),
                    capped=False, fee_amount=None, forum_mainland=True, sla=False, ld=False, deemed=True,
                    design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                            "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
                            "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h401e01": dict(cat="software", kind="goods_or_licence",
                    t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
                           warranty_months=24, post_warranty_fee_pct=13, governing_law="Fiji"),
                    capped=True, fee_amount=91000, forum_mainland=False, sla=True, ld=True, deemed=False,
                    design=["CR-GOVERNING-LAW"]),
    "h401e02": dict(cat="cloud", kind="service",
                    t=dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
                           ld_rate_per_day_pct=600 / 600000 * 100, liability_cap_pct=150000 / 600000 * 100,
                           final_payment_on_acceptance=None, subcontract_without_consent=True),
                    forum_mainland=True, sla=True, ld=True, deemed=False,
                    design=["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h401e03": dict(cat="hardware", kind="goods_or_licence",
                    t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                           warranty_months=36, post_warranty_fee_pct=9),
                    capped=True, fee_amount=69984, forum_mainland=True, sla=True, ld=True, deemed=False,
                    design=[]),
    "h401e04": dict(cat="services", kind="service",
                    t=dict(p1_response_hours=6, ld_rate_per_day_pct=300 / 1440000 * 100, liability_cap_pct=150,
                           final_payment_on_acceptance=None),
                    forum_mainland=True, sla=True, ld=True, deemed=False,
                    design=["CR-LD-LOW", "CR-SLA-RESPONSE"]),
    "h401e05": dict(cat="cloud", kind="service",
                    t=dict(availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False, confidentiality=False,
                           ld_rate_per_day_pct=550 / 550000 * 100, liability_cap_pct=150,
                           final_payment_on_acceptance=None),
                    forum_mainland=True, sla=True, ld=True, deemed=False,
                    design=["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(key, label):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata);
    fee base = itemised licence/hardware subtotal. Returns (tco, share %) or None when the fee is not stated."""
    d = D[key]
    t = label["expected_terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    fee = BASELINE[key] * t["post_warranty_fee_pct"] / 100
    assert abs(fee - d["fee_amount"]) < 0.01, (key, fee)
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    total = label["expected_extra"]["contract_value"] + post
    return total, post / total * 100


def rules_from_label(key, label):
    """My own reading of policy.md section 3 (not project code)."""
    t, x = label["expected_terms"], label["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if x["sla_clause"] and t["availability_pct"] is not None and t["availability_pct"] < 99.9:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not D[key]["forum_mainland"]:
        r.add("CR-GOVERNING-LAW")
    tc = tco(key, label)
    if tc is not None and tc[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def make_label(key):
    name, lang, _ = FILES[key]
    d = D[key]
    terms = dict(BASE)
    terms.update(d["t"])
    terms["contract_kind"] = d["kind"]
    terms = {k: terms[k] for k in TERM_KEYS}
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if d["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = V[key]
    label = {"file": name, "language": lang, "category": d["cat"], "expected_terms": terms, "expected_extra": extra}
    label["expected_rules"] = rules_from_label(key, label)
    assert label["expected_rules"] == sorted(d["design"]), (key, label["expected_rules"], d["design"])
    return label

# ---------------------------------------------------------------------------------------------------------------
# Threshold figures: no label on a threshold, no threshold figure anywhere in any text
ZH_DIG = "零一二三四五六七八九十百千点"
PATTERNS = [
    ("99.9 %", r"(?<![\d.])99\.9(?!\d)"), ("99.9 %", "百分之九十九点九(?![" + ZH_DIG + "])"),
    ("4 h", r"(?<![\d.])4\s*(?:个)?(?:小时|h\b|hours?\b|hrs?\b|-hour)"), ("4 h", "(?<![十" + ZH_DIG + r"\d])四\s*个?小时"),
    ("4 h", r"\bfour[\s-]+(?:\(4\)\s*)?(?:business\s+|working\s+|clock\s+)?hours?\b"),
    ("4 h", r"(?<![\d.])240\s*(?:分钟|min)"),
    ("0.05 %", r"(?<![\d.])0\.05(?!\d)"), ("0.05 %", "万分之五(?![" + ZH_DIG + r"\d])"), ("0.05 %", "千分之零点五"),
    ("0.05 %", r"0\.5\s*‰"),
    ("100 %", r"(?<![\d.])100\s*(?:[%％]|per\s*cent|percent)"), ("100 %", "百分之(?:一)?百"),
    ("100 %", r"one\s+hundred\s+per\s*cent"),
    ("30 %", r"(?<![\d.])30\s*(?:[%％]|per\s*cent|percent)"), ("30 %", "百分之三十(?![" + ZH_DIG + "])"),
    ("30 %", "三成"), ("30 %", r"thirty\s+per\s*cent"),
    ("12 months", r"(?<![\d.])12\s*(?:个月|months?\b|-month)"), ("12 months", "(?<![" + ZH_DIG + r"\d])十二个月"),
    ("12 months", r"twelve[\s-]+(?:calendar\s+)?months?"), ("12 months", "一年"),
    ("12 months", r"\bone[\s-]+year\b"), ("12 months", r"(?<![\d.])1\s*(?:年(?!度)|years?\b|-year)"),
    ("15 %", r"(?<![\d.])15\s*(?:[%％]|per\s*cent|percent)"), ("15 %", "百分之十五(?![" + ZH_DIG + "])"),
    ("15 %", r"fifteen\s+per\s*cent"),
    ("40 %", r"(?<![\d.])40\s*(?:[%％]|per\s*cent|percent)"), ("40 %", "百分之四十(?![" + ZH_DIG + "])"),
    ("40 %", "四成"), ("40 %", r"forty\s+per\s*cent"),
    ("5 years", r"(?<![\d.])5\s*(?:年(?!度)|years?\b|-year)"), ("5 years", "(?<![" + ZH_DIG + r"\d])五年"),
    ("5 years", r"\bfive[\s-]+years?\b"), ("5 years", r"(?<![\d.])60\s*(?:个月|months?\b|-month)"),
    ("5 years", "六十个月"),
]
RX = [(n, re.compile(p, re.I)) for n, p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour", "240分钟",
            "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月",
            "十二个月", "12 months", "twelve months", "一年", "one year", "15%", "15 %", "40%", "四成", "百分之四十",
            "5年", "五年", "five years", "5 years", "60 months", "60个月", "thirty per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "万分之三", "服务年度", "Subscription Year", "14 hours", "0.5%", "1.5%", "130%", "140%", "24个月",
             "十八个月", "25 years", "2 business days", "1,500", "2015", "35%", "45%", "215%", "0.2%", "10.05"]


def scan(text):
    return [(n, m.group(0)) for n, rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}


def check_label_thresholds(label):
    t = label["expected_terms"]
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15


# ---------------------------------------------------------------------------------------------------------------
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets = {k: (n, kind) for k, (n, lang, kind) in FILES.items() if kind in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, lang, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    problems, fired, table = [], set(), []
    for k, (name, lang, kind) in FILES.items():
        text = read_back(OUT / name)
        for label_, t in list(variants(text).items()) + [("src-" + a, b) for a, b in variants(SRC[k]).items()]:
            hits = scan(t)
            if hits:
                problems.append((name, label_, hits[:5]))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        nows = len(re.sub(r"\s+", "", text))
        if not lo <= n <= hi:
            problems.append((name, "length", n))
        label = make_label(k)
        check_label_thresholds(label)
        tc = tco(k, label)
        if tc is not None:
            assert not 38 <= tc[1] <= 42, (k, tc)
        fired |= set(label["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        table.append((name, lang, n, nows, label["expected_rules"], risk(label["expected_rules"]),
                      None if tc is None else (round(tc[0], 2), round(tc[1], 2))))
    for row in table:
        print(*row, sep=" | ")
    missing = [r for r in ALL_RULES if r not in fired]
    print("rules not fired:", missing)
    assert not missing
    mix = {k: risk(make_label(k)["expected_rules"]) for k in FILES}
    assert [k for k in FILES if not make_label(k)["expected_rules"]] == ["h401z01", "h401e03"]
    assert make_label("h401e01")["expected_rules"] == ["CR-GOVERNING-LAW"] and mix["h401e01"] == "low"
    assert len(make_label("h401z05")["expected_rules"]) >= 8
    assert all(2 <= len(make_label(k)["expected_rules"]) <= 3
               for k in ["h401z02", "h401z03", "h401z04", "h401e02", "h401e04", "h401e05"])
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("all checks passed")
