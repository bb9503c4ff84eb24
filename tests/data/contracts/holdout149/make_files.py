"""Builds the holdout149 contracts (blind held-out set of ordinary drafts, written before any run).

All ten sources are kept here. The two .docx and the two .pdf are built with ../word_pdf.py (markup T:/H:/P:/LN:/TB:;
PDFs broken at word boundaries, wrap_words=True); the three .md and three .txt are written as they are, UTF-8, with a
final newline. Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h149z01 — 城市管理局 智慧城管综合平台 (政府采购 公开招标, buyer's paper), .docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H149Z01 = """
T:汀州市智慧城管综合平台建设项目合同书
P:合同编号：TZCG-2026-ZB-017
P:采购人（甲方）：汀州市城市管理局
P:供应商（乙方）：杭州云衢数智科技有限公司
P:根据汀州市智慧城管综合平台建设项目公开招标（项目编号：TZZC2026-G031）的招标结果、招标文件及乙方投标文件，依据《中华人民共和国政府采购法》《中华人民共和国民法典》，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责汀州市智慧城管综合平台的建设，包括城市管理综合业务平台、视频智能分析、物联感知终端、指挥中心显示及服务器设备的供货、安装、定制开发、系统集成、培训以及质保期内的运行维护。
P:1.2 定制开发内容包括：数字城管案件受理、派遣、处置、核查、结案全流程；与12319城管服务热线、市住建局渣土运输管理系统、市公安局视频共享平台的接口；领导驾驶舱及街道、部门考核评价报表。具体功能以招标文件第三章《采购需求》和双方确认的《需求规格说明书》为准。
P:1.3 平台部署于汀州市政务云，由甲方提供云资源，乙方负责应用部署、联调与集成。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰捌拾陆万元整（¥3,860,000.00），为固定总价，包含设备、软件许可、开发、运输、安装、集成、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|城市管理综合业务平台软件许可|1套|1,180,000|1,180,000
TB:2|视频智能分析算法许可|200路|2,300|460,000
TB:3|智能井盖监测终端|600个|380|228,000
TB:4|垃圾满溢监测终端|300个|460|138,000
TB:5|指挥中心拼接屏、服务器及网络设备|1批|846,000|846,000
TB:6|定制开发（案件流转、接口、驾驶舱）|1项|694,000|694,000
TB:7|系统集成实施|1项|268,000|268,000
TB:8|培训|1项|46,000|46,000
TB:合计||||3,860,000
P:2.2 上表第1至5项为软硬件小计，计人民币2,852,000元。
P:2.3 乙方应在合同签订后7个工作日内提交合同总价5%的履约保证金，终验合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的25%，计人民币965,000元，作为预付款。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的50%，计人民币1,930,000元。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的25%，计人民币965,000元。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。
H:第四条 实施进度
P:4.1 乙方应在合同签订后60日内完成设备到货和物联终端安装，120日内完成平台部署和定制开发并提交初验申请。
P:4.2 初验合格后进入为期三个月的试运行期，试运行期满且遗留问题全部整改后，乙方提交终验申请。
P:4.3 乙方应为甲方及各街道操作人员提供不少于8场集中培训，并提供操作手册和管理员手册。
H:第五条 验收
P:5.1 到货验收：设备到货后，双方按分项清单核对品牌、型号、数量和外观，签署到货签收单。到货签收不代表质量验收。
P:5.2 初验标准：（1）《需求规格说明书》所列功能全部实现并通过甲方组织的测试；（2）视频智能分析对占道经营、暴露垃圾等八类事件的识别准确率不低于92%，由甲方抽取不少于500条样本核验；（3）物联终端全部接入平台，报警信息在10秒内推送至指挥中心；（4）案件流转在500个并发用户下页面响应时间不超过3秒；（5）与12319热线及住建、公安系统的接口连续运行7天，数据核对无差异。
P:5.3 终验标准：试运行期间无一级故障，初验遗留问题全部整改完毕，平台通过第三方机构的网络安全等级保护第三级测评，乙方移交全部源代码和文档，由甲方组织专家进行终验并出具终验报告。
P:5.4 设备签收、系统上线、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用后重新验收。
H:第六条 质量保证与售后服务
P:6.1 质保期自终验合格之日起三年。质保期内乙方免费提供软硬件维修、更换、软件升级和缺陷修复。
P:6.2 服务水平：质保期内平台月度可用率不低于99.95%（计划维护时间除外，计划维护须提前3日经甲方同意）。一级故障（平台整体不可用或案件无法派遣）30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能或部分区域视频不可用）1小时内响应、24小时内恢复；三级故障（其他问题）2个工作日内解决。
P:6.3 乙方未达到6.2款约定的，一级故障响应或恢复每超时1小时，向甲方支付违约金人民币1,000元；月度可用率每低于承诺值0.01个百分点，支付违约金人民币1,500元。上述款项可从应付款或履约保证金中扣除。
P:6.4 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币228,160元），并在质保期满后三年内保持不变，具体由双方另行签订维保合同。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的程序源代码、接口程序、数据库设计、驾驶舱及报表、技术文档等成果的知识产权归甲方所有，甲方有权自行或委托第三方修改、升级和使用。
P:7.2 乙方原有平台软件及算法的知识产权仍归乙方或原权利人所有，乙方授予甲方永久的、不可撤销的使用许可。
P:7.3 乙方保证所供货物和软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储和产生的城市管理案件数据、视频图像、物联感知数据及市民个人信息归甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及等级保护第三级要求，采取访问控制、加密传输和存储、日志审计等措施；乙方人员经甲方批准后通过政务云堡垒机进行运维操作，不得将数据导出至政务云以外。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件时，乙方应立即采取补救措施，并在2小时内书面报告甲方。因乙方原因导致安全事件的，乙方承担全部法律责任并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期提交初验申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的货物或系统不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同义务全部或部分转让或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及《需求规格说明书》为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效，并按规定报同级财政部门备案。
P:甲方（盖章）：汀州市城市管理局        乙方（盖章）：杭州云衢数智科技有限公司
P:法定代表人或授权代表：__________        法定代表人或授权代表：__________
P:签订日期：2026年   月   日
"""

# ---------------------------------------------------------------------------------------------------------------
# h149z02 — 轴承厂 轴承套圈表面缺陷检测系统 (hardware supply + post-warranty maintenance), .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H149Z02 = """
T:轴承套圈表面缺陷检测系统采购及维保合同
P:合同编号：XHZC-SB-2026-0412
P:买方（甲方）：襄河精密轴承股份有限公司
P:卖方（乙方）：苏州明瞳视觉科技有限公司
P:甲方为提升深沟球轴承及圆锥滚子轴承套圈的表面质量检测能力，向乙方采购轴承套圈表面缺陷检测系统，并委托乙方提供质保期满后的维保服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、采购内容及价格
P:（一）乙方向甲方提供的设备、软件和服务及价格如下（含税，人民币元）：
P:1. 套圈表面缺陷视觉检测机（含工业相机、环形及同轴光源、翻转上下料机构、剔除装置）4套，单价468,000元，小计1,872,000元；
P:2. 缺陷智能识别软件许可（永久许可，每台检测机一套）4套，单价86,000元，小计344,000元；
P:3. 工控服务器及图像存储阵列1套，126,000元；
P:4. 安装调试及与磨加工生产线、MES系统对接，158,000元；
P:5. 缺陷样本采集标注及识别模型训练，112,000元；
P:6. 操作及维护培训，18,000元。
P:（二）上述第1至3项为硬件及软件许可小计，计2,342,000元。合同总价为人民币贰佰陆拾叁万元整（¥2,630,000），第六条所述维保费不计入合同总价。
P:（三）检测对象为外径60至180毫米的内圈、外圈，检测部位为滚道、挡边、端面及外圆面，缺陷类型包括磕碰伤、划伤、锈蚀、烧伤、裂纹、磨削振纹、黑皮等九类，具体见技术协议。
H:二、付款方式
P:（一）合同生效后10个工作日内，甲方向乙方支付合同总价的35%，计920,500元，作为预付款。
P:（二）设备全部到货并经甲方签收后10个工作日内，支付合同总价的25%，计657,500元。到货签收不视为验收。
P:（三）终验合格后10个工作日内，支付合同总价的35%，计920,500元。
P:（四）剩余5%计131,500元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:三、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方二分厂磨工车间，并在到货后20日内完成安装调试、与MES对接，具备试生产条件。
P:（二）乙方负责设备的包装、运输、保险、卸货、就位和安装，所需吊装及电气接线由乙方完成，甲方提供场地、电源和压缩空气。
P:（三）乙方应随设备提供合格证、装箱单、电气原理图、操作及维护手册、软件安装介质和备品备件清单。设备为全新、未使用过的产品，主要部件品牌与技术协议一致。
P:（四）乙方应在安装调试期间对甲方操作工、质检员及设备维修人员进行培训，培训合格后方可独立操作。
H:四、验收
P:（一）预验收：安装调试完成后，以甲方提供的不少于2,000件已知缺陷样件和3,000件合格件进行测试，漏检率不高于0.2%，过检（误判）率不高于1.5%，单件检测节拍不超过2.6秒。
P:（二）终验：预验收合格后，检测系统在生产线上连续运行三十日，每日由甲方质检部门抽检复核，各项指标持续满足前款要求，且未发生导致停线的故障，双方签署终验报告。
P:（三）设备到货、安装或投入试生产，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新验收；两次验收不合格的，甲方有权解除合同。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修、更换故障部件（光源等易损件按附件报价供应），免费升级识别软件和优化识别模型。
P:（二）故障响应：一级故障（检测机停机导致生产线停检）乙方在1小时内远程响应，8小时内工程师到达现场，24小时内修复；二级故障（单项指标下降或部分功能异常）2小时内响应，48小时内修复。
P:（三）乙方未按上述时限响应或修复的，每超时1小时向甲方支付违约金800元；因检测系统故障导致甲方改为人工检验的，乙方另行承担人工检验的合理费用。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按本条提供维保服务，内容包括每季度一次现场巡检、故障维修、软件升级、模型优化及备件更换（易损件除外）。
P:（二）年度维保费按硬件及软件许可小计的18%计取，即每年人民币421,560元，质保期满后三年内不作调整，按季度于每季度末支付。
P:（三）维保服务的响应时限及违约责任按第五条第（二）、（三）项执行。
H:七、知识产权
P:（一）乙方为甲方产品训练的缺陷识别模型、模型参数、缺陷样本库，以及与MES对接的程序和接口文档归甲方所有，甲方可自行或委托第三方使用、修改。
P:（二）检测软件平台及底层算法的知识产权归乙方所有，乙方授予甲方永久使用许可，许可随检测机一并转让。
H:八、数据安全
P:（一）检测系统采集的图像、检测记录、工艺参数和质量数据归甲方所有，仅存储于甲方厂内服务器。乙方不得复制、带离或用于本合同以外的任何目的，包括用于训练为其他客户提供的模型。
P:（二）乙方远程维护须经甲方信息部门逐次审批，通过甲方指定的VPN和堡垒机接入，全程留存日志。乙方应采取防病毒、账号权限管理等措施，防止数据泄露、篡改或丢失；发生安全事件的，应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:九、保密
P:双方对在合作中知悉的对方技术信息、产品图纸、工艺参数、价格等商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金，违约金总额不超过合同总价的10%。逾期超过45日的，甲方有权解除合同。
P:（二）乙方累计承担的赔偿责任以合同总价的150%为限，但因乙方故意、重大过失、侵犯知识产权或违反第八条造成的损失不受此限。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包与转让
P:乙方不得将本合同项下的设备制造、安装或维保服务分包、转让给第三方；确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
P:（二）维保服务期间，乙方连续两个季度未履行巡检或维修义务的，甲方有权解除维保服务部分。
H:十三、不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在3日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十五、其他
P:技术协议、设备配置清单、易损件报价单为本合同不可分割的组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：襄河精密轴承股份有限公司（盖章）    乙方：苏州明瞳视觉科技有限公司（盖章）
P:授权代表：__________    授权代表：__________    日期：2026年   月   日
"""

# ---------------------------------------------------------------------------------------------------------------
# h149z03 — 洗衣连锁 门店订单与会员 SaaS (three years + 实施), .md, "## N." headings + N.N
# ---------------------------------------------------------------------------------------------------------------
H149Z03 = """# 门店订单与会员管理SaaS服务合同

