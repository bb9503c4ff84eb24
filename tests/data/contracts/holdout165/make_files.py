"""holdout165: sources of the ten ordinary draft contracts (written before any run).

The .md and .txt files are written as they are; the two .docx and the two .pdf are built with ../word_pdf.py
(markup: T: title, H: heading, P: paragraph, TB: table row with cells split by |), the PDFs with wrap_words=True.
Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h165z01 — 省博物馆 智慧博物馆文物环境监测系统 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H165Z01 = """
T:南屏省博物馆智慧博物馆文物环境监测系统采购合同
P:合同编号：NPBWG-ZFCG-2026-014
P:项目名称：南屏省博物馆智慧博物馆文物环境监测系统建设项目（政府采购，公开招标，招标编号 NPZC2026-G-0387）
P:采购人（甲方）：南屏省博物馆
P:供应商（乙方）：杭州青蚨文保科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分；上述文件不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责为甲方主馆（陈列大楼一至四层展厅、文物库房区）及东区临展厅建设文物环境监测系统，包括展柜微环境监测终端、库房环境监测终端、无线网关及中继、展柜恒湿机、环境监测平台软件，以及与甲方藏品管理系统、楼宇自控系统的数据对接，并负责安装、调试、培训和质保期内的维护服务。
P:1.2 系统应实现对温度、相对湿度、光照度、紫外辐射、挥发性有机物（VOC）和二氧化碳浓度的实时监测、超限报警、历史曲线查询、统计分析和恒湿设备联动调控，满足 WW/T 0016《馆藏文物保存环境质量检测技术规范》等现行标准及招标文件技术要求。
P:1.3 乙方所供设备应为全新、未使用过的合格产品，并附出厂合格证、检测报告和中文使用说明。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾捌万陆仟元整（¥2,686,000.00），为固定总价，已包含设备、软件、运输、保险、安装、调试、对接开发、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|展柜微环境监测终端（温湿度/光照/紫外）|420台|2,180|915,600
TB:2|库房环境监测终端（温湿度/VOC/CO2）|64台|6,850|438,400
TB:3|无线网关及中继|36套|4,900|176,400
TB:4|展柜恒湿机|48台|9,600|460,800
TB:5|环境监测平台软件许可（永久）|1套|286,000|286,000
TB:|软硬件小计|||2,277,200
TB:6|藏品管理系统及楼宇自控系统对接开发|1项|168,000|168,000
TB:7|安装调试及布线|1项|214,500|214,500
TB:8|培训|1项|26,300|26,300
TB:|合同总价|||2,686,000
P:2.2 除经甲方书面确认的设计变更外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%作为预付款，即人民币537,200元。
P:3.2 全部设备到货、安装完毕并通过初验后15个工作日内，甲方支付合同总价的45%，即人民币1,208,700元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币940,100元。
P:3.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（银行保函）；最终验收合格后转为质量保证金，质保期满且乙方无违约的，甲方无息退还。
P:3.5 甲方通过国库集中支付方式付款，乙方应在每次付款前开具合法有效的增值税专用发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后60日内完成全部设备到货，在合同签订后90日内完成安装调试并提交初验申请。
P:4.2 展柜内设备的安装须在甲方文物保管人员在场的情况下进行，乙方人员不得移动、触碰展柜内文物；确需移动文物的，由甲方人员操作。
H:第五条 验收
P:5.1 初验：设备全部安装完毕并联网后，甲乙双方按招标文件技术要求逐项核对设备型号、数量和安装位置，测试数据采集、超限报警和平台展示功能，合格后签署初验记录。
P:5.2 最终验收：系统初验合格后连续试运行30日，试运行期间未发生一级故障，且同时满足下列标准的，由甲方组织最终验收：
P:（1）温度测量误差不超过±0.3℃，相对湿度测量误差不超过±2%RH，经第三方计量机构抽检合格；
P:（2）数据采集间隔不大于5分钟，超限报警在1分钟内推送至平台和值班人员手机；
P:（3）展柜恒湿机能将柜内相对湿度稳定控制在设定值±3%RH范围内；
P:（4）与藏品管理系统、楼宇自控系统的接口联调通过，双方数据一致；
P:（5）竣工图纸、设备清单、操作手册、接口文档及对接程序源代码等资料齐全。
P:5.3 最终验收合格的，双方签署最终验收报告。设备到货签收、安装完毕、初验通过或甲方投入使用，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件升级和现场维护服务，每季度进行一次巡检和传感器校准核查，并提交巡检报告。
P:6.2 质保期满后，如甲方需要，乙方提供年度维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币182,176元），且在质保期满后两年内不得上调。维保服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 故障分级及响应要求：一级故障（监测平台整体中断、库房区监测中断或恒湿机批量失效）30分钟内响应，2小时内到场，8小时内恢复；二级故障（单个展厅或区域监测中断）1小时内响应，次日内修复；三级故障（单台设备异常）2个工作日内修复。
P:7.2 质保期内监测平台月度可用率不低于99.95%（计划维护时间除外，计划维护须提前3个工作日经甲方同意）。
P:7.3 乙方响应、到场或修复超时的，每超时1小时扣减人民币800元；月度可用率每低于承诺值0.01个百分点，扣减人民币1,000元。上述扣款由甲方从质量保证金或应付款项中扣除。
H:第八条 数据安全与数据权属
P:8.1 系统采集的全部环境监测数据、报警记录、操作日志及甲方提供的藏品位置信息归甲方所有。乙方仅为履行本合同之目的使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 系统部署于甲方内网，平台服务器按网络安全等级保护第二级要求配置。乙方远程维护须经甲方逐次审批，通过甲方指定的堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在发现后2小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方文物藏品信息、库房位置、安防布置、网络结构及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而失效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的对接程序、配置文件、报表模板及其源代码，知识产权归甲方所有，甲方可自行或委托第三方修改和使用。
P:10.2 环境监测平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供产品和服务不侵犯第三方的知识产权。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:11.2 乙方所供设备或软件不符合合同约定的，应无偿更换或整改，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不得转包。乙方不得分包；确需将布线等辅助施工分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同，并要求乙方承担违约责任：（1）逾期交货或逾期完成安装调试超过30日；（2）系统经两次整改仍不能通过最终验收；（3）有其他严重违约行为，且在甲方书面通知后15日内未予纠正。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，至质保期满且双方义务履行完毕时终止。本合同一式六份，甲方四份，乙方二份。
P:15.2 附件：1．设备及软件配置清单；2．点位布置图；3．实施进度计划。
P:甲方（盖章）：南屏省博物馆　　　　乙方（盖章）：杭州青蚨文保科技有限公司
P:授权代表：　　　　　　　　　　　　授权代表：
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h165z02 — 碳纤维预浸料厂 涂胶在线测厚系统 (hardware + post-warranty maintenance), .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H165Z02 = """
T:涂胶在线测厚系统采购及维保合同
P:合同编号：LZFC-SB-2026-031
P:甲方（买方）：威海岚舟复合材料有限公司
P:乙方（卖方）：常州精衡测控设备有限公司
P:鉴于甲方碳纤维预浸料生产线需要对树脂涂胶面重进行在线测量和闭环控制，乙方具备相应设备的生产和服务能力，双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的与价格
P:（一）乙方为甲方1号、2号、3号热熔法预浸料生产线各提供一套涂胶在线测厚系统，包括O型扫描架及β射线测厚探头、红外面重/树脂含量传感器、控制柜及工控机、测厚及闭环控制软件，并负责安装、调试、与涂胶机的闭环整定、MES接口开发及操作培训。
P:（二）合同总价为人民币贰佰肆拾壹万元整（¥2,410,000），含13%增值税、包装、运输、保险、安装调试及质保期内服务费用。分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|O型扫描架（含β射线测厚探头）|3套|486,000|1,458,000
TB:2|红外面重/树脂含量传感器|3套|138,000|414,000
TB:3|控制柜及工控机|3套|62,500|187,500
TB:4|测厚及闭环控制软件许可（永久）|3套|45,000|135,000
TB:|设备及软件小计|||2,194,500
TB:5|安装调试及闭环整定|1项|126,000|126,000
TB:6|MES接口开发|1项|58,000|58,000
TB:7|辐射安全许可办理协助及操作培训|1项|31,500|31,500
TB:|合同总价|||2,410,000
H:二、技术要求
P:（一）测量范围：面重20–400 g/m²；测量重复性（2σ）不大于±0.5 g/m²；扫描速度可调，最高不低于500 mm/s；幅宽覆盖1,600 mm。
P:（二）系统应能根据实测面重自动调节涂胶辊间隙，闭环投用后整幅面重变异系数（CV）不大于1.5%。
P:（三）β射线源应依法办理放射源备案及相关手续，设备表面剂量率符合GBZ 125的要求。乙方负责提供放射源相关证明文件，并协助甲方办理辐射安全许可。
P:（四）系统应提供OPC UA接口，将面重、树脂含量及报警数据实时上传甲方MES系统。
H:三、交货与安装
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方威海厂区指定地点，并在到货后30日内完成三条生产线的安装调试。
P:（二）安装调试须在甲方安排的停线窗口内进行，每条线停线不超过5日。乙方人员须遵守甲方洁净车间、动火作业和辐射防护管理规定。
P:（三）乙方应随货提供装箱单、合格证、校准证书、操作和维护手册，并在安装完成后提交软件备份和参数清单。
H:四、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，即人民币241,000元，作为预付款。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的60%，即人民币1,446,000元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过终验后，甲方支付合同总价的25%，即人民币602,500元。
P:（四）剩余5%，即人民币120,500元，作为质量保证金，质保期满且无未解决的质量问题后10个工作日内支付。
H:五、验收
P:（一）安装调试完成后，每条线连续运行72小时，乙方会同甲方按本合同第二条技术要求逐项测试：用标准片校验测量重复性，按甲方工艺要求抽取样片称重比对，记录闭环控制投用前后的面重变异系数。
P:（二）三条线均测试合格，连续试生产30日无影响生产的故障，辐射安全检测合格，且技术资料和软件备份交付齐全的，双方签署终验报告。
P:（三）设备到货、安装完成或甲方投入试生产，均不视为终验合格。测试不合格的，乙方应在10日内整改并重新测试，费用由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件（放射源到期更换除外），并免费提供软件升级。
P:（二）质保期内，乙方每半年到现场进行一次预防性维护和标定，并出具维护报告。
H:七、服务响应
P:（一）一级故障（任一生产线测厚系统停止工作或测量数据失真，导致该线停线或只能开环生产）：乙方在接到报修后6小时内响应，远程无法解决的，48小时内派工程师到场。
P:（二）二级故障（部分功能异常，但不影响生产）：乙方在24小时内响应，5个工作日内修复。
P:（三）乙方响应超时的，每超时1小时向甲方支付人民币500元；到场超时的，每超时1日支付人民币3,000元。上述款项甲方可从质量保证金或维保费中扣除。
H:八、质保期满后的维保服务
P:（一）质保期满后，乙方按年度向甲方提供维保服务，内容包括每半年一次预防性维护和标定、故障维修（更换备件按乙方报价另计）、软件升级及远程技术支持。
P:（二）年度维保费为设备及软件小计的17%，即每年人民币373,065元，质保期满后三年内保持不变。每个维保年度开始前，双方签订年度服务确认单，维保费按季度支付。
P:（三）维保期内的服务响应标准和超时责任同本合同第七条。
H:九、数据安全
P:（一）测厚系统产生的面重曲线、工艺参数、配方设定值和生产记录等数据归甲方所有。乙方仅可在甲方授权范围内为故障诊断和维护目的使用，不得复制、留存或向第三方提供，不得用于其他任何目的。
P:（二）乙方远程诊断须事先取得甲方信息部门的书面审批，通过甲方提供的VPN账号登录，每次使用后账号即行关闭。乙方应采取措施防止病毒和恶意代码进入甲方生产网络。
P:（三）发生数据泄露或因乙方原因导致生产网络安全事件的，乙方应在2小时内通知甲方并配合处置，并承担由此造成的全部损失。
H:十、保密
P:乙方对在履约过程中知悉的甲方树脂配方、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十一、知识产权
P:（一）乙方为本项目开发的MES接口程序及其源代码、闭环整定参数和相关文档归甲方所有，甲方可自行修改和使用。
P:（二）测厚及闭环控制软件的知识产权归乙方，乙方授予甲方在三条生产线上永久使用的许可。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）系统经两次整改仍不能通过终验的，甲方有权退货，乙方应返还已收款项并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十三、分包
P:乙方不得转包本合同。确需将设备运输吊装、电气配线等辅助工作分包的，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十四、合同解除
P:（一）乙方逾期交货超过45日，或有其他严重违约行为并在甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同。
P:（二）合同解除后，乙方应返还甲方已付款项中与未履行部分相应的金额，并承担违约责任。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议由双方协商解决；协商不成的，提交威海仲裁委员会按其仲裁规则仲裁。
H:十六、其他
P:本合同经双方签字盖章后生效，一式四份，双方各执两份。附件：1. 技术规格书；2. 设备清单；3. 标定及验收方案。
P:甲方（盖章）：威海岚舟复合材料有限公司　　乙方（盖章）：常州精衡测控设备有限公司
P:日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h165z03 — 少儿编程培训连锁 教务管理 SaaS (three years + 实施), .md, Markdown headings + 1.1
# ---------------------------------------------------------------------------------------------------------------
H165Z03 = """# 教务管理SaaS服务合同

