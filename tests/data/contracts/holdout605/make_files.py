"""holdout605: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as is; .docx/.pdf come from ../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
H605Z01 = """T:江港集团危险货物堆存安全监测平台采购合同（草案）
P:采购项目编号：JGJT-ZFCG-2026-0417　合同编号：JG-XX-2026-088
P:甲方（采购人）：江港集团有限公司　乙方（供应商）：苏宁安港信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就港区危险货物堆存安全监测平台的软件许可、定制开发及实施事项订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供危险货物堆存安全监测平台软件许可（含集装箱堆场、液体化工罐区、危险品仓库三个场景模块，授权用户数不限），并完成定制开发、部署实施与培训。
P:1.2 合同总价为人民币贰佰壹拾玖万元整（¥2,190,000），为固定总价，含税。其中：平台软件许可费¥1,260,000；定制开发费¥738,000（堆场箱位与危险品申报信息联动、罐区液位及可燃气体报警接入、电子围栏与视频联动、应急预案推演模块）；实施部署及数据对接费¥164,000；培训费¥28,000。
P:1.3 乙方应于合同签订后一百二十日内完成全部部署并提交初验申请。
H:第二条 付款方式
P:2.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:2.2 初验合格后十个工作日内，甲方支付合同总价的45%。
P:2.3 终验合格后十个工作日内，甲方支付合同总价的35%。上线运行、试运行或甲方使用系统均不视为验收合格。
P:2.4 乙方应在每次付款前开具等额增值税专用发票。
H:第三条 验收
P:3.1 初验：乙方完成部署后，甲方按招标文件技术要求逐项测试，包括三个场景模块功能齐全；液位、温度、可燃气体报警从采集到平台推送不超过3秒；电子围栏越界联动视频在5秒内弹出；危险品申报数据与堆场箱位每日自动比对无差异。
P:3.2 试运行：初验合格后试运行六十日，期间不得出现一级故障，且系统通过第三方网络安全等级保护测评（第三级）。
P:3.3 终验：试运行结束后，甲方组织专家按3.1、3.2及合同清单进行终验，双方签署终验报告。未通过的，乙方应在十五日内整改并重新验收，费用由乙方承担。
H:第四条 质量保证与售后服务
P:4.1 质保期为三年，自终验合格之日起算。质保期内乙方免费提供软件修正、版本升级、故障处理和现场技术支持。
P:4.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥113,400），且质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第五条 服务水平
P:5.1 质保期内，平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:5.2 一级故障（平台停止服务或报警无法推送）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:5.3 乙方每超过响应或恢复时限1小时，甲方可扣减服务费¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000，在质保金或后续付款中抵扣。
H:第六条 知识产权
P:6.1 平台软件原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 本合同定制开发的程序、接口、源代码及相关文档的知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。乙方应在终验时移交全部源代码。
H:第七条 数据安全
P:7.1 平台产生和接入的全部数据，包括危险货物申报信息、报警记录和视频，均归甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》，远程维护须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方网络。
P:7.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对履行合同中知悉的甲方港区布局、危险货物信息、网络结构等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:9.2 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:9.3 因乙方原因造成甲方损失的，乙方应予赔偿。
H:第十条 分包与转让
P:10.1 乙方不得转包本项目，未经甲方书面同意不得分包任何部分。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同并要求赔偿损失。
P:11.2 合同解除后，乙方应交还甲方全部数据和资料，并删除其保留的副本。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十三条 项目管理与人员
P:13.1 乙方应指定具有港口行业项目经验的项目经理一名，常驻甲方现场直至终验，未经甲方同意不得更换。乙方应按周提交项目周报，按月参加甲方组织的项目例会。
P:13.2 乙方人员进入港区作业的，应遵守甲方安全生产、危险货物作业区管理和门禁规定，接受安全教育，并自行承担其人员的人身意外保险。
P:13.3 乙方应在终验前向甲方移交需求规格说明书、设计文档、数据库结构说明、接口说明、运维手册和用户手册的纸质版及电子版。
H:第十四条 甲方义务
P:14.1 甲方应为乙方提供必要的工作场地、网络接入和测试环境，并协调海事、消防等相关系统的数据接口。
P:14.2 甲方应指定项目联系人，及时确认需求和测试结果。因甲方原因造成工期延误的，工期相应顺延。
H:第十五条 不可抗力
P:15.1 因台风、地震等不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方协商确定是否延期履行。
H:第十六条 廉洁与通知
P:16.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，违反的，甲方有权解除合同并将乙方列入供应商不良记录。
P:16.2 双方的通知应以书面形式送达本合同所列地址或电子邮箱，地址变更的应提前五日书面告知对方。
H:第十七条 其他
P:17.1 本合同未尽事宜，按政府采购有关规定和招标文件执行，双方可签订补充协议。补充协议与本合同具有同等效力。
P:17.2 本合同附件包括：需求清单、验收测试方案、项目进度计划和乙方投标报价明细。
P:17.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
H605Z02 = """T:定形机电控系统改造及维保合同（草案）
P:合同编号：HY-SB-2026-031
P:甲方：绍兴华漾印染有限公司　乙方：杭州织控自动化工程有限公司
P:甲方拟对染整车间四台热风拉幅定形机的电气控制系统进行改造，经比选确定由乙方承担。双方协商一致，订立本合同。
H:一、改造内容与价格
P:（一）乙方负责拆除原有控制柜，供货、安装并调试新的PLC控制系统、变频驱动、烘房温湿度检测、在线纬斜整纬检测及定形工艺控制软件，实现工艺配方下发、车速与温度联动及能耗统计。
P:（二）价格明细如下表，合同总价人民币壹佰柒拾柒万元整（¥1,770,000），含税、含运输及保险。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|定形机PLC控制柜|4套|148,000|592,000
TB:2|变频驱动单元|4套|86,000|344,000
TB:3|烘房温度及排风湿度传感器组|4套|37,500|150,000
TB:4|在线纬斜整纬检测装置|4套|69,000|276,000
TB:5|定形工艺控制软件许可（永久）|4节点|41,000|164,000
TB:6|车间监控工作站及HMI|1套|54,000|54,000
TB:|设备及软件小计|||1,580,000
TB:7|安装调试及停机改造|1项|152,000|152,000
TB:8|工艺参数整定及操作培训|1项|38,000|38,000
TB:|合同总价|||1,770,000
H:二、工期
P:（一）合同生效后六十日内设备到货，乙方按甲方生产计划逐台停机改造，每台停机不超过五日。
P:（二）四台设备全部改造完成并提交验收申请的期限为合同生效后一百日。
P:（三）乙方应在合同生效后十日内提交详细进度计划，列明设计联络、出厂检验、到货、逐台改造和验收各节点，经甲方确认后执行。主要设备出厂前，甲方可派员到乙方或制造商处参加出厂检验。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备全部到货并经甲方清点签收后，支付35%。到货签收仅为数量确认，不视为质量验收。
P:（三）终验合格后十个工作日内，支付45%。
H:四、验收
P:（一）每台定形机改造后连续带料运行72小时，烘房温度控制偏差不超过±1.5℃，车速同步误差不超过千分之三，纬斜检测与人工复核一致，配方下发无错误。
P:（二）四台全部通过上述测试后，双方共同进行终验并签署终验报告。任何一项不合格的，乙方应在十日内整改并重新测试。
P:（三）设备到货、安装完成或甲方使用设备生产，均不视为验收合格。终验报告签署之日为质保期起算日。
H:五、质保与维保
P:（一）质保期为十八个月，自终验合格之日起算。质保期内乙方免费更换损坏的部件并维护软件。
P:（二）质保期满后由乙方提供维保服务，维保年费按设备及软件小计的26%计取，即每年¥410,800，维保期内价格固定、不作调整。维保服务内容包括备件更换、季度巡检、软件升级及远程支持。
P:（三）维保以年度为单位签订，期满需双方书面续签，不自动续期。
H:六、服务响应
P:（一）一级故障（定形机因控制系统原因停机）乙方应在1小时内电话响应，6小时内到达现场；二级故障（部分功能异常）8小时内响应，两个工作日内解决。
P:（二）乙方每超过响应或到场时限1小时，向甲方支付¥800。
H:七、知识产权
P:（一）乙方为本项目编制的PLC程序、工艺配方模板、HMI画面及其源文件归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）定形工艺控制软件的著作权仍归乙方，甲方享有永久使用权。
H:八、数据与保密
P:（一）设备运行数据、工艺配方及能耗数据归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护应经甲方同意并使用甲方提供的专用账号，不得将数据拷贝带离甲方；发生数据泄露的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方全额赔偿。
P:（三）双方对在合作中知悉的对方技术信息、工艺配方和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后三年。
H:九、分包
P:乙方可将电气安装、布线等辅助工程分包给具有相应资质的单位，但应提前五个工作日书面通知甲方，并对分包工作承担全部责任。
H:十、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）因乙方原因导致甲方停产损失的，乙方应予赔偿。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交绍兴仲裁委员会仲裁。
H:十三、现场施工与安全
P:（一）乙方进入甲方车间施工，应遵守甲方安全生产、动火作业、防爆和消防管理制度，施工人员须持有效电工证，并接受甲方安全交底。
P:（二）停机改造的具体日期由甲方根据订单排产确定，乙方应提前三日提交停机改造方案，包括拆除顺序、接线图、回退措施和恢复生产时间，经甲方设备科书面确认后实施。
P:（三）改造中拆除的旧控制柜、电缆等归甲方所有，由乙方清点后移交甲方仓库。
P:（四）乙方施工造成甲方设备、布草或人员损害的，由乙方负责赔偿。
H:十四、技术资料
P:乙方应在终验前向甲方移交电气原理图、接线图、PLC程序及注释、HMI工程文件、变频器参数表、传感器校准记录、操作规程和维修手册各两套，并提供电子版。
H:十五、甲方配合
P:甲方应提供改造所需的电源、压缩空气和临时存放场地，指定设备科负责人协调停机和试车，并安排操作工参加培训。因甲方原因导致停机计划推迟的，工期相应顺延。
H:十六、培训
P:（一）乙方应对甲方定形机操作工、工艺员和设备维修人员分批进行培训，培训内容包括系统操作、配方管理、报警处理、日常点检及常见故障排除，培训总课时不少于四十学时。
P:（二）培训结束后乙方应组织考核，考核合格的人员方可独立操作新系统；考核不合格的，乙方应免费补训。
H:十七、变更
P:（一）甲方要求增加功能或改变改造范围的，乙方应在五个工作日内提出书面方案和报价，经双方签字确认后实施。
P:（二）未经甲方书面确认，乙方不得以工作量增加为由要求追加费用。
P:（三）因甲方工艺调整需要修改PLC程序或配方模板的，质保期内乙方应免费配合，每年不超过三次。
H:十八、不可抗力
P:因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在十日内提供证明，根据影响程度部分或全部免除责任。
H:十九、其他
P:（一）本合同附件包括设备技术规格书、停机改造计划和培训计划，与本合同具有同等效力。
P:（二）双方往来通知以书面形式送达合同首页地址，电子邮件经对方确认收到的视为送达。
P:（三）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
H605Z03 = """洗衣门店订单管理系统（SaaS）服务合同（草案）

