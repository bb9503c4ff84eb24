"""Builds the .docx and .pdf contracts of holdout58 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py (writes into this folder).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H58Z01 = """
T:青江省农产品质量安全追溯平台建设项目合同
P:合同编号：QJNY-ZS-2026-017
P:采购人（甲方）：青江省农业农村厅
P:供应商（乙方）：北辰数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及青江省农产品质量安全追溯平台建设项目（项目编号：QJCG-2026-0412）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设青江省农产品质量安全追溯平台（以下简称"平台"），包括省级追溯平台软件的许可与部署、定制开发、快检数据采集终端和追溯标签打印机的供货与安装、与国家农产品质量安全追溯管理信息平台（以下简称"国家平台"）的对接、培训，以及质保期内的运行维护。
P:1.2 平台部署在青江省政务云，覆盖省、16个设区市、98个县（市、区）农业农村部门及乡镇农产品质量安全监管站，面向生产经营主体提供主体注册、承诺达标合格证开具、追溯码赋码、快检数据上传和公众扫码查询等服务。
P:1.3 平台的详细功能、性能指标及设备技术参数以招标文件第五章《采购需求》和乙方投标文件技术响应表为准，上述文件均为本合同的组成部分。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰柒拾捌万元整（¥3,780,000.00），为固定总价，包含软件许可、定制开发、设备、运输、安装、对接、培训、税费及质保期内运行维护的全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|追溯平台软件许可（省级平台及市县节点，永久许可）|1套|1,180,000|1,180,000
TB:2|定制开发（主体管理、合格证开具、快检数据对接、移动端小程序）|1项|1,026,000|1,026,000
TB:3|快检数据采集终端|86台|9,800|842,800
TB:4|追溯标签打印机|120台|3,600|432,000
TB:5|政务云部署及国家平台对接|1项|238,000|238,000
TB:6|培训（省、市、县三级管理人员及主体操作员）|1项|61,200|61,200
TB:合计||||3,780,000
P:2.2 第1、3、4项（软件许可费和设备费）合计人民币2,454,800元，作为第七条运行维护费的计费基数。
P:2.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（银行保函），终验合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即人民币756,000元。
P:3.2 平台初验合格后十个工作日内，甲方支付合同总价的45%，即人民币1,701,000元。
P:3.3 平台终验合格后十个工作日内，甲方支付合同总价的35%，即人民币1,323,000元。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。
H:第四条 交付期限与甲方配合
P:4.1 乙方应于合同签订后九十日内完成平台部署、设备安装和国家平台对接，并向甲方提交初验申请；初验合格后平台进入三个月试运行期。
P:4.2 设备应送达甲方指定的各市、县农业农村部门，由使用单位签收。签收仅表示设备数量、型号和外观无误，不构成验收。
P:4.3 甲方负责协调政务云资源和国家平台对接账号。因甲方原因造成延误的，交付期限相应顺延。
H:第五条 验收
P:5.1 初验由甲方组织，验收标准为：（1）《采购需求》所列功能逐项测试通过；（2）在1,000个并发用户条件下，常用查询和开具合格证页面的响应时间不超过3秒；（3）与国家平台的主体、合格证和追溯码数据对接连续七日无差错；（4）随机抽取200条快检记录，平台数据与终端原始记录逐条一致；（5）平台通过网络安全等级保护第三级测评和商用密码应用安全性评估。
P:5.2 试运行期满、平台运行稳定且试运行期间未发生一级故障，乙方提交全部技术文档和定制开发源代码后，甲方组织终验。终验标准为初验标准在试运行期间持续满足，且培训和文档移交已完成。甲方可邀请第三方测评机构参加验收。
P:5.3 验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。平台上线运行、甲方使用或甲方付款均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台年可用率不低于99.95%（经甲方同意的计划内维护时间除外）。年可用率每低于承诺值0.01个百分点，乙方向甲方支付违约金人民币2,000元。
P:6.2 乙方提供7×24小时技术支持热线和远程服务，故障分级及处理时限如下：
TB:故障级别|情形|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用、数据丢失或错误、国家平台对接中断|30分钟|2小时|6小时
TB:二级|主要功能不可用，或一个设区市以上的终端无法上传数据|1小时|8小时|24小时
TB:三级|单项功能异常或个别设备故障|2小时|2个工作日|5个工作日
P:6.3 乙方未在上述时限内响应、到场或恢复的，每超时一小时，一级故障支付人民币1,000元，二级故障支付人民币500元，三级故障支付人民币200元，甲方可从应付款项或履约保证金中直接扣除。
H:第七条 质量保证与运行维护
P:7.1 质保期为终验合格之日起三十六个月。质保期内乙方免费提供软件缺陷修复、版本升级、设备维修或更换，以及平台运行维护。
P:7.2 质保期满后，甲方如需乙方继续提供运行维护服务，年度服务费不超过第2.2款所述计费基数的8%，即每年不超过人民币196,384元，质保期满后前两年不作调整；此后如需调整，由双方书面协商确定，年调整幅度不超过3%。运行维护合同逐年签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的软件、接口程序、数据库设计及相关文档的知识产权归甲方所有，乙方应在终验前交付全部源代码。甲方可自行或委托第三方使用、修改和再开发，无需另行取得乙方同意或支付费用。
P:8.2 平台基础软件的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及全省各级农业农村部门。
P:8.3 乙方保证所提供的软件和设备不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台采集和产生的全部数据，包括生产经营主体信息、检测数据、合格证和追溯数据，均归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求，采取访问控制、加密传输与存储、操作审计等安全措施；运维操作须经甲方审批并通过堡垒机进行，不得将数据复制到政务云以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成的，乙方承担全部赔偿责任。合同终止后，乙方应按甲方要求移交并删除其持有的全部数据。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方违反第九条、第十条约定的，应赔偿甲方因此遭受的全部损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转让或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：青江省农业农村厅        乙方（盖章）：北辰数智科技有限公司
P:日期：2026年  月  日
"""

H58Z02 = """
T:石峪煤矿井下人员精确定位系统采购及维护合同
P:合同编号：SY-WZ-2026-0083
P:买方（甲方）：晋北能源集团石峪煤业有限公司
P:卖方（乙方）：矿安智联科技有限公司
P:为满足《煤矿安全规程》和煤矿井下人员定位系统相关标准的要求，甲方决定对石峪煤矿原有的区域式人员定位系统进行升级改造，采用UWB精确定位技术。经竞争性谈判，乙方为成交供应商。双方依据《中华人民共和国民法典》，就设备采购、井下安装及后续维护事宜订立本合同。
H:一、供货范围与合同价款
P:（一）乙方负责提供井下人员精确定位系统的全部设备和软件，完成井下安装、光缆敷设、调试，与矿井安全监控系统及上级煤矿安全监管联网平台对接，并在质保期满后按本合同第八条提供维护服务。
P:（二）合同总价为人民币叁佰贰拾捌万元整（¥3,280,000.00），含设备、软件、运输、井下安装、调试、联网对接、培训及质保期内服务的全部费用。明细如下：
P:1. 矿用本安型UWB定位基站，96台，单价16,800元，金额1,612,800元；
P:2. 人员定位识别卡（含充电架），1,400张，单价380元，金额532,000元；
P:3. 矿用定位分站及隔爆兼本安型电源，24套，单价12,500元，金额300,000元；
P:4. 地面中心设备（服务器、交换机、显示大屏及不间断电源），1套，金额268,000元；
P:5. 人员定位系统软件（含联网上传模块），1套，金额186,000元。
P:以上设备及软件小计为人民币2,898,800元。
P:6. 井下安装、光缆敷设及调试，金额338,000元；
P:7. 联网对接及培训，金额43,200元。
P:（三）乙方提供的井下设备必须取得有效的矿用产品安全标志证书和防爆合格证，随货提供证书复印件，原件备查。
H:二、交货与安装
P:（一）乙方应在合同签订后六十日内将全部设备运至甲方指定库房，由甲方物资供应部门清点签收。签收仅表示数量、型号与外观相符，不构成对设备质量的认可。
P:（二）井下安装应在到货后四十五日内完成。乙方应编制安装施工方案和安全技术措施，报甲方机电科和通风科审批后方可入井作业。入井人员须经甲方安全培训并考试合格，遵守甲方的入井管理制度。
P:（三）安装期间不得影响矿井正常生产。需要停电作业的，乙方应提前三日提出申请，由甲方统一安排。
H:三、甲方义务
P:（一）甲方负责提供安装所需的井下供电接口、光缆路由和设备安装位置，并配合乙方办理入井手续。
P:（二）甲方应指定专人负责项目协调，及时组织到货签收和验收。
H:四、付款方式
P:（一）合同签订后十五日内，甲方支付合同总价的10%作为预付款，即人民币328,000元。
P:（二）设备全部到货并完成井下安装，乙方提交安装完成报告后十五日内，甲方支付合同总价的50%，即人民币1,640,000元。安装完成不视为验收合格。
P:（三）系统验收合格后十五日内，甲方支付合同总价的35%，即人民币1,148,000元。
P:（四）合同总价的5%即人民币164,000元作为质量保证金，质保期满且无质量问题后十五日内无息支付。
H:五、验收
P:（一）系统安装调试完成并连续试运行三十日后，乙方提出验收申请，由甲方组织机电、通风、调度等部门进行验收，必要时委托具备资质的检测检验机构参加。
P:（二）验收标准：1. 静态定位误差不大于0.3米，动态定位误差不大于0.5米；2. 识别卡在巷道内以5米每秒的速度通过时连续识别，抽测200张识别卡无漏读；3. 系统容量满足同时定位1,500人，井下人员数量、轨迹和超时、超员、限制区域报警功能全部正常；4. 紧急呼叫和双向通信功能测试通过；5. 与矿井安全监控系统联动、向上级联网平台上传数据连续七日正常；6. 全部井下设备具备有效的矿用产品安全标志证书；7. 试运行期间未发生一级故障。
P:（三）验收合格的，双方签署验收报告。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。设备到货、安装完成或甲方投入使用均不视为验收合格。
H:六、质保期内服务
P:（一）质保期为系统验收合格之日起十八个月。质保期内，设备非人为损坏的，乙方免费维修或更换，系统软件免费升级。
P:（二）质保期内乙方安排一名工程师驻矿服务，故障分级及处理时限为：一级故障（系统中断、主干通信中断或一个采区以上定位失效），乙方15分钟内响应，2小时内到达故障点，8小时内恢复；二级故障（单台基站或分站故障），1小时内响应，24小时内修复；三级故障（个别识别卡或软件功能异常），8小时内响应，3日内修复。
P:（三）乙方超过上述时限的，每超时一小时，一级故障向甲方支付人民币2,000元，二级故障支付人民币500元，甲方可从质量保证金中扣除。
H:七、识别卡管理
P:（一）乙方应为识别卡提供充电架和电池寿命检测工具。质保期内电池失效的识别卡由乙方免费更换。
P:（二）乙方应对甲方管理人员、调度员和区队管理员进行操作培训，培训合格后方可上岗操作。
H:八、质保期满后的维护服务
P:（一）质保期满后，乙方提供驻矿维护服务，内容包括两名驻矿工程师二十四小时值守、备品备件供应、系统软件升级以及年度安全检测检验的配合。
P:（二）年度维护费按设备及软件小计的百分之二十八计取，即每年人民币811,664元，在质保期满后五年内不作调整，按季度平均支付。
P:（三）维护服务的响应时限和超时违约金适用本合同第六条第（二）项、第（三）项的约定。
H:九、数据安全
P:（一）系统采集和产生的人员身份、下井记录、位置轨迹、考勤和报警等全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他目的，不得向任何第三方提供或泄露。
P:（二）乙方应采取访问控制、操作日志和加密传输等安全措施；远程维护须经甲方调度室逐次审批，不得在甲方网络以外存储甲方数据；更换下来的存储设备应交还甲方。
P:（三）发生数据泄露、丢失或篡改的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十、知识产权
P:（一）乙方为本项目开发的联网对接程序、定制报表及其文档的知识产权归甲方所有，甲方可自行修改或委托第三方修改。
P:（二）人员定位系统软件的知识产权归乙方，乙方授予甲方永久使用许可，许可范围为石峪煤矿。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成井下安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%；逾期超过四十五日的，甲方有权解除合同。
P:（二）乙方提供的设备无有效矿用产品安全标志证书或与证书不符的，甲方有权退货，乙方应退还已收款项并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:乙方不得将井下安装工程分包。确需将光缆敷设等辅助工作分包的，须事先取得甲方书面同意，且分包单位应具备相应的煤矿施工资质，乙方对分包工作承担全部责任。
H:十三、合同解除
P:乙方严重违约，或其设备造成安全事故隐患且经甲方书面通知后十日内仍未消除的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十五、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执二份。附件一《设备技术参数表》、附件二《安装施工安全协议》为本合同的组成部分。
P:甲方（盖章）：晋北能源集团石峪煤业有限公司    乙方（盖章）：矿安智联科技有限公司
P:日期：2026年  月  日
"""

H58E02 = """
T:Sales and Licence Agreement for Optical Rice Sorters
P:Agreement No. KGO-CN-2026-011
P:This Agreement is made and entered into on the ____ day of __________, 2026 by and between:
P:Kansai Grain Optics Co., Ltd., a corporation organized and existing under the laws of Japan, having its head office at 3-7-15 Minamisemba, Chuo-ku, Osaka 542-0081, Japan (hereinafter referred to as "Seller"); and
P:Songnen Golden Rice Milling Co., Ltd., a company organized and existing under the laws of the People's Republic of China, having its registered office at No. 16 Xingfa Road, Wuchang City, Heilongjiang Province, China (hereinafter referred to as "Buyer").
P:WHEREAS, Buyer operates a rice milling line with a capacity of 600 tons of paddy per day and desires to renew the sorting section of the said line; and WHEREAS, Seller manufactures optical sorters and related software and is willing to supply, install and support them under the terms of this Agreement;
P:NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the parties hereto agree as follows:
H:Article 1 (Definitions)
P:In this Agreement, "Equipment" means the optical sorters and spare parts listed in Article 3; "Software" means the sorting-control software and the RiceEye remote monitoring software listed in Article 3, including updates supplied by Seller; "Final Acceptance" means the acceptance of the Equipment and the Software under Article 6; and "Contract Price" means the total price stated in Article 3.
H:Article 2 (Object of the Agreement)
P:Seller shall sell and deliver the Equipment to Buyer, grant Buyer a licence to use the Software, install, commission and calibrate the Equipment at Buyer's mill, train Buyer's staff, and provide the warranty and support services stipulated herein. Buyer shall purchase the Equipment and accept the licence of the Software and pay the Contract Price.
H:Article 3 (Contract Price)
P:3.1 The Contract Price is Renminbi Three Million Five Hundred Seventy Thousand (CNY 3,570,000), broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Full-colour optical sorter FGS-600 (6 chutes, 384 channels) for white rice|4|586,000|2,344,000
TB:2|Optical sorter FGS-300 (3 chutes) for brown rice|2|318,000|636,000
TB:3|Sorting-control software licence (perpetual, per machine)|6|42,000|252,000
TB:4|RiceEye remote monitoring software, server licence (perpetual)|1|96,000|96,000
TB:5|Initial spare parts kit (ejector valves, LED light units, filters)|1|58,000|58,000
TB:|Equipment, Software and Spare Parts Subtotal|||3,386,000
TB:6|Installation, commissioning and calibration|1|148,000|148,000
TB:7|Training of operators and maintenance staff|1|36,000|36,000
TB:|Contract Price|||3,570,000
P:3.2 The Contract Price is a fixed price on a DAP Buyer's mill (Incoterms 2020) basis and includes packing, transport, import duties, customs clearance, value added tax and all costs of installation, commissioning, calibration and training.
H:Article 4 (Terms of Payment)
P:Buyer shall pay the Contract Price by bank transfer as follows: (1) twenty percent (20%), being CNY 714,000, within fifteen (15) days after receipt of Seller's invoice and an advance payment guarantee issued by a bank acceptable to Buyer for the same amount; (2) fifty-five percent (55%), being CNY 1,963,500, within fifteen (15) days after all Equipment has arrived at Buyer's mill and Buyer has countersigned the delivery note, which confirms quantities only; and (3) twenty-five percent (25%), being CNY 892,500, within fifteen (15) days after the Final Acceptance Certificate has been signed by both parties.
H:Article 5 (Delivery and Liquidated Damages)
P:5.1 Seller shall deliver all Equipment to Buyer's mill within one hundred and twenty (120) days after the date of this Agreement and complete installation and commissioning within thirty (30) days after delivery, during the summer shutdown of the milling line.
P:5.2 If Seller fails to deliver the Equipment or to complete installation and commissioning within the periods specified in Article 5.1 for reasons attributable to Seller, Seller shall pay to Buyer liquidated damages at the rate of zero point one percent (0.1%) of the Contract Price for each day of delay, provided that the total amount of such liquidated damages shall not exceed ten percent (10%) of the Contract Price.
H:Article 6 (Installation, Testing and Acceptance)
P:6.1 After commissioning, Seller shall calibrate each sorter for Buyer's main varieties and the parties shall jointly carry out a performance test with Buyer's rice of the 2025 harvest.
P:6.2 The acceptance criteria are: (a) throughput of not less than six (6) tons per hour for each FGS-600 and not less than five (5) tons per hour for each FGS-300; (b) removal of discoloured, chalky and foreign kernels from the accepted stream of not less than ninety-seven percent (97%), as measured by Buyer's quality laboratory on samples taken under the national standard methods; (c) accept-to-reject carry-over ratio of not less than 20 to 1; (d) seventy-two (72) hours of continuous operation without any stop caused by the Equipment or the Software; and (e) RiceEye showing the operating data of all six sorters.
P:6.3 When all criteria are met, the parties shall sign the Final Acceptance Certificate. If any criterion is not met, Seller shall remedy the defect at its own cost and repeat the test. Delivery, installation, start of commercial operation or any payment shall not be deemed acceptance.
H:Article 7 (Warranty)
P:Seller warrants that the Equipment and the Software are free from defects in design, material and workmanship and conform to the specifications for a period of twenty-four (24) months from the date of the Final Acceptance Certificate. During the warranty period Seller shall repair or replace defective parts free of charge, including parts, labour and travel, and shall supply Software updates free of charge. Normal wear parts listed in Annex 3 are excluded.
H:Article 8 (Technical Support and Fault Handling)
P:8.1 Seller shall provide technical support through its service office in Harbin and by remote connection via RiceEye. Faults are classified and handled as follows:
TB:Severity|Definition|Remote response|Engineer on site|Restoration
TB:A|A sorter has stopped or the milling line must be stopped|within 2 hours|within 24 hours|within 48 hours
TB:B|Sorting performance reduced below the criteria of Article 6.2|within 8 hours|within 3 days|within 5 days
TB:C|Minor faults and operating questions|within 2 business days|as agreed|next scheduled visit
P:8.2 If Seller fails to meet the remote response time or the on-site time for a Severity A fault, Seller shall pay to Buyer CNY 1,000 for each hour of delay in remote response and CNY 3,000 for each day of delay in on-site attendance. Buyer may deduct such amounts from any payment due to Seller.
H:Article 9 (Support after the Warranty Period)
P:9.1 After expiry of the warranty period, Seller shall provide annual support, comprising remote monitoring, Software updates, telephone support and one preventive maintenance visit per year, at an annual fee of six percent (6%) of the Equipment, Software and Spare Parts Subtotal, i.e. CNY 203,160 per year. This fee shall remain fixed for the first three (3) years after the warranty period.
P:9.2 Annual support shall be ordered by Buyer by written purchase order for each year and shall not renew automatically. The service levels of Article 8 apply to annual support.
H:Article 10 (Data)
P:10.1 All operating data, production data and images of rejected kernels collected by the Equipment and RiceEye belong to Buyer. Seller may access such data only to perform its obligations under this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:10.2 The RiceEye server is installed at Buyer's mill. Seller shall access it only through an encrypted connection opened by Buyer for each session, using personal accounts, and all access shall be logged. Seller shall not copy Buyer's data to its own systems.
P:10.3 Seller shall notify Buyer within twenty-four (24) hours of any security incident affecting Buyer's data and shall take remedial measures immediately. Seller shall be liable for all damage caused to Buyer by a breach of this Article.
H:Article 11 (Intellectual Property)
P:11.1 The Software and the firmware of the Equipment remain the property of Seller and its licensors. Seller grants Buyer a perpetual, non-exclusive licence to use the Software with the Equipment.
P:11.2 The calibration recipes and sorting programmes prepared by Seller specifically for Buyer's rice varieties under this Agreement shall belong to Buyer, who may use, copy and modify them freely and have them adjusted by third parties.
H:Article 12 (Confidentiality)
P:Each party shall keep in confidence all technical and commercial information received from the other party in connection with this Agreement and shall not disclose it to any third party without the prior written consent of the other party. This obligation shall survive for five (5) years after the termination of this Agreement.
H:Article 13 (Subcontracting)
P:Installation work shall be performed by Seller together with its authorised service agent Harbin Dongsheng Grain Machinery Service Co., Ltd., which Buyer approves by signing this Agreement. Seller shall not subcontract any other part of its obligations without Buyer's prior written consent and shall remain responsible for any subcontractor.
H:Article 14 (Limitation of Liability)
P:Seller's total liability under this Agreement shall not exceed one hundred fifty percent (150%) of the Contract Price, except for liability for personal injury, wilful misconduct or gross negligence and breach of Articles 10 and 12.
H:Article 15 (Termination)
P:Buyer may terminate this Agreement by written notice if Seller commits a material breach and fails to remedy it within thirty (30) days after receipt of written notice, or if the liquidated damages under Article 5.2 reach their maximum amount.
H:Article 16 (Force Majeure)
P:Neither party shall be liable for delay caused by earthquake, flood, war, epidemic or other events beyond its reasonable control, provided that it notifies the other party promptly and uses its best efforts to minimise the delay.
H:Article 17 (Governing Law and Arbitration)
P:This Agreement shall be governed by and construed in accordance with the laws of Japan. All disputes, controversies or differences arising out of or in connection with this Agreement shall be finally settled by arbitration in Osaka, Japan, in accordance with the Commercial Arbitration Rules of The Japan Commercial Arbitration Association. The award shall be final and binding upon both parties.
H:Article 18 (Consultation)
P:Any matter not provided for in this Agreement, and any doubt as to the interpretation of this Agreement, shall be settled by mutual consultation between the parties in good faith.
P:IN WITNESS WHEREOF, the parties have caused this Agreement to be executed in duplicate in English by their duly authorized representatives, each party retaining one copy.
P:Kansai Grain Optics Co., Ltd.: ____________________    Songnen Golden Rice Milling Co., Ltd.: ____________________
"""

H58E03 = """
T:Master Services Agreement - Managed IT and Hosted Discovery Service
P:Agreement No. SDS/JALC/MSA/2026/07
P:This Master Services Agreement ("Agreement") is entered into on this ____ day of __________ 2026 ("Effective Date")
P:BY AND BETWEEN
P:Sarasvati Digital Services Private Limited, a company incorporated under the Companies Act, 2013, having its registered office at Prestige Tech Park, Whitefield, Bengaluru 560066, India (hereinafter referred to as the "Service Provider", which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the FIRST PART;
P:AND
P:Jiangnan Academic Library Consortium Service Centre, a public institution registered in the People's Republic of China, having its office at No. 22 Hankou Road, Nanjing, Jiangsu Province (hereinafter referred to as the "Client", which expression shall include its successors and permitted assigns) of the SECOND PART.
P:The Service Provider and the Client are hereinafter individually referred to as a "Party" and collectively as the "Parties".
P:WHEREAS: (A) the Client coordinates the shared library systems of its fourteen (14) member university libraries; (B) the Service Provider has represented that it possesses the requisite expertise, personnel and infrastructure to provide managed IT services and to host a discovery service; and (C) the Client has selected the Service Provider through a competitive negotiation procedure.
P:NOW THEREFORE, in consideration of the mutual covenants contained herein, the Parties agree as follows:
H:1. Definitions and Interpretation
P:1.1 "Services" means the Managed IT Services, the Hosted Discovery Service and the Transition Services described in Clause 2. "Client Data" means all data of the Client and its member libraries, including bibliographic records, holdings, patron data, authentication data and usage logs, processed by the Service Provider. "Service Commencement Date" means the date of the Transition Acceptance Certificate.
P:1.2 Headings are for convenience only. The Schedules form part of this Agreement.
H:2. Scope of Services
P:2.1 Managed IT Services: a 24x7 bilingual (Chinese and English) service desk for the staff of the member libraries; monitoring and management of thirty-eight (38) servers, storage, network and security devices in the Client's data centre; patch management; daily backups and two disaster recovery tests per year; and monthly service reports.
P:2.2 Hosted Discovery Service: hosting and operation of the consortium discovery index of about thirty-two (32) million bibliographic and article-level records, the union catalogue search, the link resolver and single sign-on through the CARSI federation, on a dedicated environment in the Alibaba Cloud China East 1 (Hangzhou) region.
P:2.3 Transition Services: the takeover of the existing environment and the migration of the discovery index in accordance with the Transition Plan in Schedule 2.
H:3. Term
P:3.1 This Agreement shall remain in force for thirty-six (36) months from the Service Commencement Date. It may be renewed only by mutual written agreement of the Parties and shall not renew automatically.
H:4. Charges and Payment
P:4.1 The monthly charges are: Managed IT Services CNY 58,000 per month and Hosted Discovery Service CNY 34,000 per month, totalling CNY 92,000 per month and CNY 3,312,000 for the term.
P:4.2 The one-time Transition Fee is CNY 148,000, payable after issue of the Transition Acceptance Certificate.
P:4.3 The Total Contract Value is CNY 3,460,000, inclusive of applicable taxes. No mobilisation advance or other advance payment is payable.
P:4.4 The monthly charges shall be invoiced monthly in arrears and paid within thirty (30) days of receipt of a correct invoice, together with the monthly service report.
H:5. Transition and Acceptance
P:5.1 The Service Provider shall complete the Transition Services within ninety (90) days from the Effective Date.
P:5.2 Transition acceptance criteria: (a) the full index is loaded and record counts are reconciled with the source systems of every member library; (b) median search response time below 1.5 seconds, and no query above 5 seconds, at 300 concurrent users; (c) single sign-on through CARSI tested successfully for all fourteen member libraries; (d) the link resolver tested against an agreed list of 200 links; (e) runbooks, configuration records and monitoring handed over; and (f) a fourteen (14) day parallel run without any Priority 1 Incident.
P:5.3 Upon the criteria being met, the Client shall issue the Transition Acceptance Certificate. Go-live of the discovery service or its use by the member libraries shall not constitute acceptance.
P:5.4 If the Service Commencement Date is delayed beyond the date in the Transition Plan for reasons attributable to the Service Provider, the Service Provider shall pay liquidated damages of CNY 3,000 for each day of delay, subject to a maximum of five per cent (5%) of the Total Contract Value.
H:6. Service Levels
P:6.1 The Hosted Discovery Service shall be available 99.95% of the time in each calendar month, excluding planned maintenance notified seven (7) days in advance and performed between 00:00 and 06:00 China Standard Time.
P:6.2 Incidents shall be prioritised and handled as follows. Priority 1 (discovery service unavailable to all member libraries, or outage of a core service in the data centre): Response Time six (6) hours, Resolution Time sixteen (16) hours. Priority 2 (a service degraded or unavailable to one member library): Response Time eight (8) hours, Resolution Time two (2) business days. Priority 3 (other incidents and service requests): Response Time two (2) business days, Resolution Time ten (10) business days.
P:6.3 Service Credits: for each 0.1% by which availability falls short of the level in Clause 6.1, a credit of five per cent (5%) of the monthly charge for the Hosted Discovery Service; for each Priority 1 Incident not resolved within the Resolution Time, a credit of three per cent (3%) of the monthly charges. Total Service Credits in a month shall not exceed twenty per cent (20%) of the monthly charges and shall be deducted from the next invoice.
H:7. Client Data and Security
P:7.1 Client Data shall remain the property of the Client. The Service Provider shall process Client Data only for the purpose of providing the Services and in accordance with the Client's instructions, and shall not use it for any other purpose.
P:7.2 All Client Data shall be hosted and stored in mainland China. Remote administration from the Service Provider's delivery centre in Bengaluru shall be performed only through a bastion host approved by the Client, shall be limited to system administration and shall not involve copying any Client Data outside the People's Republic of China.
P:7.3 The Service Provider shall maintain ISO/IEC 27001 certification, the MLPS level 3 filing of the hosted environment, encryption of data in transit and at rest, multi-factor authentication for administrators, retention of access logs for 180 days and an annual penetration test.
P:7.4 The Service Provider shall notify the Client of any Security Incident within twelve (12) hours of becoming aware of it, shall remediate it at its own cost and shall be responsible for all losses suffered by the Client as a result of a breach of this Clause 7.
H:8. Confidentiality
P:Each Party shall hold in confidence the Confidential Information of the other Party, use it solely for the purposes of this Agreement and not disclose it to any third party without prior written consent. This obligation shall survive for three (3) years after expiry or termination.
H:9. Intellectual Property
P:9.1 The Service Provider's pre-existing tools and methodologies shall remain its property.
P:9.2 All configurations, scripts, connectors, runbooks and documents created by the Service Provider specifically for the Client under this Agreement shall vest in the Client upon creation. The Client may use, modify and license them freely, including to any successor service provider.
H:10. Subcontracting
P:The Service Provider shall not subcontract any part of the Services without the prior written consent of the Client. The use of Alibaba Cloud as infrastructure provider for the Hosted Discovery Service is hereby approved. The Service Provider shall remain fully responsible for its subcontractors.
H:11. Limitation of Liability
P:11.1 Notwithstanding anything contained elsewhere in this Agreement, the aggregate liability of the Service Provider arising out of or in connection with this Agreement shall not exceed the Charges paid by the Client to the Service Provider during the twelve (12) months immediately preceding the event giving rise to the claim.
P:11.2 Neither Party shall be liable for any indirect, incidental or consequential loss, including loss of profit.
H:12. Termination
P:12.1 The Client may terminate this Agreement by written notice if the Service Provider commits a material breach and fails to remedy it within thirty (30) days of written notice, or if Service Credits reach the monthly maximum in three (3) consecutive months.
P:12.2 The Client may terminate this Agreement for convenience by giving ninety (90) days' written notice.
H:13. Exit Management
P:On expiry or termination, the Service Provider shall provide exit assistance for up to ninety (90) days at the then-current monthly charges, return all Client Data in an agreed format and thereafter securely delete it and certify such deletion in writing.
H:14. Governing Law and Dispute Resolution
P:This Agreement shall be governed by and construed in accordance with the laws of the People's Republic of China. Any dispute arising out of or in connection with this Agreement shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai.
H:15. Miscellaneous
P:15.1 Neither Party shall be liable for failure to perform caused by force majeure. 15.2 This Agreement, with its Schedules, constitutes the entire agreement between the Parties and supersedes all prior understandings. 15.3 This Agreement may be executed in counterparts.
P:Schedules: 1. Service Description; 2. Transition Plan; 3. Service Level Reporting.
P:IN WITNESS WHEREOF the Parties have executed this Agreement through their authorised signatories on the date first above written.
P:For Sarasvati Digital Services Private Limited: ____________________    For the Client: ____________________
"""

SOURCES = {"h58z01": H58Z01, "h58z02": H58Z02, "h58e02": H58E02, "h58e03": H58E03}
TARGETS = {"h58z01": ("h58z01_agriculture_dept_traceability_platform.docx", "docx"),
           "h58z02": ("h58z02_coal_mine_personnel_positioning_maintenance.pdf", "pdf"),
           "h58e02": ("h58e02_rice_mill_optical_sorters_jp_vendor.docx", "docx"),
           "h58e03": ("h58e03_library_consortium_managed_it_discovery_in_provider.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