合同编号：SXY-JY-2026-0086

甲方（客户）：洁雅洗护连锁管理有限公司
乙方（服务商）：广州速洗云科技有限公司

甲方经营洗衣门店及中央洗涤工厂，拟使用乙方"速洗云"平台管理门店订单与会员。双方依据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。

## 1. 服务内容

1.1 乙方通过"速洗云"平台向甲方提供门店订单与会员管理SaaS服务，功能包括：门店收衣开单、衣物条码与挂衣定位、工厂洗涤流转、取衣及上门配送、会员储值与积分、营销券、微信小程序下单、总部经营报表。

1.2 订阅范围：甲方直营及加盟门店共186家，中央洗涤工厂2家，总部管理端账号不限数量。

1.3 乙方另提供一次性实施服务：旧系统会员数据迁移（约42万名会员及其储值余额、积分）、门店部署及收银设备联调、小程序对接、店长及工厂人员培训。

1.4 服务期内，乙方免费提供平台的常规版本升级和功能优化，并通过电话、在线客服和企业微信群提供7×24小时技术支持；甲方新开门店的账号开通和基础配置由乙方在3个工作日内完成。

1.5 甲方应指定项目联系人，按时提供旧系统数据、门店清单和收银设备信息，并对门店员工遵守平台操作规范进行管理。

## 2. 服务期限与续期

2.1 订阅服务期为三年，自上线验收合格之日起计算。

2.2 服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。

2.3 续期时乙方有权根据市场情况和产品功能调整订阅单价，单次上调幅度不超过10%，乙方应于续期前15日书面通知甲方。

## 3. 费用

3.1 本合同费用如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店订阅费 | 186店 × 2,160元/店/年 × 3年 | 1,205,280 |
| 总部管理端及会员营销模块 | 96,000元/年 × 3年 | 288,000 |
| 一次性实施费 | 固定价 | 158,000 |
| 合同总金额 | | 1,651,280 |

3.2 服务期内门店增加的，新增门店按2,160元/店/年按月折算计费；门店减少不超过10%的，费用不变。

3.3 微信支付等第三方支付渠道的手续费由甲方与支付机构直接结算，营销短信按实际发送量另行结算，均不计入合同总金额。

## 4. 付款

4.1 本合同不设预付款。

4.2 订阅费按季度结算，每季度订阅费为124,440元。乙方于每个服务季度结束后开具发票，甲方在收到发票后15个工作日内支付当季订阅费。

4.3 实施费在上线验收合格后15个工作日内一次性支付。

## 5. 实施与上线验收

5.1 乙方应在合同签订后45日内完成数据迁移、全部门店部署和小程序上线，并提交上线验收申请。

5.2 验收标准：（1）会员数量、储值余额、积分与旧系统逐条核对一致，差异已全部处理；（2）186家门店均完成开单、取衣、储值消费全流程测试；（3）小程序下单与微信支付对账连续7日无差错；（4）模拟每小时1,500笔开单量时，开单页面响应时间不超过2秒。

5.3 双方按上述标准验收合格后签署上线验收单。门店试用或甲方开始使用系统经营，不视为验收合格。

5.4 乙方逾期提交上线验收申请的，每逾期一日，向甲方支付违约金人民币1,200元。

## 6. 服务水平

6.1 平台月度可用率不低于99.95%。每月计划维护不超过2次，须安排在凌晨1:00至5:00之间并提前3日通知甲方。

6.2 故障分级：一级故障（全部或多家门店无法开单、收款）15分钟内响应，2小时内恢复；二级故障（单店或单项功能异常）1小时内响应，8小时内恢复；一般问题1个工作日内答复。

6.3 乙方未达到上述服务水平的，应在5个工作日内向甲方提交书面原因分析及整改报告，并落实整改措施。

6.4 乙方每月5日前向甲方提供上月服务报告，内容包括平台可用率、故障记录及处理情况、门店工单统计和版本更新说明。甲方对报告有异议的，双方共同核对系统日志。

## 7. 数据权属

7.1 甲方的会员信息、订单、储值、交易及门店经营数据（"甲方数据"）归甲方所有。

7.2 乙方有权对甲方数据进行脱敏和汇总处理后，用于产品改进和洗护行业分析，并可向第三方提供不含可识别个人信息的行业研究报告。本款在合同终止后继续有效。

7.3 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付甲方数据，经甲方确认后删除平台上的甲方数据（7.2款所述脱敏汇总数据除外）。

## 8. 数据安全

8.1 平台部署于境内已完成网络安全等级保护第三级备案的云服务环境。会员手机号、地址等个人信息加密存储，乙方按角色分配访问权限，操作日志保存不少于六个月。

8.2 乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，防止甲方数据泄露、篡改或丢失。发生数据安全事件的，乙方应在2小时内通知甲方并采取补救措施，并依法承担因其原因造成的全部责任，赔偿甲方因此遭受的损失。

## 9. 保密

9.1 双方对在合作中获知的对方商业秘密（包括经营数据、价格、会员规模、技术资料）负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

## 10. 知识产权

10.1 "速洗云"平台软件及其升级版本的知识产权归乙方所有。

10.2 乙方为甲方定制的小程序页面、接口程序及报表模板，知识产权归甲方所有，甲方可自行修改或交由第三方使用。

## 11. 责任限制

11.1 乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但数据泄露、侵犯知识产权或故意造成的损失不受此限。

## 12. 分包

12.1 乙方不得将实施或运维服务分包给第三方；确需分包的，应事先取得甲方书面同意。

## 13. 不可抗力

13.1 因不可抗力导致一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。乙方所依赖的云服务商、网络运营商发生故障的，不属于不可抗力，但国家基础网络大面积中断的除外。

## 14. 合同解除

14.1 任何一方严重违约，经对方书面催告后15日内未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。

14.2 合同解除的，甲方按实际服务期结算订阅费，已支付但未使用期间的费用由乙方退还。

## 15. 法律适用与争议解决

15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 16. 其他

16.1 双方往来通知以书面形式送达本合同首部所列地址或双方确认的电子邮箱，电子邮件发出之日视为送达。