合同编号：XM-CG-2026-0219

甲方（客户）：深圳市星码少儿编程教育科技有限公司
住所：深圳市南山区粤海街道科技南路88号星码大厦6楼

乙方（服务商）：广州课栈云科技有限公司
住所：广州市天河区黄埔大道西路402号课栈中心15层

甲方在深圳、东莞、惠州经营46个少儿编程培训校区，拟采用乙方"课栈教务云"平台统一管理招生、排课、消课和续费业务。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，经协商一致，订立本合同。

## 1 服务内容

1.1 乙方通过"课栈教务云"平台向甲方及其46个校区提供教务管理SaaS服务，包括招生线索、试听预约、排课、消课、课时包、续费和退费、家长端小程序、教师端App、财务对账和经营报表等功能模块，具体以附件一《功能清单》为准。

1.2 乙方负责实施：为甲方开通组织架构和账号；将学员、课时余额和合同数据从甲方现有系统迁移至平台；为甲方定制开发带有甲方品牌的家长端小程序页面（含学员作品展示、课堂反馈和在线续费）；对接甲方的微信支付商户号和用友财务系统；对各校区教务人员进行培训。

1.3 服务期限为三年，自上线验收合格之日的次日起计算。

## 2 费用与支付

2.1 合同总价为人民币壹佰零叁万柒仟元整（¥1,037,000），明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| SaaS订阅费 | 46个校区 × 6,800元/校区/年 × 3年 | 938,400 |
| 实施及定制开发（数据迁移、家长端小程序定制、支付及财务接口） | 一次性 | 86,000 |
| 培训（含校区教务主管集中培训2期） | 一次性 | 12,600 |
| 合同总价 | | 1,037,000 |

2.2 服务期内新增校区的，按6,800元/校区/年按月折算计费；关闭校区的，自下一个服务年度起相应调减。

2.3 订阅费按季度后付：乙方在每季度结束后开具发票，甲方在收到合格发票后15日内支付当季订阅费（每季度人民币78,200元）。实施及定制开发费和培训费在上线验收合格后15日内一次性支付。甲方不预付任何费用。

## 3 实施与上线验收

3.1 乙方应在合同签订后45日内完成实施并书面申请上线验收。

3.2 上线验收标准：

- 学员、课时余额和合同数据迁移后，与原系统逐条核对一致；
- 排课、消课、课时扣减、续费和退费全流程在3个试点校区连续运行10个营业日，未发生一级故障；
- 家长端小程序通过甲方品牌审核并在微信正式上线；
- 微信支付对账和用友财务凭证接口经双方财务人员核对无差异。

3.3 满足上述标准的，双方签署上线验收单。账号开通、数据导入或甲方试用，均不视为验收合格。

3.4 因乙方原因未能在第3.1条约定期限内通过上线验收的，每逾期一日，乙方向甲方支付违约金人民币800元。

## 4 服务水平

4.1 平台月度可用率不低于99.5%。可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数。经甲方同意的计划维护（每月不超过2次，安排在22:00至次日6:00之间）不计入不可用时间。

4.2 故障响应：一级故障（平台无法登录、排课或消课无法进行、家长端支付中断）15分钟内响应，2小时内恢复；二级故障（部分功能或个别校区无法使用）1小时内响应，1个工作日内解决；三级问题（咨询、一般缺陷）2个工作日内答复。

4.3 服务赔偿：月度可用率低于99.5%但不低于99%的，按当月订阅费的5%抵扣；低于99%但不低于98%的，抵扣10%；低于98%的，抵扣20%。一级故障恢复超时的，每超时1小时另抵扣当月订阅费的1%。抵扣金额从下一季度订阅费中扣减。

## 5 知识产权

5.1 "课栈教务云"平台及其通用功能的知识产权归乙方所有。

5.2 乙方为甲方定制开发的家长端小程序页面、程序代码、接口程序及相关文档，知识产权归乙方所有。甲方在服务期内享有免费使用权，未经乙方书面同意不得修改、复制或交由第三方使用；服务终止后，乙方停止提供该小程序。

5.3 甲方提供的品牌标识、课程体系、教案和图片素材的权利仍归甲方所有，乙方仅为履行本合同使用。

## 6 数据

6.1 甲方及其学员、家长在平台上产生或上传的数据（包括学员姓名、年龄、联系方式、课时记录、编程作品和课堂评价）归甲方所有。

6.2 数据安全：乙方平台已通过网络安全等级保护第三级测评，数据存储于中国境内。乙方应对学员个人信息（含未成年人个人信息）加密存储，按最小权限原则控制访问，操作日志保存不少于六个月。发生数据泄露或其他安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担由此产生的全部责任和损失。

6.3 在去除学员姓名、联系方式等可识别个人身份的信息后，乙方有权将甲方数据汇总用于产品改进、教学效果分析模型训练和发布行业研究报告，本合同终止后亦同。

6.4 服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除平台上的甲方数据（第6.3条所述汇总数据除外）。

## 7 保密

7.1 双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，包括甲方的学员名单、课程体系、价格政策和经营数据，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。

## 8 责任

8.1 乙方违反本合同约定的，应赔偿甲方因此遭受的损失。乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但乙方故意或重大过失、违反第6条数据安全义务或第7条保密义务造成的损失不受此限。

8.2 第4.3条的服务赔偿和第3.4条的违约金不影响甲方要求赔偿其他损失的权利。

## 9 转委托

9.1 乙方不得将本合同项下服务转委托或分包给第三方。平台部署所使用的阿里云基础设施视为已经甲方同意；其他任何分包须事先取得甲方书面同意。

## 10 期限、续约与终止

10.1 服务期满前60日，双方协商续约事宜；未签订书面续约协议的，本合同于服务期满时终止，不自动续期。

10.2 一方严重违约，经另一方书面通知后15日内仍未纠正的，守约方有权书面通知解除本合同。平台连续两个月可用率低于98%的，甲方有权解除本合同。

10.3 合同解除或终止的，订阅费按实际服务期间结算，乙方应退还甲方已付但未使用期间的费用（如有），并按第6.4条交还数据。

## 11 法律适用与争议解决

11.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交广州仲裁委员会仲裁。

## 12 其他

12.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

12.2 附件：一、功能清单；二、实施计划；三、数据迁移方案。

甲方（盖章）：深圳市星码少儿编程教育科技有限公司

乙方（盖章）：广州课栈云科技有限公司

