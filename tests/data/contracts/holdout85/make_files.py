"""Builds the .docx and .pdf contracts of holdout85 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are plain files and
are not generated here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H85Z01 = """
T:××省公路治超非现场执法平台建设项目政府采购合同
P:合同编号：JT-ZC-2026-017　　采购项目编号：××ZFCG-2026-0143（公开招标）
P:甲方（采购人）：××省交通运输厅
P:乙方（供应商）：衡远智能交通科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件及澄清材料为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责在全省普通国省干线公路18个点位建设不停车超限检测站（非现场执法检测点），每个点位包括石英式动态称重检测系统、车牌识别及全景抓拍单元、激光外廓尺寸检测仪、LED信息诱导屏和边缘计算及传输设备，并完成路面切割、基础施工、设备安装、供电及通信接入。
P:1.2 乙方提供省级治超非现场执法管理平台软件（以下简称“平台软件”）的永久使用许可，并完成定制开发：与交通运输部全国治超联网管理信息系统对接、与公安交管部门的车辆信息共享接口、执法证据链自动生成及执法文书模板、“一超四罚”信息抄告功能。
P:1.3 乙方负责配合法定计量检定机构完成各点位动态汽车衡的首次检定，并对甲方及各市、县治超站人员进行操作和管理培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹仟零叁拾陆万元整（¥10,360,000.00），为固定总价，已包含设备、软件、开发、运输、安装、检定配合、培训、税费及质保期内的全部服务费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|合价（元）
TB:1|石英式动态称重检测系统（双向四车道）|18套|286,000|5,148,000
TB:2|车牌识别及全景抓拍单元|18套|64,500|1,161,000
TB:3|激光外廓尺寸检测仪|18套|38,000|684,000
TB:4|LED信息诱导屏|18块|26,500|477,000
TB:5|边缘计算及传输设备|18套|21,800|392,400
TB:6|治超非现场执法管理平台软件（永久许可）|1套|860,000|860,000
TB:|软硬件小计|||8,722,400
TB:7|定制开发及系统对接|1项|736,000|736,000
TB:8|安装施工及调试（含路面切割、基础）|18个点位|41,200|741,600
TB:9|计量检定配合|18个点位|6,500|117,000
TB:10|培训|1项|43,000|43,000
TB:|合计|||10,360,000
P:2.2 合同履行期间，因乙方原因增加的费用由乙方承担；甲方要求增加点位或功能的，双方另行签订补充协议。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，乙方向甲方提交与预付款等额的银行预付款保函；甲方收到保函及发票后十个工作日内支付预付款人民币肆佰壹拾肆万肆仟元（¥4,144,000），即合同总价的百分之四十。
P:3.2 全部点位设备到货并安装完成、经甲方现场签认后，甲方支付合同总价的百分之三十五。到货签认及安装签认仅确认数量和外观，不视为验收合格。
P:3.3 项目终验合格后，甲方支付合同总价的百分之二十。
P:3.4 合同总价的百分之五作为质量保证金，质保期满且乙方无未履行的质保义务后十五个工作日内无息退还。
P:3.5 甲方每次付款前，乙方应开具等额合法的增值税发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订后一百五十日内完成全部点位的建设、安装和联调，并具备试运行条件。
P:4.2 因路政许可、交通管制等非乙方原因造成的延误，经甲方书面确认后，工期相应顺延。
H:第五条 验收
P:5.1 试运行期为三十日。试运行期满后，乙方提出终验申请，甲方组织专家按招标文件技术要求和下列标准进行终验：（一）各点位动态汽车衡经法定计量检定机构检定合格并取得检定证书；（二）车牌识别准确率日间不低于98%、夜间不低于95%；（三）外廓尺寸测量误差不超过±200毫米；（四）试运行期内检测数据按规定时限完整上传部级治超联网系统；（五）平台软件通过第三方网络安全等级保护三级测评；（六）竣工资料、定制开发源代码及操作手册移交完整。
P:5.2 终验不合格的，乙方应在二十日内整改并承担费用，整改后重新验收。
P:5.3 设备到货、安装、试运行或甲方在试运行期间使用检测数据，均不视为验收合格。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自项目终验合格之日起计算。质保期内乙方免费提供设备维修、零部件更换、软件升级及每年一次的计量检定配合服务。
P:6.2 质保期内，平台软件年度可用率应不低于99.8%（计划内维护时间除外，计划内维护须提前三个工作日报甲方同意）。年度可用率每低于约定值0.1个百分点，甲方从质量保证金中扣减人民币伍仟元。
P:6.3 故障分级及响应要求如下表：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台中断，或三个及以上点位同时离线|30分钟|6小时|12小时
TB:二级|单个点位离线或称重数据异常|2小时|次日|2个工作日
TB:三级|单一部件故障，不影响检测数据采集|8小时|2个工作日|5个工作日
P:6.4 乙方响应、到场或恢复超过上表时限的，每超过一小时，甲方从质量保证金中扣减人民币壹仟元。
P:6.5 质保期满后，甲方可委托乙方继续提供运维服务，年度运维费不超过软硬件小计的百分之八（即不超过人民币陆拾玖万柒仟柒佰玖拾贰元/年），质保期满后三年内不上调。运维服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权属于乙方，甲方享有永久、不可撤销的使用许可，可在全省交通运输系统内部署使用。
P:7.2 乙方为本项目定制开发的对接程序、接口、执法文书模板及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的设备和软件不侵犯第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 检测数据、车辆图像、车辆及车主信息、执法数据均属于甲方，乙方仅可为履行本合同使用，不得留存、复制或用于任何其他目的。
P:8.2 全部数据存储于甲方指定的省级政务云，不得出境。乙方远程运维须经甲方逐次审批并通过甲方堡垒机进行，操作全程留痕。
P:8.3 乙方应按照网络安全等级保护三级要求落实安全措施。发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任和相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同获知的甲方工作秘密、网络结构、系统口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成建设的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方提供的设备或软件不符合合同约定的，乙方应负责更换或整改，并赔偿甲方由此造成的损失。
H:第十一条 分包
P:11.1 经甲方书面同意，乙方可将路面切割及基础施工分包给具备相应资质的施工单位，乙方对分包工作承担全部责任。除此之外，乙方不得分包或转包。
H:第十二条 合同解除
P:12.1 乙方逾期超过六十日，或出现重大质量问题经甲方书面催告后十五日内仍未整改的，甲方有权解除合同，乙方应退还已收款项并承担违约责任。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：××省交通运输厅　　乙方（盖章）：衡远智能交通科技股份有限公司
P:法定代表人或授权代表：　　　　　法定代表人或授权代表：
P:签订日期：2026年　月　日
"""

H85Z02 = """
T:在线X荧光成分分析系统采购及维保合同
P:合同编号：QYS-SB-2026-0318
P:甲方（买方）：青崖山水泥有限公司
P:乙方（卖方）：精衡分析仪器（苏州）有限公司
P:为满足甲方日产5000吨熟料生产线生料质量控制的需要，甲方向乙方采购在线X荧光成分分析系统。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的
P:（一）乙方向甲方提供在线X荧光多元素分析仪两台（分别安装于生料磨出口和入窑生料提升机前），配套自动取样、制样及输送系统两套，生料配料优化控制软件一套（永久许可）以及标准样品和校准片一批。
P:（二）乙方负责设备安装调试、与甲方DCS系统的对接、操作及维护培训，并协助甲方办理射线装置辐射安全许可（含辐射安全评价配合）。
P:（三）设备的品牌、型号和技术参数以附件一《技术协议》为准。
P:（四）乙方保证所供设备为全新、未使用过的原厂产品，X光管出厂日期距到货日期不超过六个月，并随货提供出厂合格证、装箱单、射线装置检测报告及全套中文技术资料。
H:二、合同价款
P:（一）合同总价为人民币叁佰捌拾万元整（¥3,800,000.00），含13%增值税、包装、运输、保险、安装调试、培训及质保期内的服务费用。
P:（二）分项价格：1. 在线X荧光多元素分析仪（含X光管、探测器）2台，单价1,380,000元，合计2,760,000元；2. 自动取样、制样及输送系统2套，单价236,000元，合计472,000元；3. 生料配料优化控制软件（永久许可）1套，268,000元；4. 标准样品及校准片1批，54,000元；以上设备及软件小计3,554,000元。5. 安装调试及DCS对接186,000元；6. 操作及维护培训28,000元；7. 辐射安全评价配合及许可证办理协助32,000元。
H:三、付款方式
P:（一）合同生效后十五日内，甲方支付合同总价的百分之二十作为预付款，即人民币柒拾陆万元。
P:（二）设备到货并经双方开箱检验数量、外观无误后，甲方支付合同总价的百分之四十。开箱检验不代表质量验收。
P:（三）系统验收合格后，甲方支付合同总价的百分之三十五。
P:（四）合同总价的百分之五作为质保金，质保期满无质量问题后一次性无息支付。
P:（五）乙方应在每次付款前向甲方开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后九十日内将全部设备运抵甲方厂区指定地点，并在到货后三十日内完成安装调试。甲方应按乙方提供的基础图完成设备基础、电源和压缩空气管路。
P:（二）乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的千分之二向甲方支付违约金；违约金累计不超过合同总价的百分之五。逾期超过八周的，甲方有权解除合同。
P:（三）设备的所有权及毁损、灭失风险自设备到货并经双方开箱检验签字时转移给甲方。乙方应按照国家标准进行防潮、防震包装，X光管及探测器应单独包装并附出厂检验报告。
P:（四）乙方现场安装人员应遵守甲方安全生产管理制度，进入生料磨、提升机等区域作业前应办理作业票，高处作业应系安全带。因乙方人员违章作业造成的人身伤害或财产损失，由乙方承担。
H:五、验收
P:（一）安装调试完成后，系统连续运行七十二小时无故障，乙方方可提出验收申请。
P:（二）验收标准：1. 以甲方化验室按GB/T 176进行的化学分析结果为基准，连续比对二十组样品，分析仪测量值与化学分析值的偏差：CaO不超过0.25%、SiO2不超过0.20%、Al2O3和Fe2O3不超过0.15%；2. 单次分析周期不超过三分钟，数据实时上传DCS；3. 配料优化软件闭环控制投运后，入窑生料三率值合格率达到技术协议约定的指标；4. 距设备外表面5厘米处的辐射剂量当量率不超过2.5微希沃特/小时，并取得有资质机构出具的检测报告；5. 技术资料、操作规程和维护手册移交齐全。
P:（三）验收合格的，双方签署验收报告。设备到货、安装、试运行或甲方投入生产使用，均不视为验收合格。
P:（四）验收不合格的，乙方应在十五日内整改或更换，费用由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自双方签署验收报告之日起计算。质保期内，因设备质量问题产生的维修、更换（含X光管、探测器）及软件修正，均由乙方免费负责。
P:（二）质保期内及维保期内，一级故障（分析仪停机、数据中断或测量值严重偏离，影响配料控制）乙方应在接到报修后一小时内响应，次日内到达现场，两日内排除；二级故障（单项功能异常但不影响配料控制）两小时内响应，三日内排除。
P:（三）乙方超过上述时限的，每超过一小时向甲方支付人民币捌佰元，从质保金或维保费中扣除。
P:（四）质保期内，乙方应在甲方现场存放X光管、探测器前置放大器及取样器易损件等关键备件各一套，备件消耗后乙方应在十五日内补齐。乙方每季度派工程师到现场巡检一次，并出具巡检报告，报告内容包括仪器漂移、校准结果和下一季度的维护建议。
H:七、维保服务
P:（一）质保期满后，乙方应甲方要求提供年度维保服务，内容包括每季度一次的巡检、校准、易损件更换及软件升级。
P:（二）年度维保费为设备及软件小计的百分之十七，即人民币陆拾万肆仟壹佰捌拾元/年。质保期满后三年内，维保费不作调整。
P:（三）维保服务每年签订一次，不自动续期。
P:（四）维保期内，乙方仍应按本合同第六条第（二）、（三）项的时限和扣款标准提供故障处理服务。甲方不再续签维保合同的，乙方应以不高于当时市场价格向甲方供应备件，供应期不少于设备停产后八年。
H:八、知识产权
P:（一）分析仪内置软件及配料优化控制软件的著作权归乙方所有，甲方享有永久、不可转让的使用许可。
P:（二）乙方为本项目形成的配料模型参数、校准曲线、DCS对接程序及相关文档归甲方所有，甲方可自行使用和修改，也可交由第三方维护。
H:九、数据安全
P:（一）分析数据、配料数据和生产工艺参数等数据属于甲方，乙方不得用于本合同以外的任何用途。
P:（二）乙方远程诊断须经甲方生产管理部门逐次批准，通过甲方指定的工业防火墙和VPN通道接入，不得在甲方DCS网络中安装未经甲方认可的软件。
P:（三）因乙方原因导致甲方数据泄露、丢失或生产控制系统遭受网络攻击的，乙方应在发现后两小时内通知甲方，配合处置，并赔偿甲方全部损失。
H:十、保密
P:双方对在合同履行中知悉的对方技术资料、生产工艺和商务信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后五年内有效。
H:十一、辐射安全
P:乙方提供的射线装置应符合国家辐射防护标准。乙方负责指导甲方建立辐射安全管理制度，并对甲方两名辐射工作人员进行培训。因设备本身缺陷导致的辐射安全事故，由乙方承担责任。
H:十二、分包
P:未经甲方书面同意，乙方不得将本合同项下任何工作分包或转包给第三方。
H:十三、违约责任与合同解除
P:（一）乙方交付的设备不符合合同约定的，甲方有权要求更换或退货，并要求乙方赔偿损失。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
P:（三）任何一方严重违约，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
P:（四）因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供有关证明；不可抗力持续超过六十日的，双方可协商解除合同。
H:十四、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交安庆仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术协议》与本合同具有同等效力。
P:甲方（盖章）：青崖山水泥有限公司　　乙方（盖章）：精衡分析仪器（苏州）有限公司
P:日期：2026年　月　日
"""

H85E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT
P:FalajSched Irrigation Scheduling System. Agreement No. HAI/EXP/2026/031
P:This Agreement is made and entered into at Asmara on the ____ day of ______________ 2026 by and between:
P:HAMASIEN AGRI-INFORMATICS PLC, a private limited company duly registered under the laws of the State of Eritrea, having its principal office at Harnet Avenue No. 118, Asmara, State of Eritrea (hereinafter referred to as "the Licensor"); and
P:YUANMOU GOLDEN VALLEY DATE PALM PLANTATION CO., LTD., a company established under the laws of the People's Republic of China, having its registered office in Yuanmou County, Chuxiong Prefecture, Yunnan Province (hereinafter referred to as "the Licensee").
P:WHEREAS the Licensee operates a date-palm plantation of approximately four hundred and ten (410) hectares under drip irrigation in the dry-hot valley of Yuanmou; WHEREAS the Licensor has developed the FalajSched software for the scheduling of irrigation in date-palm orchards; and WHEREAS the Licensee wishes to acquire a licence of the said software together with related services and support;
P:NOW, THEREFORE, the parties hereto have agreed as follows:
H:Article 1 – Definitions
P:1.1 "Software" means the FalajSched Enterprise software in object code, including the Integration Module, the mobile field application and the related documentation, and any correction or update supplied under this Agreement.
P:1.2 "Farm" means the Licensee's plantation in Yuanmou County described in Annex 1.
P:1.3 "Farm Calibration Set" means the crop-coefficient tables, the block maps, the soil water-holding parameters and the scheduling and leaching rules prepared by the Licensor for the Farm under Article 3.
P:1.4 "Commissioning" means the installation of the Software on the Licensee's servers, its connection to the controllers and probes listed in Annex 1, and the first generation of daily schedules for all irrigation blocks. "Acceptance" means the issue of the Acceptance Certificate under Article 6.
P:1.5 "Business Day" means a day other than a Saturday, a Sunday or a public holiday in Asmara or in Yunnan Province.
H:Article 2 – Grant of Licence
P:2.1 The Licensor hereby grants to the Licensee a perpetual, non-exclusive and non-transferable licence to install and use the Software on one production server and one standby server at the Farm, for an irrigated area of up to four hundred and twenty (420) hectares and up to six (6) concurrent users, together with the mobile field application for the Licensee's field staff without limit of number.
P:2.2 The licence of the Integration Module covers the connection of the Licensee's existing drip-irrigation controllers, soil-moisture probes and the on-farm weather station listed in Annex 1.
P:2.3 The Licensee shall not decompile, reverse-engineer or sub-license the Software, save as expressly permitted by law.
H:Article 3 – Services
P:3.1 The Licensor shall calibrate the Software for the Farm, including crop coefficients per growth stage for the Medjool, Barhi and Khalas cultivars, the mapping of the thirty-eight (38) irrigation blocks, and salinity leaching rules based on the Licensee's soil and water analyses.
P:3.2 The Licensor shall install and commission the Software and migrate five (5) seasons of irrigation records held by the Licensee in spreadsheets.
P:3.3 The Licensor shall train the Licensee's staff during four (4) days on site at the Farm and in two (2) remote sessions.
H:Article 4 – Contract Price
P:4.1 The Contract Price is CNY 1,004,000 (One Million and Four Thousand Chinese Yuan), fixed and inclusive of travel and subsistence of the Licensor's personnel. It is broken down as follows:
TB:Item|Description|Amount (CNY)
TB:1|FalajSched Enterprise perpetual licence (420 ha, 6 concurrent users)|612,000
TB:2|Integration Module licence (controllers, probes, weather station)|96,000
TB:|Licence Fee subtotal|708,000
TB:3|Farm calibration and configuration services|214,000
TB:4|Installation, Commissioning and data migration|58,000
TB:5|Training|24,000
TB:|Contract Price|1,004,000
H:Article 5 – Terms of Payment
P:5.1 Twenty per cent (20 %) of the Contract Price shall be paid within fifteen (15) days of signature of this Agreement, against an advance-payment guarantee for the same amount issued by a bank acceptable to the Licensee.
P:5.2 Forty-five per cent (45 %) of the Contract Price shall be paid upon Commissioning, confirmed in writing by the Licensee's farm manager. Commissioning does not constitute Acceptance.
P:5.3 Thirty-five per cent (35 %) of the Contract Price shall be paid upon Acceptance.
P:5.4 All payments shall be made in Chinese Yuan by bank transfer to the account of the Licensor stated in its invoice, within twenty (20) days of receipt of a correct invoice.
H:Article 6 – Commissioning and Acceptance
P:6.1 The Licensor shall achieve Commissioning not later than ninety (90) days after receipt of the advance payment.
P:6.2 After Commissioning the parties shall carry out Acceptance Tests over thirty (30) consecutive days during the irrigation season. The Software shall be deemed to pass the tests only if: (a) daily schedules for all thirty-eight (38) blocks are generated by 05:00 local time on every day of the test period; (b) the reference evapotranspiration computed by the Software stays within plus or minus five per cent (±5 %) of the values computed independently by the Licensee's agronomist from the weather-station records; (c) the schedules are transmitted to and acknowledged by the controllers, with not more than five (5) failed transmissions in the test period, each corrected on the same day; (d) the migrated records reconcile with the source spreadsheets; and (e) the administrator manual and the documentation of the Farm Calibration Set have been delivered.
P:6.3 When the tests are passed, the Licensee shall issue the Acceptance Certificate within ten (10) Business Days. The use of the Software for irrigation during the Acceptance Tests shall not constitute Acceptance. If the tests are not passed, the Licensor shall remedy the defects and repeat the tests within twenty (20) days at its own cost.
H:Article 7 – Warranty
P:7.1 The Licensor warrants that the Software will perform substantially in accordance with its documentation for a period of ninety (90) days from the date of Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct any defect free of charge.
P:7.2 The warranty does not cover the controllers, probes, weather station, servers or network of the Licensee, nor defects caused by changes to the Software not made by the Licensor.
H:Article 8 – Support and Maintenance
P:8.1 After the Warranty Period the Licensor shall provide Annual Support against an Annual Support Fee of twelve and one-half per cent (12.5 %) of the Licence Fee subtotal, that is CNY 88,500 per year, which shall not be increased during the first three (3) support years. Annual Support is renewed each year by the Licensee's purchase order and does not renew automatically.
P:8.2 Annual Support includes corrections, updates and new releases of the Software, updated crop-coefficient tables, and remote assistance by telephone, e-mail and VPN.
P:8.3 During the Warranty Period and every year of Annual Support, incidents shall be handled as follows:
TB:Severity|Definition|Response|Workaround or fix
TB:Severity 1|Scheduling engine down, or schedules not reaching the controllers during the irrigation season|2 hours|24 hours
TB:Severity 2|A function degraded; schedules can be produced with manual intervention|8 hours|3 Business Days
TB:Severity 3|Minor defect or question|2 Business Days|Next release
P:8.4 For each hour by which the Licensor exceeds the response time for a Severity 1 incident, the Licensor shall credit CNY 500 to the Licensee, and for each day by which it exceeds the workaround time, CNY 1,000. Credits shall be set off against the next payment due to the Licensor or paid to the Licensee.
H:Article 9 – Intellectual Property
P:9.1 The Software and all copies thereof remain the property of the Licensor.
P:9.2 The Farm Calibration Set, the block maps, the custom reports and any configuration, adaptation or interface developed under this Agreement, together with all intellectual property therein, shall vest in the Licensor upon creation. The Licensee is granted a non-exclusive, non-transferable right to use them at the Farm for the purposes of this Agreement and shall not modify them, nor disclose them to or allow their use by any third party.
H:Article 10 – Farm Data and Data Security
P:10.1 All sensor readings, irrigation records, yields and other data of the Farm ("Farm Data") belong to the Licensee. The Licensor shall process Farm Data only for the performance of this Agreement and shall not use it for any other purpose.
P:10.2 Farm Data shall remain on the Licensee's servers at the Farm. The Licensor shall access them remotely only through a VPN session approved each time by the Licensee's IT officer, shall not make copies outside the Farm without the Licensee's written consent, and shall comply with the cybersecurity and data laws of the People's Republic of China.
P:10.3 The Licensor shall keep logs of all remote sessions and shall inform the Licensee within twenty-four (24) hours of becoming aware of any unauthorised access to or loss of Farm Data, shall assist in remedying it, and shall be liable for the losses caused by its breach of this Article.
H:Article 11 – Confidentiality
P:Each party shall keep confidential all technical and commercial information received from the other party under this Agreement and shall not disclose it to any third party without the prior written consent of the other party. This obligation shall survive for five (5) years after the termination of this Agreement.
H:Article 12 – Liquidated Damages
P:Should the Licensor fail to achieve Commissioning within the period set in Sub-Article 6.1 for reasons attributable to it, the Licensor shall pay to the Licensee liquidated damages of zero point one per cent (0.1 %) of the Contract Price for each day of delay, up to a maximum of ten per cent (10 %) of the Contract Price.
H:Article 13 – Limitation of Liability
P:The total aggregate liability of the Licensor under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150 %) of the Contract Price. Neither party shall be liable for indirect or consequential loss. This limitation shall not apply to wilful misconduct or to breach of Articles 10 and 11.
H:Article 14 – Subcontracting
P:The Licensor shall not subcontract any part of its obligations without the prior written consent of the Licensee, save for the local installation partner named in Annex 3, which the Licensee approves by signing this Agreement. The Licensor remains responsible for the work of any subcontractor.
H:Article 15 – Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach of its obligations and fails to remedy it within thirty (30) days of a written notice specifying the breach.
P:15.2 The Licensee may also terminate this Agreement if the liquidated damages under Article 12 reach their maximum.
H:Article 16 – Force Majeure
P:Neither party shall be liable for delay caused by force majeure, including war, epidemic, flood or governmental action, provided it notifies the other party within seven (7) days of the event.
H:Article 17 – Governing Law and Settlement of Disputes
P:17.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Eritrea.
P:17.2 The parties shall endeavour to settle any dispute amicably within thirty (30) days. Failing such settlement, the dispute shall be finally settled by arbitration in Asmara by three (3) arbitrators in accordance with the Civil Procedure Code of the State of Eritrea. The language of the arbitration shall be English.
H:Article 18 – Miscellaneous
P:This Agreement is made in English in two (2) originals, one for each party. Annex 1 (Farm, controllers and probes), Annex 2 (Acceptance Test Plan) and Annex 3 (Local installation partner) form an integral part of this Agreement.
P:For the Licensor: ______________________  General Manager
P:For the Licensee: ______________________  Legal Representative
"""

