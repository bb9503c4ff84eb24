"""holdout168: sources of the ten ordinary draft contracts (blind held-out set, written before any run).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt files are written as they are; the two .docx
and the two .pdf are built with ../word_pdf.py (Word tables for the price lists; PDFs broken at word boundaries,
wrap_words=True). The .json labels are not made here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h168z01 — 市气象局 智能网格预报业务系统 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H168Z01 = """T:江澜市智能网格预报业务系统建设项目政府采购合同
P:合同编号：JLQX-ZC-2026-017　　采购项目编号：JLCG2026-GK-0093（公开招标）
P:采购人（甲方）：江澜市气象局
P:供应商（乙方）：北京云图气象科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江澜市智能网格预报业务系统建设项目（以下简称“本项目”）订立本合同。招标文件、投标文件、澄清材料及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责本项目的设备供货、软件许可、定制开发、系统集成、数据迁移、培训及质保期服务，建成覆盖全市的5公里、逐小时智能网格预报业务系统，并与省级网格预报平台、市突发事件预警信息发布系统对接。
P:1.2 定制开发内容包括：网格预报订正工具、多模式融合算法接入、城市内涝及强对流专项产品制作、预报产品自动分发（短信、微信公众号、政务平台接口）。详细功能以招标文件技术需求书为准。
P:1.3 乙方应于合同签订后一百五十日内完成全部设备到货安装及系统部署，并于合同签订后二百一十日内具备终验条件。
H:第二条 合同价格
P:2.1 本合同总价为人民币肆佰叁拾捌万元整（¥4,380,000.00），为固定总价，包含设备、软件许可、开发、集成、运输、保险、安装、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|名称|规格及说明|数量|单价（元）|金额（元）
TB:1|高性能计算服务器|双路64核，512GB内存|6台|186,000|1,116,000
TB:2|分布式存储|裸容量960TB，含三年原厂服务|1套|528,000|528,000
TB:3|网络及安全设备|核心交换机2台、下一代防火墙2台|1批|236,000|236,000
TB:4|网格预报业务平台软件许可|永久许可，不限用户数|1套|690,000|690,000
TB:5|数据库及中间件许可|国产化产品，永久许可|1套|148,000|148,000
TB:|硬件及软件许可小计||||2,718,000
TB:6|定制开发|订正工具、融合算法接入、专项产品、分发|1项|1,284,000|1,284,000
TB:7|系统集成、部署及数据迁移|含历史产品库迁移|1项|326,000|326,000
TB:8|培训|业务及运维人员培训|1项|52,000|52,000
TB:|合计||||4,380,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函之日起十个工作日内，甲方支付合同总价的25%作为预付款，即¥1,095,000。
P:3.2 全部设备到货并安装完成、经甲方签收后十个工作日内，支付合同总价的35%，即¥1,533,000。到货签收仅为数量及外观确认，不视为验收。
P:3.3 系统初验合格后十个工作日内，支付合同总价的20%，即¥876,000。
P:3.4 系统终验合格后十个工作日内，支付合同总价的20%，即¥876,000。
P:3.5 甲方每次付款前，乙方应开具合法有效的等额发票。
H:第四条 交付与实施
P:4.1 交付地点为江澜市气象局业务楼四楼机房。乙方负责运输、装卸、就位、安装及与既有网络的连接。
P:4.2 乙方应在合同签订后十五日内提交实施方案及进度计划，经甲方确认后执行。乙方项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验：系统部署完成后，乙方提交初验申请，甲方按照技术需求书逐项测试，标准包括：（1）功能清单全部实现；（2）逐小时网格预报产品在每日08时、20时起报后20分钟内生成完毕；（3）订正工具在50个并发用户下单次操作响应不超过3秒；（4）与省级平台、预警发布系统的接口连续7日数据交换无差错；（5）历史数据迁移核对一致。
P:5.2 试运行：初验合格后进入九十日试运行。试运行期间一级故障累计不超过1次且系统月度可用率达到第七条约定水平的，乙方可申请终验。
P:5.3 终验：甲方组织专家依据招标文件、本合同及初验、试运行记录进行终验并出具终验报告。终验前须完成第三方网络安全等级保护（第三级）测评，且测评发现的问题已整改完毕。
P:5.4 设备到货签收、系统上线运行或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供软硬件故障维修、备件更换、软件升级及补丁、技术支持，每季度提供一次巡检并出具巡检报告。
P:6.2 质保期满后，甲方需要继续由乙方提供维保服务的，年度维保费不超过第二条“硬件及软件许可小计”的8%，即每年不超过¥217,440，且质保期满后两年内不上调；此后如需调整，由双方书面协商确定，年度调整幅度不超过3%。维保合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，业务系统（网格预报生成、订正、分发模块）月度可用率不低于99.98%。计划内维护须提前三个工作日经甲方同意，且不得安排在汛期（每年5月至9月）的工作时间。
P:7.2 故障分级及响应：一级故障（网格预报产品无法生成或无法分发），乙方接报后30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能不可用），1小时内响应，8小时内解决；三级故障（一般问题及咨询），当日响应，3个工作日内解决。汛期及重大天气过程期间，乙方安排2名工程师驻场值守。
P:7.3 乙方未达到上述服务水平的，一级故障响应或恢复每超时1小时，甲方扣减¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。扣减款项从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 本项目定制开发成果（包括源代码、算法接入程序、产品模板、接口程序及技术文档）的著作权及其他知识产权归甲方所有。乙方应在终验时完整移交源代码及编译环境说明，甲方可自行或委托第三方修改、使用及再开发。
P:8.2 网格预报业务平台软件及数据库、中间件的知识产权归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 本项目涉及的气象观测数据、数值模式产品、预报预警产品及系统日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》等法律法规及甲方信息安全管理制度。远程维护须经甲方审批并通过堡垒机进行，全程记录操作日志；乙方人员不得使用个人存储介质接入业务网络。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:乙方对在履行本合同过程中知悉的甲方网络结构、系统口令、未公开的预报预警信息及其他工作秘密负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备终验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付的货物或系统不符合合同约定，经整改仍不合格的，甲方有权退货或解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方违反第九条、第十条约定的，应赔偿甲方因此遭受的全部损失。
H:第十二条 分包与转包
P:乙方不得将本项目转包，亦不得分包。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）存在重大违约，经甲方书面催告后十五日内未改正；（2）逾期超过第十一条约定期限；（3）提供虚假材料谋取中标，或在合同履行中有严重违法行为。
P:13.2 合同解除后，乙方应配合甲方完成数据、源代码及资料的移交。
H:第十四条 履约保证金
P:乙方应在签订本合同前提交合同总价5%的履约保证金，即¥219,000，终验合格后无息退还。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件：技术需求书、投标报价明细表、售后服务承诺书。
P:甲方（盖章）：江澜市气象局　　　　乙方（盖章）：北京云图气象科技有限公司
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h168z02 — 不锈钢管厂 涡流探伤设备 hardware supply + post-warranty maintenance, .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H168Z02 = """T:涡流探伤设备采购及维保合同
P:合同编号：HR-SB-2026-031
P:甲方（买方）：温州恒锐不锈钢管业有限公司
P:乙方（卖方）：厦门精探检测设备有限公司
P:签订地点：浙江省温州市龙湾区
P:甲方因不锈钢焊管及无缝管生产线在线无损检测需要，向乙方采购涡流探伤设备及相关服务。双方经平等协商，订立本合同，共同遵守。
H:一、合同标的及价格
P:（一）乙方向甲方提供两套在线多频涡流探伤系统，分别安装于甲方二车间焊管机组（规格Φ12–Φ76mm）及三车间冷轧管精整线（规格Φ6–Φ38mm），并负责安装、调试、标定及培训。
P:（二）设备及服务价格明细如下（单位：人民币元，含13%增值税）：
P:1. 多频涡流探伤仪主机（4频8通道），2套，单价368,000元，金额736,000元；
P:2. 穿过式检测线圈及探头组（含备用线圈各一组），2套，单价96,000元，金额192,000元；
P:3. 自动上下料、喷标及分选机构，2套，单价214,000元，金额428,000元；
P:4. 磁饱和装置及退磁器，2套，单价58,000元，金额116,000元；
P:5. 探伤数据管理软件许可（永久，含2个客户端），1套，金额84,000元；
P:以上第1至5项为“设备小计”，合计1,556,000元。
P:6. 安装、调试及与甲方MES系统对接，68,000元；
P:7. 对比样管制作及系统标定，22,000元；
P:8. 操作及维护培训，14,000元。
P:（三）合同总价为人民币壹佰陆拾陆万元整（¥1,660,000）。除本合同另有约定外，合同总价不因原材料价格或汇率变化而调整。
H:二、交货与安装
P:（一）交货期：合同生效后七十五日内，两套设备全部运抵甲方指定车间。乙方负责包装、运输及保险，并随货提供装箱单、合格证、出厂检验报告及中文说明书。
P:（二）设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认数量及外观，不构成质量验收。
P:（三）乙方应在设备到货后二十日内完成安装调试。甲方负责提供电源、压缩空气及设备基础，乙方应提前十日书面提出安装条件要求。
H:三、付款方式
P:（一）合同生效后七个工作日内，甲方支付合同总价的20%作为预付款，即332,000元；
P:（二）设备全部到货签收后十个工作日内，甲方支付合同总价的35%，即581,000元；
P:（三）设备终验合格后十个工作日内，甲方支付合同总价的35%，即581,000元；
P:（四）合同总价的10%，即166,000元，作为质量保证金，质保期满且无未决质量问题后十个工作日内支付；
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:四、验收
P:（一）安装调试完成后，双方按下列标准进行终验：
P:1. 对比样管按GB/T 7735制作，含通孔及纵向、横向刻槽人工缺陷；
P:2. 在线检测速度不低于60米/分钟时，对比样管连续10次通过，全部人工缺陷均能稳定报警，无漏报；
P:3. 正常管误报率不高于0.3%；
P:4. 喷标及分选动作正确，与报警信号一一对应；
P:5. 探伤数据（每支管的炉批号、报警位置、信号幅值）按支记录并准确上传至甲方MES系统；
P:6. 设备连续72小时生产运行无故障。
P:（二）终验合格的，双方签署终验证书。终验不合格的，乙方应在十五日内整改后重新验收；两次终验仍不合格的，甲方有权退货并解除合同，乙方返还已收全部款项。
P:（三）设备安装运行或甲方使用设备进行生产，均不视为终验合格。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内设备因非人为因素出现的故障，由乙方免费维修或更换部件，检测线圈、探头等易损件在质保期内亦免费更换。
P:（二）质保期内，乙方每半年上门进行一次系统标定及保养，并出具标定报告。
H:六、售后服务响应
P:（一）一级故障（探伤系统停机，导致机组无法出管或只能离线检测）：乙方接到甲方报修后2小时内电话或远程响应，24小时内工程师到达现场，48小时内修复。
P:（二）二级故障（单通道故障、误报率明显升高等）：8小时内响应，72小时内修复。
P:（三）乙方未按上述时限响应或到场的，每超时1小时，向甲方支付500元；修复超时的，每超时一日支付2,000元。上述款项可从质量保证金中扣除。
P:（四）乙方应在华东地区常备主机板卡、检测线圈等关键备件。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方继续为甲方提供维保服务，内容包括：每半年一次系统标定，易损件（检测线圈、探头、喷标枪嘴）更换，软件升级，故障维修，以及本合同第六条约定的响应服务。
P:（二）年度维保费为设备小计的23%，即每年357,880元，于每个服务年度开始后三十日内支付。维保费自质保期满后第一年起三年内固定不变。
P:（三）维保服务按年度提供。甲方不再续购的，应至少提前两个月书面通知乙方；未通知的，视为继续购买下一年度维保服务，价格按上款执行。
H:八、知识产权
P:（一）探伤数据管理软件及设备嵌入式软件的知识产权归乙方所有，甲方获得永久、不可撤销的使用许可，并可随设备一并转让。
P:（二）乙方为甲方开发的MES对接接口程序、标定参数及检测工艺卡，知识产权归甲方所有。乙方应交付接口源代码及说明文档，甲方可自行修改或委托第三方维护。
H:九、数据安全
P:（一）设备产生的探伤数据、工艺参数及甲方产品质量数据属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程诊断须事先取得甲方同意，通过甲方提供的专用账号进行，诊断结束后立即关闭通道；乙方不得在设备中预置任何未经甲方同意的远程访问或数据上传功能。
P:（三）因乙方原因导致甲方数据泄露、丢失或生产网络遭受攻击的，乙方应在发现后24小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:十、保密
P:双方对在合同签订及履行过程中获知的对方技术资料、生产工艺、客户信息及其他商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之四向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:（三）设备质量不符合合同约定的，乙方负责更换或修理并承担相关费用；因设备漏检造成甲方批量产品质量事故的，乙方赔偿甲方直接经济损失。
H:十二、分包
P:乙方不得将本合同项下设备的制造、安装调试工作转包或分包给第三方。确需将吊装、管线敷设等辅助工作交由第三方完成的，须事先取得甲方书面同意，乙方对其工作承担全部责任。
H:十三、合同解除
P:有下列情形之一的，甲方有权书面通知乙方解除合同：（一）乙方逾期交货超过三十日；（二）两次终验不合格；（三）乙方有其他重大违约行为，经甲方书面催告后十日内仍未纠正。合同解除后，乙方应退还甲方已付款项，并赔偿甲方损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交温州仲裁委员会按其仲裁规则仲裁。
H:十五、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件：技术协议、设备配置清单、对比样管图纸，与本合同具有同等效力。
P:甲方（盖章）：温州恒锐不锈钢管业有限公司　　乙方（盖章）：厦门精探检测设备有限公司
P:日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h168z03 — 口腔技工连锁 技工订单管理 SaaS, three years + 实施, .md, Markdown headings + 1.1
# ---------------------------------------------------------------------------------------------------------------
H168Z03 = """# 齿联云技工订单管理平台订阅及实施服务合同