签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h165z04 — 城市管理局 数字城管平台 annual O&M (政府采购 竞争性磋商), .txt, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H165Z04 = """青渠市数字化城市管理平台运维服务合同

合同编号：QQCG-2026-FW-0106
采购方式：竞争性磋商（项目编号：QQZC-2026-C-0422）
采购人（甲方）：青渠市城市管理局
供应商（乙方）：青渠智城信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，订立本合同。

一、服务范围
（一）乙方负责甲方数字化城市管理平台（含监督受理、协同工作、指挥调度、综合评价、数据交换、视频智能识别、地理信息和"城管通"移动端等子系统）的运行维护，以及平台所依托的服务器、存储、数据库、中间件和网络安全设备的日常运维。
（二）乙方派驻3名运维人员（项目经理1名、系统工程师1名、数据库工程师1名）在甲方指挥中心驻场，工作日8:30—17:30在岗；节假日及夜间实行7×24小时电话值守和远程支持。驻场人员名单以响应文件为准，更换须经甲方书面同意。
（三）服务期限：自2026年3月1日起至2027年2月28日止。

二、服务内容与要求
（一）日常巡检：每日对各子系统运行状态、服务器资源、数据库空间和备份情况进行巡检并形成记录；每月5日前提交上月运维月报。
（二）故障处理：负责故障受理、诊断、修复和复盘，一级、二级故障修复后3个工作日内提交故障分析报告。
（三）优化完善：根据甲方业务调整，对案件类别、派遣流程、考核指标和报表进行配置调整及小版本优化，单项工作量不超过10人日，全年累计不超过120人日。
（四）数据维护：负责城市部件和事件数据的更新入库、数据质量核查，保障与市"一网统管"平台的数据交换。
（五）安全运维：配合甲方完成网络安全等级保护测评及整改，每季度开展一次漏洞扫描和安全巡检，高危漏洞在发现后5个工作日内完成修补或采取临时防护措施。
（六）重大活动保障：在重要节假日和重大活动期间安排专人现场值守。
（七）运维交接：乙方应在合同生效后10日内完成驻场人员到岗，并与原运维单位完成系统账号、文档、备份和未结问题的交接，形成交接清单报甲方确认。
（八）文档管理：乙方应建立并持续更新系统配置台账、账号清单、网络拓扑、应急预案和操作手册，每季度报甲方备案；应急预案每半年组织一次演练。

三、服务费用及支付
（一）服务费总额为人民币壹佰万零捌仟元整（¥1,008,000），为包干价，包括人员、工具、差旅、税费等全部费用。分项如下：
1. 驻场运维人员（3人，服务期内）：594,000元；
2. 应用系统运维及小版本优化：236,000元；
3. 数据库及中间件运维：78,000元；
4. 等保整改配合及安全巡检：64,000元；
5. 重大活动应急保障：36,000元。
（二）服务费按季度支付。每季度结束后，甲方根据当季考核结果，在15个工作日内支付当季服务费（每季度人民币252,000元，扣除考核扣款后支付）。甲方不支付预付款。

四、服务水平
（一）平台月度可用率不低于99.95%（甲方批准的计划维护时间除外）。
（二）故障分级与处理时限：
1. 一级故障（平台整体不可用、案件无法受理或派遣、核心数据库故障）：15分钟内响应，1小时内到场，2小时内恢复；
2. 二级故障（单个子系统或移动端部分功能不可用）：30分钟内响应，8小时内恢复；
3. 三级故障（一般功能缺陷、报表错误）：2小时内响应，3个工作日内解决。
（三）数据备份：核心数据库每日增量备份、每周全量备份，每季度进行一次恢复演练。

五、考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括可用率、故障处理时限、巡检和报告完成情况、驻场人员到岗情况和用户满意度，考核结果作为支付当季服务费的依据。
（二）扣款标准：
1. 月度可用率低于承诺值的，每低0.01个百分点，扣减当季服务费2,000元；
2. 一级故障响应或恢复超时的，每超时30分钟扣减1,000元；二级故障超时的，每超时1小时扣减500元；
3. 驻场人员未经甲方同意缺岗的，每人每日扣减800元；
4. 月报、巡检记录或故障报告未按时提交的，每次扣减500元。
（三）服务期满前，甲方组织年度服务验收，对照本合同第二条和第四条逐项核查全年运维记录、故障报告、季度考核结果和交接文档，出具年度验收意见。

六、数据安全
（一）平台中的城市部件数据、案件数据、视频图像、市民举报信息及各类日志归甲方所有。乙方仅为履行本合同使用，不得复制、留存、对外提供，不得用于其他任何目的。
（二）乙方应遵守网络安全等级保护第三级的管理要求：运维操作须通过甲方堡垒机进行，禁止私接外网和使用未经检测的移动存储介质；涉及市民个人信息的查询须登记。
（三）发生数据泄露、篡改或网络攻击事件的，乙方应在1小时内向甲方报告并立即处置；因乙方原因造成的，由乙方承担全部责任。

七、保密
乙方及其驻场人员对履约中知悉的甲方工作秘密、城市管理案件信息、市民个人信息和网络结构负有保密义务，未经甲方书面同意不得向任何第三方披露。驻场人员应签署保密承诺书。保密义务在合同终止后继续有效。

八、知识产权
乙方在服务期内为甲方开发的配置脚本、报表、优化程序及其源代码和文档，知识产权归甲方所有；乙方应在服务期满时全部移交。

九、分包
乙方可将视频智能识别算法的模型维护和地理信息数据更新工作分包给具备相应能力的单位，但应提前5个工作日书面告知甲方，并对分包工作的质量和保密承担责任。

十、违约责任
（一）乙方未能在合同生效后10日内完成驻场人员到岗和运维交接的，每逾期一日，按服务费总额的千分之一向甲方支付违约金。
（二）乙方违反本合同约定的，除按第五条扣款外，还应赔偿甲方因此遭受的损失。
（三）乙方在本合同项下的累计赔偿责任（含违约金和考核扣款）以服务费总额的50%为限。

十一、合同解除
（一）乙方有下列情形之一的，甲方有权书面通知解除合同：1. 连续两个季度考核不合格；2. 因乙方原因发生重大数据泄露事件；3. 有其他严重违约行为，经甲方书面通知后10日内未纠正。
（二）合同解除的，甲方按实际服务期间和考核结果结算服务费，乙方应配合甲方或新的运维单位完成运维交接，交接期间不得中断服务。
（三）因不可抗力致使合同目的不能实现的，任何一方可以书面通知解除合同，双方按实际履行情况结算。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十三、其他
（一）服务期满后，甲方根据年度考核结果和财政预算重新组织采购，本合同不自动续期。
（二）本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。
（三）附件：1. 运维服务方案；2. 驻场人员名单；3. 考核细则。

甲方（盖章）：青渠市城市管理局
乙方（盖章）：青渠智城信息技术有限公司
签订日期：2026年2月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h165z05 — 酱油酿造厂 发酵过程管理系统 licence + custom development, supplier's own template, .md, "N." + N.1
# ---------------------------------------------------------------------------------------------------------------
H165Z05 = """# 软件许可及定制开发合同

**酿智标准合同文本 V4.0（2025年版）**

合同编号：NZ-XS-2026-0088

甲方（用户）：佛山市禾晒酱园酿造有限公司
地址：佛山市高明区荷城街道酱园路16号

乙方（供方）：广州酿智工业软件有限公司
地址：广州市黄埔区科学大道182号创新大厦C座9层

甲方拟在其高明酿造基地建设发酵过程管理系统。乙方为酿造行业工业软件供应商，拥有"酿智FPM发酵过程管理平台"的全部知识产权。双方本着平等自愿的原则，就软件许可及定制开发事宜达成如下条款，以资共同遵守。

## 1. 合同标的

1.1 乙方许可甲方使用酿智FPM发酵过程管理平台（以下称"标准软件"）。许可范围为甲方高明基地，含制曲、发酵、压榨、调配四个工段，最多接入60个发酵罐及晒池点位。

1.2 乙方根据甲方需求进行定制开发（以下称"定制模块"），包括：制曲温湿度曲线管理；高盐稀态发酵周期跟踪（pH、盐度、氨基酸态氮等化验数据录入与趋势分析）；晒露和翻醅作业工单；压榨出油率统计；与甲方DCS系统及金蝶ERP的接口。

1.3 乙方负责标准软件和定制模块的部署、实施及甲方人员培训。

1.4 培训内容包括系统管理员培训（2人，3天）和关键用户培训（制曲、发酵、压榨、品控各工段共20人，2天），培训在甲方高明基地进行，乙方提供培训教材。

## 2. 合同价款

2.1 合同总价为人民币壹佰壹拾叁万陆仟元整（¥1,136,000），明细如下：

| 项目 | 数量 | 金额（元） |
|---|---|---|
| FPM标准软件许可（永久，高明基地） | 1套 | 560,000 |
| 定制开发（制曲、发酵跟踪、晒露工单、压榨统计模块及DCS/ERP接口） | 1项 | 486,000 |
| 部署实施 | 1项 | 72,000 |
| 培训 | 1项 | 18,000 |
| 合计 | | 1,136,000 |

2.2 上述价格含增值税，不含服务器、操作系统、数据库及现场网络设备，该等软硬件由甲方自行采购并按乙方提供的配置要求准备。

## 3. 付款

3.1 本合同签订后7日内，甲方支付合同总价的55%，即人民币624,800元。

3.2 系统部署上线后7日内，甲方支付合同总价的45%，即人民币511,200元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，且乙方有权暂停实施和服务，工期相应顺延。

## 4. 实施与交付

4.1 乙方在收到第3.1条款项后开始实施，计划于90日内完成部署上线。因甲方未按时提供服务器环境、工艺资料或接口条件导致延误的，工期相应顺延。

4.2 乙方完成部署并在甲方服务器上线运行后，即视为甲方验收合格。甲方在上线后提出的问题和需求变更，按本合同第6条维护服务或另行签订的变更协议处理。

4.3 甲方应指定项目负责人，及时提供工艺流程、化验项目、报表样式和接口文档，组织各工段人员参加需求调研和培训，并保证服务器和网络环境满足乙方要求。