合同编号：JY-IT-2026-017
甲方：成都洁雅洗衣连锁管理有限公司
乙方：重庆衣迅云科技有限公司

甲方在成都市及周边经营110家洗衣门店，现采购乙方的门店订单管理SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务：乙方向甲方110家门店提供收衣开单、衣物条码追踪、工厂分拣、会员储值、上门取送和微信小程序下单等SaaS功能，服务期为两个服务年度。
（二）实施服务：
1. 110家门店开通上线及收衣终端、条码打印机对接；
2. 甲方原有会员、储值余额及未完结订单数据迁移；
3. 按甲方品牌要求定制小程序页面及与甲方财务系统的接口；
4. 店长、店员和洗衣工厂人员培训。
（三）报表服务：乙方应在平台中为甲方提供门店营业日报、工厂产能报表、会员消费分析和储值余额台账，甲方总部可按门店、片区和时间段查询并导出。

二、服务期限
（一）第一个服务年度自实施验收合格之日起算，第二个服务年度紧接其后。
（二）服务期满前三十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况和产品升级情况调整订阅单价，调整后的单价以乙方书面通知为准。

三、费用
（一）订阅费：每门店每服务年度¥3,600，110家门店每服务年度合计¥396,000，两个服务年度合计¥792,000。
（二）实施费：¥168,000，一次性。
（三）合同总价：¥960,000（含税）。门店数量在服务期内增加的，按同一单价另行结算。

四、付款
（一）实施费在实施验收合格后十五个工作日内一次性支付。
（二）订阅费按季度结算，乙方在每季度结束后开具发票，甲方收到发票后十五个工作日内支付该季度订阅费。
（三）本合同不设预付款。

五、实施与验收
（一）乙方应在合同生效后七十五日内完成全部实施工作。
（二）验收标准：
1. 110家门店全部开通并连续十个营业日正常开单；
2. 迁移后的会员人数、储值余额与原系统逐户核对一致；
3. 小程序下单、支付、退款流程测试通过；
4. 开单至打印小票的响应时间不超过2秒（门店网络正常时）。
（三）全部标准满足后，甲方签署实施验收单。门店试用不视为验收。
（四）任何一项标准未满足的，乙方应在七日内整改并申请复验；因乙方原因两次复验仍不合格的，甲方有权解除合同，乙方退还已收取的全部款项。

六、服务水平
（一）乙方承诺SaaS服务月可用率不低于99.5%。
（二）一级故障（全部或多数门店无法开单）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，次日解决。
（三）月可用率低于承诺值的，按当月订阅费的5%向甲方提供服务抵扣；每次一级故障超时恢复的，另抵扣当月订阅费的2%。

七、数据归属与数据安全
（一）甲方的会员信息、订单、储值及交易数据均归甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应将甲方数据存储于中国境内已通过等级保护三级测评的云平台，传输和存储加密，按最小权限管理访问并保留操作日志。
（三）发生数据泄露、篡改或丢失的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因造成的损失由乙方赔偿。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并删除副本。
（五）乙方应每日备份甲方数据，备份保留不少于三十日，并每半年进行一次恢复演练，演练结果报甲方备案。

八、保密
双方对在合作中知悉的对方经营信息、价格信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后两年内有效。

九、知识产权
（一）SaaS平台的知识产权归乙方。
（二）为甲方定制的小程序页面、财务接口程序及其源代码归甲方所有，甲方可自行修改或委托第三方开发。

十、分包
乙方不得将实施服务分包，确需分包的应事先取得甲方书面同意。

十一、违约责任
（一）乙方未按期完成实施的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的两倍为限，但数据泄露及故意违约造成的损失不受此限。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

十二、合同解除
乙方严重违约或服务连续两个月低于承诺可用率，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并按实际服务期结算费用。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、双方的其他义务
（一）甲方应：
1. 指定项目负责人，协调各门店配合上线，并在五个工作日内确认乙方提交的配置方案；
2. 提供原系统的会员、储值和订单数据导出文件，并对导出数据的完整性负责；
3. 自行采购门店网络及收衣终端，终端型号应符合乙方提供的兼容清单。
（二）乙方应：
1. 指定项目经理和实施团队，实施期间每周提交进度报告；
2. 每个门店上线首日安排人员远程值守，洗衣工厂上线首周安排人员现场支持；
3. 在服务期内提供操作手册、视频教程和在线客服，新门店开通后三个工作日内完成培训；
4. 平台版本升级前七日通知甲方，升级不得删减甲方已使用的功能。

十五、门店增减
服务期内甲方新开门店的，按每门店每服务年度¥3,600的单价按月折算增加订阅费；门店关闭的，甲方提前三十日书面通知后，自下一季度起相应减少订阅费，但减少后的门店数不少于九十家。

十六、不可抗力
因不可抗力或云平台所在地区大面积断电、断网等非乙方原因导致服务中断的，受影响一方应及时通知对方，相应时间不计入可用率考核，但乙方应尽力恢复服务。

十七、通知
双方指定的联系人及联系方式见附件，一方变更联系人的应及时书面通知对方。通过电子邮件发送的通知，以对方回复确认之日为送达日。

十八、培训
（一）乙方应在上线前为甲方店长、店员分片区组织集中培训，内容包括收衣开单、衣物瑕疵登记、会员充值退款、上门取送派单和日结对账；为洗衣工厂人员单独培训条码分拣和出厂扫描。
（二）乙方应为甲方培养不少于六名内部讲师，并提供培训课件，甲方可自行对新入职员工培训。

十九、服务终止时的交接
服务期满或合同解除时，乙方应配合甲方将数据迁移至甲方指定的系统，提供完整的数据字典，并在迁移完成前继续按原条件提供服务，最长不超过六十日，费用按月折算。