**合同编号**：CLY-SaaS-2026-0412

**甲方（客户）**：蓉美口腔义齿技工连锁有限公司（住所：成都市武侯区）

**乙方（服务商）**：杭州齿联云科技有限公司（住所：杭州市滨江区）

鉴于甲方在成都、重庆、贵阳等地经营28家口腔技工所，需要统一的技工订单管理系统；乙方是“齿联云”技工订单管理平台（以下简称“平台”）的开发者和运营者。双方经协商一致，订立本合同。

## 1 服务内容

1.1 乙方以软件即服务（SaaS）方式向甲方提供平台订阅服务，包括：诊所下单端（网页及小程序）、技工所生产排程、工序流转与扫码报工、质检与返工管理、物流发货、对账结算及经营报表模块。

1.2 订阅范围：甲方28家技工所，用户账号不超过420个，合作诊所下单账号数量不限。

1.3 实施服务：乙方负责平台初始化配置；将甲方现有ERP中近三年的订单及客户资料迁移至平台；完成28家技工所的工序、工价及价格体系配置；开发平台与甲方财务系统之间的对账接口；对甲方管理员及操作人员进行培训。

1.4 订阅期为三年，自上线验收合格之日起计算。

1.5 甲方应指定系统管理员，妥善保管账号密码，并确保录入平台的患者信息已依法取得必要的授权或同意。

## 2 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 每年286,000元，共3年 | 858,000 |
| 实施服务费 | 一次性 | 124,000 |
| **合同总金额** | | **982,000** |

2.1 上述费用均含增值税，包含云资源、存储、备份、版本升级及订阅期内的技术支持。

2.2 订阅期内订阅单价不变。甲方在订阅期内增加技工所的，每所每年按10,200元增加订阅费，按实际使用月份折算。

## 3 付款

3.1 实施服务费在上线验收合格后十五个工作日内一次性支付。

3.2 平台订阅费按季度支付，每季度71,500元，由甲方在每个季度结束后十五个工作日内支付。

3.3 乙方在每次收款前开具增值税专用发票。本合同不设预付款。

3.4 甲方对账单有异议的，应在收到账单后十个工作日内提出，双方核对后据实结算。

## 4 实施与上线验收

4.1 乙方应于合同签订后七十日内完成实施并申请上线验收。甲方应指定项目联系人，按实施计划提供历史数据和业务规则。

4.2 上线验收标准：（1）历史订单及客户资料迁移后抽样核对，订单数量与金额一致；（2）28家技工所的工序、工价及价格体系配置完成并经甲方确认；（3）诊所下单至技工所接单、排产、发货的全流程在各所测试通过；（4）对账接口连续10个工作日数据一致；（5）上线后连续30日试运行期间未发生一级故障。

4.3 满足上述标准的，甲方出具上线验收单。平台开通或甲方开始使用，均不视为验收合格。

4.4 因乙方原因未能按期申请上线验收的，每逾期一日，乙方向甲方支付违约金800元。

4.5 乙方应在上线前为各技工所完成操作培训，为每个技工所培养不少于2名内部讲师，并提供操作手册和视频教程。

## 5 服务水平

5.1 平台月度可用率不低于99.5%。计划维护须提前72小时通知甲方，并在每日00:00至06:00之间进行，计划维护时间不计入不可用时间。

5.2 故障响应：一级故障（平台无法登录，或无法下单、接单）30分钟内响应，3小时内恢复；二级故障（单个模块不可用）2小时内响应，1个工作日内解决；三级故障（咨询及一般问题）1个工作日内答复。

5.3 服务抵扣：月度可用率低于约定值但不低于99%的，抵扣当季订阅费的5%；低于99%的，抵扣当季订阅费的10%。一级故障恢复超时的，每次抵扣2,000元。抵扣款从下一期订阅费中扣除。

5.4 乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。

5.5 乙方进行版本升级的，应提前7日通知甲方并说明变更内容；影响甲方业务流程的重大变更，须经甲方同意后实施。

## 6 数据

6.1 甲方及其合作诊所在平台中录入、产生的订单数据、患者信息（姓名、牙位、口扫及模型文件）、价格及结算数据（以下简称“甲方数据”）归甲方所有。

6.2 乙方有权在订阅期内及订阅期结束后，对甲方数据进行去标识化处理后，用于平台功能改进、行业统计分析及编制《口腔技工行业运营报告》，并可向第三方提供去标识化后的统计结果。

6.3 乙方应采取传输及存储加密、访问权限控制、操作日志审计、每日备份等措施保障甲方数据安全，平台部署于境内云服务器并已通过网络安全等级保护第三级测评。发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成甲方损失的，由乙方承担赔偿责任。

6.4 合同终止后三十日内，乙方应按甲方要求以通用格式导出并移交甲方数据，随后删除平台中的甲方数据（第6.2条所述去标识化数据除外）。

## 7 知识产权

7.1 平台及其升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的对账接口程序、专用报表模板及工序配置方案归甲方所有，乙方应交付接口源代码，甲方可自行修改或交由第三方使用。

7.3 乙方保证平台不侵犯第三方知识产权；因侵权导致甲方被索赔的，由乙方负责处理并赔偿甲方损失。

## 8 保密

双方对因本合同知悉的对方商业秘密、技术资料、客户名单及价格信息负有保密义务，未经对方书面同意不得披露。保密期限至合同终止后三年。

## 9 责任限制

9.1 乙方违反本合同给甲方造成损失的，应予赔偿。

9.2 除故意、重大过失及违反第6条、第8条的情形外，乙方在本合同项下的累计赔偿责任不超过合同总金额的两倍。

## 10 分包

乙方不得将实施服务分包。乙方使用的云基础设施服务商（阿里云计算有限公司）已经甲方确认；更换云服务商或将任何服务委托其他第三方的，须事先取得甲方书面同意。

## 11 续期

11.1 订阅期届满前六十日，任何一方未书面提出不续期的，本合同自动续期一年，可多次续期。

11.2 续期时乙方有权根据市场情况调整订阅费，调整后的订阅费自续期开始时生效，年度涨幅不超过8%。