4.4 因乙方原因逾期上线的，每逾期一周，乙方按合同总价的0.1%向甲方支付违约金，违约金总额不超过合同总价的3%。

## 5. 知识产权

5.1 标准软件及其文档的知识产权归乙方所有。

5.2 定制模块（含源代码、数据库设计、接口程序、工艺模型及文档）由乙方开发完成，其知识产权归乙方所有。甲方在许可范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。乙方有权将定制模块纳入标准软件向其他客户提供。

5.3 甲方不得将软件用于高明基地以外的工厂，如需扩大使用范围，应另行购买许可。

## 6. 免费维护及后续服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（系统无法使用或发酵数据无法采集）乙方在接到甲方报修后24小时内响应；二级故障48小时内响应；其他问题在5个工作日内答复。乙方将尽力尽快解决故障，但不对修复时限作出承诺，亦不因响应或修复延迟承担任何扣款、赔偿或违约金。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，维护费按乙方当年公布的价格标准计收。乙方有权根据市场情况调整维护价格。

6.4 乙方可根据产品规划发布标准软件新版本。甲方升级至新版本的，须另行支付升级费用，年度维护合同另有约定的除外。

## 7. 数据

7.1 甲方在系统中录入和采集的发酵工艺数据、化验数据和生产记录归甲方所有。

7.2 乙方应采取访问控制、加密传输和日志审计等措施保护系统数据安全；乙方远程维护须使用甲方分配的账号并经甲方同意。因乙方原因导致甲方数据泄露的，乙方应在知悉后48小时内通知甲方，并依照本合同第10条承担相应责任。

7.3 甲方同意，乙方可在去除甲方名称等标识信息后，将系统中的工艺数据和化验数据用于乙方酿造行业工艺模型的训练和优化、产品改进及行业分析。

## 8. 保密

8.1 双方对在本合同履行中获知的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。乙方依照第7.3条使用数据的，不受本条限制。

## 9. 乙方保证

9.1 乙方保证标准软件不侵犯第三方知识产权。因侵权引起第三方索赔的，由乙方负责处理。

9.2 除本合同明确约定外，乙方不作其他任何明示或默示保证，包括对软件适合甲方特定用途的保证。

## 10. 违约责任与责任限制

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方在本合同项下承担的全部责任（包括违约金和赔偿）累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失、停产损失和数据丢失不承担责任。

## 11. 合同解除

11.1 一方严重违约，经守约方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方已支付的软件许可费不予退还。

## 12. 不可抗力

12.1 因地震、台风、洪水、疫情、政府行为等不可抗力导致本合同不能履行或不能按期履行的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 13. 争议解决

13.1 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 14. 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同为乙方标准文本，双方另有书面约定的，以书面约定为准。

14.2 附件：一、标准软件功能清单；二、定制开发需求说明（简版）；三、实施计划。

甲方（盖章）：佛山市禾晒酱园酿造有限公司

乙方（盖章）：广州酿智工业软件有限公司