二十、其他
（一）本合同附件包括：功能清单、实施计划、验收单格式、数据迁移方案和联系人清单。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 + 1、2、)
H605Z04 = """殡葬服务管理信息系统年度运维服务合同（草案）

合同编号：BZS-YW-2026-02
甲方：临川市殡葬管理所
乙方：江西瑞恒信息服务有限公司

为保障殡葬服务管理信息系统（含遗体接运调度、火化预约、骨灰寄存、殡仪服务收费和惠民殡葬补贴核发五个子系统）稳定运行，甲方委托乙方提供年度运维服务。双方协商一致，订立本合同。

第一条 服务内容
1、系统日常监控、巡检、备份检查和补丁管理；
2、故障处理、数据纠错和用户账号管理；
3、派驻一名运维工程师在甲方现场工作，工作时间与甲方一致，清明节、冬至等高峰期延长值守；
4、配合民政部门数据报送和惠民殡葬补贴政策调整带来的参数配置；
5、每季度提交运维报告，年末提交年度运维总结；
6、服务器、存储及网络设备的运行状态监控，操作系统和数据库的性能优化，发现硬件故障时协助甲方联系原厂维修；
7、对甲方业务人员进行系统操作指导，每半年组织一次操作培训。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。期满后如需继续服务，由甲方重新组织采购，本合同不自动续期。

第三条 服务费用
1、运维服务费为固定总价人民币肆拾捌万陆仟元整（¥486,000），其中系统运维¥318,000，驻场服务¥126,000，巡检及应急保障¥42,000。
2、服务费按季度支付：每季度结束后，甲方对该季度服务进行考核，考核合格后十五个工作日内支付当季服务费¥121,500。
3、甲方不向乙方预付任何款项。

第四条 服务交接
乙方应在服务期开始前十日完成与原运维单位的交接，包括系统账号、配置文档、备份介质和未结工单，并向甲方提交交接清单。交接完成并经甲方确认后，方可开始计算服务期。

第五条 服务水平
1、系统月可用率不低于99.95%，计划内维护须提前三个工作日报甲方批准并安排在非服务时段。
2、一级故障（火化预约、收费或遗体接运调度无法使用）：乙方应在20分钟内响应，驻场工程师立即处理，2小时内恢复；
3、二级故障（单一功能异常）：1小时内响应，8小时内解决；
4、三级问题（咨询及优化需求）：一个工作日内答复。
5、乙方每超过恢复时限1小时，甲方扣减当季服务费¥500；月可用率低于承诺值的，每低0.01个百分点扣减¥300。

第六条 考核与验收
1、季度考核内容：故障响应及恢复时限达标情况、巡检记录完整性、备份恢复演练结果、报告按时提交情况。
2、季度考核不合格的，甲方有权按第五条扣减当季服务费，乙方应在十日内提交整改报告。
3、年度验收：服务期满前，甲方按本合同第一条和第五条逐项核验全年运维记录，全部达标的签署年度验收意见；不达标的，乙方应在十日内整改。

第七条 数据安全
1、系统中的逝者信息、家属身份信息、联系方式、收费及补贴数据均归甲方所有，乙方仅为履行运维服务而接触，不得用于其他任何目的。
2、乙方运维人员须签署保密承诺，通过甲方堡垒机操作，严禁拷贝、导出或截取任何个人信息。
3、乙方应遵守《个人信息保护法》及《数据安全法》，发生数据泄露或疑似泄露的，应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
4、服务期满或合同终止后，乙方应删除因运维工作留存的全部数据、日志和截图，并向甲方出具书面删除说明；甲方可对乙方人员使用的终端进行检查。

第八条 保密
乙方对在服务中知悉的甲方工作信息、系统结构和账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露，本义务在合同终止后继续有效。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文档及报告归甲方所有。

第十条 分包
乙方不得将本合同项下服务转包或分包给第三方。

第十一条 违约责任
1、乙方未按第四条约定的期限完成服务交接的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2、乙方违反第七条造成数据泄露的，应赔偿甲方因此遭受的全部损失。
3、甲方未按约定支付服务费的，每逾期一日按应付金额的万分之二支付违约金。

第十二条 合同的履行
本合同签订后，双方应全面履行。服务期内，除发生不可抗力致使合同目的无法实现外，任何一方不得单方解除本合同；履行中出现的问题，由双方协商解决，协商一致的可签订补充协议。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 运维人员
1、乙方驻场工程师应具有三年以上信息系统运维经验，熟悉Linux、Oracle数据库和中间件，上岗前须经甲方面试同意。
2、驻场工程师请假或更换的，乙方应提前五个工作日书面报甲方同意，并安排同等能力的人员顶岗，交接期不少于五个工作日。
3、乙方人员在甲方场所工作，应尊重殡葬服务场所的礼仪规范，遵守甲方的考勤、安全和保密管理制度。

第十五条 应急保障
1、清明节、中元节、冬至前后各七日为保障高峰期，乙方应增派一名工程师驻场，并每日两次检查火化预约及收费系统运行状态。
2、乙方应制定系统故障、数据库损坏、网络中断三类应急预案，每半年与甲方联合演练一次，演练记录纳入季度考核。
3、乙方应每日检查数据库备份，每月进行一次备份恢复测试，确保备份数据可用。

第十六条 甲方义务
1、甲方应为驻场工程师提供办公场所、办公设备和必要的系统访问权限。
2、甲方应按约定支付服务费，并及时组织季度考核和年度验收。
3、甲方对系统进行调整或新增接口的，应提前告知乙方。

第十七条 运维报告与资料
1、季度运维报告应包括：故障及处理情况、可用率统计、巡检发现的问题及整改情况、备份与恢复测试记录、账号变更记录和下季度工作建议。
2、乙方应持续更新系统配置文档、运维操作手册和应急预案，服务期满时向甲方移交最新版本。
3、服务期满或合同终止时，乙方应配合甲方或新的运维单位完成交接，交接期不少于十个工作日，交接期间乙方应继续保障系统正常运行。

第十八条 廉洁
乙方不得向甲方工作人员给予任何形式的财物或其他利益，不得利用运维工作之便向逝者家属推销任何商品或服务。乙方违反本条的，甲方有权要求乙方更换相关人员，并将有关情况报告上级主管部门。

第十九条 不可抗力
因不可抗力致使本合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任。

第二十条 其他
1、本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
2、本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
代表人：　　　　　　　　　　代表人：
日期：　　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------- z05 (.md, "## 第X条", supplier's template)
H605Z05 = """# 软件许可及定制开发合同

> 云罐科技标准合同文本 V3.0（乙方提供）

**合同编号：** YG-HT-2026-0562

**甲方：** 眉山川味坊食品有限公司（酸菜厂）

**乙方：** 成都云罐智控科技有限公司

甲方拟对酸菜厂发酵车间的96个发酵罐建立在线监测系统，乙方向甲方提供“云罐发酵监测软件”使用许可及定制开发服务。双方协商一致，订立本合同。

## 第一条 合同标的及价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 云罐发酵监测软件平台许可（标准版） | 1套 | 380,000 |
| 2 | 发酵罐数据采集接入授权 | 96罐 | 192,000 |
| | 软件许可小计 | | 572,000 |
| 3 | 定制开发（盐度、温度、pH及液位曲线模型，发酵成熟度预警，工艺报表，与甲方MES对接） | 1项 | 326,000 |
| 4 | 部署实施及培训 | 1项 | 74,000 |
| | 合同总价（含税） | | 972,000 |

采集传感器及现场布线由甲方另行采购，乙方提供接入技术要求。

许可范围：乙方授予甲方在眉山厂区内使用本软件的永久、非独占、不可转让的许可，许可接入的发酵罐数量以上表为限。甲方新增发酵罐或新建厂区的，应另行购买接入授权。本软件的功能以乙方产品说明书为准。

## 第二条 付款方式

1. 合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥631,800。
2. 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥340,200。
3. 乙方收到款项后开具增值税普通发票。
4. 甲方应将款项汇入乙方指定账户，乙方账户变更的以乙方书面通知为准。甲方以银行承兑汇票支付的，贴息费用由甲方承担。

## 第三条 交付与验收

1. 乙方在收到首期款后九十日内完成软件部署和定制功能开发。甲方未按期支付首期款或未按期提供部署环境的，交付期限相应顺延。
2. 乙方按需求说明书开发定制功能，定制功能的范围以双方确认的需求说明书为准，需求说明书未列明的功能不属于乙方交付义务。
3. 系统部署完成并上线运行，即视为甲方验收合格。甲方应配合乙方签署上线确认单；甲方未在上线后五日内签署的，视为已签署。

## 第四条 免费维护期及后续服务

1. 免费维护期为六个月，自系统上线之日起算。免费维护期内乙方提供远程技术支持和缺陷修复。
2. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费按乙方当年公布的服务价格标准收取。

## 第五条 技术支持