H85E03 = """
T:MILK-VAT TEMPERATURE MONITORING EQUIPMENT CONTRACT
P:Contract for the Supply, Installation and Maintenance of Milk-Vat Temperature Monitoring Equipment
P:Contract No. TVM/HGD/2026/07
P:THIS CONTRACT is made on the ____ day of ____________ 2026 BETWEEN:
P:(1) HULUNBUIR GRASSLAND DAIRY FARMERS' SPECIALISED COOPERATIVE, a farmers' specialised cooperative registered in the People's Republic of China, of Hailar District, Hulunbuir, Inner Mongolia Autonomous Region (the "Purchaser"); and
P:(2) TRINITY VAT MONITORING LIMITED, a company incorporated in Jersey with registered number 118243, whose registered office is at 22 Bath Street, St Helier, Jersey JE2 4ST (the "Contractor").
P:BACKGROUND: The Purchaser collects raw milk from 52 member farms and four collection centres. It wishes to monitor the temperature of every bulk milk vat continuously, so that milk is cooled within the times required by its quality scheme and buyers. Following a competitive tender the Purchaser has accepted the Contractor's offer of 12 January 2026.
H:1. Definitions
P:1.1 "Equipment" means the probes, sensors, gateways, server and other goods listed in Schedule 1.
P:1.2 "Software" means the VatWatch monitoring software and its mobile alarm application, licensed under clause 2.3.
P:1.3 "Site" means each member farm and collection centre listed in Schedule 3.
P:1.4 "Final Acceptance" means the date stated in the Final Acceptance Certificate issued under clause 6.
P:1.5 "Defects Liability Period" has the meaning given in clause 7.1.
H:2. Scope of Supply
P:2.1 The Contractor shall supply, install and commission dual temperature probes with wash-cycle detection on 146 milk vats, agitator and compressor status sensors on the same vats, 56 LoRaWAN gateways with cellular backhaul, and a monitoring server at the Purchaser's head office in Hailar.
P:2.2 The Contractor shall integrate the Software with the Purchaser's milk-collection system so that the temperature history of each vat is attached to each collection record.
P:2.3 The Contractor grants the Purchaser a perpetual, non-exclusive licence to use the Software for up to 200 vats, including the mobile alarm application for farm and cooperative staff.
P:2.4 The Contractor shall train the Purchaser's technicians and collection-centre staff and provide operating and maintenance manuals in Chinese.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,597,660, fixed and inclusive of delivery to Site, import duties, installation, commissioning, training and all taxes in the People's Republic of China. It comprises:
TB:Item|Quantity|Unit price (CNY)|Total (CNY)
TB:Vat temperature probe kits (dual probe, wash detection)|146|3,850|562,100
TB:Agitator and compressor status sensors|146|1,260|183,960
TB:LoRaWAN gateways with cellular backhaul|56|6,400|358,400
TB:Monitoring server and Software licence (perpetual, 200 vats)|1|236,000|236,000
TB:Equipment and Licence Subtotal|||1,340,460
TB:Installation and commissioning|56 Sites|2,950|165,200
TB:Integration with the milk-collection system|1|68,000|68,000
TB:Training and documentation|1|24,000|24,000
TB:Contract Price|||1,597,660
H:4. Payment
P:4.1 Ten per cent (10%) of the Contract Price shall be paid within 20 days of signature, against an advance-payment bank guarantee of the same amount.
P:4.2 Sixty per cent (60%) shall be paid when the Equipment has been delivered and installed at all Sites and the Purchaser has signed the Installation Certificate. The Installation Certificate records delivery and installation only and is not acceptance of the works.
P:4.3 Twenty-five per cent (25%) shall be paid on Final Acceptance.
P:4.4 Five per cent (5%) shall be retained and released at the end of the Defects Liability Period, provided that no defect notified during that period remains unremedied.
H:5. Programme and Delay
P:5.1 The Contractor shall complete installation at all Sites within 120 days of signature, working around the milking times of each farm.
P:5.2 If the Contractor fails to complete installation by that date for reasons within its control, it shall pay liquidated damages of 0.08 per cent of the Contract Price for each day of delay, up to a maximum of 8 per cent of the Contract Price.
H:6. Tests and Final Acceptance
P:6.1 After installation the Contractor shall carry out a Reliability Run of 21 consecutive days.
P:6.2 Final Acceptance requires that: (a) every vat has reported a reading at least every five minutes, with no more than three gaps longer than 30 minutes per vat in the run; (b) each probe reads within ±0.2 °C of a calibrated reference thermometer in a reference bath at 3 °C and at 38 °C; (c) a simulated high-temperature event on each vat raises an alarm on the mobile application within two minutes; (d) temperature histories are attached correctly to collection records for seven consecutive days; and (e) manuals, as-built drawings and the spare-parts list have been delivered.
P:6.3 When the criteria are met, the Purchaser shall issue the Final Acceptance Certificate within seven days. Neither installation, nor use of the system by the Purchaser during the Reliability Run, amounts to acceptance.
H:7. Defects Liability
P:7.1 The Contractor warrants the Equipment and the Software for a Defects Liability Period of twenty-four (24) months from Final Acceptance, including probe batteries.
P:7.2 During the Defects Liability Period the Contractor shall repair or replace defective Equipment and correct Software defects free of charge, including travel to Site.
H:8. Maintenance after the Defects Liability Period
P:8.1 At the Purchaser's option, the Contractor shall provide annual maintenance after the Defects Liability Period, comprising an annual calibration check of every probe, battery replacement, gateway firmware updates and Software updates.
P:8.2 The Annual Maintenance Charge is seven per cent (7%) of the Equipment and Licence Subtotal, that is CNY 93,832.20 per year, fixed for the first three years after the Defects Liability Period. Each year of maintenance is ordered by the Purchaser in writing; it does not renew automatically.
H:9. Service Levels
P:9.1 During the Defects Liability Period and any maintenance year, faults shall be handled as follows:
TB:Severity|Example|Response|On site or restored
TB:Severity 1|Loss of monitoring at a collection centre or at ten or more vats|1 hour|Within 24 hours
TB:Severity 2|Loss of monitoring at one farm|6 hours|Within 3 days
TB:Severity 3|Single sensor fault with readings still available|Next Business Day|Within 7 days
P:9.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Contractor shall pay the Purchaser CNY 600, deducted from the retention or the next maintenance invoice.
H:10. Purchaser's Data and Security
P:10.1 All temperature records, collection data and member-farm information ("Purchaser's Data") belong to the Purchaser. The Contractor shall use the Purchaser's Data only to perform this Contract and shall not use or disclose it for any other purpose.
P:10.2 The Purchaser's Data shall be stored on the Purchaser's server in Hailar and its backup in mainland China only. Remote access by the Contractor requires the Purchaser's approval for each session and shall be logged. The Contractor shall apply encryption to data in transit from the gateways and change all default passwords.
P:10.3 The Contractor shall notify the Purchaser within 24 hours of any security incident affecting the Purchaser's Data, shall assist in remedying it, and shall be liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:Each party shall treat as confidential all information received from the other under this Contract and shall not disclose it to any third party without the other's prior written consent, except as required by law. This clause survives termination for five years.
H:12. Intellectual Property
P:12.1 The Software remains the property of the Contractor, subject to the perpetual licence in clause 2.3.
P:12.2 The integration adapter for the milk-collection system, the Site configuration and all drawings and reports produced for the Purchaser belong to the Purchaser, which may use and modify them and have them maintained by others. The source code of the adapter shall be delivered at Final Acceptance.
H:13. Liability
P:The Contractor's aggregate liability under this Contract shall not exceed two hundred per cent (200%) of the Contract Price, except for death, personal injury, fraud and breach of clauses 10 and 11, for which liability is unlimited.
H:14. Subcontracting
P:The Contractor shall not subcontract any part of the works without the Purchaser's prior written consent. The electrical installer named in Schedule 4 is approved. The Contractor remains responsible for its subcontractors.
H:15. Termination
P:15.1 The Purchaser may terminate this Contract by written notice if the Contractor commits a material breach and fails to remedy it within 30 days after written notice, or if the liquidated damages under clause 5.2 reach their maximum.
P:15.2 Either party may terminate if the other becomes insolvent.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute which cannot be settled amicably within 30 days shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot, in Chinese and English.
H:17. General
P:This Contract with its Schedules (1 Price Schedule, 2 Technical Specification, 3 Sites, 4 Approved Subcontractor) is the entire agreement of the parties. It is signed in two originals in English and Chinese, both texts being equally authentic.
P:Signed for the Purchaser: ____________________    Signed for the Contractor: ____________________
"""

SOURCES = {"h85z01": H85Z01, "h85z02": H85Z02, "h85e01": H85E01, "h85e03": H85E03}
TARGETS = {"h85z01": ("h85z01_transport_dept_overload_enforcement_platform.docx", "docx"),
           "h85z02": ("h85z02_cement_plant_online_xrf_analyser_supply.pdf", "pdf"),
           "h85e01": ("h85e01_date_palm_farm_irrigation_scheduling_licence_eritrean_vendor.docx", "docx"),
           "h85e03": ("h85e03_dairy_coop_milk_vat_sensors_jersey_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