签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h165e01 — Dongguan toy maker, PLM perpetual licence + configuration + support; vendor on the Berlenga islands
# (Portuguese style: "Clause N (title)", numbered paragraphs), .docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H165E01 = """
T:Software Licence, Configuration and Support Contract
P:Contract No. BSP/2026/CN-014
P:BETWEEN:
P:FIRST: BERLENGA SISTEMAS DE PRODUTO, LDA., a private limited company with registered office at Bairro dos Pescadores, Ilha da Berlenga, 2520-000 Peniche, Portugal, registered with the Commercial Registry Office under the single registration and taxpayer number 516 204 877, with a share capital of EUR 50,000.00, represented herein by its managers João Vieira Gaspar and Inês Marques Rocha, with powers to bind it for this act, hereinafter the "Supplier";
P:AND
P:SECOND: DONGGUAN BRIGHTKITE TOYS CO., LTD., a limited liability company incorporated in the People's Republic of China, with its registered office at No. 18 Xinghe Road, Chashan Town, Dongguan, Guangdong Province, unified social credit code 91441900MA4XK2LQ3B, represented herein by its legal representative Chen Weiming, hereinafter the "Customer";
P:WHEREAS:
P:(A) The Supplier develops and licenses the product lifecycle management software "Berlenga PLM" and provides the related configuration and support services;
P:(B) The Customer designs and manufactures plastic, plush and electronic toys for export and wishes to manage its product data, bills of materials, engineering changes and toy-safety compliance records in a single system;
P:(C) At the Customer's request, all prices in this Contract are stated and paid in Chinese Renminbi (CNY).
P:It is freely and in good faith agreed and mutually accepted the present Contract, which shall be governed by the following clauses:
H:Clause 1 (Subject matter)
P:1. By this Contract the Supplier grants the Customer a perpetual licence to use Berlenga PLM and performs the configuration, data migration and training services described in Annex I, and, after the warranty period, provides maintenance and support under Clause 10.
P:2. The Software is installed on servers in the Customer's data room in Dongguan. The Supplier does not host any part of the Software or of the Customer's data.
H:Clause 2 (Definitions)
P:1. "Software" means Berlenga PLM in the version current at signature, its CAD connectors and Documentation, and any updates delivered under this Contract.
P:2. "Configuration Deliverables" means the workflows, forms, classification schemes, BOM templates, compliance checklists, reports, scripts and data mappings that the Supplier prepares for the Customer under this Contract.
P:3. "Go-Live" means the first day on which the Customer's engineering department uses the Software in production for all new product projects.
P:4. "Support Hours" means 08:00 to 20:00 China Standard Time, Monday to Saturday, excluding PRC public holidays.
H:Clause 3 (Price)
P:1. The total price of this Contract is CNY 1,895,000.00 (one million eight hundred and ninety-five thousand Renminbi), inclusive of PRC value-added tax and withholding taxes, broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Berlenga PLM perpetual licence, named user|120|9,800|1,176,000
TB:2|CAD connector perpetual licence (SolidWorks, Creo)|2|64,000|128,000
TB:|Licence Subtotal|||1,304,000
TB:3|Configuration services (BOM, engineering change, compliance workflows)|1 lot|462,000|462,000
TB:4|Data migration (legacy file shares and ERP item master)|1 lot|88,000|88,000
TB:5|Training (key users and administrators)|1 lot|41,000|41,000
TB:|Contract Price|||1,895,000
P:2. The Contract Price is fixed. Travel and living expenses of the Supplier's consultants in Dongguan are included.
H:Clause 4 (Payment)
P:1. The Contract Price shall be paid by bank transfer to the Supplier's account in CNY, as follows:
P:a) 20 % (CNY 379,000) within thirty days after signature of this Contract, against the Supplier's invoice;
P:b) 45 % (CNY 852,750) within thirty days after Configuration Acceptance under Clause 7;
P:c) 35 % (CNY 663,250) within thirty days after Final Acceptance under Clause 7.
P:2. The Supplier shall issue each invoice in accordance with PRC invoicing requirements through its appointed agent in Guangzhou.
H:Clause 5 (Delivery and implementation)
P:1. The Supplier shall deliver the licence keys and installation media within ten days after signature and shall complete installation in the test and production environments within thirty days after signature.
P:2. The configuration shall follow the project plan in Annex II. Go-Live shall take place no later than one hundred and twenty days after signature.
H:Clause 6 (Delay)
P:1. If Go-Live does not occur by the date set in Clause 5.2 for reasons attributable to the Supplier, the Supplier shall pay the Customer a penalty of 0.1 % of the Contract Price for each day of delay, up to a maximum of 10 % of the Contract Price.
P:2. Payment of the penalty does not release the Supplier from its obligation to complete the work, and the Customer may claim damages exceeding the penalty.
H:Clause 7 (Acceptance)
P:1. Configuration Acceptance: the Customer tests the Configuration Deliverables in the test environment against the test scripts in Annex III. Configuration Acceptance is given in writing when all test scripts have passed and no Severity 1 or Severity 2 defect remains open.
P:2. Final Acceptance: after Go-Live, the Software shall run in production for thirty consecutive days. Final Acceptance is given in writing when (a) no Severity 1 defect occurred during those thirty days; (b) the bills of materials of three complete product lines have been migrated and reconciled item by item with the ERP item master; (c) at least one engineering change order has been executed end to end, from request to release to the ERP; (d) the compliance reports for EN 71, ASTM F963 and CPSIA have been generated for a sample of twenty products and checked by the Customer's quality department; and (e) the as-built documentation and administrator guide have been delivered.
P:3. Go-Live, the use of the Software in production or the payment of any instalment does not constitute Final Acceptance. If a test fails, the Supplier shall correct the defects within fifteen days and the test shall be repeated.
H:Clause 8 (Intellectual property)
P:1. The Software and all intellectual property rights in it remain the property of the Supplier and its licensors. The licence under Clause 1 is non-exclusive, perpetual and limited to the Customer and its affiliates in the PRC.
P:2. The Configuration Deliverables are the property of the Customer from the date they are created. The Customer may use, modify, copy and license them freely, including to a successor service provider. The Supplier shall hand over all Configuration Deliverables in editable form at Final Acceptance.
H:Clause 9 (Warranty)
P:1. The Supplier warrants that the Software will perform substantially in accordance with its Documentation for a period of ninety (90) days from the date of Final Acceptance.
P:2. During this period the Supplier shall correct, free of charge, any reproducible defect reported by the Customer. The warranty does not cover defects caused by modifications not made or approved by the Supplier.
H:Clause 10 (Maintenance and support)
P:1. From the end of the warranty period, the Supplier provides maintenance and support, consisting of updates and new versions of the Software, remote assistance during Support Hours and correction of defects.
P:2. The annual support fee is 11 % of the Licence Subtotal, that is CNY 143,440 per year, payable annually in advance. This fee shall remain unchanged for the first three support years; any later change requires a written agreement signed by both parties.
P:3. The support service renews automatically for successive periods of one year at the same annual fee, unless either party gives notice of non-renewal at least sixty days before the end of the current period.
P:4. The Supplier shall respond to incidents reported through its support portal or hotline as follows: Severity 1 (production system down, no workaround): response within one (1) hour during Support Hours, with a target resolution or workaround within eight hours; Severity 2 (major function impaired): response within three hours, target resolution within two business days; Severity 3 (minor issue or question): response within one business day.
P:5. The response and resolution times in this Clause are targets. If a target is missed, the Supplier's sole obligation is to continue working on the incident with appropriate resources; no service credits, fee reductions or damages are payable for missed targets.
H:Clause 11 (Customer data and data protection)
P:1. All data entered into or generated by the Software, including product designs, drawings, bills of materials, supplier information and test reports, belong to the Customer. The Supplier shall use them solely to perform this Contract and shall not copy, retain or disclose them for any other purpose.
P:2. The Supplier shall access the Customer's systems only through the remote access channel provided by the Customer, with individual accounts and multi-factor authentication, and only after the Customer has approved each session. No Customer data may be transferred outside the PRC.
P:3. The Supplier shall apply appropriate technical and organisational security measures, comply with the Personal Information Protection Law and Data Security Law of the PRC and, as far as applicable to it, the General Data Protection Regulation, and notify the Customer within twenty-four hours after becoming aware of any security incident affecting Customer data. The Supplier is responsible for all losses caused to the Customer by a security incident attributable to the Supplier or its personnel.
H:Clause 12 (Confidentiality)
P:1. Each party shall keep confidential all non-public information received from the other party, in particular the Customer's unreleased product designs, licensing partners and prices, and shall not disclose it to third parties without the prior written consent of the other party.
P:2. This obligation survives the termination of this Contract for five years.
H:Clause 13 (Liability)
P:1. Each party is liable for damage caused to the other party by its breach of this Contract in accordance with the applicable law.
P:2. The Supplier's total liability under this Contract is limited to 150 % of the Contract Price. This limitation does not apply to wilful misconduct, gross negligence, infringement of third-party rights or breach of Clauses 11 and 12.
H:Clause 14 (Subcontracting and assignment)
P:1. The Supplier shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any subcontractor approved.
H:Clause 15 (Termination)
P:1. Either party may terminate this Contract by registered letter if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:2. The Customer may also terminate this Contract if the maximum penalty under Clause 6 is reached. On termination by the Customer for breach, the Supplier shall refund the amounts paid for services not accepted.
H:Clause 16 (Applicable law and jurisdiction)
P:1. This Contract is governed by Portuguese law.
P:2. For any dispute arising from this Contract, the parties elect the courts of the judicial district of Lisbon, with express waiver of any other.
H:Clause 17 (Final provisions)
P:1. Any amendment to this Contract must be made in writing and signed by both parties.
P:2. The following annexes form an integral part of this Contract: Annex I (Scope of services), Annex II (Project plan and technical environment), Annex III (Test scripts).
P:Made in Peniche and in Dongguan, in two originals in English, one for each party.
P:The Supplier: ____________________    The Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h165e02 — Zhangjiajie hiking-guide agency, booking SaaS, Order Form + General Terms; vendor on Lütje Hörn
# (German style, "§ N (1)"), .txt
# ---------------------------------------------------------------------------------------------------------------
H165E02 = """ORDER FORM No. HT-2026-CN-017
for the Hörnsand Booking Cloud

Provider: Hörnsand Touristik-Software GmbH, Lütje Hörn 1, 26736 Krummhörn, Germany. Registered with the Local Court (Amtsgericht) of Aurich under HRB 208115. Managing directors: Frauke Janssen, Tjark Ubben. VAT ID DE 318 447 592.

Customer: Zhangjiajie Cloudstep Trekking Guide Service Co., Ltd., No. 9 Jinbian Road, Wulingyuan District, Zhangjiajie, Hunan Province, People's Republic of China. Unified social credit code 91430811MA7F3QRC2K. Represented by its general manager Tian Xiaoyun.

1. Services ordered
The Provider makes the Hörnsand Booking Cloud available to the Customer as software as a service, with the following modules: online booking engine for guided hikes and multi-day treks; guide scheduling and qualification records; daily visitor-quota management for the Wulingyuan scenic area routes; WeChat mini-program booking front end; payment reconciliation for WeChat Pay and Alipay; group manifest and insurance list export; reporting. The Services are described in detail in Annex 1 (Service Description).

2. Fees (all amounts in CNY at the Customer's request, inclusive of VAT)
- Platform subscription: CNY 14,600 per month for up to 60 guide accounts and 25 office users; for the Initial Term of 24 months: CNY 350,400.
- Setup and configuration, including the WeChat Pay and Alipay integration and review of the Chinese user interface texts (one-time): CNY 42,000.
- Guide app onboarding and training at the Customer's office in Wulingyuan (one-time): CNY 9,600.
- Total contract value for the Initial Term: CNY 402,000.

3. Term
Initial Term: 24 months from the Go-Live Date. The planned Go-Live Date is 1 April 2026.

4. Contractual documents
This Order Form, the General Terms and Conditions for SaaS Services of the Provider (Version 3.2, reproduced below), Annex 1 (Service Description), Annex 2 (Data Processing Agreement and list of approved subcontractors) and Annex 3 (Service Level Agreement) form the contract. In case of conflict, this Order Form prevails over the General Terms and the General Terms prevail over the Annexes. The Customer's purchasing terms do not apply.

GENERAL TERMS AND CONDITIONS FOR SAAS SERVICES
Hörnsand Touristik-Software GmbH, Version 3.2

§ 1 Scope
(1) These General Terms apply to all contracts under which the Provider makes its software available to customers as a service via the internet.
(2) The Provider shall provide the Services described in the Order Form and Annex 1. The software runs on servers operated on the Provider's behalf by the hosting provider named in Annex 2 in its Hangzhou (PRC) region.
(3) The Customer receives no copy of the software. The Customer may use the Services for its own business purposes during the term of the contract.

§ 2 Duties of the Customer
(1) The Customer shall keep access data secret, inform the Provider immediately of any suspected misuse and ensure that its users comply with these General Terms.
(2) The Customer is responsible for the content it enters, in particular tour descriptions, prices and the personal data of its hikers and guides.

§ 3 Setup, acceptance and Go-Live
(1) The Provider shall carry out the setup and configuration agreed in the Order Form so that the Services can go live on the planned Go-Live Date.
(2) Before Go-Live the parties shall jointly perform an acceptance test in accordance with the test plan in Annex 1, covering at least: booking and cancellation of single-day and multi-day tours; quota check against the daily scenic-area limits; payment, refund and daily reconciliation with WeChat Pay and Alipay; guide assignment and manifest export. Acceptance is declared in a written acceptance protocol when all test cases have passed without a Priority 1 or Priority 2 defect. Use of the Services for live bookings before the acceptance protocol is signed does not constitute acceptance.
(3) The setup and training fees are invoiced after the acceptance protocol has been signed.
(4) If the Go-Live Date is missed for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of CNY 300 for each calendar day of delay, up to a maximum of 5 % of the total contract value. Further claims for damages remain unaffected; the contractual penalty is credited against them.

§ 4 Term, renewal and price adjustment
(1) The contract runs for the Initial Term stated in the Order Form.
(2) The contract is extended automatically by a further year at a time unless either party gives notice of termination in text form at least three months before the end of the Initial Term or of the current extension.
(3) The Provider may adjust the monthly subscription fee with effect from the start of each extension by giving notice in text form at least ten weeks before the extension begins. The increase may not exceed 6 % of the fee previously charged. The Customer's right to give notice under paragraph 2 remains unaffected.

§ 5 Availability
(1) The Provider ensures an availability of the booking engine, the WeChat mini-program interface and the payment interfaces of 99.95 % in each calendar month, measured at the transfer point of the Provider's hosting network to the internet.
(2) Announced maintenance windows of up to four per month, each between 01:00 and 05:00 China Standard Time, do not count as unavailability. Disruptions of the internet outside the Provider's sphere of responsibility are not counted either.
(3) If availability falls below the value in paragraph 1, the Customer receives a credit of 5 % of the monthly subscription fee for each commenced 0.1 percentage point of shortfall, up to 50 % of the monthly fee. Credits are offset against the next invoice.

§ 6 Support
(1) The Provider provides support by e-mail, telephone and its ticket system in English and Chinese on working days from 09:00 to 18:00 China Standard Time.
(2) Faults are classified as follows. Priority 1: the booking engine or the payment interfaces are not available for all users. Priority 2: an important function is impaired, such as quota checks or manifest export. Priority 3: all other faults.
(3) The Provider responds to Priority 1 faults within eight (8) hours, to Priority 2 faults within one working day and to Priority 3 faults within three working days. Response means that a qualified employee has started to analyse the fault and informed the Customer.
(4) The Provider shall remedy faults within a reasonable period appropriate to their priority.

§ 7 Rights of use and work results
(1) All rights in the software, including its updates, remain with the Provider.
(2) The configurations, tour and route templates, mini-program page designs and translations that the Provider creates specifically for the Customer are work results of the Customer. The Provider transfers to the Customer the exclusive, unrestricted right to use, modify and pass them on to third parties, including a future service provider, and hands them over in an exportable format on request and at the end of the contract.

§ 8 Customer Data and data protection
(1) All data that the Customer or its users enter into the Services, and all data generated about the Customer's bookings, hikers and guides ("Customer Data"), belong to the Customer. The Provider processes Customer Data only on the Customer's documented instructions and only to provide the Services. Any other use, including in anonymised or aggregated form, is excluded.
(2) The Provider processes personal information as an entrusted party within the meaning of the Personal Information Protection Law of the PRC and in accordance with the Data Processing Agreement in Annex 2. Customer Data are stored only in the PRC.
(3) The Provider maintains an information security management system certified under ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named administrators with multi-factor authentication and keeps access logs for at least one year.
(4) The Provider shall inform the Customer without undue delay, and in any case within 24 hours, of any breach of the security of Customer Data, and shall support the Customer in its notification duties. The Provider bears the costs and damages caused by a breach for which it is responsible.
(5) At the end of the contract the Provider shall hand over all Customer Data in a common machine-readable format and then delete them, confirming deletion in writing.

§ 9 Confidentiality
(1) The parties shall treat as confidential all information of the other party designated as confidential or recognisable as business secrets, including prices, customer lists and route plans, and shall use it only for the purposes of this contract.
(2) This obligation continues for three years after the end of the contract.

§ 10 Subcontractors
(1) The Provider may engage subcontractors only with the Customer's prior written consent. The hosting provider listed in Annex 2 is approved by signature of the Order Form.
(2) The Provider is responsible for its subcontractors as for its own actions.

§ 11 Liability
(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health and for breaches of § 8.
(2) In the case of slight negligence the Provider is liable only for the breach of an essential contractual obligation, limited to the foreseeable damage typical of the contract, and in total to not more than CNY 600,000.
(3) Liability for data loss is limited to the effort needed to restore the data from the backups which the Provider maintains under Annex 1.

§ 12 Termination for cause
(1) The right of either party to terminate the contract for good cause without notice remains unaffected.
(2) Good cause for the Customer exists in particular if the Provider commits a material breach of its obligations and does not remedy it within fourteen days after a written warning, or if availability falls below 98 % in two consecutive months.

§ 13 Payment
(1) The monthly subscription fee is invoiced monthly in arrears. No advance payment is due.
(2) Invoices are payable within thirty days of receipt in CNY to the account of the Provider's collection agent in Changsha named in the Order Form.

§ 14 Changes to these General Terms
Changes to these General Terms during the term of the contract require the written agreement of both parties.

§ 15 Final provisions
(1) Amendments and supplements to the contract must be in text form.
(2) Should any provision be or become invalid, the validity of the remaining provisions is not affected.

§ 16 Applicable law and place of jurisdiction
(1) The contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the contract is Aurich, Germany.

Signed for the Provider: ____________________ (Krummhörn, date)
Signed for the Customer: ____________________ (Zhangjiajie, date)
"""