1. 乙方提供工作日9:00至18:00的电话及远程技术支持。
2. 对于系统无法登录、数据无法采集等一级故障，乙方在接到甲方报修后8小时内响应，并尽快安排处理；其他问题在两个工作日内答复。
3. 非工作日及现场服务另行收费。
4. 免费维护期内，乙方对软件缺陷进行修复，但因甲方操作不当、采集设备故障、网络或服务器故障、断电等原因引起的问题，不属于免费维护范围。
5. 乙方可对本软件进行版本升级，升级以远程方式进行，甲方应予以配合。

## 第六条 知识产权

1. 云罐发酵监测软件的全部知识产权归乙方所有。
2. 乙方为本项目定制开发的曲线模型、预警规则、报表及接口程序，其知识产权亦归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第七条 数据

1. 甲方发酵生产数据归甲方所有。
2. 乙方应采取访问控制、传输加密和定期备份等措施保护甲方数据安全，因乙方原因导致数据泄露的，乙方承担相应赔偿责任；乙方发现安全事件后应在24小时内通知甲方。
3. 甲方同意，乙方可将甲方数据经脱敏处理后用于发酵工艺算法的训练和优化，并可用于乙方面向其他客户的产品及服务。

## 第八条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。乙方可在宣传材料和客户名单中列示甲方名称及项目案例，但不得披露甲方的工艺参数。

## 第九条 违约责任

1. 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。
3. 无论何种原因，乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失或生产损失承担责任。

## 第十条 合同解除

一方严重违约，经守约方书面通知后三十日内未纠正的，守约方有权解除本合同。合同因甲方原因解除的，甲方已支付的款项不予退还；合同解除后，甲方应停止使用本软件并删除安装副本，乙方按甲方要求导出甲方业务数据。

## 第十一条 甲方义务

1. 甲方应按乙方要求提供服务器、操作系统、数据库及网络环境，服务器配置不低于乙方提供的部署要求。
2. 甲方应自行完成传感器安装、布线及网关供电，并保证采集设备的通讯协议符合乙方接入技术要求。因采集设备原因导致数据缺失或不准确的，乙方不承担责任。
3. 甲方应指定专人配合需求调研和上线测试，在乙方提交需求说明书后三个工作日内书面确认，逾期未确认的视为确认。
4. 甲方不得自行或委托第三方修改、复制、反向工程本软件，不得将本软件安装于本合同约定以外的场所。

## 第十二条 培训与文档

1. 乙方在系统上线前为甲方提供一次集中培训，培训人数不超过十人，培训时长一天。超出部分的培训按乙方收费标准另行计费。
2. 乙方向甲方提供用户操作手册电子版一份。源代码、数据库设计文档及接口开发文档不属于交付范围。

## 第十三条 需求变更

1. 需求说明书经甲方确认后，甲方提出的新增或修改需求均视为需求变更，乙方有权评估工作量并另行报价，工期相应顺延。
2. 因甲方需求变更或配合不及时导致项目延期的，乙方不承担逾期责任，甲方已付款项不予退还。

## 第十四条 不可抗力

因不可抗力、政策调整、网络运营商故障等非乙方原因不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十五条 争议解决

本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。

## 第十六条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 本合同文本为乙方标准文本，双方另有书面约定的除外。
3. 双方通知以书面形式或电子邮件发送至合同首页所列联系方式，发出后三日视为送达。

甲方（盖章）：　　　　　　乙方（盖章）：

日期：　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N + N.N)
H605E01 = """T:Software Licence and Services Agreement (Draft)
P:Agreement No. NBCC-WMS-2026-07
P:This Agreement is made between Ningbo Beilun Coldchain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang (the "Buyer"), and Saigon Supply Chain Software Joint Stock Company, a company incorporated in Vietnam with its registered office in District 7, Ho Chi Minh City (the "Vendor").
P:The Buyer operates three bonded cold-storage warehouses and wishes to replace its warehouse management system. The Vendor has offered its ColdWare warehouse management software together with implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the ColdWare WMS modules listed in Annex 1, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configurations developed by the Vendor specifically for the Buyer, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written certificate issued under Article 5.3.
P:1.4 "Buyer Data" means all data entered into, generated by or stored in the Licensed Software at the Buyer's sites, including inventory, temperature, customer and shipment records.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software at its three Ningbo warehouses and any replacement site in mainland China, for an unlimited number of named users, for the Buyer's own business and that of its affiliates.
P:2.2 The Buyer may make copies for backup, testing and disaster recovery. The Buyer shall not sell or sublicense the Licensed Software as a product.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,916,000, fixed and inclusive of all taxes, travel and expenses, made up as follows:
P:(a) Licence fees (Licence Subtotal): CNY 1,180,000, being the core WMS module CNY 760,000, the cold-chain temperature module CNY 248,000 and the bonded-goods customs module CNY 172,000;
P:(b) implementation, configuration and data migration: CNY 486,000;
P:(c) interfaces with the Buyer's ERP, transport management system, the customs single window and the temperature loggers: CNY 214,000;
P:(d) training of key users and administrators: CNY 36,000.
P:3.2 The Contract Price is not subject to adjustment for exchange rates. Invoices are issued in CNY by the Vendor's appointed invoicing agent in Shanghai.
H:Article 4 Payment
P:4.1 20% of the Contract Price within fifteen days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 45% of the Contract Price within fifteen days after go-live of all three warehouses. Go-live is not acceptance.
P:4.3 35% of the Contract Price within fifteen days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Licensed Software and achieve go-live at all three warehouses within 150 days after signature, following the project plan in Annex 2.
P:5.2 Acceptance criteria: every function listed in Annex 1 works as specified; migrated inventory matches the physical stock count at each warehouse without discrepancy; temperature data from the loggers appears in the system within 60 seconds; customs declarations generated by the system are accepted by the single window in the test environment; and the system runs for forty-five consecutive days after go-live without a Severity 1 incident.
P:5.3 When the criteria are met the Buyer shall issue a Final Acceptance certificate within ten working days, or give written reasons for refusing it. The Vendor shall correct any defect and the tests shall be repeated. Use of the system in production does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their specifications for 24 months after Final Acceptance. During the warranty period the Vendor shall provide error correction, updates, new versions and remote and on-site support free of charge.
P:6.2 After the warranty period the Buyer may order annual support at a fee of 11% of the Licence Subtotal per year, that is CNY 129,800 per year, which shall not increase during the first three years after the warranty. Annual support is ordered by separate purchase order each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Severity 1 means the system is down or goods cannot be received or shipped at a warehouse. The Vendor shall respond to a Severity 1 incident within one hour, at any time, and restore operation within 8 hours, if necessary by a workaround.
P:7.2 Severity 2 means a major function is impaired but operations continue; response within 2 hours in business hours and resolution within three working days.
P:7.3 For each hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment due or paid on demand.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance, and the Buyer may use, modify and license them without restriction.
H:Article 9 Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and for no other purpose.
P:9.2 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law. Remote access requires the Buyer's approval for each session and shall be made through the Buyer's bastion host; the Vendor shall not transfer Buyer Data outside mainland China or keep any copy of it.
P:9.3 The Vendor shall notify the Buyer within 12 hours of becoming aware of any security incident affecting Buyer Data, cooperate in its remedy and bear liability for any loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement, and not disclose it to any third party without prior written consent, except to its professional advisers bound by equivalent duties.
P:10.2 This Article survives termination for three years.
H:Article 11 Delay Damages and Liability
P:11.1 If go-live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price, except for liability for death or personal injury, wilful misconduct, and breach of Articles 9 and 10, which is not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.
P:13.2 If the Vendor's delay damages reach their maximum, the Buyer may terminate this Agreement and recover the payments made, against return of the Licensed Software.
P:13.3 On termination the Vendor shall return or destroy all Buyer Data as the Buyer directs, and certify that it has done so.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Socialist Republic of Vietnam.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration at the Vietnam International Arbitration Centre under its rules. The seat of arbitration is Ho Chi Minh City and the language is English.
H:Article 15 Project Management and Personnel
P:15.1 The Vendor shall appoint a project manager who speaks Chinese and is present at the Buyer's Ningbo office during configuration, data migration and go-live. The Vendor shall not replace the project manager or other key personnel named in Annex 2 without the Buyer's prior approval, which shall not be unreasonably withheld.
P:15.2 The Vendor shall hold a weekly progress meeting with the Buyer, keep a risk and issue log, and submit a written status report every two weeks.
P:15.3 The Vendor's staff working at the Buyer's warehouses shall follow the Buyer's site rules, including rules on cold rooms, forklifts, fire safety and bonded-area access.
H:Article 16 Buyer's Cooperation
P:16.1 The Buyer shall provide the servers, network and database licences described in Annex 2, access to its sites and systems, and key users available for workshops and testing.
P:16.2 If the Buyer fails to provide cooperation on time and this delays the project, the dates in Article 5 shall be extended accordingly.
H:Article 17 Force Majeure
P:17.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 18 General
P:18.1 This Agreement, with Annex 1 (Modules and Functions) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:18.2 This Agreement is signed in two originals in English, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A A1-A6 + Part B General Terms)
H605E02 = """# LaneHub Subscription Order Form