16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：洁雅洗护连锁管理有限公司　　　乙方（盖章）：广州速洗云科技有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h149z04 — 县医疗保障局 医保经办服务系统 年度运维 (政府采购 竞争性磋商), .txt, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H149Z04 = """云溪县医疗保障局医保经办服务系统年度运维服务合同

项目编号：YXZC2026-CS-009（竞争性磋商）
合同编号：YXYB-YW-2026-01

采购人（甲方）：云溪县医疗保障局
供应商（乙方）：宁安数科信息技术有限公司

根据云溪县医保经办服务系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，依据《中华人民共和国政府采购法》《中华人民共和国民法典》，双方订立本合同。

第一条 服务范围
（一）运维对象：云溪县医保经办服务系统（窗口经办、参保登记、待遇审核、两定机构管理、异地就医备案、门诊慢特病管理等模块）及其数据库、中间件、省平台前置机，以及县、乡两级经办网点的终端和网络接入设备。
（二）服务内容：驻场运维、日常巡检、故障处理、省级医保信息平台接口变更适配、版本升级部署、数据备份与恢复演练、网络安全等级保护测评整改配合、经办人员操作支持。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。期满后如需继续采购，由甲方按政府采购规定另行组织，本合同不自动续期。

第三条 服务费用
（一）本合同总价为人民币陆拾玖万捌仟元整（¥698,000），为全包价，包括人员、工具、差旅、税费等全部费用。分项如下：
1. 驻场运维（2人，全年）：403,200元；
2. 远程技术支持及季度巡检：86,000元；
3. 省平台接口适配及版本升级：128,000元；
4. 数据备份及恢复演练：42,000元；
5. 等保测评整改配合：38,800元。
（二）服务期内因国家或省级医保政策调整引起的一般性接口变更，均包含在上述费用内。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度考核合格后，甲方在收到乙方发票后15个工作日内支付当季服务费174,500元，考核扣款从当季服务费中扣除。

第五条 服务要求
（一）乙方派驻2名运维工程师在甲方经办大厅机房驻场，工作时间为工作日8:30至17:30；医保年度结算、集中参保缴费等高峰期间，应按甲方要求延长服务时间。
（二）医保经办服务系统月度可用率不低于99.98%（经甲方同意的计划停机除外）。
（三）故障分级及时限：一级故障（全县经办业务中断，或无法与省平台进行结算）15分钟内响应，驻场人员立即处置，2小时内恢复；二级故障（部分模块或部分乡镇网点无法办理业务）30分钟内响应，8小时内恢复；三级故障（个别终端或一般性问题）1个工作日内解决。
（四）省级医保信息平台发布接口变更或版本升级通知的，乙方应在通知规定的上线时间前完成适配、测试及部署，并配合省平台完成联调。
（五）乙方每季度提交一次巡检报告，每半年组织一次数据恢复演练，并形成演练记录。
（六）巡检内容包括：服务器、存储、数据库运行状态及容量，中间件日志，省平台前置机连通性，备份完整性，终端及网络设备运行情况，安全补丁和防病毒更新情况。发现隐患的，乙方应提出处理建议，经甲方同意后实施。
（七）驻场工程师应具备两年以上数据库或医保信息系统运维经验，其中至少一人持有数据库专业认证。驻场人员名单作为本合同附件，未经甲方同意不得更换。

第六条 考核与验收
（一）甲方按季度考核表对乙方进行考核，考核内容包括系统可用率、故障响应及恢复及时率、巡检和备份完成情况、经办人员满意度。考核得分低于90分的，每低1分扣减当季服务费的1%。
（二）一级故障响应或恢复超过第五条第（三）项时限的，每超时1小时扣减服务费500元。
（三）乙方对季度考核结果有异议的，应在收到考核结果后5个工作日内书面提出，甲方应在5个工作日内复核并答复。
（四）服务期满后，甲方依据本合同及各季度考核结果组织年度验收，验收标准为：全年无因乙方原因导致的数据丢失，各季度考核均合格，运维文档、脚本和配置资料完整移交。验收合格后甲方出具验收报告。

第七条 数据安全
（一）系统中的参保人员身份信息、缴费、就诊及结算数据等医保数据归甲方所有。乙方仅能为履行本合同在甲方现场处理，不得复制、留存、带离或向任何第三方提供。
（二）乙方运维操作应通过医保专网内的堡垒机进行，禁止将运维终端接入互联网，禁止使用未经甲方登记的移动存储介质。乙方人员应签署保密承诺书，离岗时交回全部账号权限。
（三）发生数据泄露、篡改、丢失或系统被攻击等安全事件的，乙方应立即处置并在1小时内报告甲方。因乙方原因造成安全事件的，乙方承担全部法律责任，赔偿甲方因此遭受的损失及受到的行政处罚。

第八条 保密
乙方对在服务过程中知悉的甲方工作秘密、系统架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。

第九条 知识产权
乙方在服务期内形成的运维文档、巡检报告、脚本程序及接口适配程序，其知识产权归甲方所有，甲方可自由使用和修改。

第十条 分包
乙方可将机房空调及UPS巡检、备份介质异地保管等辅助性工作委托具备相应资质的第三方完成，但应提前五个工作日书面告知甲方，并对第三方的工作承担全部责任。

第十一条 违约责任
（一）乙方未按第五条第（四）项规定的时间完成接口适配，或未按计划完成版本升级的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）驻场人员未经甲方同意缺岗的，每人每日扣减服务费600元；更换驻场人员应提前10日征得甲方同意。
（三）因乙方原因导致数据泄露或业务中断给甲方或参保人造成损失的，乙方应予全额赔偿。

第十二条 合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未改正，或连续两个季度考核不合格的，甲方有权解除合同，并按实际服务期结算费用。
（二）合同解除或终止时，乙方应在15日内完成运维交接，移交全部文档、账号和配置资料，并配合甲方或新的服务商完成系统运行状况的确认；交接完成前，乙方不得中断服务。
（三）因医保政策调整或上级部门统一部署导致本项目无需继续实施的，甲方可提前30日书面通知乙方终止合同，按实际服务期结算费用。

第十三条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，根据不可抗力的影响部分或全部免除责任。乙方应在不可抗力消除后立即恢复服务。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
竞争性磋商文件、乙方响应文件、成交通知书及季度考核表为本合同的组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：云溪县医疗保障局            乙方（盖章）：宁安数科信息技术有限公司
代表人签字：__________                    代表人签字：__________
日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h149z05 — 火锅底料厂 WMS licence + custom development on the supplier's own template, .md, "### 第N条" + N.N
# ---------------------------------------------------------------------------------------------------------------
H149Z05 = """# 仓联WMS软件销售及实施服务合同

> 仓联标准合同文本 V4.0（成都仓联智能科技有限公司制定）

合同编号：CL-XS-2026-0317

甲方：渝山红食品有限公司
乙方：成都仓联智能科技有限公司

甲方为火锅底料及复合调味料生产企业，为提升仓储管理水平，向乙方采购"仓联WMS"仓储管理系统及相关服务。双方经协商一致，签订本合同。

### 第1条 合同标的

1.1 乙方向甲方提供"仓联WMS"仓储管理系统软件许可，以及定制开发、实施部署和培训服务，用于甲方原料仓（牛油、干辣椒、花椒等）、包材仓及成品仓（火锅底料、调味料）的入库、储位、批次、保质期、拣货和出库管理。

1.2 定制开发内容：原料批次追溯及保质期先到期先出（FEFO）规则；冷库温度监测联动；与甲方金蝶ERP系统及生产MES的接口；电商订单拆分发货。具体以乙方出具的《实施方案》为准。

### 第2条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓联WMS标准版软件许可（含RF手持终端用户20个） | 360,000 |
| 2 | 定制开发（批次追溯、FEFO、冷库联动、电商拆单） | 286,000 |
| 3 | ERP、MES接口开发 | 148,000 |
| 4 | 实施部署 | 76,000 |
| 5 | 培训 | 18,000 |
| | 合计 | 888,000 |

合同总金额为人民币捌拾捌万捌仟元整（¥888,000），含增值税。RF手持终端、打印机等硬件由甲方自行采购。

### 第3条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总金额的55%，即人民币488,400元。

3.2 系统上线后10个工作日内，甲方支付剩余45%，即人民币399,600元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，且乙方有权暂停实施或服务。

3.4 乙方在收到每期款项前开具等额增值税专用发票。因甲方原因导致项目暂停超过30日的，乙方有权要求甲方支付已完成工作量对应的费用。

### 第4条 交付与上线

4.1 乙方在收到首期款后60个工作日内完成系统部署并上线。因甲方需求变更、配合不及时或基础数据未按时提供造成的延误，工期相应顺延。

4.2 因乙方原因逾期上线的，每逾期一周，乙方按合同总金额的千分之一向甲方支付违约金，违约金总额不超过合同总金额的5%。

4.3 甲方应在合同签订后15个工作日内向乙方提供物料主数据、库位规划、现有库存清单及ERP接口说明，并指定项目负责人和关键用户配合调研、测试和培训。

4.4 乙方负责在甲方服务器上安装部署系统。服务器、操作系统、数据库许可、网络及RF手持终端由甲方提供，其性能须满足乙方《实施方案》中的配置要求。

### 第5条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。甲方应在上线当日签署上线确认单；甲方未签署但已使用系统的，视为确认。

5.2 上线后甲方提出的问题，按第7条维护服务处理，不影响验收结论及付款。

5.3 乙方交付的文档包括：系统操作手册、管理员手册和上线确认单。源代码不属于交付范围。

### 第6条 知识产权

6.1 仓联WMS软件，以及乙方在本合同项下完成的定制开发成果、接口程序、源代码和相关文档的知识产权，均归乙方所有。

6.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，或交由第三方维护。

### 第7条 维护服务

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

7.2 故障响应：对于影响出入库作业的紧急故障，乙方在接到甲方通知后24小时内响应；一般问题在3个工作日内答复。

7.3 因系统故障或数据异常导致的作业延误或损失，乙方仅负责修复，不承担扣款、赔偿或其他违约责任。

7.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的服务价格标准执行。

7.5 免费维护期内，乙方向甲方提供仓联WMS标准版的补丁和小版本升级。大版本升级、新增功能或因甲方业务流程变化导致的修改，另行报价。

7.6 甲方自行修改系统配置、数据库或由第三方对系统进行操作导致故障的，乙方的修复按人天收费。

### 第8条 数据权属

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 甲方同意，乙方可在对数据进行脱敏处理后，将甲方的库存、出入库及周转数据用于产品优化、食品行业仓储分析及乙方的其他业务。