# ---------------------------------------------------------------------------------------------------------------
# h165e03 — Ningde large-yellow-croaker farm, net-pen cameras + maintenance; integrator on the Île de la Comtesse
# (French), buyer's paper, "Article N" + N.1, .pdf (wrap_words)
# ---------------------------------------------------------------------------------------------------------------
H165E03 = """
T:Supply, Installation and Maintenance Contract for Net-Pen Camera Monitoring
P:Contract No. SDA-EQ-2026-007 (Buyer's standard form for equipment purchases)
P:Buyer: Ningde Sandu'ao Blue Harbour Aquaculture Co., Ltd., Sandu Town, Jiaocheng District, Ningde, Fujian Province, People's Republic of China, represented by its chairman Lin Haibo (the "Buyer").
P:Seller: Comtesse Aquavision SAS, a simplified joint-stock company with a share capital of EUR 120,000, registered office at Île de la Comtesse, 35430 Saint-Suliac, France, registered with the Trade and Companies Register of Saint-Malo under number 902 318 447, represented by its président, Mr Yann Le Goff (the "Seller").
P:The Buyer operates 48 deep-water HDPE net pens for large yellow croaker in Sandu'ao bay. The Seller designs and integrates underwater vision systems for aquaculture. The parties have agreed as follows.
H:Article 1 – Object
P:1.1 The Seller shall supply, install, commission and integrate a camera monitoring system for the Buyer's 48 net pens (the "System"), comprising underwater cameras with winches, surface PTZ cameras, solar power units, wireless backhaul links to the shore station, edge units for feeding-behaviour analysis and a video management and analytics software licence, and shall train the Buyer's staff.
P:1.2 The Seller shall further provide warranty service under Article 8 and, if the Buyer so orders, post-warranty maintenance under Article 9.
P:1.3 The technical specification in Annex 1 and the Seller's offer of 12 January 2026 form part of this Contract. In case of conflict, this Contract prevails, then Annex 1, then the offer.
H:Article 2 – Contract Price
P:2.1 The Contract Price is CNY 2,040,000 (two million and forty thousand Renminbi), a fixed price inclusive of PRC VAT, customs duties, transport to the Buyer's shore station, insurance, installation including diving work, integration, training and warranty service. The Seller is responsible for import clearance through its agent in Fuzhou. The price is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Underwater HD camera with winch and anti-fouling housing|96|7,450|715,200
TB:2|Surface PTZ camera, marine grade|24|6,300|151,200
TB:3|Solar and battery power unit for pen clusters|24|11,800|283,200
TB:4|Wireless backhaul link, pen cluster to shore|6|23,500|141,000
TB:5|Edge unit for feeding-behaviour analysis|12|18,600|223,200
TB:6|Video management and analytics software, perpetual licence|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||1,681,800
TB:7|Installation and commissioning, including diving work|1|246,000|246,000
TB:8|Integration with the automatic feeding control system|1|94,000|94,000
TB:9|Training|1|18,200|18,200
TB:|Contract Price|||2,040,000
H:Article 3 – Payment
P:3.1 10 % of the Contract Price (CNY 204,000) within twenty days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 55 % of the Contract Price (CNY 1,122,000) within twenty days after the Installation Certificate under Article 6.1. The Installation Certificate confirms that the equipment has been delivered and installed; it is not an acceptance of the System.
P:3.3 35 % of the Contract Price (CNY 714,000) within twenty days after Final Acceptance under Article 6.
P:3.4 All payments are made in CNY to the Seller's account with a bank in the PRC against a valid VAT invoice issued by the Seller's agent.
H:Article 4 – Delivery and installation
P:4.1 The Seller shall deliver all equipment to the Buyer's shore station at Sandu Town within seventy days after signature and complete installation and commissioning within forty-five days after delivery.
P:4.2 Installation work at sea shall be carried out only when wind and sea conditions permit safe work, in accordance with the Buyer's marine safety rules. The Buyer provides work boats and access to the pens; the Seller provides divers, tools and safety equipment.
P:4.3 The Seller shall install the equipment so that it does not damage the nets or stress the fish, and shall agree the daily work plan with the Buyer's farm manager.
H:Article 5 – Delay
P:5.1 If the Seller fails to complete delivery or installation within the periods in Article 4.1 for reasons not attributable to the Buyer or to force majeure, the Seller shall pay liquidated damages of 0.08 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
P:5.2 Days on which installation at sea is impossible because of typhoon warnings or sea state above the limits in Annex 1 are not counted as delay.
H:Article 6 – Acceptance
P:6.1 After installation the parties inspect the equipment against the delivery list and sign an Installation Certificate.
P:6.2 The System then runs for a trial period of thirty consecutive days. Final Acceptance is given in writing when all of the following criteria are met: (a) every underwater camera delivers an image in which individual fish can be distinguished at two metres under the water clarity conditions defined in Annex 1; (b) the video of all 48 pens is recorded on the Buyer's server without gaps longer than ten minutes per day; (c) the edge units produce the feeding-activity index for each pen and pass it to the feeding control system; (d) no Severity 1 fault occurred during the last fifteen days of the trial period; (e) the moorings and cables have passed an inspection by the Buyer's marine engineer; and (f) the as-built drawings, manuals, configuration files and spare-parts list have been handed over.
P:6.3 Delivery, installation, the Installation Certificate or the use of the System by the Buyer do not constitute Final Acceptance. If a criterion is not met, the Seller shall remedy the defect within fifteen days, after which the relevant test is repeated.
H:Article 7 – Service levels
P:7.1 Faults are classified as follows: Severity 1 – loss of video from more than six pens, failure of a backhaul link or failure of the video management server; Severity 2 – loss of video from one to six pens or failure of an edge unit; Severity 3 – any other fault.
P:7.2 The Seller shall respond remotely to Severity 1 faults within one hour, 24 hours a day, 7 days a week, and shall have a technician on site within 24 hours, sea conditions permitting, and restore service within 48 hours. Severity 2 faults: response within two hours, repair within three days. Severity 3 faults: repair at the next scheduled visit.
P:7.3 For each hour by which the Seller exceeds the Severity 1 response time, it shall pay CNY 1,000, and for each day by which it exceeds the on-site or restoration times, CNY 2,000. The Buyer may deduct these amounts from sums due to the Seller.
H:Article 8 – Warranty
P:8.1 The Seller warrants that the System is new, free from defects in design, materials and workmanship, suitable for continuous use in seawater, and conforms to Annex 1.
P:8.2 The warranty period is twenty-four (24) months from Final Acceptance. During the warranty period the Seller shall repair or replace defective equipment free of charge, including corroded or fouled housings, and carry out two preventive maintenance visits per year, including cleaning of the optics and inspection of the winches.
H:Article 9 – Post-warranty maintenance
P:9.1 After the warranty period the Buyer may order annual maintenance from the Seller covering the services in Article 8.2 (excluding replacement parts, which are charged at the prices in Annex 2) and the service levels in Article 7.
P:9.2 The annual maintenance fee is 9 % of the Equipment and Licence Subtotal, that is CNY 151,362 per year, fixed for the first three years after the warranty period. Maintenance is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 10 – Intellectual property
P:10.1 The software licence is perpetual, non-exclusive and covers the use of the System at all of the Buyer's farms in Fujian Province.
P:10.2 The integration software, interface specifications, configuration files and analysis parameters developed for the Buyer under this Contract belong to the Buyer, who may use, modify and have them modified by third parties without restriction. The Seller shall deliver the source code of the integration software at Final Acceptance.
H:Article 11 – Data and security
P:11.1 All video, images, biomass estimates, feeding data and other data generated by the System belong to the Buyer. The Seller may use them only to perform this Contract and shall not copy, keep or pass them to any third party.
P:11.2 All data are stored on the Buyer's servers in Ningde. No data may be transferred to any server outside the PRC. Remote access by the Seller requires the Buyer's approval for each session, is made through the Buyer's VPN with individual accounts and is logged.
P:11.3 The Seller shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to the System or the data, take all necessary remedial measures and compensate the Buyer for all losses caused by an incident attributable to the Seller.
H:Article 12 – Confidentiality
P:12.1 The Seller shall keep confidential the Buyer's production data, stocking densities, feeding regimes, farm layout and commercial information, and shall not disclose them to third parties without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:Article 13 – Liability
P:13.1 The Seller's total liability under this Contract is limited to twice the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 11 and 12.
H:Article 14 – Subcontracting
P:14.1 The diving contractor named in Annex 3 is approved by the Buyer on signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Seller remains responsible for the work of its subcontractors.
H:Article 15 – Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Seller commits a material breach and fails to remedy it within twenty days after notice, or if the liquidated damages under Article 5 reach their maximum.
P:15.2 Upon termination the Seller shall refund the payments received for equipment not accepted, against return of that equipment.
H:Article 16 – Governing law and disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou in accordance with its rules. The award is final and binding on both parties.
H:Article 17 – Miscellaneous
P:17.1 This Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties.
P:Annex 1: Technical specification. Annex 2: Spare-parts price list. Annex 3: Approved subcontractor.
P:For the Buyer: ____________________    For the Seller: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h165e04 — Suzhou biotech lab, managed IT + desktop support; provider on Little Cumbrae (Scottish style,
# "N. HEADING" + N.1, testing clause), .md
# ---------------------------------------------------------------------------------------------------------------
H165E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

**CUMBRAE LIGHTHOUSE IT SERVICES LIMITED**, a company incorporated under the Companies Acts (Company Number SC742815) and having its Registered Office at The Old Lighthouse, Little Cumbrae, KA28 0HA, Scotland (the "**Provider**"), acting through its branch at Unit 5-11, BioBAY, 218 Xinghu Street, Suzhou Industrial Park, Jiangsu Province;

**and**

**SUZHOU HELIORA BIOTECH CO., LTD.**, a company incorporated in the People's Republic of China (unified social credit code 91320594MA27LH6E4X) and having its registered office at Building C7, 218 Xinghu Street, Suzhou Industrial Park, Jiangsu Province (the "**Client**").

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "**Charges**" means the charges set out in Schedule 2; "**Client Data**" means all data, including personal information, laboratory and instrument data, electronic laboratory notebook entries and documents, which the Provider accesses, receives or processes in performing the Services; "**Commencement Date**" means the date on which the Transition is accepted under Clause 4; "**Services**" means the managed IT services described in Clause 2 and Schedule 1; "**Service Levels**" means the levels set out in Clause 5; "**Term**" means the period of twenty-four months from the Commencement Date.

1.2 Headings are for convenience only. Words in the singular include the plural and vice versa. References to Clauses and Schedules are to the clauses of and schedules to this Agreement.

## 2. THE SERVICES

2.1 The Provider shall provide to the Client, at the Client's premises in Suzhou and remotely from the Provider's Suzhou branch, the following Services for up to 150 users and 220 end-user devices, including the personal computers attached to laboratory instruments:

(a) a bilingual service desk (English and Chinese) available from 07:30 to 20:00 on working days and by telephone for Priority 1 incidents at all other times;

(b) desktop support on site, including installation, imaging, patching and replacement of end-user devices;

(c) management of the Client's local network, firewalls, wireless access points and servers, including monitoring, patching and capacity reporting;

(d) management of the Client's identity directory, e-mail and collaboration services;

(e) backup and restore of servers and instrument data, with monthly restore tests;

(f) support of the Client's computerised systems used in regulated laboratory work, including maintenance of their validated state and change-control documentation; and

(g) a named service manager and monthly service reviews.

2.2 The Services exclude the procurement of hardware and software licences, which the Client shall purchase separately, unless agreed in a change note signed by both parties.

## 3. CHARGES AND PAYMENT

3.1 The Charges are as follows:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition and onboarding | one-time | 72,000 |
| Monthly Service Charge | 24 months × CNY 58,500 | 1,404,000 |
| Total Charges for the Term | | 1,476,000 |

3.2 The Charges are stated in Chinese Renminbi at the Client's request and include value added tax. No charge is payable in advance.

3.3 The Transition charge shall be invoiced after the Transition has been accepted under Clause 4. The Monthly Service Charge shall be invoiced monthly in arrears. The Client shall pay each valid invoice within thirty days of receipt.

3.4 The Charges are fixed for the Term. Additional users or devices above the numbers in Clause 2.1 are charged at the unit rates in Schedule 2.

## 4. TRANSITION AND ACCEPTANCE

4.1 The Provider shall carry out the Transition in accordance with the transition plan in Schedule 3 and shall complete it within forty-five days after signature of this Agreement.

4.2 The Transition shall be accepted by the Client in writing when: (a) all 220 end-user devices have been enrolled in the Provider's management tools and reported as compliant with the agreed baseline; (b) the network, server and backup documentation has been reviewed and approved by the Client's IT lead; (c) a test restore of one server and one instrument data set has succeeded; (d) the service desk has handled live tickets for ten working days in shadow mode alongside the Client's current supplier without a missed Priority 1 target; and (e) the handover checklist in Schedule 3 has been signed off.

4.3 The start of live operation by the Provider does not of itself constitute acceptance.

4.4 If the Transition is not accepted within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Client liquidated damages of CNY 1,200 for each day of delay, up to a maximum of CNY 60,000. The parties agree that this sum is a genuine pre-estimate of the Client's loss.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall respond to and resolve incidents within the following times:

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | Laboratory network, file server or a GxP-relevant system unavailable for a whole department | 30 minutes | 6 hours |
| P2 | Service degraded, or one instrument PC unavailable | 1 hour | 1 working day |
| P3 | Single user affected, workaround available | 8 working hours | 3 working days |
| P4 | Service request | 1 working day | 5 working days |

5.2 The Provider shall ensure that the managed core infrastructure (network core, firewalls, file and application servers) is available 99.95 % of the time in each calendar month, excluding maintenance windows agreed in advance with the Client.

5.3 If the Provider fails to meet a P1 response or resolution time, the Client shall be entitled to a service credit of 3 % of the Monthly Service Charge for each failure. If core infrastructure availability falls below the level in Clause 5.2, the Client shall be entitled to a service credit of 5 % of the Monthly Service Charge for each 0.1 percentage point of shortfall. Service credits in any month shall not exceed 25 % of the Monthly Service Charge and shall be deducted from the next invoice.

5.4 Service credits are without prejudice to the Client's other rights and remedies.

## 6. CLIENT DATA AND SECURITY

6.1 All Client Data are and shall remain the property of the Client. The Provider shall process Client Data only to the extent necessary to perform the Services and in accordance with the Client's written instructions, and shall not use Client Data for any other purpose.

6.2 The Provider shall maintain an information security management system certified under ISO/IEC 27001, apply the Client's information security policies, use individual privileged accounts with multi-factor authentication, and record all privileged access. No Client Data shall be stored or accessed outside the People's Republic of China, and no Client Data shall be copied to removable media without the Client's written approval.

6.3 The Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China in performing the Services.

6.4 The Provider shall notify the Client within twenty-four hours after becoming aware of any actual or suspected security incident affecting Client Data, shall co-operate with the Client's investigation and shall be responsible for all losses suffered by the Client as a result of an incident caused by the Provider or its personnel.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all information of a confidential nature received from the other party in connection with this Agreement, including the Client's research data, compound information, regulatory submissions and business plans, and shall not disclose it to any third party without the other party's prior written consent.

7.2 This Clause shall survive termination or expiry of this Agreement for a period of five years.

## 8. INTELLECTUAL PROPERTY

8.1 All scripts, runbooks, configurations, documentation and reports prepared by the Provider for the Client under this Agreement shall vest in the Client on creation, and the Client may use, modify and disclose them freely, including to any replacement provider.

8.2 The Provider's pre-existing tools and know-how remain the property of the Provider.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 The Provider shall assign to the Client's site a team of appropriately qualified engineers, trained in the Client's laboratory safety and gowning rules. The Provider shall not replace the service manager without the Client's prior consent.

9.2 The Provider shall not subcontract any part of the Services without the prior written consent of the Client. The Provider remains responsible for the acts and omissions of any approved subcontractor as if they were its own.

## 10. LIABILITY

10.1 Subject to Clause 10.2, the total liability of the Provider under or in connection with this Agreement shall not exceed 150 % of the Total Charges for the Term.

10.2 Nothing in this Agreement limits the liability of either party for death or personal injury caused by negligence, for fraud, or for breach of Clause 6 or Clause 7.

## 11. TERM AND TERMINATION

11.1 This Agreement shall continue for the Term and shall then expire, unless the parties agree in writing to extend it.

11.2 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach of this Agreement which is not remedied within thirty days after written notice requiring it to be remedied.

11.3 The Client may terminate this Agreement by written notice if the Provider fails to meet a P1 resolution time more than three times in any period of three consecutive months.

11.4 On expiry or termination the Provider shall provide exit assistance in accordance with Schedule 3 for up to sixty days, return all Client Data and hand over all credentials and documentation.

## 12. GENERAL

12.1 No variation of this Agreement shall be effective unless in writing and signed by both parties.

12.2 Neither party shall be liable for any failure or delay caused by events beyond its reasonable control.

## 13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

13.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the three Schedules annexed are executed as follows:

They are signed for and on behalf of Cumbrae Lighthouse IT Services Limited at Little Cumbrae on the ________ day of ________ 2026 by ____________________, Director, before this witness ____________________, of ____________________.

They are signed for and on behalf of Suzhou Heliora Biotech Co., Ltd. at Suzhou on the ________ day of ________ 2026 by ____________________, Legal Representative, and sealed with the company chop.

Schedule 1: Service Description. Schedule 2: Charges and unit rates. Schedule 3: Transition and exit plan.
"""