**Order Form No. LH-CN-2026-0193**

This Order Form is issued by LaneHub Technologies Sole Co., Ltd., a company registered in Vientiane, Lao PDR ("Provider"), to Yunnan Caiyun Flower Trading Co., Ltd., a company registered in Kunming, Yunnan Province, China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If the parts conflict, Part A prevails.

## Part A - Order Details

### A1. Service

LaneHub Order and Dispatch, a cloud service for wholesale flower businesses, covering order capture from florists and supermarkets, cold-room stock allocation, auction purchase reconciliation, dispatch planning for refrigerated vans, proof of delivery on mobile devices and customer statements. The service is provided in the Professional edition for 180 named users.

### A2. Subscription Term

The Subscription Term starts on the Service Start Date, being the day after Go-Live Acceptance under A4, and runs for two Subscription Years. Each Subscription Year is a period of one year starting on the Service Start Date or its anniversary.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Professional edition | 180 named users x CNY 1,450 per user per Subscription Year | 261,000 per Subscription Year |
| Subscription, two Subscription Years | 2 x 261,000 | 522,000 |
| Onboarding (configuration, data import, two integrations, training) | one-time | 58,000 |
| **Total Fees for the Subscription Term** | | **580,000** |
| Additional named users | per user per Subscription Year, pro rata | 1,450 |

All amounts are in Chinese Yuan and include VAT. Provider issues Chinese VAT invoices through its authorised agent in Kunming.

### A4. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within 60 days after signature of this Order Form. Onboarding includes configuration of Customer's price lists, product codes and customer accounts; import of open orders and customer master data; an interface to Customer's Kingdee ERP; an interface to the Dounan auction settlement files; and training for dispatchers and sales staff.

Go-Live Acceptance requires that (a) all 180 users can log in and place, allocate and dispatch orders; (b) imported customer balances match Customer's ERP for every account; (c) both interfaces run without error for ten consecutive working days; and (d) a dispatch plan for 40 vans is produced in under 20 seconds. Customer shall sign a Go-Live Acceptance certificate within five working days after these criteria are shown to be met, or state in writing which criterion is not met. Use of the service during onboarding is not acceptance.

### A5. Invoicing and Payment

The onboarding fee is invoiced on Go-Live Acceptance. Subscription fees are invoiced quarterly in advance, the first invoice on the Service Start Date. Customer pays each invoice within 30 days of receipt. No payment is due before the Service Start Date.

### A6. Special Terms

Service data is hosted in Provider's tenant on a cloud platform in the Guizhou region of mainland China. Customer's contact for this order is the IT manager of Customer's Kunming head office.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the service or that the service generates from Customer's transactions, including orders, prices, customer lists, delivery records and photographs.

1.2 "Customer Configurations" means price rules, templates, reports and interface mappings that Provider builds specifically for Customer during onboarding or later.

1.3 "Service Levels" means the commitments in section 4.

### 2. Use of the Service

2.1 Provider grants Customer and its users a non-exclusive right to use the service during the Subscription Term for Customer's business.

2.2 Customer is responsible for its users' credentials and for the accuracy of the Customer Data it enters.

2.3 Provider may update the service from time to time, provided that no update materially reduces the functions ordered in A1.

### 3. Term, Renewal and Fees on Renewal

3.1 This Order Form runs for the Subscription Term in A2.

3.2 At the end of the Subscription Term, the subscription renews automatically for a renewal term equal to one Subscription Year, and again at the end of each renewal term, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 Provider may increase the subscription fees for any renewal term by giving Customer written notice at least 75 days before the renewal term begins. The increased fees apply from the first day of the renewal term.

### 4. Service Levels

4.1 Provider shall make the service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced three days ahead and carried out between 00:00 and 05:00 Beijing time.

4.2 Priority 1 means the service is unavailable or orders cannot be dispatched. Provider shall respond to a Priority 1 incident within 30 minutes, around the clock, and restore the service within 3 hours. Priority 2 incidents receive a response within 2 hours in business hours.

4.3 If monthly availability falls below the level in 4.1, Provider shall credit 5% of that month's subscription fee for each 0.1 percentage point (or part) below it, up to half of the monthly fee. For each Priority 1 incident not restored within the time in 4.2, Provider shall credit a further 3% of the monthly fee. Credits are set off against the next invoice.

### 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider uses Customer Data only to provide the service to Customer and does not use it for any other purpose, whether aggregated, de-identified or otherwise.

5.2 Provider keeps Customer Data in mainland China, encrypts it in transit and at rest, restricts access to named support staff with multi-factor authentication, logs every access and keeps daily backups for 30 days.

5.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and be liable for the loss caused to Customer by its failure to comply with this section.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 6. Confidentiality

6.1 Each party shall keep confidential all non-public information disclosed by the other party, including prices, customer lists and product plans, use it only for this Order Form, and not disclose it to any third party without the other party's prior written consent.

6.2 These obligations last for three years after this Order Form ends.

### 7. Intellectual Property

7.1 Provider owns the service and its underlying software.

7.2 Customer Configurations belong to Customer. Provider shall hand them over on request in editable form, and Customer may use and modify them and let third parties use them.

### 8. Subcontractors

8.1 Provider uses the cloud platform operator named in A6 to host the service. Provider shall not engage any other subcontractor to perform the service without Customer's prior written consent, and remains responsible for every subcontractor.

### 9. Warranties

9.1 Provider warrants that the service will perform materially as described in A1 and in its documentation, and that onboarding will be performed with reasonable skill and care.

### 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit, except for breach of section 5 or section 6.

10.2 Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by Customer under this Order Form in the six months preceding the event giving rise to the claim.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 If Customer terminates under 11.1, Provider shall refund any prepaid subscription fees for the period after termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

### 13. Customer Responsibilities

13.1 Customer shall provide the data, decisions and staff needed for onboarding in good time, make its ERP and auction settlement files available for the interfaces, and ensure that its users comply with Provider's acceptable use policy.

13.2 Customer shall not attempt to copy, resell or reverse engineer the service, or use it to store data unrelated to its flower business.

### 14. Force Majeure

14.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, large-scale outages of public networks or government action, if it notifies the other party promptly and does what it reasonably can to resume performance. Time lost in this way is excluded from the availability calculation.

### 15. General

15.1 This Order Form is the entire agreement between the parties about the service and replaces any earlier quotation.