8.3 合同终止后，甲方可在30日内通过系统导出功能自行导出业务数据；逾期未导出的，乙方有权删除。乙方协助导出的，按人天收费。

### 第9条 数据安全

9.1 乙方在实施和维护过程中接触甲方数据的，应采取必要的技术和管理措施，防止数据泄露、篡改或丢失，远程维护须使用甲方分配的账号。

9.2 发生数据安全事件的，乙方应及时通知甲方并采取补救措施；因乙方过错造成数据泄露的，乙方依法承担相应责任。

### 第10条 培训

10.1 乙方在上线前为甲方仓库管理员、拣货人员和系统管理员提供现场培训，共计6天。超出部分按每人天2,500元另行收费。

### 第11条 保密

11.1 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

### 第12条 责任限制

12.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总金额的20%。

12.2 任何情况下，乙方均不承担间接损失、利润损失、商誉损失及数据恢复费用。

### 第13条 合同解除

13.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

13.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

### 第14条 不可抗力

14.1 因不可抗力或政府行为、网络运营商故障、第三方软件缺陷等非乙方所能控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

### 第15条 法律适用与争议解决

15.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。

15.2 因本合同产生的争议，双方协商解决；协商不成的，由乙方所在地人民法院管辖。

### 第16条 其他

16.1 本合同未尽事宜，以乙方《实施方案》和双方书面确认的文件为准。本合同与乙方报价单、实施方案不一致的，以本合同为准。

16.2 本合同附件为乙方报价单及《实施方案》。

16.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：渝山红食品有限公司　　　乙方（盖章）：成都仓联智能科技有限公司

