"""Builds the Word and PDF contracts of holdout78 from the word_pdf markup kept below, so the files can be made again.

H78Z01 -> .docx (price table + fault-level table), H78Z02 -> .pdf (zh), H78E01 -> .pdf (en),
H78E03 -> .docx (price table + severity table). The .md and .txt contracts of this folder are plain files.
Run with /work/main/.venv/bin/python make_files.py (from any directory).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H78Z01 = """
T:东江省渔船动态监管平台建设项目合同
P:合同编号：DJYY-2025-ZC-0417
P:采购人（甲方）：东江省海洋渔业局
P:供应商（乙方）：海辰信息科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及东江省渔船动态监管平台建设项目（项目编号：DJCG-2025-0862）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责为甲方建设渔船动态监管平台，内容包括：为全省1,200艘海洋捕捞渔船供应并安装北斗/AIS双模船载终端；在沿海6处岸基站点建设AIS基站；供应监管中心服务器及存储设备；提供渔船动态监管平台软件许可；按甲方需求定制开发电子围栏越界告警、进出港报告、伏季休渔监管和渔政执法移动端等功能，并完成与甲方现有渔政执法系统、渔船证书管理系统的对接。
P:1.2 设备型号、技术参数、数量及功能清单以招标文件技术要求和乙方投标文件为准。乙方所供设备应为全新、未使用过的合格产品，船载终端应取得渔业船舶检验机构认可。
H:第二条 合同价款
P:2.1 本合同总价为人民币柒佰零捌万元整（¥7,080,000.00），为固定总价，包含设备、软件、定制开发、运输、安装、系统集成、培训、税费及质保期内的全部服务费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|北斗/AIS双模船载终端|1,200台|2,350|2,820,000
TB:2|岸基AIS基站（含天线及铁塔改造）|6套|186,000|1,116,000
TB:3|监管中心服务器及存储设备|1套|694,000|694,000
TB:4|渔船动态监管平台软件许可（永久）|1套|860,000|860,000
TB:|软硬件小计|||5,490,000
TB:5|定制开发（电子围栏、进出港报告、休渔监管、执法移动端）|1项|1,126,000|1,126,000
TB:6|安装调试及系统集成|1项|412,000|412,000
TB:7|培训|1项|52,000|52,000
TB:|合计|||7,080,000
P:2.2 合同履行期间，因甲方书面要求增减终端数量的，按上表单价据实结算，增减幅度不超过合同总价的10%。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥1,416,000。
P:3.2 全部终端安装完毕、平台上线并通过初步验收后，甲方支付合同总价的45%，计¥3,186,000。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%，计¥2,478,000。
P:3.4 乙方每次请款前应开具等额合法发票，甲方按财政资金支付程序办理付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后九十日内完成全部岸基基站建设及平台部署，在一百五十日内完成全部船载终端安装。船载终端在渔船在港期间安装，甲方协调各地渔港管理部门予以配合。
P:4.2 设备到货时由甲乙双方共同开箱清点，签收仅表示数量和外观相符，不代表质量验收。
P:4.3 乙方应为甲方及沿海各市、县渔业主管部门培训平台操作人员，培训不少于三期，并提交操作手册、维护手册及终端安装记录。
H:第五条 验收
P:5.1 初步验收条件：（1）全部终端完成安装入网，定位数据上报间隔不超过3分钟，连续7日轨迹完整；（2）6处基站正常接收AIS报文，覆盖范围达到招标文件要求；（3）电子围栏、进出港报告、休渔监管及执法移动端功能按功能清单逐项测试通过；（4）与渔政执法系统、渔船证书管理系统数据交换正确；（5）第三方测评机构出具的网络安全等级保护三级测评报告无高风险问题。
P:5.2 初步验收合格后进入为期三个月的试运行。试运行期间未发生一级故障、遗留问题全部整改完成的，甲方组织最终验收。最终验收以甲方签署书面验收报告为准。
P:5.3 平台上线使用、设备签收或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修复与版本升级以及7×24小时技术支持服务。
P:6.2 质保期内平台月可用率不低于99.95%。故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|平台中断，或50艘以上渔船位置数据中断|30分钟|3小时|8小时
TB:二级|部分功能异常，或单个基站中断|1小时|12小时|24小时
TB:三级|单船终端故障或一般咨询|2小时|按约定|72小时
P:6.3 乙方响应、到场或恢复超时的，每超时一小时向甲方支付人民币1,000元；平台月可用率每低于约定值0.01个百分点，向甲方支付人民币3,000元。上述款项由乙方在收到甲方书面通知后十日内支付。
P:6.4 质保期满后，如甲方需要续购运维服务，年度运维服务费不超过软硬件小计的8%（即每年不超过¥439,200），该费率在质保期满后两年内不得上调。运维服务合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、源代码、接口程序、数据库设计及技术文档，其知识产权归甲方所有，乙方应在最终验收时移交全部源代码及文档。甲方可自行或委托第三方修改、使用上述成果。
P:7.2 平台软件及终端嵌入式软件的知识产权归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。
P:7.3 乙方保证所供货物及软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 渔船位置数据、船员信息、执法记录及平台产生的全部业务数据均属于甲方所有，乙方仅可为履行本合同之目的使用，不得复制、留存、向任何第三方提供或用于其他用途。
P:8.2 平台部署于甲方政务云。乙方应按网络安全等级保护三级要求落实访问控制、加密传输和日志审计；乙方人员远程维护须经甲方逐次审批，并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、渔船及船员信息、执法数据负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成安装、验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计不超过合同总价的10%。
P:10.2 乙方所供设备或软件不符合合同约定的，乙方应负责更换、修复，并赔偿甲方由此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本合同。乙方如需将船载终端现场安装工作分包，应事先征得甲方书面同意，并对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或有其他重大违约行为经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、支付违约金及赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及本合同附件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：东江省海洋渔业局    乙方（盖章）：海辰信息科技股份有限公司
P:代表签字：__________    代表签字：__________
P:日期：2025年  月  日
"""

H78Z02 = """
T:在线水分检测系统采购及维保合同
P:合同编号：DZFK-SB-2025-031
P:甲方（买方）：滇中烟叶复烤有限公司
P:乙方（卖方）：科朗光电仪器（深圳）有限公司
P:为提升打叶复烤生产线的水分控制水平，甲方向乙方采购在线水分检测设备及配套软件，并由乙方提供安装、标定及维保服务。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、采购内容与价格
P:（一）乙方向甲方供应下列设备及软件，安装于甲方两条打叶复烤生产线的真空回潮、润叶、复烤机出口及预压打包等工段：
P:1. 近红外在线水分检测仪18台，单价96,000元，金额1,728,000元；
P:2. 微波烟包水分检测仪4台，单价158,000元，金额632,000元；
P:3. 数据采集网关及工控机1套，金额126,000元；
P:4. 水分监测与统计分析软件（含永久许可）1套，金额184,000元。
P:以上设备及软件小计2,670,000元。
P:（二）安装调试及标定服务费148,000元，操作及维护培训费22,000元。
P:（三）合同总价为人民币贰佰捌拾肆万元整（¥2,840,000），含税、运输、保险、安装及质保期内的全部服务费用。
P:（四）乙方保证所供设备为原厂生产的全新合格产品，不是样机、展示机或翻新设备，并享有完整的销售及软件许可权利。
H:二、交货与安装
P:（一）乙方应于合同签订后六十日内将全部设备运抵甲方厂区，并在甲方年度停机检修期内完成安装，具体安装时间以甲方生产计划为准。
P:（二）设备到货后双方共同清点签收，签收仅确认数量及外观，不视为验收。
P:（三）乙方应提供每台设备的出厂检验报告、计量器具型式批准证书及中文操作维护手册。
P:（四）设备包装应适合长途运输和多次装卸，并有防潮、防震措施。因包装不当造成设备损坏的，由乙方负责免费更换，由此延误的交货期按逾期交货处理。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的百分之二十，计568,000元；
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的百分之四十，计1,136,000元；
P:（三）最终验收合格后，甲方支付合同总价的百分之三十五，计994,000元；
P:（四）其余百分之五（142,000元）作为质量保证金，质保期满且无未解决的质量问题后一次性无息支付。
H:四、验收
P:（一）设备安装完成后进入标定期。乙方应针对甲方主要产区的烟叶等级建立标定模型，以烘箱法为基准逐台比对，每台检测仪在工艺要求的水分区间内测量偏差不大于±0.3个百分点。
P:（二）标定完成后连续生产运行三十日，检测数据实时接入甲方集控系统和MES，数据完整、无中断，且未发生影响生产的设备故障的，乙方方可申请最终验收。
P:（三）最终验收由甲方组织，甲方质检、设备及信息部门共同参加，双方签署书面验收报告。验收不合格的，乙方应在十日内整改并重新验收。设备投入生产使用不视为验收合格。
H:五、质保与维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起算。质保期内设备硬件故障由乙方免费维修或更换，软件免费升级。
P:（二）故障响应：一级故障（影响水分闭环控制，或两台以上检测仪同时失效）乙方应在接到甲方通知后8小时内响应，24小时内到达现场；二级故障（单台检测仪失效）24小时内响应，48小时内到达现场；三级故障（数据偏差、软件功能问题）48小时内响应并远程处理。
P:（三）乙方到达现场超过约定时限的，每超时一小时，甲方可从质量保证金中扣除500元。一级故障在到场后48小时内仍无法修复的，乙方应免费提供同型号备用检测仪，直至故障设备修复。
P:（四）每个复烤季开机前，乙方应免费上门对全部检测仪进行一次校准和保养，并出具校准记录。
P:（五）质保期满后，甲方可向乙方续购维保服务，年度维保费按设备及软件小计的百分之九计取（即每年240,300元），含每年两次上门校准，三年内不作调整。维保合同每年另行签订。
H:六、知识产权
P:（一）乙方为甲方建立的标定模型、标定参数，以及与甲方集控系统、MES的接口程序归甲方所有，乙方应在最终验收时一并移交。
P:（二）检测仪嵌入式软件及分析软件的著作权归乙方，甲方享有永久使用权。
H:七、数据安全
P:（一）检测数据、水分曲线、工艺参数及配方信息属于甲方所有。乙方仅可为设备维护目的访问，不得复制、留存或用于其他用途。
P:（二）乙方不得在设备或软件中预留未经甲方知悉的远程访问通道。乙方远程维护须经甲方信息部门逐次审批，并在甲方监控下通过专用通道进行；发生数据泄露或篡改的，乙方应在2小时内报告，并对因其原因造成的损失承担赔偿责任。
H:八、保密
P:乙方对履行合同过程中知悉的甲方生产工艺、配方、产量及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意或重大过失造成的损失除外。
H:十、分包
P:乙方不得将本合同项下的安装、标定工作分包给第三方；确需分包的，应事先取得甲方书面同意。
H:十一、合同解除
P:乙方逾期交货超过三十日，设备经两次整改仍未通过验收，或有其他严重违约行为经甲方书面催告后十五日内未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并承担违约责任。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交玉溪仲裁委员会仲裁。
H:十三、技术要求
P:（一）近红外在线水分检测仪测量范围为8%～25%，分辨率0.01%，防护等级不低于IP65，应能在环境温度0～50℃、粉尘较大的复烤车间内长期连续运行，并配备自动清洁及温度补偿功能。
P:（二）微波烟包水分检测仪应能对整包烟叶进行无损检测，单包检测时间不超过6秒，检测结果自动与烟包条码关联并上传。
P:（三）水分监测软件应具备实时曲线、超限报警、班次及批次统计报表、历史数据查询功能，数据保存期限不少于五年，并提供标准OPC UA接口。
H:十四、培训与备品备件
P:（一）乙方应在设备安装期间对甲方操作、维修及质检人员进行现场培训，培训不少于三天，培训后受训人员应能独立完成日常校准、清洁及一般故障处理。
P:（二）乙方应随设备免费提供两年用量的易损件，并保证在设备停产后不少于八年内持续供应备品备件，备件价格不高于本合同签订时的报价。
H:十五、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产、消防及烟叶仓储管理规定，动火作业须办理审批手续。因乙方人员违反规定造成安全事故的，由乙方承担全部责任。
H:十六、不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供证明，履行期限相应顺延。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《设备技术规格表》、附件二《标定方案》为本合同组成部分。本合同未尽事宜，双方可另行签订补充协议。
P:甲方（盖章）：滇中烟叶复烤有限公司    乙方（盖章）：科朗光电仪器（深圳）有限公司
P:日期：2025年  月  日
"""

H78E01 = """
T:LICENCE AND SUPPORT AGREEMENT - RESINGRADE OPTICAL GRADING SYSTEM
P:Agreement No. TVS/CN/2025/014
P:BETWEEN THE UNDERSIGNED:
P:Tadjourah Vision Systems SARL, a limited liability company (société à responsabilité limitée) registered with the Trade and Companies Register of Djibouti under No. 2016 B 0713, having its registered office at Rue de Marseille, Plateau du Serpent, Djibouti, Republic of Djibouti, represented by Mr Ahmed Houmed Ali, its Managing Director (gérant), hereinafter referred to as "the Licensor",
P:AND:
P:Xiamen Haiyun Aromatic Resins Import & Export Co., Ltd., a company incorporated under the laws of the People's Republic of China, with unified social credit code 91350200MA8T5K2Q6R, having its registered office at Haicang District, Xiamen, Fujian Province, represented by Ms Lin Qiaoyun, its legal representative, hereinafter referred to as "the Licensee",
P:the Licensor and the Licensee being hereinafter referred to individually as "a Party" and together as "the Parties".
H:PREAMBLE
P:WHEREAS the Licensee imports frankincense (Boswellia sacra and Boswellia carterii) from the Horn of Africa and the Arabian Peninsula, sorts it at its plant in Xiamen and exports the resin in commercial grades to perfumers, pharmaceutical companies and incense makers;
P:WHEREAS the Licensor has developed and markets ResinGrade, a machine-vision software which grades resin tears by colour, translucency, size and foreign matter, and supplies the related installation, model development and support services;
P:WHEREAS the Licensee wishes to replace the manual grading on its four sorting lines by optical grading, the cameras, lighting and conveyors being supplied by the Licensee under a separate contract;
P:NOW THEREFORE, the Parties have agreed as follows.
H:Article 1 - Definitions
P:1.1 "Software" means the ResinGrade software in object code, version 3.4 and any update or new version supplied under the present Agreement.
P:1.2 "Grading Station" means one sorting line equipped with cameras and a grading computer on which the Software is installed.
P:1.3 "Grade Model" means the classification model trained by the Licensor on the Licensee's reference samples, together with the grade rules configured for the Licensee's commercial grades (Hojari, Superior, Grade 1 to Grade 3 and siftings).
P:1.4 "Licensee Data" means all images, grading records, lot and container data, production figures and any other data captured or generated at the Licensee's plant.
P:1.5 "Provisional Acceptance" and "Final Acceptance" have the meaning given in Article 6.
H:Article 2 - Object of the Agreement
P:2.1 The present Agreement sets out the conditions under which the Licensor grants the Licensee a licence to use the Software on four (4) Grading Stations, develops the Grade Model, installs and commissions the Software, trains the Licensee's operators and provides warranty and support services.
P:2.2 The technical specifications and the implementation plan are set out in Annex 1 and Annex 2, which form an integral part of the present Agreement.
H:Article 3 - Price
P:3.1 The total price of the present Agreement is CNY 998,000 (nine hundred and ninety-eight thousand Renminbi), all taxes included ("the Total Price"), broken down as follows:
P:(a) Licence Fee for four (4) Grading Stations: CNY 720,000;
P:(b) development of the Grade Model on the Licensee's reference samples: CNY 186,000;
P:(c) installation and commissioning at the Licensee's plant in Xiamen: CNY 64,000;
P:(d) training of twelve operators and two supervisors: CNY 28,000.
P:3.2 The Total Price is firm and not subject to revision. It includes the travel and living expenses of the Licensor's staff.
H:Article 4 - Terms of payment
P:4.1 The Total Price shall be paid by bank transfer as follows:
P:(a) twenty per cent (20%), i.e. CNY 199,600, within fifteen (15) days of signature, against the Licensor's pro-forma invoice;
P:(b) forty-five per cent (45%), i.e. CNY 449,100, within thirty (30) days of the Provisional Acceptance;
P:(c) thirty-five per cent (35%), i.e. CNY 349,300, within thirty (30) days of the Final Acceptance.
P:4.2 Bank charges outside China are borne by the Licensor.
H:Article 5 - Installation and delays
P:5.1 The Licensor shall install the Software, deliver the Grade Model and commission the four Grading Stations within seventy-five (75) days of receipt of the payment under Article 4.1(a), provided the Licensee's cameras and conveyors are in place.
P:5.2 Should the Licensor fail to complete commissioning within the said period for reasons attributable to it, it shall pay the Licensee a penalty of zero point one per cent (0.1%) of the Total Price per calendar day of delay, without the need for formal notice. The total of such penalties shall not exceed ten per cent (10%) of the Total Price.
H:Article 6 - Acceptance
P:6.1 Provisional Acceptance tests shall be carried out jointly on a reference set of two thousand (2,000) tears graded beforehand by the Licensee's panel of three senior graders. The tests are passed when: (a) the grade assigned by the Software agrees with the panel's grade for at least ninety-five per cent (95%) of the tears; (b) each Grading Station processes at least 180 kg per hour; (c) bark, sand and other foreign matter are rejected as specified in Annex 1; and (d) lot reports are correctly exported to the Licensee's ERP. The Parties then sign a Provisional Acceptance certificate.
P:6.2 Final Acceptance shall be pronounced after sixty (60) days of production use following Provisional Acceptance, provided that no Severity 1 incident remains open and that the monthly sample checks confirm the agreement level in Article 6.1(a). The Parties sign a Final Acceptance certificate.
P:6.3 Neither the use of the Grading Stations in production nor any payment shall constitute acceptance.
H:Article 7 - Warranty
P:7.1 The Licensor warrants that the Software and the Grade Model will perform in accordance with Annex 1 for eighteen (18) months from the date of Final Acceptance ("the Warranty Period").
P:7.2 During the Warranty Period the Licensor shall correct any defect free of charge, supply all updates and new versions, and retrain the Grade Model once per year on new samples provided by the Licensee.
H:Article 8 - Support and service levels
P:8.1 The Licensor provides a hotline and remote assistance in English and French, and in Chinese through its interpreter, on the following terms:
P:(a) Severity 1 (a Grading Station stopped, or grades wrongly assigned across a whole lot): response within two (2) hours at any time, workaround within twelve (12) hours;
P:(b) Severity 2 (degraded grading or throughput): response within eight (8) hours, correction within three (3) working days;
P:(c) Severity 3 (other questions): response within two (2) working days.
P:8.2 For each hour by which the Licensor exceeds the Severity 1 response or workaround time, the Licensor shall credit the Licensee CNY 500, deducted from the next payment due or from the support fee.
P:8.3 After the Warranty Period the Licensee may order Annual Support, which covers the services of Article 7.2 and Article 8.1. The Annual Support fee is eleven per cent (11%) of the Licence Fee, i.e. CNY 79,200 per year, and shall not be increased during the first three (3) years after the Warranty Period. Annual Support is ordered by written purchase order each year and is not renewed automatically.
H:Article 9 - Intellectual property
P:9.1 The Software remains the exclusive property of the Licensor. The Licensor grants the Licensee a perpetual, non-exclusive and non-transferable licence to use the Software on four Grading Stations for its own business.
P:9.2 The Grade Model, including the trained parameters and the grade rules configured for the Licensee, as well as the scripts and documentation relating to it, is and shall remain the exclusive property of the Licensor, which may reuse it for other customers. The Licensee receives a non-exclusive right to use the Grade Model together with the Software; it may not modify, copy or disclose it, nor have it used or maintained by a third party.
H:Article 10 - Licensee Data and data security
P:10.1 Licensee Data belongs to the Licensee. The Licensor may process it solely to perform the present Agreement and shall not retain, sell or use it for any other purpose.
P:10.2 Licensee Data is stored on the Licensee's servers in Xiamen. The Licensor accesses the Grading Stations only through a VPN session opened by the Licensee for each intervention, with individual accounts and logging, and shall not copy Licensee Data outside the Licensee's systems. Reference images needed for retraining are processed on the Licensee's premises.
P:10.3 The Licensor shall notify the Licensee of any security incident affecting Licensee Data within twenty-four (24) hours of becoming aware of it, shall take all measures to contain it, and shall compensate the Licensee for the loss resulting from any incident caused by the Licensor or its staff.
H:Article 11 - Confidentiality
P:Each Party shall keep confidential all information received from the other Party in connection with the present Agreement, in particular the Licensee's suppliers, prices, grade standards and customers, and shall not disclose it to third parties without the other Party's prior written consent. This obligation survives for five (5) years after the end of the present Agreement.
H:Article 12 - Subcontracting
P:The Licensor may entrust all or part of the installation, model development or support services to its affiliates or to subcontractors of its choice, provided it informs the Licensee in writing of the subcontractor's identity before the work starts. The Licensor remains responsible to the Licensee for the subcontracted services.
H:Article 13 - Liability
P:13.1 Each Party is liable for the direct damage caused to the other Party by its failure to perform the present Agreement.
P:13.2 The total liability of the Licensor under the present Agreement, penalties included, is limited to one hundred and fifty per cent (150%) of the Total Price, except in case of fraud, gross negligence or breach of Article 10.
H:Article 14 - Termination
P:Either Party may terminate the present Agreement by registered letter if the other Party commits a material breach of its obligations and fails to remedy it within thirty (30) days of receiving a formal notice (mise en demeure) to do so. In case of termination for the Licensor's breach before Final Acceptance, the Licensor shall refund the amounts received, less the price of any Grading Station accepted and kept by the Licensee.
H:Article 15 - Force majeure
P:Neither Party is liable for a failure caused by an event of force majeure. The Party affected shall inform the other without delay. If the event lasts more than sixty (60) days, either Party may terminate the present Agreement by written notice.
H:Article 16 - Governing law and disputes
P:16.1 The present Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute which the Parties cannot settle amicably within thirty (30) days shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding on the Parties.
H:Article 17 - Final provisions
P:17.1 The present Agreement, with its Annexes, is the entire agreement of the Parties on its subject. It may be amended only by a written amendment signed by both Parties.
P:17.2 The present Agreement is made in English in two (2) originals, one for each Party. It enters into force on the date of the last signature.
P:Done at Djibouti, on ____________ 2025          Done at Xiamen, on ____________ 2025
P:For the Licensor: Ahmed Houmed Ali, Gérant          For the Licensee: Lin Qiaoyun, Legal Representative
P:Annex 1: Technical specifications and grade definitions. Annex 2: Implementation plan.
"""

H78E03 = """
T:Supply, Installation and Maintenance Agreement - Brine Density Monitoring System
P:Contract No. CPI-2025-CN-07
P:This Agreement is made between:
P:(1) Caribe Process Instruments N.V., a company with limited liability incorporated in Aruba, registered with the Aruba Chamber of Commerce and Industry under number 41877.0, with its office at Sabana Berde 83, Oranjestad, Aruba (the "Integrator"); and
P:(2) Bohai Bay Sea Salt Works Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at Nanpaihe Town, Huanghua, Hebei Province (the "Company").
P:Background: The Company produces sea salt by solar evaporation in a field of evaporation and crystallisation ponds and wishes to replace manual hydrometer readings with continuous monitoring of brine density and pond levels. The Integrator supplies and maintains process instrumentation for salt works and desalination plants in the Caribbean, Latin America and Asia.
H:1. Definitions
P:1.1 "Equipment" means the sensors, transmitters, gateways, accessories and spare parts listed in Clause 3.
P:1.2 "Software" means the brine-monitoring SCADA software licensed under Clause 3, and the firmware embedded in the Equipment.
P:1.3 "Site" means the Company's pond field and control building at Huanghua.
P:1.4 "Commissioning" means the date on which the Integrator notifies the Company in writing that all Equipment is installed, powered and transmitting data to the Software.
P:1.5 "Final Acceptance" means the Company's signature of the Final Acceptance Certificate under Clause 6.
H:2. Scope of Supply
P:2.1 The Integrator shall supply, deliver, install, configure, calibrate and commission the Equipment and the Software, integrate them with the Company's control room, train the Company's staff and provide the warranty and maintenance services described in this Agreement.
P:2.2 Civil works (foundations, cable trenches and mains power to each measuring point) are the Company's responsibility and shall be completed in accordance with the Integrator's drawings issued within fifteen (15) days after signature.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,680,000 (one million six hundred and eighty thousand Renminbi), inclusive of VAT, delivered DAP Site (Incoterms 2020), made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Inline brine density sensor, vibrating-tube type, titanium wetted parts|24|38,500|924,000
TB:2|Radar level transmitter for evaporation ponds|16|14,200|227,200
TB:3|Solar-powered RTU with LoRa gateway|8|22,600|180,800
TB:4|Brine-monitoring SCADA software licence (perpetual, one server)|1|146,000|146,000
TB:|Equipment and Software subtotal|||1,478,000
TB:5|Installation, configuration and commissioning|1|168,000|168,000
TB:6|Calibration against laboratory readings and staff training|1|34,000|34,000
TB:|Contract Price|||1,680,000
P:3.2 The Contract Price is fixed for the scope in Clause 2 and includes packing, freight, insurance, import clearance and the Integrator's travel costs.
H:4. Terms of Payment
P:4.1 The Company shall pay the Contract Price as follows:
P:(a) 25% (CNY 420,000) as an advance payment within fifteen (15) days after receipt of an advance payment guarantee from a bank acceptable to the Company;
P:(b) 50% (CNY 840,000) within thirty (30) days after delivery of all Equipment to Site and signature of the delivery receipt;
P:(c) 25% (CNY 420,000) within thirty (30) days after Final Acceptance.
P:4.2 Signature of the delivery receipt confirms quantities and visible condition only and does not constitute acceptance of the Equipment.
H:5. Delivery and Delay
P:5.1 The Integrator shall deliver all Equipment to Site within ninety (90) days after receipt of the advance payment and shall reach Commissioning within forty-five (45) days after delivery, provided the civil works are complete.
P:5.2 If the Integrator fails to deliver or to reach Commissioning by the dates in Clause 5.1, it shall pay the Company liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:6. Testing and Acceptance
P:6.1 After Commissioning the Parties shall carry out Site Acceptance Tests in accordance with the test plan in Schedule 2. The tests are passed when: (a) the density reading of each sensor agrees with the Company's laboratory hydrometer within 0.5 degree Baumé in three sampling rounds at different brine concentrations; (b) each level transmitter agrees with the staff gauge within 10 mm; (c) every measuring point reports to the Software at intervals of no more than 60 seconds; and (d) alarms for high and low density are raised on the control-room screens and by text message.
P:6.2 After the Site Acceptance Tests the system shall run for twenty-one (21) consecutive days without a Critical fault. The Company shall then sign the Final Acceptance Certificate, or state in writing the defects preventing it, within ten (10) days.
P:6.3 Use of the system by the Company before Final Acceptance does not constitute acceptance.
H:7. Warranty
P:7.1 The Integrator warrants that the Equipment and Software will be free from defects in design, materials and workmanship for a period of six (6) months from Commissioning (the "Warranty Period").
P:7.2 In view of the corrosive brine environment, seals, O-rings and cleaning wipers are consumables and are not covered by the warranty. Defective Equipment shall be repaired or replaced at the Integrator's cost, including freight and import duties.
H:8. Service Levels
P:8.1 During the Warranty Period and any maintenance period ordered under Clause 9, the Integrator shall provide remote support through its support centre and on-site support through its local installation partner, as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:Critical|SCADA server down, or no density data from a whole pond group|1 hour|24 hours|48 hours
TB:Major|Two or more measuring points out of service|8 hours|3 days|5 days
TB:Minor|One measuring point, or a reporting or display issue|2 business days|as agreed|10 days
P:8.2 For each hour by which the Integrator exceeds a Critical response or restoration time, the Integrator shall pay the Company CNY 800, which the Company may deduct from any amount due to the Integrator.
H:9. Maintenance after the Warranty Period
P:9.1 After the Warranty Period the Company may order annual maintenance, covering two calibration visits a year, remote support under Clause 8 and replacement of defective Equipment.
P:9.2 Maintenance will be charged at the Integrator's standard maintenance rates applicable at the time of each order. The Integrator reviews its rates annually and will send the Company a quotation before each maintenance year.
H:10. Intellectual Property
P:10.1 The SCADA screens, pond maps, density trend reports, alarm configurations and all configuration files prepared for the Company under this Agreement belong to the Company, which may use, change and hand them to any other contractor.
P:10.2 The Software and the firmware remain the property of the Integrator or its licensors. The Company receives a perpetual, non-exclusive licence to use them at the Site.
H:11. Company Data and Security
P:11.1 All measurement data, pond records and production figures collected by the system belong to the Company. The Integrator may use them only to perform this Agreement and shall not copy, keep or disclose them.
P:11.2 Remote access by the Integrator shall take place only through a VPN session opened by the Company for each intervention, using named accounts, and shall be logged. The Integrator shall keep its support systems protected by up-to-date security measures.
P:11.3 The Integrator shall notify the Company within twenty-four (24) hours of any security incident affecting the Company's systems or data and shall be liable for the Company's losses caused by such an incident if it results from the Integrator's act or omission.
H:12. Confidentiality
P:Each Party shall treat as confidential the other Party's technical and commercial information received under this Agreement, including the Company's production volumes and pond layout, and shall not disclose it to any third party without the other Party's prior written consent, during this Agreement and for three (3) years thereafter.
H:13. Subcontracting
P:13.1 The Company approves Tianjin Haitong Instrument Engineering Co., Ltd. as the Integrator's local installation and on-site service partner.
P:13.2 The Integrator shall not subcontract any other part of the work without the Company's prior written consent, and remains fully responsible for the work of its subcontractors.
H:14. Liability
P:Each Party shall be liable to the other for the loss and damage caused by its breach of this Agreement in accordance with the governing law. Neither Party is liable for loss of profit or other indirect loss, except in case of wilful misconduct.
H:15. Termination
P:15.1 The Company may terminate this Agreement by written notice if the Integrator commits a material breach and fails to remedy it within thirty (30) days after written notice, or if the liquidated damages under Clause 5.2 reach their maximum.
P:15.2 On termination for the Integrator's breach, the Integrator shall refund the amounts paid for Equipment not accepted, against return of that Equipment.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The language of the arbitration shall be English.
H:17. General
P:17.1 This Agreement, with Schedule 1 (Technical Specification) and Schedule 2 (Test Plan), is the entire agreement between the Parties. Amendments shall be in writing and signed by both Parties.
P:17.2 This Agreement is signed in two originals in English.
P:Signed for Caribe Process Instruments N.V.: ______________________  Name: Ruben Croes  Title: Managing Director
P:Signed for Bohai Bay Sea Salt Works Co., Ltd.: ______________________  Name: Zhao Hongmei  Title: General Manager
"""

SOURCES = {"h78z01": H78Z01, "h78z02": H78Z02, "h78e01": H78E01, "h78e03": H78E03}
TARGETS = {"h78z01": ("h78z01_fisheries_bureau_vessel_monitoring_platform.docx", "docx"),
           "h78z02": ("h78z02_redrying_plant_online_moisture_analysers.pdf", "pdf"),
           "h78e01": ("h78e01_frankincense_exporter_resin_grading_licence.pdf", "pdf"),
           "h78e03": ("h78e03_salt_works_brine_density_sensors_maintenance.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