15.2 Notices must be in writing and sent to the addresses on this Order Form.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table)
H605E03 = """T:Purchase Contract for Pond Water-Quality Sensors and Monitoring Software (Draft)
P:Contract No. ZHW-PUR-2026-114
P:Buyer: Zhanjiang Haiwan Aquaculture Co., Ltd., Donghai Island, Zhanjiang, Guangdong Province, China.
P:Supplier: Han River Aqua Sensing Co., Ltd., Hai Chau District, Da Nang, Vietnam.
P:This Contract is on the Buyer's standard purchase terms. The Buyer farms shrimp in 240 ponds at two sites and wishes to monitor dissolved oxygen and water quality continuously and to control aerators automatically. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, probes, gateways and aerator control units listed in clause 2.
P:1.2 "Platform" means the Supplier's AquaWatch monitoring software, licensed under clause 3, together with the configuration made for the Buyer.
P:1.3 "Final Acceptance" means the certificate issued by the Buyer under clause 6.4.
P:1.4 "Farm Data" means all measurements, alarms, control events and other data collected from the Buyer's ponds or entered by the Buyer's staff.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the following, and train the Buyer's staff:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen sensor with cleaning brush|240|1,850|444,000
TB:2|Multi-parameter probe (pH, temperature, salinity, ammonia)|120|2,600|312,000
TB:3|LoRa gateway with 4G backhaul and solar power|16|9,500|152,000
TB:4|Aerator control unit|240|780|187,200
TB:5|AquaWatch Platform licence, perpetual, two sites|1|268,000|268,000
TB:|Equipment and Licence Subtotal|||1,363,200
TB:6|Installation, cabling and commissioning|1|146,800|146,800
TB:7|Training of pond managers and technicians|1|22,000|22,000
TB:|Contract Price|||1,532,000
P:2.2 The Contract Price is fixed, includes VAT, import duties, delivery to both sites, insurance, spare parts for commissioning and all travel, and is paid in CNY.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Platform at the two sites and any future site of the Buyer in mainland China, with unlimited users.
P:3.2 The Platform shall be installed on the Buyer's own server at the Donghai site. The Buyer may make copies for backup and testing.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's sites within 70 days after the Contract is signed and complete installation and commissioning within 45 days after delivery, outside the harvest periods notified by the Buyer.
P:4.2 Risk passes to the Buyer on delivery; title passes on payment of the delivery instalment.
P:4.3 The Buyer's signature on a delivery note confirms quantities only and is not acceptance of quality.
H:5. Payment
P:5.1 10% of the Contract Price within 20 days after signature, against an advance-payment guarantee of the same amount from a bank in mainland China.
P:5.2 55% of the Contract Price within 20 days after all Equipment has been delivered and the Buyer has checked the quantities.
P:5.3 35% of the Contract Price within 20 days after Final Acceptance.
H:6. Testing and Acceptance
P:6.1 After commissioning, the Supplier shall show that every sensor reports to the Platform at least once every five minutes; that dissolved-oxygen readings are within 0.3 mg/L of readings by a calibrated handheld meter at 24 ponds chosen by the Buyer; and that each aerator control unit switches its aerator on and off in response to the configured thresholds.
P:6.2 A trial run of 30 consecutive days shall then follow, in which no Priority 1 fault may remain unresolved beyond the restoration time in clause 8 and the Platform must send low-oxygen alarms by SMS and app within 60 seconds.
P:6.3 If any test fails, the Supplier shall correct the defect at its cost within ten days and the test shall be repeated.
P:6.4 When all tests and the trial run have been passed, the Buyer shall issue a Final Acceptance certificate within seven working days. Operation of the Equipment before Final Acceptance does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Platform for 36 months after Final Acceptance. During that period it shall repair or replace defective Equipment, provide software fixes and new versions, and provide remote and on-site support, all free of charge.
P:7.2 After the warranty period, the Buyer may order annual support from the Supplier. The annual support fee shall not exceed 7% of the Equipment and Licence Subtotal (CNY 95,424 per year) and shall remain fixed for three years after the warranty ends. Support is ordered year by year by purchase order and does not renew automatically.
H:8. Service Levels
P:8.1 Priority 1 means loss of monitoring or aerator control at ten or more ponds. The Supplier shall respond to a Priority 1 fault within one hour by phone or remote session and restore service within 8 hours, if necessary by sending a technician with spare units kept in Zhanjiang.
P:8.2 Priority 2 means a fault affecting fewer ponds or a single function. The Supplier shall respond within 3 hours and resolve it within two working days.
P:8.3 For each hour by which a Priority 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
H:9. Intellectual Property
P:9.1 The Platform remains the property of the Supplier.
P:9.2 The dashboards, alarm rules, reports and interface to the Buyer's feed-management system made for the Buyer belong to the Buyer. The Supplier shall deliver their source files, and the Buyer may use and modify them and have third parties maintain them.
H:10. Farm Data and Data Security
P:10.1 Farm Data belongs to the Buyer. The Supplier may process Farm Data only to perform this Contract and shall not use it for any other purpose or disclose it to anyone.
P:10.2 The gateways shall send data only to the Buyer's server. Remote maintenance requires the Buyer's approval for each session and shall use the VPN account provided by the Buyer. The Supplier shall not copy Farm Data outside the Buyer's systems.
P:10.3 The Supplier shall report any security incident affecting Farm Data or the Platform to the Buyer within 12 hours, help contain it, and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public technical and commercial information obtained under this Contract, including pond layouts, stocking plans and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Contract ends.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to complete delivery or commissioning by the dates in clause 4.1 for reasons not attributable to the Buyer, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for death or personal injury, fraud, wilful misconduct, and breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier may not subcontract any part of the installation or services without the Buyer's prior written consent and is responsible for every approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum.
P:14.2 On termination, the Supplier shall refund payments for Equipment and services not delivered or not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.
H:16. Spare Parts, Calibration and Documentation
P:16.1 The Supplier shall keep in Zhanjiang a stock of spare sensors, probes and control units equal to at least five per cent of the installed quantity of each item for the duration of the warranty period, and shall make spare parts available for purchase for at least eight years after Final Acceptance.
P:16.2 The Supplier shall calibrate every dissolved-oxygen sensor and multi-parameter probe before installation and supply the calibration records. During the warranty period it shall recalibrate them every six months at no charge.
P:16.3 Before Final Acceptance the Supplier shall deliver installation drawings, the equipment list with serial numbers, user and maintenance manuals in Chinese, and the administrator guide for the Platform.
H:17. Buyer's Cooperation
P:17.1 The Buyer shall give the Supplier access to the ponds and the server room, provide mains power at the locations shown in the installation plan, and name a site coordinator at each site.
P:17.2 The Buyer shall inform the Supplier of harvest and pond-draining dates at least ten days in advance so that installation work can be scheduled.
H:18. Force Majeure
P:18.1 Neither party is liable for delay caused by typhoons, floods, epidemics or other events beyond its reasonable control, provided that it promptly notifies the other party and takes reasonable steps to reduce the delay. The affected dates shall be extended by the period of the event.
H:19. General
P:19.1 This Contract is made in English and Chinese, in two originals of each. Both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables)
H605E04 = """# Managed IT Services Agreement (Draft)

**Agreement reference:** GXSG-MSA-2026-05

**Customer:** Guangxi Nanhua Sugar Group Co., Ltd., Nanning, Guangxi Zhuang Autonomous Region, China

**Provider:** Mekong Managed IT Co., Ltd., Daun Penh District, Phnom Penh, Cambodia

**Background.** The Customer operates a head office in Nanning and seven sugar mills in Guangxi. It wishes to outsource its service desk, end-user device management, network monitoring and server operations to the Provider for a fixed term of 36 months. The Provider will deliver the services remotely from its operations centre and through a field team based in Nanning.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement" means the date on which the Customer signs the Service Commencement certificate under section 4.3.

1.3 "Target Date" means 1 October 2026.

1.4 "Customer Data" means all data of the Customer, its employees, growers and customers that the Provider accesses, stores or processes in performing the Services.

1.5 "Monthly Charge" means the monthly charge set out in Schedule 3.

## 2. Services

2.1 The Provider shall perform the Services in accordance with this Agreement, Schedule 1 and the service levels in Schedule 2, with suitably qualified staff able to work in Chinese.

2.2 The Services cover about 1,650 users, 1,900 laptops and desktops, 260 network devices and 84 servers at the sites listed in Schedule 1. Changes of up to ten per cent in these quantities do not change the Monthly Charge.

2.3 During the crushing season, from November to March, the Provider shall keep two additional field engineers on call for the mills.

## 3. Term

3.1 This Agreement starts on signature and continues until 36 months after Service Commencement, when it ends without further notice.

3.2 Any extension requires a written amendment signed by both parties. There is no automatic renewal.

## 4. Transition and Service Commencement

4.1 Before the Target Date the Provider shall complete transition: take over open tickets and documentation from the Customer's current team, install monitoring agents on all in-scope devices, set up the service desk telephone line and portal, and run the services in parallel with the current team for 20 working days.

4.2 Service Commencement criteria: monitoring covers every device in the inventory; the knowledge base contains runbooks for the 60 most frequent requests; the service desk answers 90 per cent of calls within 30 seconds over the last ten parallel-run days; and a failover test of the two core servers succeeds.

4.3 When the criteria are met, the Customer shall sign a Service Commencement certificate within five working days or state in writing which criterion is not met. Parallel running does not amount to acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3 and are fixed for the whole term.

5.2 The transition fee is invoiced after Service Commencement. The Monthly Charge is invoiced monthly in arrears. The Customer pays each correct invoice within 30 days.

5.3 No advance payment is due under this Agreement.

## 6. Delay Damages

6.1 If Service Commencement has not occurred by the Target Date for reasons attributable to the Provider, the Provider shall pay delay damages of 0.21% of the Total Contract Value for each full week of delay, up to 5% of the Total Contract Value.

6.2 Delay damages do not affect the Customer's other remedies.

## 7. Service Levels and Credits

7.1 The Provider shall meet the service levels in Schedule 2 every month and report its performance by the fifth working day of the next month.

7.2 If a service level is missed, the Provider shall credit the amount set out in Schedule 2 against the next invoice. Credits in one month are limited to a quarter of that month's Monthly Charge.

## 8. Customer Data

8.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and for no other purpose.