授权代表：　　　　　　　　　　　　　　授权代表：

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h149e01 — Dongyang carved-furniture maker: design-library perpetual licence + configuration + support; Irish
# vendor on Garinish (Irish style, "Clause N"), .docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H149E01 = """
T:DESIGN LIBRARY LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:THIS AGREEMENT is dated the ____ day of __________ 2026.
H:PARTIES
P:(1) GARINISH PATTERN ARCHIVE LIMITED, a private company limited by shares incorporated in Ireland with company number 612847, having its registered office at Garinish Island, Glengarriff, Co. Cork, Ireland (the "Licensor"); and
P:(2) ZHEJIANG DONGYANG MUYUN CARVED FURNITURE CO., LTD., a limited liability company established in the People's Republic of China, having its registered office at No. 88 Woodcarving Road, Nanma Town, Dongyang, Zhejiang Province (the "Licensee").
H:BACKGROUND
P:(A) The Licensor has compiled a digital library of carving motifs, stored as relief models and patterns, and a plug-in that brings them into CAD and CNC toolpath software.
P:(B) The Licensee manufactures carved solid-wood furniture in Dongyang and wishes to licence the library and the plug-in perpetually, to have them configured, to have its own heritage pattern archive digitised, and to receive support.
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance" means the issue of an Acceptance Certificate under Clause 5; "Business Day" means a working day in the People's Republic of China (the "PRC"); "Custom Deliverables" means the digitised models of the Licensee's heritage archive, the configuration files, post-processors and interface scripts produced specifically for the Licensee; "Delivery" means the installation of the Design Library and the Plug-in on the Licensee's systems; "Design Library" means the Licensor's library of 12,400 carving motifs; "Licensee Data" means all designs, drawings, orders, CNC files and other data of the Licensee; "Plug-in" means the Licensor's CarveLink software.
H:Clause 2 Licence
P:2.1 With effect from Delivery the Licensor grants to the Licensee a non-exclusive, perpetual and irrevocable licence to use the Design Library and sixteen (16) concurrent seats of the Plug-in at the Licensee's premises, and to reproduce, adapt and combine any motif in products that the Licensee makes and sells worldwide.
P:2.2 The Licensee may not resell the Design Library as digital files. Products made using the motifs may be freely sold and exhibited.
H:Clause 3 Delivery and Configuration Services
P:3.1 The Licensor shall achieve Delivery within forty-five (45) days of the date of this Agreement.
P:3.2 Within one hundred and twenty (120) days of the date of this Agreement the Licensor shall complete the configuration services: integration of the Plug-in with the Licensee's CAD application and two CNC toolpath applications; post-processors for the Licensee's nine five-axis carving machines; connection to the Licensee's product data management system; and digitisation of eight hundred (800) pieces from the Licensee's heritage archive.
P:3.3 The Licensor shall provide three training sessions at the Licensee's premises.
H:Clause 4 Fees and Payment
P:4.1 The fees are stated in Chinese Renminbi (CNY) at the Licensee's request and are as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Design Library Enterprise Licence, perpetual|1|1,280,000|1,280,000
TB:2|CarveLink Plug-in seats, perpetual|16|18,500|296,000
TB:3|Configuration and integration services|1|342,000|342,000
TB:4|Digitisation of heritage archive|800 pieces|260|208,000
TB:5|Training (three sessions in Dongyang)|1|36,000|36,000
TB:Total Fees||||2,162,000
P:4.2 Items 1 and 2 together are the "Licence Fees" and amount to CNY 1,576,000.
P:4.3 The Total Fees are payable as follows: (a) twenty per cent (20%), being CNY 432,400, within thirty (30) days of the date of this Agreement against the Licensor's invoice; (b) forty-five per cent (45%), being CNY 972,900, within thirty (30) days of Delivery; and (c) thirty-five per cent (35%), being CNY 756,700, within thirty (30) days of Acceptance.
P:4.4 Where PRC law requires the Licensee to withhold tax from any payment, the Licensee shall provide the Licensor with the official tax certificate.
H:Clause 5 Acceptance
P:5.1 On completion of the configuration services the parties shall carry out the acceptance tests within fifteen (15) Business Days.
P:5.2 The acceptance tests shall demonstrate that: (a) all 12,400 motifs open without error in the Licensee's CAD application; (b) a toolpath for a standard 600 mm panel is generated for each of the nine carving machines in under ninety (90) seconds; (c) a test panel carved on each machine matches the model within 0.3 mm; (d) the digitised heritage models match the original pieces within 0.2 mm at the reference points; and (e) motif usage is recorded correctly for twenty test products.
P:5.3 When the tests are passed the Licensee shall issue an Acceptance Certificate. If any test is failed the Licensor shall remedy the failure at its own cost and the test shall be repeated. Delivery, installation and the use of the Design Library or the Plug-in in production shall not constitute Acceptance.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that for ninety (90) days from Acceptance (the "Warranty Period") the Plug-in and the Custom Deliverables will perform materially in accordance with their documentation, and shall correct any defect notified during the Warranty Period free of charge.
P:6.2 The Licensor further warrants that it has the right to grant the licence in Clause 2 and that the Design Library does not infringe the intellectual property rights of any third party.
H:Clause 7 Support Services
P:7.1 From the end of the Warranty Period the Licensor shall provide Support Services (remote support, defect correction, new versions and library additions) for an Annual Support Fee of eleven per cent (11%) of the Licence Fees, being CNY 173,360 per year. The Annual Support Fee is fixed for the first three years; thereafter any increase shall not exceed the change in the consumer price index published by the PRC National Bureau of Statistics for the preceding year.
P:7.2 Support Services are renewed each year only by the Licensee's purchase order, and the Licensee may stop them at any time on sixty (60) days' notice.
P:7.3 Response times during the Warranty Period and the Support Services: Severity 1 (the Plug-in cannot be used on any seat), response within two (2) hours and a workaround within one Business Day; Severity 2 (a function or post-processor fails), response within eight (8) hours; Severity 3, within two Business Days.
P:7.4 If a response time for Severity 1 is exceeded the Licensor shall credit CNY 1,500 for each hour or part of an hour of the delay, up to CNY 30,000 per incident.
H:Clause 8 Intellectual Property
P:8.1 The Design Library and the Plug-in, and all intellectual property rights in them, remain the property of the Licensor or its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Licensee on creation, and the Licensor hereby assigns them to the Licensee with full title guarantee. The Licensee may use, modify, license and disclose the Custom Deliverables without restriction. The Licensor shall deliver them in editable form.
H:Clause 9 Licensee Data and Security
P:9.1 Licensee Data belongs to the Licensee. The Licensor may access and use Licensee Data only to perform this Agreement and shall not copy it, keep it or disclose it for any other purpose.
P:9.2 The heritage archive shall be digitised at the Licensee's premises, and no original piece or scan data shall leave them. Remote support sessions require the Licensee's approval for each session, run through the Licensee's VPN and are logged.
P:9.3 The Licensor shall implement appropriate technical and organisational measures, including access control and encryption in transit, to protect Licensee Data against loss, alteration and unauthorised disclosure, in compliance with the PRC Personal Information Protection Law and Data Security Law. The Licensor shall notify the Licensee of any security incident affecting Licensee Data within twenty-four (24) hours, co-operate in remedying it and be liable for the Licensee's losses caused by an incident for which the Licensor is responsible.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all confidential information disclosed to it by the other party, including designs, pricing and customer information, and shall not disclose it to any third party except as required by law. This Clause survives termination for five (5) years.
H:Clause 11 Delay
P:11.1 If Delivery or the configuration services are delayed beyond the dates in Clause 3 for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of zero point one per cent (0.1%) of the Total Fees for each day of delay, up to ten per cent (10%) of the Total Fees, as a genuine pre-estimate of loss.
H:Clause 12 Limitation of Liability
P:12.1 Subject to Clause 12.3, the total aggregate liability of the Licensor, whether in contract, tort (including negligence) or otherwise, arising under or in connection with this Agreement shall not exceed an amount equal to the Licence Fees.
P:12.2 Neither party shall be liable for any loss of profit or any indirect or consequential loss.
P:12.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 6.2 or Clause 9.
H:Clause 13 Subcontracting
P:13.1 The Licensor shall not subcontract any of its obligations under this Agreement without the prior written consent of the Licensee, and remains responsible for the acts of any approved subcontractor.
H:Clause 14 Term and Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within thirty (30) days of written notice requiring it to be remedied.
P:14.2 If the Licensee terminates before Acceptance, the Licensor shall refund the fees paid for the parts not accepted.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute or claim arising out of or in connection with this Agreement.
H:Clause 16 General
P:16.1 This Agreement is the entire agreement between the parties. Any variation must be in writing and signed by both parties.
P:SIGNED for and on behalf of GARINISH PATTERN ARCHIVE LIMITED by __________, Director
P:SIGNED for and on behalf of ZHEJIANG DONGYANG MUYUN CARVED FURNITURE CO., LTD. by __________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h149e02 — Changbaishan ski resort: lift-ticketing SaaS, Order Form + General Terms; vendor on Trischen (German
# style, "§ N (1)"), .pdf (wrap_words=True)
# ---------------------------------------------------------------------------------------------------------------
H149E02 = """
T:SNOWGATE CLOUD TICKETING - ORDER FORM AND GENERAL TERMS AND CONDITIONS
P:Order Form No. SG-CN-2026-014
H:PART A - ORDER FORM
P:Provider: Trischen Liftsysteme GmbH, Vogelwaerterhaus 1, 25718 Friedrichskoog-Trischen, Germany, registered with the Local Court (Amtsgericht) of Pinneberg under HRB 14873 PI, managing directors Dr. Henrike Lassen and Jonas Brodersen ("Provider").
P:Customer: Jilin Changbai Snowline Resort Co., Ltd., West Slope Resort Road, Changbai Mountain Protection and Development Zone, Jilin Province, People's Republic of China ("Customer").
P:Service: SnowGate Cloud Ticketing, a cloud service for the sale and control of lift tickets and season passes: online shop, ticket-office point of sale, keycard (RFID) management, turnstile access control, dynamic pricing and reports.
P:Scope: one resort with 11 lifts and 42 turnstile gates, 18 ticket-office workstations and unlimited online sales.
P:Subscription Start Date: the date of Go-Live Acceptance under § 3. Target Go-Live Date: 20 October 2026. Initial Term: thirty-six (36) months from the Subscription Start Date.
P:Fees (in CNY at Customer's request, inclusive of PRC value-added tax):
P:1. Platform subscription (base): CNY 386,000 per contract year.
P:2. Gate connection licences: 42 gates x CNY 3,600 = CNY 151,200 per contract year.
P:3. Recurring fees per contract year: CNY 537,200; for the Initial Term: CNY 1,611,600.
P:4. Onboarding, gate integration and data migration (one-time): CNY 148,000.
P:5. Total Contract Value for the Initial Term: CNY 1,759,600.
P:6. Transaction fee: 0.8 % of gross online ticket revenue processed through the online shop, invoiced monthly; it depends on usage and is not part of the Total Contract Value.
P:Invoicing: recurring fees are invoiced quarterly in arrears, CNY 134,300 per quarter. The one-time fee is invoiced after Go-Live Acceptance. No fees are payable before the Subscription Start Date. Payment is due within thirty (30) days of receipt of invoice.
P:This Order Form and the General Terms and Conditions in Part B form one contract. In case of conflict the Order Form prevails.
H:PART B - GENERAL TERMS AND CONDITIONS
H:§ 1 Subject Matter
P:(1) Provider makes the SnowGate service available to Customer for the Initial Term as software as a service, hosted in the People's Republic of China, and provides the onboarding services.
P:(2) The turnstile gates and readers are owned and maintained by Customer.
P:(3) Customer's standard terms of purchase do not apply.
H:§ 2 Onboarding
P:(1) Provider shall connect the 42 gates, configure the ticket products and prices of the 2026/27 season, migrate the season-pass holders from Customer's previous system, and train Customer's staff.
P:(2) Customer shall provide network connections to the gate controllers and a named project manager. Delays caused by Customer extend the dates accordingly.
H:§ 3 Go-Live Acceptance
P:(1) Provider shall notify Customer when the service is ready for acceptance. Customer shall carry out the acceptance tests within ten (10) working days together with Provider.
P:(2) The acceptance tests shall demonstrate that: (a) every gate reads day tickets, season passes and mobile tickets correctly and opens within 0.8 seconds; (b) each gate handles at least 900 passages per hour; (c) a ticket bought in the online shop is valid at the gates within sixty (60) seconds; (d) the gates continue to admit valid tickets for at least eight hours when the connection to the cloud is lost and synchronise afterwards without loss of passages; and (e) ticket sales, payments and gate passages reconcile without difference over seven consecutive days of test operation.
P:(3) When the tests are passed Customer declares acceptance in writing (Go-Live Acceptance). Test operation and the use of the service with real guests during the tests do not constitute acceptance.
P:(4) If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons for which Provider is responsible, Provider shall pay a contractual penalty of CNY 1,500 for each calendar day of delay, up to five per cent (5 %) of the Total Contract Value.
H:§ 4 Service Levels
P:(1) Provider shall make the service available with an availability of 99.5 % in each calendar month, measured at the interface of Provider's data centre. Maintenance windows announced five days in advance and scheduled between 23:00 and 05:00 China Standard Time are not counted as unavailability.
P:(2) Support is available by telephone and ticket system in Chinese and English. Provider shall respond to incidents as follows: Priority 1 (online sales or the gates of a lift are not operational) within thirty (30) minutes at any time, with restoration or a workaround within three (3) hours; Priority 2 (a function is impaired, operation continues) within two (2) hours; Priority 3 within one working day.
P:(3) If the availability in a month falls below the agreed availability, Customer receives a service credit of five per cent (5 %) of the monthly recurring fee for each commenced half percentage point of shortfall, up to twenty-five per cent (25 %) of the monthly recurring fee. If the Priority 1 response time is exceeded, Customer receives a credit of CNY 800 per commenced hour. Credits are deducted from the next invoice.
H:§ 5 Fees and Payment
P:(1) The fees are set out in the Order Form. Invoices are issued electronically as PRC special VAT invoices (fapiao) through Provider's local billing agent.
H:§ 6 Term and Renewal
P:(1) The contract starts on signature and the Initial Term starts on the Subscription Start Date.
P:(2) After the Initial Term the contract renews automatically for successive periods of one year each unless either party terminates it with three (3) months' notice before the end of the current term.
P:(3) Provider may adjust the recurring fees with effect from each renewal period by written notice given at least two (2) months before the renewal. The increase for each renewal period shall not exceed six per cent (6 %).
H:§ 7 Customer Data
P:(1) All data entered into the service by or for Customer, including guest names, identity card numbers recorded for real-name ticketing, season-pass photographs, sales and passage data ("Customer Data"), belong to Customer.
P:(2) Provider processes Customer Data exclusively on Customer's documented instructions and only to provide the service. Customer Data are stored and processed only in the People's Republic of China.
P:(3) At the end of the contract Provider shall hand over all Customer Data in a standard format within thirty (30) days and then delete them.
H:§ 8 Data Security
P:(1) Provider implements and maintains the technical and organisational measures described in Annex 2, including encryption of personal data at rest and in transit, role-based access with multi-factor authentication, logging of all administrative access and daily backups, and operates the service in an environment with a level 3 record under the PRC Multi-Level Protection Scheme.
P:(2) Provider shall notify Customer of any breach of the security of Customer Data without undue delay and in any event within twenty-four (24) hours, shall take all measures necessary to contain it and shall support Customer in meeting its obligations under the PRC Personal Information Protection Law.
P:(3) Provider is liable for damage resulting from a breach of this § 8 for which it is responsible; § 12 (2) does not apply to such damage.
H:§ 9 Subcontractors
P:(1) Provider may use subcontractors and sub-processors, in particular for hosting, text messaging, payment processing and on-site gate support in Jilin Province. The subcontractors engaged at signature are listed in Annex 3.
P:(2) Provider shall inform Customer in text form (e-mail is sufficient) of any new or replaced subcontractor at least fourteen (14) days before it starts work.
P:(3) Provider remains responsible for the performance of its subcontractors as for its own.
H:§ 10 Rights to Work Results
P:(1) The SnowGate software and all rights in it remain with Provider. Customer receives the right to use the service for the term of the contract.
P:(2) The ticket product configurations, price rules, report templates and the interface adapter to Customer's hotel system developed specifically for Customer ("Customer-Specific Work Results") belong to Customer. To the extent rights cannot be transferred, Provider grants Customer the exclusive, perpetual, irrevocable and transferable right to use, modify and sublicense them without restriction.
H:§ 11 Confidentiality
P:(1) The parties shall keep confidential all business and trade secrets of the other party that become known to them in connection with the contract, shall use them only for the contract and shall not disclose them to third parties. This obligation continues for three (3) years after the end of the contract.
H:§ 12 Liability
P:(1) Provider is liable without limitation for damage caused intentionally or by gross negligence and for injury to life, body or health.
P:(2) In all other cases Provider's total liability under this contract is limited to one hundred and fifty per cent (150 %) of the Total Contract Value.
P:(3) Liability for lost profits and indirect damage is excluded, except in the cases of paragraph (1).
H:§ 13 Termination for Good Cause
P:(1) The right of either party to terminate the contract for good cause remains unaffected.
P:(2) Good cause for Customer exists in particular if Provider commits a material breach and does not remedy it within fourteen (14) days after written notice, or if availability falls below the agreed level in three consecutive months of the season.
H:§ 14 Governing Law and Arbitration
P:(1) At Customer's request, and in deviation from Provider's standard terms, this contract is governed by the laws of the People's Republic of China.
P:(2) All disputes arising out of or in connection with this contract shall be finally resolved by arbitration administered by the Shanghai International Arbitration Center under its rules in force at the time. The seat of arbitration is Shanghai; the language of the proceedings is English.
H:§ 15 Final Provisions
P:(1) Amendments and additions to this contract must be made in writing; this also applies to any waiver of this written-form requirement.
P:(2) Should any provision be or become invalid, the remaining provisions are not affected; the parties shall replace it by the valid provision closest to its economic purpose.
P:Annex 1: Service description. Annex 2: Technical and organisational measures. Annex 3: Subcontractors.
P:Friedrichskoog-Trischen, __________ 2026 - for Provider: __________
P:Changbai Mountain, __________ 2026 - for Customer: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# h149e03 — Beihai oyster cooperative: depuration-tank sensors + maintenance; integrator on the Île de Bréhat
# (French, buyer's paper, "Art. N (title)"), .txt
# ---------------------------------------------------------------------------------------------------------------
H149E03 = """SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
DEPURATION-TANK MONITORING SYSTEM

Contract No. BHGH-2026-011 (Buyer's standard form, following the Buyer's invitation to tender of 12 March 2026)

BETWEEN

Beihai Guanhai Oyster Professional Cooperative, a farmers' professional cooperative with legal-person status registered in Tieshangang District, Beihai, Guangxi Zhuang Autonomous Region, People's Republic of China, represented by its chairman, Mr. Huang Zhiqiang (hereinafter "the Buyer"),

AND

Bréhat Aquasense SARL, a French limited liability company with a share capital of EUR 120,000, registered with the Trade and Companies Register of Saint-Brieuc under number 834 261 905, having its registered office at 4 Chemin du Guerzido, 22870 Île de Bréhat, France, represented by its managing director (gérante), Ms. Maëlle Le Goff (hereinafter "the Supplier"),

hereinafter together "the Parties".

PREAMBLE

The Buyer operates a depuration centre of twenty-four tanks in which oysters are held in UV-treated seawater before sale. The Buyer wishes to monitor water quality, UV treatment and flow in every tank continuously, to record each batch for release and traceability, and to be alerted when a parameter leaves its limits. The Parties have therefore agreed as follows.

Art. 1 (Purpose)
1.1 The Supplier shall supply, install, configure and commission the monitoring system described in Art. 3, connect it to the Buyer's batch-release and traceability system, train the Buyer's staff, and provide warranty and maintenance services on the terms of this Contract.
1.2 The system shall be installed at the Buyer's depuration centre, Guanhai Village, Tieshangang District, Beihai.

Art. 2 (Contract documents)
2.1 The Contract consists of, in order of precedence: this Contract; Annex 1 (technical specification); Annex 2 (the Supplier's tender of 28 March 2026).
2.2 The Supplier's general terms of sale do not apply.

Art. 3 (Scope and price)
3.1 The Contract Price is fixed and is stated in Chinese Renminbi (CNY) at the Buyer's request, inclusive of transport, customs duties, insurance and all taxes:
  (a) multi-parameter probes (dissolved oxygen, temperature, salinity), 24 units x CNY 14,600 = CNY 350,400;
  (b) UV-intensity sensors, 48 units x CNY 3,850 = CNY 184,800;
  (c) electromagnetic flow meters, 24 units x CNY 6,200 = CNY 148,800;
  (d) edge gateways with stainless-steel cabinets, 6 units x CNY 21,500 = CNY 129,000;
  (e) monitoring and batch-record software, perpetual licence for the centre, CNY 168,000;
  subtotal of equipment and licence, items (a) to (e): CNY 981,000;
  (f) installation, calibration and commissioning, CNY 96,000;
  (g) interface to the Buyer's batch-release and traceability system, CNY 64,000;
  (h) training of operators and the quality manager, CNY 14,000.
3.2 Contract Price: CNY 1,155,000 (one million one hundred and fifty-five thousand Renminbi).

Art. 4 (Payment)
4.1 Advance payment: ten per cent (10%) of the Contract Price, CNY 115,500, within fifteen (15) days of signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
4.2 Fifty-five per cent (55%), CNY 635,250, within fifteen (15) days after all equipment has been delivered and installed, as recorded in a signed installation report. The installation report is not acceptance.
4.3 Thirty-five per cent (35%), CNY 404,250, within fifteen (15) days after the Final Acceptance Certificate under Art. 6.
4.4 Each payment is made against a valid invoice and, for imported equipment, the customs documents listed in Annex 1.

Art. 5 (Delivery and installation)
5.1 The Supplier shall deliver all equipment to the depuration centre within seventy (70) days and complete installation within one hundred (100) days of signature.
5.2 All wetted parts shall be suitable for continuous immersion in seawater; cabinets shall be rated at least IP66.
5.3 Installation shall not interrupt more than four tanks at a time, so that depuration can continue during the works.

Art. 6 (Acceptance)
6.1 After commissioning, the Parties shall carry out the acceptance tests set out in Annex 1, which shall show in particular: (a) each probe agrees with the Buyer's calibrated reference instruments within 0.2 mg/L for dissolved oxygen, 0.3 °C for temperature and 0.5 PSU for salinity; (b) each UV sensor detects a simulated lamp failure and raises an alarm on the screen and by text message within sixty (60) seconds; (c) each flow meter agrees with a timed volumetric measurement within 2%; and (d) the batch record for each tank is transferred to the Buyer's traceability system correctly.
6.2 After the tests are passed, the system shall run for fourteen (14) consecutive days in normal production, with daily reconciliation of the batch records. If no defect remains open at the end of this period, the Buyer shall sign the Final Acceptance Certificate.
6.3 Delivery, installation, commissioning or the use of the system in production shall not be deemed acceptance. If a test fails, the Supplier shall correct the defect at its cost within ten (10) days and the test shall be repeated.

Art. 7 (Warranty)
7.1 The Supplier warrants the equipment, software and interface for twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective item free of charge, including parts, labour, travel and shipment, and shall supply software corrections and updates free of charge.
7.2 Probe membranes and UV-sensor windows are consumables; the Supplier shall supply them during the warranty and maintenance periods at the prices in Annex 2.

Art. 8 (Maintenance after the warranty)
8.1 After the warranty period the Supplier shall, if the Buyer so orders, provide maintenance for a further three (3) years, including two calibration visits per year, repair and replacement of defective items, and software updates.
8.2 The annual maintenance fee is nine per cent (9%) of the subtotal of equipment and licence in Art. 3.1, that is CNY 88,290 per year, fixed for the three years. Maintenance is ordered each year by written order of the Buyer and does not renew automatically.

Art. 9 (Service levels)
9.1 The Supplier shall operate a support line in Chinese and English. Response times during the warranty and maintenance periods: Priority 1 (loss of monitoring or alarms on one or more tanks during a depuration cycle), response within one (1) hour and a technician on site within twelve (12) hours; Priority 2 (a single sensor fault with monitoring continuing), response within eight (8) hours and repair within three (3) days; Priority 3, within five (5) working days.
9.2 For each hour by which a Priority 1 response or on-site time is exceeded, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.

Art. 10 (Delay penalties)
10.1 If the Supplier fails to complete delivery, installation or acceptance by the dates in Art. 5 for reasons attributable to it, it shall pay a penalty of eight hundredths of one per cent (0.08%) of the Contract Price for each day of delay, up to ten per cent (10%) of the Contract Price.
10.2 If the delay exceeds forty-five (45) days, the Buyer may also terminate the Contract under Art. 16.

Art. 11 (Intellectual property)
11.1 The software remains the property of the Supplier, who grants the Buyer a perpetual, non-exclusive licence to use it at the depuration centre.
11.2 The interface to the Buyer's traceability system, the configuration, alarm limits, reports and documentation produced for the Buyer belong to the Buyer, who may use, modify and have them maintained by third parties freely. The Supplier shall deliver the interface source code at Final Acceptance.

Art. 12 (Data and security)
12.1 All measurements, alarms, batch records and laboratory results recorded by the system belong to the Buyer and shall be used by the Supplier only to perform this Contract.
12.2 The system stores data only on the Buyer's server in Beihai. The Supplier may access it remotely only through the Buyer's VPN, after approval for each session by the Buyer's quality manager, and all sessions are logged. The Supplier shall not copy data outside the Buyer's systems or transfer it out of mainland China.
12.3 The Supplier shall protect the system against unauthorised access, including by changing default passwords, applying security updates and disabling unused services, and shall notify the Buyer of any security incident within twelve (12) hours. The Supplier is liable for all damage caused to the Buyer by a security incident attributable to it.

Art. 13 (Confidentiality)
Each Party shall keep confidential the technical, commercial and financial information of the other Party received in connection with this Contract and shall not disclose it without the other Party's prior written consent, during the Contract and for five (5) years after its end.

Art. 14 (Subcontracting)
14.1 Installation and on-site maintenance shall be carried out by the Supplier's local partner, Beihai Haiyun Instrument Engineering Co., Ltd., which the Buyer approves by signing this Contract.
14.2 Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.

Art. 15 (Liability and insurance)
15.1 The Supplier shall compensate the Buyer for all damage caused by its breach of this Contract, including the loss of oysters in a tank where the loss results from a defect of the system.
15.2 The Supplier shall maintain product and public liability insurance with a cover of at least CNY 5,000,000 per event.

Art. 16 (Termination)
16.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen (15) days after a written notice, and in the case described in Art. 10.2.
16.2 On termination the Supplier shall refund the amounts paid for items not accepted and compensate the Buyer's damage.

Art. 17 (Force majeure)
Neither Party is liable for a delay caused by force majeure, including typhoons, provided it notifies the other Party promptly.

Art. 18 (Governing law and disputes)
18.1 This Contract is governed by the laws of the People's Republic of China.
18.2 Any dispute shall be submitted to the Beihai Arbitration Commission for arbitration in Beihai. The award is final.

Art. 19 (Final provisions)
This Contract is made in English and Chinese, in four originals; both versions are equally authentic. It enters into force on signature by both Parties.

Signed at Beihai, on ____________ 2026.

For the Buyer: ______________________        For the Supplier: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h149e04 — Nanjing translation agency: managed IT + desktop support; provider on Fair Isle (Scottish style,
# "N. HEADING"), .md
# ---------------------------------------------------------------------------------------------------------------
H149E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

**FAIR ISLE MANAGED IT LIMITED**, a company incorporated under the Companies Acts in Scotland (registered number SC712394) and having its registered office at The Auld Haa, Fair Isle, Shetland ZE2 9JU (**"the Provider"**)

**and**

**NANJING JINLING LEXIS TRANSLATION CO., LTD.**, a limited liability company established under the laws of the People's Republic of China and having its registered office at 17th Floor, Zhongshan Road 301, Gulou District, Nanjing, Jiangsu Province (**"the Client"**)

## BACKGROUND

(A) The Client is a translation and localisation agency with offices in Nanjing (Gulou and Jianye) employing translators, project managers and desktop publishing staff, who handle confidential documents for law firms, manufacturers and hospitals.

(B) The Provider manages IT estates for professional firms and, through its wholly owned subsidiary in Nanjing, provides on-site support in China.

(C) The Client wishes the Provider to manage its IT estate and to provide desktop support, and the Provider has agreed to do so on the terms of this Agreement.

**NOW THEREFORE the parties agree as follows:**

## 1. DEFINITIONS

1.1 In this Agreement: **"Business Day"** means a day on which banks are open in Nanjing; **"Charges"** means the charges in Clause 4; **"Client Data"** means all documents, translation memories, termbases, e-mails, personal information and other data of the Client or its customers processed by the Provider; **"Service Commencement Date"** means the date on which the Transition Certificate is signed under Clause 3; **"Services"** means the services described in Clause 2; **"Term"** means the period set out in Clause 9.

## 2. THE SERVICES

2.1 The Provider shall provide:

(a) a service desk by telephone, e-mail and chat in Chinese and English, from 07:30 to 22:00 China Standard Time every day, with on-call cover for Priority 1 incidents at all other times;

(b) desktop support for 120 workstations and laptops, including installation and maintenance of operating systems, office and translation (CAT) software, printers and peripherals, on-site at both offices from 08:30 to 18:30 on Business Days;

(c) management of the Client's six servers (translation memory server, file server, domain controllers, backup server and mail relay), network and firewalls, including monitoring, patching and capacity reporting;

(d) backup of all servers daily, with an encrypted copy held in a second data centre in mainland China, and a documented restore test each quarter;

(e) endpoint security, device encryption and asset management for all devices; and

(f) monthly service reports and a quarterly service review with the Client's office manager.

2.2 The Provider shall perform the Services with the skill, care and diligence to be expected of a competent provider of managed IT services.

## 3. TRANSITION

3.1 The Provider shall take over the Services from the Client's current arrangements within forty-five (45) days of the date of this Agreement ("Transition").

3.2 Transition is complete when the Provider has shown, to the Client's reasonable satisfaction: (a) a complete asset register reconciled with a physical count of both offices; (b) monitoring and endpoint security active on every device; (c) a successful restore of the translation memory server and of a sample of 200 files selected by the Client; (d) documented runbooks for all servers; and (e) knowledge transfer from the Client's outgoing IT contractor. The Client shall then sign a Transition Certificate. The start of the Services in whole or in part shall not of itself be taken as completion of Transition.

3.3 If Transition is not completed within the period in Clause 3.1 for reasons attributable to the Provider, the Provider shall pay to the Client liquidated damages of CNY 1,200 for each day of delay, up to a maximum of CNY 60,000.

## 4. CHARGES AND PAYMENT

4.1 The Charges are expressed in Chinese Renminbi (CNY) at the Client's request and are inclusive of PRC value-added tax:

| Charge | Basis | Monthly (CNY) | Term total (CNY) |
|---|---|---|---|
| Workstation support | 120 seats x CNY 420 | 50,400 | 1,209,600 |
| Server, network and backup management | fixed | 14,600 | 350,400 |
| Monthly Service Charge | | 65,000 | 1,560,000 |
| Transition (one-time) | fixed | | 58,000 |
| Total Charges for the Term | | | 1,618,000 |

4.2 The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Transition charge is invoiced after the Transition Certificate is signed. No Charges are payable in advance.

4.3 Workstations added or removed during the Term are charged or credited at CNY 420 per seat per month, pro rata.

4.4 The Client shall pay each undisputed invoice within thirty (30) days of receipt.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the following service levels, measured monthly:

| Priority | Example | Response | Restoration target |
|---|---|---|---|
| Priority 1 | a server, the network or the internet link of an office is down | 30 minutes | 6 hours |
| Priority 2 | a group of users or a key application affected | 1 hour | 1 Business Day |
| Priority 3 | a single user affected | 2 hours | 3 Business Days |

5.2 The managed servers shall be available 99.95% of the time in each month, excluding agreed maintenance windows.

5.3 If a service level is missed in any month, the Client shall receive a service credit of 3% of the Monthly Service Charge for each missed Priority 1 response or restoration target and 5% for any month in which server availability falls below the level in Clause 5.2, up to 20% of the Monthly Service Charge in total. Service credits are deducted from the next invoice and are without prejudice to the Client's other rights.

## 6. CLIENT DATA AND SECURITY

6.1 Client Data is and shall remain the property of the Client. The Provider shall use Client Data only to perform the Services and shall not copy, analyse, retain or disclose it for any other purpose.

6.2 The Provider shall: (a) keep all Client Data and backups within mainland China; (b) give access to Client Data only to named personnel who need it and have signed confidentiality undertakings; (c) use multi-factor authentication and log all administrative access; (d) encrypt backups and devices; and (e) comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 The Provider shall notify the Client of any actual or suspected breach of security affecting Client Data within twelve (12) hours of becoming aware of it, shall take all reasonable steps to contain and remedy it, and shall indemnify the Client against all losses, fines and costs arising from any breach caused by the Provider or its personnel.

## 7. CONFIDENTIALITY

7.1 Each party shall keep secret and confidential all information of the other party which it obtains under this Agreement, including the content of documents sent for translation, and shall not disclose it to any person except its personnel who need it to perform this Agreement and are bound by equivalent obligations. This obligation continues after termination without limit of time.

## 8. INTELLECTUAL PROPERTY

8.1 The runbooks, scripts, configurations, asset registers and reports prepared for the Client shall belong to the Client, which may use, modify and give them to any successor provider freely. The Provider retains its own pre-existing tools and methods.

## 9. TERM AND RENEWAL

9.1 This Agreement commences on the date of signature and the Services shall run for twenty-four (24) months from the Service Commencement Date.

9.2 Thereafter this Agreement shall continue for further periods of one year each at the same Charges unless either party gives not less than ninety (90) days' written notice to end it at the end of the then current period.

## 10. SUBCONTRACTING

10.1 On-site services in Nanjing shall be performed by the Provider's wholly owned subsidiary, Fair Isle IT Services (Nanjing) Co., Ltd., which the Client approves by signing this Agreement. The Provider shall not otherwise subcontract any part of the Services without the Client's prior written consent and shall remain responsible for all subcontractors.

## 11. LIABILITY

11.1 The Provider's aggregate liability to the Client, whether in contract, delict or otherwise, shall not exceed 125% of the Total Charges for the Term.

11.2 Clause 11.1 does not apply to liability under Clause 6.3, for death or personal injury, or for fraud.

## 12. TERMINATION

12.1 The Client may terminate this Agreement by written notice if the Provider commits a material breach which is incapable of remedy or, if capable of remedy, is not remedied within twenty (20) Business Days of written notice, or if service credits reach the maximum in any two months of a six-month period.

12.2 On expiry or termination the Provider shall provide reasonable exit assistance for up to sixty (60) days, return all Client Data and then securely delete it.

## 13. GENERAL

13.1 This Agreement constitutes the whole agreement between the parties. No variation shall be effective unless in writing and signed by both parties.

13.2 Neither party may assign its rights without the prior written consent of the other.

## 14. GOVERNING LAW AND JURISDICTION

14.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland.

14.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh.

**IN WITNESS WHEREOF** these presents consisting of this and the preceding pages are executed in accordance with the Requirements of Writing (Scotland) Act 1995 as follows:

Subscribed for and on behalf of FAIR ISLE MANAGED IT LIMITED at Lerwick on __________ 2026 by __________, Director, before this witness: __________

Subscribed for and on behalf of NANJING JINLING LEXIS TRANSLATION CO., LTD. at Nanjing on __________ 2026 by __________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h149e05 — Pu'er coffee exporter: traceability-certificate API subscription + integration; vendor on Isola Madre
# (Italian style, "Article N"), .txt
# ---------------------------------------------------------------------------------------------------------------
H149E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
ORIGO TRACE - TRACEABILITY CERTIFICATE API

between

ISOLA MADRE TRACCIABILITÀ S.r.l., with registered office at Isola Madre, 28838 Stresa (VB), Italy, share capital EUR 50,000 fully paid, registered with the Companies Register of Verbano-Cusio-Ossola, tax code and VAT number IT02619470036, in the person of its sole director, Mr. Lorenzo Bianchetti (the "Vendor"),

and

YUNNAN PU'ER LANCANG COFFEE TRADING CO., LTD., with registered office at 66 Coffee Industrial Park Road, Simao District, Pu'er, Yunnan Province, People's Republic of China, in the person of its legal representative, Ms. Dao Yuhan (the "Customer"),

(each a "Party" and together the "Parties").

PREMISES

(A) The Vendor operates the Origo Trace platform, which issues digital traceability certificates for agricultural commodities, linking each export lot to the geolocated plots on which it was grown and to the due-diligence information required by importers in the European Union, including under Regulation (EU) 2023/1115 on deforestation-free products.

(B) The Customer buys green coffee from smallholder farms and cooperatives in Pu'er and exports it to roasters in Europe, and wishes to obtain a certificate for each export lot through an application programming interface (API) connected to its own systems.

(C) The Premises and the Annexes form an integral and substantive part of this Agreement.

NOW, THEREFORE, the Parties agree as follows.

Article 1 - Definitions
1.1 "API" means the Vendor's programming interface through which the Customer's systems submit lot data and receive certificates. "Certificate" means a digitally signed traceability certificate issued for one export lot. "Customer Data" means all data submitted by or for the Customer, including farm and farmer records, plot geolocation polygons, purchase records, lot compositions and shipping documents. "Integration Acceptance" means the acceptance under Article 5. "Initial Term" means the period in Article 14.1.

Article 2 - Object
2.1 The Vendor grants the Customer access to the Origo Trace platform and API for the Initial Term, for the issue of Certificates for coffee lots exported by the Customer.
2.2 The Vendor shall also (a) integrate the API with the Customer's ERP system and export-documentation software, so that Certificates are requested automatically when a lot is booked for shipment, and (b) onboard the geolocation polygons of the 420 supplying farms, verifying them against satellite imagery.

Article 3 - Fees
3.1 The fees are expressed in Chinese Renminbi (CNY) at the Customer's request and include all taxes due in Italy:
  - platform subscription, including API access, dashboard and five named users: CNY 268,000 per year;
  - certificate bundle of 6,000 Certificates per year, at CNY 18 each: CNY 108,000 per year;
  - recurring fees: CNY 376,000 per year, equal to CNY 1,128,000 for the Initial Term;
  - ERP and export-documentation integration (one-time): CNY 186,000;
  - farm geolocation onboarding, 420 farms at CNY 350 each (one-time): CNY 147,000.
3.2 Total Contract Value: CNY 1,461,000.
3.3 Certificates beyond the yearly bundle are charged at CNY 22 each, monthly in arrears; they depend on volumes and are not part of the Total Contract Value.

Article 4 - Invoicing and payment
4.1 Recurring fees are invoiced quarterly in arrears, CNY 94,000 per quarter, starting from Integration Acceptance. The one-time fees are invoiced after Integration Acceptance. No payment is due in advance.
4.2 Invoices are payable within thirty (30) days of receipt by bank transfer. Where PRC law requires withholding tax, the Customer shall deliver the tax payment certificate to the Vendor.

Article 5 - Integration and acceptance
5.1 The Vendor shall complete the integration and the farm onboarding and request Integration Acceptance within ninety (90) days of signature.
5.2 The acceptance tests shall show that: (a) for three test lots of different farm composition, Certificates are issued automatically from the Customer's ERP booking within five (5) minutes; (b) the Certificate data reconcile with the ERP lot records without difference; (c) all 420 farm polygons have been validated, and any plot flagged by the satellite check has been documented and resolved with the Customer; and (d) a due-diligence reference can be produced for a test shipment in the format required by the Customer's importers.
5.3 When the tests are passed, the Customer shall sign the Integration Acceptance report. The production use of the API before that date is not acceptance.
5.4 For each day of delay in Integration Acceptance attributable to the Vendor, the Vendor shall pay a penalty (penale) of 0.07% of the Total Contract Value, up to 10% of the Total Contract Value, without prejudice to further damage.

Article 6 - Service levels
6.1 The API and the dashboard shall be available 99.95% of each calendar month, excluding maintenance announced at least five (5) days in advance and carried out between 01:00 and 03:00 Central European Time.
6.2 Incidents shall be handled as follows: Priority 1 (no Certificates can be issued), response within one (1) hour and restoration within six (6) hours; Priority 2 (degraded operation), response within two (2) hours and restoration within two (2) business days; Priority 3, within five (5) business days.
6.3 If availability falls below the level in Article 6.1, the Customer shall receive a service credit of 5% of the monthly share of the recurring fees for each 0.1 percentage point of shortfall, up to 25%. Each missed Priority 1 restoration time gives a credit of CNY 2,000. Credits are deducted from the next invoice.

Article 7 - Intellectual property
7.1 The Origo Trace platform, the API, its risk models and the certificate format remain the exclusive property of the Vendor.
7.2 The integration connectors, field mappings, scripts and documentation developed specifically for the Customer belong to the Customer, which may use, modify and license them freely, including to a successor provider. The Vendor shall deliver their source code at Integration Acceptance.

Article 8 - Customer Data
8.1 Customer Data are and remain the property of the Customer.
8.2 Notwithstanding Article 8.1, the Vendor may use Customer Data in aggregated and anonymised form, including plot coordinates, altitude, farm size and yield data, to calibrate its deforestation-risk and origin models, to compile and publish regional origin risk indexes, and to improve its services. This right survives the termination or expiry of this Agreement.
8.3 At the end of the Agreement the Vendor shall return all Customer Data in a standard format within thirty (30) days and then delete it, save for the aggregated and anonymised data under Article 8.2.

Article 9 - Data security
9.1 The platform is operated in an environment certified to ISO/IEC 27001. Customer Data are stored in a data centre in mainland China and are transferred abroad only as instructed by the Customer for the submission of due-diligence information to the European Union information system, in compliance with the PRC Personal Information Protection Law and Data Security Law.
9.2 The Vendor shall apply encryption in transit and at rest, role-based access control, logging of all administrative access and daily backups, and shall notify the Customer of any personal-data or security breach within twenty-four (24) hours of becoming aware of it.
9.3 The Vendor shall be liable for all damage suffered by the Customer as a result of a security breach attributable to the Vendor.

Article 10 - Confidentiality
10.1 Each Party shall keep strictly confidential all information received from the other Party in connection with this Agreement, including prices, supplier lists and buyer identities, and shall not disclose it to third parties without the other Party's prior written consent, for the duration of the Agreement and for five (5) years thereafter.

Article 11 - Subcontracting
11.1 The Vendor shall not subcontract the services under this Agreement, in whole or in part, without the Customer's prior written consent. The satellite-imagery provider listed in Annex 3 is approved by signature of this Agreement.

Article 12 - Liability
12.1 The Vendor's aggregate liability under this Agreement shall not exceed 150% of the Total Contract Value, except in cases of wilful misconduct or gross negligence, in accordance with Article 1229 of the Italian Civil Code, and for breach of Article 9.

Article 13 - Force majeure
13.1 Neither Party shall be liable for non-performance caused by events beyond its reasonable control, provided that it notifies the other Party promptly.

Article 14 - Duration and withdrawal
14.1 The subscription has a fixed duration of thirty-six (36) months from Integration Acceptance (the "Initial Term") and expires automatically at its end; tacit renewal is excluded. Any extension requires a new written agreement.
14.2 The Customer may not withdraw from this Agreement or terminate the subscription before the expiry of the Initial Term, for any reason.
14.3 In the event of non-performance by the Vendor, the Customer's sole and exclusive remedies shall be the service credits under Article 6, the penalty under Article 5.4 and the re-performance of the deficient services. The Customer expressly waives the right to seek termination (risoluzione) of this Agreement under Articles 1453 and 1454 of the Italian Civil Code.
14.4 The Vendor may terminate this Agreement under Article 1456 of the Italian Civil Code by written notice if the Customer fails to pay any undisputed invoice within sixty (60) days of its due date.

Article 15 - Governing law and jurisdiction
15.1 This Agreement is governed by Italian law.
15.2 The Court of Milan (Tribunale di Milano) shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

Article 16 - Final provisions
16.1 This Agreement may be amended only in writing. The Annexes are: Annex 1, service description; Annex 2, technical and organisational security measures; Annex 3, approved subcontractor.
16.2 This Agreement is executed in English in two originals.

Stresa, ____________ 2026                    Pu'er, ____________ 2026

The Vendor: ______________________          The Customer: ______________________

Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Article 8.2 (use of aggregated and anonymised data); Article 12 (limitation of liability); Article 14.2 and 14.3 (no withdrawal, exclusive remedies, waiver of termination); Article 15.2 (exclusive jurisdiction).

The Customer: ______________________
"""

SOURCES = {"h149z01": H149Z01, "h149z02": H149Z02, "h149e01": H149E01, "h149e02": H149E02}
TARGETS = {"h149z01": ("h149z01_city_management_smart_platform_integration.docx", "docx"),
           "h149z02": ("h149z02_bearing_ring_defect_inspection_maintenance.pdf", "pdf"),
           "h149e01": ("h149e01_carved_furniture_design_library_licence_irish_vendor.docx", "docx"),
           "h149e02": ("h149e02_ski_resort_lift_ticketing_saas_german_vendor.pdf", "pdf")}
TEXTS = {"h149z03_laundry_chain_order_member_saas.md": H149Z03,
         "h149z04_county_medical_insurance_system_om.txt": H149Z04,
         "h149z05_hotpot_base_wms_supplier_template.md": H149Z05,
         "h149e03_oyster_depuration_sensors_maintenance_french_integrator.txt": H149E03,
         "h149e04_translation_agency_managed_it_scottish_provider.md": H149E04,
         "h149e05_coffee_traceability_api_italian_vendor.txt": H149E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