## 12 合同解除

12.1 一方严重违约，经对方书面催告后二十日内未纠正的，守约方有权书面通知解除本合同。

12.2 月度可用率连续三个月低于99%的，甲方有权解除本合同。

12.3 合同解除或终止后，乙方应按第6.4条移交甲方数据，并配合甲方完成业务迁移。

12.4 订阅期满不续期或合同解除的，乙方应在终止后继续提供不少于30日的只读访问，便于甲方核对和导出数据。

## 13 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 14 其他

本合同一式两份，双方各执一份，自双方签章之日起生效。附件：功能清单、实施计划、服务水平说明。

甲方（盖章）：蓉美口腔义齿技工连锁有限公司　　　　乙方（盖章）：杭州齿联云科技有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h168z04 — 县自然资源局 国土空间基础信息平台 annual O&M (政府采购 竞争性磋商), .txt, 第X章 / 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H168Z04 = """青溪县国土空间基础信息平台2026年度运维服务合同

采购项目名称：青溪县国土空间基础信息平台年度运维服务
采购方式：竞争性磋商　　采购项目编号：QXCG-2026-CS-0115
合同编号：QXZRZY-YW-2026-02
甲方（采购人）：青溪县自然资源局
乙方（成交供应商）：湖南地信运维服务有限公司

依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件、乙方响应文件及成交通知书，经双方协商一致，订立本合同。

第一章 总则

第一条 服务期限：2026年3月1日至2027年2月28日。

第二条 服务对象：青溪县国土空间基础信息平台（含国土空间规划“一张图”实施监督信息系统、数据库管理系统、共享服务门户）及其运行所依托的服务器、存储、网络和安全设备，清单见附件一。

第三条 合同组成：本合同、磋商文件、响应文件、成交通知书及附件共同构成本合同，内容不一致的，以本合同为准。

第二章 服务内容与要求

第四条 乙方提供以下运维服务：
（一）平台软件运维：应用系统监控、缺陷修复、版本补丁、性能调优、用户及权限管理、操作问题解答；
（二）数据更新与入库：年度国土变更调查成果、国土空间总体规划及详细规划成果、用地审批和执法监管等专题数据的质检、整理与入库，保证“一张图”数据的现势性；
（三）硬件与机房巡检：每月一次全面巡检，每季度提交巡检报告；
（四）安全运维：漏洞扫描、日志审计、安全策略调整，配合年度网络安全等级保护测评及整改；
（五）驻场技术支持：派驻1名具有地理信息系统开发经验的工程师，工作日在甲方驻场；
（六）培训：每半年为甲方业务人员开展一次平台操作培训，为甲方信息股人员开展一次运维知识培训。

第五条 乙方应在合同签订后五个工作日内进场，并在进场后十个工作日内完成与上一运维单位的交接；应在收到年度国土变更调查成果后三十日内完成质检及入库。乙方应在进场后二十日内提交运维服务方案，内容包括组织架构、人员分工、巡检计划、应急预案和数据备份策略，经甲方确认后执行。

第六条 乙方项目负责人和驻场工程师须为响应文件所列人员，更换人员须事先经甲方书面同意，且资质不得低于原人员。驻场工程师请假须提前报甲方同意，并由乙方安排同等能力人员顶岗。

第三章 服务费用与支付

第七条 本合同总价为人民币伍拾陆万捌仟元整（¥568,000.00），为本服务期内的固定总价，包括：
（一）平台软件运维：196,000元；
（二）数据更新与入库：178,000元；
（三）硬件与机房巡检：64,000元；
（四）安全运维：52,000元；
（五）驻场技术支持：78,000元。

第八条 服务费按季度支付。每季度结束后，甲方依据第十三条对当季服务进行确认，并在确认后十五个工作日内支付当季服务费142,000元。本合同不设预付款。

第九条 乙方每次收款前应开具合法有效的发票。因财政资金拨付程序造成的合理延迟，不视为甲方违约。

第四章 服务水平与考核

第十条 故障分级与响应时限：
（一）一级故障：平台整体不可访问、数据库无法连接或出现数据损坏，乙方接报后30分钟内响应，2小时内到场，8小时内恢复服务；
（二）二级故障：部分功能或专题图层不可用，乙方1小时内响应，1个工作日内解决；
（三）三级故障：一般操作问题或咨询，乙方当日响应，3个工作日内解决。

第十一条 乙方应建立运维日志，逐项记录故障受理、处理和关闭情况，并于每月5日前提交上月运维报告。国土变更调查成果上报、重大活动等关键时段，乙方应安排专人7×24小时值守。

第十二条 服务水平未达到第十条要求的，甲方书面通知乙方整改，并将有关情况记入乙方的履约评价。服务水平考核结果不与服务费挂钩，甲方不因此扣减服务费。

第十三条 季度确认和年度验收：每季度末，甲方依据运维日志、巡检报告和数据入库记录对乙方当季服务进行确认。服务期满后，甲方按磋商文件的服务要求组织年度验收，验收内容包括：全年故障处理记录完整；巡检报告按期提交；年度变更调查成果入库经质检通过，图斑数量和面积与上级下发成果一致；运维文档完整移交。年度验收不合格的，乙方应在十五日内整改。

第五章 数据安全、保密与成果归属

第十四条 平台中的国土空间规划、变更调查、用地审批等全部数据，以及运维过程中产生的日志、文档，均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得拷贝、留存或用于其他目的。

第十五条 涉密数据仅在甲方涉密内网中处理，乙方人员须签订保密承诺书并接受保密培训；运维操作须通过甲方堡垒机进行，禁止使用未经登记的存储介质；乙方应落实数据备份与恢复措施，每月进行一次恢复演练。

第十六条 发生数据泄露、丢失、篡改或其他网络安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第十七条 乙方对在服务中知悉的国家秘密、甲方工作秘密及其他敏感信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。

第十八条 运维过程中形成的脚本、配置、数据处理程序及运维文档等成果，知识产权归甲方所有，乙方应在服务期满时完整移交。乙方在本项目中使用的自有运维工具，甲方可在平台运维中免费使用。

第六章 违约责任

第十九条 乙方逾期进场、逾期完成交接或逾期完成年度变更调查成果入库的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第二十条 乙方违反第五章约定的，甲方有权解除合同，并要求乙方赔偿由此造成的全部损失。乙方人员违反甲方保密管理规定的，甲方有权要求乙方立即更换。

第二十一条 甲方无正当理由逾期支付服务费的，按国家有关规定承担责任。

第七章 其他约定

第二十二条 分包：乙方可将机房巡检、硬件维修等辅助性工作委托具备相应能力的第三方完成，但应提前五个工作日书面告知甲方，并对第三方的工作承担责任。平台软件运维和数据入库工作不得分包。

第二十三条 合同解除：乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算费用。

第二十四条 续约：服务期满后，经年度验收合格且预算安排允许的，甲方可按政府采购有关规定与乙方续签下一年度合同，续签价格不高于本合同价格。本合同不自动续期。

第二十五条 服务期满或合同解除时，乙方应在十五日内完成运维资料、账号口令及数据的移交，并配合新的运维单位完成交接。

第二十六条 法律适用与争议解决：本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第二十七条 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。

附件一：运维对象清单
附件二：服务要求及考核细则

甲方（盖章）：青溪县自然资源局            乙方（盖章）：湖南地信运维服务有限公司
法定代表人或授权代表：                      法定代表人或授权代表：
日期：2026年  月  日                         日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h168z05 — 酱菜厂 质量追溯系统 licence + custom development, on the supplier's own template, .md
# ---------------------------------------------------------------------------------------------------------------
H168Z05 = """# “溯源通”质量追溯系统软件许可及定制开发合同

> 山东溯源通信息技术有限公司 标准合同文本 V4.0（2025年修订）

**合同编号**：SYT-2026-0587

**甲方（用户）**：临江老坛酱菜食品有限公司

**乙方（供应商）**：山东溯源通信息技术有限公司

甲方为建立酱腌菜产品质量安全追溯体系，向乙方采购“溯源通”质量追溯系统软件许可及定制开发服务。双方依据《中华人民共和国民法典》等法律法规，经协商一致，签订本合同。

### 第一条 合同标的

1.1 乙方向甲方提供“溯源通”质量追溯系统V4.0软件许可，并根据甲方需求进行定制开发，内容包括：原料基地（萝卜、芥菜、黄瓜）种植档案，原料收购与入厂检验，腌制工序（盐渍池、发酵周期、盐度及温度记录），切制调味，杀菌包装，成品检验，一物一码赋码，经销商出入库，以及消费者扫码查询小程序。

1.2 系统生产端部署于甲方服务器；扫码查询小程序及数据中台部署于乙方云平台。

1.3 系统功能以本合同附件《功能清单》为准。附件未列明的功能，不属于乙方交付范围；甲方提出新增需求的，双方另行协商费用。

1.4 乙方为甲方提供2天现场培训，培训对象为甲方系统管理员及质检、仓储人员，人数不超过20人。

### 第二条 合同价款

| 项目 | 说明 | 金额（元） |
|---|---|---|
| 软件许可费 | “溯源通”V4.0永久许可，10个用户、3条产线 | 268,000 |
| 定制开发费 | 腌制工艺批次管理、原料基地档案、扫码查询小程序 | 356,000 |
| 赋码设备接口及部署 | 2台喷码机、1台激光打码机接口开发及现场部署 | 58,000 |
| 培训 | 现场培训2天 | 18,000 |
| **合计** | | **700,000** |

合同总价为人民币柒拾万元整（¥700,000），含增值税。上述价格为乙方优惠价格，甲方应对价格信息保密。

合同价款不含服务器、数据库软件、赋码设备及耗材、短信费用，上述费用由甲方自行承担。

### 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即385,000元。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总价剩余的45%，即315,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停开发、部署及维护服务。

### 第四条 交付

4.1 乙方在收到首付款后九十日内完成系统安装部署。