8.2 Customer Data shall stay on the Customer's systems in mainland China. The Provider's staff shall access them only through the Customer's bastion host with personal accounts and multi-factor authentication, and shall not download or store Customer Data on the Provider's systems in Cambodia or elsewhere.

8.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, apply the Customer's security policies, and keep access logs for one year.

8.4 The Provider shall notify the Customer within two hours of discovering any security incident involving Customer Data, take all reasonable steps to contain it, and be liable for losses caused by its breach of this section.

## 9. Intellectual Property

9.1 Runbooks, scripts, automation workflows, reports and documentation produced by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

9.2 The Provider's own monitoring and ticketing tools remain the Provider's property.

## 10. Personnel

10.1 The Provider shall name a service delivery manager in Nanning and shall not replace key personnel without giving the Customer 20 days' notice.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for the acts of its approved subcontractors as for its own.

## 12. Liability

12.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for death or personal injury, wilful misconduct and breach of section 8.

12.2 Neither party is liable for loss of profit, except where caused by wilful misconduct.

## 13. Termination and Exit

13.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 20 days after notice, or if the Provider misses the same service level in three consecutive months.

13.2 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all documentation and access rights, and return all Customer Data.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.

## 15. Governance

15.1 The parties shall hold a monthly service review in Nanning or by video conference to discuss service level performance, open problems, planned changes and the improvement plan. The Provider shall prepare the minutes and circulate them within three working days.

15.2 Once a year the parties shall hold a contract review attended by the Customer's chief information officer and a director of the Provider.

15.3 Changes to the scope of the Services shall be agreed through a written change request signed by both parties, stating the effect on the Monthly Charge and the service levels.

## 16. Customer Responsibilities

16.1 The Customer shall give the Provider remote and physical access to the in-scope systems and sites, keep its software licences and hardware maintenance contracts in force, and inform the Provider of planned changes at the mills that affect the Services.

16.2 Where a service level is missed because the Customer has not met these responsibilities, no credit is due for that miss.

## 17. Force Majeure

17.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as floods, typhoons, epidemics or public network outages, provided that it notifies the other party promptly and takes reasonable steps to resume performance.

## 18. General

18.1 This Agreement, with its three Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services and Sites

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and chat in Chinese for all users | 07:00-23:00 daily |
| End-user devices | Imaging, patching, software distribution, asset records | Business days |
| Network monitoring | Head office, seven mills, 260 devices | 24 x 7 |
| Server operations | 84 servers, backups, restores, patching | 24 x 7 |
| Field support | Nanning team; mills visited on request | Business days, on call in season |

Sites: Nanning head office; Chongzuo, Fusui, Jiangzhou, Ningming, Laibin, Binyang and Hengzhou mills.

## Schedule 2 - Service Levels