# ---------------------------------------------------------------------------------------------------------------
# h165e05 — Jiaxing zongzi exporter, food-safety certificate API subscription + integration; vendor on the Isola di
# Capraia (Italian style, "Art. N (title)" + N.1, premises), .txt
# ---------------------------------------------------------------------------------------------------------------
H165E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
CertaLink food-safety certificate API

Ref. CC/2026/041

BY AND BETWEEN

Capraia Certa S.r.l., with registered office in Via del Porto 7, 57032 Capraia Isola (LI), Italy, tax code and VAT number IT 01987650495, registered with the Register of Companies of Maremma and Tirreno, REA LI-178236, in the person of its legal representative pro tempore, Dr. Marta Bontempelli (hereinafter the "Supplier"),

AND

Jiaxing Heyuan Zongzi Foods Co., Ltd., with registered office at No. 66 Zhongshan East Road, Nanhu District, Jiaxing, Zhejiang Province, People's Republic of China, unified social credit code 91330402MA2JD7WQ5N, in the person of its legal representative, Mr. Shen Jianhua (hereinafter the "Client"),

(the Supplier and the Client hereinafter jointly the "Parties" and each a "Party")

WHEREAS

a) the Supplier has developed and operates CertaLink, an application programming interface and web platform through which food exporters prepare, validate and track the documentation required for the export of food products to the European Union, including pre-checks of official health certificates, laboratory test certificates, allergen and labelling declarations and the data needed for pre-notification at the border control post;
b) the Client produces and exports zongzi (glutinous rice dumplings) and other rice-based products to Italy, Germany and the Netherlands, and wishes to connect its ERP and quality-management systems to CertaLink;
c) at the Client's request, the fees under this Agreement are stated and paid in Chinese Renminbi (CNY), and this Agreement is governed by the law of the People's Republic of China;

NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS:

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 Annexes: Annex A – Service Description and API documentation; Annex B – Integration Specification and test plan; Annex C – Service Level Agreement; Annex D – Data Processing Terms.

Art. 2 (Definitions)
2.1 "Service" means access to CertaLink through the API and the web platform, as described in Annex A.
2.2 "Client Data" means all data that the Client or its users transmit to or generate in the Service, including product recipes and specifications, batch numbers, laboratory results, certificates, shipment data and the personal data of the Client's employees.
2.3 "Integration" means the connectors between the Client's ERP and quality-management systems and CertaLink, the data mapping tables and the related configuration, as specified in Annex B.
2.4 "Service Year" means each one-year period starting on the Activation Date or on an anniversary of it.

Art. 3 (Subject matter)
3.1 The Supplier grants the Client a non-exclusive, non-transferable right to use the Service for the Client's own export business for the duration of this Agreement, up to 60,000 API calls per Service Year.
3.2 The Supplier shall carry out the Integration and train up to ten employees of the Client's quality and logistics departments.

Art. 4 (Duration)
4.1 This Agreement enters into force on signature and the subscription runs for thirty-six months from the Activation Date, which is the date on which the Client's API credentials are issued for the production environment.
4.2 This Agreement shall not be tacitly renewed. Any renewal requires a written agreement of the Parties, to be negotiated no later than three months before expiry.

Art. 5 (Fees and payment)
5.1 The fees for the entire duration of this Agreement are as follows:
    Subscription fee, per Service Year ............ CNY 168,000
    Subscription fee, three Service Years ........ CNY 504,000
    Integration and onboarding (one-time) ........ CNY  96,000
    Total value of the Agreement ................. CNY 600,000
5.2 API calls above the annual volume in Art. 3.1 are charged at CNY 1.20 per call. Such charges depend on use and are not part of the total value.
5.3 On signature of this Agreement the Client shall pay an advance of CNY 264,000, equal to 44 % of the total value of the Agreement, covering the Integration and onboarding fee and the subscription fee for the first Service Year; the Supplier's invoice for the advance is payable within fifteen days of its date. The subscription fee for the second and third Service Years is invoiced at the beginning of each Service Year and is payable within thirty days.
5.4 All amounts include PRC value added tax. Payments are made to the account of the Supplier's representative office in Shanghai.

Art. 6 (Integration and acceptance)
6.1 The Supplier shall complete the Integration and make it available for acceptance testing within sixty days after signature.
6.2 The Client shall test the Integration in accordance with the test plan in Annex B. The Integration is accepted when, in the test environment, (a) certificate pre-checks for all the Client's current product codes are generated from ERP data without manual re-entry; (b) laboratory results uploaded from the quality-management system are matched to the correct batches; (c) rejected pre-checks are returned to the ERP with the reason; and (d) fifty consecutive test shipments have been processed without error. The Parties shall sign an acceptance report. Issue of production credentials does not constitute acceptance.
6.3 If the Integration is not made available for acceptance by the date in Art. 6.1 for reasons attributable to the Supplier, the Supplier shall pay a penalty of 0.07 % of the total value of the Agreement for each day of delay, without prejudice to compensation for further damage.

Art. 7 (Service levels)
7.1 The Supplier guarantees a monthly availability of the API and the web platform of 99.95 %, calculated as set out in Annex C, excluding scheduled maintenance announced at least five days in advance and carried out between 22:00 and 02:00 China Standard Time.
7.2 Incidents are classified as follows: Priority 1 – the API is unavailable or certificate pre-checks fail for all requests; Priority 2 – a function is degraded or fails for some product categories; Priority 3 – other defects and questions.
7.3 The Supplier shall respond to Priority 1 incidents within one (1) hour at any time, and restore the Service within eight hours; Priority 2 incidents within three hours during business hours, with resolution within two business days; Priority 3 within two business days.
7.4 If monthly availability falls below the level in Art. 7.1, the Client is entitled to a service credit equal to 5 % of the monthly equivalent of the subscription fee for availability below 99.95 % and at least 99.5 %, 10 % below 99.5 % and at least 99 %, and 20 % below 99 %. Each Priority 1 incident not restored within the time in Art. 7.3 entitles the Client to a further credit of 2 % of the monthly equivalent. Credits are deducted from the next invoice or, at the end of the Agreement, refunded.

Art. 8 (Intellectual property)
8.1 CertaLink, its software, databases of regulatory rules and documentation remain the exclusive property of the Supplier.
8.2 The connectors, data mapping tables, configuration and documentation produced by the Supplier specifically for the Client under the Integration are the property of the Client, who may use, modify and license them freely, including to third parties that maintain the Client's systems. The Supplier shall deliver their source code on acceptance.

Art. 9 (Client Data and data protection)
9.1 The Client remains the owner of the Client Data. The Supplier processes the Client Data to provide the Service in accordance with Annex D.
9.2 The Supplier shall keep the Client Data on servers located in Shanghai, encrypt them in transit and at rest, restrict access to authorised personnel with individual credentials and two-factor authentication, and maintain its ISO/IEC 27001 certification. Data are transmitted to the authorities of the European Union only on the Client's instruction and only to the extent needed for the shipments concerned.
9.3 The Supplier shall notify the Client of any personal data breach or other security incident affecting Client Data within forty-eight hours after becoming aware of it, shall take the necessary remedial measures and shall indemnify the Client against losses caused by incidents attributable to the Supplier.
9.4 The Client authorises the Supplier to use Client Data in anonymised and aggregated form, during and after the term of this Agreement, to compile rejection statistics, benchmarking reports and market intelligence products offered to other users of CertaLink, and to improve its rules engine.

Art. 10 (Confidentiality)
10.1 Each Party undertakes to keep confidential all information received from the other Party in connection with this Agreement, in particular the Client's recipes, supplier lists, prices and customer lists, and not to disclose it to third parties without the other Party's prior written consent, except where disclosure is required by law.
10.2 The obligation of confidentiality remains in force for five years after the end of this Agreement.

Art. 11 (Liability)
11.1 Each Party is liable for damage caused to the other Party by breach of this Agreement.
11.2 Except in the case of wilful misconduct or gross negligence, the Supplier's aggregate liability under this Agreement shall not exceed the fees paid by the Client in the twelve (12) months preceding the event giving rise to the claim.
11.3 The Supplier is not liable for decisions of border authorities, provided that the Service has operated in accordance with Annex A.

Art. 12 (Subcontracting)
12.1 The Supplier shall not subcontract the Service or the Integration, in whole or in part, without the Client's prior written consent. The cloud infrastructure provider named in Annex D is approved on signature.

Art. 13 (Termination)
13.1 Either Party may terminate this Agreement by registered letter or e-mail with acknowledgement of receipt if the other Party is in material breach and fails to remedy the breach within twenty days after receiving a written request to do so.
13.2 The Client may terminate this Agreement with immediate effect if availability falls below 99 % in two consecutive months or if the penalty under Art. 6.3 has accrued for more than thirty days.
13.3 Upon termination by the Client under this article, the Supplier shall refund the portion of the prepaid subscription fee relating to the period after termination and return all Client Data in a standard format.

Art. 14 (Governing law and disputes)
14.1 This Agreement is governed by the law of the People's Republic of China.
14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitration shall be conducted in English.

Art. 15 (Final provisions)
15.1 This Agreement supersedes all prior agreements between the Parties on its subject matter.
15.2 Any amendment must be made in writing and signed by both Parties.
15.3 Should any provision of this Agreement be invalid, the remaining provisions remain in force.

Capraia Isola / Jiaxing, ____________ 2026

The Supplier: ____________________          The Client: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h165z01": H165Z01, "h165z02": H165Z02, "h165e01": H165E01, "h165e03": H165E03}
TARGETS = {"h165z01": ("h165z01_provincial_museum_environment_monitoring.docx", "docx"),
           "h165z02": ("h165z02_prepreg_plant_online_coating_gauge.pdf", "pdf"),
           "h165e01": ("h165e01_toy_maker_plm_licence_portuguese_vendor.docx", "docx"),
           "h165e03": ("h165e03_croaker_farm_netpen_cameras_french_integrator.pdf", "pdf")}
PLAIN = {"h165z03_coding_school_academic_saas.md": H165Z03,
         "h165z04_city_management_digital_platform_om.txt": H165Z04,
         "h165z05_soy_brewery_fermentation_system_supplier_template.md": H165Z05,
         "h165e02_hiking_agency_booking_saas_german_vendor.txt": H165E02,
         "h165e04_biotech_lab_managed_it_scottish_provider.md": H165E04,
         "h165e05_zongzi_exporter_certificate_api_italian_vendor.txt": H165E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