4.2 甲方应按乙方要求提供服务器、网络环境及产线现场条件，并及时确认需求；因甲方原因造成延期的，交付期相应顺延。甲方未按时提供现场条件超过三十日的，视为乙方已完成交付。

4.3 乙方交付内容包括：软件安装介质、系统部署、用户手册电子版。定制开发源代码不属于交付内容。

4.4 部署完成后，乙方向甲方出具部署完成确认单，甲方应在收到后三日内签字；逾期未签的，视为确认。

### 第五条 验收

系统安装部署完成并交付甲方使用之日，即视为甲方验收合格。甲方在交付后十日内未书面提出异议的，亦视为验收合格。甲方在使用过程中发现的问题，由乙方在维护期内处理。

### 第六条 维护服务

6.1 自系统交付之日起六个月为免费维护期，乙方提供远程技术支持及程序缺陷修复。

6.2 维护期内，乙方在接到甲方报修后24小时内响应，并根据故障情况安排处理。乙方不因响应或处理时间承担扣款、赔偿或违约责任。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

6.4 以下情形不属于免费维护范围：甲方或第三方修改系统，甲方服务器及网络故障，非乙方提供的设备故障，甲方操作不当。

6.5 乙方的维护服务以远程方式为主；需要现场服务的，由甲方承担乙方人员的差旅费用。免费维护期内，乙方提供不超过两次版本升级。

### 第七条 知识产权

7.1 “溯源通”软件及其升级版本的著作权归乙方所有。

7.2 乙方根据甲方需求完成的定制开发成果，包括程序、源代码、数据库设计、小程序及相关文档，知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，也不得提供给第三方使用。

7.3 甲方委托第三方开发与本系统对接的程序的，应事先取得乙方书面同意，并按乙方接口收费标准支付接口授权费。

### 第八条 数据

8.1 甲方在系统中录入的数据归甲方所有。

8.2 甲方同意，乙方可对系统中的生产、检验、流通及扫码查询数据进行脱敏处理后，用于行业数据分析、产品改进及为其他客户提供参考模型。

8.3 乙方采取防火墙、访问控制、数据备份等安全措施保护系统数据。因乙方原因导致甲方数据泄露的，乙方应及时通知甲方，并承担相应的赔偿责任。

8.4 消费者扫码查询产生的记录由乙方云平台收集和保存，乙方应遵守个人信息保护相关法律规定。

8.5 合同终止后，甲方需要导出云平台数据的，乙方按届时价格提供导出服务。

### 第九条 保密

双方对在合作中知悉的对方商业秘密、技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后两年。乙方可将甲方名称及标识用于乙方的宣传及客户案例展示。

### 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 任何一方违约给对方造成损失的，应赔偿对方的实际损失，但不包括间接损失、预期利润损失及商誉损失。

10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。

10.4 因甲方原因（包括需求变更、未按时提供现场条件、未按时付款）造成的延误，乙方不承担违约责任。

10.5 乙方不对因系统数据错误导致的产品召回、行政处罚及第三方索赔承担责任。

### 第十一条 合同解除

任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。合同解除的，已交付部分对应的软件许可费及定制开发费不予退还。

### 第十二条 不可抗力

因地震、洪水、疫情、政府行为、网络运营商或云服务商故障等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并根据影响程度部分或全部免除责任。

### 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

### 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

14.2 本合同未尽事宜，双方协商解决。双方确认已充分阅读并理解本合同全部条款。

14.3 附件：功能清单、系统部署说明。

甲方（盖章）：临江老坛酱菜食品有限公司　　　　乙方（盖章）：山东溯源通信息技术有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h168e01 — Shengzhou necktie maker: jacquard-design perpetual licence + configuration + support; Dutch vendor on
# Griend, "N. HEADING" numbering, .txt
# ---------------------------------------------------------------------------------------------------------------
H168E01 = """LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
Griendweave Jacquard Design Suite - Agreement No. GW-2026-CN-014

THE UNDERSIGNED:

1. Griendweave B.V., a private limited liability company under Dutch law, having its registered office on the island of Griend, the Netherlands, registered with the Dutch Chamber of Commerce (KvK) under number 91846273, duly represented by its managing director, Mr J. de Vries (hereinafter: "Griendweave");

2. Shengzhou Lingfeng Necktie Co., Ltd., a company incorporated in the People's Republic of China, having its registered office in Shengzhou, Zhejiang Province, duly represented by its legal representative, Ms Zhou Yan (hereinafter: the "Customer");

hereinafter jointly referred to as the "Parties" and each as a "Party".

WHEREAS:

A. the Customer weaves jacquard neckties on fourteen electronic looms and wishes to replace its design software;

B. Griendweave develops and licenses the Griendweave Jacquard Design Suite, a software package for textile design, colourway management and loom-file generation;

C. the Customer selected Griendweave after a tender and has asked that all prices be stated and paid in Chinese yuan (CNY);

HAVE AGREED AS FOLLOWS:

1. DEFINITIONS

1.1 In this Agreement the following capitalised terms have the following meaning:
"Software": the Griendweave Jacquard Design Suite, version 7, including the Loom Export Module, updates and documentation;
"Configuration Services": the installation of the Software, the loom profiles for the Customer's fourteen looms, the design templates, the colour library and the interface with the Customer's ERP system, as described in Schedule 1;
"Customer Deliverables": all loom profiles, templates, colour libraries, scripts, interface code and documentation produced by Griendweave specifically for the Customer under this Agreement;
"Customer Data": all designs, pattern files, order data and other data of the Customer processed with the Software or made available to Griendweave;
"Final Acceptance": the written acceptance by the Customer under article 6.3;
"Business Day": a day other than a Saturday, a Sunday or a public holiday in the People's Republic of China.

1.2 General terms and conditions of either Party, including the NLdigital Terms, do not apply.

2. SUBJECT OF THE AGREEMENT

2.1 Griendweave grants the Customer a perpetual, non-exclusive licence to use the Software at the Customer's premises in Shengzhou for the number of design seats stated in article 3 and for all fourteen looms.

2.2 Griendweave shall perform the Configuration Services, train the Customer's staff and provide support under articles 7 to 9.

3. PRICES

3.1 The prices are fixed, stated in CNY and inclusive of Chinese VAT. Any withholding tax levied in China on payments to Griendweave is borne by Griendweave.

Item | Quantity | Unit price (CNY) | Amount (CNY)
Design Seat licence, perpetual | 8 | 46,500 | 372,000
Loom Export Module, site licence, perpetual | 1 | 128,000 | 128,000
Licence Subtotal | | | 500,000
Configuration Services and loom profiles (14 looms) | 1 | 164,000 | 164,000
ERP pattern-order interface | 1 | 92,000 | 92,000
Training (4 days on site, up to 10 participants) | 1 | 26,000 | 26,000
Contract Price | | | 782,000

4. PAYMENT

4.1 The Contract Price is payable as follows:
(a) 20% (CNY 156,400) within 15 Business Days after signing of this Agreement, against Griendweave's invoice;
(b) 45% (CNY 351,900) within 15 Business Days after both Parties have signed the Installation Certificate referred to in article 5.2;
(c) 35% (CNY 273,700) within 15 Business Days after Final Acceptance.

4.2 Signing of the Installation Certificate and the payment under article 4.1(b) do not constitute acceptance.

5. DELIVERY AND CONFIGURATION

5.1 Griendweave shall make the Software available within 10 Business Days after signing and shall complete the Configuration Services no later than 90 days after signing (the "Completion Date"), in accordance with the project plan in Schedule 2.

5.2 When the Software has been installed on all design seats and the loom profiles have been loaded on all looms, the Parties sign an Installation Certificate.

5.3 If the Completion Date is not met for reasons attributable to Griendweave, Griendweave shall pay the Customer liquidated damages of CNY 650 for each calendar day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release Griendweave from its obligations under this Agreement.

6. ACCEPTANCE

6.1 After the Installation Certificate has been signed, the Customer tests the Software and the Customer Deliverables against the acceptance criteria in Schedule 3, which include at least:
(a) twenty production designs chosen by the Customer are converted into loom files and woven without error on each of the Customer's three loom types;
(b) the ERP interface transfers 200 test orders with complete and correct pattern references and quantities;
(c) no Severity 1 incident and no more than two Severity 2 incidents occur during 15 consecutive Business Days of production use.

6.2 Production use of the Software, the Installation Certificate and any payment do not constitute acceptance. Acceptance cannot be deemed to have been given by silence or by lapse of time.

6.3 When all criteria are met, the Customer signs the Final Acceptance certificate within 5 Business Days.

7. WARRANTY

Griendweave warrants for eighteen (18) months after Final Acceptance (the "Warranty Period") that the Software and the Customer Deliverables conform to the documentation and to Schedule 3. During the Warranty Period Griendweave corrects defects free of charge, supplies all updates and upgrades and provides support at the service levels of article 9.

8. SUPPORT AFTER THE WARRANTY PERIOD

8.1 After the Warranty Period the Customer may order support and maintenance for periods of one support year. The Annual Support Fee is 11% of the Licence Subtotal, i.e. CNY 55,000 per support year, and is fixed for the first three support years. After that, Griendweave may increase the Annual Support Fee once a year by no more than 3%, by written notice given at least three months before the start of the support year concerned.

8.2 Each support year is ordered by a separate purchase order; support does not renew automatically.

9. SERVICE LEVELS

9.1 The helpdesk is available on Business Days from 08:00 to 18:00 China Standard Time, in English and Chinese.

9.2 Incidents are classified and handled as follows:
Severity 1 - the Software cannot generate loom files or no design seat can be used, so that weaving preparation has stopped: response within 2 hours, workaround within 1 Business Day, permanent correction within 5 Business Days;
Severity 2 - a function is materially impaired but a workaround exists: response within 8 business hours, correction within 10 Business Days;
Severity 3 - a minor issue: response within 2 Business Days.

9.3 For each full hour by which Griendweave exceeds the Severity 1 response time, Griendweave owes the Customer a service credit of CNY 600, and for each Business Day by which it exceeds the Severity 1 workaround time, a credit of CNY 1,500. Credits are deducted from the next invoice or, if there is none, paid within 30 days.

10. CUSTOMER DATA AND SECURITY

10.1 Customer Data remains the property of the Customer. Griendweave may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including product development, training of software or marketing.

10.2 The Software is installed on the Customer's premises. Griendweave accesses the Customer's systems only remotely through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT manager; all sessions are logged. Griendweave shall not copy Customer Data to its own systems and shall not transfer Customer Data out of the People's Republic of China.

10.3 Griendweave shall comply with the PRC Personal Information Protection Law and Data Security Law and notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data. Griendweave bears the costs of remedying incidents it causes and compensates the Customer's resulting damage.

11. INTELLECTUAL PROPERTY

11.1 All intellectual property rights in the Software remain with Griendweave or its licensors.

11.2 All intellectual property rights in the Customer Deliverables vest in the Customer upon their creation. To the extent necessary, Griendweave hereby assigns these rights to the Customer in advance, which assignment the Customer accepts. The Customer may use, modify and license the Customer Deliverables freely. Griendweave delivers the source code of the ERP interface with Final Acceptance.

11.3 Designs created by the Customer with the Software belong exclusively to the Customer.

12. SUBCONTRACTING

Griendweave shall not subcontract any part of its obligations without the Customer's prior written consent. Griendweave remains fully responsible for any approved subcontractor.

13. CONFIDENTIALITY

Each Party shall keep confidential all non-public information of the other Party, including designs, customer lists, prices and technical information, and shall not disclose it to third parties without prior written consent. This obligation survives the termination of this Agreement for five years.

14. LIABILITY

14.1 Griendweave's total liability under or in connection with this Agreement is limited to 150% of the Contract Price.

14.2 The limitation in article 14.1 does not apply in case of intent or wilful recklessness of Griendweave's management, death or personal injury, or breach of articles 10 or 13.

15. TERM AND TERMINATION

15.1 This Agreement enters into force on signature by both Parties. The licence is perpetual.

15.2 Either Party may terminate (ontbinden) this Agreement in whole or in part by written notice if the other Party commits a material breach and fails to remedy it within 30 days after a written notice of default.

15.3 The Customer may also terminate this Agreement by written notice if the acceptance tests fail a second time or if the maximum of the liquidated damages under article 5.3 has been reached.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods (CISG) does not apply.

16.2 All disputes arising out of or in connection with this Agreement shall be finally settled by arbitration in accordance with the Arbitration Rules of the Netherlands Arbitration Institute (NAI). The place of arbitration is Amsterdam and the proceedings are conducted in English.

17. MISCELLANEOUS

This Agreement, with its Schedules, is the entire agreement between the Parties. Changes are valid only if agreed in writing. The English text prevails over any translation.

Schedule 1: Scope of the Configuration Services and workstation specifications
Schedule 2: Project plan
Schedule 3: Acceptance criteria

Thus agreed and signed in duplicate.

For Griendweave B.V.: ______________________    For Shengzhou Lingfeng Necktie Co., Ltd.: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h168e02 — Dunhuang desert-camp operator: booking SaaS, Order Form + General Terms; German vendor on
# Frauenchiemsee, "§ N (1)" numbering, .md
# ---------------------------------------------------------------------------------------------------------------
H168E02 = """# InselBook Cloud — Order Form No. IB-2026-0193