| Priority | Definition | Response | Restore | Credit per miss |
|---|---|---|---|---|
| P1 | Mill production systems, weighbridge or core network down | 15 minutes | 6 hours | CNY 3,000 |
| P2 | Service degraded for a site or a department | 1 hour | 1 business day | CNY 1,000 |
| P3 | Single user problem | 8 business hours | 3 business days | CNY 200 |
| Service desk | Calls answered within 30 seconds, monthly | 90 per cent | - | CNY 2,000 |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement | 124,000 |
| Monthly Charge | 36 months x CNY 68,500 | 2,466,000 |
| **Total Contract Value** | | **2,590,000** |
| Exit assistance | per engineer-day | 2,800 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings + numbered clauses)
H605E05 = """DATA SUBSCRIPTION AGREEMENT (DRAFT)

Reference: LAD-CN-2026-031

BETWEEN

Lanna AgriData Co., Ltd., a company registered in Thailand with its office in Mueang Chiang Mai District, Chiang Mai ("Provider"); and

Guangxi Pingxiang Hongtai Fruit Import Co., Ltd., a company registered in Pingxiang, Guangxi, China ("Customer").

BACKGROUND

Customer imports durian, longan and mangosteen from Thailand and plans its purchasing, cold-chain capacity and pricing several weeks ahead. Provider collects orchard surveys, harvest forecasts, farm-gate prices and packing-house volumes in Thailand and delivers them through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the datasets described in clause 2.1 as updated by Provider from time to time.

1.2 "API" means Provider's application programming interface through which the Data is delivered, and its documentation.

1.3 "Subscription Year" means a period of one year starting on the Service Start Date or on its anniversary.

1.4 "Service Start Date" means the day after Integration Acceptance under clause 5.

1.5 "Customer Inputs" means the supplier lists, orchard codes, purchase volumes and query parameters that Customer uploads to or sends through the API, and the logs of Customer's queries.

1.6 "Total Fees" means the amount stated in clause 4.1.

2. DATA AND API

2.1 Provider shall make available through the API: (a) weekly harvest forecasts by province and variety for durian, longan and mangosteen; (b) daily farm-gate and packing-house prices in the main producing provinces; (c) weekly packing-house throughput and export-inspection volumes; and (d) orchard-level survey results for the orchards listed in Customer's supplier list.

2.2 Provider shall provide Customer with two API keys for production and one for testing, and a monthly call allowance of 600,000 calls. Calls beyond the allowance are charged at CNY 85 per 10,000 calls.

2.3 Provider shall develop for Customer a connector that loads the Data into Customer's purchasing planning system each night, and a Chinese-language dashboard showing forecast against actual volumes.

3. TERM

3.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

3.2 This Agreement does not renew automatically. Any further subscription requires a new written order agreed by both parties.

4. FEES AND PAYMENT

4.1 The Total Fees are CNY 678,000, inclusive of VAT, made up of:
(a) subscription fee for the first Subscription Year: CNY 318,000;
(b) subscription fee for the second Subscription Year: CNY 318,000;
(c) integration fee for the connector and dashboard in clause 2.3: CNY 42,000, one-time.

4.2 The integration fee is payable within 30 days after Integration Acceptance.

4.3 Each subscription fee is invoiced at the start of the Subscription Year to which it relates and payable within 30 days of the invoice. Overage charges are invoiced quarterly in arrears.

4.4 Fees are fixed for the term. Provider issues VAT invoices through its agent in Nanning.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall make the production API, the connector and the dashboard available to Customer by 15 August 2026 (the "Target Date").

5.2 Integration Acceptance requires that: (a) the connector has loaded all four datasets into Customer's planning system on ten consecutive nights without error; (b) a sample of 200 records chosen by Customer matches the records returned by the API; (c) the dashboard shows all varieties and provinces in clause 2.1; and (d) median API response time over the test period is under 800 milliseconds.

5.3 Customer shall sign an Integration Acceptance certificate within five working days after the criteria are met, or state in writing which criterion is not met. Use of test data does not amount to acceptance.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to update each dataset on its usual schedule.

6.2 Provider will handle support requests sent by e-mail or through its support portal during its business hours in Chiang Mai and will try to resolve them promptly.

6.3 Provider may suspend the API for maintenance, and will try to announce planned maintenance in advance.

7. CUSTOMER INPUTS

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to deliver the Data and the connector to Customer under this Agreement and shall not use them for any other purpose, combine them with other customers' data or disclose them to anyone.

7.2 At the end of the term Provider shall return Customer Inputs to Customer on request and then delete them.

8. CONFIDENTIALITY

8.1 Each party shall keep secret any non-public business information it receives from the other party under this Agreement, including prices, supplier names and purchasing plans, and shall not disclose it to any third party without the other party's written consent, except as required by law.

8.2 This clause continues for three years after this Agreement ends.

9. INTELLECTUAL PROPERTY AND LICENCE

9.1 Provider owns the Data and the API. Provider grants Customer a non-exclusive, non-transferable licence to use the Data during the term for Customer's internal business, including in reports shared within Customer's group.

9.2 Customer may keep and use, after the term, reports and analyses it has made from the Data during the term.

9.3 The connector and the dashboard developed under clause 2.3, including their source code, belong to Customer, which may modify them and have them maintained by others.

10. DELAY DAMAGES AND LIABILITY

10.1 If the production API, the connector and the dashboard are not available by the Target Date for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.1% of the Total Fees for each day of delay until Integration Acceptance, up to 10% of the Total Fees.

10.2 Provider's total liability under this Agreement is limited to 150% of the Total Fees, except for wilful misconduct and breach of clause 8.

10.3 Provider does not guarantee the accuracy of forecasts, which are estimates, but warrants that the Data is collected with the methods described in its documentation.

11. SUBCONTRACTING

11.1 Provider may use its own field survey staff. Provider shall not subcontract the collection of the Data or the development of the connector to any third party without Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund the subscription fee for the unexpired part of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.

14. DATA QUALITY AND METHODOLOGY

14.1 Provider collects the Data through its own field surveyors, a panel of packing houses and growers' cooperatives in Chanthaburi, Rayong, Chumphon and the northern provinces, and published export-inspection statistics. The methods and the sample for each dataset are described in the documentation.

14.2 Provider shall tell Customer in writing before it materially changes the method, sample or coverage of a dataset, and shall keep providing the previous series in parallel for at least one month where it is able to do so.

14.3 If Customer finds an error in the Data, it may report it through the support portal. Provider will check the report and, where the Data is wrong, publish a correction and notify Customer.

15. PERMITTED USE

15.1 Customer may use the Data in its purchasing, logistics, pricing and sales decisions and in internal reports and presentations, and may share extracts with its bank and auditors.

15.2 Customer shall not resell the Data, publish it as a data product, or provide it in bulk to any third party other than its group companies.

16. CUSTOMER RESPONSIBILITIES

16.1 Customer shall keep its API keys within its own organisation and tell Provider without delay if it believes a key has been misused, so that Provider can replace it.

16.2 Customer shall provide the supplier list and orchard codes needed for the orchard-level survey in clause 2.1(d), and update them at least once per season.

16.3 Customer shall provide Provider with test access to its purchasing planning system for the development and testing of the connector.

17. FORCE MAJEURE

17.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including floods, drought, epidemics, border closures and government action that prevents field surveys, provided that it notifies the other party promptly. If such an event prevents delivery of a dataset for more than 60 days, Customer may ask for a proportionate reduction of the subscription fee.

18. NOTICES

18.1 Notices under this Agreement shall be in writing in English or Chinese and sent by courier or e-mail to the addresses shown on the signature page. A notice sent by e-mail is received when the recipient confirms receipt.

19. GENERAL

19.1 This Agreement is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.

19.2 Neither party may assign this Agreement without the other party's written consent.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ================================================================ targets, labels, checks
FILES = {
    "h605z01": ("h605z01_port_hazardous_cargo_monitoring_platform.pdf", "zh", H605Z01),
    "h605z02": ("h605z02_dyeworks_stenter_control_retrofit.docx", "zh", H605Z02),
    "h605z03": ("h605z03_laundry_chain_order_saas.txt", "zh", H605Z03),
    "h605z04": ("h605z04_funeral_service_system_annual_om.txt", "zh", H605Z04),
    "h605z05": ("h605z05_pickle_plant_fermentation_monitoring_supplier_template.md", "zh", H605Z05),
    "h605e01": ("h605e01_cold_chain_wms_perpetual_licence_hcmc_vendor.pdf", "en", H605E01),
    "h605e02": ("h605e02_flower_wholesale_dispatch_saas_order_form.md", "en", H605E02),
    "h605e03": ("h605e03_aquaculture_pond_sensors_monitoring_licence.docx", "en", H605E03),
    "h605e04": ("h605e04_sugar_group_managed_it_services_36_months.md", "en", H605E04),
    "h605e05": ("h605e05_fruit_import_agri_data_api_subscription.txt", "en", H605E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in KEYS order), extra: (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value)
LABELS = {
    "h605z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9,
                             False, True, False, "PRC", G], (True, True, True, False, 2190000)),
    "h605z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 26,
                             False, True, True, "PRC", G], (True, True, True, False, 1770000)),
    "h605z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.08, 200, None, True, None, None, None,
                          True, True, False, "PRC", S], (True, True, None, False, 960000)),
    "h605z04": ("services", [99.95, 20 / 60, True, "buyer", True, True, True, 0.02, None, None, True, None, None,
                             None, False, False, False, "PRC", S], (True, True, None, False, 486000)),
    "h605z05": ("software", [None, 8, False, "supplier", True, False, True, 0.1, 20, 65, False, False, 6, None,
                             False, True, None, "PRC", G], (True, True, False, True, 972000)),
    "h605e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11,
                             False, True, False, "Vietnam", G], (True, True, True, False, 1916000)),
    "h605e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None,
                          None, True, True, False, "PRC", S], (True, False, None, False, 580000)),
    "h605e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7,
                             False, True, False, "PRC", G], (True, True, True, False, 1532000)),
    "h605e04": ("services", [None, 0.25, True, "buyer", True, True, False, 0.21 / 7, 150, None, True, None, None,
                             None, False, True, False, "PRC", S], (True, True, None, False, 2590000)),
    "h605e05": ("cloud", [None, None, False, "buyer", False, True, True, 0.1, 150, None, True, None, None, None,
                          False, True, False, "PRC", S], (False, True, None, False, 678000)),
}
# fee base for TCO (itemised licence / hardware subtotal), forum outside mainland China
FEE_BASE = {"h605z01": 1260000, "h605z02": 1580000, "h605z05": 572000, "h605e01": 1180000, "h605e03": 1363200}
FORUM_OUTSIDE = {"h605e01"}

DESIGN = {
    "h605z01": [],
    "h605z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h605z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h605z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "h605z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h605e01": ["CR-GOVERNING-LAW"],
    "h605e02": ["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "h605e03": [],
    "h605e04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "h605e05": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of policy §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH = 40


def label(key):
    cat, terms, (sla, ld, capped, deemed, value) = LABELS[key]
    t = dict(zip(KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": FILES[key][1], "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(derive(key, t, extra))}


def tco_share(key, t, extra):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (extra["contract_value"] + fees) * 100


def derive(key, t, extra):
    """My reading of policy §3 applied to the labels."""
    r = set()
    goods = t["contract_kind"] == G
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or extra["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, extra)
        if share is not None and share > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---- threshold figures in text
TH_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0\.050*(?!\d)\s*(?:%|％|percent|per\s*cent)",
    r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.,])(?:30|100|15|40)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:%|percent|per\s*cent)",
    r"百分之(?:三十|一百|十五|四十)(?![一二三四五六七八九点])",
    r"(?<![\d.,])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour\s*hours?", r"(?<![二十])四个?小时",
    r"(?<![\d.,])12\s*(?:months?|个月)", r"\btwelve\s*months?", r"(?<![\d十])十二个月",
]
TH_RE = re.compile("|".join(TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "4 个小时", "30%", "100 %", "15%", "40 per cent",
            "0.05%", "万分之五", "12 months", "12个月", "twelve months", "百分之三十", "Four hours", "within 4h."]
MUST_MISS = ["99.95%", "99.99%", "24小时", "24 hours", "14 hours", "二十四小时", "130%", "0.055%", "2.30%", "45%",
             "1,500", "30 days", "12 hours", "150%", "115%", "340,200", "48 hours", "万分之八", "36 months"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in TH_RE.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert TH_RE.search(s), s
    for s in MUST_MISS:
        assert not TH_RE.search(s) and not TH_RE.search(s.replace(" ", "")), s
    docx_pdf = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[2] for k, v in docx_pdf.items()},
          {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in docx_pdf.items()}, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (name, lang, src) in FILES.items():
        path = OUT / name
        if not name.endswith((".docx", ".pdf")):
            path.write_text(src, encoding="utf-8")
            print("wrote", name)
        lab = label(key)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        rules = lab["expected_rules"]
        covered |= set(rules)
        if rules != sorted(DESIGN[key]):
            problems.append("%s: derived %s != design %s" % (key, rules, sorted(DESIGN[key])))
        t, x = lab["expected_terms"], lab["expected_extra"]
        for k, v in TH.items():
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append("%s: %s on threshold" % (key, k))
        share = tco_share(key, t, x)
        if share is not None and abs(share - TCO_TH) <= 2:
            problems.append("%s: TCO share %.2f near threshold" % (key, share))
        text = read_back(path)
        n = len(text) if lang == "zh" else len(text.split())
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        if not ok:
            problems.append("%s: length %d out of range" % (key, n))
        hits = threshold_hits(text)
        if hits:
            problems.append("%s: threshold figures %s" % (key, sorted(set(hits))))
        print("%s %-3s %5d %s %-6s %s%s" % (key, lang, n, "chars" if lang == "zh" else "words", risk(rules),
                                           ", ".join(r[3:] for r in rules) or "(none)",
                                           "" if share is None else "  [TCO share %.2f %%]" % share))
    if covered != set(ALL_RULES):
        problems.append("rules not covered: %s" % sorted(set(ALL_RULES) - covered))
    compliant = [k for k in FILES if not DESIGN[k]]
    assert sorted(compliant) == ["h605e03", "h605z01"], compliant
    assert 8 <= len(DESIGN["h605z05"]) <= 10
    assert sum(1 for k in FILES if 2 <= len(DESIGN[k]) <= 3) == 6
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