**Provider:** Chiemsee Booking Systems GmbH, Frauenchiemsee 12, 83256 Chiemsee, Germany; Local Court (Amtsgericht) Traunstein, HRB 28417; Managing Director: Dr Katharina Huber ("**Provider**")

**Customer:** Dunhuang Mingsha Starcamp Tourism Co., Ltd., Mingsha Road, Dunhuang, Gansu Province, People's Republic of China ("**Customer**")

This Order Form and the InselBook Cloud General Terms below (together the "**Contract**") govern the Customer's subscription. In case of conflict, the Order Form prevails over the General Terms.

| Item | Details |
|---|---|
| Services | InselBook Cloud: property management, booking engine for the Customer's website and WeChat mini-program, channel manager (Ctrip, Fliggy, Meituan, Booking.com), payment integration (WeChat Pay, Alipay), camel-tour and activity add-ons, reporting |
| Scope | 1 property (desert camp), up to 120 tents and cabins, 25 named users |
| Hosting | Alibaba Cloud, Shanghai region (mainland China) |
| Effective Date | date of the last signature below |
| Go-Live Date | 60 days after the Effective Date |
| Service Start Date | the day after Go-Live Acceptance (§ 2 (3)) |
| Initial Term | 36 months from the Service Start Date |
| Subscription Fee | CNY 176,000 per Subscription Year; CNY 528,000 for the Initial Term |
| Setup Fee | CNY 64,000, one-time (configuration, OTA connections, payment integration, data migration, two training days on site) |
| Total Contract Value | CNY 592,000 (all amounts in CNY at the Customer's request, inclusive of Chinese VAT) |
| Invoicing | Subscription Fees for the Initial Term: 55 % (CNY 290,400) invoiced on the Effective Date and payable within 14 days, in any case before the Service Start Date; 45 % (CNY 237,600) invoiced on the first anniversary of the Service Start Date. Setup Fee: invoiced upon Go-Live Acceptance. |

The advance invoicing of the Subscription Fees reflects the multi-year price granted to the Customer.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

---

## InselBook Cloud General Terms (Version 2026-01)

### § 1 Scope and Definitions

(1) These General Terms apply to all Order Forms between the Provider and the Customer. Conflicting or supplementary terms of the Customer apply only if the Provider agrees to them in writing.

(2) "**Customer Data**" means all data that the Customer, its staff or its guests enter into or generate in the Services, including reservations, guest names, identity-document numbers, contact details, payment references and rates. "**Business Day**" means a working day in the People's Republic of China.

### § 2 Services, Setup and Go-Live Acceptance

(1) The Provider makes the Services available as software-as-a-service via the internet. The functional scope results from the Order Form and the service description in Annex 1.

(2) The Provider performs the setup described in the Order Form in accordance with the project plan in Annex 2. The Customer provides its room and tent inventory, rates and OTA account access in good time.

(3) Go-Live Acceptance takes place when the following criteria have been demonstrated in a joint test: (a) inventory and rates are synchronised with all four OTA channels without deviation over 5 consecutive days; (b) 50 test bookings through the website, the mini-program and each OTA are recorded correctly in the property management module; (c) payments and refunds through WeChat Pay and Alipay reconcile with the settlement reports; (d) 18 months of historic reservations have been migrated and reconciled. The Customer confirms Go-Live Acceptance in writing. Access for training or testing, and the use of the Services before confirmation, do not constitute acceptance.

(4) If the Go-Live Date is missed for reasons for which the Provider is responsible, the Provider pays a contractual penalty (Vertragsstrafe) of CNY 420 for each calendar day of delay, up to 5 % of the Total Contract Value. Further claims remain unaffected; the penalty is credited against them.

### § 3 Service Levels

(1) The Provider ensures an availability of the booking engine and the property management module of 99.95 % per calendar month. Scheduled maintenance takes place on Tuesdays between 02:00 and 05:00 China Standard Time, is announced at least five days in advance and is not counted as downtime.

(2) Support is available 24 hours a day, 7 days a week by telephone and ticket. Priority 1 (booking engine or property management module unavailable for all users, or OTA synchronisation stopped): response within 30 minutes, restoration within 3 hours. Priority 2 (material function impaired): response within 2 hours, resolution within 2 Business Days. Priority 3 (other issues): response on the next Business Day.

(3) If the availability falls below 99.95 %, the Customer receives a service credit of 5 % of the pro rata monthly Subscription Fee; below 99.5 %, 10 %; below 99.0 %, 20 %. For each started hour by which the Provider exceeds the Priority 1 response time, the Customer receives a credit of CNY 500. Credits are set off against the next invoice or, after the end of the Contract, refunded.

(4) The Provider reports availability and Priority 1 incidents to the Customer each month.

### § 4 Fees and Payment

(1) The fees, invoicing dates and payment terms are set out in the Order Form. Invoices are payable within 14 days of receipt without deduction.

(2) If the Customer is in default of payment for more than 30 days, the Provider may suspend access to the Services after a written reminder with a further period of 10 days.

### § 5 Customer Data and Data Protection

(1) Customer Data belongs to the Customer. The Provider processes Customer Data exclusively on the Customer's documented instructions and only for the purpose of providing the Services; it does not use Customer Data for its own purposes.

(2) The Provider maintains appropriate technical and organisational measures, certified under ISO/IEC 27001, including encryption in transit and at rest, role-based access, logging of administrative access and daily backups with a tested restore. Customer Data and backups are stored only in mainland China and are not transferred abroad.

(3) The Provider complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. It notifies the Customer of any personal-data breach or other security incident affecting Customer Data without undue delay and in any case within 24 hours, supports the Customer in its obligations towards guests and authorities, and bears the costs of remedying incidents for which it is responsible.

(4) At the end of the Contract the Provider hands over all Customer Data in a common machine-readable format and then deletes it, including backups, within 30 days, and confirms the deletion in writing.

### § 6 Sub-processors and Subcontractors

(1) The Provider uses only the sub-processors listed in Annex 3 (Alibaba Cloud Computing Co., Ltd. for hosting; a mainland SMS gateway for booking confirmations).

(2) Any additional or replacement sub-processor or subcontractor requires the Customer's prior written consent. The Provider remains responsible for its sub-processors as for its own conduct.

### § 7 Rights of Use and Work Results

(1) All rights in the Services, the software and its documentation remain with the Provider. The Customer receives a non-exclusive, non-transferable right to use the Services for the term of the Contract.

(2) Ownership of the work results created specifically for the Customer during setup, namely rate plans, booking-widget designs, email templates, report definitions and interface mappings, and all intellectual property rights in them to the extent transferable, passes to the Customer upon creation. To the extent rights cannot be transferred, the Provider grants the Customer an exclusive, irrevocable and perpetual right of use, including the right to modify these results and to sublicense them to a successor provider.

### § 8 Confidentiality

(1) Each party keeps confidential all information of the other party marked as confidential or recognisable as such, in particular rates, occupancy figures and guest information, and uses it only for the purposes of the Contract.

(2) The obligation continues for three years after the end of the Contract.

### § 9 Liability

(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, under the Product Liability Act and for breach of § 5.

(2) In cases of slight negligence the Provider is liable only for breach of an essential contractual obligation (Kardinalpflicht), that is an obligation whose fulfilment makes proper performance of the Contract possible in the first place and on whose fulfilment the Customer may regularly rely, and only for the typical and foreseeable damage.

(3) In the cases of paragraph (2), the Provider's total liability is limited to an amount equal to the Subscription Fees attributable to the six months preceding the event giving rise to the claim.

### § 10 Term and Renewal

(1) The Contract begins on the Effective Date and runs for the Initial Term stated in the Order Form.

(2) After the Initial Term the Contract renews automatically for successive periods of one year unless either party terminates it with three months' notice to the end of the current term. For each renewal period the Subscription Fee of the last Subscription Year applies unchanged.

### § 11 Termination

(1) Ordinary termination during the Initial Term is excluded.

(2) The right of each party to terminate for good cause (aus wichtigem Grund) remains unaffected. Good cause for the Customer exists in particular if the Provider commits a material breach of the Contract and does not remedy it within 30 days after a written warning, or if availability falls below 99.0 % in two consecutive months.

(3) On termination for good cause by the Customer, the Provider refunds the Subscription Fees paid for the period after termination.

### § 12 Governing Law and Jurisdiction

(1) The Contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods and the conflict-of-laws rules.

(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the Contract is Munich, Germany.

### § 13 Final Provisions

(1) Amendments and supplements to the Contract must be made in writing; this also applies to any waiver of the written-form requirement.

(2) Should any provision of the Contract be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision with a valid one that comes closest to its economic purpose.

Annex 1: Service description — Annex 2: Setup project plan — Annex 3: Sub-processors
"""

# ---------------------------------------------------------------------------------------------------------------
# h168e03 — Rongcheng kelp farm: monitoring buoys + sensors + maintenance; French integrator on the Île Berder;
# buyer's paper; "Art. N (title)" numbering; .docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H168E03 = """T:Supply, Installation and Maintenance Contract — Marine Monitoring Buoys, Sanggou Bay Kelp Farm
P:Contract No. HY-CG-2026-008
P:Buyer: Rongcheng Haiyun Kelp Aquaculture Co., Ltd., Rongcheng, Weihai, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Berder Océan Instrumentation SAS, a société par actions simplifiée with a share capital of EUR 400,000, registered office Île Berder, 56870 Larmor-Baden, France, RCS Vannes 842 517 309, represented by its Président, Mr Yann Le Goff (the "Supplier").
P:This Contract is made on the Buyer's standard form. It is written in English because the Supplier is a French company; all prices are stated and paid in Chinese yuan (CNY) at the Buyer's request.
H:Art. 1 (Contract documents and definitions)
P:1.1 The Contract consists of these articles, Annex 1 (Technical Specification), Annex 2 (Mooring Plan and Site Map) and Annex 3 (Acceptance Test Procedure). In case of conflict, these articles prevail.
P:1.2 "System" means the buoys, sensors, gateways, spare parts and monitoring platform listed in Art. 3, installed and integrated at the Buyer's farm in Sanggou Bay. "Final Acceptance" means the acceptance under Art. 6.4. "Working Day" means a working day in the People's Republic of China.
H:Art. 2 (Subject)
P:2.1 The Supplier shall supply, moor, commission and integrate a network of 28 monitoring buoys with three shore gateways and an on-premise monitoring platform, so that the Buyer can follow water temperature, salinity, dissolved oxygen, chlorophyll-a, turbidity, pH and currents across its 1,600-hectare kelp farm in real time and receive alarms.
P:2.2 The Supplier shall also train the Buyer's staff and provide warranty service and, if ordered, maintenance after the warranty under Art. 8.
H:Art. 3 (Price)
P:3.1 The Contract Price is CNY 1,942,000, inclusive of Chinese VAT, customs duties, transport to Rongcheng, insurance, mooring materials and all services below. It is fixed and not subject to exchange-rate adjustment.
TB:No.|Item|Specification|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor buoy BO-6|temperature, salinity, DO, chlorophyll-a, turbidity, pH; 4G and LoRa|24|38,500|924,000
TB:2|Current-profiler buoy BC-2|600 kHz ADCP with wave sensor|4|86,000|344,000
TB:3|Shore gateway with solar power kit|LoRa/4G, 3-day battery autonomy|3|42,000|126,000
TB:4|Spare sensor heads|one set per parameter|1|68,000|68,000
TB:5|Monitoring platform licence|perpetual, on-premise, unlimited users|1|156,000|156,000
TB:|Goods and Licence Subtotal||||1,618,000
TB:6|Mooring, deployment by vessel and commissioning|28 positions per Annex 2|1|212,000|212,000
TB:7|Integration with the farm management system and SMS alarms||1|88,000|88,000
TB:8|Training|3 days in Rongcheng|1|24,000|24,000
TB:|Contract Price||||1,942,000
H:Art. 4 (Payment)
P:4.1 10% of the Contract Price (CNY 194,200) is paid within 15 Working Days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China.
P:4.2 55% of the Contract Price (CNY 1,068,100) is paid within 15 Working Days after all buoys and gateways have been moored and switched on and the Parties have signed a Deployment Certificate. The Deployment Certificate records quantities and positions only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 679,700) is paid within 15 Working Days after Final Acceptance.
P:4.4 Each payment is made against a valid Chinese VAT invoice issued by the Supplier or its appointed invoicing agent.
H:Art. 5 (Delivery and deployment)
P:5.1 The Supplier delivers the goods DAP Rongcheng (Incoterms 2020) within 100 days after signature and completes mooring and commissioning within 40 days after delivery, outside the typhoon warning periods announced by the local authorities.
P:5.2 The Supplier charters a suitable vessel and provides the mooring crew. The Buyer provides access to its farm, a berth at its pier and a liaison person who knows the farm rafts.
P:5.3 If the Supplier delays delivery or completion of commissioning for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract under Art. 15.
H:Art. 6 (Acceptance)
P:6.1 After the Deployment Certificate, a 21-day trial run takes place under the Acceptance Test Procedure in Annex 3.
P:6.2 The System passes when: (a) readings of each sensor type, compared with the Buyer's calibrated reference instruments at six stations, stay within the tolerances of Annex 1 (temperature ±0.1 °C, salinity ±0.2 PSU, dissolved oxygen ±0.3 mg/L); (b) data completeness during the trial run is at least 98% for every buoy; (c) alarm thresholds trigger SMS alarms to the farm duty phone within 2 minutes; (d) data appear correctly in the Buyer's farm management system; (e) all documentation, passwords and spare parts have been handed over.
P:6.3 Mooring, switching on, use of the data and payments do not constitute acceptance. If the trial run fails, the Supplier remedies the defects within 15 Working Days and the trial run is repeated.
P:6.4 When all criteria are met, the Buyer signs the Final Acceptance Certificate within 5 Working Days.
H:Art. 7 (Warranty)
P:7.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier repairs or replaces free of charge any defective buoy, sensor, gateway or software, including transport and vessel costs, and performs two maintenance campaigns per year (cleaning of biofouling, recalibration and battery check).
P:7.2 The warranty does not cover damage caused by ship collision, typhoons above the design sea state of Annex 1 or interference by third parties; such repairs are quoted separately.
H:Art. 8 (Maintenance after the warranty)
P:8.1 After the warranty period, the Buyer may order maintenance per year. The Annual Maintenance Fee is 7.5% of the Goods and Licence Subtotal, i.e. CNY 121,350 per year, fixed for the first three years after the warranty. Any later adjustment must be agreed in writing and may not exceed 3% per year.
P:8.2 The maintenance covers the same services and service levels as the warranty, except damage excluded under Art. 7.2. Each year is ordered separately; there is no automatic renewal.
H:Art. 9 (Service levels)
P:9.1 Critical fault (no data from more than a quarter of the buoys, or the platform unavailable): remote response within 1 hour, 24 hours a day; intervention at sea within 48 hours, weather and sea state permitting.
P:9.2 Major fault (no data from one buoy or one sensor type): response within 8 hours; intervention at sea within 5 days, weather permitting.
P:9.3 For each full hour by which the Supplier exceeds the critical-fault response time, the Buyer may deduct CNY 800; for each day by which it exceeds an intervention time without weather justification, CNY 2,000. Deductions are made from any amount due or from the guarantee.
H:Art. 10 (Data and security)
P:10.1 All monitoring data, positions, farm maps and alarm records are the property of the Buyer. The Supplier may use them only to perform the Contract and shall not copy, keep or use them for any other purpose.
P:10.2 The platform is installed on the Buyer's servers in Rongcheng. The Supplier's engineers, including those in France, may access the platform only through the Buyer's VPN, with a personal account and multi-factor authentication, after the Buyer has approved each session; sessions are logged and no data may be downloaded or transferred outside the People's Republic of China.
P:10.3 The Supplier shall keep firmware and gateways patched against known vulnerabilities and report any security incident affecting the System or the Buyer's data within 12 hours. The Supplier is liable for all losses caused by incidents attributable to it.
H:Art. 11 (Intellectual property)
P:11.1 Intellectual property in the buoy firmware and the platform software remains with the Supplier; the Buyer receives a perpetual, irrevocable licence to use them with the System.
P:11.2 The integration interface, dashboards, alarm rules and reports developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier delivers their source code at Final Acceptance.
H:Art. 12 (Confidentiality)
P:Each Party shall keep confidential the other Party's non-public technical and commercial information, including the Buyer's farm layout, yields and prices, and shall not disclose it without prior written consent, during the Contract and for five years after it ends.
H:Art. 13 (Subcontracting)
P:The Supplier may not subcontract any part of the work, including mooring work by a local marine contractor, without the Buyer's prior written consent. The Supplier remains responsible for the acts of any approved subcontractor.
H:Art. 14 (Liability and insurance)
P:14.1 The Supplier is liable for all damage caused to the Buyer by its breach of the Contract, including damage to kelp rafts and lines caused during mooring.
P:14.2 The Supplier maintains marine liability insurance covering its work at sea and provides a certificate before deployment.
H:Art. 15 (Termination)
P:15.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, if the delay under Art. 5.3 exceeds 45 days, or if the trial run fails twice.
P:15.2 On termination, the Supplier repays the amounts received for the parts not accepted and removes its equipment from the sea at its own cost if the Buyer so requests.
H:Art. 16 (Force majeure)
P:Neither Party is liable for delay caused by force majeure, including typhoons and official closures of the sea area, provided it notifies the other Party promptly and resumes performance as soon as possible.
H:Art. 17 (Governing law and disputes)
P:The Contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled amicably shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
H:Art. 18 (Miscellaneous)
P:The Contract enters into force on signature by both Parties. Amendments must be in writing. The Contract is signed in four originals, two for each Party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h168e04 — Changsha animation studio: managed IT + desktop support; provider on the Isle of Soay, Scottish style,
# "Clause N" numbering, .pdf (wrap_words)
# ---------------------------------------------------------------------------------------------------------------
H168E04 = """T:Managed IT Services Agreement
P:Agreement reference: SMS/CXA/2026/07
P:between
P:SOAY MANAGED SERVICES LIMITED, incorporated under the Companies Acts and registered in Scotland with number SC712348, having its registered office at The Old Schoolhouse, Isle of Soay, Highland, Scotland ("the Provider"); and
P:CHANGSHA XINGYU ANIMATION STUDIO CO., LTD., a company incorporated in the People's Republic of China, having its registered office at Yuelu District, Changsha, Hunan Province ("the Client").
P:WHEREAS the Client, an animation studio with about 180 artists, wishes to outsource the support of its desktop estate, render farm and storage; and the Provider has agreed to provide those services on the terms set out below, with all charges stated in Chinese yuan (CNY) at the Client's request;
P:NOW THEREFORE the parties agree as follows:
H:Clause 1 Definitions and interpretation
P:1.1 In this Agreement: "Services" means the managed IT services described in Clause 3 and the Schedule; "Service Commencement Date" means the date on which the Client signs the Transition Acceptance Certificate under Clause 4.4; "Initial Term" means 24 months from the Service Commencement Date; "Business Day" means a working day in the People's Republic of China; "Charges" means the charges set out in Clause 5.
H:Clause 2 Commencement and duration
P:2.1 This Agreement commences on the date of the last signature below and, subject to Clause 14, continues for the Initial Term.
P:2.2 Upon expiry of the Initial Term this Agreement shall continue automatically for successive Renewal Periods of one year each, unless either party gives the other not less than 90 days' written notice of termination before the end of the Initial Term or of the then current Renewal Period.
P:2.3 The Provider may revise the Charges with effect from the start of each Renewal Period in accordance with its rate card then current, by giving the Client not less than 60 days' written notice.
H:Clause 3 The Services
P:3.1 The Provider shall provide the following Services from the Service Commencement Date: (a) a service desk in Chinese and English for all users; (b) desktop support for about 180 Windows and Linux workstations, including installation, moves and changes, and liaison with hardware vendors for warranty repairs; (c) two on-site engineers at the Client's studio in Changsha on Business Days from 09:00 to 21:00; (d) monitoring and administration of the render farm (96 nodes) and the render queue; (e) monitoring and administration of the network-attached storage, including daily backups and a monthly test restore; (f) monthly patching of operating systems and management of endpoint antivirus software; (g) asset register and monthly service report.
H:Clause 4 Transition and acceptance
P:4.1 The Provider shall complete the transition from the Client's current in-house arrangements within 45 days after signature, in accordance with the transition plan in the Schedule.
P:4.2 Transition acceptance shall be confirmed when: (a) all workstations, render nodes and storage systems are enrolled in the Provider's monitoring and appear in the asset register; (b) a full backup and a test restore of a production project folder have been completed and verified by the Client; (c) runbooks for the render farm, the storage and the service desk have been delivered and approved by the Client; (d) the service desk has handled live tickets for 10 consecutive Business Days without a missed Priority 1 target.
P:4.3 The start of live ticket handling, the presence of the engineers on site and any payment do not constitute acceptance.
P:4.4 When the criteria in Clause 4.2 are met, the Client shall sign a Transition Acceptance Certificate within 3 Business Days or state in writing which criterion is not met.
P:4.5 If the Service Commencement Date does not occur within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Client liquidated damages of CNY 900 for each day of delay, up to a maximum of CNY 45,000.
H:Clause 5 Charges and payment
P:5.1 The Charges are: (a) a one-off Transition Charge of CNY 46,000; and (b) a Monthly Service Charge of CNY 58,500. The total Charges for the Initial Term are CNY 1,450,000 (CNY 46,000 plus 24 x CNY 58,500). All Charges include Chinese VAT.
P:5.2 The Transition Charge is invoiced after the Transition Acceptance Certificate has been signed. The Monthly Service Charge is invoiced monthly in arrears. No Charges are payable in advance.
P:5.3 Invoices are payable within 30 days of receipt.
H:Clause 6 Service levels
P:6.1 Incidents are prioritised as follows. Priority 1: the render farm, the storage or the studio network is unavailable, or more than 20 workstations cannot work. Priority 2: a single team or an important application is affected. Priority 3: a single user is affected or a request is made.
P:6.2 The Provider shall respond to Priority 1 incidents within 30 minutes at any time of day or night and restore service within 6 hours; respond to Priority 2 incidents within 2 hours during support hours and resolve them within 1 Business Day; and respond to Priority 3 incidents by the next Business Day and resolve them within 3 Business Days.
P:6.3 For each Priority 1 incident in which the response or restoration target is missed, the Provider shall give the Client a service credit of 3% of the Monthly Service Charge, and where Priority 2 targets are missed more than three times in a month, a further credit of 2%. Service credits in any month shall not exceed 18% of the Monthly Service Charge and shall be deducted from the next invoice.
P:6.4 The Provider shall deliver a monthly service report and attend a monthly review meeting.
H:Clause 7 Client Materials
P:7.1 All data, files, artwork, scenes, renders and other production assets of the Client held on the Client's systems ("Client Materials") remain the property of the Client.
P:7.2 The Provider shall use Client Materials only for the purpose of providing the Services and shall not sell, license or otherwise exploit them.
P:7.3 On termination the Provider shall return to the Client any Client Materials in its possession.
H:Clause 8 Intellectual property
P:8.1 The runbooks, scripts, configurations, the asset register and other documents prepared by the Provider specifically for the Client ("Deliverables") shall belong to the Client, which may use, modify and license them freely, including by handing them to a successor provider.
P:8.2 Tools and know-how that the Provider owned before this Agreement remain its property. Where such tools are embedded in a Deliverable, the Provider grants the Client a perpetual, royalty-free licence to use them with that Deliverable.
H:Clause 9 Personnel
P:9.1 The Provider shall name its on-site engineers and service manager in the transition plan and shall not replace them without the Client's prior written approval, save in case of illness or resignation.
H:Clause 10 Sub-contracting
P:The Provider shall not sub-contract or assign any of its obligations under this Agreement without the prior written consent of the Client. The Provider shall remain responsible for the acts and omissions of any approved sub-contractor as if they were its own.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep secret and confidential all information of the other party that it obtains under this Agreement, including unreleased productions, scripts, character designs and business plans of the Client, and shall not disclose it to any third party without the prior written consent of the other party.
P:11.2 This Clause 11 shall survive termination of this Agreement for a period of five years.
H:Clause 12 Liability
P:12.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by its negligence or for fraud.
P:12.2 Subject to Clause 12.1, the Provider's total aggregate liability to the Client arising under or in connection with this Agreement, whether in contract, in delict (including negligence), for breach of statutory duty or otherwise, shall not exceed 150 per cent of the total Charges payable for the Initial Term.
P:12.3 Neither party shall be liable for loss of profit, loss of anticipated savings or any indirect or consequential loss.
H:Clause 13 Insurance
P:The Provider shall maintain professional indemnity and public liability insurance during this Agreement.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice with immediate effect if the other party commits a material breach of this Agreement which, being capable of remedy, it fails to remedy within 30 days after receiving written notice requiring it to do so.
P:14.2 The Client may also terminate this Agreement by written notice if the Provider misses the Priority 1 response or restoration target on three or more occasions in any period of three consecutive months.
H:Clause 15 Exit
P:On expiry or termination, the Provider shall for up to 60 days provide reasonable exit assistance, hand over all Deliverables, passwords, administrator accounts and the asset register, and cooperate with any successor provider.
H:Clause 16 Force majeure
P:Neither party shall be liable for any failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly.
H:Clause 17 Notices
P:Notices shall be in writing and delivered by hand, courier or email to the addresses stated above.
H:Clause 18 Governing law and disputes
P:18.1 This Agreement shall be governed by and construed in accordance with the law of the People's Republic of China.
P:18.2 Any dispute arising out of or in connection with this Agreement which the parties cannot resolve within 30 days shall be referred to the Changsha Arbitration Commission for arbitration in Changsha in accordance with its rules. The arbitral award shall be final and binding on the parties.
H:Clause 19 General
P:This Agreement, together with the Schedule, constitutes the entire agreement between the parties and supersedes all prior proposals. No variation shall be effective unless made in writing and signed by both parties.
P:IN WITNESS WHEREOF these presents, consisting of this and the preceding pages together with the Schedule, are executed as follows:
P:Subscribed for and on behalf of SOAY MANAGED SERVICES LIMITED at the Isle of Soay on ____ 2026 by ____________________, Director, before this witness: ____________________
P:Signed for and on behalf of CHANGSHA XINGYU ANIMATION STUDIO CO., LTD. at Changsha on ____ 2026 by ____________________, legal representative.
P:Schedule: Part 1 Service Description; Part 2 Transition Plan; Part 3 Rates for Additional Work.
"""

# ---------------------------------------------------------------------------------------------------------------
# h168e05 — Pu'er coffee exporter: origin-certificate API subscription + integration; vendor on the Isola Pianosa,
# Italian style, "Article N" numbering, .txt
# ---------------------------------------------------------------------------------------------------------------
H168E05 = """API SUBSCRIPTION AND INTEGRATION AGREEMENT
OriginChain certificate service - Ref. PCD/2026/CN/031

BETWEEN

Pianosa Certificazioni Digitali S.r.l., with registered office at Localita Cala Giovanna, Isola Pianosa, 57034 Campo nell'Elba (LI), Italy, share capital EUR 50,000.00 fully paid-in, VAT number IT01987650497, registered with the Companies Register of Livorno under REA number LI-178432, in the person of its legal representative pro tempore, Dott.ssa Chiara Bertelli (hereinafter the "Provider")

AND

Pu'er Yunlu Coffee Import and Export Co., Ltd., with registered office in Simao District, Pu'er, Yunnan Province, People's Republic of China, in the person of its legal representative, Mr Li Wenhua (hereinafter the "Client")

(hereinafter jointly the "Parties" and each a "Party")

PREMISES

a) The Provider operates OriginChain, an online platform and application programming interface (API) that issues electronic certificates of origin and traceability for agricultural lots, including farm-plot geolocation, harvest and processing records, and makes them verifiable by importers and authorities through a QR code and a verification API;

b) the Client exports green Arabica coffee grown in Pu'er to roasters and traders in the European Union, which increasingly require verifiable origin and geolocation data for each lot;

c) the Client wishes to subscribe to the OriginChain API and to have the Provider connect it to the Client's ERP and export-documentation system, and has asked that all fees be stated and paid in Chinese yuan (CNY);

d) the Premises and the Annexes form an integral and substantial part of this Agreement.

NOW, THEREFORE, THE PARTIES AGREE AND STIPULATE AS FOLLOWS:

Article 1 - Definitions

1.1 "Platform" means the OriginChain platform, the API, the verification portal and their documentation. "Certificate" means an electronic certificate of origin and traceability issued through the Platform for one lot. "Integration Deliverables" means the connector between the Platform and the Client's ERP, the data mappings, the plot-data import tools, the scripts and the related documentation produced under Article 5. "Client Data" means all data that the Client or its farmers' cooperatives upload to the Platform or that the Platform generates from them, including plot coordinates, farmer names and identity numbers, harvest and lot data. "Business Day" means a day on which banks are open in both Milan and Kunming.

Article 2 - Object

2.1 The Provider grants the Client access to the Platform for the issue of up to 6,000 Certificates per subscription year and for the verification of Certificates by the Client's customers without limit.

2.2 The Provider shall develop and install the Integration Deliverables so that lots recorded in the Client's ERP are certified automatically, and the Certificate number and QR code are returned to the Client's export documents.

Article 3 - Fees

3.1 The fees are as follows:
- Subscription fee: CNY 126,000 per subscription year, for two subscription years: CNY 252,000;
- Integration fee (connector, mappings, import of about 3,400 farm plots, testing, two days of training in Pu'er): CNY 138,000, one-time;
- Total fees of this Agreement ("Total Fees"): CNY 390,000.

3.2 Certificates issued beyond 6,000 in a subscription year are charged at CNY 18 each and invoiced quarterly in arrears. They are not included in the Total Fees.

3.3 All fees include Chinese VAT. The Provider invoices through its authorised agent in Shanghai, which issues Chinese VAT invoices.

Article 4 - Term

4.1 The subscription runs for 24 months from the date of Integration Acceptance (the "Go-Live Date").

4.2 The Agreement expires at the end of the subscription without any automatic renewal. Any renewal requires a new written agreement between the Parties.

Article 5 - Integration and acceptance

5.1 The Provider shall complete the Integration Deliverables within 75 days after signature of this Agreement, according to the plan in Annex 2. The Client shall provide test access to its ERP, the plot files of its cooperatives and a contact person.

5.2 Integration Acceptance takes place when: (a) 200 test Certificates have been issued from ERP data with correct plot geolocation and lot references; (b) the Certificates have been verified successfully through the verification portal by a test account of one of the Client's importers; (c) Certificate numbers and QR codes have been returned to the Client's export documents without manual input; (d) the connector has operated for 10 consecutive Business Days without data errors. The Client confirms Integration Acceptance in writing. Access to the Platform for testing and any payment do not constitute acceptance.

5.3 If Integration Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay a penalty (penale) of CNY 300 for each calendar day of delay, up to 10% of the integration fee, without prejudice to the compensation of further damage.

Article 6 - Payment

6.1 The integration fee is invoiced on Integration Acceptance. The subscription fee is invoiced quarterly in arrears in instalments of CNY 31,500. No amount is payable in advance.

6.2 Invoices are payable within 30 days of the invoice date by bank transfer.

Article 7 - Availability and support

7.1 The Provider shall use commercially reasonable efforts to keep the Platform available 24 hours a day and to carry out planned maintenance at times of low traffic, announcing it on the Platform where possible.

7.2 Support requests are handled by e-mail during Italian business hours (Monday to Friday, 09:00 to 18:00 CET) and answered as soon as reasonably practicable. The Provider does not undertake any specific response or resolution time.

Article 8 - Intellectual property

8.1 The Platform, the API, the Certificate format and all their developments are and remain the exclusive property of the Provider.

8.2 The Integration Deliverables, including the connector, mappings, data models and scripts developed specifically for the Client, are and shall remain the exclusive property of the Provider. The Client receives a non-exclusive, non-transferable licence to use the Integration Deliverables for the duration of the subscription only and may not modify them, have them modified by third parties or use them with any other platform.

Article 9 - Client Data and data security

9.1 Client Data belongs to the Client. The Provider processes Client Data only to provide the service under this Agreement and in accordance with the Client's instructions, and does not use it for any other purpose.

9.2 Client Data is hosted in mainland China on the Provider's tenant with Alibaba Cloud (Hangzhou region). Certificate content is transmitted to importers in the European Union only on the Client's instruction, for each lot, in compliance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China; farmers' identity numbers are never included in Certificates.

9.3 The Provider maintains an information security management system certified to ISO/IEC 27001, encrypts Client Data in transit and at rest, restricts access to named staff on a need-to-know basis and logs all access.

9.4 The Provider shall notify the Client of any security incident affecting Client Data within 48 hours of becoming aware of it, cooperate in its investigation and remedy, and indemnify the Client against losses, fines and claims of farmers or importers arising from incidents attributable to the Provider.

9.5 At the end of the Agreement the Provider returns Client Data in CSV and GeoJSON format and deletes it within 30 days, except for the Certificates themselves, which remain verifiable for the retention period required by the importing countries.

Article 10 - Confidentiality

10.1 Each Party shall treat as confidential all information received from the other Party in connection with this Agreement, including prices, customer and supplier lists, and shall not disclose it to third parties without the other Party's prior written consent.

10.2 This obligation remains in force for three years after the end of the Agreement.

Article 11 - Liability

11.1 Each Party is liable for damage caused to the other Party by its breach of this Agreement.

11.2 Except in case of wilful misconduct or gross negligence, and except for Article 9.4, the Provider's total liability under this Agreement shall not exceed 125% of the Total Fees.

Article 12 - Subcontracting

12.1 The Provider may not subcontract the performance of this Agreement, in whole or in part, without the prior written consent of the Client. The hosting services of Alibaba Cloud and the Provider's invoicing agent in Shanghai are approved by the Client with the signature of this Agreement.

12.2 The Provider remains fully responsible towards the Client for the performance of any approved subcontractor.

Article 13 - Termination

13.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and does not remedy it within 30 days after receiving a written notice describing the breach.

13.2 The Client may also terminate this Agreement with immediate effect if Integration Acceptance has not occurred within 60 days after the date set in Article 5.1, in which case the Provider refunds any amounts received.

Article 14 - Force majeure

Neither Party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics and measures of public authorities, provided that it notifies the other Party promptly.

Article 15 - Governing law and disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitration shall be conducted in English and the award shall be final and binding.

Article 16 - Final provisions

16. This Agreement, with its Annexes, constitutes the entire agreement between the Parties on its object. Any amendment must be made in writing and signed by both Parties.

Annex 1: Platform and API description
Annex 2: Integration plan
Annex 3: Data fields and mappings

Place and date: Isola Pianosa, ____ 2026          Place and date: Pu'er, ____ 2026

The Provider                                      The Client
_____________________                              _____________________

Specific approval of clauses: in accordance with the Provider's standard practice, the Client declares that it has read and specifically approves the following Articles: 4.2 (no automatic renewal), 7 (availability and support), 8 (intellectual property), 11 (liability) and 15 (governing law and disputes).

The Client: _____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets: .md / .txt written as they are; .docx / .pdf built with ../word_pdf.py
# ---------------------------------------------------------------------------------------------------------------
TEXTS = {
    "h168z03_dental_lab_order_saas_three_years.md": H168Z03,
    "h168z04_county_natural_resources_platform_om.txt": H168Z04,
    "h168z05_pickle_factory_traceability_supplier_template.md": H168Z05,
    "h168e01_necktie_jacquard_design_licence_dutch_vendor.txt": H168E01,
    "h168e02_desert_camp_booking_saas_german_vendor.md": H168E02,
    "h168e05_coffee_exporter_origin_certificate_api_italian_vendor.txt": H168E05,
}
SOURCES = {"h168z01": H168Z01, "h168z02": H168Z02, "h168e03": H168E03, "h168e04": H168E04}
TARGETS = {"h168z01": ("h168z01_city_weather_bureau_grid_forecast_system.docx", "docx"),
           "h168z02": ("h168z02_steel_tube_mill_eddy_current_testing.pdf", "pdf"),
           "h168e03": ("h168e03_kelp_farm_monitoring_buoys_maintenance.docx", "docx"),
           "h168e04": ("h168e04_animation_studio_managed_it_scottish_provider.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
